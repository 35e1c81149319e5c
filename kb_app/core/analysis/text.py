"""The one analyzer: script folding (OpenCC t2s + regional word table) + segmentation (rjieba) + English stemming.

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

_CJK = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
CJK_RANGES = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF))  # the same, as numbers
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
    "必须 一直 还在 几台 突然 只要 原本 问题 反复 一定 找到 知道 为什么 出现 目前 马上 立刻 时候 大家 "
    # issue 12: filler that was shown as "matched words" (出来, 解决, 连续, 工作 ...) and distinguishes nothing
    "否则 出来 解决 连续 工作 给出 方案 处理 情况 相关 其他 方面 进一步 随后 同时 当时 然而 还有 以后 以前 左右 "
    "多次 再次 继续 表示 认为 希望 应该 直接 主要 一次 两个 三个 几个 多个 每个 两次 第一 第二 仍然 依然 还没 没能".split()
)
EN_STOP = frozenset(_EN_STOP) | {"was", "were", "had", "has", "been", "did", "our", "their", "his", "her", "its", "they", "we", "i", "he", "she", "after", "before", "into", "over", "all", "also", "which", "who", "when", "what", "than", "then", "there", "out", "up", "about", "because", "so", "more", "no", "not",
    # issue 12: generic words shown as "matched words" that distinguish nothing
    "during", "next", "two", "three", "both", "new", "last", "went", "got", "get", "still", "just", "every", "now",
    "today", "yesterday", "since", "while", "would", "could", "should", "may", "might", "one", "many", "some", "any",
    "hour", "hours", "day", "days", "week", "weeks", "minutes", "us", "also", "even", "already", "very", "much"}

# Filler: words that are indexed and searchable, but never evidence that two incidents are alike, so the
# precedent engine neither weighs them nor shows them as "matching words" (issue 16: 导致, several, back,
# sent ...). Verbs of saying and doing, quantities, time words, connectives.
FILLER_ZH = frozenset(
    "导致 造成 引起 发生 发现 进行 通过 由于 不过 最后 一些 开始 出现 需要 可能 要求 表示 告诉 询问 希望 决定 "
    "之前 之后 期间 当天 当晚 次日 今晚 明天 昨天 周一 周二 周三 周四 周五 周六 周日 上午 下午 晚上 中午 早上 凌晨 小时 "
    "分钟 时间 一次 两次 几次 多次 一直 终于 其中 包括 以及 并且 而且 但是 然而 因此 所以 于是 还是 只是 就是 "
    "大量 部分 全部 所有 一半 很多 许多 各种 其他 另外 同样 一样 这样 那样 怎样 这种 那种 之间 以上 以下 以内 "
    "能够 可以 应该 必须 已经 正在 仍然 依然 还有 没有 不能 无法 不会 自己 我们 他们 对方 人员 情况 问题 事情 "
    "处理 解决 排查 处置 负责 完成 进展 结果 原因 影响 时候 时段 当时 目前 现在 立即 马上 尽快 随后 后来 接着 "
    "说明 回答 打电话 电话 消息 通知 报告 汇报 上报".split())
FILLER_EN = frozenset(
    "several back sent send sends sending took take takes taking make makes made making come comes came coming said say "
    "says told tell tells asked ask asks want wants wanted need needs needed got going goes gone went way thing things lot "
    "lots around again away another other others able done doing does keep keeps kept start started starts until yet "
    "really well like part case time times first minute minutes morning evening night nights tonight tomorrow today "
    "week weeks month months year years people someone everyone anyone nobody nothing everything something team "
    "down lead leads worked work works working through help problem problems issue issues fix fixed happened happen "
    "happens just very many much more most less few all every each some any whole entire total put use used using "
    "try tried trying look looked looking find found seem seems know knows knew think thought see saw seen let give "
    "gave given became become becomes turned turn turns right new old last next later earlier soon already ago per "
    "via within across along among upon onto however though although whether either neither such same different own "
    "likely maybe perhaps actually basically completely fully quickly slowly finally immediately still even also "
    "but and or if then than when where which who what why how this that these those there here now only over under "
    "about after before into out off up get gets getting set sets says call called calls calling".split())
_FILLER_TERMS: frozenset | None = None


def is_filler(term: str) -> bool:
    """A term (as the analyzer gives it: folded, English stemmed) that never counts as evidence."""
    global _FILLER_TERMS
    if _FILLER_TERMS is None:
        _FILLER_TERMS = FILLER_ZH | frozenset(normalize_en(w) for w in FILLER_EN) | FILLER_EN
    return term in _FILLER_TERMS


def is_content(term: str) -> bool:
    """A term that can be evidence: not filler, not a bare number, a single character or a two-letter fragment."""
    if term.isdigit() or is_filler(term):
        return False
    return len(term) >= (2 if CJK_RE.search(term) else 3)


# Porter leaves some inflections apart ("failure" -> "failur", "failed" -> "fail"); join them.
_STEM_ALIAS = {
    "failur": "fail",        # failure/failures -> fail, like failed/fails
    "recoveri": "recov",     # recovery -> recover
    "lawsuit": "sue",        # lawsuit ~ sued/sue
    "litig": "sue",
    "su": "sue",             # sued -> sue
}


_CONVERTERS: dict = {}
_CONVERTERS_LOCK = threading.Lock()


def _converter(config: str):
    """One OpenCC converter per configuration for the whole process. Loading one holds the GIL for up
    to ~100 ms (s2twp, s2t: their phrase dictionaries), which stalls every other thread, the window's
    too; one per thread did that again on each new worker thread (issue 17). A conversion holds the
    GIL as well, so threads never use one converter at the same time."""
    cc = _CONVERTERS.get(config)
    if cc is None:
        with _CONVERTERS_LOCK:
            cc = _CONVERTERS.get(config)
            if cc is None:
                import opencc

                cc = _CONVERTERS[config] = opencc.OpenCC(config)
    return cc


def preload_native() -> None:
    """Load now what holds the GIL while it loads (rjieba builds its dictionary, ~120 ms; OpenCC's
    converters, up to ~100 ms each): a process with a window calls it before showing the window, so
    no worker thread freezes the window later by loading them."""
    _segmenter()
    for config in ("t2s", "s2t", "s2twp"):
        _converter(config)


# -- script and regional folding -----------------------------------------------------------------
# Folding is done in two steps, both measured against every glossary group and 340 Taiwan/mainland
# IT word pairs (tests/test_folding.py):
#   1. characters: OpenCC t2s (Traditional -> Simplified characters, length kept). Unlike tw2sp it
#      never rewrites a word by meaning, so 存储/存儲 stay 存储 and mainland 程序 stays 程序;
#   2. regional words: cases/vocab/regional.yaml maps Taiwan/HK words to their mainland word(s)
#      (儲存 -> 存储, 資料庫 -> 数据库, 當機 -> 宕机). A word with several mainland readings keeps them all:
#      the first is written in the folded text, the others are extra terms at the same place
#      (`readings`), and a query matches any of them. A Taiwan word that is also a mainland word with
#      another meaning (程序 = mainland 进程) gets its Taiwan readings only in Traditional text, or in
#      text whose script cannot be told (a bare 程序 query), never in Simplified text.

_REGIONAL: dict | None = None  # {"hans" | "hant" | "both": automaton}
_REGIONAL_LOCK = threading.Lock()


_TRAD_ONLY: set = set()   # characters that only Traditional text uses (t2s changes them)
_SIMP_ONLY: set = set()   # characters that only Simplified text uses (s2t changes them)
_CLASSIFIED: set = set()


_TABLE_LOADED = False


def _classify(chars) -> None:
    """Learn, with one OpenCC call each way, which of `chars` belong to one script only. Every
    character CJK_RE matches is known from script_chars.py (OpenCC's answer, computed once by
    scripts/build_script_chars.py): loading s2t's dictionaries cost a cold command ~70 ms."""
    global _TABLE_LOADED
    if not _TABLE_LOADED:
        try:
            from .script_chars import SIMP_ONLY, TRAD_ONLY
        except ImportError:  # not generated: ask OpenCC as the characters come
            pass
        else:
            _TRAD_ONLY.update(TRAD_ONLY)
            _SIMP_ONLY.update(SIMP_ONLY)
            _CLASSIFIED.update(chr(c) for lo, hi in CJK_RANGES for c in range(lo, hi + 1))
        _TABLE_LOADED = True
    new = [c for c in dict.fromkeys(chars) if c not in _CLASSIFIED]
    if not new:
        return
    joined = "\n".join(new)
    to_s = _converter("t2s").convert(joined).split("\n")
    to_t = _converter("s2t").convert(joined).split("\n")
    if len(to_s) != len(new) or len(to_t) != len(new):  # never seen; be safe
        to_s, to_t = [_converter("t2s").convert(c) for c in new], [_converter("s2t").convert(c) for c in new]
    for c, a, b in zip(new, to_s, to_t):
        if a != c:
            _TRAD_ONLY.add(c)
        if b != c:
            _SIMP_ONLY.add(c)
    _CLASSIFIED.update(new)


