"""Issue 16 slices for bench/eval/run_eval.py (also runnable alone: `python bench/eval/issue16_eval.py`).

  cross     English descriptions of the bundled Chinese cases and Chinese descriptions of the bundled
            English ones, over cases/ (bench/eval/issue16/cross_queries.yaml, grades exhaustive)
  incidents real public incidents (not in the corpus) with their precedents in ../shared/corpus, and
            no-precedent probes (issue16/incidents.yaml, graded pools in incidents_judgments.yaml)
  scripts   every Chinese description again in the other script (Simplified <-> Taiwan Traditional):
            does it give the same top 5?
  regional  mainland / Taiwan word pairs (issue16/regional_pairs.tsv) through the whole analyzer,
            the Taiwan word as written and typed in Simplified characters
  calibration  "close" for no-precedent probes and for descriptions with a same-situation (grade 2)
            precedent, on the corpus and on the bundled cases

Every table is given for the tuning half (A), the held-out half (B) and both. The held-out half was
never looked at query by query while tuning (see bench/README.md).
"""
from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(HERE))

import yaml  # noqa: E402

DATA = HERE / "issue16"


def load(name):
    return yaml.safe_load((DATA / name).read_text("utf-8"))


def judged_halves(qs):
    """The earlier judged set (judged_queries.yaml) split in two by position: A = even, B = odd."""
    return {q["id"]: ("A" if i % 2 == 0 else "B") for i, q in enumerate(qs)}


# -- running ---------------------------------------------------------------------------------------
def run_graded(sy, qs, grades_of, k, depth, R):
    rows = []
    for q in qs:
        g = grades_of(q)
        eng, res = sy.engine(q["text"], depth)
        bm = sy.bm25(q["text"], depth)
        row = {"q": q, "top1": eng[0][1] if eng else 0.0, "close": res.close, "hits": res.hits}
        for name, hits in (("engine", eng), ("bm25", bm)):
            ids = [h for h, _ in hits][:depth]
            gains = [g.get(h, 0) for h in ids]
            row[name] = {"ids": ids, "gains": gains,
                         "ndcg": R.ndcg(gains, list(g.values()), k) if any(v > 0 for v in g.values()) else None,
                         "unjudged": sum(1 for h in ids[:k] if h not in g)}
        rows.append(row)
    return rows


def slice_line(R, label, sub):
    sub = [r for r in sub if r["engine"]["ndcg"] is not None]
    e = R.mean(r["engine"]["ndcg"] for r in sub)
    b = R.mean(r["bm25"]["ndcg"] for r in sub)
    return [label, len(sub), R.fmt(e), R.fmt(b), R.delta(e, b)]


def halves_table(R, rows, slices):
    """rows: graded rows; slices: [(label, predicate)] -> one line per slice and half."""
    out = []
    for label, pred in slices:
        sub = [r for r in rows if pred(r)]
        for h in ("A", "B"):
            out.append(slice_line(R, f"{label} · half {h}", [r for r in sub if r["q"].get("half") == h]))
        out.append(slice_line(R, f"{label} · both", sub))
    return R.md_table(["slice", "n", "nDCG@5 engine", "BM25", "Δ"], out)


# -- scripts ----------------------------------------------------------------------------------------
def script_consistency(kb, texts, k=5, chars_only=False):
    """Chinese descriptions in the other script (Simplified -> Taiwan Traditional with Taiwan words,
    Traditional -> Simplified): share with the same top-k ids. `chars_only`: characters converted
    and the words kept (OpenCC t2s / s2t), which separates the script from the vocabulary; OpenCC's
    phrase rules also rewrite IT words as no writer would (儲存 -> 保存, 陣列 -> 数组, 回復 -> 回复)."""
    from kb_app.core.analysis import text as T

    same, n, diffs, as_set, top1 = 0, 0, [], 0, 0
    for qid, t in texts:
        if not T.CJK_RE.search(t):
            continue
        hant = T.detect_language(t) == "zh-Hant"
        if chars_only:
            other = T._converter("t2s" if hant else "s2t").convert(t)
        else:
            other = T._converter("tw2sp").convert(t) if hant else T.to_script(t, "zh-Hant")
        a = [h.id for h in kb.similar(t, k).hits]
        b = [h.id for h in kb.similar(other, k).hits]
        n += 1
        as_set += set(a) == set(b)
        top1 += a[:1] == b[:1]
        if a == b:
            same += 1
        else:
            diffs.append(qid)
    return same, n, diffs, as_set, top1


