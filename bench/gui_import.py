"""The window never freezes while a team's documents come in: the longest UI stall during an
import through the real window (offscreen; not a test).

    .venv/bin/python bench/gui_import.py                 # 200 generated Word case studies
    .venv/bin/python bench/gui_import.py --n 500 --profile

What it does: copies the bundled cases to a temp folder and opens the real MainWindow on them;
generates N Word case studies (bench/bench_import.py: headings, a list, a table, an image);
then imports the folder as File > Import does (window.import_paths: the job on the writer
thread, progress in the status bar) while a 5 ms QTimer records every gap in the event loop
(bench/gui_typing.py GapRecorder), through the summary on screen and the reload that follows,
until the new cases are counted in the status bar. The longest gap beyond the timer's period is
the longest stall; "UI-thread work" is the CPU the UI thread itself spent inside that gap (what
the window did at once, whatever else the shared machine was doing).
"""
from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from bench.bench_import import make  # noqa: E402
from bench.gui_typing import GapRecorder, StallSampler  # noqa: E402


IDLE_S = 8.0


class TimedGaps(GapRecorder):
    """GapRecorder that also keeps when each gap ended, to tell reading from indexing."""

    def __init__(self, period_ms: int = 5):
        super().__init__(period_ms)
        self.timed: list[tuple[float, float]] = []

    def _tick(self):
        before = len(self.gaps)
        super()._tick()
        if len(self.gaps) > before:
            self.timed.append((self._last, self.gaps[-1]))


def measure(app, win, folder: Path, profile: bool = False) -> dict:
    """Import `folder` through the window; the event loop's gaps until the new cases are counted."""
    from kb_app.gui.app import wait_until

    area = win.import_area
    if area.summary is not None:
        area.summary.close()
        area.summary = None
    before = win.status_area.review_count
    gaps = TimedGaps(5)
    phase = {"read_end": None}

    def on_progress(done, total, message):
        if total and done >= total and phase["read_end"] is None:
            phase["read_end"] = time.perf_counter()  # every document read: the new cases are being indexed

    area.job_progress = on_progress
    sampler = StallSampler([gaps]) if profile else None
    if sampler:
        sampler.start()
    gaps.start()
    t0 = time.perf_counter()
    win.import_paths([str(folder)])
    done = wait_until(lambda: not area.running and area.summary is not None, 3600)
    import_s = time.perf_counter() - t0
    ctx = area.last_context
    wait_until(lambda: not win.library.loading and win.status_area.review_count >= before + (ctx.created if ctx else 0),
               600)
    app.processEvents()
    total_s = time.perf_counter() - t0
    gaps.stop()
    if sampler:
        print(sampler.report(), flush=True)
        sampler.stop()
    read_end = phase["read_end"] or time.perf_counter()
    reading = [g for t, g in gaps.timed if t <= read_end]
    after = [g for t, g in gaps.timed if t > read_end]
    return {"reading_stall_ms": max(0.0, (max(reading, default=0) - gaps.period) * 1000),
            "indexing_stall_ms": max(0.0, (max(after, default=0) - gaps.period) * 1000),
            "finished": bool(done), "created": ctx.created if ctx else 0, "failed": ctx.failed if ctx else 0,
            "import_s": import_s, "until_counted_s": total_s, "stall_ms": gaps.stall_ms(), "busy_ms": gaps.busy_ms(),
            "p99_gap_ms": gaps.p99_ms(), "ticks": len(gaps.gaps)}


def run(n: int, profile: bool = False) -> dict:
    from PySide6.QtCore import QSettings

    tmp = Path(tempfile.mkdtemp(prefix="kb-bench-import-"))
    try:
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp / "settings"))
        cases = tmp / "cases"
        shutil.copytree(ROOT / "cases", cases, ignore=lambda d, names: [x for x in names if x.startswith(".")])
        src = tmp / "docs"
        src.mkdir()
        t0 = time.perf_counter()
        make(src, n)
        print(f"generated {n} .docx in {time.perf_counter() - t0:.1f} s", flush=True)

        from kb_app.gui.app import create_application, wait_until
        from kb_app.gui.main_window import MainWindow

        app = create_application([sys.argv[0]], "zh-Hans")
        win = MainWindow(str(cases), str(tmp / "data"))
        win.resize(1024, 700)
        win.show()
        win.start()
        if not wait_until(lambda: win.library.ready, 600):
            raise SystemExit("the case folder did not load")
        wait_until(lambda: win.search.model.rowCount() > 0, 30)
        area = win.import_area
        idle = GapRecorder(5)  # the floor: the same window doing nothing, on the same (shared) machine
        idle.start()
        wait_until(lambda: False, IDLE_S)
        idle.stop()
        first = tmp / "first"
        first.mkdir()
        import import_samples  # an English case study: loads what the batch needs, repeats none of it

        import_samples.make_docx(first / "ransomware-logistics.docx", import_samples.EN, "localized")
        cold = measure(app, win, first, profile)   # the session's first import: its modules load now
        warm = measure(app, win, src, profile)     # the batch, as any later import runs
        warm.update({"idle_stall_ms": idle.stall_ms(), "idle_busy_ms": idle.busy_ms(), "load": os.getloadavg()[0],
                     "documents": n, "cold_stall_ms": cold["stall_ms"], "cold_busy_ms": cold["busy_ms"],
                     "cold_documents": 1})
        result = warm
        area.summary.close()
        win.close()
        app.processEvents()
        return result
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=200)
    ap.add_argument("--profile", action="store_true", help="sample the UI thread's stack during stalls")
    ap.add_argument("--in-thread", action="store_true",
                    help="import on the window's writer thread, not in a child process (the fallback; for comparison)")
    args = ap.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if args.in_thread:
        from kb_app.gui.window.importing import ImportArea

        ImportArea.IN_CHILD = False
    r = run(args.n, args.profile)
    print(f"imported {r['created']} of {r['documents']} documents through the window "
          f"({r['failed']} failed) in {r['import_s']:.1f} s; counted in the status bar after {r['until_counted_s']:.1f} s")
    print(f"  the session's first import ({r['cold_documents']} documents, its libraries loading): longest stall "
          f"{r['cold_stall_ms']:.1f} ms (UI-thread work at once {r['cold_busy_ms']:.1f} ms)")
    print(f"  the same window idle for {IDLE_S:.0f} s before: longest stall {r['idle_stall_ms']:.1f} ms "
          f"(UI-thread work {r['idle_busy_ms']:.1f} ms); load average {r['load']:.1f} on {os.cpu_count()} cores")
    print(f"  longest stall while the documents were read {r['reading_stall_ms']:.1f} ms, "
          f"while the new cases were indexed and the window reloaded {r['indexing_stall_ms']:.1f} ms")
    print(f"longest UI stall {r['stall_ms']:.1f} ms (UI-thread work at once {r['busy_ms']:.1f} ms), "
          f"p99 gap {r['p99_gap_ms']:.1f} ms over {r['ticks']} ticks of 5 ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
