"""Read in your own script: Simplified text shown in Taiwan Traditional to a zh-Hant reader and
Traditional text shown in Simplified to a zh-Hans reader, through OpenCC. Qt-free.

- zh-Hans -> zh-Hant: ``s2twp`` (Taiwan phrasing: 软件 -> 軟體, 数据库 -> 資料庫);
- zh-Hant -> zh-Hans: ``tw2s`` (characters only: a phrase rule such as 陣列 -> 数组 would change
  the meaning of a storage case; 資料庫 stays 资料库, which reads fine).

HTML is converted in its text only (tags, attributes and entities are kept), so ``<b>`` highlights
of a search snippet and links of a page survive the conversion. The original stays the truth: the
window marks converted text as such and can show the original at a click.
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import text as _text

_TAG_RE = re.compile(r"(<[^>]*>|&[#\w]+;)")
CONFIG = {("zh-Hans", "zh-Hant"): "s2twp", ("zh-Hant", "zh-Hans"): "tw2s"}


def target(source_lang: str, reader_lang: str) -> str | None:
    """The script to convert to, or None when the reader reads the text as it is."""
    if (source_lang, reader_lang) in CONFIG:
        return reader_lang
    return None


def convert(text: str, source_lang: str, reader_lang: str) -> str:
    cfg = CONFIG.get((source_lang, reader_lang))
    if not cfg or not text or not _text.CJK_RE.search(text):
        return text
    return _text._converter(cfg).convert(text)


@lru_cache(maxsize=8192)
def for_reader(text: str, reader_lang: str) -> str:
    """A short text (a title, a reason's words) of unknown script, in the reader's script (zh
    readers only). Cached: the precedent engine asks it for the same words on every candidate it
    scores (~50 calls a search), and the answer depends on the text alone."""
    if reader_lang not in ("zh-Hans", "zh-Hant") or not text or not _text.CJK_RE.search(text):
        return text
    src = _text.detect_language(text)
    return convert(text, src, reader_lang)


def convert_html(html: str, source_lang: str, reader_lang: str) -> str:
    if not CONFIG.get((source_lang, reader_lang)):
        return html
    return "".join(p if (p.startswith("<") or p.startswith("&")) else convert(p, source_lang, reader_lang)
                   for p in _TAG_RE.split(html or ""))


def word_pair(mine: str, theirs: str, reader_lang: str) -> str:
    """A glossary reason's label: the user's words and the case's words for one concept
    ('现场工程师 / 驻点工程师'), both in the reader's Chinese script, so one chip never mixes
    scripts; one of them when they read the same. Other readers get them as they are."""
    a, b = for_reader(mine or "", reader_lang), for_reader(theirs or "", reader_lang)
    if not a or not b or _text.fold(a).lower() == _text.fold(b).lower():
        return b or a
    return f"{a} / {b}"
