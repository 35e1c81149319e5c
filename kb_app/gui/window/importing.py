"""Bringing a team's documents in, in the main window (issue 15): File > Import files… / Import a
folder…, files and folders dropped on the window, the import's progress and Cancel in the status
bar, the summary at its end (views/importing.py), the count of imported cases to review in the
status bar, and the review queue (views/review.py) as a page of the central stack.

The import runs on the runner's serial writer thread (KnowledgeBase.import_paths, with the job's
progress and cancel flag), so the window never waits on a disk or a parser; the new cases are
indexed by that same job, and a load afterwards brings the lists, counts and flags up to date.
"""
from __future__ import annotations

import logging
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QFileDialog, QProgressBar, QToolButton

from .. import settings
from . import menus

log = logging.getLogger(__name__)

IMPORT_DIR = "import/lastFolder"        # where the last import was taken from (QSettings)
REVIEW_SPLITTER = "review/splitter"
REVIEW_RIGHT_SPLITTER = "review/rightSplitter"
FILE_PATTERNS = "*.docx *.xlsx *.csv *.html *.htm *.md *.markdown *.txt *.pdf"


def _t(text: str) -> str:
    return QCoreApplication.translate("Import", text)


def dropped_paths(mime) -> list[str]:
    """Local files and folders in a drag (web links and text are not imported)."""
    if mime is None or not mime.hasUrls():
        return []
    return [u.toLocalFile() for u in mime.urls() if u.isLocalFile() and u.toLocalFile()]


