"""The main window: search and incident panes on the left, the case on the right.

It assembles the window from its panes (views/) and its parts (window/: menus, status bar and
problems panel, file watcher, case history, editor, remembered state), wires them to the
Library (library.py), and keeps what ties them together: the load and what follows it, moving
between the panes, the case folder, preferences and language, Compare, and closing down.
"""
from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QMainWindow, QSplitter, QTabWidget

from . import i18n, settings
from .dialogs import choose_directory
from .library import Library
from .views.case import CasePanel
from .views.incident import IncidentPane
from .views.search import SearchPanel
from .window import menus, remembered
from .window.editing import EditorArea
from .window.history import CaseHistory, open_external
from .window.status import StatusArea
from .window.watcher import FolderWatcher
from .workers import Runner

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    indexReady = Signal()        # a load finished (first or later)
    caseShown = Signal(str)      # a case is on screen
    problemsChanged = Signal(int)

    def __init__(self, cases_dir=None, data_dir=None, parent=None):
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self._closed = False
        self.runner = Runner(self)
        self.library = Library(self.runner, cases_dir, data_dir, self)
        self._first_load = True
        self.load_count = 0
        self._compare = None  # the Compare window, made when first asked for

        # panes
        self.search = SearchPanel(self.library, self)
        self.incident = IncidentPane(self.library, self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("modeTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.search, "")
        self.tabs.addTab(self.incident, "")
        self.case_panel = CasePanel(self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.tabs)
        self.splitter.addWidget(self.case_panel)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([560, 880])
        self.setCentralWidget(self.splitter)

        # parts (window/)
        self.status_area = StatusArea(self)      # the problems dock, then the status bar
        sa = self.status_area                    # its widgets, by the names others reach them by
        self.status_label, self.count_label = sa.status_label, sa.count_label
        self.progress, self.cancel_button = sa.progress, sa.cancel_button
        self.problems_model, self.problems_view = sa.problems_model, sa.problems_view
        self.problems_dock, self.problems_button = sa.problems_dock, sa.problems_button
        self.folder_watch = FolderWatcher(self)
        self.watcher = self.folder_watch.watcher
        self.history = CaseHistory(self)
        menus.build(self)
        self._connect()
        # -- learn (issue 8): the Learn tab, the Learn menu (Ctrl+Shift+L, Ctrl+D, Ctrl+P), honest reading --
        from .views.learn.wiring import install as install_learn

        self.learn = install_learn(self)
        self.retranslateUi()
        remembered.restore(self)
        self.editor_area = EditorArea(self)  # issue 10: the case editor, in a stack with the panes
        self.editor, self.central_stack = self.editor_area.editor, self.editor_area.central_stack
        self.act_new_case = self.editor_area.act_new_case
        from .window.importing import ImportArea  # issue 15: import, its summary, the review queue

        self.import_area = ImportArea(self)
        self.review = self.import_area.review
        self._install_notice_bar()  # state.db / index notices, above the stack of views

    def _connect(self) -> None:
        lib = self.library
        lib.loadStarted.connect(self._load_started)
        lib.loadProgress.connect(self.status_area.load_progress)
        lib.loaded.connect(self._loaded)
        lib.loadFailed.connect(self._load_failed)
        lib.loadCancelled.connect(self._load_cancelled)
        lib.readIdsChanged.connect(self.search.model.set_read_ids)
        lib.readIdsChanged.connect(self.incident.model.set_read_ids)
        lib.reviewIdsChanged.connect(self.search.model.set_review_ids)  # issue 15: "imported, not reviewed"
        lib.reviewIdsChanged.connect(self.incident.model.set_review_ids)
        self.search.caseRequested.connect(lambda cid, focus: self.open_case(cid, focus=focus))
        self.search.chooseFolderRequested.connect(self.choose_folder)
        self.incident.caseRequested.connect(lambda cid: self.open_case(cid))
        v = self.case_panel.view
        v.caseLinkActivated.connect(lambda cid: self.open_case(cid))
        v.lessonLinkActivated.connect(self.open_lesson)
        v.externalLinkActivated.connect(open_external)
        v.escapePressed.connect(self.back_to_results)
        v.moreNeeded.connect(lambda doc: self.library.render_more(
            doc, on_done=lambda pieces, doc=doc: self.case_panel.view.more_ready(doc, pieces),
            on_error=lambda e: log.warning("could not render the rest of the page: %s", e)))
        self.case_panel.backRequested.connect(self.go_back)
        self.case_panel.revealRequested.connect(self.status_area.reveal)

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Crisis Case Knowledge Base"))
        self.tabs.setTabText(0, self.tr("Search"))
        self.tabs.setTabText(1, self.tr("Describe an incident"))
        self.tabs.setTabToolTip(0, self.tr("Search the cases (Ctrl+F)"))
        self.tabs.setTabToolTip(1, self.tr("Type the new incident; similar past cases follow (Ctrl+N)"))
        menus.retranslate(self)
        self.status_area.retranslate()
        if getattr(self, "editor_area", None) is not None:  # issue 10: the editor's menu entry
            self.editor_area.retranslate()
        if getattr(self, "import_area", None) is not None:  # issue 15: import and review
            self.import_area.retranslate()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    # -- start and load ------------------------------------------------------------------------------------------
    def start(self) -> None:
        """Open the case folder in the background. Call after show()."""
        self.library.load()

    def reload(self, force: bool = False) -> None:
        self.folder_watch.reload_timer.stop()
        self.library.load(force=bool(force))

    def cancel_indexing(self) -> None:
        self.library.cancel_load()
        self.status_area.say(lambda: self.tr("Cancelling…"))

    def _load_started(self) -> None:
        self.status_area.load_started(self._first_load)
        self.search.set_loading()
        self.status_area.start_progress()

    def _loaded(self, out) -> None:
        self.status_area.end_progress()
        self.load_count += 1
        self.search.set_vocab(out.vocab, getattr(out, "kinds", None))
        self.incident.model.set_vocab(out.vocab)
        self.status_area.show_problems(out.problems, out.cases_dir)
        self.problemsChanged.emit(self.status_area.problem_count())
        self.status_area.set_counts(out.cases, out.lessons)
        self.status_area.loaded(out, self._first_load)
        self._first_load = False
        self.folder_watch.update(out.watch_files, out.watch_dirs)
        self.search.index_ready()
        self.incident.index_ready()
        self.history.after_load()
        self.indexReady.emit()

    def _load_failed(self, message: str) -> None:
        self.status_area.end_progress()
        shown = self.status_area.load_failed(message)
        if not self.library.ready:
            self.search.set_no_folder(shown)

    def _load_cancelled(self) -> None:
        self.status_area.end_progress()
        self.status_area.load_cancelled()
        if not self.library.ready:
            self.search.set_no_folder(self.tr("Indexing was cancelled. Press F5 to index the case folder."))

    # -- cases and history (window/history.py) ------------------------------------------------------------------
    def open_case(self, case_id: str, focus: bool = False, push: bool = True, keep_scroll: bool = False) -> None:
        self.history.open_case(case_id, focus, push, keep_scroll)

    def open_lesson(self, lesson_id: str, push: bool = True, keep_scroll: bool = False) -> None:
        self.history.open_lesson(lesson_id, push, keep_scroll)

    def current_entry(self):
        return self.history.current_entry()

    def go_back(self) -> None:
        self.history.go_back()

    # -- the case editor (window/editing.py) --------------------------------------------------------------------
    def new_case(self, situation: str = "", related=()) -> None:
        self.editor_area.new_case(situation, related)

    def edit_case(self, case_id: str) -> None:
        self.editor_area.edit_case(case_id)

    def offer_drafts(self) -> None:
        self.editor_area.offer_drafts()

    @property
    def recovery_dialog(self):
        """The draft recovery dialog once it was offered, else None."""
        return self.editor_area.recovery_dialog

    # -- navigation ---------------------------------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.tabs.setCurrentWidget(self.search)
        self.search.focus_search()

    def focus_incident(self) -> None:
        self.tabs.setCurrentWidget(self.incident)
        self.incident.focus_editor()

    def move_selection(self, step: int) -> None:
        if getattr(self, "import_area", None) is not None and self.import_area.review_shown():
            self.review.step(step)  # Ctrl+J / Ctrl+K walk the review queue
        elif self.tabs.currentWidget() is self.incident:
            self.incident.move_selection(step)
        else:
            self.search.move_selection(step)

    def back_to_results(self) -> None:
        if getattr(self, "import_area", None) is not None and self.import_area.review_shown():
            self.import_area.close_review()  # Esc leaves the review queue
            return
        if self.tabs.currentWidget() is self.incident:
            if self.incident.model.rowCount():
                self.incident.view.setFocus()
            else:
                self.incident.focus_editor()
        else:
            self.search.focus_results()
    # -- import and review (window/importing.py) ------------------------------------------------------------------
    def import_paths(self, paths, allow_duplicates: bool = False) -> bool:
        """Import files and folders in the background (as File > Import… and a drop do)."""
        return self.import_area.start(paths, allow_duplicates)

    def show_review_queue(self) -> None:
        self.import_area.show_review()

    # -- folder, preferences, about -------------------------------------------------------------------------------------
    def choose_folder(self) -> None:
        start = self.current_cases_dir()
        d = choose_directory(self, self.tr("Choose the case folder"), start)
        if d:
            self.set_cases_dir(d)

    def current_cases_dir(self) -> str:
        """The folder in use, also when it is the bundled samples (cases_dir None)."""
        if self.library.cases_dir:
            return str(self.library.cases_dir)
        out = self.library.last_outcome
        if out is not None and out.cases_dir:
            return out.cases_dir
        from .. import paths

        return str(paths.bundled_cases_dir())

    def set_cases_dir(self, path: str) -> None:
        settings.set_value(settings.CASES_DIR, path)
        self.history.clear()
        self.case_panel.show_empty()
        self.search.model.clear()
        self.incident.model.clear()
        self._first_load = True
        self.library.set_cases_dir(path)

    def show_preferences(self) -> None:
        from .dialogs import PreferencesDialog

        pref = settings.value(settings.LANGUAGE, "", str) or ""
        if not pref and i18n.current_language() != i18n.system_language():
            pref = i18n.current_language()  # --lang is in force: show it, not "follow the system"
        dlg = PreferencesDialog(pref, self.current_cases_dir(), self,
                                rater=settings.value(settings.RATER, "", str) or "")
        if dlg.exec():
            self.apply_preferences(dlg.language(), dlg.cases_dir())
            if self._compare is not None:  # compare: the rater's name
                self._compare.view.set_rater(dlg.rater())
            else:
                settings.set_value(settings.RATER, dlg.rater())

    def apply_preferences(self, language: str, cases_dir: str | None = None) -> None:
        settings.set_value(settings.LANGUAGE, language or "")
        inst = i18n.instance()
        if inst is not None:
            inst.set_language(language or None)
        if cases_dir and str(Path(cases_dir)) != self.current_cases_dir():
            self.set_cases_dir(cases_dir)

    # -- compare ----------------------------------------------------------------------------------------------------
    def show_compare(self) -> None:
        """Open the Compare window: the cases selected in the results (2-10), else a kind."""
        from .models import ROLE_ID
        from .views.compare.window import CompareWindow

        if self._compare is None:
            self._compare = CompareWindow(self.library, self)
            self._compare.view.caseRequested.connect(lambda cid: (self.open_case(cid), self.raise_(),
                                                                  self.activateWindow()))
        ids = [i.data(ROLE_ID) for i in self.search.view.selectionModel().selectedRows()] \
            if self.search.view.selectionModel() else []
        view = self._compare.view
        if len(ids) >= 2:
            view.show_cases(ids[:10])
        elif view.bundle is None:
            view.show_kind(view.kind)  # the kind compared last time, else the largest
        self._compare.show()
        self._compare.raise_()
        self._compare.activateWindow()

    def show_about(self) -> None:
        from .dialogs import AboutDialog

        dlg = AboutDialog(self.library.versions, self.windowIcon().pixmap(96, 96), self)
        dlg.exec()

    # -- window state, closing -------------------------------------------------------------------------------------------
    def save_state(self) -> None:
        remembered.save(self)
        if getattr(self, "import_area", None) is not None:
            self.import_area.save_state()

    def shutdown(self) -> None:
        if self._closed:
            return
        if hasattr(self, "editor_area"):
            self.editor_area.flush()  # the draft is queued (not cancellable) before the runner stops
        self._closed = True
        for t in (self.search.timer, self.incident.timer):
            t.stop()
        self.status_area.stop()
        if getattr(self, "import_area", None) is not None:
            self.import_area.stop()  # an import stops after its current document
        self.folder_watch.stop()
        if self._compare is not None:  # compare: keep the rating draft being typed
            self._compare.view.flush_drafts()
            self._compare.close()
        self.library.cancel_load()
        self.library.close()
        self.runner.shutdown()

    # -- notice bar: state.db, data folder, index (feat/state) -----------------------------------------------
    def _install_notice_bar(self) -> None:
        """A band above the panes for what the user must know about their own data, in the UI
        language, from the first load on."""
        from PySide6.QtWidgets import QVBoxLayout, QWidget

        from .widgets.notices import NoticeBar

        self.notice_bar = NoticeBar(self)
        central = QWidget(self)
        central.setObjectName("centralArea")
        lay = QVBoxLayout(central)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        # whatever is central now (the splitter, or another area's stack around it) goes under the bar;
        # call this last in __init__ so the bar stays visible over every central page
        below = self.takeCentralWidget()
        lay.addWidget(self.notice_bar)
        lay.addWidget(below, 1)
        self.setCentralWidget(central)
        self.library.noticesChanged.connect(self.notice_bar.add)

    def closeEvent(self, event) -> None:
        if not self._closed and hasattr(self, "editor_area") and self.editor_area.close_needs_answer():
            event.ignore()  # unsaved edits: the editor asks first (Save / Discard / Cancel)
            return
        if not self._closed:
            self.save_state()
            self.shutdown()
        super().closeEvent(event)
