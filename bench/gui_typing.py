"""Typing never stutters: a benchmark of the real window at 10,000 cases (not a test).

    .venv/bin/python bench/gui_typing.py                 # generate 10,000 cases (once), measure
    .venv/bin/python bench/gui_typing.py --cases DIR     # use an existing case folder
    .venv/bin/python bench/gui_typing.py --n 2000 --launch-only

What it does:
  1. launch: starts `python -m kb_app` on the bundled cases in a fresh data dir (offscreen) and
     reports the time from spawning the process to a usable window and to a ready index;
  2. builds (or reuses) a folder of N cases made by copying the bundled ones under new ids and
     mutating their numbers and sentence order, and indexes it once into bench/out/ (reused);
  3. opens the real MainWindow offscreen on it, focuses the incident pane and types a
     300-character Chinese description character by character through the event loop (a
     typist QTimer inserts one character per tick; it pauses after each clause so the 300 ms
     debounce fires mid-typing, as a person does);
  4. a 5 ms QTimer records every gap in the event loop: the longest gap beyond its 5 ms period
     is the longest stall; each pause's suggestion latency is measured from the last keystroke
     to the suggestions on screen.
"""
from __future__ import annotations

import argparse
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
OUT = ROOT / "bench" / "out"

DESCRIPTION = (
    "周二上午十点，某中型券商集中交易系统所在的双控存储阵列频繁出现IO超时，委托响应从五十毫秒升到八秒，"
    "部分营业部无法下单。我方驻场工程师已经连续工作三十个小时，先后重启了控制器、切换了光纤交换机端口、"
    "重扫了多路径，症状时好时坏，原因仍然没有找到。客户信息技术部总监要求明天开盘前必须恢复，否则要向证监局报告，"
    "并且暗示年底的运维合同可能不再续签。上周刚更换过一块控制器备件，固件版本与另一块不一致。我们是否应该立即换人、"
    "向存储原厂升级三线支持，并由服务经理到现场统一对客户沟通？晚上还要给客户高层写一份事故进展说明，"
    "列出已经排除的原因、下一步的排查计划、预计恢复时间以及我方承担的责任，同时准备好回退方案和备用交易通道。"
)


# -- the case folder ----------------------------------------------------------------------------------------------

_ID_RE = re.compile(r"^id:\s*(\S+)\s*$", re.M)
_TITLE_RE = re.compile(r"^title:\s*(.+)$", re.M)
_RELATED_RE = re.compile(r"^related:\s*\[([^\]]*)\]\s*$", re.M)
_NUM_RE = re.compile(r"(?<![\w-])(\d{1,3})(?![\w-])")


def generate(n: int, dest: Path, seed: int = 7) -> Path:
    """N cases from the bundled ones: new ids, numbers and sentence order changed."""
    marker = dest / ".generated"
    if marker.is_file() and marker.read_text().strip() == str(n):
        return dest
    shutil.rmtree(dest, ignore_errors=True)
    src = ROOT / "cases"
    shutil.copytree(src / "lessons", dest / "lessons")
    shutil.copytree(src / "vocab", dest / "vocab")
    templates = []
    for p in sorted(src.glob("*.md")):
        raw = p.read_text("utf-8")
        m = _ID_RE.search(raw)
        if m and m.group(1) == p.stem:
            templates.append((p.stem, raw))
    ids = [t[0] for t in templates]
    rng = random.Random(seed)
    k = len(templates)
    for i in range(n):
        rnd, j = divmod(i, k)
        orig, raw = templates[j]
        new_id = f"{orig}-g{rnd:04d}"
        head, _, body = raw.partition("\n---\n") if raw.startswith("---\n") else ("", "", raw)
        head = _ID_RE.sub(f"id: {new_id}", head, count=1)
        head = _TITLE_RE.sub(lambda m: f"title: {m.group(1)}（{rnd + 1}）", head, count=1)
        head = _RELATED_RE.sub(lambda m: "related: [" + ", ".join(
            f"{r.strip()}-g{rnd:04d}" for r in m.group(1).split(",") if r.strip() in ids) + "]", head, count=1)
        body = _NUM_RE.sub(lambda m: str(max(1, int(m.group(1)) + rng.randint(-3, 3))), body)
        paras = body.split("\n\n")
        for pi, para in enumerate(paras):
            if para.startswith("#") or rng.random() < 0.5:
                continue
            sentences = [s for s in re.split(r"(?<=[。！？.!?])", para) if s.strip()]
            rng.shuffle(sentences)
            paras[pi] = "".join(sentences)
        (dest / f"{new_id}.md").write_text(head + "\n---\n" + "\n\n".join(paras), "utf-8")
    marker.write_text(str(n))
    return dest


