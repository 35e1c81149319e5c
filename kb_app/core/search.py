"""Search over the case index: query building, filters, fallbacks and snippets.

A query is split by the one analyzer into words; every word must match in some weighted
field (title, kind/skills, outcome/lessons, body). Where that finds few cases, a Chinese run
may also match through character bigrams, so a substring across word boundaries (是沟) is
still found. If nothing matches, the best partial matches are returned, marked as such.
"""
from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

from whoosh import query as Q

from . import text
from .index import FIELD_BOOSTS

TEXT_FIELDS = tuple(FIELD_BOOSTS)


@dataclass
class Filters:
    kind: str | None = None
    skill: str | None = None
    status: str | None = None
    language: str | None = None
    date_from: str | None = None  # YYYY-MM-DD, inclusive
    date_to: str | None = None

    def query(self):
        parts = []
        if self.kind:
            parts.append(Q.Term("kind", self.kind))
        if self.skill:
            parts.append(Q.Term("skills", self.skill))
        if self.status:
            parts.append(Q.Term("status", self.status))
        if self.language:
            parts.append(Q.Term("language", self.language))
        if self.date_from or self.date_to:
            parts.append(Q.TermRange("date", self.date_from or "0000", (self.date_to or "9999") + "~"))
        return Q.And(parts) if parts else None


@dataclass
class SearchHit:
    id: str
    title: str
    kind: str
    score: float
    snippet: str  # HTML: escaped text with <b> around matches, in the case's own script
    status: str = ""
    summary: str = ""
    language: str = ""
    date: str = ""
    industry: str = ""
    skills: list[str] = field(default_factory=list)
    lessons: list[str] = field(default_factory=list)
    path: str = ""


@dataclass
class SearchResult:
    hits: list[SearchHit]
    total: int
    partial: bool = False  # no case had every word; these match some of them
    terms: list[str] = field(default_factory=list)


def _word_query(term: str):
    return Q.Or([Q.Term(f, term, boost=FIELD_BOOSTS[f]) for f in TEXT_FIELDS])


def build_query(raw: str):
    """(words query, bigram query, partial-fallback query, the query's terms); None where not applicable."""
    words = text.query_terms(raw)
    runs = [r for r in text.cjk_runs(raw) if len(r) >= 2]
    strict = Q.And([_word_query(w) for w in words]) if words else None
    via_grams = None
    if runs:
        grams = [g for r in runs for g in text.bigrams(r)]
        ascii_words = [w for w in words if not text.CJK_RE.search(w)]
        via_grams = Q.And([Q.Term("bigram", g) for g in dict.fromkeys(grams)] + [_word_query(w) for w in ascii_words])
    loose = Q.Or([_word_query(w) for w in words]) if len(words) > 1 else None
    return strict, via_grams, loose, words


def run_search(searcher, raw: str, filters: Filters | None = None, limit: int = 20) -> SearchResult:
    """Words first; where they give fewer than `limit` cases, Chinese bigrams add the cases that
    hold the text as a substring across word boundaries; if neither finds anything, cases that
    hold some of the words (partial=True). Totals are Whoosh's estimates: counting every match
    exactly costs more than the search."""
    filters = filters or Filters()
    fq = filters.query()
    if not raw.strip():
        # no words: list what the filters let through, newest first
        res = searcher.search(fq or Q.Every(), limit=limit, sortedby="date", reverse=True)
        return SearchResult([_hit(h, set(), 0.0) for h in res], res.estimated_length())
    strict, via_grams, loose, words = build_query(raw)
    wanted = set(words) | set(text.bigrams(raw))
    hits, seen, total, partial = [], set(), 0, False
    for q in (strict, via_grams):
        if q is None or len(hits) >= limit:
            continue
        res = searcher.search(q, limit=limit, filter=fq)
        total = max(total, res.estimated_length())
        for h in res:
            if h["id"] not in seen and len(hits) < limit:
                seen.add(h["id"])
                hits.append(_hit(h, wanted, h.score))
    if not hits and loose is not None:
        res = searcher.search(loose, limit=limit, filter=fq)
        hits = [_hit(h, wanted, h.score) for h in res]
        total, partial = res.estimated_length(), True
    return SearchResult(hits, max(total, len(hits)), partial, words)


def _hit(h, wanted: set[str], score: float) -> SearchHit:
    f = h.fields()
    body = f.get("raw", "")
    return SearchHit(
        id=f["id"], title=f.get("name", ""), kind=f.get("kind", ""), score=round(float(score), 4),
        snippet=snippet(body, wanted) if wanted else html.escape(_lead(body)),
        status=f.get("status", ""), summary=f.get("summary", ""), language=f.get("language", ""),
        date=f.get("date", "") if f.get("date") != "0000-00-00" else "", industry=f.get("industry", ""),
        skills=[s for s in f.get("skills", "").split(",") if s], lessons=list(f.get("lessons") or []),
        path=f.get("path", ""),
    )


