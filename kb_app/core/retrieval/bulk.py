"""Whoosh's own queries, scored in bulk (issue 17): the same answers as `searcher.search`, faster.

Whoosh walks posting lists one posting at a time in pure Python (`is_active`, `skip_to`, `score`
per posting and per matcher node); a word in a quarter of 10,000 cases costs ~20 ms that way.
Here the same query is answered from whole posting lists as numpy arrays:

  1. Whoosh builds its matcher tree for the query (per segment, exactly as a search would: the same
     tree shape, boosts, scorers and deletions);
  2. each leaf's posting list (document numbers, weights) is read once, block by block, and kept
     in a cache per segment (segments never change once written, so the cache is keyed by segment
     and stays valid across index generations; deletions come from the tree, per search);
  3. the tree is evaluated bottom-up over dense per-segment arrays, with the very operations
     Whoosh applies per posting (BM25F per leaf, x boost, a + b for unions and intersections,
     Whoosh's accumulate-in-order for its array unions), so scores are bit-identical;
  4. the top `limit` are taken by (score desc, document number asc), Whoosh's order, and handed
     back as a Whoosh `Results` (hits with `.score`, `["id"]`, `.fields()`), with the same
     `estimated_length()` / `scored_length()` a plain search reports.

A matcher this module does not know (a query kind we do not build) falls back to the plain
search, as does a weighting other than BM25F. `ENABLED = False` (or KB_PLAIN_WHOOSH=1) turns the
bulk path off; tests/test_bulk.py holds the two paths to the same ids, order and scores.
"""
from __future__ import annotations

import os
import threading
from collections import OrderedDict

import numpy as np
from whoosh import matching as M
from whoosh.codec.whoosh3 import W3LeafMatcher
from whoosh.scoring import BM25F
from whoosh.searching import Results
from whoosh.util.numeric import byte_to_length

ENABLED = os.environ.get("KB_PLAIN_WHOOSH", "") in ("", "0")
POSTINGS_BUDGET = 4_000_000  # postings kept in memory across all terms (~48 MB at 12 bytes each)

_lock = threading.Lock()
_postings: OrderedDict = OrderedDict()  # (segment key, field, term bytes) -> (ids int32, weights float64)
_held = 0
_lengths: dict = {}  # (segment key, field) -> float64 decoded field length per document
_LENGTH_TABLE = np.array([byte_to_length(b) for b in range(256)], dtype=np.float64)


class Unsupported(Exception):
    """A matcher (query kind) the bulk path does not evaluate: use the plain search."""


def clear_cache() -> None:
    global _held
    with _lock:
        _postings.clear()
        _lengths.clear()
        _held = 0


def _segment_key(reader) -> tuple:
    seg = reader.segment()
    if seg is None:
        raise Unsupported("not a segment reader")
    return (seg.segment_id(), seg.doc_count_all())  # segment ids are random names; a segment never changes


# -- posting lists -----------------------------------------------------------------------------------
def _read_postings(m) -> tuple[np.ndarray, np.ndarray]:
    """All (document numbers, weights) of a leaf matcher's posting list, block by block."""
    if type(m) is M.ListMatcher:
        ids = np.asarray(m._ids, dtype=np.int64)
        w = m._weights
        if w is None:
            weights = np.ones(len(ids))
        else:
            weights = np.asarray(w, dtype=np.float64)
        return ids.astype(np.int32), weights
    if type(m) is not W3LeafMatcher:
        raise Unsupported(type(m).__name__)
    # from the first block: building the tree may have moved the matcher on (an array union reads
    # its children to the end, an intersection moves to the first common document)
    m.reset()
    id_parts, w_parts = [], []
    while not m._atend:
        m._read_ids()
        m._read_weights()
        id_parts.append(np.asarray(m._ids, dtype=np.int32))
        w_parts.append(np.asarray(m._weights, dtype=np.float64))
        if m._lastblock:
            break
        m._goto(m._nextoffset)
    if not id_parts:
        return np.zeros(0, np.int32), np.zeros(0)
    return np.concatenate(id_parts), np.concatenate(w_parts)


def _remember(key, postings):
    global _held
    with _lock:
        if key not in _postings:
            _postings[key] = postings
            _held += len(postings[0])
            while _held > POSTINGS_BUDGET and len(_postings) > 1:
                _, (old, _) = _postings.popitem(last=False)
                _held -= len(old)
    return postings