def script_of(text: str) -> str | None:
    """'hant', 'hans', or None when the Chinese characters of `text` are common to both scripts."""
    if not text or not CJK_RE.search(text):
        return None
    han = CJK_RE.findall(text)
    _classify(han)
    nt = sum(1 for c in han if c in _TRAD_ONLY)
    ns = sum(1 for c in han if c in _SIMP_ONLY)
    if nt == ns == 0:
        return None
    return "hant" if nt > ns else "hans"


def _t2s(text: str) -> str:
    return _converter("t2s").convert(text)


def set_regional(regional: dict | None, ambiguous: dict | None = None) -> None:
    """Install the regional word table ({taiwan word: [mainland readings]}, see regional.yaml)."""
    import ahocorasick

    # hans: Simplified text (regional words only); hant: Traditional text, where an ambiguous word
    # reads as the Taiwan word first; both: script unknown, the word is kept and its readings added
    autos = {"hans": ahocorasick.Automaton(), "hant": ahocorasick.Automaton(), "both": ahocorasick.Automaton()}
    for table, keep in ((regional or {}, False), (ambiguous or {}, True)):
        for tw, readings in table.items():
            key = _t2s(str(tw))
            rs = [r for r in dict.fromkeys(_t2s(str(r)) for r in (readings or [])) if r and r != key]
            if not key or not rs:
                continue
            if keep:
                autos["hant"].add_word(key, (key, rs[0], (key, *rs[1:])))
                autos["both"].add_word(key, (key, key, tuple(rs)))
            else:
                for name in autos:
                    autos[name].add_word(key, (key, rs[0], tuple(rs[1:])))
    for a in autos.values():
        if len(a):
            a.make_automaton()
    global _REGIONAL
    _REGIONAL = autos
    _fold_full.cache_clear()


