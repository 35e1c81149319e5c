"""The main window: search and incident panes on the left, the case on the right.

It wires the panes to the Library (workers.py) and owns what is window-wide: menus and
shortcuts, the status bar with the indexing progress (cancellable), the problems panel, the
file watcher that reloads the case folder when a file changes outside the app, the case
history, language switching and the remembered window state.
"""
from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QEvent, QFileSystemWatcher, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (QAbstractItemView, QDockWidget, QFileDialog, QHeaderView, QLabel, QMainWindow,
                               QProgressBar, QSplitter, QTableView, QTabWidget, QToolButton)

from . import i18n, settings
from .dialogs import choose_directory
from .views.case import CaseDoc, CasePanel, NotFound
from .views.incident import IncidentPane
from .models import ROLE_PATH, ProblemsModel
from .views.search import SearchPanel
from .library import Library
from .workers import RequestTokens, Runner, is_cancellation

log = logging.getLogger(__name__)


def reveal_path(path: str) -> None:
    """Show where a file is: copy its path and open its folder in the file manager."""
    QGuiApplication.clipboard().setText(path)
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(path).parent)))


def open_external(url: QUrl) -> None:
    """Web links open in the system browser, and only when the user clicked them."""
    if url.scheme().lower() in ("http", "https", "mailto"):
        QDesktopServices.openUrl(url)


