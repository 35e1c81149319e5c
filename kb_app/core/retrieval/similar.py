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

from kb_app.core.analysis import convert, text
from kb_app.core.analysis.profile import analyse
from kb_app.core.analysis.vocab import Vocab
from .index import SITUATION

from . import bulk

WEIGHTS = {"content": 0.60, "kind": 0.15, "stakes": 0.10, "industry": 0.05}  # tuned on bench/eval (issue 12: .25 -> .15)
MAX_TERMS = 24          # heaviest description words kept (scored on every candidate)
CANDIDATES = 40         # retrieved before re-scoring
RETRIEVAL_POSTINGS = 0.15  # retrieval uses the rarest terms/concepts until their document
                           # frequencies add up to this share of the cases (at least 3 clauses)
CLOSE_THRESHOLD = 0.30  # tuned on bench/eval (see bench/README.md); below it: "no close precedent"
EVIDENCE_FULL = 6.0     # description evidence (sum of normalised idf) needed for full confidence
DOMAIN_TERM = 1.5       # weight factor for words the vocabularies know (kind symptoms, glossary)
GENERIC_DF = 0.5        # a word or concept in more than this share of the cases that could hold it says nothing
CONCEPT_IDF_POWER = 1.5  # concept weight = normalised idf ** this: a concept most cases share weighs little
CROSS_FLOOR = 0.8       # a case in the other language is measured against at least this share of the description
SCORE_SCALE = 1.8       # maps the evidence share onto the shown score so CLOSE_THRESHOLD keeps its place (bench/eval)
CASE_UNIT_WEIGHT = 0.35 # typical weight of one of a case's own content words (for its coverage)
COVER_MIX = 0.7         # content = mix of the description's share matched and the case's share covered
SMALL_POPULATION = 30    # a language with fewer cases than this has its words' rarity discounted
SMALL_POPULATION_POWER = 2.0
UNSEEN_WEIGHT = 1.5     # weight of a description word no case of its language holds (the highest idf)
UNSEEN_POPULATION = 30  # ... fully where that language has at least this many cases, in proportion below
MIN_UNITS_CLOSE = 2     # distinct words/concepts a case must share to be called close
RETRIEVAL_MIN_POSTINGS = 30  # ... but never fewer than this (a small collection still gets a full list)
RETRIEVAL_CONCEPTS = 4  # rare glossary concepts always retrieved (they cross languages)
MAX_WORD_CHIPS = 4      # words shown in a "matched words" reason (the rest: "+N more")
MAX_CONCEPT_CHIPS = 3   # glossary reasons shown (the rest folded into the last: "+N more")
TF_K = 1.2              # term-frequency saturation: tf / (tf + TF_K * (1 - TF_B + TF_B * len / avg len))
TF_B = 0.75


WHY_ORDER = ("kind", "component", "situation", "role", "pressure", "industry")


class Cancelled(Exception):
    pass


@dataclass
class Reason:
    type: str      # 'terms' | 'glossary' | 'kind' | 'stakes' | 'industry'
    label: str     # shown to the user, in the description's script
    weight: float  # what this reason added to the score
    # what the label names, so a UI can label it in its own language: the words (terms), the
    # glossary group number, the kind / industry key, the stake keys
    keys: tuple = ()
    more: int = 0  # further items of this kind not named in the label ("+N more")
    case_terms: list = field(default_factory=list)  # the case's own words that carry it (glossary, situation, stakes)
    user_terms: list = field(default_factory=list)  # glossary, situation: the description's words for the same concept
    sense: str = ""  # what it says about closeness: kind, component, situation, role, pressure, industry

    def to_dict(self):
        d = {"type": self.type, "label": self.label, "weight": round(self.weight, 4)}
        if self.more:
            d["more"] = self.more
        if self.case_terms:
            d["case_terms"] = list(self.case_terms)
        return d


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

    @property
    def why(self) -> tuple[str, ...]:
        """What makes it alike, in the order a card says it: ("kind", "component", "pressure") -> "same kind,
        same component, same pressure". From its reasons (words shared do not make a dimension)."""
        have = {r.sense for r in self.reasons if r.sense}
        return tuple(d for d in WHY_ORDER if d in have)

    def to_dict(self):
        return {"id": self.id, "title": self.title, "kind": self.kind, "score": round(self.score, 4),
                "reasons": [r.to_dict() for r in self.reasons], "outcome": {"status": self.status, "summary": self.summary},
                "lessons": self.lessons, "why": list(self.why)}


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
    concept_words: dict[str, str] = field(default_factory=dict)  # glossary group -> the user's own words
    concept_terms: dict[str, frozenset] = field(default_factory=dict)  # ... and the terms they make
    stake_words: dict[str, str] = field(default_factory=dict)  # stake -> the user's own words for it
    unseen: float = 0.0  # weight of the description's words that no case of their language holds