def _regional():
    if _REGIONAL is None:
        with _REGIONAL_LOCK:
            if _REGIONAL is None:
                from kb_app import paths
                from kb_app.core import safeyaml

                data = {}
                try:
                    data = safeyaml.load((paths.bundled_cases_dir() / "vocab" / "regional.yaml").read_text("utf-8")) or {}
                except (OSError, ValueError):
                    data = {}
                set_regional(data.get("regional") if isinstance(data, dict) else None,
                             data.get("ambiguous") if isinstance(data, dict) else None)
    return _REGIONAL


@lru_cache(maxsize=512)
def _fold_full(text: str, script: str | None = None) -> tuple[str, tuple[int, ...], tuple]:
    """(folded, starts, extras): starts[i] = index in `text` of folded character i (plus the end);
    extras = ((start, end, reading), ...) in folded offsets, the other readings of regional words."""
    if script is None:
        script = script_of(text)
    chars = _t2s(text)
    if len(chars) != len(text):  # t2s phrase rules never change the length; be safe anyway
        chars = "".join(_t2s(c) if CJK_RE.match(c) else c for c in text)
    table = _regional()
    auto = table[script or "both"]
    if not len(auto):
        return chars, tuple(range(len(text) + 1)), ()
    parts, starts, extras = [], [], []
    pos = 0
    out_len = 0
    for end, (key, primary, others) in auto.iter_long(chars):
        s = end - len(key) + 1
        if s < pos:
            continue
        parts.append(chars[pos:s])
        starts.extend(range(pos, s))
        out_len += s - pos
        n = len(primary)
        parts.append(primary)
        starts.extend(s + min(int(k * len(key) / n), len(key) - 1) for k in range(n))
        for r in others:
            extras.append((out_len, out_len + n, r))
        out_len += n
        pos = end + 1
    if not parts:
        return chars, tuple(range(len(text) + 1)), ()
    parts.append(chars[pos:])
    starts.extend(range(pos, len(text)))
    starts.append(len(text))
    return "".join(parts), tuple(starts), tuple(extras)


