"""Library: the KnowledgeBase of one case folder, driven from the GUI thread, worked off it
through the job runner (workers.py). Policy (when to build in a child process) is in
kb_app.core.storage.maintenance."""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QObject, Signal

from kb_app.core.storage import maintenance
from .workers import Job, JobCancelled, Runner, is_cancellation
from .errors import error_text

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
    notices: list = field(default_factory=list)  # Notice / StateNotice: shown in the window's notice bar
    kinds: dict = field(default_factory=dict)   # kind -> number of cases (the kind filter offers only these)
    coded: dict = field(default_factory=dict)   # status message -> (code, args): worded in the UI language
    review_ids: set = field(default_factory=set)  # imported cases not reviewed yet (issue 15): flagged on cards


@dataclass(frozen=True)
class Notice:
    """Something the window must say, by code (the notice bar words it in the UI language)."""

    code: str
    level: str = "warning"
    path: str = ""
    detail: str = ""


# codes of load reports that the notice bar words itself (their English text stays off the status bar)
BAR_CODES = {"data-read-only": "warning", "index-corrupt": "info", "index-busy": "info"}


def _review_ids(kb) -> set:
    """Ids of imported cases still to review (`review: imported`), on the worker thread."""
    from kb_app.core.importing import review

    corpus = getattr(kb, "corpus", None)
    return {c.id for c in corpus.cases.values() if review.needs_review(c)} if corpus is not None else set()


def _kind_counts(kb) -> dict:
    from collections import Counter

    corpus = getattr(kb, "corpus", None)
    return dict(Counter(c.kind for c in corpus.cases.values())) if corpus is not None else {}


class NotReady(Exception):
    """The case folder has not been loaded yet (or its index is being rebuilt)."""


def _versions() -> dict:
    import PySide6
    from PySide6 import QtCore

    return {**maintenance.versions(), "qt": QtCore.qVersion(), "pyside6": PySide6.__version__}