class MainWindow(QMainWindow):
    indexReady = Signal()        # a load finished (first or later)
    caseShown = Signal(str)      # a case is on screen
    problemsChanged = Signal(int)

    RELOAD_DEBOUNCE_MS = 500
    POLL_MS = 5000

    def __init__(self, cases_dir=None, data_dir=None, parent=None):
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self._closed = False
        self.runner = Runner(self)
        self.library = Library(self.runner, cases_dir, data_dir, self)
        self.history: list[tuple[str, str]] = []
        self.history_pos = -1
        self.open_tokens = RequestTokens()
        self._known_errors: set[str] = set()
        self._first_load = True
        self.load_count = 0
        self._retry_open: str | None = None
        self._last_open: tuple | None = None

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

        # problems panel
        self.problems_model = ProblemsModel(self)
        self.problems_view = QTableView(self)
        self.problems_view.setObjectName("problemsView")
        self.problems_view.setModel(self.problems_model)
        self.problems_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.problems_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problems_view.verticalHeader().hide()
        self.problems_view.setWordWrap(False)
        hh = self.problems_view.horizontalHeader()
        hh.setStretchLastSection(True)
        hh.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.problems_view.setColumnWidth(0, 300)
        self.problems_view.setColumnWidth(1, 50)
        self.problems_view.setColumnWidth(2, 70)
        self.problems_view.doubleClicked.connect(self._problem_activated)
        self.problems_dock = QDockWidget(self)
        self.problems_dock.setObjectName("problemsDock")
        self.problems_dock.setWidget(self.problems_view)
        self.problems_dock.setAllowedAreas(Qt.DockWidgetArea.BottomDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.problems_dock)
        self.problems_dock.hide()

        # status bar
        sb = self.statusBar()
        self.status_label = QLabel(self)
        self.status_label.setObjectName("statusMessage")
        self.progress = QProgressBar(self)
        self.progress.setObjectName("indexProgress")
        self.progress.setMaximumWidth(220)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.cancel_button = QToolButton(self)
        self.cancel_button.setObjectName("cancelIndex")
        self.cancel_button.setAutoRaise(True)
        self.cancel_button.clicked.connect(self.cancel_indexing)
        self.cancel_button.hide()
        self.problems_button = QToolButton(self)
        self.problems_button.setObjectName("problemsButton")
        self.problems_button.setAutoRaise(True)
        self.problems_button.clicked.connect(self.toggle_problems)
        self.problems_button.hide()
        self.count_label = QLabel(self)
        self.count_label.setObjectName("countLabel")
        sb.addWidget(self.status_label, 1)
        sb.addPermanentWidget(self.progress)
        sb.addPermanentWidget(self.cancel_button)
        sb.addPermanentWidget(self.problems_button)
        sb.addPermanentWidget(self.count_label)
        self._progress_delay = QTimer(self)
        self._progress_delay.setSingleShot(True)
        self._progress_delay.setInterval(250)
        self._progress_delay.timeout.connect(self._show_progress)

        # file watching
        self.watcher = QFileSystemWatcher(self)
        self._watched: set[str] = set()   # what we asked the watcher to follow
        self.watcher.fileChanged.connect(self._fs_changed)
        self.watcher.directoryChanged.connect(self._fs_changed)
        self.reload_timer = QTimer(self)
        self.reload_timer.setSingleShot(True)
        self.reload_timer.setInterval(self.RELOAD_DEBOUNCE_MS)
        self.reload_timer.timeout.connect(self.reload)
        self.poll_timer = QTimer(self)
        self.poll_timer.setInterval(self.POLL_MS)
        self.poll_timer.timeout.connect(self.library.poll)

        self._make_actions()
        self._connect()
        # -- learn (issue 8): the Learn tab, the Learn menu (Ctrl+Shift+L, Ctrl+D, Ctrl+P), honest reading --
        from .views.learn.wiring import install as install_learn

        self.learn = install_learn(self)
        self.retranslateUi()
        self._restore_state()
        self._init_editor()  # issue 10: the case editor (block at the end of the class)
        self._install_notice_bar()  # state.db / index notices, above the stack of views

    # -- actions and menus -----------------------------------------------------------------------------------
    def _action(self, name: str, slot, shortcuts=(), context=Qt.ShortcutContext.WindowShortcut) -> QAction:
        a = QAction(self)
        a.setObjectName(name)
        if shortcuts:
            a.setShortcuts([QKeySequence(s) for s in shortcuts])
        a.setShortcutContext(context)
        a.triggered.connect(slot)
        self.addAction(a)
        return a

    def _make_actions(self) -> None:
        self.act_open_folder = self._action("actOpenFolder", self.choose_folder, ["Ctrl+O"])
        self.act_reindex = self._action("actReindex", self.reload, ["F5"])
        self.act_rebuild = self._action("actRebuild", lambda: self.reload(force=True), ["Ctrl+Shift+F5"])
        self.act_quit = self._action("actQuit", self.close, ["Ctrl+Q"])
        self.act_find = self._action("actFind", self.focus_search, ["Ctrl+F", "Ctrl+L"])
        self.act_incident = self._action("actIncident", self.focus_incident, ["Ctrl+N"])
        self.act_next = self._action("actNext", lambda: self.move_selection(1), ["Ctrl+J"])
        self.act_prev = self._action("actPrev", lambda: self.move_selection(-1), ["Ctrl+K"])
        self.act_back = self._action("actBack", self.go_back, ["Alt+Left"])
        self.act_results = self._action("actResults", self.back_to_results, ["Esc"])
        self.act_prefs = self._action("actPreferences", self.show_preferences, ["Ctrl+,"])
        self.act_about = self._action("actAbout", self.show_about)
        # compare: cases side by side (its own window)
        self._compare = None
        self.act_compare = self._action("actCompare", self.show_compare, ["Ctrl+Shift+C"])
        self.act_compare_selected = self._action("actCompareSelected", self.show_compare)
        self.search.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.search.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.search.view.addAction(self.act_compare_selected)
        self.act_problems = self.problems_dock.toggleViewAction()
        self.act_problems.setObjectName("actProblems")

        mb = self.menuBar()
        self.menu_file = mb.addMenu("")
        self.menu_file.addAction(self.act_open_folder)
        self.menu_file.addAction(self.act_reindex)
        self.menu_file.addAction(self.act_rebuild)
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.act_prefs)
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.act_quit)
        self.menu_go = mb.addMenu("")
        for a in (self.act_find, self.act_incident, None, self.act_next, self.act_prev, self.act_results, self.act_back):
            self.menu_go.addSeparator() if a is None else self.menu_go.addAction(a)
        self.menu_go.addSeparator()
        self.menu_go.addAction(self.act_compare)  # compare
        self.menu_view = mb.addMenu("")
        self.menu_view.addAction(self.act_problems)
        self.menu_help = mb.addMenu("")
        self.menu_help.addAction(self.act_about)

    def _connect(self) -> None:
        lib = self.library
        lib.loadStarted.connect(self._load_started)
        lib.loadProgress.connect(self._load_progress)
        lib.loaded.connect(self._loaded)
        lib.loadFailed.connect(self._load_failed)
        lib.loadCancelled.connect(self._load_cancelled)
        lib.readIdsChanged.connect(self.search.model.set_read_ids)
        lib.readIdsChanged.connect(self.incident.model.set_read_ids)
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
        self.case_panel.revealRequested.connect(self._reveal)

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Crisis Case Knowledge Base"))
        self.tabs.setTabText(0, self.tr("Search"))
        self.tabs.setTabText(1, self.tr("Describe an incident"))
        self.tabs.setTabToolTip(0, self.tr("Search the cases (Ctrl+F)"))
        self.tabs.setTabToolTip(1, self.tr("Type the new incident; similar past cases follow (Ctrl+N)"))
        self.menu_file.setTitle(self.tr("&File"))
        self.menu_go.setTitle(self.tr("&Go"))
        self.menu_view.setTitle(self.tr("&View"))
        self.menu_help.setTitle(self.tr("&Help"))
        self.act_open_folder.setText(self.tr("Open case folder…"))
        self.act_reindex.setText(self.tr("Reindex"))
        self.act_rebuild.setText(self.tr("Rebuild index from scratch"))
        self.act_quit.setText(self.tr("Quit"))
        self.act_find.setText(self.tr("Search"))
        self.act_incident.setText(self.tr("Describe a new incident"))
        self.act_next.setText(self.tr("Next result"))
        self.act_prev.setText(self.tr("Previous result"))
        self.act_results.setText(self.tr("Back to the results"))
        self.act_back.setText(self.tr("Back"))
        self.act_prefs.setText(self.tr("Preferences…"))
        self.act_about.setText(self.tr("About"))
        from .views.compare.texts import tr_text  # compare: its texts live in the compare_* catalogues

        self.act_compare.setText(tr_text("action"))
        self.act_compare.setToolTip(tr_text("action_tip"))
        self.act_compare_selected.setText(tr_text("selected"))
        self.problems_dock.setWindowTitle(self.tr("Problems"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop indexing; the previous index stays in use"))
        self.problems_button.setToolTip(self.tr("Files that could not be read (double-click a row to show the file)"))
        self.problems_model.relabel()
        self._update_problems_button()
        self._update_counts()
        if getattr(self, "_status_fn", None) is not None:
            self.status_label.setText(self._status_fn())  # the status bar follows the language too
        elif self.library.loading:
            self.status_label.setText(self.tr("Opening the case library…"))
        if hasattr(self, "act_new_case"):  # issue 10: the editor's menu entry
            self._retranslate_editor()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    # -- one language on screen (issue 11 §8) --------------------------------------------------------------------
    def _say(self, text_fn) -> None:
        """Show a status message made by `text_fn`, which runs again when the language changes."""
        self._status_fn = text_fn
        self.status_label.setText(text_fn())

    # -- start and load ------------------------------------------------------------------------------------------
    def start(self) -> None:
        """Open the case folder in the background. Call after show()."""
        self.library.load()

    def reload(self, force: bool = False) -> None:
        self.reload_timer.stop()
        self.library.load(force=bool(force))

    def cancel_indexing(self) -> None:
        self.library.cancel_load()
        self._say(lambda: self.tr("Cancelling…"))

    def _load_started(self) -> None:
        first = self._first_load
        self._say(lambda: self.tr("Opening the case library…") if first else self.tr("Updating from the case folder…"))
        self.search.set_loading()
        self._progress_delay.start()

    def _show_progress(self) -> None:
        if self.library.loading:
            self.progress.show()
            self.cancel_button.show()

    def _load_progress(self, done: int, total: int, message: str) -> None:
        if total:
            self.progress.setRange(0, total)
            self.progress.setValue(done)
            self._say(lambda: self.tr("Indexing cases… {0} of {1}").format(done, total))
        else:
            self.progress.setRange(0, 0)
            self._say(lambda: self.tr("Reading the case files…"))

    def _end_progress(self) -> None:
        self._progress_delay.stop()
        self.progress.hide()
        self.cancel_button.hide()

    def _loaded(self, out) -> None:
        self._end_progress()
        self.load_count += 1
        self.search.set_vocab(out.vocab, getattr(out, "kinds", None))
        self.incident.model.set_vocab(out.vocab)
        self.problems_model.set_problems(out.problems, out.cases_dir)
        errors = {p.path + str(p.message) for p in out.problems if p.level == "error"}
        if errors - self._known_errors:
            self.problems_dock.show()
        elif not out.problems:
            self.problems_dock.hide()  # nothing left to show: never an open, blank panel
        self._known_errors = errors
        self._update_problems_button()
        self.problemsChanged.emit(len(out.problems))
        self._counts = (out.cases, out.lessons)
        self._update_counts()
        if out.messages:  # the core's messages by code, in the UI language (issue 11 §8)
            from .models import status_text

            coded = getattr(out, "coded", {}) or {}
            self._say(lambda: " ".join(status_text(m, coded) for m in out.messages))
        elif self._first_load:
            self._say(lambda: self.tr("Ready: %n case(s) in {0} s", "", out.cases).format(f"{out.seconds:.1f}"))
        else:
            self._say(lambda: self.tr("Updated from the case folder"))
        self._first_load = False
        self._update_watch(out.watch_files, out.watch_dirs)
        self.search.index_ready()
        self.incident.index_ready()
        retry, self._retry_open = self._retry_open, None
        if retry and self._last_open and self._last_open[0] == retry:
            self.open_case(*self._last_open)
        else:
            self._refresh_page()
        self.indexReady.emit()

    def _load_failed(self, message: str) -> None:
        self._end_progress()
        code, path = getattr(self.library, "last_error_code", ("", ""))
        if code:  # a coded failure (folder unreadable, data folder read-only, index locked): in the UI language
            from .library import Notice
            from .models import status_text

            worded = lambda: (self.notice_bar.text_for(Notice(code, "error", path))  # noqa: E731
                              or status_text(message, {message: (code, (path,))}))
            self._say(lambda: self.tr("Could not open the case folder: {0}").format(worded()))
            shown = worded()
        else:
            self._say(lambda: self.tr("Could not open the case folder: {0}").format(message))
            shown = message
        if not self.library.ready:
            self.search.set_no_folder(shown)

    def _load_cancelled(self) -> None:
        self._end_progress()
        self._say(lambda: self.tr("Indexing cancelled; the previous index stays in use. Press F5 to index again."))
        if not self.library.ready:
            self.search.set_no_folder(self.tr("Indexing was cancelled. Press F5 to index the case folder."))

    def _update_counts(self) -> None:
        counts = getattr(self, "_counts", None)
        self.count_label.setText(self.tr("%n case(s)", "", counts[0]) + " · " + self.tr("%n lesson(s)", "", counts[1])
                                 if counts else "")

    def _update_problems_button(self) -> None:
        e, w = self.problems_model.errors(), self.problems_model.warnings()
        if not e and not w:
            self.problems_button.hide()
            return
        if e:
            text = self.tr("⚠ %n file(s) with problems", "", self.problems_model.error_files())
        else:
            text = self.tr("%n warning(s)", "", w)
        self.problems_button.setText(text)
        self.problems_button.setProperty("tone", "bad" if e else "mixed")
        self.problems_button.style().unpolish(self.problems_button)
        self.problems_button.style().polish(self.problems_button)
        self.problems_button.show()

    def toggle_problems(self) -> None:
        self.problems_dock.setVisible(not self.problems_dock.isVisible())

    def _problem_activated(self, index) -> None:
        path = index.data(ROLE_PATH) or self.problems_model.problem(index.row()).path
        self._reveal(path)

    def _reveal(self, path: str) -> None:
        self._say(lambda: self.tr("File: {0} (path copied)").format(path))
        reveal_path(path)

    # -- watching the folder ------------------------------------------------------------------------------------------
    WATCH_BATCH = 100  # paths added per turn of the event loop (10,000 at once stalled it ~250 ms)

    def _update_watch(self, files: list[str], dirs: list[str]) -> None:
        want = set(files)
        want.update(dirs)
        have = self._watched  # our own record: asking the watcher copies 10,000 paths each time
        gone = list(have - want)
        if gone:
            self.watcher.removePaths(gone)
            have.difference_update(gone)
        # added in batches, one per turn of the event loop, so a big folder never freezes the window
        self._watch_queue = list(want - have)
        self._watch_failed = 0
        if not hasattr(self, "_watch_timer"):
            self._watch_timer = QTimer(self)
            self._watch_timer.setInterval(0)
            self._watch_timer.timeout.connect(self._watch_step)
        self._watch_timer.start()

    def _watch_step(self) -> None:
        batch, self._watch_queue = self._watch_queue[:self.WATCH_BATCH], self._watch_queue[self.WATCH_BATCH:]
        if batch and not self._closed:
            failed = self.watcher.addPaths(batch)
            self._watch_failed += len(failed)
            self._watched.update(set(batch) - set(failed))
        if self._watch_queue and not self._closed:
            return
        self._watch_timer.stop()
        if self._watch_failed:
            log.info("cannot watch %d paths; polling the folder every %d s", self._watch_failed, self.POLL_MS // 1000)
            self.poll_timer.start()
        else:
            self.poll_timer.stop()

    def _fs_changed(self, path: str) -> None:
        if path in self._watched and path in self.watcher.files():
            # an editor that saves by replacing the file leaves the old watch dead: renew it on reload
            self.watcher.removePath(path)
            self._watched.discard(path)
        self.reload_timer.start()

    # -- cases and history ------------------------------------------------------------------------------------------
    def open_case(self, case_id: str, focus: bool = False, push: bool = True, keep_scroll: bool = False) -> None:
        if not self.library.ready:
            return
        seq = self.open_tokens.next()
        self._retry_open = None
        self._last_open = (case_id, focus, push)
        loads = self.load_count

        def done(doc):
            if self.open_tokens.is_current(seq):
                self._show_doc(doc, ("case", case_id), push, focus, keep_scroll)

        def failed(e):
            if (isinstance(e, NotFound) and self.open_tokens.is_current(seq) and not self.library.loading
                    and self.load_count != loads):
                self.open_case(case_id, focus, push, keep_scroll)  # a load finished meanwhile: ask again
                return
            self._open_failed(seq, case_id, e)

        self.library.open_case(case_id, on_done=done, on_error=failed)

    def open_lesson(self, lesson_id: str, push: bool = True, keep_scroll: bool = False) -> None:
        if not self.library.ready:
            return
        seq = self.open_tokens.next()

        def done(doc):
            if self.open_tokens.is_current(seq):
                self._show_doc(doc, ("lesson", lesson_id), push, False, keep_scroll)

        self.library.open_lesson(lesson_id, on_done=done, on_error=lambda e: self._open_failed(seq, lesson_id, e))

    def _open_failed(self, seq: int, ident: str, error) -> None:
        if not self.open_tokens.is_current(seq) or is_cancellation(error):
            return
        if isinstance(error, NotFound) and self.library.loading:
            # the search saw the new index before the load finished: open it once the load is done
            self._retry_open = ident
            return
        if isinstance(error, NotFound):
            self._say(lambda: self.tr("“{0}” is no longer in the case folder").format(ident))
            if self.current_entry() and self.current_entry()[1] == ident:
                self.case_panel.show_empty()
        else:
            self._say(lambda: self.tr("Could not open {0}: {1}").format(ident, error))

    def _show_doc(self, doc, entry, push: bool, focus: bool, keep_scroll: bool) -> None:
        if push and self.current_entry() != entry:
            del self.history[self.history_pos + 1:]
            self.history.append(entry)
            self.history_pos = len(self.history) - 1
        self.case_panel.show_doc(doc, self.library.vocab, self.history_pos > 0, keep_scroll)
        self.act_back.setEnabled(self.history_pos > 0)
        if isinstance(doc, CaseDoc):  # read only when earned (views/case.py ReadTracker) or marked by hand
            self.caseShown.emit(doc.case.id)
        if focus:
            self.case_panel.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def current_entry(self):
        return self.history[self.history_pos] if 0 <= self.history_pos < len(self.history) else None

    def go_back(self) -> None:
        if self.history_pos <= 0:
            return
        self.history_pos -= 1
        kind, ident = self.history[self.history_pos]
        (self.open_case if kind == "case" else self.open_lesson)(ident, push=False)

    def _refresh_page(self) -> None:
        """After a reload: show the page on screen again, as it now is on disk."""
        entry = self.current_entry()
        if entry and self.case_panel.view.doc is not None:
            kind, ident = entry
            (self.open_case if kind == "case" else self.open_lesson)(ident, push=False, keep_scroll=True)

    # -- navigation ---------------------------------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.tabs.setCurrentWidget(self.search)
        self.search.focus_search()

    def focus_incident(self) -> None:
        self.tabs.setCurrentWidget(self.incident)
        self.incident.focus_editor()

    def move_selection(self, step: int) -> None:
        if self.tabs.currentWidget() is self.incident:
            self.incident.move_selection(step)
        else:
            self.search.move_selection(step)

    def back_to_results(self) -> None:
        if self.tabs.currentWidget() is self.incident:
            if self.incident.model.rowCount():
                self.incident.view.setFocus()
            else:
                self.incident.focus_editor()
        else:
            self.search.focus_results()

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
        self.history_pos = -1
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

    # -- window state ------------------------------------------------------------------------------------------------------
    def _restore_state(self) -> None:
        s = settings.settings()
        geo = s.value(settings.GEOMETRY)
        if geo is not None:
            self.restoreGeometry(geo)
        else:
            self.resize(1360, 860)
        state = s.value(settings.WINDOW_STATE)
        if state is not None:
            self.restoreState(state)
        sizes = s.value(settings.SPLITTER)
        if sizes:
            try:
                self.splitter.setSizes([int(x) for x in sizes])
            except (TypeError, ValueError):
                pass
        isizes = s.value(settings.INCIDENT_SPLITTER)
        if isizes:
            try:
                self.incident.splitter.setSizes([int(x) for x in isizes])
            except (TypeError, ValueError):
                pass
        try:
            tab = int(s.value(settings.TAB, 0))
        except (TypeError, ValueError):
            tab = 0
        self.tabs.setCurrentIndex(tab if tab in (0, 1) else 0)
        query = s.value(settings.LAST_QUERY, "")
        if isinstance(query, str) and query:
            self.search.search_edit.setText(query)

    def save_state(self) -> None:
        s = settings.settings()
        s.setValue(settings.GEOMETRY, self.saveGeometry())
        s.setValue(settings.WINDOW_STATE, self.saveState())
        s.setValue(settings.SPLITTER, self.splitter.sizes())
        s.setValue(settings.INCIDENT_SPLITTER, self.incident.splitter.sizes())
        s.setValue(settings.TAB, self.tabs.currentIndex())
        s.setValue(settings.LAST_QUERY, self.search.query())
        s.sync()

    def shutdown(self) -> None:
        if self._closed:
            return
        if hasattr(self, "editor"):
            self.editor.flush()  # the draft is queued (not cancellable) before the runner stops
        self._closed = True
        for t in (self.reload_timer, self.poll_timer, self.search.timer, self.incident.timer, self._progress_delay):
            t.stop()
        if hasattr(self, "_watch_timer"):
            self._watch_timer.stop()
        watched = self.watcher.files() + self.watcher.directories()
        if watched:
            self.watcher.removePaths(watched)
        self._watched.clear()
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
        if not self._closed:
            self.save_state()
            self.shutdown()
        super().closeEvent(event)

    # -- the case editor (issue 10) ----------------------------------------------------------------------------------------
    def _init_editor(self) -> None:
        from PySide6.QtWidgets import QStackedWidget

        from .views.editor.view import EditorView

        self.editor = EditorView(self.library, self)
        self.central_stack = QStackedWidget(self)
        self.central_stack.setObjectName("centralStack")
        self.central_stack.addWidget(self.takeCentralWidget())
        self.central_stack.addWidget(self.editor)
        self.setCentralWidget(self.central_stack)
        self.act_new_case = self._action("actNewCase", self.new_case, ["Ctrl+Shift+N"])
        self.menu_file.insertAction(self.act_open_folder, self.act_new_case)
        self.menu_file.insertSeparator(self.act_open_folder)
        self.case_panel.editRequested.connect(self.edit_case)
        self.incident.newCaseRequested.connect(lambda text, top: self.new_case(text, top))
        self.editor.closed.connect(self._editor_closed)
        self.editor.saved.connect(self._editor_saved)
        self.editor.openCaseRequested.connect(lambda cid: (self._editor_closed(), self.open_case(cid)))
        self.indexReady.connect(self._editor_after_load)
        self._drafts_offered = False
        self.recovery_dialog = None
        self._retranslate_editor()

    def _retranslate_editor(self) -> None:
        from .views.hooks import hook_text

        self.act_new_case.setText(hook_text("new-case"))
        self.act_new_case.setToolTip(hook_text("new-case-tip"))

    def new_case(self, situation: str = "", related=()) -> None:
        if not self.library.ready:
            return
        self.editor.new_case(situation if isinstance(situation, str) else "", list(related or []))
        self.central_stack.setCurrentWidget(self.editor)

    def edit_case(self, case_id: str) -> None:
        self.editor.edit_case(case_id)
        self.central_stack.setCurrentWidget(self.editor)

    def _editor_closed(self) -> None:
        self.central_stack.setCurrentIndex(0)

    def _editor_saved(self, path: str, case_id: str) -> None:
        from .views.hooks import hook_text

        self.status_label.setText(hook_text("saved").format(Path(path).name))
        self.library.load()  # incremental: the window's lists and counts follow the saved file

    def _editor_after_load(self) -> None:
        self.editor.set_vocab(self.library.vocab)
        if self.editor.is_open:
            self.editor.refresh_lookups()
            self.editor.check_disk()
        if not self._drafts_offered:
            self._drafts_offered = True
            self.offer_drafts()

    def offer_drafts(self) -> None:
        """After a crash (or a close with unsaved work): every draft, to restore or discard."""
        from kb_app.core.cases import drafts as core_drafts

        def work(job):
            return core_drafts.all_drafts(self.library._kb_for_state().state)

        def done(items):
            if not items or self._closed:
                return
            from .views.editor.drafts import RecoveryDialog

            dlg = RecoveryDialog(items, self)
            dlg.restore_button.clicked.connect(lambda: self._restore_draft(dlg))
            dlg.discard_button.clicked.connect(lambda: self._discard_draft(dlg))
            self.recovery_dialog = dlg
            dlg.open()

        self.runner.write(work, on_done=done, name="drafts")

    def _restore_draft(self, dlg) -> None:
        did = dlg.current_id()
        d = next((x for x in dlg.items if x.id == did), None)
        if d is None:
            return
        dlg.accept()
        self.editor.restore_draft(d)
        self.central_stack.setCurrentWidget(self.editor)

    def _discard_draft(self, dlg, confirm: bool = True) -> None:
        from PySide6.QtWidgets import QMessageBox

        from kb_app.core.cases import drafts as core_drafts

        did = dlg.current_id()
        if did is None:
            return
        from .views.hooks import hook_text

        if confirm and QMessageBox.question(dlg, dlg.windowTitle(), hook_text("discard-draft")) != QMessageBox.StandardButton.Yes:
            return
        self.runner.write(lambda job: core_drafts.delete(self.library._kb_for_state().state, did), name="draft_discard",
                          cancellable=False)
        dlg.remove_current()
