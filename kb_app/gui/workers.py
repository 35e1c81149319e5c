"""Background work: one serial writer thread, a small read pool, results by signal.

    runner = Runner()
    job = runner.write(fn, on_done=..., on_error=..., on_progress=...)   # load, index, state.db
    job = runner.read(fn, on_done=...)                                    # search, similar, open case

`fn(job)` runs off the GUI thread and may call job.progress(done, total, message) and
job.is_cancelled(); it must never touch a widget. Its return value (or exception) travels back
by a queued signal and the callbacks run on the GUI thread.

Writes (KnowledgeBase.load, warm_up, state.db) all run on ONE long-lived QThread, in order: the
core requires that load() calls never overlap, and a SQLite connection stays on the thread that
opened it. Reads run on a QThreadPool; the core serialises searcher access with its own lock.

Stale answers: each live request (a search, a suggestion) takes a number from RequestTokens;
only the newest number is current, an older answer is dropped on arrival, and the newer
request cancels the older one through its cancel callable.

Library wraps kb_app.core.service.KnowledgeBase in these terms for the widgets.
"""
from __future__ import annotations

import itertools
import json
import logging
import os
import queue
import subprocess
import sys
import threading
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QObject, QRunnable, QThread, QThreadPool, Signal

log = logging.getLogger(__name__)

_ids = itertools.count(1)


class Job:
    """One unit of background work. Created by Runner; fn(job) runs on a worker thread."""

    PROGRESS_INTERVAL = 0.05  # s: at most ~20 progress signals a second

    def __init__(self, fn: Callable, relay: "_Relay", name: str = "", cancellable: bool = True):
        self.id = next(_ids)
        self.cancellable = cancellable
        self.fn = fn
        self.name = name or getattr(fn, "__name__", "job")
        self._relay = relay
        self._cancel = threading.Event()
        self._last_progress = 0.0
        self.started_at = 0.0
        self.finished = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def progress(self, done: int, total: int, message: str = "") -> None:
        now = time.monotonic()
        if total and done < total and now - self._last_progress < self.PROGRESS_INTERVAL:
            return
        self._last_progress = now
        _emit(self._relay.progressed, self.id, int(done), int(total), str(message))

    def run(self) -> None:
        self.started_at = time.perf_counter()
        try:
            if self.is_cancelled():
                raise JobCancelled()
            result = self.fn(self)
        except BaseException as e:  # noqa: BLE001 - every failure goes back to the GUI thread
            if not isinstance(e, (JobCancelled,)) and not _is_cancel(e):
                log.debug("job %s failed:\n%s", self.name, traceback.format_exc())
            _emit(self._relay.failed, self.id, _Box(e))
        else:
            _emit(self._relay.finished, self.id, _Box(result))
        finally:
            self.finished.set()


class JobCancelled(Exception):
    """A job was cancelled before or while it ran."""


def _is_cancel(e: BaseException) -> bool:
    from ..core.index import IndexCancelled
    from ..core.similar import Cancelled

    return isinstance(e, (IndexCancelled, Cancelled, JobCancelled))


def is_cancellation(e: BaseException) -> bool:
    return _is_cancel(e)


def _emit(signal, *args) -> None:
    try:
        signal.emit(*args)
    except RuntimeError:  # the receiver is gone (application shutting down)
        pass


class _Box:
    """Carries a result across threads. (A bare None through a queued `object` signal has been
    seen to upset reference counts in PySide6 at interpreter exit; a box is always an object.)"""

    __slots__ = ("value",)

    def __init__(self, value):
        self.value = value


class _Relay(QObject):
    """Lives in the GUI thread; worker threads emit on it, so slots run on the GUI thread."""

    finished = Signal(int, object)
    failed = Signal(int, object)
    progressed = Signal(int, int, int, str)