def add_reader_scripts(result):
    """Read in your own script (learn, issue 8): each hit's title, snippet (its <b> highlights kept),
    lesson titles and glossary reasons converted for a reader of the other Chinese script, on the
    worker thread.
    Stored beside the original as hit.reader[lang]; the rows paint it with a mark (widgets/cards.py)."""
    from kb_app.core.analysis import convert

    for h in getattr(result, "hits", []) or []:
        reader = {}
        for lang in ("zh-Hans", "zh-Hant"):
            entry = {"lessons": [convert.for_reader(t, lang) for t in (h.lessons or [])],
                     # a glossary chip names the user's words and the case's: both in the reader's script
                     "glossary": {i: convert.word_pair(" ".join(r.user_terms), " ".join(r.case_terms), lang)
                                  for i, r in enumerate(getattr(h, "reasons", None) or [])
                                  if r.type in ("glossary", "situation") and not r.keys and getattr(r, "case_terms", None)}}
            if convert.target(h.language, lang):
                entry.update(converted=True, title=convert.convert(h.title, h.language, lang),
                             snippet=convert.convert_html(getattr(h, "snippet", "") or "", h.language, lang),
                             summary=convert.convert(h.summary or "", h.language, lang))
            reader[lang] = entry
        try:
            h.reader = reader
        except AttributeError:  # a frozen hit: shown as it is
            pass
    return result


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
    noticesChanged = Signal(object)  # list of Notice / StateNotice, new ones (feat/state)
    reviewIdsChanged = Signal(object)  # set[str]: imported cases not reviewed yet (issue 15)

    def __init__(self, runner: Runner, cases_dir: Path | str | None, data_dir: Path | str | None,
                 parent: QObject | None = None):
        super().__init__(parent)
        self.runner = runner
        self.cases_dir = Path(cases_dir) if cases_dir else None
        self.data_dir = Path(data_dir) if data_dir else None
        self._kb = None              # owned by the writer thread; read jobs use the reference
        self.vocab = None            # the loaded vocabulary (read-only on the GUI thread)
        self.read_ids: set[str] = set()
        self.review_ids: set[str] = set()     # imported, not reviewed (issue 15)
        self.read_lessons: set[str] = set()   # learn: lessons read (cases are read_ids)
        self.versions: dict = {}
        self.ready = False
        self.loading = False
        self._rebuilding = False
        self.last_error = ""
        self.last_error_code: tuple = ("", "")  # (code, path) of the last failed load (issue 11 §8)
        self._load_job: Job | None = None
        self._reload_pending = False
        self._force_pending = False
        self.last_outcome: LoadOutcome | None = None
        self._init_state_faults()

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
            from kb_app.core.service import KnowledgeBase
            from kb_app.core.cases.parsing import case_files, lesson_files
            from kb_app.core.analysis.vocab import VOCAB_FILES

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
            from kb_app.core.team.ratings import rating_files  # compare: team files edited in place are followed too
            from kb_app.core.team.rubrics import rubric_files
            from kb_app.core.team.standards import standard_files
            from kb_app.core.learning.reading_paths import path_files

            files += [str(p) for p in rubric_files(kb.cases_dir) + rating_files(kb.cases_dir)
                      + standard_files(kb.cases_dir) + path_files(kb.cases_dir)]
            ix = rep.index
            summary = ""
            if ix is not None:
                summary = "rebuilt" if ix.rebuilt else f"{ix.added}+ {ix.updated}~ {ix.removed}-"
            if by_child:
                summary = "rebuilt by the index worker process"
            read_ids = set(kb.state.read_ids())
            if self._relay_state_notice not in kb.state.listeners:  # feat/integrate: notices of any write
                kb.state.listeners.append(self._relay_state_notice)
            notices, messages = self._load_notices(kb, rep)
            return LoadOutcome(
                cases=rep.cases, lessons=rep.lessons, problems=list(rep.problems), messages=messages,
                read_ids=read_ids, watch_files=files, watch_dirs=maintenance.walk_dirs(kb.cases_dir),
                vocab=kb.vocab, cases_dir=str(kb.cases_dir), seconds=rep.seconds, index_summary=summary,
                versions=_versions() if want_versions else {}, notices=notices,
                kinds=_kind_counts(kb), coded=dict(getattr(rep, "coded", {}) or {}),
                review_ids=_review_ids(kb),
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
        if out.index_summary == "rebuilt":
            self._auto_repairs = 0
        self.loading = False
        self._load_job = None
        self.review_ids = set(out.review_ids)
        self.loaded.emit(out)
        self.readIdsChanged.emit(set(self.read_ids))
        self.reviewIdsChanged.emit(set(self.review_ids))
        self._emit_notices(out.notices)
        self._after_load()

    def _on_load_error(self, e: BaseException) -> None:
        cancelled = is_cancellation(e)
        self.loading = False
        self._load_job = None
        self.last_error = "cancelled" if cancelled else error_text(e)
        if cancelled:
            self.loadCancelled.emit()
        else:
            code = getattr(e, "code", "")
            self.last_error_code = (code if isinstance(code, str) else "",
                                    str(getattr(e, "filename", "") or ""))  # the status bar words it too
            self.loadFailed.emit(error_text(e))
            if code:  # FolderUnreadable, DataReadOnly, IndexLocked: said in the UI language too
                self._emit_notices([Notice(code, "error", str(getattr(e, "filename", "") or ""), str(e))])
        self._after_load()

    def poll(self) -> None:
        """For folders the watcher cannot follow: reload only if a file's size or mtime changed."""
        if self.loading or self._kb is None:
            return

        def work(job: Job):
            kb = self._kb
            rep = kb.ensure_index() if kb is not None else None
            # a read-only data folder or another process's update is not a change to reload for
            return rep is not None and not ({"data-read-only", "index-busy"} & set(getattr(rep, "codes", ())))

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

    def _kb_for_state(self):
        """For writes of what the user did (read marks, practice answers): only state.db is
        needed, so they go through while the index reloads or rebuilds (writer thread only)."""
        kb = self._kb
        if kb is None:
            raise NotReady()
        return kb

    def knowledge_base(self):
        """For jobs (never the GUI thread): the loaded KnowledgeBase, or NotReady. (compare)"""
        return self._kb_or_raise()

    def search(self, query: str, filters, limit: int, on_done, on_error=None, lang: str = "zh-Hans") -> Job:
        def work(job: Job):
            return add_reader_scripts(self._kb_or_raise().search(query, filters, limit, lang))

        return self.runner.read(work, on_done=on_done, on_error=self._repairing(on_error), name="search")

    def similar(self, description: str, limit: int, on_done, on_error=None, cancel: Callable | None = None) -> Job:
        def work(job: Job):
            kb = self._kb_or_raise()
            if job.is_cancelled() or (cancel and cancel()):
                raise JobCancelled()
            return add_reader_scripts(
                kb.similar(description, limit, cancel=lambda: job.is_cancelled() or bool(cancel and cancel())))

        return self.runner.read(work, on_done=on_done, on_error=self._repairing(on_error), name="similar")

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

    def render_more(self, doc, on_done, on_error=None) -> Job:
        """The rest of a long page's body as HTML pieces, converted on the read pool."""
        from .views.case import render_more

        def work(job: Job):
            return render_more(doc, self._kb_or_raise().cases_dir)

        return self.runner.read(work, on_done=on_done, on_error=on_error, name="render_more")

    # -- writes -----------------------------------------------------------------------------------------
    def mark_read(self, case_id: str) -> None:
        """Mark a case read by hand (the honest rule itself lives in views/case.py ReadTracker)."""
        if case_id not in self.read_ids:
            self.set_read("case", case_id, True, "manual")

    # -- learn (issue 8): honest progress, learn data, practice journal ----------------------------------------
    # All on the writer thread: state.db's connection lives there.
    progressChanged = Signal()

    def is_read(self, item_type: str, item_id: str) -> bool:
        return item_id in (self.read_ids if item_type == "case" else self.read_lessons)

    def set_read(self, item_type: str, item_id: str, read: bool, source: str = "manual",
                 seconds: float | None = None) -> None:
        def work(job: Job):
            from kb_app.core.learning import progress

            kb = self._kb_for_state()
            before = len(kb.state.notices)
            if read:
                progress.mark(kb.state, item_id, item_type, source, seconds)
            else:
                progress.unmark(kb.state, item_id, item_type)
            return progress.read_sets(kb.state), kb.state.notices[before:]

        def done(result):
            sets, notices = result
            self.read_ids, self.read_lessons = set(sets[0]), set(sets[1])
            self.readIdsChanged.emit(set(self.read_ids))
            self.progressChanged.emit()
            self._emit_notices(notices)

        self.runner.write(work, on_done=done, on_error=lambda e: log.warning("set_read failed: %s", e),
                          name="set_read")

    def learn_data(self, on_done, on_error=None) -> Job:
        from .views.learn.data import load_learn_data

        def work(job: Job):
            return load_learn_data(self._kb_or_raise())

        def done(data):
            self.read_ids, self.read_lessons = set(data.read_cases), set(data.read_lessons)
            on_done(data)

        return self.runner.write(work, on_done=done, on_error=on_error, name="learn_data")

    def practice_open(self, case_id: str, entry_id: int | None, on_done, on_error=None) -> Job:
        from .views.practice import load_practice_doc

        def work(job: Job):
            return load_practice_doc(self._kb_or_raise(), case_id, entry_id)

        return self.runner.write(work, on_done=on_done, on_error=on_error, name="practice_open")

    def practice_save(self, entry_id: int, answer: str, on_done=None, reveal: bool = False) -> Job:
        def work(job: Job):
            from kb_app.core.learning import practice

            kb = self._kb_for_state()
            if reveal:
                return practice.reveal(kb.state, entry_id, answer)
            practice.save_answer(kb.state, entry_id, answer)
            return practice.get(kb.state, entry_id)

        def done(entry):
            if on_done:
                on_done(entry)
            self.progressChanged.emit()

        return self.runner.write(work, on_done=done, name="practice_save", cancellable=False,
                                 on_error=lambda e: log.warning("practice_save failed: %s", e))

    def export_learning(self, what: str, lang: str, target: str, on_done, on_error=None) -> Job:
        """Write the progress (csv | md) or the journal (journal) for a mentor, atomically."""
        def work(job: Job):
            from kb_app.core.learning import practice, progress
            from kb_app.core.fsutil import atomic_write

            kb = self._kb_or_raise()
            if what == "journal":
                text = practice.export_markdown(practice.journal(kb.state), kb.corpus)
            else:
                prog = progress.for_kb(kb)
                rows = progress.read_rows(kb.state)
                text = (progress.export_csv if what == "csv" else progress.export_markdown)(
                    prog, rows, kb.corpus, kb.vocab, lang)
            atomic_write(Path(target), text)
            return target

        return self.runner.write(work, on_done=on_done, on_error=on_error, name="export_learning")

    def close(self) -> None:
        """Close the KnowledgeBase on the writer thread (its SQLite connection lives there)."""
        def work(job: Job):
            if self._kb is not None:
                self._kb.close()
                self._kb = None

        self._state_timer.stop()
        self.runner.write(work, name="close", cancellable=False)
        self.ready = False


    # -- faults: state.db, data folder, damaged index (feat/state) ------------------------------------
    STATE_RETRY_MS = 10_000  # a read-only or locked state.db: try to write what was kept this often

    _stateNotice = Signal(object)  # a StateNotice said by a write on the writer thread (feat/integrate)

    def _init_state_faults(self) -> None:
        from PySide6.QtCore import QTimer

        self._state_timer = QTimer(self)
        self._state_timer.setInterval(self.STATE_RETRY_MS)
        self._state_timer.timeout.connect(self.retry_state)
        self._stateNotice.connect(self._on_state_notice)  # queued: said on the writer thread
        self._auto_repairs = 0
        self._shown_notices: set = set()

    @staticmethod
    def _load_notices(kb, rep) -> tuple[list, list[str]]:
        """(notices for the bar, status-bar messages without what the bar says in the UI language).
        Runs on the writer thread."""
        state = kb.state
        if state.pending:
            state.retry()
        notices = list(state.notices)
        worded = set(state.messages)
        for code, message in getattr(rep, "notes", []):
            if code in BAR_CODES:
                notices.append(Notice(code, BAR_CODES[code], str(kb.lib_dir), message))
                worded.add(message)
        return notices, [m for m in rep.messages if m not in worded]

    def _emit_notices(self, notices) -> None:
        fresh = [n for n in notices if n not in self._shown_notices]
        if not fresh:
            return
        self._shown_notices.update(fresh)
        if any(n.code in ("state-read-only", "state-locked") for n in fresh):
            self._state_timer.start()
        if any(n.code == "state-saved" for n in fresh):
            self._state_timer.stop()
        self.noticesChanged.emit(fresh)

    def _relay_state_notice(self, notice) -> None:
        """StateStore listener (writer thread): whichever write found state.db locked or read-only
        (an editor draft, a practice answer, a rating draft ...), the bar says so and the retry
        timer starts."""
        self._stateNotice.emit(notice)

    def _on_state_notice(self, notice) -> None:
        self._emit_notices([notice])

    def retry_state(self) -> None:
        """Write what the user did while state.db could not be written (runs on the writer)."""
        def work(job: Job):
            kb = self._kb
            if kb is None or kb._state is None:
                return []
            before = len(kb.state.notices)
            kb.state.retry()
            return kb.state.notices[before:]

        self.runner.write(work, on_done=self._emit_notices, name="state-retry")

    def _repairing(self, on_error):
        """A search that hit a damaged index: rebuild it (once in a row) and let the view wait."""
        def handle(e):
            from kb_app.core.retrieval.index import IndexCorrupt

            if isinstance(e, IndexCorrupt) and self._auto_repairs < 2:
                self._auto_repairs += 1
                self._emit_notices([Notice("index-corrupt", "warning", "", str(e))])
                self.load()
                e = NotReady()
            if on_error is not None:
                on_error(e)

        return handle
