#!/usr/bin/env python3
"""Evaluation harness for the precedent engine (kb_app.core.retrieval.similar), against a plain BM25 baseline.

Run from the repo root (see bench/eval/README.md for the method):

    .venv/bin/python bench/eval/run_eval.py [--corpus ../shared/corpus] [--k 5]

It indexes the corpus once into a temporary data dir, then on the SAME Whoosh index runs
  engine  KnowledgeBase.similar(description, limit)  (re-scored, calibrated, with reasons)
  bm25    OR of Term(body|title, t) for t in text.query_terms(description), BM25F, top k
over
  (a) leave-one-out queries by kind (mechanical rewrite of each case's first sentences),
  (b) hand-written descriptions (judged_queries.yaml) graded by hand (judgments.yaml),
and reports nDCG/P/MRR side by side, score calibration ("close precedent" threshold), a check
of the `kb similar --queries` CLI, and in-process parameter / vocabulary experiments.
Prints Markdown and writes bench/eval/results.md.
"""
from __future__ import annotations

import argparse
import contextlib
import json
import math
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(HERE))

import yaml  # noqa: E402
from whoosh import query as Q  # noqa: E402
from whoosh import scoring  # noqa: E402

from kb_app.core.retrieval import similar
from kb_app.core.analysis import text  # noqa: E402
from kb_app.core.analysis.profile import analyse  # noqa: E402
from kb_app.core.service import KnowledgeBase  # noqa: E402

QUERIES_FILE = HERE / "judged_queries.yaml"
JUDGMENTS_FILE = HERE / "judgments.yaml"
VOCAB_ADDITIONS_FILE = HERE / "vocab_additions.yaml"
LANGS = ("en", "zh-Hans", "zh-Hant")


# ----------------------------------------------------------------------------------------------
# systems
# ----------------------------------------------------------------------------------------------
class Systems:
    """The engine and the BM25 baseline over one KnowledgeBase's index.

    Two harness-side prototypes (off by default) show what a change would buy without touching
    kb_app: `blend` re-ranks the engine's candidates by engine score + blend * BM25 / max BM25 (the
    displayed score is unchanged); `expand` appends, to a Chinese description, the English members of
    the glossary groups it mentions (query translation through the glossary), for both systems.
    """

    def __init__(self, kb: KnowledgeBase, blend: float = 0.0, expand: bool = False, blend_en_only: bool = False):
        self.kb = kb
        self.blend, self.expand, self.blend_en_only = blend, expand, blend_en_only
        self.ix = kb.index.open()  # the same index object the engine searches
        self.bm25_searcher = self.ix.searcher(weighting=scoring.BM25F())

    def query(self, desc: str) -> str:
        if not self.expand or text.detect_language(desc) == "en":
            return desc
        extra = []
        for g in analyse(desc, self.kb.vocab).features["concept"]:
            extra += [t for t in self.kb.vocab.glossary[int(g)] if not text.CJK_RE.search(t) and t not in extra]
        return desc + "\n" + " ".join(extra) if extra else desc

    errors: list[str] = []  # engine exceptions (class-wide, reported once at the end)

    def engine(self, desc: str, n: int):
        try:
            return self._engine(desc, n)
        except Exception as e:  # noqa: BLE001 - an engine bug is a result to report, not a crash
            Systems.errors.append(f"{type(e).__name__}: {e} (query: {desc[:60]!r})")
            return [], similar.SimilarResult([], False, None)

    def _engine(self, desc: str, n: int):
        d = self.query(desc)
        if not self.blend or (self.blend_en_only and text.detect_language(desc) != "en"):
            res = self.kb.similar(d, n)
            return [(h.id, h.score) for h in res.hits], res
        res = self.kb.similar(d, max(n, similar.CANDIDATES))
        bm = dict(self._bm25(d, 1000))
        top = max(bm.values(), default=0.0) or 1.0
        ranked = sorted(((h.id, h.score + self.blend * bm.get(h.id, 0.0) / top) for h in res.hits),
                        key=lambda x: (-x[1], x[0]))
        by_id = {h.id: h for h in res.hits}
        res.hits = [by_id[i] for i, _ in ranked[:n]]
        return [(i, by_id[i].score) for i, _ in ranked[:n]], res

    def bm25(self, desc: str, n: int):
        return self._bm25(self.query(desc), n)

    def _bm25(self, desc: str, n: int):
        clauses = []
        for t in text.query_terms(desc):
            clauses.append(Q.Term("body", t))
            clauses.append(Q.Term("title", t))
        if not clauses:
            return []
        return [(h["id"], h.score) for h in self.bm25_searcher.search(Q.Or(clauses), limit=n)]

    def close(self):
        self.bm25_searcher.close()


@contextlib.contextmanager
def zh_stop_query(extra):
    """Prototype: extra Chinese stop words on the query side only (text.ZH_STOP patched in-process)."""
    old = text.ZH_STOP
    text.ZH_STOP = frozenset(old | set(extra or ()))
    kept = getattr(text, "_KEPT", {})  # the analyzer remembers each token's verdict (issue 17): forget it
    kept.clear()
    try:
        yield
    finally:
        text.ZH_STOP = old
        kept.clear()


def open_kb(cases_dir: Path, data_dir: Path) -> KnowledgeBase:
    kb = KnowledgeBase(cases_dir=cases_dir, data_dir=data_dir)
    kb.load()
    kb.warm_up()
    return kb


@contextlib.contextmanager
def patched(weights=None, **consts):
    """Temporarily change the engine's module constants (in-process only): WEIGHTS entries and any
    UPPER_CASE constant of kb_app.core.retrieval.similar given in lower case (max_terms=8, candidates=150 ...).
    Constants the engine does not have are skipped (the variant is then reported as n/a)."""
    old_w = dict(similar.WEIGHTS)
    old = {}
    try:
        if weights is not None:
            similar.WEIGHTS.clear()
            similar.WEIGHTS.update({k: v for k, v in weights.items() if k in old_w})
            similar.WEIGHTS.update({k: 0.0 for k in old_w if k not in weights})
        for name, value in consts.items():
            attr = name.upper()
            if hasattr(similar, attr):
                old[attr] = getattr(similar, attr)
                setattr(similar, attr, value)
        yield
    finally:
        similar.WEIGHTS.clear()
        similar.WEIGHTS.update(old_w)
        for attr, value in old.items():
            setattr(similar, attr, value)


