"""Fault probes (issue 11 §2-§3): corruption, kill -9 and race trials, with figures.

    python bench/fault_probes.py                      # all three probes, default trial counts
    python bench/fault_probes.py --corrupt 26 --kill 15 --race 30 --lock 10 --kill-cases 400

1. corrupt: bytes overwritten inside a Whoosh segment file (random offset, 1-64 random bytes).
   Each trial then does what a user would: a fresh process-like KnowledgeBase runs ensure_index()
   and a fixed set of searches and similar() calls, rebuilding once if a search reports the
   index damaged (as `kb` does). Counted: detected (by the checksum manifest on open, or by a
   read error during a search), raw errors (anything else raised), wrong answers (ids or scores
   differing from those of the intact index).
2. kill: `kb index --rebuild` (or a first build) killed with SIGKILL at a random moment; counted:
   leftovers (index.building-*/index.old-*) right after the kill and after the next `kb index`,
   and whether the next searches answer as the intact index does.
3. race: two processes start at the same instant on one corrupt state.db; counted: trials where
   the user's original bytes are not in exactly one kept-aside copy (bytes lost), and lost marks.
4. team (issue 19): the team files a folder shares, as several people and a hostile folder meet them:
   two `kb rate` at once for one rater (ratings kept), raters whose names slug alike (a colleague's
   score changed), a ratings file and the ratings folder linked out of the cases folder (read or
   written outside), a case id the reader rejects (accepted), permissions after a save (0644 kept),
   `kb rate` killed mid-write (temp files left after the next `kb index`), two `kb new` with one title
   at once (one path written twice), kill -9 between the index and kb.db (old titles kept).
"""
from __future__ import annotations

import argparse
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kb_app.core.retrieval.index import IndexCorrupt  # noqa: E402
from kb_app.core.service import KnowledgeBase  # noqa: E402

QUERIES = ["故障", "數據丟失", "备份", "storage", "客户投诉 法务", "存储阵列", "加班 疲劳"]
DESCRIPTIONS = ["证券客户存储阵列故障，工程师连续工作30小时", "A customer's data was lost and they sued us"]
ENV = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONIOENCODING": "utf-8"}


def answers(kb: KnowledgeBase) -> list:
    out = []
    for q in QUERIES:
        out.append([(h.id, round(h.score, 6)) for h in kb.search(q, limit=20).hits])
    for d in DESCRIPTIONS:
        out.append([(h.id, round(h.score, 6)) for h in kb.similar(d, 5).hits])
    return out


def user_answers(cases: Path, data: Path) -> tuple[list, bool]:
    """(answers, detected) as the CLI gets them: ensure_index, then searches; a damaged index
    found during a search is rebuilt once and the searches run again."""
    kb = KnowledgeBase(cases, data)
    detected = bool(kb.index.why_rebuild(kb._load_vocab()))
    kb.ensure_index()
    try:
        res = answers(kb)
    except IndexCorrupt:
        detected = True
        kb.close()
        kb = KnowledgeBase(cases, data)
        kb.repair()
        res = answers(kb)
    kb.close()
    return res, detected


def probe_corrupt(trials: int, work: Path, rng: random.Random) -> dict:
    cases = ROOT / "cases"
    template = work / "corrupt-template"
    kb = KnowledgeBase(cases, template)
    kb.load()
    want = answers(kb)
    kb.close()
    detected = wrong = raw = 0
    for t in range(trials):
        data = work / f"corrupt-{t}"
        shutil.copytree(template, data)
        ix = KnowledgeBase(cases, data).index.dir
        seg = rng.choice(sorted(p for p in ix.iterdir() if p.suffix == ".seg"))
        buf = bytearray(seg.read_bytes())
        n = rng.randint(1, 64)
        pos = rng.randrange(0, max(1, len(buf) - n))
        new = bytes(rng.getrandbits(8) for _ in range(n))
        if new == bytes(buf[pos:pos + n]):
            new = bytes(b ^ 0xFF for b in new)
        buf[pos:pos + n] = new
        seg.write_bytes(bytes(buf))
        try:
            got, det = user_answers(cases, data)
        except Exception as e:  # noqa: BLE001 - a raw error is a failure of the probe
            raw += 1
            print(f"  trial {t}: raw error {type(e).__name__}: {e}")
            continue
        detected += det
        wrong += got != want
        shutil.rmtree(data, ignore_errors=True)
    return {"trials": trials, "detected": detected, "raw errors": raw, "wrong answers": wrong}