# -- regional pairs ----------------------------------------------------------------------------------
def regional_pairs():
    rows = []
    for line in (DATA / "regional_pairs.tsv").read_text("utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        tw, cn, half = line.split("\t")
        rows.append((tw, cn, half))
    return rows


def meets(tw: str, cn: str, tw_script=None) -> bool:
    """The Taiwan word gives the mainland word's terms (all of them; a word with several readings may
    give more), as a bare query and inside a text of its own script."""
    from kb_app.core.analysis import text as T

    mainland = set(T.terms(cn, script="hans"))
    for script in (None, tw_script):
        if not mainland <= set(T.terms(tw, script=script)):
            return False
        groups = T.query_groups(tw)
        if not all(any(t in set(T.terms(cn, script="hans")) for t in g) for g in groups):
            return False
    return True


def regional_section(R):
    import opencc

    t2s = opencc.OpenCC("t2s")
    rows = regional_pairs()
    lines, fails = [], {"A": [], "B": []}
    for half in ("A", "B", "both"):
        sub = [r for r in rows if half == "both" or r[2] == half]
        real = [r for r in sub if t2s.convert(r[0]) != r[1]]
        trad = sum(1 for tw, cn, _ in real if meets(tw, cn, "hant"))
        typed = [(t2s.convert(tw), cn) for tw, cn, _ in real if t2s.convert(tw) != tw]
        simp = sum(1 for tw, cn in typed if meets(tw, cn, "hans"))
        both = sum(1 for tw, cn, _ in real if meets(tw, cn, "hant") and (t2s.convert(tw) == tw or
                                                                       meets(t2s.convert(tw), cn, "hans")))
        lines.append([half, len(sub), len(real), f"{trad}/{len(real)}", f"{simp}/{len(typed)}", f"{both}/{len(real)}"])
        if half in fails:
            fails[half] = [f"{tw}/{cn}" for tw, cn, _ in real
                           if not (meets(tw, cn, "hant") and (t2s.convert(tw) == tw or meets(t2s.convert(tw), cn, "hans")))]
    table = R.md_table(["half", "pairs", "differ after character folding", "Taiwan word meets", "typed in Simplified meets",
                        "both forms meet"], lines)
    return table, fails


# -- calibration --------------------------------------------------------------------------------------
def close_stats(R, probe_rows, incident_rows):
    """(probes not close, probes, max probe score, incidents close, incidents)."""
    np_ok = sum(1 for r in probe_rows if not r["close"])
    mx = max((r["top1"] for r in probe_rows), default=0.0)
    inc_close = sum(1 for r in incident_rows if r["close"])
    return np_ok, len(probe_rows), mx, inc_close, len(incident_rows)


def calib_line(label, s):
    np_ok, n_np, mx, ic, n_i = s
    return [label, f"{np_ok}/{n_np} ({np_ok / max(1, n_np):.0%})", f"{mx:.2f}", f"{ic}/{n_i} ({ic / max(1, n_i):.0%})"]


def section(R, kb_corpus, sy_corpus, tmp, k=5, depth=10, judged_rows=None, judged_qs=None, judg=None):
    """The issue-16 report (Markdown lines)."""
    from kb_app.core.retrieval import similar

    out = ["## Issue 16: cross-language precedent, calibration, regional words", ""]
    # ---- the bundled cases
    kb_b = R.open_kb(REPO / "cases", tmp / "data_bundled")
    sy_b = R.Systems(kb_b)
    cross = load("cross_queries.yaml")
    graded = [q for q in cross if not q.get("no_precedent")]
    rows_b = run_graded(sy_b, graded, lambda q: q["grades"], k, depth, R)
    kinds_b = {cid: c.kind for cid, c in kb_b.corpus.cases.items()}
    out += ["### Cross-language slice over the bundled cases", "",
            f"{len(graded)} descriptions ({sum(1 for q in graded if q['language'] == 'en')} English of Chinese cases, "
            f"{sum(1 for q in graded if q['language'] != 'en')} Chinese of English cases), grades exhaustive over the "
            f"{len(kinds_b)} bundled cases; BM25 on the same index.", ""]
    out.append(halves_table(R, rows_b, [
        ("all", lambda r: True),
        ("English → Chinese cases", lambda r: r["q"]["language"] == "en"),
        ("Chinese → English cases", lambda r: r["q"]["language"] != "en"),
    ]))
    out.append("")
    per_kind = []
    for kd, _ in Counter(kinds_b[r["q"]["target"]] for r in rows_b).most_common():
        sub = [r for r in rows_b if kinds_b[r["q"]["target"]] == kd]
        per_kind.append(slice_line(R, kd, sub))
    out += ["Per kind of the described case (both halves):", "",
            R.md_table(["kind", "n", "nDCG@5 engine", "BM25", "Δ"], per_kind), ""]
    hit_rank = []
    for r in rows_b:
        ids = r["engine"]["ids"]
        hit_rank.append(ids.index(r["q"]["target"]) + 1 if r["q"]["target"] in ids else None)
    out.append(f"The described case in the engine's top 1 / top 5 / top 10: "
               f"{sum(1 for x in hit_rank if x == 1)} / {sum(1 for x in hit_rank if x and x <= 5)} / "
               f"{sum(1 for x in hit_rank if x)} of {len(hit_rank)}.")
    out.append("")
    # ---- incidents over the corpus
    inc = load("incidents.yaml")
    ij = load("incidents_judgments.yaml") or {}
    graded_i = [q for q in inc if not q.get("no_precedent")]
    rows_i = run_graded(sy_corpus, graded_i, lambda q: {c: int(g) for c, g in (ij.get(q["id"]) or {}).items()}, k,
                        depth, R)
    out += ["### Real incidents over ../shared/corpus", "",
            f"{len(graded_i)} public incidents not in the corpus ({sum(1 for q in graded_i if q['language'] == 'en')} "
            f"English, {sum(1 for q in graded_i if q['language'] != 'en')} Chinese), graded pools. Unjudged in the "
            f"engine's top 5: {sum(r['engine']['unjudged'] for r in rows_i)}.", ""]
    out.append(halves_table(R, rows_i, [
        ("all", lambda r: True),
        ("English", lambda r: r["q"]["language"] == "en"),
        ("Chinese (→ mostly English cases)", lambda r: r["q"]["language"] != "en"),
    ]))
    out.append("")
    # ---- the earlier judged set, by half
    if judged_rows is not None:
        halves = judged_halves(judged_qs)
        for r in judged_rows:
            r["q"].setdefault("half", halves[r["q"]["id"]])
        out += ["### The earlier judged set (judged_queries.yaml) by half", "",
                "A = even positions, B = odd positions in the file; B was not looked at query by query for issue 16.", ""]
        out.append(halves_table(R, judged_rows, [
            ("all", lambda r: not r["q"].get("no_precedent")),
            ("English", lambda r: r["q"]["language"] == "en" and not r["q"].get("no_precedent")),
            ("Chinese (cross-language: 96% of the corpus is English)",
             lambda r: r["q"]["language"] != "en" and not r["q"].get("no_precedent")),
        ]))
        out.append("")
    # ---- scripts
    texts = [(q["id"], q["text"]) for q in inc] + [(q["id"], q["text"]) for q in (judged_qs or [])]
    s_same, s_n, s_diff, s_set, s_top1 = script_consistency(kb_corpus, texts, k)
    b_same, b_n, b_diff, b_set, b_top1 = script_consistency(kb_b, [(q["id"], q["text"]) for q in cross], k)
    out += ["### Simplified and Traditional descriptions give the same top 5", "",
            f"Every Chinese description converted to the other script (Simplified → Taiwan Traditional with Taiwan "
            f"words, OpenCC s2twp; Traditional → Simplified with mainland words, tw2sp): same top-5 ids for "
            f"**{s_same}/{s_n}** over the corpus and **{b_same}/{b_n}** over the bundled cases (the same five in any "
            f"order: {s_set}/{s_n} and {b_set}/{b_n}; the same top 1: {s_top1}/{s_n} and {b_top1}/{b_n})."
            + (f" Differing: {', '.join(s_diff + b_diff)}." if s_diff or b_diff else ""), ""]
    c_same, c_n, c_diff, c_set, _ = script_consistency(kb_corpus, texts, k, chars_only=True)
    cb_same, cb_n, cb_diff, cb_set, _ = script_consistency(kb_b, [(q["id"], q["text"]) for q in cross], k, chars_only=True)
    out += [f"The same descriptions with their characters converted and their words kept (OpenCC t2s / s2t: the "
            f"script alone, not the vocabulary): same top-5 ids for **{c_same}/{c_n}** and **{cb_same}/{cb_n}** "
            f"(in any order: {c_set}/{c_n} and {cb_set}/{cb_n})."
            + (f" Differing: {', '.join(c_diff + cb_diff)}." if c_diff or cb_diff else ""), ""]
    # ---- calibration
    probes_b = [q for q in cross if q.get("no_precedent")]
    pr_b = run_graded(sy_b, probes_b, lambda q: {}, k, depth, R)
    probes_i = [q for q in inc if q.get("no_precedent")]
    pr_i = run_graded(sy_corpus, probes_i, lambda q: {}, k, depth, R)
    g2_i = [r for r in rows_i if 2 in (ij.get(r["q"]["id"]) or {}).values()]
    cal = []
    for h in ("A", "B", None):
        lab = f"half {h}" if h else "both"
        sel = (lambda r: r["q"].get("half") == h) if h else (lambda r: True)
        cal.append(calib_line(f"corpus, issue-16 probes & incidents, {lab}",
                              close_stats(R, [r for r in pr_i if sel(r)], [r for r in g2_i if sel(r)])))
    for h in ("A", "B", None):
        lab = f"half {h}" if h else "both"
        sel = (lambda r: r["q"].get("half") == h) if h else (lambda r: True)
        cal.append(calib_line(f"bundled, probes & cross-language descriptions, {lab}",
                              close_stats(R, [r for r in pr_b if sel(r)], [r for r in rows_b if sel(r)])))
    if judged_rows is not None:
        old_np = [{"close": r["close"], "top1": r["top1_score"], "q": r["q"]} for r in judged_rows if r["q"].get("no_precedent")]
        old_g2 = [{"close": r["close"], "q": r["q"]} for r in judged_rows
                  if not r["q"].get("no_precedent") and 2 in (judg.get(r["q"]["id"]) or {}).values()]
        cal.append(calib_line("corpus, earlier judged set (27 probes, grade-2 descriptions)", close_stats(R, old_np, old_g2)))
        cal.append(calib_line("corpus, all probes and grade-2 descriptions",
                              close_stats(R, old_np + pr_i, old_g2 + g2_i)))
    out += ["### Calibration: called close or not", "",
            f"\"Close\" = top score ≥ CLOSE_THRESHOLD ({similar.CLOSE_THRESHOLD}). Targets: ≥ 90% of no-precedent probes "
            "not close, none above 0.50; ≥ 75% of descriptions with a same-situation (grade 2) precedent called close.", "",
            R.md_table(["set", "probes not close", "highest probe score", "same-situation called close"], cal), ""]
    worst = sorted([r for r in pr_i + pr_b if r["q"].get("half") == "A"], key=lambda r: -r["top1"])[:5]
    out += ["Highest-scoring probes of half A: " + "; ".join(
        f"{r['q']['id']} {r['top1']:.2f} ({r['hits'][0].id if r['hits'] else '–'})" for r in worst), ""]
    missed = [r["q"]["id"] for r in g2_i + rows_b if not r["close"] and r["q"].get("half") == "A"]
    out += [f"Same-situation descriptions of half A not called close: {', '.join(missed) or 'none'}.", ""]
    # ---- regional pairs
    table, fails = regional_section(R)
    out += ["### Regional word pairs (issue16/regional_pairs.tsv)", "",
            "A pair meets when the Taiwan word gives every term of the mainland word through the analyzer (folding "
            "and segmentation), as a bare query and in a text of its own script, and each of its query words is one "
            "of the mainland word's terms; the Taiwan word is also checked typed in Simplified characters.", "",
            table, "", f"Half A pairs that do not meet: {' '.join(fails['A']) or 'none'}.", ""]
    sy_b.close()
    kb_b.close()
    return out, {"cross": rows_b, "incidents": rows_i}


def main():
    import argparse
    import shutil
    import tempfile

    import run_eval as R

    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default=str(REPO.parent / "shared" / "corpus"))
    ap.add_argument("--out", default=None)
    ap.add_argument("--detail", action="store_true", help="per-query lines of half A")
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="kb-i16-"))
    try:
        kb = R.open_kb(Path(args.corpus), tmp / "data")
        sy = R.Systems(kb)
        qs, judg = R.load_judged()
        jrows = R.run_judged(sy, qs, judg, 5, 10)
        lines, rows = section(R, kb, sy, tmp, judged_rows=jrows, judged_qs=qs, judg=judg)
        if args.detail:
            lines += ["### Half A, per query", ""]
            for name in ("cross", "incidents"):
                for r in rows[name]:
                    if r["q"].get("half") != "A":
                        continue
                    lines.append(f"- {r['q']['id']} nDCG {R.fmt(r['engine']['ndcg'], 2)} (BM25 {R.fmt(r['bm25']['ndcg'], 2)}) "
                                 f"top1 {r['top1']:.2f} close={r['close']}: "
                                 + " ".join(f"{c}:{g}" for c, g in zip(r['engine']['ids'][:5], r['engine']['gains'][:5])))
        md = "\n".join(lines) + "\n"
        print(md)
        if args.out:
            Path(args.out).write_text(md, "utf-8")
        sy.close()
        kb.close()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