class ImportArea(QObject):
    """Import and review in one main window (parented to it). Build it after the editor area."""

    IN_CHILD = True  # the import in a child process (import_child.py); False: on the writer thread itself
    SAY_FOR_S = 15  # s after an import during which a reload keeps its message in the status bar

    def __init__(self, window):
        super().__init__(window)
        from ..views.review import ReviewView

        w = self.window_ = window
        self.job = None
        self.job_progress = None  # a listener to the import's progress (the bench), besides the status bar
        self.last_context = None
        self.summary = None
        # actions
        self.act_import_files = menus.action(w, "actImportFiles", self.choose_files, ["Ctrl+I"])
        self.act_import_folder = menus.action(w, "actImportFolder", self.choose_folder, ["Ctrl+Shift+I"])
        self.act_review = menus.action(w, "actReview", self.show_review, ["Ctrl+Shift+R"])
        w.menu_file.insertAction(w.act_open_folder, self.act_import_files)
        w.menu_file.insertAction(w.act_open_folder, self.act_import_folder)
        w.menu_file.insertAction(w.act_open_folder, self.act_review)
        w.menu_file.insertSeparator(w.act_open_folder)
        # progress and Cancel in the status bar, beside the indexing ones
        sb = w.statusBar()
        self.progress = QProgressBar(w)
        self.progress.setObjectName("importProgress")
        self.progress.setMaximumWidth(180)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.cancel_button = QToolButton(w)
        self.cancel_button.setObjectName("cancelImport")
        self.cancel_button.setAutoRaise(True)
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.hide()
        sb.insertPermanentWidget(1, self.progress)  # index 0 is the message: permanent widgets follow it
        sb.insertPermanentWidget(2, self.cancel_button)
        # the review queue, a page beside the panes and the editor
        self.review = ReviewView(w.library, w)
        self.central_stack = w.editor_area.central_stack
        self.central_stack.addWidget(self.review)
        self.review.closeRequested.connect(self.close_review)
        self.review.editRequested.connect(self.edit_for_review)
        self.review.markReviewed.connect(self.mark_reviewed)
        w.case_panel.reviewRequested.connect(lambda cid: self.show_review(cid))
        from PySide6.QtGui import QKeySequence, QShortcut

        self._edit_shortcut = QShortcut(QKeySequence("Ctrl+E"), self.review, self.review.edit_current)
        self._edit_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        w.library.reviewIdsChanged.connect(self._review_ids_changed)
        w.indexReady.connect(self._after_load)
        self._say_after_load = None
        # dropping files and folders anywhere on the window
        w.setAcceptDrops(True)
        w.installEventFilter(self)
        self._restore()
        self.retranslate()

    def retranslate(self) -> None:
        self.act_import_files.setText(_t("Import files…"))
        self.act_import_files.setToolTip(_t("Bring a team's Word, Excel, CSV, wiki, Markdown or PDF documents in as cases to review"))
        self.act_import_folder.setText(_t("Import a folder…"))
        self.act_import_folder.setToolTip(_t("Import every document in a folder and its subfolders"))
        self.act_review.setText(QCoreApplication.translate("Review", "Review imported cases"))
        self.cancel_button.setText(_t("Cancel import"))
        self.cancel_button.setToolTip(_t("Stop after the current document; what was imported stays"))

    # -- starting ------------------------------------------------------------------------------------------------
    def _start_dir(self) -> str:
        d = settings.value(IMPORT_DIR, "", str) or ""
        return d if d and Path(d).is_dir() else str(Path.home())

    def _dialog(self, title: str, folder: bool) -> QFileDialog:
        dlg = QFileDialog(self.window_, title, self._start_dir())
        dlg.setObjectName("importDialog")
        dlg.setOption(QFileDialog.Option.DontUseNativeDialog, True)  # Qt's own: in the UI language
        if folder:
            dlg.setOption(QFileDialog.Option.ShowDirsOnly, True)
            dlg.setFileMode(QFileDialog.FileMode.Directory)
        else:
            dlg.setFileMode(QFileDialog.FileMode.ExistingFiles)
            dlg.setNameFilters([_t("Documents ({0})").format(FILE_PATTERNS), _t("All files (*)")])
        return dlg

    def choose_files(self) -> None:
        dlg = self._dialog(_t("Import files"), folder=False)
        if dlg.exec() and dlg.selectedFiles():
            self.start(dlg.selectedFiles())

    def choose_folder(self) -> None:
        dlg = self._dialog(_t("Import a folder"), folder=True)
        if dlg.exec() and dlg.selectedFiles():
            self.start(dlg.selectedFiles()[:1])

    def eventFilter(self, obj, event) -> bool:
        t = event.type()
        if obj is self.window_ and t in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            if dropped_paths(event.mimeData()) and self.window_.library.ready:
                event.acceptProposedAction()
                return True
        elif obj is self.window_ and t == QEvent.Type.Drop:
            paths = dropped_paths(event.mimeData())
            if paths:
                event.acceptProposedAction()
                self.start(paths)
                return True
        return super().eventFilter(obj, event)

    @property
    def running(self) -> bool:
        return self.job is not None

    def start(self, paths, allow_duplicates: bool = False) -> bool:
        """Import these files and folders in the background; False if that cannot start now."""
        w = self.window_
        paths = [str(p) for p in paths if p]
        if not paths:
            return False
        if self.running:
            w.status_area.say(lambda: _t("An import is running; wait for it or cancel it first"))
            return False
        if not w.library.ready:
            w.status_area.say(lambda: _t("The case folder is still opening; import once it is ready"))
            return False
        first = Path(paths[0])
        settings.set_value(IMPORT_DIR, str(first if first.is_dir() else first.parent))
        lib = w.library

        in_child = self.IN_CHILD

        def work(job):
            from kb_app.core.importing.run import ImportOptions

            from ..import_child import ChildFailed, run_in_child

            kb = lib._kb_or_raise()
            if in_child:
                try:
                    ctx = run_in_child(kb.cases_dir, kb.data_dir, paths, allow_duplicates, job.progress,
                                       job.is_cancelled)
                except ChildFailed as e:
                    log.warning("import worker process failed (%s); importing in the window's worker thread", e)
                else:
                    kb.load()  # the child indexed the new cases: this process's index and lists follow
                    return ctx
            return kb.import_paths(paths, ImportOptions(allow_duplicates=allow_duplicates),
                                   progress=job.progress, cancel=job.is_cancelled)

        w.folder_watch.pause(True)  # the import's own files: one load after it, not one per file
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.show()
        self.cancel_button.setEnabled(True)
        w.status_area.say(lambda: _t("Importing…"))
        self.job = w.runner.write(work, on_done=self._done, on_error=self._failed, on_progress=self._progress,
                                  name="import")
        return True

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.cancel_button.setEnabled(False)
            self.window_.status_area.say(lambda: _t("Cancelling the import after the current document…"))

    def _progress(self, done: int, total: int, message: str) -> None:
        if self.job_progress is not None:
            self.job_progress(done, total, message)
        if total:
            self.progress.setRange(0, total)
            self.progress.setValue(done)
        name = Path(message).name if message else ""
        if self.job is not None and self.job.is_cancelled():
            return
        self.window_.status_area.say(lambda: (_t("Importing… {0} of {1}: {2}").format(done, total, name) if total and name
                                              else _t("Importing… {0} of {1}").format(done, total) if total
                                              else _t("Importing…")))

    def _end(self) -> None:
        self.window_.folder_watch.pause(False)
        self.job = None
        self.progress.hide()
        self.cancel_button.hide()

    def _done(self, ctx) -> None:
        from ..views.importing import counts_text

        self._end()
        self.last_context = ctx
        w = self.window_
        if ctx.cancelled:
            w.status_area.say(lambda: _t("Import cancelled: {0}").format(counts_text(ctx)))
        else:
            w.status_area.say(lambda: _t("Import finished: {0}").format(counts_text(ctx)))
        said = w.status_area._status_fn
        w.library.load()  # the new cases were indexed by the import: lists, counts and flags follow
        self._say_after_load = (said, time.monotonic())  # ... and the status bar keeps saying what the import did
        self.show_summary(ctx)

    def _failed(self, e) -> None:
        from ..workers import is_cancellation

        self._end()
        if is_cancellation(e):
            self.window_.status_area.say(lambda: _t("Import cancelled"))
            return
        log.warning("import failed: %s: %s", type(e).__name__, e)
        self.window_.status_area.say(lambda: _t("The import stopped: {0}").format(e))

    def show_summary(self, ctx) -> None:
        from ..views.importing import ImportSummaryDialog

        w = self.window_
        if self.summary is not None:
            self.summary.close()
        dlg = self.summary = ImportSummaryDialog(ctx, w)
        dlg.caseRequested.connect(lambda cid: (dlg.accept(), self.close_review(), w.open_case(cid)))
        dlg.importAnyway.connect(lambda files: self.start(files, allow_duplicates=True))
        dlg.reviewRequested.connect(self.show_review)
        dlg.open()

    def _after_load(self) -> None:
        self.review.set_vocab(self.window_.library.vocab)
        said = self._say_after_load
        if said is not None and time.monotonic() - said[1] < self.SAY_FOR_S:
            self.window_.status_area.say(said[0])  # the watcher's reload after the import says it again
        else:
            self._say_after_load = None

    # -- the review queue ---------------------------------------------------------------------------------------
    def show_review(self, case_id: str | None = None) -> None:
        """The review queue, at `case_id` if it is in it (else where it was)."""
        w = self.window_
        if not w.library.ready:
            return
        self.central_stack.setCurrentWidget(self.review)
        self.review.set_vocab(w.library.vocab)
        self.review.refresh(case_id or None)
        self.review.next_button.setFocus()

    def edit_for_review(self, case_id: str) -> None:
        """The case in the editor with the import's suggestions: its fields hold them already (the
        import wrote them), and the lessons it proposed are linked as new ones, written on save."""
        w = self.window_
        doc = self.review.doc
        proposed = []
        if doc is not None and doc.id == case_id:
            proposed = list(((doc.suggestions or {}).get("new_lessons") or {}).get("value") or [])

        def after_open(from_draft: bool) -> None:
            if proposed and not from_draft:  # a kept draft already holds what the mentor did with them
                w.editor.propose_lessons(proposed)

        w.editor_area.edit_case(case_id, return_to=self.review, after_open=after_open)

    def close_review(self) -> None:
        if self.central_stack.currentWidget() is self.review:
            self.central_stack.setCurrentIndex(0)

    def review_shown(self) -> bool:
        return self.central_stack.currentWidget() is self.review

    def _review_ids_changed(self, ids) -> None:
        self.window_.status_area.set_review_count(len(ids))
        if self.review.loaded:
            self.review.refresh()

    def mark_reviewed(self, case_id: str) -> None:
        w = self.window_

        def work(job):
            return w.library._kb_or_raise().mark_reviewed(case_id, reload=False)

        def done(changed):
            w.library.load()  # the count, the cards and the queue follow

        w.runner.write(work, on_done=done, on_error=lambda e: w.status_area.say(
            lambda: QCoreApplication.translate("Review", "Could not mark it reviewed: {0}").format(e)),
            name="mark_reviewed", cancellable=False)

    # -- remembered ---------------------------------------------------------------------------------------------
    def _restore(self) -> None:
        for key, split in ((REVIEW_SPLITTER, self.review.split), (REVIEW_RIGHT_SPLITTER, self.review.right_split)):
            sizes = settings.value(key)
            if sizes:
                try:
                    split.setSizes([int(x) for x in sizes])
                except (TypeError, ValueError):
                    pass

    def save_state(self) -> None:
        settings.set_value(REVIEW_SPLITTER, self.review.split.sizes())
        settings.set_value(REVIEW_RIGHT_SPLITTER, self.review.right_split.sizes())

    def stop(self) -> None:
        if self.job is not None:
            self.job.cancel()
