"""The Learn view in the main window: a tab beside Search and Describe, and what goes with it.

``install(window)`` adds the tab (LearnView, view.py), a Learn menu (Ctrl+Shift+L learn, Ctrl+D
mark read/unread, Ctrl+P practise, exports for a mentor), the honest-reading hooks of the case
panel (read when earned, not when opened), the practice window (views/practice.py) and the
remembered state (page, grouping, chart, whether the tab was open). Context "Learn".
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu

from ... import i18n
from .common import Retranslating
from .view import LearnView
from ...errors import error_text


class LearnWiring(Retranslating):
    """Holds the Learn menu and actions of one main window and keeps their text in the UI language."""

    def __init__(self, window):
        super().__init__(window)
        self.hide()
        self.window_ = window
        lib = window.library
        self.view = LearnView(lib, window)
        window.tabs.addTab(self.view, "")
        self.tab_index = window.tabs.indexOf(self.view)
        self.practice_window = None

        def action(name, slot, keys):
            a = QAction(window)
            a.setObjectName(name)
            a.setShortcuts([QKeySequence(k) for k in keys])
            a.triggered.connect(slot)
            window.addAction(a)
            return a

        self.act_learn = action("actLearn", self.show_learn, ["Ctrl+Shift+L"])  # Ctrl+L is Search's
        self.act_mark = action("actMarkRead", window.case_panel.toggle_read, ["Ctrl+D"])
        self.act_practise = action("actPractise", self.practise_current, ["Ctrl+P"])
        self.act_export_csv = action("actExportProgressCsv", lambda: self.export("csv"), [])
        self.act_export_md = action("actExportProgressMd", lambda: self.export("md"), [])
        self.act_export_journal = action("actExportJournal", lambda: self.export("journal"), [])
        self.menu = QMenu(window)
        self.menu.setObjectName("menuLearn")
        for a in (self.act_learn, None, self.act_mark, self.act_practise, None, self.act_export_csv,
                  self.act_export_md, self.act_export_journal):
            self.menu.addSeparator() if a is None else self.menu.addAction(a)
        window.menuBar().insertMenu(window.menu_help.menuAction(), self.menu)

        panel = window.case_panel
        panel.is_read = lib.is_read
        panel.tracker.earned.connect(lambda t, i, s: lib.set_read(t, i, True, "dwell", s))
        panel.readToggled.connect(lambda t, i, r: lib.set_read(t, i, r, "manual"))
        panel.practiseRequested.connect(lambda cid: self.open_practice(cid, 0))
        lib.readIdsChanged.connect(lambda ids: self._sync_read_button())
        lib.progressChanged.connect(self._sync_read_button)
        self.view.caseRequested.connect(lambda cid: window.open_case(cid))
        self.view.lessonRequested.connect(lambda lid: window.open_lesson(lid))
        self.view.practiseRequested.connect(self.open_practice)
        self.view.exportRequested.connect(self.export)
        window.tabs.currentChanged.connect(self._tab_changed)
        self.retranslateUi()
        self._restore_state()
        window.installEventFilter(self)
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, self._restore_tab)  # after the window restored its own tabs (0 and 1)

    # -- remembered state (QSettings, saved when the window closes) -------------------------------------------
    KEYS = ("learn/page", "learn/grouping", "learn/chart", "learn/open")

    def _restore_state(self) -> None:
        from ... import settings

        v = self.view
        page = settings.value(self.KEYS[0], 0, int)
        if isinstance(page, int) and 0 <= page < v.pages.count():
            v.pages.setCurrentIndex(page)
        if settings.value(self.KEYS[1], "skills", str) == "kinds":
            v.lessons_page.set_grouping("kinds")
        if settings.value(self.KEYS[2], "radar", str) == "bars":
            chart = v.progress_page
            chart.show_bars.setChecked(True)
            chart.chart_stack.setCurrentWidget(chart.skill_bars)

    def _restore_tab(self) -> None:
        from ... import settings

        if settings.value(self.KEYS[3], False, bool):
            self.window_.tabs.setCurrentIndex(self.tab_index)

    def save_state(self) -> None:
        from ... import settings

        s = settings.settings()
        v = self.view
        s.setValue(self.KEYS[0], v.pages.currentIndex())
        s.setValue(self.KEYS[1], v.lessons_page.group_table)
        chart = v.progress_page
        s.setValue(self.KEYS[2], "bars" if chart.chart_stack.currentWidget() is chart.skill_bars else "radar")
        s.setValue(self.KEYS[3], self.window_.tabs.currentIndex() == self.tab_index)
        s.sync()

    def eventFilter(self, obj, event) -> bool:
        if obj is self.window_ and event.type() == QEvent.Type.Close and not getattr(self.window_, "_closed", False):
            self.save_state()
            if self.practice_window is not None:
                self.practice_window.save()  # a pending answer goes to state.db before the runner stops
        return False

    def retranslateUi(self) -> None:
        w = self.window_
        w.tabs.setTabText(self.tab_index, QCoreApplication.translate("Learn", "Learn"))
        w.tabs.setTabToolTip(self.tab_index, QCoreApplication.translate("Learn", "Lessons by soft skill and kind, your progress, reading paths (Ctrl+Shift+L)"))
        self.menu.setTitle(QCoreApplication.translate("Learn", "&Learn"))
        self.act_learn.setText(QCoreApplication.translate("Learn", "Learn from the cases"))
        self.act_mark.setText(QCoreApplication.translate("Learn", "Mark as read / unread"))
        self.act_practise.setText(QCoreApplication.translate("Learn", "Practise on this case…"))
        self.act_export_csv.setText(QCoreApplication.translate("Learn", "Export reading progress as CSV…"))
        self.act_export_md.setText(QCoreApplication.translate("Learn", "Export reading progress as Markdown…"))
        self.act_export_journal.setText(QCoreApplication.translate("Learn", "Export practice journal as Markdown…"))

    def show_learn(self) -> None:
        w = self.window_
        w.tabs.setCurrentWidget(self.view)
        self.view.pages.setFocus()

    def _tab_changed(self, index: int) -> None:
        if index != self.tab_index:
            return
        sizes = self.window_.splitter.sizes()
        total = sum(sizes)
        if total and sizes[0] < min(640, total * 0.46):
            left = int(min(680, total * 0.5))
            self.window_.splitter.setSizes([left, total - left])
        if self.view.data is None:
            self.view.refresh()

    def _sync_read_button(self) -> None:
        panel = self.window_.case_panel
        item = panel.current_item()
        if item is not None:
            read = self.window_.library.is_read(*item)
            panel._set_read_button(read)
            panel.tracker.done = read or panel.tracker.done

    def practise_current(self) -> None:
        item = self.window_.case_panel.current_item()
        if item and item[0] == "case":
            self.open_practice(item[1], 0)
        else:
            self.window_.status_label.setText(QCoreApplication.translate("Learn", "Open a case first, then practise on it (Ctrl+P)."))

    def open_practice(self, case_id: str, entry_id: int = 0) -> None:
        from ..practice import PracticeWindow

        if self.practice_window is None:
            self.practice_window = PracticeWindow(self.window_.library, self.window_)
            self.practice_window.caseRequested.connect(lambda cid: self.window_.open_case(cid))
            self.practice_window.lessonRequested.connect(lambda lid: self.window_.open_lesson(lid))
        self.practice_window.open(case_id, entry_id or None)

    def export(self, what: str) -> None:
        w = self.window_
        if not w.library.ready:
            return
        names = {"csv": ("reading-progress.csv", QCoreApplication.translate("Learn", "CSV files (*.csv)")),
                 "md": ("reading-progress.md", QCoreApplication.translate("Learn", "Markdown files (*.md)")),
                 "journal": ("practice-journal.md", QCoreApplication.translate("Learn", "Markdown files (*.md)"))}
        name, filt = names[what]
        target, _ = QFileDialog.getSaveFileName(w, QCoreApplication.translate("Learn", "Export for a mentor"), str(Path.home() / name), filt)
        if not target:
            return
        w.library.export_learning(what, i18n.current_language(), target,
                                  on_done=lambda t: w.status_label.setText(QCoreApplication.translate("Learn", "Exported to {0}").format(t)),
                                  on_error=lambda e: w.status_label.setText(QCoreApplication.translate("Learn", "Could not export: {0}").format(error_text(e))))


def install(window) -> LearnWiring:
    """Add the Learn view, its menu and shortcuts, and honest reading to a MainWindow."""
    return LearnWiring(window)
