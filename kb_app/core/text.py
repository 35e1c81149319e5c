"""The one analyzer: script folding (OpenCC tw2sp) + segmentation (rjieba) + English stemming.

Indexing, querying, highlighting and similarity all go through the functions here, so a
Traditional query meets Simplified text (資料庫 -> 数据库, 硬碟 -> 硬盘) and an English
"failures" meets "failed".

Segmenter: rjieba (the jieba-rs binding). It segments ~46x faster than jieba and starts in
~0.1 s instead of jieba's ~0.8 s dictionary load; that is what brings a 10,000-case build
under the 90 s target (see bench/). `warm_up()` loads it and OpenCC ahead of first use, off
the UI thread.
"""
from __future__ import annotations

import re
import threading
from functools import lru_cache

from whoosh.analysis import Token, Tokenizer
from whoosh.analysis import STOP_WORDS as _EN_STOP
from whoosh.lang.porter import stem as _porter

_local = threading.local()
_CJK = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
CJK_RE = re.compile(f"[{_CJK}]")
CJK_RUN_RE = re.compile(f"[{_CJK}]+")
WORD_RE = re.compile(r"\w", re.UNICODE)

ZH_STOP = frozenset(
    "的 了 和 与 及 或 是 在 也 有 就 都 而 被 把 对 这 那 个 一 我 我们 他 她 它 他们 你 你们 着 吗 吧 呢 啊 还 又 很 "
    "但 并 从 到 为 以 上 下 中 后 前 时 等 之 其 于 则 所 该 已 将 会 能 要 让 给 向 由 没有 不 没 去 来 说 过 "
    "一个 这个 那个 什么 怎么 如何 因为 所以 如果 但是 然后 已经 可以 需要 可能 进行 我们的 "
    "找 不到 非常 现在 今天 一下 怎么办 有点 比较 公司 我司 我方 对方 一些 这些 那些 还是 就是 只是 而且 "
    # words every incident description has; over a mostly-English corpus they would otherwise
    # be rare, hence heavy, and drag the few Chinese cases to the top (bench/eval)
    "所有 凌晨 之后 部分 全部 整个 以及 是否 开始 受 使用 小时 原因 影响 结果 正常 尽快 刚才 早上 昨晚 明早 "
    "必须 一直 还在 几台 突然 只要 原本 问题 反复 一定 找到 知道 为什么 出现 目前 马上 立刻 时候 大家".split()
)
EN_STOP = frozenset(_EN_STOP) | {"was", "were", "had", "has", "been", "did", "our", "their", "his", "her", "its", "they", "we", "i", "he", "she", "after", "before", "into", "over", "all", "also", "which", "who", "when", "what", "than", "then", "there", "out", "up", "about", "because", "so", "more", "no", "not"}

# Porter leaves some inflections apart ("failure" -> "failur", "failed" -> "fail"); join them.
_STEM_ALIAS = {
    "failur": "fail",        # failure/failures -> fail, like failed/fails
    "recoveri": "recov",     # recovery -> recover
    "lawsuit": "sue",        # lawsuit ~ sued/sue
    "litig": "sue",
    "su": "sue",             # sued -> sue
}


def _converter(config: str):
    cache = getattr(_local, "cc", None)
    if cache is None:
        cache = _local.cc = {}
    cc = cache.get(config)
    if cc is None:
        import opencc

        cc = cache[config] = opencc.OpenCC(config)
    return cc


def fold(text: str) -> str:
    """Fold any Chinese script to one Simplified form. ASCII is left as it is.

    tw2sp also maps Taiwan IT phrases (資料庫 -> 数据库, 硬碟 -> 硬盘), but some of its phrase
    rules have no Simplified counterpart in the input (陣列 -> 数组 while Simplified text says
    阵列). Passing every text through s2t first makes the fold symmetric: 存储阵列 and 存儲陣列
    both become 存储数组, so the two scripts always meet.
    """
    if not text or not CJK_RE.search(text):
        return text
    return _converter("tw2sp").convert(_converter("s2t").convert(text))


_SENTENCE_RE = re.compile(r"[^。！？；!?;\n]*[。！？；!?;\n]?")


def fold_aligned(text: str) -> tuple[str, list[int]]:
    """Fold `text` and return (folded, starts): starts[i] is the index in `text` where folded
    character i comes from (plus a final entry for the end). Needed where a phrase rule changes
    the length (記憶體 -> 内存): such sentences are folded word by word, so offsets stay exact;
    the others (most) map one to one."""
    folded = fold(text)
    if len(folded) == len(text):
        return folded, list(range(len(text) + 1))
    parts: list[str] = []
    starts: list[int] = []
    pos = 0
    for sentence in _SENTENCE_RE.findall(text):
        if not sentence:
            continue
        f = fold(sentence)
        if len(f) == len(sentence):
            parts.append(f)
            starts.extend(range(pos, pos + len(sentence)))
        else:
            for word, s, e in _segmenter().tokenize(sentence, mode="default"):
                fw = fold(word)
                parts.append(fw)
                n = len(fw)
                starts.extend(pos + s + min(int(k * (e - s) / n), e - s - 1) for k in range(n))
        pos += len(sentence)
    starts.append(len(text))
    return "".join(parts), starts


def to_script(text: str, language: str) -> str:
    """Show `text` in the user's script: zh-Hant gets Taiwan Traditional, others unchanged."""
    if language == "zh-Hant" and CJK_RE.search(text or ""):
        return _converter("s2twp").convert(text)
    return text


