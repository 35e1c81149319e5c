"""The status bar and the problems panel of the main window.

It owns the message line (each message made by a function that runs again when the language
changes), the indexing progress with its Cancel button (shown only when a load takes a while),
the case and lesson counts, and the problems panel: a dock listing the files that could not be
read, the status-bar button that opens it, and showing a file's place. Its texts keep the
"MainWindow" translation context.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (QAbstractItemView, QDockWidget, QHeaderView, QLabel, QProgressBar, QTableView,
                               QToolButton)

from ..models import ROLE_PATH, ProblemsModel


def reveal_path(path: str) -> bool:
    """Show where a file is: copy its path and open its folder in the file manager; False when no
    program could open the folder."""
    QGuiApplication.clipboard().setText(path)
    return bool(QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(path).parent))))


class StatusArea(QObject):
    """The status bar's widgets and the problems dock of one main window (parented to it)."""

    PROGRESS_DELAY_MS = 250

    def __init__(self, window):
        super().__init__(window)
        self.window_ = window
        self._status_fn = None
        self._counts: tuple[int, int] | None = None
        self._known_errors: set[str] = set()

        # problems panel
        self.problems_model = ProblemsModel(window)
        self.problems_view = QTableView(window)
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
        self.problems_dock = QDockWidget(window)
        self.problems_dock.setObjectName("problemsDock")
        self.problems_dock.setWidget(self.problems_view)
        self.problems_dock.setAllowedAreas(Qt.DockWidgetArea.BottomDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea)
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.problems_dock)
        self.problems_dock.hide()

        # status bar
        sb = window.statusBar()
        self.status_label = QLabel(window)
        self.status_label.setObjectName("statusMessage")
        self.progress = QProgressBar(window)
        self.progress.setObjectName("indexProgress")
        self.progress.setMaximumWidth(220)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.cancel_button = QToolButton(window)
        self.cancel_button.setObjectName("cancelIndex")
        self.cancel_button.setAutoRaise(True)
        self.cancel_button.clicked.connect(window.cancel_indexing)
        self.cancel_button.hide()
        self.problems_button = QToolButton(window)
        self.problems_button.setObjectName("problemsButton")
        self.problems_button.setAutoRaise(True)
        self.problems_button.clicked.connect(self.toggle_problems)
        self.problems_button.hide()
        self.count_label = QLabel(window)
        self.count_label.setObjectName("countLabel")
        # issue 15: "12 imported cases to review", a click opens the review queue
        self.review_count = 0
        self.review_button = QToolButton(window)
        self.review_button.setObjectName("reviewButton")
        self.review_button.setAutoRaise(True)
        self.review_button.setProperty("tone", "mixed")
        self.review_button.clicked.connect(lambda: window.show_review_queue())
        self.review_button.hide()
        sb.addWidget(self.status_label, 1)
        sb.addPermanentWidget(self.progress)
        sb.addPermanentWidget(self.cancel_button)
        sb.addPermanentWidget(self.review_button)
        sb.addPermanentWidget(self.problems_button)
        sb.addPermanentWidget(self.count_label)
        self._progress_delay = QTimer(window)
        self._progress_delay.setSingleShot(True)
        self._progress_delay.setInterval(self.PROGRESS_DELAY_MS)
        self._progress_delay.timeout.connect(self._show_progress)

    def retranslate(self) -> None:
        self.cancel_button.setText(QCoreApplication.translate("MainWindow", "Cancel"))
        self.cancel_button.setToolTip(QCoreApplication.translate("MainWindow", "Stop indexing; the previous index stays in use"))
        self.problems_button.setToolTip(QCoreApplication.translate("MainWindow", "Files that could not be read (double-click a row to show the file)"))
        self.problems_model.relabel()
        self._update_problems_button()
        self.set_review_count(self.review_count)
        self._update_counts()
        if self._status_fn is not None:
            self.status_label.setText(self._status_fn())  # the status bar follows the language too
        elif self.window_.library.loading:
            self.status_label.setText(QCoreApplication.translate("MainWindow", "Opening the case library…"))

    # -- one language on screen (issue 11 §8) --------------------------------------------------------------------
    def say(self, text_fn) -> None:
        """Show a status message made by `text_fn`, which runs again when the language changes."""
        self._status_fn = text_fn
        self.status_label.setText(text_fn())

    # -- indexing progress -----------------------------------------------------------------------------------------
    def load_started(self, first: bool) -> None:
        self.say(lambda: QCoreApplication.translate("MainWindow", "Opening the case library…") if first
                 else QCoreApplication.translate("MainWindow", "Updating from the case folder…"))

    def start_progress(self) -> None:
        """The bar and Cancel show only if the load is still running after a short delay."""
        self._progress_delay.start()

    def _show_progress(self) -> None:
        if self.window_.library.loading:
            self.progress.show()
            self.cancel_button.show()

    def load_progress(self, done: int, total: int, message: str) -> None:
        if total:
            self.progress.setRange(0, total)
            self.progress.setValue(done)
            self.say(lambda: QCoreApplication.translate("MainWindow", "Indexing cases… {0} of {1}").format(done, total))
        else:
            self.progress.setRange(0, 0)
            self.say(lambda: QCoreApplication.translate("MainWindow", "Reading the case files…"))

    def end_progress(self) -> None:
        self._progress_delay.stop()
        self.progress.hide()
        self.cancel_button.hide()

    def loaded(self, out, first: bool) -> None:
        """The message after a load: the core's messages, else "Ready" the first time, else "Updated"."""
        if out.messages:  # the core's messages by code, in the UI language (issue 11 §8)
            from ..models import status_text

            coded = getattr(out, "coded", {}) or {}
            self.say(lambda: " ".join(status_text(m, coded) for m in out.messages))
        elif first:
            self.say(lambda: QCoreApplication.translate("MainWindow", "Ready: %n case(s) in {0} s", "", out.cases).format(f"{out.seconds:.1f}"))
        else:
            self.say(lambda: QCoreApplication.translate("MainWindow", "Updated from the case folder"))

    def load_failed(self, message: str) -> str:
        """Say why the folder could not be opened; returns the reason as worded on screen."""
        w = self.window_
        code, path = getattr(w.library, "last_error_code", ("", ""))
        if code:  # a coded failure (folder unreadable, data folder read-only, index locked): in the UI language
            from ..library import Notice
            from ..models import status_text

            worded = lambda: (w.notice_bar.text_for(Notice(code, "error", path))  # noqa: E731
                              or status_text(message, {message: (code, (path,))}))
            self.say(lambda: QCoreApplication.translate("MainWindow", "Could not open the case folder: {0}").format(worded()))
            return worded()
        self.say(lambda: QCoreApplication.translate("MainWindow", "Could not open the case folder: {0}").format(message))
        return message

    def load_cancelled(self) -> None:
        self.say(lambda: QCoreApplication.translate("MainWindow", "Indexing cancelled; the previous index stays in use. Press F5 to index again."))

    def stop(self) -> None:
        self._progress_delay.stop()

    # -- counts ------------------------------------------------------------------------------------------------------
    def set_counts(self, cases: int, lessons: int) -> None:
        self._counts = (cases, lessons)
        self._update_counts()

    def _update_counts(self) -> None:
        counts = self._counts
        self.count_label.setText(QCoreApplication.translate("MainWindow", "%n case(s)", "", counts[0]) + " · "
                                 + QCoreApplication.translate("MainWindow", "%n lesson(s)", "", counts[1])
                                 if counts else "")

    def set_review_count(self, n: int) -> None:
        """Imported cases still to review: the status bar says how many (none: nothing shown)."""
        self.review_count = int(n)
        self.review_button.setText(QCoreApplication.translate("Review", "%n imported case(s) to review", "", self.review_count))
        self.review_button.setToolTip(QCoreApplication.translate("Review", "Open the review queue (Ctrl+Shift+R)"))
        self.review_button.setVisible(self.review_count > 0)

    # -- problems ----------------------------------------------------------------------------------------------------
    def show_problems(self, problems, cases_dir) -> None:
        """List the load's problems; a new error opens the panel, none at all closes it."""
        self.problems_model.set_problems(problems, cases_dir)
        errors = {p.path + str(p.message) for p in problems if p.level == "error"}
        if errors - self._known_errors:
            self.problems_dock.show()
        elif not problems:
            self.problems_dock.hide()  # nothing left to show: never an open, blank panel
        self._known_errors = errors
        self._update_problems_button()

    def problem_count(self) -> int:
        """The one count of problems: the rows the problems panel lists (the status bar's button,
        the panel's title and the window's problemsChanged all show this number)."""
        return self.problems_model.rowCount()

    def _update_problems_button(self) -> None:
        n, e = self.problem_count(), self.problems_model.errors()
        self.problems_dock.setWindowTitle(QCoreApplication.translate("MainWindow", "Problems ({0})").format(n) if n
                                          else QCoreApplication.translate("MainWindow", "Problems"))
        if not n:
            self.problems_button.hide()
            return
        if e:
            text = QCoreApplication.translate("MainWindow", "⚠ Problems: {0}").format(n)
        else:
            text = QCoreApplication.translate("MainWindow", "Warnings: {0}").format(n)
        self.problems_button.setText(text)
        self.problems_button.setProperty("tone", "bad" if e else "mixed")
        self.problems_button.style().unpolish(self.problems_button)
        self.problems_button.style().polish(self.problems_button)
        self.problems_button.show()

    def toggle_problems(self) -> None:
        self.problems_dock.setVisible(not self.problems_dock.isVisible())

    def _problem_activated(self, index) -> None:
        path = index.data(ROLE_PATH) or self.problems_model.problem(index.row()).path
        self.reveal(path)

    def reveal(self, path: str) -> None:
        if reveal_path(path):
            self.say(lambda: QCoreApplication.translate("MainWindow", "File: {0} (path copied)").format(path))
        else:
            self.say(lambda: QCoreApplication.translate(
                "MainWindow", "File: {0} (path copied; no program could open its folder)").format(path))