def _field_lengths(segkey, reader, fieldname: str, n: int) -> np.ndarray:
    """Decoded length of `fieldname` in each document of the segment (what the scorer's dfl gives)."""
    key = (segkey, fieldname)
    with _lock:
        hit = _lengths.get(key)
    if hit is not None:
        return hit
    raw = None
    try:
        from whoosh.codec.whoosh3 import LENGTHS_COLUMN, _lenfield

        col = reader._perdoc._cached_reader(_lenfield(fieldname), LENGTHS_COLUMN)
        if col is not None and col._fixedlen == 1:
            data = col._dbfile.get(col._basepos, col._count)
            raw = np.zeros(n, dtype=np.uint8)
            got = np.frombuffer(data, dtype=np.uint8)[:n]
            raw[: len(got)] = got
    except (AttributeError, ImportError):
        raw = None
    if raw is None:
        out = np.array([reader.doc_field_length(i, fieldname, 1) or 1 for i in range(n)], dtype=np.float64)
    else:
        out = _LENGTH_TABLE[raw]
    with _lock:
        _lengths[key] = out
    return out


# -- Whoosh's matcher tree, compiled without building it -----------------------------------------
# Building Whoosh's own matchers costs as much as a small search (an array union reads every
# child's postings in Python as it is built), so the tree is laid out here from the query exactly
# as Term.matcher, CompoundQuery.matcher, And._matcher, Or._matcher (DefaultOr / PreloadedOr) and
# util.make_weighted_tree lay it out, and only evaluated in bulk. Whoosh's matchers compare equal
# and "less" only by class, so equal tree weights keep their order (a stable sort, insort to the
# right): the tree depends on the queries' estimated sizes and their order, nothing else.
# tests/test_bulk.py holds the result to Whoosh's own exhaustive scoring, score for score.
from bisect import insort
from whoosh import query as Q

NULL = ("null",)


