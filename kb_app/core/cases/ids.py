"""A new case's id and file name: stable, readable, safe.

    new_id("证券客户存储故障", date(2026, 12, 1), taken)  ->  "2026-12-01-zheng-quan-ke-hu-cun-chu-gu-zhang"

Date first (files sort by time), then an ASCII slug of the title: Chinese through pypinyin
(its offline dictionary, tone marks dropped), anything else folded to ASCII; at most a few
dozen characters, cut at a word. The id matches parsing.ID_RE, never holds a path separator
or "..", and never collides with a file that exists or an id already taken (-2, -3 ...).
"""
from __future__ import annotations

import datetime as _dt
import re
import unicodedata
from pathlib import Path

from .parsing import ID_RE

MAX_SLUG = 48
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


def slugify(title: str, max_len: int = MAX_SLUG) -> str:
    words: list[str] = []
    if _CJK.search(title or ""):
        from pypinyin import Style, lazy_pinyin

        parts = lazy_pinyin(title, style=Style.NORMAL, errors=lambda s: [s])
    else:
        parts = [title or ""]
    for part in parts:
        ascii_ = unicodedata.normalize("NFKD", part).encode("ascii", "ignore").decode("ascii").lower()
        words.extend(w for w in re.split(r"[^a-z0-9]+", ascii_) if w)
    slug = ""
    for w in words:
        nxt = f"{slug}-{w}" if slug else w
        if len(nxt) > max_len:
            break
        slug = nxt
    if not slug and words:
        slug = words[0][:max_len]
    return slug or "case"


def new_id(title: str, date: _dt.date | str | None = None, taken=(), folder: Path | None = None) -> str:
    """A fresh id for a case titled `title`; `taken` ids and files in `folder` are avoided."""
    if date is None:
        date = _dt.date.today()
    day = date.isoformat()[:10] if isinstance(date, (_dt.date, _dt.datetime)) else str(date)[:10]
    try:
        _dt.date.fromisoformat(day)
    except ValueError:
        day = _dt.date.today().isoformat()
    base = f"{day}-{slugify(title)}"
    taken = {t.lower() for t in taken}

    def free(ident: str) -> bool:
        if ident.lower() in taken:
            return False
        if folder is not None:
            folder_p = Path(folder)
            if (folder_p / f"{ident}.md").exists() or (folder_p / "lessons" / f"{ident}.md").exists():
                return False
            try:  # case-insensitive file systems: compare names, not paths
                names = {p.name.lower() for p in folder_p.iterdir()}
            except OSError:
                names = set()
            if f"{ident}.md".lower() in names:
                return False
        return True

    ident, n = base, 1
    while not free(ident):
        n += 1
        ident = f"{base}-{n}"
    assert ID_RE.match(ident) and "/" not in ident and "\\" not in ident and ".." not in ident
    return ident


def lesson_id(title: str, taken=(), folder: Path | None = None) -> str:
    """A lesson's id: the slug alone (lessons are not dated)."""
    base = slugify(title)
    taken = {t.lower() for t in taken}
    ident, n = base, 1
    while ident.lower() in taken or (folder is not None and (Path(folder) / f"{ident}.md").exists()):
        n += 1
        ident = f"{base}-{n}"
    return ident