@dataclass
class SimilarResult:
    hits: list[SimilarHit]
    close: bool
    profile: Profile | None
    elapsed_ms: float = 0.0


class Engine:
    def __init__(self, vocab: Vocab):
        self.vocab = vocab

    # -- reading the description ---------------------------------------------------------------
    def profile(self, searcher, desc: str) -> Profile:
        tp = analyse(desc, self.vocab)
        lang = tp.language
        n = max(1, searcher.doc_count())
        # a Chinese word can only be in a Chinese case, an English word is mostly in English ones: how much
        # a word distinguishes is measured among the cases that could hold it
        n_zh = sum(searcher.doc_frequency("language", l) for l in ("zh-Hans", "zh-Hant"))
        n_en = max(1, n - n_zh)
        feats = tp.features
        domain = {t for cat in ("kind", "concept", "situation") for ts in feats[cat].values() for term in ts
                  for t in self.vocab.term_tokens(term)}
        scored, dfs, unseen = [], {}, []
        # what the description says did not happen ("no data was lost") is not evidence
        for t in tp.affirmed_words(readings=False):
            cjk = bool(text.CJK_RE.search(t))
            # bare numbers, single characters, two-letter ASCII fragments (TB, ok) and filler say nothing
            if t.isdigit() or (cjk and len(t) < 2) or (not cjk and len(t) < 3 and t not in domain) or text.is_filler(t):
                continue
            df = searcher.doc_frequency("body", t) or searcher.doc_frequency("title", t)
            pop = max(n_zh if cjk else n_en, df, 1)
            if df == 0:
                # a word no case of its language holds (食堂, 午饭 in a canteen story): the description speaks of
                # something the collection never does
                if t not in domain:  # a language with few cases tells less by not holding a word
                    unseen.append(min(1.0, pop / UNSEEN_POPULATION))
                continue
            if df > GENERIC_DF * pop:
                continue
            w = math.log(1 + pop / df) / math.log(1 + pop) if pop > 1 else 1.0
            # rarity among a dozen cases of one language says less than among hundreds: a word "in 1 of 12"
            # English cases must not outweigh a concept shared across languages (bench/eval/issue16)
            w *= min(1.0, math.log(1 + pop) / math.log(1 + SMALL_POPULATION)) ** SMALL_POPULATION_POWER
            if t in domain:
                w *= DOMAIN_TERM
            scored.append((t, w, tp.surface(t)))
            dfs[("body", t)] = df
        scored.sort(key=lambda x: -x[1])
        concepts = {}
        norm = math.log(1 + n)
        # glossary concepts and situations (roles, pressures: "s:night-work") are matched alike, across languages
        for g in list(feats["concept"]) + [SITUATION + k for k in feats["situation"]]:
            df = searcher.doc_frequency("concepts", g)
            if df == 0 or df > GENERIC_DF * n:
                continue
            concepts[g] = (math.log(1 + n / df) / norm) ** CONCEPT_IDF_POWER
            dfs[("concepts", g)] = df
        # a kind's share of the symptom words, trusted fully from two distinct words on: one
        # generic word ("database") must not hand a whole kind its weight
        kind_ev = {k: len(v) for k, v in feats["kind"].items()}
        total = sum(kind_ev.values())
        kinds = {k: v / total * min(1.0, v / 2) for k, v in sorted(kind_ev.items(), key=lambda kv: -kv[1])} if total else {}
        industry = max(feats["industry"], key=lambda k: len(feats["industry"][k])) if feats["industry"] else None
        words = {**tp.concept_surfaces, **{SITUATION + k: w for k, w in tp.situation_surfaces.items()}}
        return Profile(lang, scored[:MAX_TERMS], concepts, kinds, tp.stakes, industry, dfs,
                       {g: words.get(g, "") for g in concepts},
                       {g: frozenset(text.terms(words.get(g, ""))) for g in concepts},
                       stake_words=tp.stake_surfaces,
                       unseen=UNSEEN_WEIGHT * sum(sorted(unseen, reverse=True)[:MAX_TERMS]))

    def _sense(self, g: str) -> str:
        """situation / role / pressure, for a situation key ("s:night-work")."""
        entry = self.vocab.situations.get(g[len(SITUATION):]) or {}
        return entry.get("type") or "situation"

    def _retrieval_query(self, p: Profile, n: int):
        """An OR of the rarest clauses: cheap to run, and a case that shares nothing rare with
        the description is seldom a precedent. Scoring then looks at every kept term."""
        units = [(p.df[("body", t)], "body", t, w) for t, w, _ in p.terms]
        units += [(p.df[("concepts", g)], "concepts", g, w) for g, w in p.concepts.items()]
        units.sort()
        clauses, postings = [], 0
        for df, fld, t, w in units:
            if len(clauses) >= 3 and postings + df > max(RETRIEVAL_POSTINGS * n, RETRIEVAL_MIN_POSTINGS):
                break
            clauses.append(Q.Term(fld, t, boost=w))
            postings += df
        # the rarest concepts always: they are what a case in the other language can share
        have = {(c.fieldname, c.text) for c in clauses}
        rare = sorted((p.df[("concepts", g)], g, w) for g, w in p.concepts.items())[:RETRIEVAL_CONCEPTS]
        for df, g, w in rare:
            if ("concepts", g) not in have and df <= max(0.05 * n, 8):
                clauses.append(Q.Term("concepts", g, boost=2 * w))
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
        res = bulk.search(searcher, q, limit=CANDIDATES)
        if cancel and cancel():
            raise Cancelled()
        n = max(1, searcher.doc_count())
        avg_len = max(1.0, searcher.reader().field_length("body") / n)
        # each candidate's counts of the description's words, from the posting lists (issue 17: the
        # index no longer stores every case's term counts)
        cand = list(res)
        counts = bulk.term_counts(searcher, [h.docnum for h in cand], [t for t, _, _ in p.terms])
        hits = [h for h in (self._score(h, p, avg_len, c) for h, c in zip(cand, counts)) if h.score > 0]
        hits.sort(key=lambda h: (-h.score, h.id))
        hits = hits[:limit]
        if lesson_title:
            for h in hits:
                h.lessons = [lesson_title(l) for l in h.lessons]
        close = bool(hits) and hits[0].score >= CLOSE_THRESHOLD
        return SimilarResult(hits, close, p, (time.perf_counter() - t0) * 1000)

    def _score(self, hit, p: Profile, avg_len: float, counts: dict) -> SimilarHit:
        f = hit.fields()
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
        # A case in the other language (Chinese vs English) can share the description's glossary
        # concepts and its ASCII words (RAID, LUN), not its prose: it is measured against that
        # comparable part, but never against less than CROSS_FLOOR of the description, so one shared
        # concept cannot fill the whole scale.
        cross = (lang == "en") != (f.get("language", "en") == "en")
        if cross:
            comparable = sum(p.concepts.values()) + sum(w for t, w, _ in p.terms if not text.CJK_RE.search(t))
            base = max(comparable, CROSS_FLOOR * unit_total)
        else:
            # what nothing in the collection speaks of is part of what the description says
            base = unit_total + p.unseen
        # distinct things shared: a word that only spells a shared concept (contract / 合同) is one thing
        concept_words = {t for g in hit_concepts for t in p.concept_terms.get(g, ())}
        units = len(hit_concepts) + sum(1 for t, _, _ in hit_terms if t not in concept_words)
        lift = 1.0
        if unit_total:
            active["content"] = WEIGHTS["content"]
            parts["content_terms"] = sum(v for _, v, _ in hit_terms) / base if base else 0.0
            parts["content_concepts"] = sum(hit_concepts.values()) / base if base else 0.0
            # a short case (a one-paragraph postmortem) cannot hold a long description: what share of the
            # case's own content the description covers counts too, once it shares two things or more
            size = f.get("content_size") or 0
            if size and units >= MIN_UNITS_CLOSE and not cross:
                shared_w = sum(w for t, w, _ in p.terms if t in counts) + sum(hit_concepts.values())
                cover = min(1.0, shared_w / (CASE_UNIT_WEIGHT * size))
                recall = parts["content_terms"] + parts["content_concepts"]
                if recall > 0 and cover > recall:
                    lift = (COVER_MIX * cover + (1 - COVER_MIX) * recall) / recall  # noqa: F841 - used by the reasons
                    parts["content_terms"] *= lift
                    parts["content_concepts"] *= lift
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
        denom = (sum(active.values()) or 1.0) / (evidence * SCORE_SCALE) if evidence else float("inf")

        def contrib(name, value):
            return WEIGHTS[name] * value / denom

        score = 0.0
        if "content" in active:
            c_terms = contrib("content", parts["content_terms"])
            c_conc = contrib("content", parts["content_concepts"])
            score += c_terms + c_conc
            if c_terms > 0:
                shown = [s for _, _, s in sorted(hit_terms, key=lambda x: -x[1])]
                reasons.append(Reason("terms", ("、" if lang != "en" else ", ").join(shown[:MAX_WORD_CHIPS]), c_terms,
                                      tuple(shown[:MAX_WORD_CHIPS]), more=max(0, len(shown) - MAX_WORD_CHIPS)))
            if c_conc > 0:
                case_words = f.get("concept_terms") or {}
                gl = []
                for g, w in sorted(hit_concepts.items(), key=lambda kv: -kv[1]):
                    theirs = case_words.get(g) or ""
                    mine = p.concept_words.get(g) or ""
                    situation = g.startswith(SITUATION)
                    keys = ()  # the case's own words label it (true of its text), in any UI language
                    if not theirs:  # an index without the case's words: the group's own name
                        if situation:
                            label, keys = self.vocab.label("situations", g[len(SITUATION):], lang), (g[len(SITUATION):],)
                        else:
                            label, keys = self.vocab.glossary_label(int(g), lang), (int(g),)
                    else:  # both halves in the description's script (a Traditional case's words converted)
                        label = convert.word_pair(mine, theirs, lang)
                    gl.append(Reason("situation" if situation else "glossary", label, contrib("content", w * lift / base), keys,
                                     case_terms=[theirs] if theirs else [], user_terms=[mine] if mine else [],
                                     sense=self._sense(g) if situation else "component"))
                for kind_ in ("glossary", "situation"):
                    merged: dict[str, Reason] = {}  # two groups the case names with one word: one reason
                    for r in gl:
                        if r.type != kind_:
                            continue
                        if r.label in merged:
                            merged[r.label].weight += r.weight
                        else:
                            merged[r.label] = r
                    rs = list(merged.values())
                    if len(rs) > MAX_CONCEPT_CHIPS:
                        last = rs[MAX_CONCEPT_CHIPS - 1]
                        hidden = rs[MAX_CONCEPT_CHIPS:]
                        last.weight += sum(r.weight for r in hidden)
                        last.more = len(hidden)
                        rs = rs[:MAX_CONCEPT_CHIPS]
                    reasons.extend(rs)
        c = contrib("kind", parts.get("kind", 0.0))
        if c > 0:
            score += c
            reasons.append(Reason("kind", self.vocab.label("kinds", f.get("kind"), lang), c, (f.get("kind"),), sense="kind"))
        c = contrib("stakes", parts.get("stakes", 0.0))
        if c > 0:
            score += c
            case_stakes = set((f.get("stakes") or "").split(","))
            shared = tuple(s for s in p.stakes if s in case_stakes)
            # each stake named with the case's own words that carry it: "Fatigue (连续工作)"
            theirs = f.get("stake_terms") or {}
            sep, op, cl = ("、", "（", "）") if lang != "en" else (", ", " (", ")")
            label = sep.join(self.vocab.label("stakes", s, lang) + (f"{op}{theirs[s]}{cl}" if theirs.get(s) else "")
                             for s in shared)
            reasons.append(Reason("stakes", label, c, shared, case_terms=[theirs[s] for s in shared if theirs.get(s)],
                                  sense="pressure"))
        c = contrib("industry", 1.0) if parts.get("industry") else 0.0
        if c > 0:
            score += c
            reasons.append(Reason("industry", self.vocab.label("industries", p.industry, lang), c, (p.industry,),
                                  sense="industry"))
        # one shared word or concept never makes a case close, whatever the kind and stakes add
        if units < MIN_UNITS_CLOSE and score >= 0.8 * CLOSE_THRESHOLD:
            cap = 0.8 * CLOSE_THRESHOLD
            for r in reasons:
                r.weight *= cap / score
            score = cap
        reasons.sort(key=lambda r: -r.weight)
        return SimilarHit(
            id=f["id"], title=f.get("name", ""), kind=f.get("kind", ""), score=min(1.0, score), reasons=_capped(reasons, score),
            status=f.get("status", ""), summary=f.get("summary", ""), lessons=list(f.get("lessons") or []),
            language=f.get("language", ""), industry=f.get("industry", ""), components=parts,
        )


def _capped(reasons: list[Reason], score: float) -> list[Reason]:
    """Reasons of a score shown as 100% add up to 100%."""
    if score > 1.0:
        for r in reasons:
            r.weight /= score
    return reasons
