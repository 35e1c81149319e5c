"""How long the Learn view's data take on a large folder (issue 8).

    python bench/bench_learn.py --n 10000        # generates the folder with make_corpus.py once

Measures, on the writer thread's work of one refresh: coverage + lessons + suggestions
(core.progress.compute), reading paths (core.reading_paths.load_paths), the practice split of
every case (core.practice.split_case), and marking one case read in state.db. A third of the
cases are read. Figures go to stdout; no test depends on them.
"""
from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))


def timed(fn, repeat=5):
    out = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t0) * 1000)
    return statistics.median(out), max(out)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=10000)
    ap.add_argument("--dir", type=Path, help="an existing case folder instead of a generated one")
    args = ap.parse_args(argv)
    from kb_app.core.learning import practice, progress, reading_paths
    from kb_app.core.cases.parsing import load_corpus
    from kb_app.core.storage.store import StateStore
    from kb_app.core.analysis.vocab import load_vocab

    tmp = Path(tempfile.mkdtemp(prefix="kb-bench-learn-"))
    folder = args.dir
    if folder is None:
        import make_corpus

        folder = tmp / "cases"
        make_corpus.generate(folder, args.n)
        import shutil

        shutil.copytree(ROOT / "cases" / "paths", folder / "paths", dirs_exist_ok=True)
    vocab, _ = load_vocab(folder, ROOT / "cases")
    t0 = time.perf_counter()
    corpus = load_corpus(folder, vocab)
    print(f"{len(corpus.cases)} cases, {len(corpus.lessons)} lessons parsed in {time.perf_counter() - t0:.1f} s")
    rnd = random.Random(7)
    read = {c for c in corpus.cases if rnd.random() < 1 / 3}
    med, mx = timed(lambda: progress.compute(corpus, read, set(), list(vocab.skills), list(vocab.kinds)))
    print(f"progress.compute (coverage, lessons, suggestions): median {med:.1f} ms, max {mx:.1f} ms")
    med, mx = timed(lambda: reading_paths.load_paths(folder, corpus))
    print(f"reading_paths.load_paths: median {med:.2f} ms, max {mx:.2f} ms")
    bodies = [c.body for c in corpus.cases.values()]
    med, mx = timed(lambda: [practice.split_case(b) for b in bodies], 3)
    print(f"practice.split_case over every case: median {med:.0f} ms ({med * 1000 / len(bodies):.1f} µs a case)")
    st = StateStore(tmp / "state.db")
    ids = list(corpus.cases)
    med, mx = timed(lambda: progress.mark(st, rnd.choice(ids), "case", "dwell", 5.0), 50)
    print(f"progress.mark (one row, one transaction, WAL): median {med:.2f} ms, max {mx:.2f} ms")
    for cid in read:
        progress.mark(st, cid, "case", "manual")
    med, mx = timed(lambda: progress.read_sets(st))
    print(f"progress.read_sets ({len(read)} rows): median {med:.2f} ms")
    st.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