def probe_kill(trials: int, work: Path, rng: random.Random, n_cases: int) -> dict:
    cases = work / "kill-cases"
    if not cases.exists():
        subprocess.run([sys.executable, str(ROOT / "bench" / "make_corpus.py"), str(cases), "--n", str(n_cases)],
                       check=True, env=ENV, stdout=subprocess.DEVNULL)
    ref = work / "kill-ref"
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-m", "kb_app.cli", "--cases", str(cases), "--data", str(ref), "index"],
                   check=True, env=ENV, capture_output=True)
    build_s = time.perf_counter() - t0
    kb = KnowledgeBase(cases, ref)
    kb.ensure_index()
    want = answers(kb)
    kb.close()
    left_after_kill = left_after_next = wrong = biggest = 0
    for t in range(trials):
        data = work / f"kill-{t}"
        first = t % 3 == 0  # a third are first builds, the rest rebuilds over an index
        if not first:
            shutil.copytree(ref, data)
        cmd = [sys.executable, "-m", "kb_app.cli", "--cases", str(cases), "--data", str(data), "index"]
        p = subprocess.Popen(cmd + ([] if first else ["--rebuild"]), env=ENV, stdout=subprocess.DEVNULL,
                             stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.3, max(0.5, build_s * 0.9)))
        os.kill(p.pid, signal.SIGKILL)
        p.wait()
        lib = KnowledgeBase(cases, data).lib_dir
        left = [q for q in lib.glob("index.*") if q.is_dir() and (".building-" in q.name or ".old-" in q.name)]
        if left:
            left_after_kill += 1
            biggest = max(biggest, max(sum(f.stat().st_size for f in q.rglob("*") if f.is_file()) for q in left))
        subprocess.run(cmd, env=ENV, capture_output=True, check=True)
        left = [q for q in lib.glob("index.*") if q.is_dir() and (".building-" in q.name or ".old-" in q.name)]
        left_after_next += bool(left)
        kb = KnowledgeBase(cases, data)
        kb.ensure_index()
        wrong += answers(kb) != want
        kb.close()
        shutil.rmtree(data, ignore_errors=True)
    return {"trials": trials, "cases": n_cases, "build s": round(build_s, 1),
            "leftovers right after the kill": left_after_kill, "largest leftover MB": round(biggest / 1e6, 1),
            "leftovers after the next kb index": left_after_next, "wrong answers": wrong}


RACE = textwrap.dedent("""
    import sys, time
    from kb_app.core.storage.store import StateStore
    start = float(sys.argv[2])
    while time.time() < start:
        pass
    s = StateStore(sys.argv[1])
    s.mark_read(sys.argv[3])
    s.close()
""")


def probe_race(trials: int, work: Path) -> dict:
    from kb_app.core.storage.store import StateStore

    lost_bytes_trials = lost_bytes = lost_marks = failed = 0
    for t in range(trials):
        d = work / f"race-{t}"
        d.mkdir()
        path = d / "state.db"
        original = b"SQLite format 3\0" + os.urandom(4080)  # a damaged database: header, then garbage
        path.write_bytes(original)
        start = time.time() + 0.8
        procs = [subprocess.Popen([sys.executable, "-c", RACE, str(path), str(start), f"p{i}"], env=ENV,
                                  stderr=subprocess.DEVNULL) for i in range(2)]
        failed += sum(p.wait(60) != 0 for p in procs)
        asides = [p.read_bytes() for p in d.glob("state.db.unreadable-*") if not p.name.endswith(("-wal", "-shm"))]
        if asides.count(original) != 1:
            lost_bytes_trials += 1
            lost_bytes += len(original)
        s = StateStore(path)
        lost_marks += 2 - len(s.read_ids() & {"p0", "p1"})
        s.close()
        shutil.rmtree(d, ignore_errors=True)
    return {"trials": trials, "trials losing bytes": lost_bytes_trials, "bytes of user state lost": lost_bytes,
            "read marks lost": lost_marks, "processes failed": failed}


