"""Background work: one serial writer thread, a small read pool, results by signal.

    runner = Runner()
    job = runner.write(fn, on_done=..., on_error=..., on_progress=...)   # load, index, state.db
    job = runner.read(fn, on_done=...)                                    # search, similar, open case

`fn(job)` runs off the GUI thread and may call job.progress(done, total, message) and
job.is_cancelled(); it must never touch a widget. Its return value (or exception) travels back
by a queued signal and the callbacks run on the GUI thread.

Writes (KnowledgeBase.load, warm_up, state.db) all run on ONE long-lived thread, in order: the
core requires that load() calls never overlap, and a SQLite connection stays on the thread that
opened it. Reads run on a QThreadPool; the core serialises searcher access with its own lock.

Stale answers: each live request (a search, a suggestion) takes a number from RequestTokens;
only the newest number is current, an older answer is dropped on arrival, and the newer
request cancels the older one through its cancel callable.

This module is the job runner alone; library.py wraps the KnowledgeBase in its terms.
"""
from __future__ import annotations

import itertools
import logging
import queue
import threading
import time
import traceback
from dataclasses import dataclass
from typing import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

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
    from kb_app.core.retrieval.index import IndexCancelled
    from kb_app.core.retrieval.similar import Cancelled

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


class _SerialThread(threading.Thread):
    """Runs jobs one after another, in submission order, on one long-lived thread.

    A plain Python daemon thread, not a QThread: closing the window must never abort the
    process, whatever a job is waiting for (another program's lock on state.db, a slow disk).
    Destroying a running QThread aborts ("QThread: Destroyed while thread is still running");
    a daemon thread that outlives shutdown() simply ends with the process. Its results still
    reach the GUI thread by queued signals on the relay."""

    def __init__(self):
        super().__init__(name="kb-writer", daemon=True)
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

    def wait(self, timeout_ms: int) -> bool:
        self.join(max(0, timeout_ms) / 1000)
        return not self.is_alive()

    def isRunning(self) -> bool:
        return self.is_alive()


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
