"""Precedent engine: from a free-text incident description to similar past cases, with reasons.

Scoring is weighted evidence, every part of it explainable:

  content   the description's discriminative words (rarest first, idf-weighted) and the glossary
            concepts it mentions (存储阵列 / storage array ...), as the share of their weight that a
            case matches. Concepts are matched cross-language, so an English description meets a
            Chinese case and back.
  kind      how strongly the description points at the case's kind (symptom terms per kind in
            vocab/kinds.yaml).
  stakes    what is at stake in both (legal claim, deadline, data loss, VIP client ...).
  industry  same industry.

score = sum(weight_c * part_c) / sum(weight_c over the parts the description gives evidence for),
so 1.0 means "matches everything the description says", whatever its length: the same number
means the same closeness from one query to the next. Term weights are idf normalised to 0..1
(idf / log(1 + N)), so they mean the same at 50 cases and at 10,000. A description that says
little (a few common words) cannot make a strong precedent: the score is scaled by
min(1, evidence / EVIDENCE_FULL), evidence being the summed weight of what it says.
A reason is shown for exactly the parts (and the words) that added to the score, with the
weight it added: the reasons of a hit sum to its score.
"""
from __future__ import annotations

import math
import time
from dataclasses import dataclass, field

from whoosh import query as Q

from . import text
from .vocab import Vocab

WEIGHTS = {"content": 0.60, "kind": 0.25, "stakes": 0.10, "industry": 0.05}  # tuned on bench/eval
MAX_TERMS = 24          # heaviest description words kept (scored on every candidate)
CANDIDATES = 40         # retrieved before re-scoring
RETRIEVAL_POSTINGS = 0.25  # retrieval uses the rarest terms/concepts until their document
                           # frequencies add up to this share of the cases (at least 3 clauses)
CLOSE_THRESHOLD = 0.30  # tuned on bench/eval (see bench/README.md); below it: "no close precedent"
EVIDENCE_FULL = 5.0     # description evidence (sum of normalised idf) needed for full confidence
WEAK_TERM = 0.3         # weight factor for single Chinese characters and bare numbers
DOMAIN_TERM = 1.5       # weight factor for words the vocabularies know (kind symptoms, glossary)
TF_K = 0.5              # term-frequency saturation: tf / (tf + TF_K * (1 - TF_B + TF_B * len / avg len))
TF_B = 0.75


class Cancelled(Exception):
    pass


@dataclass
class Reason:
    type: str      # 'terms' | 'glossary' | 'kind' | 'stakes' | 'industry'
    label: str     # shown to the user, in the description's script
    weight: float  # what this reason added to the score

    def to_dict(self):
        return {"type": self.type, "label": self.label, "weight": round(self.weight, 4)}


@dataclass
class SimilarHit:
    id: str
    title: str
    kind: str
    score: float
    reasons: list[Reason]
    status: str = ""
    summary: str = ""
    lessons: list[str] = field(default_factory=list)
    language: str = ""
    industry: str = ""
    components: dict = field(default_factory=dict)

    def to_dict(self):
        return {"id": self.id, "title": self.title, "kind": self.kind, "score": round(self.score, 4),
                "reasons": [r.to_dict() for r in self.reasons], "outcome": {"status": self.status, "summary": self.summary},
                "lessons": self.lessons}


@dataclass
class Profile:
    """What the engine read from the description."""

    language: str
    terms: list[tuple[str, float, str]]          # (term, weight, surface form in the user's text)
    concepts: dict[str, float]                  # glossary group -> weight
    kinds: dict[str, float]                     # kind -> share of the kind evidence
    stakes: list[str]
    industry: str | None
    df: dict[tuple[str, str], int] = field(default_factory=dict)  # (field, term) -> document frequency


@dataclass
class SimilarResult:
    hits: list[SimilarHit]
    close: bool
    profile: Profile | None
    elapsed_ms: float = 0.0


def _surfaces(desc: str) -> dict[str, str]:
    """term -> how the user wrote it (their script, unstemmed)."""
    folded, starts = text.fold_aligned(desc)
    out: dict[str, str] = {}
    for term, s, e in text.iter_tokens(folded, "default", folded=True):
        out.setdefault(term, desc[starts[s]:starts[e]].strip() or term)
    return out


