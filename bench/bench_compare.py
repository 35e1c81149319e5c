"""Compare: how long a comparison of 10 cases takes, and the aggregate the UI thread recomputes
on every score (10 cases x 7 criteria x N raters, Krippendorff's alpha per criterion + overall).

    PYTHONPATH=. python bench/bench_compare.py
"""
import random
import statistics
import time
from pathlib import Path

from kb_app.core.team.agreement import aggregate
from kb_app.core.team.compare import compare_cases
from kb_app.core.team.report import load_team_files
from kb_app.core.cases.parsing import load_corpus
from kb_app.core.team.ratings import RaterFile, Score
from kb_app.core.analysis.vocab import load_vocab

CASES = Path(__file__).resolve().parents[1] / "cases"


def timed(fn, n=30):
    out = []
    for _ in range(n):
        t0 = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t0) * 1000)
    out.sort()
    return statistics.median(out), out[int(len(out) * 0.95) - 1]


def main():
    vocab, _ = load_vocab(CASES)
    corpus = load_corpus(CASES, vocab)
    cases = sorted(corpus.cases.values(), key=lambda c: c.id)[:10]
    team = load_team_files(CASES)
    rubric = team.rubrics["default"]
    rnd = random.Random(1)
    ids = [c.id for c in cases]
    print(f"compare_cases, 10 cases: p50/p95 {'%.1f / %.1f' % timed(lambda: compare_cases(cases, vocab))} ms")
    aggregate(rubric, [], ids)
    for n in (3, 10):
        files = [RaterFile(f"r{i}", "default", {cid: {k: Score(rnd.randint(1, 5)) for k in rubric.keys} for cid in ids})
                 for i in range(n)]
        print(f"aggregate, 10 cases x 7 criteria x {n} raters: p50/p95 "
              f"{'%.1f / %.1f' % timed(lambda: aggregate(rubric, files, ids))} ms")


if __name__ == "__main__":
    main()