# -- measurements -------------------------------------------------------------------------------------------------------

def measure_launch(cases: Path | None = None, timeout: float = 120) -> dict:
    """Spawn `python -m kb_app` (offscreen) in a fresh data dir; time to window and to index."""
    tmp = Path(tempfile.mkdtemp(prefix="kb-launch-"))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", KB_APP_TIMING="1", KB_APP_EXIT_WHEN_READY="1",
               KB_DATA_DIR=str(tmp / "data"), XDG_CONFIG_HOME=str(tmp / "config"), HOME=str(tmp))
    cmd = [sys.executable, "-m", "kb_app", "--data", str(tmp / "data"), "--lang", "zh-Hans"]
    if cases:
        cmd += ["--cases", str(cases)]
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    out = {}
    try:
        for line in proc.stdout:
            now = time.perf_counter() - t0
            if "window usable" in line:
                out["window_s"] = now
            elif "index ready" in line:
                out["ready_s"] = now
                break
            if now > timeout:
                break
    finally:
        proc.wait(timeout=30)
        shutil.rmtree(tmp, ignore_errors=True)
    return out


class GapRecorder:
    """A 5 ms timer; every gap between ticks beyond the period is event-loop stall."""

    def __init__(self, period_ms: int = 5):
        from PySide6.QtCore import QTimer, Qt

        self.period = period_ms / 1000
        self.gaps: list[float] = []
        self.busy: list[float] = []   # UI-thread CPU time inside each gap: our own work, not waiting
        self._last = None
        self._last_cpu = None
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(period_ms)
        self.timer.timeout.connect(self._tick)

    def _tick(self):
        now = time.perf_counter()
        cpu = time.thread_time()  # CPU time of this (the UI) thread only
        if self._last is not None:
            self.gaps.append(now - self._last)
            self.busy.append(cpu - self._last_cpu)
        self._last = now
        self._last_cpu = cpu

    def start(self):
        self._last = None
        self.timer.start()

    def stop(self):
        self.timer.stop()

    def stall_ms(self) -> float:
        return max(0.0, (max(self.gaps) - self.period) * 1000) if self.gaps else 0.0

    def busy_ms(self) -> float:
        """The longest stretch of UI-thread CPU work between two ticks: what the window itself
        did at once, whatever else the (shared) machine was doing meanwhile."""
        return max(0.0, (max(self.busy) - self.period) * 1000) if self.busy else 0.0

    def p99_ms(self) -> float:
        if not self.gaps:
            return 0.0
        g = sorted(self.gaps)
        return max(0.0, (g[int(0.99 * (len(g) - 1))] - self.period) * 1000)


class StallSampler:
    """--profile: a thread samples the UI thread's stack every 2 ms; samples taken while the
    event loop has not ticked for more than a frame (16 ms) are the stalls, counted by the
    innermost frames of our code (or Qt's, as the Python line that called into it)."""

    def __init__(self, gaps: "list[GapRecorder]", frame_ms: float = 16.0):
        import threading
        from collections import Counter

        self.main = threading.main_thread().ident
        self.recorders = gaps
        self.frame = frame_ms / 1000
        self.hits: Counter = Counter()
        self._stop = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)

    def start(self):
        self.thread.start()

    def stop(self):
        self._stop.set()
        self.thread.join(1)

    def _run(self):
        import traceback

        while not self._stop.wait(0.002):
            last = max((r._last or 0.0) for r in self.recorders if r.timer.isActive()) if any(
                r.timer.isActive() for r in self.recorders) else None
            if last is None or time.perf_counter() - last < self.frame:
                continue
            frame = sys._current_frames().get(self.main)
            if frame is None:
                continue
            stack = traceback.extract_stack(frame)
            ours = [f for f in stack if "/kb_app/" in f.filename or "/bench/" not in f.filename]
            key = " <- ".join(f"{Path(f.filename).name}:{f.lineno} {f.name}" for f in reversed(ours[-4:]))
            self.hits[key] += 1

    def report(self, top: int = 12) -> str:
        total = sum(self.hits.values())
        lines = [f"  stall samples (2 ms each, UI thread stalled > {self.frame * 1000:.0f} ms): {total}"]
        for key, n in self.hits.most_common(top):
            lines.append(f"    {n:5d}  {key}")
        return "\n".join(lines)