class Engine:
    def __init__(self, vocab: Vocab):
        self.vocab = vocab

    # -- reading the description ---------------------------------------------------------------
    def profile(self, searcher, desc: str) -> Profile:
        lang = text.detect_language(desc)
        surfaces = _surfaces(desc)
        n = max(1, searcher.doc_count())
        norm = math.log(1 + n)
        feats = self.vocab.features(desc)
        domain = {t for cat in ("kind", "concept") for ts in feats[cat].values() for term in ts
                  for t in text.terms(term)}
        scored, dfs = [], {}
        for t in text.query_terms(desc, readings=False):
            df = searcher.doc_frequency("body", t) or searcher.doc_frequency("title", t)
            if df == 0 or df > 0.5 * n:
                continue
            w = math.log(1 + n / df) / norm
            if t.isdigit() or (len(t) == 1 and text.CJK_RE.match(t)):
                w *= WEAK_TERM
            elif t in domain:
                w *= DOMAIN_TERM
            scored.append((t, w, surfaces.get(t, t)))
            dfs[("body", t)] = df
        scored.sort(key=lambda x: -x[1])
        concepts = {}
        for g in feats["concept"]:
            df = searcher.doc_frequency("concepts", g)
            if df == 0 or df > 0.5 * n:
                continue
            concepts[g] = math.log(1 + n / df) / norm
            dfs[("concepts", g)] = df
        # a kind's share of the symptom words, trusted fully from two distinct words on: one
        # generic word ("database") must not hand a whole kind its weight
        kind_ev = {k: len(v) for k, v in feats["kind"].items()}
        total = sum(kind_ev.values())
        kinds = {k: v / total * min(1.0, v / 2) for k, v in sorted(kind_ev.items(), key=lambda kv: -kv[1])} if total else {}
        industry = max(feats["industry"], key=lambda k: len(feats["industry"][k])) if feats["industry"] else None
        return Profile(lang, scored[:MAX_TERMS], concepts, kinds, sorted(feats["stake"]), industry, dfs)

    def _retrieval_query(self, p: Profile, n: int):
        """An OR of the rarest clauses: cheap to run, and a case that shares nothing rare with
        the description is seldom a precedent. Scoring then looks at every kept term."""
        units = [(p.df[("body", t)], "body", t, w) for t, w, _ in p.terms]
        units += [(p.df[("concepts", g)], "concepts", g, w) for g, w in p.concepts.items()]
        units.sort()
        clauses, postings = [], 0
        for df, fld, t, w in units:
            if len(clauses) >= 3 and postings + df > RETRIEVAL_POSTINGS * n:
                break
            clauses.append(Q.Term(fld, t, boost=w))
            postings += df
        return Q.Or(clauses) if clauses else None

    # -- the search ----------------------------------------------------------------------------
    def run(self, searcher, desc: str, limit: int = 5, cancel=None, lesson_title=None) -> SimilarResult:
        t0 = time.perf_counter()
        if not desc or not desc.strip():
            return SimilarResult([], False, None)
        p = self.profile(searcher, desc)
        if cancel and cancel():
            raise Cancelled()
        q = self._retrieval_query(p, max(1, searcher.doc_count()))
        if q is None and p.kinds:
            q = Q.Or([Q.Term("kind", k) for k in p.kinds])
        if q is None:
            return SimilarResult([], False, p, (time.perf_counter() - t0) * 1000)
        res = searcher.search(q, limit=CANDIDATES)
        if cancel and cancel():
            raise Cancelled()
        n = max(1, searcher.doc_count())
        avg_len = max(1.0, searcher.reader().field_length("body") / n)
        hits = [h for h in (self._score(h, p, avg_len) for h in res) if h.score > 0]
        hits.sort(key=lambda h: (-h.score, h.id))
        hits = hits[:limit]
        if lesson_title:
            for h in hits:
                h.lessons = [lesson_title(l) for l in h.lessons]
        close = bool(hits) and hits[0].score >= CLOSE_THRESHOLD
        return SimilarResult(hits, close, p, (time.perf_counter() - t0) * 1000)

    def _score(self, hit, p: Profile, avg_len: float) -> SimilarHit:
        f = hit.fields()
        counts = f.get("terms") or {}
        norm_len = 1 - TF_B + TF_B * (f.get("length") or avg_len) / avg_len
        concepts = set((f.get("concepts") or "").split(","))
        lang = p.language
        reasons: list[Reason] = []
        parts: dict[str, float] = {}
        active = {}

        def sat(t):  # 0..1: how strongly the case speaks of t (saturating, length-normalised)
            tf = counts.get(t, 0)
            return tf / (tf + TF_K * norm_len) if tf else 0.0

        unit_total = sum(w for _, w, _ in p.terms) + sum(p.concepts.values())
        hit_terms = [(t, w * sat(t), s) for t, w, s in p.terms if t in counts]
        hit_concepts = {g: w for g, w in p.concepts.items() if g in concepts}
        # A case in the other language (Chinese vs English) can share the description's
        # glossary concepts and the odd ASCII word (RAID, LUN), not its prose: measure it
        # against what it could have shared, so a Chinese case is not buried by English filler.
        cross = (lang == "en") != (f.get("language", "en") == "en")
        base = (sum(p.concepts.values()) + sum(w for t, w, _ in p.terms if t in counts)) if cross else unit_total
        if unit_total:
            active["content"] = WEIGHTS["content"]
            parts["content_terms"] = sum(v for _, v, _ in hit_terms) / base if base else 0.0
            parts["content_concepts"] = sum(hit_concepts.values()) / base if base else 0.0
        if p.kinds:
            active["kind"] = WEIGHTS["kind"]
            parts["kind"] = p.kinds.get(f.get("kind", ""), 0.0)
        if p.stakes:
            active["stakes"] = WEIGHTS["stakes"]
            case_stakes = set(filter(None, (f.get("stakes") or "").split(",")))
            shared = [s for s in p.stakes if s in case_stakes]
            parts["stakes"] = len(shared) / len(p.stakes)
        if p.industry:
            active["industry"] = WEIGHTS["industry"]
            parts["industry"] = 1.0 if f.get("industry") == p.industry else 0.0
        evidence = min(1.0, unit_total / EVIDENCE_FULL)
        denom = (sum(active.values()) or 1.0) / evidence if evidence else float("inf")

        def contrib(name, value):
            return WEIGHTS[name] * value / denom

        score = 0.0
        if "content" in active:
            c_terms = contrib("content", parts["content_terms"])
            c_conc = contrib("content", parts["content_concepts"])
            score += c_terms + c_conc
            if c_terms > 0:
                shown = [s for _, _, s in sorted(hit_terms, key=lambda x: -x[1])]
                reasons.append(Reason("terms", ("、" if lang != "en" else ", ").join(shown[:6]), c_terms))
            if c_conc > 0:
                for g, w in hit_concepts.items():
                    reasons.append(Reason("glossary", self.vocab.glossary_label(int(g), lang),
                                          contrib("content", w / base)))
        c = contrib("kind", parts.get("kind", 0.0))
        if c > 0:
            score += c
            reasons.append(Reason("kind", self.vocab.label("kinds", f.get("kind"), lang), c))
        c = contrib("stakes", parts.get("stakes", 0.0))
        if c > 0:
            score += c
            case_stakes = set((f.get("stakes") or "").split(","))
            reasons.append(Reason("stakes", "、".join(self.vocab.label("stakes", s, lang) for s in p.stakes
                                                      if s in case_stakes), c))
        c = contrib("industry", 1.0) if parts.get("industry") else 0.0
        if c > 0:
            score += c
            reasons.append(Reason("industry", self.vocab.label("industries", p.industry, lang), c))
        reasons.sort(key=lambda r: -r.weight)
        return SimilarHit(
            id=f["id"], title=f.get("name", ""), kind=f.get("kind", ""), score=min(1.0, score), reasons=reasons,
            status=f.get("status", ""), summary=f.get("summary", ""), lessons=list(f.get("lessons") or []),
            language=f.get("language", ""), industry=f.get("industry", ""), components=parts,
        )