def probe_lock(trials: int, work: Path) -> dict:
    """Concurrent incremental updates while update.lock is deleted under them (as a cleaner might):
    every process must finish, or fail with a message naming who holds the lock."""
    cases = work / "lock-cases"
    shutil.copytree(ROOT / "cases", cases)
    data = work / "lock-data"
    subprocess.run([sys.executable, "-m", "kb_app.cli", "--cases", str(cases), "--data", str(data), "index"],
                   check=True, env=ENV, capture_output=True)
    lib = KnowledgeBase(cases, data).lib_dir
    files = sorted(cases.glob("*.md"))
    failed = unnamed = 0
    for t in range(trials):
        procs = []
        for i in range(3):
            f = files[(t * 3 + i) % len(files)]
            f.write_text(f.read_text("utf-8") + f"\n补充 {t}-{i}。\n", "utf-8")
            (lib / "update.lock").unlink(missing_ok=True)
            procs.append(subprocess.Popen([sys.executable, "-m", "kb_app.cli", "--cases", str(cases), "--data",
                                           str(data), "index"], env=ENV, stdout=subprocess.DEVNULL,
                                          stderr=subprocess.PIPE, text=True))
        for p in procs:
            err = p.communicate(timeout=120)[1]
            if p.returncode != 0:
                failed += 1
                last = err.strip().splitlines()[-1] if err.strip() else ""
                unnamed += last.endswith(":") or "pid" not in last
    return {"trials": trials, "processes": trials * 3, "failed": failed, "failed without naming the holder": unnamed}


def _kb(cases: Path, data: Path, *args, check=False) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kb_app.cli", "--cases", str(cases), "--data", str(data), *args],
                          env=ENV, capture_output=True, text=True, check=check)


def _rater_scores(cases: Path) -> dict:
    """{rater name: {case: {criterion: score}}} read straight from the YAML files (any version)."""
    import yaml

    out = {}
    for f in sorted((cases / "ratings").glob("*.yaml")):
        try:
            d = yaml.safe_load(f.read_text("utf-8")) or {}
        except Exception:  # noqa: BLE001 - a broken file counts as nothing kept
            continue
        rows = {}
        for cid, crits in (d.get("cases") or {}).items():
            rows[str(cid)] = {str(k): (v.get("score") if isinstance(v, dict) else v) for k, v in (crits or {}).items()}
        out[str(d.get("rater") or f.stem)] = rows
    return out