class _SerialThread(QThread):
    """Runs jobs one after another, in submission order, on one long-lived thread."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("kb-writer")
        self.queue: queue.Queue = queue.Queue()
        self.current: Job | None = None

    def run(self) -> None:
        while True:
            job = self.queue.get()
            if job is None:
                return
            self.current = job
            try:
                job.run()
            finally:
                self.current = None


class _PoolTask(QRunnable):
    def __init__(self, job: Job):
        super().__init__()
        self.job = job
        self.setAutoDelete(True)

    def run(self) -> None:
        self.job.run()


@dataclass
class _Callbacks:
    on_done: Callable | None = None
    on_error: Callable | None = None
    on_progress: Callable | None = None


class Runner(QObject):
    """Submits jobs to the serial writer or the read pool; calls back on the GUI thread."""

    def __init__(self, parent: QObject | None = None, read_threads: int = 2):
        super().__init__(parent)
        self._relay = _Relay(self)
        self._relay.finished.connect(self._on_finished)
        self._relay.failed.connect(self._on_failed)
        self._relay.progressed.connect(self._on_progress)
        self._callbacks: dict[int, _Callbacks] = {}
        self._jobs: dict[int, Job] = {}
        self._writer = _SerialThread()
        self._writer.start()
        self._pool = QThreadPool()
        self._pool.setMaxThreadCount(max(1, read_threads))
        self._pool.setExpiryTimeout(-1)  # keep the threads (and their warm caches) alive
        self._closed = False

    # -- submitting ------------------------------------------------------------------------------
    def _make(self, fn, on_done, on_error, on_progress, name, cancellable=True) -> Job:
        job = Job(fn, self._relay, name, cancellable)
        self._callbacks[job.id] = _Callbacks(on_done, on_error, on_progress)
        self._jobs[job.id] = job
        return job

    def write(self, fn, on_done=None, on_error=None, on_progress=None, name: str = "",
              cancellable: bool = True) -> Job:
        """Run fn(job) on the one serial writer thread, after every job submitted before it.
        A job that is not cancellable (closing files) still runs when the runner shuts down."""
        job = self._make(fn, on_done, on_error, on_progress, name, cancellable)
        if self._closed and cancellable:
            job.cancel()
        self._writer.queue.put(job)
        return job

    def read(self, fn, on_done=None, on_error=None, on_progress=None, name: str = "") -> Job:
        """Run fn(job) on the read pool."""
        job = self._make(fn, on_done, on_error, on_progress, name)
        if self._closed:
            job.cancel()
        self._pool.start(_PoolTask(job))
        return job

    def pending(self) -> int:
        return len(self._jobs)

    # -- results (GUI thread) ----------------------------------------------------------------------
    def _on_finished(self, job_id: int, box) -> None:
        result = box.value
        self._jobs.pop(job_id, None)
        cb = self._callbacks.pop(job_id, None)
        if cb and cb.on_done and not self._closed:
            cb.on_done(result)

    def _on_failed(self, job_id: int, box) -> None:
        error = box.value
        self._jobs.pop(job_id, None)
        cb = self._callbacks.pop(job_id, None)
        if self._closed or cb is None:
            return
        if cb.on_error:
            cb.on_error(error)
        elif not is_cancellation(error):
            log.error("background job failed: %s: %s", type(error).__name__, error)

    def _on_progress(self, job_id: int, done: int, total: int, message: str) -> None:
        cb = self._callbacks.get(job_id)
        if cb and cb.on_progress and not self._closed:
            cb.on_progress(done, total, message)

    # -- shutting down ---------------------------------------------------------------------------------
    def shutdown(self, timeout_ms: int = 5000) -> bool:
        """Cancel what is queued or running, then wait for the threads. True if all stopped."""
        self._closed = True
        for job in list(self._jobs.values()):
            if job.cancellable:
                job.cancel()
        self._pool.clear()
        self._writer.queue.put(None)
        ok_writer = self._writer.wait(timeout_ms)
        ok_pool = self._pool.waitForDone(timeout_ms)
        self._callbacks.clear()
        self._jobs.clear()
        return bool(ok_writer and ok_pool)


class RequestTokens:
    """Numbers live requests; only the newest is current. Thread-safe; Qt-free."""

    def __init__(self):
        self._lock = threading.Lock()
        self._n = 0

    def next(self) -> int:
        with self._lock:
            self._n += 1
            return self._n

    def current(self) -> int:
        return self._n

    def is_current(self, n: int) -> bool:
        return n == self._n

    def invalidate(self) -> None:
        self.next()


# -- the knowledge base, in these terms -----------------------------------------------------------------

@dataclass
class LoadOutcome:
    cases: int
    lessons: int
    problems: list
    messages: list[str]
    read_ids: set[str]
    watch_files: list[str]
    watch_dirs: list[str]
    vocab: object
    cases_dir: str
    seconds: float
    index_summary: str = ""
    versions: dict = field(default_factory=dict)


class NotReady(Exception):
    """The case folder has not been loaded yet (or its index is being rebuilt)."""


# -- full builds in a child process ---------------------------------------------------------------------
# Building the whole index keeps the writer thread inside Whoosh, OpenCC and rjieba for a minute
# at 10,000 cases, and those release and retake the GIL so often that the GUI thread starves
# (event-loop stalls of 200-400 ms were measured). A full build therefore runs in a child process
# (`kb-app --index-worker`, the same core code) and the window only reads the finished index;
# small folders and incremental updates stay in-process, where they take well under a second.

SUBPROCESS_MIN_FILES = 400


def needs_full_build(kb) -> bool:
    from ..core.index import INDEX_VERSION

    m = kb.index.read_manifest()
    return m is None or m.get("version") != INDEX_VERSION


def index_command(cases_dir, data_dir, force: bool) -> list[str]:
    base = [sys.executable] if getattr(sys, "frozen", False) else [sys.executable, "-m", "kb_app"]
    return base + ["--index-worker", "--cases", str(cases_dir), "--data", str(data_dir)] + (
        ["--rebuild"] if force else [])


def build_in_subprocess(kb, job: "Job", force: bool) -> bool:
    """Run kb.load() in a child process, relaying its progress; True if it finished the build.

    Cancelling kills the child: the core builds into a side folder and swaps it in only when
    complete, so the previous index stays intact."""
    from ..core.index import IndexCancelled

    env = dict(os.environ, PYTHONIOENCODING="utf-8", QT_QPA_PLATFORM="offscreen")
    flags = getattr(subprocess, "CREATE_NO_WINDOW", 0)
    try:
        proc = subprocess.Popen(index_command(kb.cases_dir, kb.data_dir, force), stdout=subprocess.PIPE,
                                stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, text=True, encoding="utf-8",
                                errors="replace", env=env, creationflags=flags)
    except OSError as e:
        log.warning("cannot start the index worker (%s); indexing in-process", e)
        return False
    lines: queue.Queue = queue.Queue()

    def pump():
        for line in proc.stdout:
            lines.put(line)
        lines.put(None)

    threading.Thread(target=pump, name="kb-index-pipe", daemon=True).start()
    ok = False
    while True:
        if job.is_cancelled():
            proc.kill()
            proc.wait(10)
            raise IndexCancelled()
        try:
            line = lines.get(timeout=0.1)
        except queue.Empty:
            continue
        if line is None:
            break
        try:
            msg = json.loads(line)
        except ValueError:
            log.debug("index worker: %s", line.rstrip())
            continue
        if "progress" in msg:
            job.progress(*msg["progress"])
        elif "done" in msg:
            ok = True
        elif "error" in msg:
            log.warning("index worker failed: %s", msg["error"])
    rc = proc.wait()
    return ok and rc == 0


def _walk_dirs(root: Path) -> list[str]:
    out = []
    for dirpath, dirnames, _ in os.walk(root):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        out.append(dirpath)
    return out


def _versions() -> dict:
    import platform

    import PySide6
    from PySide6 import QtCore

    from .. import __version__

    v = {"app": __version__, "qt": QtCore.qVersion(), "pyside6": PySide6.__version__,
         "python": platform.python_version()}
    try:
        import whoosh

        v["whoosh"] = whoosh.versionstring()
    except Exception:  # noqa: BLE001
        v["whoosh"] = "?"
    try:
        from importlib.metadata import version

        for dist, key in (("rjieba", "rjieba"), ("opencc", "opencc")):
            try:
                v[key] = version(dist)
            except Exception:  # noqa: BLE001
                v[key] = "?"
    except ImportError:
        pass
    return v


class Library(QObject):
    """The KnowledgeBase of one case folder, driven from the GUI thread, worked off it.

    Every method returns at once; results come back through callbacks or signals, on the GUI
    thread. The KnowledgeBase itself is created and loaded on the serial writer thread.
    """

    loadStarted = Signal()
    loadProgress = Signal(int, int, str)
    loaded = Signal(object)         # LoadOutcome
    loadFailed = Signal(str)        # a message for the status bar
    loadCancelled = Signal()
    readIdsChanged = Signal(object)  # set[str]

    def __init__(self, runner: Runner, cases_dir: Path | str | None, data_dir: Path | str | None,
                 parent: QObject | None = None):
        super().__init__(parent)
        self.runner = runner
        self.cases_dir = Path(cases_dir) if cases_dir else None
        self.data_dir = Path(data_dir) if data_dir else None
        self._kb = None              # owned by the writer thread; read jobs use the reference
        self.vocab = None            # the loaded vocabulary (read-only on the GUI thread)
        self.read_ids: set[str] = set()
        self.versions: dict = {}
        self.ready = False
        self.loading = False
        self._rebuilding = False
        self.last_error = ""
        self._load_job: Job | None = None
        self._reload_pending = False
        self._force_pending = False
        self.last_outcome: LoadOutcome | None = None

    # -- loading ------------------------------------------------------------------------------------
    def set_cases_dir(self, cases_dir: Path | str) -> None:
        """Switch to another case folder: the next load() opens it (the old one is closed there)."""
        self.cases_dir = Path(cases_dir)
        self.ready = False
        self.vocab = None
        self.read_ids = set()
        self.load()

    def load(self, force: bool = False) -> None:
        """Bring the index up to date (incremental). Coalesces: at most one load queued."""
        if self.loading:
            self._reload_pending = True
            self._force_pending = self._force_pending or force
            return
        self.loading = True
        cases_dir, data_dir = self.cases_dir, self.data_dir
        want_versions = not self.versions

        def work(job: Job) -> LoadOutcome:
            from ..core.service import KnowledgeBase
            from ..core.parsing import case_files, lesson_files
            from ..core.vocab import VOCAB_FILES

            kb = self._kb
            if kb is None or (cases_dir and kb.cases_dir != Path(cases_dir).expanduser().resolve()):
                if kb is not None:
                    kb.close()
                kb = KnowledgeBase(cases_dir, data_dir)
                self._kb = None
            job.progress(0, 0, "warming up")
            kb.warm_up()
            in_process_force = force
            by_child = False
            if (force or needs_full_build(kb)) and len(case_files(kb.cases_dir)) >= SUBPROCESS_MIN_FILES:
                self._rebuilding = True  # reads wait (NotReady) while the index folder is swapped
                try:
                    kb.close()  # let go of the index files: the child replaces them
                    if build_in_subprocess(kb, job, force):
                        in_process_force, by_child = False, True
                finally:
                    self._rebuilding = False
            rep = kb.load(progress=job.progress, cancel=job.is_cancelled, force=in_process_force)
            self._kb = kb
            files = [str(p) for p in case_files(kb.cases_dir) + lesson_files(kb.cases_dir)]
            files += [str(kb.cases_dir / "vocab" / f"{n}.yaml") for n in VOCAB_FILES
                      if (kb.cases_dir / "vocab" / f"{n}.yaml").is_file()]
            ix = rep.index
            summary = ""
            if ix is not None:
                summary = "rebuilt" if ix.rebuilt else f"{ix.added}+ {ix.updated}~ {ix.removed}-"
            if by_child:
                summary = "rebuilt by the index worker process"
            return LoadOutcome(
                cases=rep.cases, lessons=rep.lessons, problems=list(rep.problems), messages=list(rep.messages),
                read_ids=set(kb.state.read_ids()), watch_files=files, watch_dirs=_walk_dirs(kb.cases_dir),
                vocab=kb.vocab, cases_dir=str(kb.cases_dir), seconds=rep.seconds, index_summary=summary,
                versions=_versions() if want_versions else {},
            )

        self.loadStarted.emit()
        self._load_job = self.runner.write(work, on_done=self._on_loaded, on_error=self._on_load_error,
                                           on_progress=self.loadProgress.emit, name="load")

    def cancel_load(self) -> None:
        if self._load_job is not None:
            self._load_job.cancel()
        self._reload_pending = False

    def _after_load(self) -> None:
        self.loading = False
        self._load_job = None
        if self._reload_pending:
            force, self._reload_pending, self._force_pending = self._force_pending, False, False
            self.load(force=force)

    def _on_loaded(self, out: LoadOutcome) -> None:
        self.vocab = out.vocab
        self.read_ids = out.read_ids
        if out.versions:
            self.versions = out.versions
        self.ready = True
        self.last_error = ""
        self.last_outcome = out
        self.loading = False
        self._load_job = None
        self.loaded.emit(out)
        self.readIdsChanged.emit(set(self.read_ids))
        self._after_load()

    def _on_load_error(self, e: BaseException) -> None:
        cancelled = is_cancellation(e)
        self.loading = False
        self._load_job = None
        self.last_error = "cancelled" if cancelled else f"{type(e).__name__}: {e}"
        if cancelled:
            self.loadCancelled.emit()
        else:
            self.loadFailed.emit(f"{type(e).__name__}: {e}" if not isinstance(e, FileNotFoundError) else str(e))
        self._after_load()

    def poll(self) -> None:
        """For folders the watcher cannot follow: reload only if a file's size or mtime changed."""
        if self.loading or self._kb is None:
            return

        def work(job: Job):
            kb = self._kb
            return kb.ensure_index() is not None if kb is not None else False

        def done(changed):
            if changed:
                self.load()

        self.runner.write(work, on_done=done, name="poll")

    # -- reads ------------------------------------------------------------------------------------------
    def _kb_or_raise(self):
        kb = self._kb
        if kb is None or not self.ready or self._rebuilding:
            raise NotReady()
        return kb

    def search(self, query: str, filters, limit: int, on_done, on_error=None) -> Job:
        def work(job: Job):
            return self._kb_or_raise().search(query, filters, limit)

        return self.runner.read(work, on_done=on_done, on_error=on_error, name="search")

    def similar(self, description: str, limit: int, on_done, on_error=None, cancel: Callable | None = None) -> Job:
        def work(job: Job):
            kb = self._kb_or_raise()
            if job.is_cancelled() or (cancel and cancel()):
                raise JobCancelled()
            return kb.similar(description, limit, cancel=lambda: job.is_cancelled() or bool(cancel and cancel()))

        return self.runner.read(work, on_done=on_done, on_error=on_error, name="similar")

    def open_case(self, case_id: str, on_done, on_error=None) -> Job:
        from .case_view import load_case_doc

        def work(job: Job):
            return load_case_doc(self._kb_or_raise(), case_id)

        return self.runner.read(work, on_done=on_done, on_error=on_error, name="open_case")

    def open_lesson(self, lesson_id: str, on_done, on_error=None) -> Job:
        from .case_view import load_lesson_doc

        def work(job: Job):
            return load_lesson_doc(self._kb_or_raise(), lesson_id)

        return self.runner.read(work, on_done=on_done, on_error=on_error, name="open_lesson")

    # -- writes -----------------------------------------------------------------------------------------
    def mark_read(self, case_id: str) -> None:
        if case_id in self.read_ids:
            return

        def work(job: Job):
            kb = self._kb_or_raise()
            kb.state.mark_read(case_id)
            return case_id

        def done(cid):
            self.read_ids.add(cid)
            self.readIdsChanged.emit(set(self.read_ids))

        self.runner.write(work, on_done=done, on_error=lambda e: log.warning("mark_read failed: %s", e),
                          name="mark_read")

    def close(self) -> None:
        """Close the KnowledgeBase on the writer thread (its SQLite connection lives there)."""
        def work(job: Job):
            if self._kb is not None:
                self._kb.close()
                self._kb = None

        self.runner.write(work, name="close", cancellable=False)
        self.ready = False