def run_typing(cases: Path, data: Path, text: str, key_ms: int, pause_ms: int, lang: str,
               profile: bool = False) -> dict:
    from PySide6.QtCore import QEventLoop, QSettings, QTimer

    tmp = Path(tempfile.mkdtemp(prefix="kb-bench-"))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp / "settings"))
    from kb_app.gui.app import create_application, wait_until
    from kb_app.gui.main_window import MainWindow

    app = create_application([sys.argv[0]], lang)
    t0 = time.perf_counter()
    win = MainWindow(str(cases), str(data))
    win.resize(1440, 900)
    win.show()
    app.processEvents()
    shown_s = time.perf_counter() - t0
    load_gaps = GapRecorder(5)  # the event loop while the worker reads and indexes
    load_gaps.start()
    gaps = GapRecorder(5)
    sampler = StallSampler([load_gaps, gaps]) if profile else None
    if sampler:
        sampler.start()
    win.start()
    progress = {"last": 0.0}

    def on_progress(done, total, msg):
        if total and time.perf_counter() - progress["last"] > 5:
            progress["last"] = time.perf_counter()
            print(f"  indexing {done}/{total}", flush=True)

    win.library.loadProgress.connect(on_progress)
    if not wait_until(lambda: win.library.ready or bool(win.library.last_error), 3600):
        raise SystemExit("the case folder did not load")
    if not win.library.ready:
        raise SystemExit(f"load failed: {win.library.last_error}")
    load_s = time.perf_counter() - t0
    load_gaps.stop()
    out = win.library.last_outcome
    wait_until(lambda: win.search.model.rowCount() > 0, 30)

    pane = win.incident
    win.focus_incident()
    # warm the read path once (first similar on a cold pool thread), then clear
    pane.editor.setPlainText("存储阵列故障")
    pane.request()
    wait_until(lambda: pane.model.rowCount() > 0, 30)
    pane.editor.clear()
    pane.request()
    app.processEvents()

    latencies: list[float] = []
    computes: list[float] = []
    shown_seqs: list[int] = []
    last_key = {"t": 0.0}

    def on_shown(seq):
        if pane.model.rowCount():
            latencies.append((time.perf_counter() - last_key["t"]) * 1000)
            computes.append(pane.model.elapsed_ms)
        shown_seqs.append(seq)

    pane.suggestionsShown.connect(on_shown)
    chars = list(text)
    state = {"i": 0}
    loop = QEventLoop()
    typist = QTimer()
    typist.setSingleShot(True)

    def type_next():
        i = state["i"]
        if i >= len(chars):
            QTimer.singleShot(max(1500, pause_ms * 3), loop.quit)  # let the last suggestions land
            return
        cursor = pane.editor.textCursor()
        cursor.movePosition(cursor.MoveOperation.End)
        cursor.insertText(chars[i])  # one committed character, like an input method's commit
        last_key["t"] = time.perf_counter()
        state["i"] = i + 1
        pause = chars[i] in "，。？！；"
        typist.start(pause_ms if pause else key_ms)

    typist.timeout.connect(type_next)
    if sampler:
        print(sampler.report(), flush=True)
        sampler.hits.clear()
    gaps.start()
    t_type = time.perf_counter()
    typist.start(key_ms)
    loop.exec()
    typing_s = time.perf_counter() - t_type
    gaps.stop()
    if sampler:
        print("while typing:\n" + sampler.report(), flush=True)
        sampler.stop()
    result = {
        "cases": out.cases,
        "window_shown_s": shown_s,
        "load_s": load_s,
        "index": out.index_summary,
        "load_stall_ms": load_gaps.stall_ms(),
        "load_p99_ms": load_gaps.p99_ms(),
        "load_busy_ms": load_gaps.busy_ms(),
        "busy_ms": gaps.busy_ms(),
        "chars": len(chars),
        "typing_s": typing_s,
        "stall_ms": gaps.stall_ms(),
        "p99_gap_ms": gaps.p99_ms(),
        "ticks": len(gaps.gaps),
        "suggestions_shown": len(latencies),
        "latency_ms": latencies,
        "compute_ms": computes,
        "dropped": pane.dropped,
        "top": [pane.model.hit(i).id for i in range(min(3, pane.model.rowCount()))],
        "text_ok": pane.text() == text.strip(),
        "status": pane.status.text(),
    }
    win.close()
    app.processEvents()
    shutil.rmtree(tmp, ignore_errors=True)
    return result