def probe_team(trials: int, work: Path) -> dict:
    res = {}
    base = work / "team-cases"
    shutil.copytree(ROOT / "cases", base)
    ids = sorted(p.stem for p in base.glob("*.md"))

    def fresh(name):
        d = work / name
        shutil.copytree(base, d)
        return d

    # two kb rate at once for one rater
    kept = total = 0
    for t in range(trials):
        cases = fresh(f"rate-{t}")
        picks = ids[:6]
        procs = [subprocess.Popen([sys.executable, "-m", "kb_app.cli", "--cases", str(cases), "--data",
                                   str(work / f"rd-{t}-{i}"), "rate", cid, "judgment", "3", "--rater", "Probe Rater"],
                                  env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                 for i, cid in enumerate(picks)]
        for pr in procs:
            pr.wait(120)
        got = _rater_scores(cases).get("Probe Rater", {})
        kept += sum(1 for cid in picks if got.get(cid, {}).get("judgment") in (3, "3"))
        total += len(picks)
        shutil.rmtree(cases, ignore_errors=True)
    res["concurrent ratings kept"] = f"{kept}/{total}"

    # names that slug alike
    cases = fresh("slug")
    before = _rater_scores(cases).get("Dana Ruiz")
    _kb(cases, work / "sd", "rate", ids[0], "judgment", "2", "--rater", "DANA-RUIZ")
    _kb(cases, work / "sd", "rate", ids[0], "judgment", "4", "--rater", "a/b")
    _kb(cases, work / "sd", "rate", ids[0], "judgment", "1", "--rater", "a:b")
    after = _rater_scores(cases)
    wrong = int(after.get("Dana Ruiz") != before) + int(after.get("a/b", {}).get(ids[0], {}).get("judgment") not in (4, "4"))
    res["slug collisions (colleague's scores changed)"] = wrong

    # links out of the folder
    outside = work / "outside"
    outside.mkdir()
    (outside / "outsider.yaml").write_text(f"rater: Outsider\nrubric: default\ncases:\n  {ids[0]}: {{judgment: 1}}\n")
    cases = fresh("links")
    cmp = ("compare", "--ids", f"{ids[0]},{ids[1]}", "--format", "csv")
    without = _kb(cases, work / "ld", *cmp).stdout
    os.symlink(outside / "outsider.yaml", cases / "ratings" / "outsider.yaml")
    read_linked_file = int(_kb(cases, work / "ld", *cmp).stdout != without)  # its score moved the aggregate
    shutil.rmtree(cases / "ratings")
    os.symlink(outside, cases / "ratings")
    read_linked_folder = int("1.000" in _kb(cases, work / "ld", *cmp).stdout)  # the outsider's lone score read
    _kb(cases, work / "ld", "rate", ids[0], "judgment", "5", "--rater", "Inside")
    wrote_outside = int(sorted(p.name for p in outside.iterdir()) != ["outsider.yaml"])
    res["linked team files read or written outside"] = read_linked_file + read_linked_folder + wrote_outside

    # a case id the reader rejects, and an unknown one
    cases = fresh("badid")
    a = _kb(cases, work / "bd", "rate", "../../x y", "judgment", "3", "--rater", "Q")
    b = _kb(cases, work / "bd", "rate", "no-such-case", "judgment", "3", "--rater", "Q")
    res["bad or unknown case ids accepted"] = int(a.returncode == 0) + int(b.returncode == 0)

    # permissions kept
    cases = fresh("modes")
    lost = 0
    for f in (cases / "ratings").glob("*.yaml"):
        os.chmod(f, 0o644)
    r = next((cases / "ratings").glob("dana-ruiz*.yaml"))
    _kb(cases, work / "md", "rate", ids[0], "judgment", "3", "--rater", "Dana Ruiz")
    lost += (os.stat(r).st_mode & 0o777) != 0o644
    c = cases / f"{ids[0]}.md"
    os.chmod(c, 0o644)
    _kb(cases, work / "md", "migrate-format")
    lost += (os.stat(c).st_mode & 0o777) != 0o644
    res["saves turning 0644 into 0600"] = int(lost)

    # kb rate killed mid-write: temp files left after the next kb index
    cases = fresh("killrate")
    left = 0
    for t in range(trials):
        pr = subprocess.Popen([sys.executable, "-m", "kb_app.cli", "--cases", str(cases), "--data", str(work / "kr"),
                               "rate", ids[t % len(ids)], "judgment", "3", "--rater", "Killed"], env=ENV,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(random.uniform(0.15, 0.6))
        pr.send_signal(signal.SIGKILL)
        pr.wait()
    _kb(cases, work / "kr", "index")
    left = len([p for p in cases.rglob(".*.tmp")])
    res["temp files left after kills + kb index"] = left

    # two kb new with one title at once
    same = 0
    for t in range(trials):
        cases = fresh(f"new-{t}")
        before = {p.name for p in cases.glob("*.md")}
        procs = [subprocess.Popen([sys.executable, "-m", "kb_app.cli", "--cases", str(cases), "--data",
                                   str(work / f"nd-{t}-{i}"), "new", "--title", "同名事故", "--kind", "storage-failure",
                                   "--date", "2026-01-02"], env=ENV, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                                  text=True) for i in range(2)]
        outs = [pr.communicate(timeout=120)[0].strip() for pr in procs]
        made = {p.name for p in cases.glob("*.md")} - before
        same += len(made) < 2 or len(set(outs)) < 2
        shutil.rmtree(cases, ignore_errors=True)
    res["two kb new, one file"] = f"{same}/{trials}"
    return res


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corrupt", type=int, default=26)
    ap.add_argument("--kill", type=int, default=15)
    ap.add_argument("--race", type=int, default=30)
    ap.add_argument("--lock", type=int, default=10)
    ap.add_argument("--kill-cases", type=int, default=400)
    ap.add_argument("--team", type=int, default=5, help="trials of each racing team-file probe")
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--code", type=Path, help="run the child processes (kb, state.db openers) from this checkout, "
                                              "e.g. an older version, for before/after figures")
    args = ap.parse_args()
    if args.code:
        ENV["PYTHONPATH"] = str(args.code.resolve())
    rng = random.Random(args.seed)
    work = Path(tempfile.mkdtemp(prefix="kb-fault-probes-"))
    os.chdir(work)  # `python -m` / `-c` put the working folder first on sys.path: run the code of ENV's checkout
    try:
        for name, fn in (("corrupt segment bytes", lambda: probe_corrupt(args.corrupt, work, rng)),
                         ("kill -9 during a build", lambda: probe_kill(args.kill, work, rng, args.kill_cases)),
                         ("two processes on a corrupt state.db", lambda: probe_race(args.race, work)),
                         ("concurrent updates, lock file deleted", lambda: probe_lock(args.lock, work)),
                         ("team files", lambda: probe_team(args.team, work))):
            n = {"corrupt": args.corrupt, "kill": args.kill, "two": args.race, "concurrent": args.lock,
                 "team": args.team}
            if not n[name.split()[0]]:
                continue
            t0 = time.perf_counter()
            res = fn()
            print(f"{name}: " + ", ".join(f"{k}: {v}" for k, v in res.items())
                  + f"  ({time.perf_counter() - t0:.0f} s)", flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