def fold(text: str, script: str | None = None) -> str:
    """Fold any Chinese script and regional vocabulary to one Simplified form (see above).
    ASCII is left as it is. `script` ('hant'/'hans') overrides what the text's characters say."""
    if not text or not CJK_RE.search(text):
        return text
    return _fold_full(text, script)[0]


def readings(text: str, script: str | None = None) -> tuple:
    """The extra readings of regional words in `text`: ((start, end, word), ...) in folded offsets."""
    if not text or not CJK_RE.search(text):
        return ()
    return _fold_full(text, script)[2]


def fold_aligned(text: str, script: str | None = None) -> tuple[str, list[int]]:
    """Fold `text` and return (folded, starts): starts[i] is the index in `text` where folded
    character i comes from (plus a final entry for the end). Exact, also where a regional word
    changes the length (記憶體 -> 内存)."""
    if not text or not CJK_RE.search(text):
        return text, list(range(len(text) + 1))
    folded, starts, _ = _fold_full(text, script)
    return folded, list(starts)


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
    script_of("预热")
    to_script("预热", "zh-Hant")


_KEPT: dict = {}   # raw segment -> _keep's answer: a corpus repeats its words (issue 17: builds)
_DROP = ""


def _keep(tok: str) -> str | None:
    """Normalise one raw segment; None drops it (punctuation, whitespace, stop words)."""
    got = _KEPT.get(tok)
    if got is None:
        if len(_KEPT) > 200_000:
            _KEPT.clear()
        got = _KEPT[tok] = _keep_uncached(tok) or _DROP
    return got or None


def _keep_uncached(tok: str) -> str | None:
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


def iter_tokens(text: str, mode: str = "search", folded: bool = False, script: str | None = None):
    """Yield (term, start, end) over the *folded* text. mode: 'search' (all sub-words) or 'default'.
    Pass folded=True when `text` has been folded already (its extra readings are then unknown).
    The other readings of regional words (text.readings) follow, at the span of the word."""
    extras = ()
    if not folded:
        extras = readings(text, script)
        text = fold(text, script)
    seg = _segmenter()
    for word, start, end in seg.tokenize(text, mode=mode):
        t = _keep(word)
        if t:
            yield t, start, end
    for s, e, reading in extras:
        for word, _, _ in seg.tokenize(reading, mode=mode):
            t = _keep(word)
            if t:
                yield t, s, e


def terms(text: str, mode: str = "search", script: str | None = None) -> list[str]:
    return [t for t, _, _ in iter_tokens(text, mode, script=script)]


def query_groups(text: str) -> list[list[str]]:
    """A query's words in order, each with its other readings: [['档案', '文件'], ['恢复']] -- a case
    must match one reading of every group."""
    return groups_of(fold(text), readings(text))


def groups_of(folded: str, extras: tuple) -> list[list[str]]:
    """query_groups over a text folded already (`extras`: its readings, from text.readings)."""
    groups: list[list[str]] = []
    spans: list[tuple[int, int]] = []
    seg = _segmenter()
    toks = [(t, s, e) for w, s, e in seg.tokenize(folded, mode="default") if (t := _keep(w))]
    seen: dict[str, int] = {}
    for t, s, e in toks:
        if t in seen:
            continue
        seen[t] = len(groups)
        groups.append([t])
        spans.append((s, e))
    for s, e, reading in extras:
        alts = [t for w, _, _ in seg.tokenize(reading, mode="default") if (t := _keep(w))]
        home = next((i for i, (a, b) in enumerate(spans) if a < e and s < b), None)
        if home is None:
            continue
        for t in alts:
            if t not in groups[home]:
                groups[home].append(t)
    return groups


def query_terms(text: str, readings: bool = True) -> list[str]:
    """Terms a query is made of: whole words (default mode), in order, without repeats."""
    seen: dict[str, None] = {}
    for group in query_groups(text):
        for t in (group if readings else group[:1]):
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
