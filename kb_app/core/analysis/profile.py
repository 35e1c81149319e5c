"""One analysis pass: a text (a case, a query, a description) read once into a TextProfile.

    p = analyse(desc, vocab)
    p.language, p.folded, p.groups          # zh-Hans/zh-Hant/en; folded Simplified; words + readings
    p.words(), p.terms(), p.bigrams()       # the analyzer's terms, as index and queries use them
    p.features, p.stakes, p.concepts        # what the vocabularies find: kinds, stakes, industries,
                                            # glossary concepts, each with the words that carried it
    p.surface(term), p.concept_surfaces     # how the writer put it, in their own script

Folding (text.fold), segmentation and the vocabulary automaton each run once per text; the
index (case_document), search (build_query, glossary_query), similar (Engine.profile) and the
reasons all read the same profile instead of asking text and vocab again.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from . import text

CATEGORIES = ("kind", "stake", "industry", "concept")


@dataclass
class TextProfile:
    raw: str
    script: str | None                 # 'hant' / 'hans' / None: how ambiguous regional words read
    folded: str                        # one Simplified form (text.fold)
    starts: tuple                      # starts[i]: index in raw of folded character i (+ the end)
    readings: tuple                    # ((start, end, other reading), ...) of regional words
    mentions: list = field(default_factory=list)   # vocab.Match, spans in `folded`
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
    def concept_surfaces(self) -> dict[str, str]:
        """glossary group -> the words that mention it, as written (their own script)."""
        out: dict[str, str] = {}
        for m in self.mentions:
            if m.category == "concept" and m.key not in out and m.end <= len(self.folded):
                out[m.key] = self.span(m.start, m.end).strip() or m.term
        return out


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
        p.mentions = vocab.match_folded(folded.lower())
    return p