class _Seg:
    """One segment of a searcher: its tree for a query, evaluated over dense arrays of doc_count_all."""

    def __init__(self, sub, top):
        self.sub, self.top = sub, top
        self.reader = sub.reader()
        self.key = _segment_key(self.reader)
        self.n = self.reader.doc_count_all()
        self.schema = sub.schema

    # -- the tree ------------------------------------------------------------------------------------
    def compile(self, q):
        t = type(q)
        if t is Q.Term:
            return self._term(q)
        if t is Q.And or t is Q.Or:
            subs = q.subqueries
            if not subs:
                return NULL
            if len(subs) == 1:          # CompoundQuery.matcher: the one child, its boost dropped
                return self.compile(subs[0])
            if t is Q.And:
                return self._tree("inter", subs, lambda x: 0 - x.estimate_size(self.reader), q.boost)
            if q.scale or q.minmatch:
                raise Unsupported("Or with scale/minmatch")
            kind = q.matcher_type
            if kind == Q.Or.AUTO_MATCHER:
                dc = self.n
                kind = (Q.Or.DEFAULT_MATCHER if len(subs) < Q.Or.TOO_MANY_CLAUSES and (len(subs) == 2 or dc > 5000)
                        else Q.Or.ARRAY_MATCHER)   # (needs_current is False for a scored search)
            if kind == Q.Or.DEFAULT_MATCHER:
                return self._tree("union", subs, lambda x: x.estimate_size(self.reader), q.boost)
            if kind == Q.Or.ARRAY_MATCHER:
                return ("array", q.boost, [self.compile(x) for x in subs])
            raise Unsupported(f"Or matcher type {kind}")
        raise Unsupported(t.__name__)

    def _tree(self, op, subs, weight, boost):
        ls = [(weight(x), i, self.compile(x)) for i, x in enumerate(subs)]
        ls.sort(key=lambda e: e[0])                      # stable: ties keep the query's order
        while len(ls) > 1:
            a = ls.pop(0)
            b = ls.pop(0)
            insort(ls, (a[0] + b[0], -1, (op, a[2], b[2])), key=lambda e: e[0])  # after its equals
        node = ls[0][2]
        return ("wrap", boost, node) if boost != 1.0 else node

    def _term(self, q):
        fieldname = q.fieldname
        if fieldname not in self.schema:
            return NULL
        field = self.schema[fieldname]
        try:
            tbytes = field.to_bytes(q.text)
        except ValueError:
            return NULL
        if (fieldname, tbytes) not in self.reader:
            return NULL
        if q.minquality:
            raise Unsupported("minquality")
        top = self.top
        if field.scorable:
            w = top.weighting
            B = w._field_B.get(fieldname, w.B)
            leaf = ("bm25", fieldname, tbytes, top.idf(fieldname, tbytes),
                    top.avg_field_length(fieldname) or 1, B, w.K1)
        else:
            leaf = ("weight", fieldname, tbytes)
        if self.reader.has_deletions():
            leaf = ("deleted", leaf)
        return ("wrap", q.boost, leaf) if q.boost != 1.0 else leaf

    # -- evaluation --------------------------------------------------------------------------------------
    def eval(self, node) -> tuple[np.ndarray, np.ndarray]:
        """(matched, score): what Whoosh's matcher for `node` gives each document, operation for operation."""
        op = node[0]
        if op == "union":
            am, asc = self.eval(node[1])
            bm, bsc = self.eval(node[2])
            return am | bm, asc + bsc          # x + 0.0 == x: a one-sided match keeps its score
        if op == "inter":
            am, asc = self.eval(node[1])
            bm, bsc = self.eval(node[2])
            both = am & bm
            return both, np.where(both, asc + bsc, 0.0)
        if op == "wrap":
            cm, csc = self.eval(node[2])
            return cm, csc * node[1]
        if op == "array":
            boost = node[1]
            acc = np.zeros(self.n)
            any_ = np.zeros(self.n, dtype=bool)
            for sub in node[2]:                # ArrayUnionMatcher adds each child's score * boost, in order
                sm, ssc = self.eval(sub)
                acc = acc + ssc * boost
                any_ |= sm
            keep = any_ & (acc > 0)            # ... and skips documents scored 0
            return keep, np.where(keep, acc, 0.0)
        if op == "deleted":                    # the segment reader's FilterMatcher (boost 1.0)
            cm, csc = self.eval(node[1])
            keep = cm & ~self._deleted()
            return keep, np.where(keep, csc * 1.0, 0.0)
        if op == "null":
            return np.zeros(self.n, dtype=bool), np.zeros(self.n)
        if op == "weight":                     # WeightScorer (a field without lengths): the weight
            ids, w = self._postings(node[1], node[2])
            return self._dense(ids, w)
        if op == "bm25":
            _, fieldname, tbytes, idf, avgfl, B, K1 = node
            ids, w = self._postings(fieldname, tbytes)
            fl = _field_lengths(self.key, self.reader, fieldname, self.n)[ids]
            # whoosh.scoring.bm25, operation for operation
            return self._dense(ids, idf * ((w * (K1 + 1)) / (w + K1 * ((1 - B) + B * fl / avgfl))))
        raise Unsupported(op)

    def _postings(self, fieldname, tbytes):
        key = (self.key, fieldname, tbytes)
        with _lock:
            hit = _postings.get(key)
            if hit is not None:
                _postings.move_to_end(key)
                return hit
        m = self.reader.postings(fieldname, tbytes)
        if type(m) is M.FilterMatcher:
            m = m.child
        return _remember(key, _read_postings(m))

    def _deleted(self) -> np.ndarray:
        d = getattr(self, "_del", None)
        if d is None:
            ids = np.fromiter(self.reader.deleted_docs_set, dtype=np.int64)
            d = self._del = np.zeros(self.n, dtype=bool)
            d[ids[ids < self.n]] = True
        return d

    def _dense(self, ids, s):
        matched = np.zeros(self.n, dtype=bool)
        matched[ids] = True
        score = np.zeros(self.n)
        score[ids] = s
        return matched, score


# -- the search --------------------------------------------------------------------------------------
_filters: "dict" = {}  # (id(searcher), filter query) -> allowed global document numbers (bool array)


def _allowed(searcher, fq, total: int):
    key = (id(searcher), fq)
    with _lock:
        hit = _filters.get(key)
    if hit is not None and hit[0] is searcher:
        return hit[1]
    mask = np.zeros(total, dtype=bool)
    docs = np.fromiter(searcher.docs_for_query(fq), dtype=np.int64)
    mask[docs[docs < total]] = True
    with _lock:
        if len(_filters) > 64:
            _filters.clear()
        _filters[key] = (searcher, mask)
    return mask


class BulkResults(Results):
    """Whoosh Results whose length figures are what the plain search would have said."""

    def __init__(self, searcher, q, top_n, count: int, estimate: int, exact: bool):
        super().__init__(searcher, q, top_n)
        self._estimate = estimate
        self._exact = exact
        self._total = count

    def __len__(self):
        return self._total

    def has_exact_length(self):
        return self._exact

    def estimated_length(self):
        return self._estimate

    def estimated_min_length(self):
        return self._estimate if self._exact else super().estimated_min_length()


def search(searcher, q, limit: int | None = 10, filter=None):
    """searcher.search(q, limit=limit, filter=filter), scored in bulk; the plain search where the
    bulk path does not apply."""
    if not ENABLED or type(searcher.weighting) is not BM25F or limit is not None and limit < 1:
        return searcher.search(q, limit=limit, filter=filter)
    try:
        return _search(searcher, q, limit, filter)
    except Unsupported:
        return searcher.search(q, limit=limit, filter=filter)


