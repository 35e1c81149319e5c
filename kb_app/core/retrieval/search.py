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

from kb_app.core.analysis import text
from kb_app.core.analysis.profile import TextProfile, analyse, joined_cjk
from . import bulk
from .index import FIELD_BOOSTS, NEGATED_BOOST

TEXT_FIELDS = tuple(FIELD_BOOSTS)
STAKE_BONUS = 8.0  # added to a case whose stakes include one the query names (BM25 scores run ~10-60)


@dataclass
class Filters:
    kind: str | None = None
    skill: str | None = None
    status: str | None = None
    language: str | None = None
    date_from: str | None = None  # YYYY-MM-DD, inclusive
    date_to: str | None = None
    same_language: bool = False  # only cases in the query's own language (no glossary crossing)

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
    via: str = ""  # found through the glossary, not by the query's own words: "backup / 备份"


@dataclass
class SearchResult:
    hits: list[SearchHit]
    total: int
    partial: bool = False  # no case had every word; these match some of them
    terms: list[str] = field(default_factory=list)
    exact_total: bool = True  # False: `total` is Whoosh's estimate (more matched than were listed)
    via_glossary: int = 0  # how many of `hits` were found through the glossary


def _word_query(term: str, negated: bool = False):
    """A word in any weighted field. A case that says it only inside a negation ("無資料遺失") is not a match
    for it (the bigram fallback still finds it, after the cases that mean it), unless the query itself is a
    negation ("无数据丢失"), which looks in the negated words too."""
    fields = [Q.Term(f, term, boost=FIELD_BOOSTS[f]) for f in TEXT_FIELDS]
    if negated:
        fields.append(Q.Term("negated", term, boost=NEGATED_BOOST))
    return Q.Or(fields)


def _group_query(group: list[str], negated: bool = False):
    """One query word with its other regional readings (檔案 = 文件 or 档案): any of them matches."""
    if len(group) == 1:
        return _word_query(group[0], negated)
    return Q.Or([_word_query(t, negated) for t in group])


def build_query(raw: str | TextProfile):
    """(words query, bigram query, partial-fallback query, the query's terms); None where not applicable.
    Chinese words separated by spaces (存储 阵列) also match as written together (存储阵列): a space
    never finds less than the joined query."""
    p = raw if isinstance(raw, TextProfile) else analyse(raw)
    groups = p.groups
    words = [t for g in groups for t in g]
    runs = [r for r in p.cjk_runs() if len(r) >= 2]
    neg = bool(p.negated)
    strict = Q.And([_group_query(g, neg) for g in groups]) if groups else None
    joined = joined_cjk(p.raw)
    if joined != p.raw and strict is not None:
        jp = analyse(joined, script=p.script)
        if jp.groups and jp.groups != groups:
            strict = Q.Or([strict, Q.And([_group_query(g, neg) for g in jp.groups])])
            words += [t for g in jp.groups for t in g if t not in words]
    via_grams = None
    if runs:
        grams = [g for r in runs for g in text.bigrams(r)]
        ascii_words = [w for w in words if not text.CJK_RE.search(w)]
        via_grams = Q.And([Q.Term("bigram", g) for g in dict.fromkeys(grams)] + [_word_query(w) for w in ascii_words])
    loose = Q.Or([_word_query(w, True) for w in words]) if len(groups) > 1 else None
    return strict, via_grams, loose, words


def _language_filter(p: TextProfile):
    """The query's own language: English, or Chinese in either script (a Traditional query finds
    Simplified cases: that is script, not language)."""
    if p.language == "en":
        return Q.Term("language", "en")
    return Q.Or([Q.Term("language", "zh-Hans"), Q.Term("language", "zh-Hant")])


