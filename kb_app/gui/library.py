"""Library: the KnowledgeBase of one case folder, driven from the GUI thread, worked off it
through the job runner (workers.py). Policy (when to build in a child process) is in
kb_app.core.maintenance."""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QObject, Signal

from ..core import maintenance
from .workers import Job, JobCancelled, Runner, is_cancellation

log = logging.getLogger(__name__)


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


def _versions() -> dict:
    import PySide6
    from PySide6 import QtCore

    return {**maintenance.versions(), "qt": QtCore.qVersion(), "pyside6": PySide6.__version__}


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
            if maintenance.build_out_of_process(kb, force, len(case_files(kb.cases_dir))):
                self._rebuilding = True  # reads wait (NotReady) while the index folder is swapped
                try:
                    kb.close()  # let go of the index files: the child replaces them
                    if maintenance.build_in_subprocess(kb, force, job.progress, job.is_cancelled):
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
                read_ids=set(kb.state.read_ids()), watch_files=files, watch_dirs=maintenance.walk_dirs(kb.cases_dir),
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

    def search(self, query: str, filters, limit: int, on_done, on_error=None, lang: str = "zh-Hans") -> Job:
        def work(job: Job):
            return self._kb_or_raise().search(query, filters, limit, lang)

        return self.runner.read(work, on_done=on_done, on_error=on_error, name="search")

    def similar(self, description: str, limit: int, on_done, on_error=None, cancel: Callable | None = None) -> Job:
        def work(job: Job):
            kb = self._kb_or_raise()
            if job.is_cancelled() or (cancel and cancel()):
                raise JobCancelled()
            return kb.similar(description, limit, cancel=lambda: job.is_cancelled() or bool(cancel and cancel()))

        return self.runner.read(work, on_done=on_done, on_error=on_error, name="similar")

    def open_case(self, case_id: str, on_done, on_error=None) -> Job:
        from .views.case import load_case_doc

        def work(job: Job):
            return load_case_doc(self._kb_or_raise(), case_id)

        return self.runner.read(work, on_done=on_done, on_error=on_error, name="open_case")

    def open_lesson(self, lesson_id: str, on_done, on_error=None) -> Job:
        from .views.case import load_lesson_doc

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
