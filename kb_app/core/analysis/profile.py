"""One analysis pass: a text (a case, a query, a description) read once into a TextProfile.

    p = analyse(desc, vocab)
    p.language, p.folded, p.groups          # zh-Hans/zh-Hant/en; folded Simplified; words + readings
    p.words(), p.terms(), p.bigrams()       # the analyzer's terms, as index and queries use them
    p.features, p.stakes, p.concepts        # what the vocabularies find: kinds, stakes, industries,
    p.situations                            # glossary concepts, situations (roles, pressures), each
                                            # with the words that carried it
    p.negated                               # what the text says did NOT happen ("no data was lost",
                                            # 未造成数据丢失, 無資料遺失): kept apart, with its span
    p.surface(term), p.concept_surfaces     # how the writer put it, in their own script
    p.stake_surfaces, p.situation_surfaces

Folding (text.fold), segmentation and the vocabulary automaton each run once per text; the
index (case_document), search (build_query, glossary_query), similar (Engine.profile) and the
reasons all read the same profile instead of asking text and vocab again.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import text

CATEGORIES = ("kind", "stake", "industry", "concept", "situation")

# -- negation -----------------------------------------------------------------------------------------
# A stake, kind, concept or situation the text says did not happen is not a mention of it: "no data loss",
# "without any data loss", 未造成数据丢失, 無資料遺失 (folded: 无数据丢失), 数据没有丢失, 数据零丢失. The cue must
# stand right before the term in the same clause, with at most a few connecting words between (未造成,
# 没有任何, "did not result in"); "没有备份导致数据丢失" negates the backup, not the data loss. A term that is
# itself negative (无备份, "no backup") is read as written.
_CLAUSE_END = "，。；！？、,.;!?:：\n()（）"
_ZH_CUE = re.compile(
    r"(?:并未|未曾|从未|不曾|没有|没|未|无|無|零|不|非|免于|避免了?|防止了?|杜绝了?|不存在|不会有)"
    r"(?:任何|造成|出现|发生|产生|引起|导致|有|遭受|丝毫|一点|一笔|真正的?|实际的?|明显的?|大规模的?){0,2}$")
_ZH_AFTER = re.compile(r"^(?:的?(?:情况|风险|问题)?)(?:为零|为0|没有发生|未发生|并未发生|得以避免|被避免|可以排除|已排除)")
_EN_CUE = re.compile(
    r"\b(?:no|not|never|without|zero|nothing|none|nor|avoided|prevented|n't)"
    r"(?:\s+(?:any|the|a|an|of|significant|actual|real|further|permanent|major|serious|was|were|been|is|are|be|"
    r"there|result|resulted|in|cause|caused|lead|led|to|customer|suffer|suffered|experience|experienced)){0,3}\s*$")
_EN_AFTER = re.compile(r"^\s*(?:was|were|has been|had been|is)?\s*(?:avoided|prevented|averted|ruled out)\b")


def _negated(hay: str, start: int, end: int) -> tuple[int, int] | None:
    """(cue start, term end) if the mention at hay[start:end] is negated, else None."""
    lo = start
    while lo > 0 and hay[lo - 1] not in _CLAUSE_END and start - lo < 24:
        lo -= 1
    before = hay[lo:start]
    cjk = bool(text.CJK_RE.search(hay[start:end]))
    m = (_ZH_CUE if cjk else _EN_CUE).search(before)
    if m:
        return lo + m.start(), end
    hi = end
    while hi < len(hay) and hay[hi] not in _CLAUSE_END and hi - end < 16:
        hi += 1
    m = (_ZH_AFTER if cjk else _EN_AFTER).match(hay[end:hi])
    if m:
        return start, end + m.end()
    return None


@dataclass
class TextProfile:
    raw: str
    script: str | None                 # 'hant' / 'hans' / None: how ambiguous regional words read
    folded: str                        # one Simplified form (text.fold)
    starts: tuple                      # starts[i]: index in raw of folded character i (+ the end)
    readings: tuple                    # ((start, end, other reading), ...) of regional words
    mentions: list = field(default_factory=list)   # vocab.Match, spans in `folded` (what the text affirms)
    negated: list = field(default_factory=list)    # [(vocab.Match, start, end)]: mentions the text negates,
                                                   # with the span of cue and term in `folded`
    _cache: dict = field(default_factory=dict, repr=False, compare=False)
    _language: str | None = field(default=None, repr=False, compare=False)

    # read when asked (issue 17): indexing a case needs neither, a query needs both
    @property
    def language(self) -> str:
        """zh-Hans, zh-Hant or en (declared, else from the characters)."""
        if self._language is None:
            self._language = text.detect_language(self.raw)
        return self._language

    @property
    def groups(self) -> list:
        """Query words in order, each with its other readings (text.groups_of)."""
        if "groups" not in self._cache:
            self._cache["groups"] = text.groups_of(self.folded, self.readings)
        return self._cache["groups"]

    # -- the analyzer's terms -----------------------------------------------------------------
    def words(self, readings: bool = True) -> list[str]:
        """Whole words in order, without repeats (text.query_terms)."""
        seen: dict[str, None] = {}
        for group in self.groups:
            for t in (group if readings else group[:1]):
                seen.setdefault(t, None)
        return list(seen)

    def tokens(self, mode: str = "search") -> list[tuple[str, int, int]]:
        """(term, start, end) over the folded text, readings at the span of their word (text.iter_tokens)."""
        key = ("tokens", mode)
        if key not in self._cache:
            out = list(text.iter_tokens(self.folded, mode, folded=True))
            seg = text._segmenter()
            for s, e, reading in self.readings:
                out.extend((t, s, e) for w, _, _ in seg.tokenize(reading, mode=mode) if (t := text._keep(w)))
            self._cache[key] = out
        return self._cache[key]

    def terms(self, mode: str = "search") -> list[str]:
        return [t for t, _, _ in self.tokens(mode)]

    def in_negation(self, start: int, end: int) -> bool:
        """Whether folded[start:end] lies inside something the text negates ("no data loss")."""
        return any(s <= start and end <= e for _, s, e in self.negated)

    def split_terms(self, mode: str = "search") -> tuple[list[str], list[str]]:
        """(terms of what the text affirms, terms inside negations): "数据库恢复，无数据丢失" gives
        ([数据, 据库, 数据库, 恢复], [数据, 丢失]). The index keeps the second apart."""
        if not self.negated:
            return self.terms(mode), []
        yes, no = [], []
        for t, s, e in self.tokens(mode):
            (no if self.in_negation(s, e) else yes).append(t)
        return yes, no

    def affirmed_words(self, readings: bool = True) -> list[str]:
        """words(), less those that occur only inside negations ("no data was lost": data, lost)."""
        words = self.words(readings)
        if not self.negated:
            return words
        inside, outside = set(), set()
        for t, s, e in self.tokens("default"):
            (inside if self.in_negation(s, e) else outside).add(t)
        return [w for w in words if not (w in inside and w not in outside)]

    def cjk_runs(self) -> list[str]:
        return text.CJK_RUN_RE.findall(self.folded)

    def bigrams(self) -> list[str]:
        out: list[str] = []
        for run in self.cjk_runs():
            out.extend([run] if len(run) == 1 else (run[i:i + 2] for i in range(len(run) - 1)))
        return out

    # -- how the writer put it ----------------------------------------------------------------
    def span(self, start: int, end: int) -> str:
        """The raw text behind folded[start:end]."""
        return self.raw[self.starts[start]:self.starts[min(end, len(self.starts) - 1)]]

    def surface(self, term: str) -> str:
        """How the writer wrote a term (their script, unstemmed); the term itself if unseen."""
        if "surfaces" not in self._cache:
            out: dict[str, str] = {}
            for t, s, e in text.iter_tokens(self.folded, "default", folded=True):
                out.setdefault(t, self.span(s, e).strip() or t)
            self._cache["surfaces"] = out
        return self._cache["surfaces"].get(term, term)

    # -- what the vocabularies find -------------------------------------------------------------
    @property
    def features(self) -> dict[str, dict[str, list[str]]]:
        """{'kind': {slug: [terms]}, 'stake': {...}, 'industry': {...}, 'concept': {group: [...]}}"""
        if "features" not in self._cache:
            feats: dict[str, dict[str, list[str]]] = {c: {} for c in CATEGORIES}
            for m in self.mentions:
                lst = feats[m.category].setdefault(m.key, [])
                if m.term not in lst:
                    lst.append(m.term)
            self._cache["features"] = feats
        return self._cache["features"]

    @property
    def stakes(self) -> list[str]:
        return sorted(self.features["stake"])

    @property
    def concepts(self) -> list[str]:
        return sorted(self.features["concept"], key=int)

    @property
    def situations(self) -> list[str]:
        return sorted(self.features["situation"])

    @property
    def negated_keys(self) -> dict[str, list[str]]:
        """{'stake': [data-loss], ...}: what the text says did not happen (and never affirms)."""
        out: dict[str, list[str]] = {}
        for m, _, _ in self.negated:
            if m.key not in self.features[m.category] and m.key not in out.setdefault(m.category, []):
                out[m.category].append(m.key)
        return out

    def _surfaces(self, category: str) -> dict[str, str]:
        out: dict[str, str] = {}
        for m in self.mentions:
            if m.category == category and m.key not in out and m.end <= len(self.folded):
                out[m.key] = self.span(m.start, m.end).strip() or m.term
        return out

    @property
    def concept_surfaces(self) -> dict[str, str]:
        """glossary group -> the words that mention it, as written (their own script)."""
        return self._surfaces("concept")

    @property
    def stake_surfaces(self) -> dict[str, str]:
        """stake -> the words of the text that carry it, as written: 'fatigue' -> '连续工作'."""
        return self._surfaces("stake")

    @property
    def situation_surfaces(self) -> dict[str, str]:
        return self._surfaces("situation")


def analyse(raw: str, vocab=None, script: str | None = None, language: str | None = None) -> TextProfile:
    """Read `raw` once. `vocab` adds what the vocabularies find; `script` ('hant'/'hans') and
    `language` override what the characters say (a case's declared language)."""
    raw = raw or ""
    if script is None and language in ("zh-Hant", "zh-Hans"):
        script = "hant" if language == "zh-Hant" else "hans"
    if text.CJK_RE.search(raw):
        folded, starts, extras = text._fold_full(raw, script)
    else:
        folded, starts, extras = raw, tuple(range(len(raw) + 1)), ()
    p = TextProfile(raw=raw, script=script, folded=folded, starts=starts, readings=extras, _language=language or None)
    if vocab is not None:
        hay = folded.lower()
        # "存储 阵列": a space between two Chinese words does not separate them for the vocabularies
        if _CJK_SPACE.search(hay):
            joined, where = _join_cjk(hay)
            found = vocab.match_folded(joined)
            for m in found:
                m.start, m.end = where[m.start], where[m.end - 1] + 1
        else:
            found = vocab.match_folded(hay)
        if len(hay) != len(folded):  # lower() changed the length (rare letters): no negation spans
            p.mentions = found
            return p
        for m in found:
            span = _negated(hay, m.start, m.end)
            if span is None:
                p.mentions.append(m)
            else:
                p.negated.append((m, *span))
    return p


_CJK_SPACE = re.compile(f"(?<=[{text._CJK}])[ \t\u3000]+(?=[{text._CJK}])")


def joined_cjk(raw: str) -> str:
    """`raw` without the spaces between Chinese characters: 存储 阵列 -> 存储阵列."""
    return _CJK_SPACE.sub("", raw) if raw else raw


def _join_cjk(hay: str) -> tuple[str, list[int]]:
    """The text without spaces between Chinese characters, and where each of its characters was."""
    out, where, pos = [], [], 0
    for m in _CJK_SPACE.finditer(hay):
        out.append(hay[pos:m.start()])
        where.extend(range(pos, m.start()))
        pos = m.end()
    out.append(hay[pos:])
    where.extend(range(pos, len(hay)))
    return "".join(out), where
