"""Search over the case index: query building, filters, fallbacks and snippets.

A query is split by the one analyzer into words; every word must match in some weighted
field (title, kind/skills, outcome/lessons, body). A Chinese run may instead match through
character bigrams, so a substring across word boundaries (是沟) is still found. If nothing
matches all words, the best partial matches are returned, marked as such.
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
    """(query, partial-fallback query, the query's terms). None when the text has no terms."""
    words = text.query_terms(raw)
    runs = [r for r in text.cjk_runs(raw) if len(r) >= 2]
    if not words and not runs:
        return None, None, []
    strict = Q.And([_word_query(w) for w in words]) if words else Q.NullQuery
    if runs:
        grams = [g for r in runs for g in text.bigrams(r)]
        ascii_words = [w for w in words if not text.CJK_RE.search(w)]
        via_grams = Q.And([Q.Term("bigram", g) for g in dict.fromkeys(grams)] + [_word_query(w) for w in ascii_words])
        strict = Q.Or([strict, via_grams]) if words else via_grams
    loose = Q.Or([_word_query(w) for w in words]) if len(words) > 1 else None
    return strict, loose, words


def run_search(searcher, raw: str, filters: Filters | None = None, limit: int = 20) -> SearchResult:
    filters = filters or Filters()
    fq = filters.query()
    if not raw.strip():
        # no words: list what the filters let through, newest first
        q = fq or Q.Every()
        res = searcher.search(q, limit=limit, sortedby="date", reverse=True)
        return SearchResult([_hit(h, set(), 0.0) for h in res], len(res))
    strict, loose, words = build_query(raw)
    if strict is None:
        return SearchResult([], 0, terms=[])
    res = searcher.search(strict, limit=limit, filter=fq)
    partial = False
    if res.scored_length() == 0 and loose is not None:
        res = searcher.search(loose, limit=limit, filter=fq)
        partial = True
    wanted = set(words) | set(text.bigrams(raw))
    hits = [_hit(h, wanted, h.score) for h in res]
    return SearchResult(hits, len(res), partial, words)


def _hit(h, wanted: set[str], score: float) -> SearchHit:
    f = h.fields()
    body = f.get("body", "")
    return SearchHit(
        id=f["id"], title=f.get("title", ""), kind=f.get("kind", ""), score=round(float(score), 4),
        snippet=snippet(body, wanted) if wanted else html.escape(_lead(body)),
        status=f.get("status", ""), summary=f.get("summary", ""), language=f.get("language", ""),
        date=f.get("date", "") if f.get("date") != "0000-00-00" else "", industry=f.get("industry", ""),
        skills=[s for s in f.get("skills", "").split(",") if s], lessons=list(f.get("lessons") or []),
        path=f.get("path", ""),
    )


# -- snippets ----------------------------------------------------------------------------------

_PIECE_RE = re.compile(r"[^。！？；!?;\n]*[。！？；!?;\n]?")
_MD_RE = re.compile(r"(^|\n)\s{0,3}(#{1,6}\s+|[-*+]\s+|>\s*|\d+\.\s+)|\*\*|__|`|\[|\]\([^)]*\)")


def _lead(body: str, width: int = 140) -> str:
    plain = " ".join(_MD_RE.sub(" ", body).split())
    return plain[:width] + ("…" if len(plain) > width else "")


def _spans(piece: str, wanted: set[str]) -> list[tuple[int, int, str]]:
    """Spans of `piece` (its own script) whose folded form is a wanted term."""
    folded = text.fold(piece)
    scale = len(piece) / len(folded) if folded and len(folded) != len(piece) else 1.0
    out = []
    for term, s, e in text.iter_tokens(folded, "search", folded=True):
        if term in wanted:
            out.append((int(s * scale), max(int(s * scale) + 1, int(round(e * scale))), term))
    if any(len(w) == 2 and text.CJK_RE.match(w) for w in wanted):
        for i in range(len(folded) - 1):
            if folded[i : i + 2] in wanted:
                out.append((int(i * scale), int((i + 2) * scale), folded[i : i + 2]))
    return out


def snippet(body: str, wanted: set[str], width: int = 160) -> str:
    """The passage of `body` with the most distinct matched terms, matches in <b>, as HTML."""
    plain = " ".join(_MD_RE.sub(" ", body).split())
    pieces = [p for p in _PIECE_RE.findall(plain) if p.strip()]
    best, best_score = None, 0
    for idx, piece in enumerate(pieces):
        spans = _spans(piece, wanted)
        score = len({t for _, _, t in spans})
        if score > best_score:
            best, best_score = (idx, spans), score
    if best is None:
        return html.escape(_lead(body, width))
    idx, spans = best
    piece = pieces[idx]
    # widen with following pieces up to the width, so the snippet reads as a passage
    j = idx + 1
    while len(piece) < width * 0.6 and j < len(pieces):
        piece += pieces[j]
        j += 1
    spans = sorted(_merge(spans))
    start = 0
    if len(piece) > width and spans:
        start = max(0, min(spans[0][0] - 20, len(piece) - width))
    end = min(len(piece), start + width)
    out, pos = [], start
    for s, e in spans:
        if s < pos or e > end:
            continue
        out.append(html.escape(piece[pos:s]))
        out.append("<b>" + html.escape(piece[s:e]) + "</b>")
        pos = e
    out.append(html.escape(piece[pos:end]))
    return ("…" if start > 0 else "") + "".join(out).strip() + ("…" if end < len(piece) or j < len(pieces) else "")


def _merge(spans):
    spans = sorted((s, e) for s, e, _ in spans)
    merged: list[list[int]] = []
    for s, e in spans:
        if merged and s <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    return [(s, e) for s, e in merged]