def _fmt(xs: list[float]) -> str:
    if not xs:
        return "n/a"
    xs = sorted(xs)
    return (f"median {statistics.median(xs):.0f} ms, p90 {xs[int(0.9 * (len(xs) - 1))]:.0f} ms, "
            f"max {xs[-1]:.0f} ms (n={len(xs)})")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cases", type=Path, help="case folder to use instead of generating one")
    ap.add_argument("--n", type=int, default=10_000, help="cases to generate (default 10000)")
    ap.add_argument("--data", type=Path, help="data dir (default bench/out/data-<n>, kept between runs)")
    ap.add_argument("--key-ms", type=int, default=60, help="time between keystrokes (default 60 ms)")
    ap.add_argument("--pause-ms", type=int, default=450, help="pause after each clause (default 450 ms)")
    ap.add_argument("--lang", default="zh-Hans", choices=["zh-Hans", "zh-Hant", "en"])
    ap.add_argument("--launch-only", action="store_true")
    ap.add_argument("--no-launch", action="store_true")
    ap.add_argument("--profile", action="store_true", help="sample the UI thread's stack during stalls")
    ap.add_argument("--fresh", action="store_true", help="delete the data dir first: measure a first build")
    args = ap.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    if not args.no_launch:
        print("launch (bundled cases, fresh data dir, offscreen):", flush=True)
        launch = measure_launch()
        print(f"  window usable {launch.get('window_s', float('nan')):.2f} s after spawning the process; "
              f"index ready {launch.get('ready_s', float('nan')):.2f} s", flush=True)
        if args.launch_only:
            return 0

    text = DESCRIPTION[:300]
    if args.cases:
        cases = args.cases
        data = args.data or OUT / f"data-{cases.name}"
    else:
        cases = OUT / f"cases-{args.n}"
        t = time.perf_counter()
        generate(args.n, cases)
        print(f"case folder: {cases} ({args.n} cases, ready in {time.perf_counter() - t:.1f} s)", flush=True)
        data = args.data or OUT / f"data-{args.n}"
    print(f"typing {len(text)} characters into the incident pane ({args.key_ms} ms per key, "
          f"{args.pause_ms} ms pause after each clause)…", flush=True)
    if args.fresh:
        shutil.rmtree(data, ignore_errors=True)
    r = run_typing(cases, data, text, args.key_ms, args.pause_ms, args.lang, args.profile)
    print(f"\nresults at {r['cases']} cases")
    print(f"  window shown          {r['window_shown_s'] * 1000:.0f} ms after creating it; index loaded in "
          f"{r['load_s']:.1f} s ({r['index']}); longest stall meanwhile {r['load_stall_ms']:.1f} ms "
          f"(p99 gap {r['load_p99_ms']:.1f} ms); longest UI-thread work at once {r['load_busy_ms']:.1f} ms")
    print(f"  typed                 {r['chars']} characters in {r['typing_s']:.1f} s, text intact: {r['text_ok']}")
    print(f"  longest stall         {r['stall_ms']:.1f} ms (5 ms ticker, {r['ticks']} ticks; p99 gap "
          f"{r['p99_gap_ms']:.1f} ms); longest UI-thread work at once {r['busy_ms']:.1f} ms")
    print(f"  suggestion latency    {_fmt(r['latency_ms'])}  (last keystroke -> on screen, incl. 300 ms debounce)")
    print(f"  similar() compute     {_fmt(r['compute_ms'])}")
    print(f"  stale answers dropped {r['dropped']}")
    print(f"  top suggestions       {', '.join(r['top'])}  [{r['status']}]")
    return 0


if __name__ == "__main__":
    sys.exit(main())