def fingerprint(kb) -> str:
    """Which engine was measured: short hashes of the engine sources and the vocabulary digest."""
    import hashlib

    parts = []
    for name in ("retrieval/similar.py", "analysis/text.py", "analysis/profile.py", "retrieval/index.py",
                 "analysis/vocab.py"):
        f = REPO / "kb_app" / "core" / name
        if f.exists():
            parts.append(f"{name} {hashlib.sha1(f.read_bytes()).hexdigest()[:8]}")
    parts.append(f"vocab {kb.vocab.digest[:8]} ({len(kb.vocab.glossary)} glossary groups, {len(kb.vocab.kinds)} kinds)")
    return ", ".join(parts)


def engine_constants() -> str:
    names = [n for n in dir(similar) if n.isupper() and isinstance(getattr(similar, n), (int, float, dict))]
    return ", ".join(f"{n}={getattr(similar, n)}" for n in names)


# ----------------------------------------------------------------------------------------------
# metrics
# ----------------------------------------------------------------------------------------------
def dcg(gains, k):
    return sum(g / math.log2(i + 2) for i, g in enumerate(gains[:k]))


def ndcg(ranked_gains, all_gains, k):
    idcg = dcg(sorted(all_gains, reverse=True), k)
    return dcg(ranked_gains, k) / idcg if idcg > 0 else None


def rr(ranked_rel):
    for i, r in enumerate(ranked_rel):
        if r:
            return 1.0 / (i + 1)
    return 0.0


def mean(xs):
    xs = [x for x in xs if x is not None]
    return sum(xs) / len(xs) if xs else float("nan")


def fmt(x, nd=3):
    return "–" if x is None or (isinstance(x, float) and math.isnan(x)) else f"{x:.{nd}f}"


def delta(a, b):
    if any(v is None or (isinstance(v, float) and math.isnan(v)) for v in (a, b)):
        return "–"
    return f"{a - b:+.3f}"


def md_table(headers, rows):
    out = ["| " + " | ".join(headers) + " |", "|" + "|".join("---" for _ in headers) + "|"]
    out += ["| " + " | ".join(str(c) for c in r) + " |" for r in rows]
    return "\n".join(out)