def _search(searcher, q, limit, fq):
    total = searcher.doc_count_all()
    allowed = _allowed(searcher, fq, total) if fq is not None else None
    docs_parts, score_parts = [], []
    unfiltered = 0
    for sub, offset in searcher.leaf_searchers():
        seg = _Seg(sub, searcher)
        matched, score = seg.eval(seg.compile(q))
        local = np.flatnonzero(matched)
        glob = local + offset
        sc = score[local]
        unfiltered += len(glob)
        if allowed is not None:
            ok = allowed[glob]
            glob, sc = glob[ok], sc[ok]
        docs_parts.append(glob)
        score_parts.append(sc)
    docs = np.concatenate(docs_parts) if docs_parts else np.zeros(0, np.int64)
    scores = np.concatenate(score_parts) if score_parts else np.zeros(0)
    count = len(docs)
    unlimited = not limit or limit >= searcher.doc_count()
    if not unlimited and count > limit:
        # the page: everything scoring at least the limit-th best score, then Whoosh's order
        kth = np.partition(scores, count - limit)[count - limit]
        keep = scores >= kth
        docs, scores = docs[keep], scores[keep]
    order = np.lexsort((docs, -scores))
    if not unlimited:
        order = order[:limit]
    top_n = [(float(scores[i]), int(docs[i])) for i in order]
    if unlimited:  # Whoosh's unlimited collector counts every match
        return BulkResults(searcher, q, top_n, count, count, True)
    if allowed is not None:
        # Whoosh's filtering collector counts (walking every match again); a filter that lets
        # nothing through is taken there as no filter at all (an empty set is false)
        return BulkResults(searcher, q, top_n, count, count if allowed.any() else unfiltered, True)
    # Whoosh's top-N collector skips blocks by quality and so never counts: it estimates
    return BulkResults(searcher, q, top_n, count, q.estimate_size(searcher.reader()), False)


# -- term counts of a few documents, from the posting lists ---------------------------------------------
def term_counts(searcher, docnums, terms, fields=("title", "body")) -> list[dict]:
    """{term: occurrences in `fields`} of each document in `docnums`, for the given terms only
    (the precedent engine scores its candidates with them). Read from the cached posting lists, so
    no stored copy of every case's term counts is needed: a posting's weight is its count times
    the field's boost."""
    out = [dict() for _ in docnums]
    if not docnums or not terms:
        return out
    docs = np.asarray(docnums, dtype=np.int64)
    for sub, offset in searcher.leaf_searchers():
        seg = _Seg(sub, searcher)
        local = docs - offset
        inside = np.flatnonzero((local >= 0) & (local < seg.n))
        if not len(inside):
            continue
        local = local[inside]
        for fieldname in fields:
            if fieldname not in seg.schema:
                continue
            boost = getattr(seg.schema[fieldname].format, "field_boost", 1.0) or 1.0
            for t, ids, w in _term_postings(seg, fieldname, terms):
                pos = np.searchsorted(ids, local)
                pos[pos >= len(ids)] = 0
                found = ids[pos] == local if len(ids) else np.zeros(len(local), bool)
                for k in np.flatnonzero(found):
                    d = out[inside[k]]
                    d[t] = d.get(t, 0) + int(round(float(w[pos[k]]) / boost))
    return out


def _term_postings(seg, fieldname: str, terms):
    """(term, doc ids, weights) of each of `terms` the segment holds in `fieldname` (cached lists)."""
    field = seg.schema[fieldname]
    for t in terms:
        try:
            tbytes = field.to_bytes(t)
        except ValueError:
            continue
        if (fieldname, tbytes) in seg.reader:
            ids, w = seg._postings(fieldname, tbytes)
            yield t, ids, w


# -- which documents hold a term, from the posting lists ---------------------------------------------------
def docs_with(searcher, fieldname: str, terms, docnums) -> set[int]:
    """Which of `docnums` (the searcher's document numbers) hold any of `terms` in `fieldname`: the
    search's stake re-rank asks it of a page of hits (issue 16). Read from the cached posting lists."""
    out: set[int] = set()
    if not docnums or not terms:
        return out
    docs = np.asarray(sorted(set(docnums)), dtype=np.int64)
    for sub, offset in searcher.leaf_searchers():
        seg = _Seg(sub, searcher)
        if fieldname not in seg.schema:
            continue
        local = docs - offset
        local = local[(local >= 0) & (local < seg.n)]
        if not len(local):
            continue
        for _t, ids, _w in _term_postings(seg, fieldname, terms):
            out.update(int(d) + offset for d in local[np.isin(local, ids)])
    return out