@lru_cache(maxsize=65536)
def normalize_en(word: str) -> str:
    w = word.lower()
    if not w.isascii() or not w.isalpha() or len(w) < 3:
        return w
    s = _porter(w)
    return _STEM_ALIAS.get(s, s)


def _segmenter():
    import rjieba

    return rjieba


def warm_up() -> None:
    """Load the segmenter and OpenCC dictionaries now (call it from a worker at start-up)."""
    seg = _segmenter()
    seg.tokenize("预热分词器", mode="search")
    fold("預熱資料庫")
    to_script("预热", "zh-Hant")


def _keep(tok: str) -> str | None:
    """Normalise one raw segment; None drops it (punctuation, whitespace, stop words)."""
    if not WORD_RE.search(tok):
        return None
    if CJK_RE.search(tok):
        return None if tok in ZH_STOP else tok
    t = tok.lower()
    if t in EN_STOP or (len(t) == 1 and t.isascii() and not t.isdigit()):
        return None  # stop words, and stray letters ("customer's" -> customer ' s)
    if t.isascii() and t.replace("-", "").replace("_", "").replace(".", "").isalnum():
        return normalize_en(t) if t.isalpha() else t
    return t


def iter_tokens(text: str, mode: str = "search", folded: bool = False):
    """Yield (term, start, end) over the *folded* text. mode: 'search' (all sub-words) or 'default'.
    Pass folded=True when `text` has been folded already."""
    if not folded:
        text = fold(text)
    seg = _segmenter()
    for word, start, end in seg.tokenize(text, mode=mode):
        t = _keep(word)
        if t:
            yield t, start, end


def terms(text: str, mode: str = "search") -> list[str]:
    return [t for t, _, _ in iter_tokens(text, mode)]


def query_terms(text: str) -> list[str]:
    """Terms a query is made of: whole words (default mode), in order, without repeats."""
    seen: dict[str, None] = {}
    for t, _, _ in iter_tokens(text, mode="default"):
        seen.setdefault(t, None)
    return list(seen)


def bigrams(text: str) -> list[str]:
    """Character bigrams of the Chinese runs in the folded text (substring fallback)."""
    out: list[str] = []
    for run in CJK_RUN_RE.findall(fold(text)):
        if len(run) == 1:
            out.append(run)
        else:
            out.extend(run[i : i + 2] for i in range(len(run) - 1))
    return out


def cjk_runs(text: str) -> list[str]:
    return CJK_RUN_RE.findall(fold(text))


def detect_language(text: str) -> str:
    """zh-Hans, zh-Hant or en, from the characters of the text."""
    sample = (text or "")[:4000]
    cjk = len(CJK_RE.findall(sample))
    letters = sum(1 for c in sample if c.isalpha())
    if letters == 0 or cjk < 0.15 * letters:
        return "en"
    han = "".join(CJK_RE.findall(sample))
    to_s = sum(a != b for a, b in zip(han, _converter("t2s").convert(han)))
    to_t = sum(a != b for a, b in zip(han, _converter("s2t").convert(han)))
    return "zh-Hant" if to_s > to_t else "zh-Hans"


class KbTokenizer(Tokenizer):
    """Whoosh tokenizer over `iter_tokens` (fold + segment + stem). Offsets refer to the folded text."""

    def __init__(self, mode: str = "search"):
        self.mode = mode

    def __eq__(self, other):
        return type(self) is type(other) and self.mode == other.mode

    def __call__(self, value, positions=False, chars=False, keeporiginal=False, removestops=True,
                 start_pos=0, start_char=0, tokenize=True, mode="", **kwargs):
        t = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        if not tokenize:
            t.original = t.text = value
            t.boost = 1.0
            if positions:
                t.pos = start_pos
            if chars:
                t.startchar = start_char
                t.endchar = start_char + len(value)
            yield t
            return
        seg_mode = "default" if mode == "query" else self.mode
        for pos, (term, s, e) in enumerate(iter_tokens(value, seg_mode)):
            t.text = term
            t.boost = 1.0
            if keeporiginal:
                t.original = term
            t.stopped = False
            if positions:
                t.pos = start_pos + pos
            if chars:
                t.startchar = start_char + s
                t.endchar = start_char + e
            yield t


class BigramTokenizer(Tokenizer):
    """Character bigrams of Chinese runs, so a substring across word boundaries is still found."""

    def __eq__(self, other):
        return type(self) is type(other)

    def __call__(self, value, positions=False, chars=False, keeporiginal=False, removestops=True,
                 start_pos=0, start_char=0, tokenize=True, mode="", **kwargs):
        t = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        for pos, bg in enumerate(bigrams(value) if tokenize else [value]):
            t.text = bg
            t.boost = 1.0
            t.stopped = False
            if positions:
                t.pos = start_pos + pos
            yield t


class SpaceTokenizer(Tokenizer):
    """For fields filled with terms the one analyzer already produced (joined by spaces): each
    document is analyzed once in index.case_document, not once per field by Whoosh."""

    def __eq__(self, other):
        return type(self) is type(other)

    def __call__(self, value, positions=False, chars=False, keeporiginal=False, removestops=True,
                 start_pos=0, start_char=0, tokenize=True, mode="", **kwargs):
        t = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        for pos, term in enumerate(value.split() if tokenize else [value]):
            t.text = term
            t.boost = 1.0
            t.stopped = False
            if positions:
                t.pos = start_pos + pos
            yield t


def analyzer():
    return KbTokenizer("search")


def pre_analyzed():
    return SpaceTokenizer()


def bigram_analyzer():
    return BigramTokenizer()