# -- snippets ----------------------------------------------------------------------------------

_HEADING_RE = re.compile(r"^\s{0,3}#{1,6}\s.*$", re.M)  # section titles (情况, Situation) are not passages
_MD_RE = re.compile(r"(^|\n)\s{0,3}(#{1,6}\s+|[-*+]\s+|>\s*|\d+\.\s+)|\*\*|__|`|\[|\]\([^)]*\)")


def _plain(body: str) -> str:
    return " ".join(_MD_RE.sub(" ", _HEADING_RE.sub(" ", body)).split())


def _lead(body: str, width: int = 140) -> str:
    plain = _plain(body)
    return plain[:width] + ("…" if len(plain) > width else "")


_ASCII_WORD_RE = re.compile(r"[A-Za-z][A-Za-z0-9_-]*")


def _find_terms(folded: str, wanted: set[str]) -> list[tuple[int, int, str]]:
    """Occurrences of wanted terms in folded text: Chinese terms and bigrams by substring,
    English ones by word, compared after stemming (so 'failed' lights up for 'failure')."""
    out = []
    for term in wanted:
        if text.CJK_RE.search(term):
            i = folded.find(term)
            while i != -1:
                out.append((i, i + len(term), term))
                i = folded.find(term, i + 1)
    ascii_terms = {t for t in wanted if not text.CJK_RE.search(t)}
    if ascii_terms:
        for m in _ASCII_WORD_RE.finditer(folded):
            w = m.group(0).lower()
            if w in ascii_terms or text.normalize_en(w) in ascii_terms:
                out.append((m.start(), m.end(), text.normalize_en(w)))
    return out


_SENTENCE_RE = re.compile(r"[^。！？；!?;]+[。！？；!?;]*|[。！？；!?;]+")


def _best_start(spans, width: int) -> int:
    """Start of the window of `width` characters holding the most distinct terms (earliest on ties)."""
    best, best_n, j = 0, 0, 0
    for i, (s, _, _) in enumerate(spans):
        while spans[j][0] < s - width + 20:
            j += 1
        n = len({t for _, _, t in spans[j : i + 1]})
        if n > best_n:
            best, best_n = j, n
    return spans[best][0]


def snippet(body: str, wanted: set[str], width: int = 160) -> str:
    """The passage of `body` with the most distinct matched terms, matches in <b>, as HTML.

    Matching runs on the folded text (one OpenCC call for the whole body); the snippet shows
    the case's own script. Where folding changed the length (記憶體 -> 内存), the passage is
    found on the folded text, and only its few sentences are aligned word by word
    (text.fold_aligned): sentence ends survive folding, so the n-th sentence of one is the
    n-th of the other.
    """
    plain = _plain(body)
    folded = text.fold(plain)
    found = sorted(_find_terms(folded, wanted))
    if not found:
        return html.escape(_lead(body, width))
    if len(folded) == len(plain):
        spans = found
    else:
        f_sent, o_sent = _SENTENCE_RE.findall(folded), _SENTENCE_RE.findall(plain)
        if len(f_sent) == len(o_sent) and "".join(o_sent) == plain:
            at, k, pos = _best_start(found, width), 0, 0
            while k < len(f_sent) - 1 and pos + len(f_sent[k]) <= at:
                pos += len(f_sent[k])
                k += 1
            offset = sum(len(x) for x in o_sent[:k])
            m, size = k, 0
            while m < len(o_sent) and size < 2 * width:
                size += len(o_sent[m])
                m += 1
            region = "".join(o_sent[k:m])
            rfolded, rstarts = text.fold_aligned(region)
            spans = sorted((offset + rstarts[s], offset + rstarts[e], t) for s, e, t in _find_terms(rfolded, wanted))
        else:  # should not happen; align the whole body
            f_all, starts = text.fold_aligned(plain)
            spans = sorted((starts[s], starts[e], t) for s, e, t in _find_terms(f_all, wanted))
        if not spans:
            return html.escape(_lead(body, width))
    start = _best_start(spans, width)
    # start at the beginning of the sentence when it is close
    back = max(plain.rfind(c, 0, start) for c in "。！？；.!?;")
    start = back + 1 if back != -1 and start - back < 40 else max(0, start - 20)
    return _render(plain, _merge(spans), start, min(len(plain), start + width))


def _render(plain: str, spans, start: int, end: int) -> str:
    out, pos = [], start
    for s, e in spans:
        if s < pos or e > end:
            continue
        out.append(html.escape(plain[pos:s]))
        out.append("<b>" + html.escape(plain[s:e]) + "</b>")
        pos = e
    out.append(html.escape(plain[pos:end]))
    return ("…" if start > 0 else "") + "".join(out).strip() + ("…" if end < len(plain) else "")


def _merge(spans):
    spans = sorted((s, e) for s, e, _ in spans)
    merged: list[list[int]] = []
    for s, e in spans:
        if merged and s <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    return [(s, e) for s, e in merged]