def glossary_query(p: TextProfile, words: list[str], vocab, lang: str = "zh-Hans"):
    """(query, label, wanted terms) for the cases the glossary links to the query (profiled with the
    vocabulary): every glossary concept the query names must be in the case (in any language), and
    the query's other words too. None when the query names no concept."""
    if vocab is None:
        return None
    matches = [m for m in p.mentions if m.category == "concept"]
    if not matches:
        return None
    raw = p.raw
    groups = list(dict.fromkeys(m.key for m in matches))
    covered = {t for m in matches for t in vocab.term_tokens(m.term)}
    # the query's own words inside a concept it names ("資料 庫" names 数据库 across the space)
    covered |= {t for t, s, e in p.tokens("default") if any(m.start <= s and e <= m.end for m in matches)}
    rest = [w for w in words if w not in covered]
    # each concept: the case must hold it (any language); its score comes from how much the case
    # speaks of the group's words, so the glossary hits are ranked among themselves
    parts = []
    for g in groups:
        member_terms = list(dict.fromkeys(t for m in vocab.glossary[int(g)] for t in vocab.term_tokens(m, "default")))
        parts.append(Q.And([Q.Term("concepts", g, boost=0.0),
                            Q.Or([Q.Term("concepts", g, boost=0.0)] + [_word_query(t) for t in member_terms])]))
    q = Q.And(parts + [_word_query(w) for w in rest])
    folded_raw = p.folded.lower()
    labels, wanted = [], set(rest)
    for g in groups:
        members = vocab.glossary[int(g)]
        asked = next((m.term for m in matches if m.key == g), "")
        other = next((t for t in members if bool(text.CJK_RE.search(t)) != bool(text.CJK_RE.search(asked))), None)
        shown = raw[folded_raw.find(asked):folded_raw.find(asked) + len(asked)] if asked and len(folded_raw) == len(raw) \
            and folded_raw.find(asked) >= 0 else asked
        labels.append(f"{shown} / {text.to_script(other, lang)}" if other else shown)
        for t in members:
            wanted.update(vocab.term_tokens(t, "default"))
            if text.CJK_RE.search(t):
                wanted.add(text.fold(t))
    return q, "; ".join(labels), wanted


def run_search(searcher, raw: str, filters: Filters | None = None, limit: int = 20, vocab=None,
               lang: str = "zh-Hans") -> SearchResult:
    """Words first; where they give fewer than `limit` cases, Chinese bigrams add the cases that
    hold the text as a substring across word boundaries; then, with a vocabulary, the cases the
    glossary links to the query in the other language (after every exact match, each marked with
    the link that found it: `via`); if none of that finds anything, cases that hold some of the
    words (partial=True). `filters.same_language` keeps to the query's own language and skips the
    glossary. Totals are exact when everything found is listed, else Whoosh's estimate."""
    filters = filters or Filters()
    fq = filters.query()
    if not raw.strip():
        # no words: list what the filters let through, newest first
        res = searcher.search(fq or Q.Every(), limit=limit, sortedby="date", reverse=True)
        hits = [_hit(h, set(), 0.0) for h in res]
        return SearchResult(hits, res.estimated_length() if len(hits) >= limit else len(hits),
                            exact_total=len(hits) < limit)
    p = analyse(raw, vocab)   # the query, read once
    if filters.same_language:
        lq = _language_filter(p)
        fq = Q.And([fq, lq]) if fq is not None else lq
    strict, via_grams, loose, words = build_query(p)
    wanted = set(words) | set(p.bigrams())
    hits, seen, estimate, partial = [], set(), 0, False
    more = False  # a search stopped at the limit: there may be more than listed
    stakes = set(p.stakes)
    for q in (strict, via_grams):
        if q is None or len(hits) >= limit:
            continue
        # a query that names a stake (数据丢失, "data loss") ranks first, among those shown, the cases where it
        # is at stake (re-ranked here from the stake's postings: a query-side AndMaybe over ~2,600 matches, or a
        # longer top-N, which stops Whoosh skipping blocks that cannot compete, cost 2x at 10,000 cases)
        res = bulk.search(searcher, q, limit=limit, filter=fq)
        estimate = max(estimate, res.estimated_length())
        more |= res.scored_length() >= limit
        at_stake = _stake_docs(searcher, stakes, [h.docnum for h in res]) if stakes else set()
        ranked = [(h.score + (STAKE_BONUS if h.docnum in at_stake else 0.0), h) for h in res]
        ranked.sort(key=lambda x: -x[0])
        for score, h in ranked:
            if h["id"] not in seen and len(hits) < limit:
                seen.add(h["id"])
                hits.append(_hit(h, wanted, score))
    n_exact = len(hits)
    via = 0
    gq = None if filters.same_language else glossary_query(p, words, vocab, lang)
    if gq is not None and len(hits) < limit:
        q, label, g_wanted = gq
        res = bulk.search(searcher, q, limit=limit + len(seen), filter=fq)
        extra = [h for h in res if h["id"] not in seen]
        more |= res.scored_length() >= limit + len(seen)
        for h in extra[: limit - len(hits)]:
            seen.add(h["id"])
            hit = _hit(h, g_wanted, h.score)
            hit.via = label
            hits.append(hit)
        via = len(hits) - n_exact
        estimate = max(estimate, n_exact) + len(extra)
    if not hits and loose is not None:
        res = bulk.search(searcher, loose, limit=limit, filter=fq)
        hits = [_hit(h, wanted, h.score) for h in res]
        estimate, partial, more = res.estimated_length(), True, res.scored_length() >= limit
    if len(hits) < limit and not more:
        return SearchResult(hits, len(hits), partial, words, True, via)
    return SearchResult(hits, max(estimate, len(hits)), partial, words, len(hits) >= estimate, via)