# ----------------------------------------------------------------------------------------------
# (a) leave-one-out queries by kind
# ----------------------------------------------------------------------------------------------
LEAD_LINKS_RE = re.compile(r"^(?:\[[^\]]*\]\([^)]*\)[\s,]*)+\.?\s*")
LINK_RE = re.compile(r"\[([^\]]*)\]\([^)]*\)")
PROPER_RE = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z]+\b(?:['’]s)?")
NOT_NAMES = {"see also", "this", "here", "ref", "longer write-up", "hn discussion", "earlier report", "blog post",
             "one account", "another account"}


def _sentences(body: str, lang: str) -> list[str]:
    if lang == "en":
        parts = re.split(r"(?<=[.!?])\s+(?=[A-Z0-9\"“(`])", body)
    else:
        parts = re.split(r"(?<=[。！？!?])", body)
    return [p.strip() for p in parts if p.strip()]


def loo_text(case) -> str:
    """Mechanical rewrite of a case's opening as a new incident description.

    1. drop the leading "[Company](url). " link(s); inline links keep their text;
    2. keep the first sentence, and the second one too when the first is short
       (< 160 chars in English, < 60 in Chinese); the title when the body is tiny;
    3. delete the company name (title prefix "Company: " and the leading link texts) wherever it
       occurs; if it did not occur, delete the first proper noun instead (a capitalised word that
       does not start a sentence), so the query does not simply repeat the case's name.
    """
    lang = case.language or "en"
    body = case.body.strip()
    names = set()
    if lang == "en" and ": " in case.title:
        names.add(case.title.split(": ", 1)[0].strip())
    m = LEAD_LINKS_RE.match(body)
    if m:
        names.update(n.strip() for n in re.findall(r"\[([^\]]*)\]", m.group(0)))
        body = body[m.end():]
    body = LINK_RE.sub(r"\1", body)
    body = re.sub(r"\[\[ref\]\]|\*\*\*|\*\*|`|^>\s*", "", body, flags=re.M)
    body = re.sub(r"\s+", " ", body).strip()
    sents = _sentences(body, lang)
    short = 160 if lang == "en" else 60
    if len(body) < 40 or not sents:
        q = case.title.split(": ", 1)[-1]
    else:
        q = sents[0]
        if len(q) < short and len(sents) > 1:
            q += " " + sents[1]
    names = {n for n in names if n and n.lower() not in NOT_NAMES}
    removed = False
    for n in sorted(names, key=len, reverse=True):
        pat = re.compile(r"(?<!\w)" + re.escape(n) + r"(?:\.com|['’]s)?(?!\w)")
        q, cnt = pat.subn("", q)
        removed |= cnt > 0
    if lang == "en" and not removed:
        q = PROPER_RE.sub("", q, count=1)
    q = re.sub(r"\s+", " ", q).strip(" ,.")
    q = re.sub(r"\s+([,.;:])", r"\1", q)
    return q or case.title


def near_duplicates(cases) -> dict[str, set[str]]:
    """Case pairs whose opening text is (almost) the same: word-set Jaccard >= 0.7."""
    def words(c):
        b = LINK_RE.sub(r"\1", LEAD_LINKS_RE.sub("", c.body.strip()))[:400].lower()
        return set(re.findall(r"\w+", b))
    ws = {cid: words(c) for cid, c in cases.items()}
    dup = defaultdict(set)
    ids = sorted(ws)
    for i, a in enumerate(ids):
        for b in ids[i + 1:]:
            A, B = ws[a], ws[b]
            if A and B and len(A & B) / len(A | B) >= 0.7:
                dup[a].add(b)
                dup[b].add(a)
    return dup


def run_loo(sy: Systems, cases, k: int, depth: int, exclude_dups=None):
    """Per query: {'id','kind','language','text', 'engine': metrics, 'bm25': metrics}."""
    by_kind = defaultdict(set)
    for cid, c in cases.items():
        by_kind[c.kind].add(cid)
    rows = []
    for cid in sorted(cases):
        c = cases[cid]
        if c.kind == "other":
            continue
        drop = {cid} | (exclude_dups.get(cid, set()) if exclude_dups else set())
        relevant = by_kind[c.kind] - drop
        if not relevant:
            continue
        q = loo_text(c)
        row = {"id": cid, "kind": c.kind, "language": c.language or "en", "text": q}
        eng, _ = sy.engine(q, depth + len(drop))
        for name, hits in (("engine", eng), ("bm25", sy.bm25(q, depth + len(drop)))):
            ids = [h for h, _ in hits if h not in drop][:depth]
            rel = [1 if h in relevant else 0 for h in ids]
            row[name] = {
                "ndcg": ndcg(rel, [1] * len(relevant), k),
                "p": sum(rel[:k]) / k,
                "mrr": rr(rel),
                "top": ids[:k],
            }
        rows.append(row)
    return rows


def loo_tables(rows, k):
    def agg(sub):
        return [mean(r[s][m] for r in sub) for s in ("engine", "bm25") for m in ("ndcg", "p", "mrr")]

    def line(label, sub):
        e_n, e_p, e_m, b_n, b_p, b_m = agg(sub)
        return [label, len(sub), fmt(e_n), fmt(b_n), delta(e_n, b_n), fmt(e_p), fmt(b_p), delta(e_p, b_p),
                fmt(e_m), fmt(b_m), delta(e_m, b_m)]

    headers = ["slice", "n", f"nDCG@{k} engine", "BM25", "Δ", f"P@{k} engine", "BM25", "Δ", "MRR engine", "BM25", "Δ"]
    overall = [line("all", rows)]
    kinds = Counter(r["kind"] for r in rows)
    per_kind = [line(kd, [r for r in rows if r["kind"] == kd]) for kd, _ in kinds.most_common()]
    per_lang = [line(lg, [r for r in rows if r["language"] == lg]) for lg in LANGS
                if any(r["language"] == lg for r in rows)]
    return headers, overall, per_kind, per_lang


# ----------------------------------------------------------------------------------------------
# (b) hand-judged queries
# ----------------------------------------------------------------------------------------------
def load_judged():
    qs = yaml.safe_load(QUERIES_FILE.read_text("utf-8"))
    judg = {}
    if JUDGMENTS_FILE.exists():
        judg = yaml.safe_load(JUDGMENTS_FILE.read_text("utf-8")) or {}
    judg = {str(q): {str(c): int(g) for c, g in (v or {}).items()} for q, v in judg.items()}
    extra = HERE / "judgments_issue16.yaml"  # pairs the issue-16 engine surfaced, graded the same way
    if extra.exists():
        for q, v in (yaml.safe_load(extra.read_text("utf-8")) or {}).items():
            for c, g in (v or {}).items():
                judg.setdefault(str(q), {}).setdefault(str(c), int(g))
    return qs, judg


def run_judged(sy: Systems, qs, judg, k: int, depth: int, engine_only=False):
    rows = []
    for q in qs:
        g = judg.get(q["id"], {})
        eng, res = sy.engine(q["text"], depth)
        systems = {"engine": eng} if engine_only else {"engine": eng, "bm25": sy.bm25(q["text"], depth)}
        row = {"q": q, "top1_score": eng[0][1] if eng else 0.0, "close": res.close, "profile": res.profile,
               "hits": res.hits}
        for name, hits in systems.items():
            ids = [h for h, _ in hits][:depth]
            gains = [g.get(h, 0) for h in ids]
            row[name] = {
                "ids": ids,
                "gains": gains,
                "ndcg": ndcg(gains, list(g.values()), k),
                "p": sum(1 for x in gains[:k] if x >= 1) / k,
                "mrr": rr([x >= 1 for x in gains]),
                "unjudged_k": sum(1 for h in ids[:k] if h not in g),
                "unjudged_depth": sum(1 for h in ids if h not in g),
            }
        rows.append(row)
    return rows


def judged_tables(rows, k):
    graded = [r for r in rows if not r["q"].get("no_precedent")]

    def line(label, sub):
        sub = [r for r in sub if r["engine"]["ndcg"] is not None]
        e = mean(r["engine"]["ndcg"] for r in sub)
        b = mean(r["bm25"]["ndcg"] for r in sub)
        # judged@k: share of the top-k results that carry a grade (unjudged ones count as 0 in nDCG)
        ej = mean(1 - r["engine"]["unjudged_k"] / max(1, min(k, len(r["engine"]["ids"]))) for r in sub)
        bj = mean(1 - r["bm25"]["unjudged_k"] / max(1, min(k, len(r["bm25"]["ids"]))) for r in sub)
        ep = mean(r["engine"]["p"] for r in sub)
        bp = mean(r["bm25"]["p"] for r in sub)
        em = mean(r["engine"]["mrr"] for r in sub)
        bm = mean(r["bm25"]["mrr"] for r in sub)
        return [label, len(sub), fmt(e), fmt(ej, 2), fmt(b), fmt(bj, 2), delta(e, b), fmt(ep), fmt(bp), delta(ep, bp),
                fmt(em), fmt(bm), delta(em, bm)]

    headers = ["slice", "n", f"nDCG@{k} engine", f"judged@{k}", "BM25", f"judged@{k}", "Δ", f"P@{k}(≥1) engine",
               "BM25", "Δ", "MRR(≥1) engine", "BM25", "Δ"]
    lang_rows = [line("all", graded)]
    for lg in LANGS:
        lang_rows.append(line(lg, [r for r in graded if r["q"]["language"] == lg]))
    lang_rows.append(line("zh (all Chinese)", [r for r in graded if r["q"]["language"] != "en"]))
    new = [r for r in graded if r["q"].get("set") == "issue12"]
    if new:  # the descriptions added for issue 12, graded before its tuning
        lang_rows.append(line("issue-12 set, all", new))
        lang_rows.append(line("issue-12 set, en", [r for r in new if r["q"]["language"] == "en"]))
        lang_rows.append(line("issue-12 set, zh", [r for r in new if r["q"]["language"] != "en"]))
        lang_rows.append(line("issue-12 set, storage/data-loss/database",
                              [r for r in new if r["q"]["kind"] in ("storage-failure", "data-loss", "database")]))
        lang_rows.append(line("earlier 50", [r for r in graded if r["q"].get("set") != "issue12"]))
    kinds = Counter(r["q"]["kind"] for r in graded)
    kind_rows = [line(kd, [r for r in graded if r["q"]["kind"] == kd]) for kd, _ in kinds.most_common()]
    return headers, lang_rows, kind_rows


def language_pair_calibration(rows, judg, cases) -> str:
    """Per language pair: no-precedent descriptions labelled close (pair = description -> top-1 case), and
    descriptions with a grade-2 precedent labelled not close (pair = description -> its grade-2 cases)."""
    def side(lang):
        return "en" if (lang or "en") == "en" else "zh"

    npc, npn, g2c, g2n = Counter(), Counter(), Counter(), Counter()
    for r in rows:
        ql = side(r["q"]["language"])
        if r["q"].get("no_precedent"):
            pair = f"{ql}→{side(cases[r['hits'][0].id].language) if r['hits'] else '–'}"
            npn[pair] += 1
            npc[pair] += bool(r["close"])
            continue
        best = [c for c, g in judg.get(r["q"]["id"], {}).items() if g >= 2 and c in cases]
        if not best:
            continue
        langs = {side(cases[c].language) for c in best}
        pair = f"{ql}→{'/'.join(sorted(langs))}"
        g2n[pair] += 1
        g2c[pair] += not r["close"]
    out = [md_table(["no-precedent: description → top-1 case", "labelled close", "of"],
                    [[p, npc[p], npn[p]] for p in sorted(npn)] + [["all", sum(npc.values()), sum(npn.values())]]),
           "",
           md_table(["grade-2 precedent: description → precedent", "labelled NOT close", "of"],
                    [[p, g2c[p], g2n[p]] for p in sorted(g2n)] + [["all", sum(g2c.values()), sum(g2n.values())]])]
    return "\n".join(out)


# ----------------------------------------------------------------------------------------------
# calibration
# ----------------------------------------------------------------------------------------------
def auc(pos, neg):
    if not pos or not neg:
        return float("nan")
    wins = sum(1.0 if p > n else 0.5 if p == n else 0.0 for p in pos for n in neg)
    return wins / (len(pos) * len(neg))


def best_threshold(points):
    """points: [(score, is_relevant)] -> (best accuracy, [lo, hi) threshold interval, midpoint)."""
    scores = sorted({s for s, _ in points})
    cands = [0.0] + [(a + b) / 2 for a, b in zip(scores, scores[1:])] + [scores[-1] + 1e-6 if scores else 1.0]
    best, best_ts = -1.0, []
    for t in cands:
        acc = sum((s >= t) == rel for s, rel in points) / len(points)
        if acc > best + 1e-12:
            best, best_ts = acc, [t]
        elif abs(acc - best) <= 1e-12:
            best_ts.append(t)
    # the contiguous interval of the best thresholds around their median
    lo, hi = min(best_ts), max(best_ts)
    return best, (lo, hi), statistics.median(best_ts)


def accuracy_at(points, t):
    return sum((s >= t) == rel for s, rel in points) / len(points) if points else float("nan")


def calibration_section(rows, threshold):
    pts = [(r["top1_score"], (r["engine"]["gains"][:1] or [0])[0] >= 1) for r in rows]
    pos = [s for s, rel in pts if rel]
    neg = [s for s, rel in pts if not rel]
    acc, (lo, hi), mid = best_threshold(pts)
    stats = []
    for label, xs in (("top-1 relevant (grade ≥ 1)", pos), ("top-1 not relevant", neg)):
        stats.append([label, len(xs), fmt(mean(xs)), fmt(statistics.median(xs)) if xs else "–",
                      fmt(min(xs)) if xs else "–", fmt(max(xs)) if xs else "–"])
    out = [md_table(["engine top-1", "n", "mean score", "median", "min", "max"], stats)]
    out.append("")
    out.append(f"- AUC (top-1 score separates relevant from not): **{fmt(auc(pos, neg))}**")
    out.append(f"- accuracy of \"close precedent\" at the current CLOSE_THRESHOLD = {threshold:.2f}: "
               f"**{fmt(accuracy_at(pts, threshold))}**")
    out.append(f"- best accuracy **{fmt(acc)}** for thresholds in [{lo:.3f}, {hi:.3f}] (median best threshold "
               f"{mid:.3f})")
    sweep = [[f"{t:.2f}", fmt(accuracy_at(pts, t)), sum(1 for s, _ in pts if s >= t),
              sum(1 for s, rel in pts if s >= t and not rel), sum(1 for s, rel in pts if s < t and rel)]
             for t in (0.15, 0.20, 0.25, 0.30, 0.35, 0.40, 0.45, 0.50, 0.55, 0.60)]
    out.append("")
    out.append(md_table(["threshold", "accuracy", "flagged close", "false close", "missed close"], sweep))
    npr = [r for r in rows if r["q"].get("no_precedent")]
    if npr:
        out.append("")
        out.append("No-precedent probes (nothing in the corpus is close; the engine should say so):")
        out.append("")
        out.append(md_table(["query", "lang", "top-1 score", "engine says close?", "top-1 case", "top-1 reasons"],
                            [[r["q"]["id"], r["q"]["language"], fmt(r["top1_score"]), "yes" if r["close"] else "no",
                              r["hits"][0].id if r["hits"] else "–",
                              "; ".join(f"{x.type}: {x.label}" for x in r["hits"][0].reasons)[:90] if r["hits"] else "–"]
                             for r in npr]))
    return "\n".join(out), {"auc": auc(pos, neg), "best_acc": acc, "best_t": mid, "interval": (lo, hi),
                            "acc_current": accuracy_at(pts, threshold), "pos": pos, "neg": neg}


# ----------------------------------------------------------------------------------------------
# CLI check
# ----------------------------------------------------------------------------------------------
def cli_check(corpus: Path, qs, sy: Systems, k: int, tmp: Path) -> str:
    qfile = tmp / "cli_queries.txt"
    texts = [q["text"].replace("\n", " ") for q in qs]
    qfile.write_text("\n".join(texts) + "\n", "utf-8")
    data = tmp / "cli_data"
    # this checkout's CLI (cwd=REPO), not the venv's `kb` script: an editable install may point at another checkout
    base = [sys.executable, "-m", "kb_app.cli"]
    tries = [
        ("as briefed: `kb similar --queries FILE --json --cases DIR --data DIR`",
         base + ["similar", "--queries", str(qfile), "--json", "--cases", str(corpus), "--data", str(data)]),
        ("global options first: `kb --cases DIR --data DIR similar --queries FILE --json`",
         base + ["--cases", str(corpus), "--data", str(data), "similar", "--queries", str(qfile), "--json"]),
    ]
    notes = []
    proc = None
    for label, cmd in tries:
        t0 = time.perf_counter()
        p = subprocess.run(cmd, capture_output=True, text=True, cwd=str(REPO), timeout=300)
        secs = time.perf_counter() - t0
        if p.returncode == 0:
            notes.append(f"- {label}: exit 0 in {secs:.1f} s")
            proc = p
            break
        err = (p.stderr.strip().splitlines() or ["?"])[-1]
        notes.append(f"- {label}: **exit {p.returncode}** — `{err[:160]}`")
    if proc is None:
        return "\n".join(notes + ["- CLI check FAILED: no invocation worked"])
    lines = [l for l in proc.stdout.splitlines() if l.strip()]
    problems = []
    if len(lines) != len(texts):
        problems.append(f"{len(lines)} output lines for {len(texts)} queries")
    same_top, elapsed, n_ok = 0, [], 0
    for i, l in enumerate(lines):
        try:
            obj = json.loads(l)
        except ValueError:
            problems.append(f"line {i + 1} is not JSON")
            continue
        miss = [key for key in ("query", "close", "elapsed_ms", "results") if key not in obj]
        for h in obj.get("results", []):
            miss += [f"results[].{key}" for key in ("id", "title", "kind", "score", "reasons") if key not in h]
        if miss:
            problems.append(f"line {i + 1}: missing {sorted(set(miss))}")
        else:
            n_ok += 1
        elapsed.append(obj.get("elapsed_ms", 0.0))
        if i < len(texts) and obj.get("query") != texts[i]:
            problems.append(f"line {i + 1}: query text differs from input line")
        if i < len(qs):
            mine = [h for h, _ in sy.engine(qs[i]["text"], k)[0]]
            if [h.get("id") for h in obj.get("results", [])] == mine:
                same_top += 1
    notes.append(f"- {len(lines)} JSON lines for {len(texts)} queries; {n_ok} lines carry query, close, elapsed_ms "
                 f"and results[] with id, title, kind, score, reasons")
    notes.append("- note: a line has no query *id* field; lines map to queries by order and by the echoed `query` text")
    notes.append(f"- same top-{k} ids as the in-process run: {same_top}/{len(qs)}")
    if elapsed:
        notes.append(f"- elapsed_ms per query: median {statistics.median(elapsed):.1f}, max {max(elapsed):.1f}")
    notes += [f"- problem: {p}" for p in problems[:10]] or ["- no format problem found"]
    return "\n".join(notes)


# ----------------------------------------------------------------------------------------------
# vocabulary experiment: the bundled vocab plus bench/eval/vocab_additions.yaml, in a temp case dir
# ----------------------------------------------------------------------------------------------
def build_extended_cases(corpus: Path, tmp: Path, parts=("glossary", "kinds", "industries")) -> Path | None:
    """A temp case folder: the corpus copied in + the bundled vocab with the chosen parts of
    vocab_additions.yaml applied ('glossary' = glossary + glossary_extend, 'kinds', 'industries')."""
    if not VOCAB_ADDITIONS_FILE.exists():
        return None
    add = yaml.safe_load(VOCAB_ADDITIONS_FILE.read_text("utf-8")) or {}
    if "glossary" not in parts:
        add.pop("glossary", None)
        add.pop("glossary_extend", None)
        add.pop("glossary_remove", None)
    if "kinds" not in parts:
        add.pop("kinds", None)
    if "industries" not in parts:
        add.pop("industries_remove", None)
    cases = tmp / ("cases_ext_" + "_".join(parts))
    vocab = cases / "vocab"
    vocab.mkdir(parents=True)
    for f in corpus.glob("*.md"):  # copied: the app no longer reads links out of the case folder (issue 19)
        if f.name.lower() != "readme.md":
            shutil.copy(f, cases / f.name)
    src = REPO / "cases" / "vocab"
    for f in src.glob("*.yaml"):
        shutil.copy(f, vocab / f.name)
    gloss = yaml.safe_load((vocab / "glossary.yaml").read_text("utf-8"))
    gloss += [list(map(str, g)) for g in add.get("glossary", [])]
    for g in add.get("glossary_extend", []):  # {"group_with": term, "add": [...]}
        for grp in gloss:
            if g["group_with"] in grp:
                grp += [t for t in g["add"] if t not in grp]
                break
    drop = set(add.get("glossary_remove") or [])  # groups containing one of these terms are removed
    gloss = [grp for grp in gloss if not drop & set(grp)]
    (vocab / "glossary.yaml").write_text(yaml.safe_dump(gloss, allow_unicode=True), "utf-8")
    kinds = yaml.safe_load((vocab / "kinds.yaml").read_text("utf-8"))
    for kd, entry in (add.get("kinds") or {}).items():
        if kd in kinds:
            kinds[kd]["terms"] = list(kinds[kd].get("terms") or []) + [t for t in entry.get("terms", [])
                                                                        if t not in (kinds[kd].get("terms") or [])]
        else:
            kinds[kd] = entry
    (vocab / "kinds.yaml").write_text(yaml.safe_dump(kinds, allow_unicode=True), "utf-8")
    inds = yaml.safe_load((vocab / "industries.yaml").read_text("utf-8"))
    for ind, drop in (add.get("industries_remove") or {}).items():
        if ind in inds:
            inds[ind]["terms"] = [t for t in inds[ind].get("terms") or [] if t not in set(drop)]
    (vocab / "industries.yaml").write_text(yaml.safe_dump(inds, allow_unicode=True), "utf-8")
    return cases


# ----------------------------------------------------------------------------------------------
# pool output (to grade new pairs)
# ----------------------------------------------------------------------------------------------
def write_pool(path: Path, pools: dict[str, set], judg, qs, cases):
    """Unjudged pooled pairs, per query, sorted by case id (no system attribution)."""
    qmap = {q["id"]: q for q in qs}
    out = []
    for qid in [q["id"] for q in qs]:
        todo = sorted(c for c in pools.get(qid, ()) if c not in judg.get(qid, {}))
        if not todo:
            continue
        out.append(f"### {qid} [{qmap[qid]['language']}] {qmap[qid]['text']}")
        for cid in todo:
            c = cases[cid]
            body = re.sub(r"\s+", " ", LINK_RE.sub(r"\1", c.body))[:600]
            out.append(f"- {cid} [{c.kind}] {c.title} :: {body}")
        out.append("")
    path.write_text("\n".join(out), "utf-8")
    return sum(len([c for c in pools.get(q, ()) if c not in judg.get(q, {})]) for q in pools)


# ----------------------------------------------------------------------------------------------
# main
# ----------------------------------------------------------------------------------------------
def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", default=str(REPO.parent / "shared" / "corpus"), help="case folder to evaluate on")
    ap.add_argument("--k", type=int, default=5, help="cut-off for nDCG/P (default 5)")
    ap.add_argument("--depth", type=int, default=10, help="results fetched per system (pool depth, MRR depth)")
    ap.add_argument("--out", default=str(HERE / "results.md"), help="where to write the Markdown report")
    ap.add_argument("--no-cli", action="store_true", help="skip the `kb similar --queries` check")
    ap.add_argument("--no-experiments", action="store_true", help="skip parameter / vocabulary experiments")
    ap.add_argument("--write-pool", metavar="FILE",
                    help="write unjudged pooled (query, case) pairs, with case text, for grading")
    ap.add_argument("--pool-variants", action="store_true",
                    help="with --write-pool: also pool the experiment variants' top-k")
    args = ap.parse_args(argv)
    k, depth = args.k, max(args.depth, args.k)
    corpus = Path(args.corpus).expanduser().resolve()
    if not corpus.is_dir():
        print(f"run_eval: corpus folder not found: {corpus} -- skipping the evaluation "
              f"(pass --corpus DIR to point at it)")
        return 0
    t_start = time.perf_counter()
    tmp = Path(tempfile.mkdtemp(prefix="kb-eval-"))
    report: list[str] = []

    def emit(s=""):
        report.append(s)

    try:
        t0 = time.perf_counter()
        kb = open_kb(corpus, tmp / "data")
        t_index = time.perf_counter() - t0
        cases = kb.corpus.cases
        sy = Systems(kb)
        qs, judg = load_judged()

        emit("# Precedent engine evaluation")
        emit()
        emit(f"Corpus `{corpus}`: {len(cases)} cases ({dict(Counter(c.language for c in cases.values()))}); "
             f"indexed in {t_index:.1f} s. k = {k}, pool/MRR depth = {depth}. BM25 = OR of Term(body|title) "
             f"over `text.query_terms`, whoosh BM25F defaults, same index.")
        emit()
        emit(f"Engine measured: {fingerprint(kb)}; constants: {engine_constants()}.")
        emit()

        # ---- (a) LOO
        dups = near_duplicates(cases)
        loo = run_loo(sy, cases, k, depth)
        loo_nodup = run_loo(sy, cases, k, depth, exclude_dups=dups)
        h, overall, per_kind, per_lang = loo_tables(loo, k)
        _, overall_nd, _, _ = loo_tables(loo_nodup, k)
        emit("## (a) Leave-one-out by kind")
        emit()
        emit(f"{len(loo)} queries (every case but kind `other`): the case's opening sentence(s), company name "
             f"removed, the case itself excluded; relevant = the other cases of the same kind (binary). "
             f"Kind labels are partly keyword-assigned and noisy (see README), so read this as a coarse signal.")
        emit()
        overall_nd[0][0] = "all, near-duplicates also excluded"
        emit(md_table(h, overall + overall_nd))
        emit()
        pairs = sorted({tuple(sorted((a, b))) for a, bs in dups.items() for b in bs})
        emit(f"Near-duplicate case pairs in the corpus (same opening text; one finds the other at rank 1): "
             + ", ".join(f"{a}={b} ({cases[a].kind}/{cases[b].kind})" for a, b in pairs))
        emit()
        emit("Per kind:")
        emit()
        emit(md_table(h, per_kind))
        emit()
        emit("Per language:")
        emit()
        emit(md_table(h, per_lang))
        emit()

        # ---- (b) judged
        jrows = run_judged(sy, qs, judg, k, depth)
        pools = defaultdict(set)
        for r in jrows:
            pools[r["q"]["id"]].update(r["engine"]["ids"][:depth] + r["bm25"]["ids"][:depth])
        unj_k = sum(r[s]["unjudged_k"] for r in jrows for s in ("engine", "bm25"))
        unj_d = sum(r[s]["unjudged_depth"] for r in jrows for s in ("engine", "bm25"))
        n_graded = sum(len(v) for v in judg.values())
        h, lang_rows, kind_rows = judged_tables(jrows, k)
        n_np = sum(1 for q in qs if q.get("no_precedent"))
        emit("## (b) Hand-judged descriptions")
        emit()
        emit(f"{len(qs) - n_np} descriptions aimed at corpus incidents "
             f"({dict(Counter(q['language'] for q in qs if not q.get('no_precedent')))}) + {n_np} no-precedent "
             f"probes. Grades: 2 = same failure in a similar situation, 1 = shares the main component, trigger or "
             f"response challenge, 0 = not relevant; gain = grade; ideal ranking from all judged cases of the query. "
             f"{n_graded} graded pairs. Unjudged results counted as 0: {unj_k} in the top {k}, {unj_d} in the top "
             f"{depth} (both systems together).")
        emit()
        emit("Per language:")
        emit()
        emit(md_table(h, lang_rows))
        emit()
        zh_rows = [r for r in jrows if r["q"]["language"] != "en" and not r["q"].get("no_precedent")]
        if zh_rows:
            def zh_share(name):
                ids = [c for r in zh_rows for c in r[name]["ids"][:k]]
                return sum(1 for c in ids if (cases[c].language or "en") != "en") / max(1, len(ids))
            rel = [c for r in zh_rows for c, g in judg.get(r["q"]["id"], {}).items() if g >= 1]
            n_zh = sum(1 for c in cases.values() if (c.language or "en") != "en")
            emit(f"Script bias on the {len(zh_rows)} Chinese descriptions: Chinese cases hold "
                 f"{zh_share('engine'):.0%} of the engine's top-{k} slots and {zh_share('bm25'):.0%} of BM25's, "
                 f"while they are {n_zh / len(cases):.0%} of the corpus and "
                 f"{sum(1 for c in rel if (cases[c].language or 'en') != 'en') / max(1, len(rel)):.0%} of the cases "
                 f"graded relevant for these descriptions.")
            emit()
        emit("Per target kind (kind of the case the description was aimed at):")
        emit()
        emit(md_table(h, kind_rows))
        emit()

        # ---- calibration
        cal_md, cal = calibration_section(jrows, similar.CLOSE_THRESHOLD)
        emit("## Calibration: is the top-1 score honest?")
        emit()
        emit(f"All {len(jrows)} judged queries (incl. no-precedent probes): engine top-1 score vs whether the top-1 "
             f"case is relevant (grade ≥ 1; unjudged = 0). \"Close precedent\" = top score ≥ threshold.")
        emit()
        emit(cal_md)
        emit()
        emit("Per language pair (issue 12: a score means the same whatever the language on either side):")
        emit()
        emit(language_pair_calibration(jrows, judg, cases))
        emit()

        # ---- issue 16: cross-language slice, real incidents, script consistency, calibration, regional pairs
        import issue16_eval

        i16, _ = issue16_eval.section(sys.modules[__name__], kb, sy, tmp, k, depth, judged_rows=jrows, judged_qs=qs,
                                      judg=judg)
        for line in i16:
            emit(line)

        # ---- per-query detail (failures first)
        emit("## Per-query detail (judged set)")
        emit()
        det = []
        for r in sorted(jrows, key=lambda r: (r["engine"]["ndcg"] if r["engine"]["ndcg"] is not None else -1)):
            q = r["q"]
            p = r["profile"]
            conc = ",".join(g if g.startswith("s:") else kb.vocab.glossary[int(g)][0] for g in (p.concepts if p else {}))
            det.append([q["id"], q["kind"], fmt(r["engine"]["ndcg"], 2), fmt(r["bm25"]["ndcg"], 2),
                        fmt(r["top1_score"], 2),
                        " ".join(f"{c}:{g}" for c, g in zip(r["engine"]["ids"][:k], r["engine"]["gains"][:k])),
                        " ".join(f"{c}:{g}" for c, g in zip(r["bm25"]["ids"][:k], r["bm25"]["gains"][:k])),
                        ",".join(list(p.kinds)[:3]) if p else "", conc[:60]])
        emit(md_table(["query", "target kind", "eng nDCG", "BM25 nDCG", "top-1 score", "engine top-k (id:grade)",
                       "BM25 top-k (id:grade)", "kinds read", "glossary concepts read"], det))
        emit()

        # ---- experiments
        exp_pools = defaultdict(set)
        if not args.no_experiments:
            emit("## Experiments (in-process; kb_app and cases untouched)")
            emit()
            emit("Same index; module constants of `kb_app.core.retrieval.similar` patched for the run, or the bundled vocab "
                 "plus `bench/eval/vocab_additions.yaml` in a temporary case folder (corpus copied in). "
                 "Judged nDCG uses the same judgments; `unj@k` = unjudged results in the engine's top k over the "
                 "judged set (counted 0, so a variant that surfaces new cases is under-rated, not over-rated).")
            emit()
            base_w = dict(similar.WEIGHTS)
            variants = [
                ("current", {}),
                ("kind weight 0", {"weights": {**base_w, "kind": 0.0}}),
                ("kind 0.10", {"weights": {**base_w, "kind": 0.10}}),
                ("kind 0.40", {"weights": {**base_w, "kind": 0.40}}),
                ("content only", {"weights": {"content": 1.0, "kind": 0.0, "stakes": 0.0, "industry": 0.0}}),
                ("stakes+industry 0", {"weights": {**base_w, "stakes": 0.0, "industry": 0.0}}),
                ("MAX_TERMS 8", {"max_terms": 8}),
                ("MAX_TERMS 24", {"max_terms": 24}),
                ("MAX_TERMS 40", {"max_terms": 40}),
                ("CANDIDATES 20", {"candidates": 20}),
                ("CANDIDATES 150", {"candidates": 150}),
                ("prototype: rank by engine + 0.3·BM25/max", {"sys": {"blend": 0.3}}),
                ("prototype: rank by engine + 1.0·BM25/max", {"sys": {"blend": 1.0}}),
                ("prototype: rank by engine + 1.0·BM25/max, English queries only",
                 {"sys": {"blend": 1.0, "blend_en_only": True}}),
                ("prototype: glossary expansion of zh queries", {"sys": {"expand": True}}),
                ("prototype: query-side zh stop words (vocab_additions.yaml)", {"zh_stop": True}),
            ]
            additions = yaml.safe_load(VOCAB_ADDITIONS_FILE.read_text("utf-8")) if VOCAB_ADDITIONS_FILE.exists() else {}
            zh_extra = (additions or {}).get("zh_stop_query") or []
            exp_rows = []
            expanded_rows = None

            def summarize(label, loo_rows, j_rows, secs):
                graded = [r for r in j_rows if not r["q"].get("no_precedent") and r["engine"]["ndcg"] is not None]
                en = [r for r in graded if r["q"]["language"] == "en"]
                zh = [r for r in graded if r["q"]["language"] != "en"]
                pts = [(r["top1_score"], (r["engine"]["gains"][:1] or [0])[0] >= 1) for r in j_rows]
                acc, _, t = best_threshold(pts)
                unj = sum(r["engine"]["unjudged_k"] for r in j_rows)
                exp_rows.append([label, fmt(mean(r["engine"]["ndcg"] for r in loo_rows)),
                                 fmt(mean(r["engine"]["ndcg"] for r in graded)),
                                 fmt(mean(r["engine"]["ndcg"] for r in en)), fmt(mean(r["engine"]["ndcg"] for r in zh)),
                                 unj, fmt(auc([s for s, rel in pts if rel], [s for s, rel in pts if not rel])),
                                 f"{fmt(acc, 2)} @ {t:.2f}", f"{secs:.1f}"])
                for r in j_rows:
                    exp_pools[r["q"]["id"]].update(r["engine"]["ids"][:k])

            for label, kw in variants:
                t0 = time.perf_counter()
                kw = dict(kw)
                vsy = Systems(kb, **kw.pop("sys")) if "sys" in kw else sy
                stop = zh_extra if kw.pop("zh_stop", False) else ()
                with patched(**kw), zh_stop_query(stop):
                    lr = run_loo(vsy, cases, k, depth)
                    jr = run_judged(vsy, qs, judg, k, depth, engine_only=vsy is sy)
                summarize(label, lr, jr, time.perf_counter() - t0)
                if vsy is not sy:
                    if vsy.expand:
                        expanded_rows = jr
                    vsy.close()
            for parts in (("glossary",), ("kinds",), ("industries",)):
                ext_p = build_extended_cases(corpus, tmp, parts)
                if ext_p is None:
                    break
                t0 = time.perf_counter()
                kb_p = open_kb(ext_p, tmp / ("data_" + parts[0]))
                sy_p = Systems(kb_p)
                lr = run_loo(sy_p, kb_p.corpus.cases, k, depth)
                jr = run_judged(sy_p, qs, judg, k, depth, engine_only=True)
                summarize(f"+ vocab_additions.yaml: {parts[0]} only", lr, jr, time.perf_counter() - t0)
                sy_p.close()
                kb_p.close()
            ext = build_extended_cases(corpus, tmp)
            if ext is not None:
                t0 = time.perf_counter()
                kb2 = open_kb(ext, tmp / "data_ext")
                sy2 = Systems(kb2)
                lr = run_loo(sy2, kb2.corpus.cases, k, depth)
                jr2 = run_judged(sy2, qs, judg, k, depth)
                summarize("+ vocab_additions.yaml (all three parts)", lr, jr2, time.perf_counter() - t0)
                with patched(weights={**base_w, "kind": 0.10}):
                    lr = run_loo(sy2, kb2.corpus.cases, k, depth)
                    jr3 = run_judged(sy2, qs, judg, k, depth, engine_only=True)
                summarize("+ vocab_additions.yaml, kind 0.10", lr, jr3, time.perf_counter() - t0)
                t0 = time.perf_counter()
                sy3 = Systems(kb2, blend=1.0, blend_en_only=True)
                with zh_stop_query(zh_extra):
                    lr = run_loo(sy3, kb2.corpus.cases, k, depth)
                    jr4 = run_judged(sy3, qs, judg, k, depth, engine_only=True)
                summarize("+ vocab_additions.yaml + zh stop words + BM25 blend (English)", lr, jr4,
                          time.perf_counter() - t0)
                sy3.close()
            emit(md_table(["variant", f"LOO nDCG@{k}", f"judged nDCG@{k}", "en", "zh", f"unj@{k}", "top-1 AUC",
                           "best close acc @ t", "s"], exp_rows))
            emit()
            if expanded_rows:
                emit("Glossary expansion of the Chinese descriptions, both systems (judged nDCG@k, Chinese only):")
                emit()
                xr = []
                for lg in ("zh-Hans", "zh-Hant"):
                    a = [r for r in jrows if r["q"]["language"] == lg and r["engine"]["ndcg"] is not None]
                    b = [r for r in expanded_rows if r["q"]["language"] == lg and r["engine"]["ndcg"] is not None]
                    xr.append([lg, len(a), fmt(mean(r["engine"]["ndcg"] for r in a)),
                               fmt(mean(r["engine"]["ndcg"] for r in b)), fmt(mean(r["bm25"]["ndcg"] for r in a)),
                               fmt(mean(r["bm25"]["ndcg"] for r in b))])
                emit(md_table(["language", "n", "engine", "engine + expansion", "BM25", "BM25 + expansion"], xr))
                emit()
            if ext is not None:
                emit("Judged queries whose engine nDCG changes with `vocab_additions.yaml`:")
                emit()
                ch = []
                for a, b in zip(jrows, jr2):
                    ea, eb = a["engine"]["ndcg"], b["engine"]["ndcg"]
                    if ea is not None and eb is not None and abs(ea - eb) > 1e-9:
                        ch.append([a["q"]["id"], fmt(ea, 2), fmt(eb, 2), delta(eb, ea),
                                   " ".join(f"{c}:{g}" for c, g in zip(b["engine"]["ids"][:k], b["engine"]["gains"][:k])),
                                   b["engine"]["unjudged_k"]])
                emit(md_table(["query", "nDCG before", "after", "Δ", "engine top-k after (id:grade)", "unj"], ch)
                     if ch else "(none)")
                emit()
                sy2.close()
                kb2.close()

        # ---- CLI
        if not args.no_cli:
            emit("## CLI check: `kb similar --queries FILE --json`")
            emit()
            emit(cli_check(corpus, qs, sy, k, tmp))
            emit()

        if args.write_pool:
            allp = defaultdict(set)
            for q, s in pools.items():
                allp[q] |= s
            if args.pool_variants:
                for q, s in exp_pools.items():
                    allp[q] |= s
            n = write_pool(Path(args.write_pool), allp, judg, qs, cases)
            print(f"run_eval: {n} unjudged pooled pairs written to {args.write_pool}", file=sys.stderr)

        if Systems.errors:
            emit(f"**Engine errors: {len(Systems.errors)} call(s) raised** (counted as empty result lists). First: "
                 f"`{Systems.errors[0]}`")
            emit()
        emit(f"_Total run time {time.perf_counter() - t_start:.1f} s._")
        sy.close()
        kb.close()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    md = "\n".join(report) + "\n"
    print(md)
    Path(args.out).write_text(md, "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