def _stake_docs(searcher, stakes, docnums) -> set[int]:
    """Which of `docnums` have one of `stakes`: looked up in the stake's cached posting list
    (retrieval.bulk), without loading stored fields or walking thousands of postings."""
    return bulk.docs_with(searcher, "stakes", sorted(stakes), docnums)


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
_MD_RE = re.compile(r"(^|\n)\s{0,3}(#{1,6}\s+|[-*+]\s+|>\s*|\d+\.\s+)|\*\*|__|~~|`|\[|\]\([^)]*\)")
_CODE_FENCE_RE = re.compile(r"^\s*(```|~~~).*$", re.M)
_HTML_BLOCK_RE = re.compile(r"<(script|style|iframe|object|noscript)\b.*?(</\1\s*>|$)", re.S | re.I)
_HTML_COMMENT_RE = re.compile(r"<!--.*?(-->|$)", re.S)
_HTML_TAG_RE = re.compile(r"</?[A-Za-z][^>]*>")
_IMAGE_RE = re.compile(r"!\[[^\]]*\](\([^)]*\)|\[[^\]]*\])?")
_LINK_RE = re.compile(r"\[([^\]]*)\](\([^)]*\)|\[[^\]]*\])")
_TABLE_RULE_RE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$", re.M)
_TABLE_PIPE_RE = re.compile(r"\s*\|\s*")
_EMPH_RE = re.compile(r"(?<![\w*])[*_]([^*_\n]+)[*_](?![\w*])")


def _plain(body: str) -> str:
    """The body as plain prose for snippets: no Markdown or HTML syntax (tables, images, links,
    emphasis, code fences, tags and what <script>/<style> hold), only the words a reader sees."""
    t = body
    if "<" in t:  # each pass only where its syntax can occur: most bodies are plain prose
        t = _HTML_TAG_RE.sub(" ", _HTML_BLOCK_RE.sub(" ", _HTML_COMMENT_RE.sub(" ", t)))
    if "```" in t or "~~~" in t:
        t = _CODE_FENCE_RE.sub(" ", t)
    if "![" in t:
        t = _IMAGE_RE.sub(" ", t)
    if "](" in t or "][" in t:
        t = _LINK_RE.sub(r"\1", t)
    if "|" in t:
        t = _TABLE_RULE_RE.sub(" ", t)
        t = "\n".join(_TABLE_PIPE_RE.sub(" ", line).strip() if line.lstrip().startswith("|") else line
                      for line in t.split("\n"))
    t = _HEADING_RE.sub(" ", t)
    t = _MD_RE.sub(" ", t)
    if "*" in t or "_" in t:
        t = _EMPH_RE.sub(r"\1", t)
    if "&" in t:
        t = html.unescape(t)
    return " ".join(t.split())


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


# -- titles (the editor's lesson and related-case pickers) -----------------------------------------------
class TitleIndex:
    """Titles found as search finds cases: in any script and regional form (備份 finds 备份, 資料庫 finds
    数据库), words in any order, and through the glossary (backup finds 备份; 存储阵列 finds "storage
    array"). Built once off the UI thread (folding every title); matching a typed query only folds the
    query and runs the vocabulary automaton, no segmenter, so the picker can match as the mentor types."""

    def __init__(self, titles: dict[str, str], vocab=None):
        self.vocab = vocab
        self.entries = []
        for ident, title in titles.items():
            hay = text.fold(str(title)).lower()
            concepts = ({m.key for m in vocab.match_folded(hay) if m.category == "concept"} if vocab is not None
                        else set())
            self.entries.append((ident, str(title), hay, str(ident).lower(), concepts))

    def match(self, query: str, limit: int | None = None) -> list[str]:
        """Ids whose title holds every word of `query` (or a glossary synonym of it): the titles that hold
        the words themselves first, then those found through the glossary, each in title order."""
        q = text.fold(query or "").lower().strip()
        if not q:
            return []
        parts = q.split()
        # a word the vocabulary knows as a glossary concept may also be met by the concept itself
        concept_of: dict[str, set] = {}
        if self.vocab is not None:
            for m in self.vocab.match_folded(q):
                if m.category != "concept":
                    continue
                for part in parts:
                    if part in m.term or m.term in part:
                        concept_of.setdefault(part, set()).add(m.key)
        literal, linked = [], []
        for ident, title, hay, low_id, concepts in self.entries:
            how = 0  # 0: every word literally, 1: some through the glossary, None: no match
            for part in parts:
                if part in hay or part in low_id:
                    continue
                if concept_of.get(part, set()) & concepts:
                    how = 1
                    continue
                how = None
                break
            if how == 0:
                literal.append((title, ident))
            elif how == 1:
                linked.append((title, ident))
        out = [i for _, i in sorted(literal)] + [i for _, i in sorted(linked)]
        return out[:limit] if limit else out
