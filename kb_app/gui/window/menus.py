"""The main window's actions, shortcuts and menu bar (File, Go, View, Help).

It builds the window's own actions (window.act_find, window.act_next ...: the window, the other
parts, learn.py and the tests reach them by name), puts them in the menus, adds Compare to the
result list's context menu, and words them in the UI language under the "MainWindow"
translation context. What an action does is the window's (its slots).
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView


def action(window, name: str, slot, shortcuts=(), context=Qt.ShortcutContext.WindowShortcut) -> QAction:
    """An action of the window, with its object name and shortcuts, triggering `slot`."""
    a = QAction(window)
    a.setObjectName(name)
    if shortcuts:
        a.setShortcuts([QKeySequence(s) for s in shortcuts])
    a.setShortcutContext(context)
    a.triggered.connect(slot)
    window.addAction(a)
    return a


def build(window) -> None:
    """Make the window's actions and its menu bar (after the panes and the problems dock)."""
    w = window
    w.act_open_folder = action(w, "actOpenFolder", w.choose_folder, ["Ctrl+O"])
    w.act_reindex = action(w, "actReindex", w.reload, ["F5"])
    w.act_rebuild = action(w, "actRebuild", lambda: w.reload(force=True), ["Ctrl+Shift+F5"])
    w.act_quit = action(w, "actQuit", w.close, ["Ctrl+Q"])
    w.act_find = action(w, "actFind", w.focus_search, ["Ctrl+F", "Ctrl+L"])
    w.act_incident = action(w, "actIncident", w.focus_incident, ["Ctrl+N"])
    w.act_next = action(w, "actNext", lambda: w.move_selection(1), ["Ctrl+J"])
    w.act_prev = action(w, "actPrev", lambda: w.move_selection(-1), ["Ctrl+K"])
    w.act_back = action(w, "actBack", w.go_back, ["Alt+Left"])
    w.act_results = action(w, "actResults", w.back_to_results, ["Esc"])
    w.act_prefs = action(w, "actPreferences", w.show_preferences, ["Ctrl+,"])
    w.act_about = action(w, "actAbout", w.show_about)
    # compare: cases side by side (its own window)
    w.act_compare = action(w, "actCompare", w.show_compare, ["Ctrl+Shift+C"])
    w.act_compare_selected = action(w, "actCompareSelected", w.show_compare)
    w.search.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    w.search.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
    w.search.view.addAction(w.act_compare_selected)
    w.act_problems = w.problems_dock.toggleViewAction()
    w.act_problems.setObjectName("actProblems")

    mb = w.menuBar()
    w.menu_file = mb.addMenu("")
    w.menu_file.addAction(w.act_open_folder)
    w.menu_file.addAction(w.act_reindex)
    w.menu_file.addAction(w.act_rebuild)
    w.menu_file.addSeparator()
    w.menu_file.addAction(w.act_prefs)
    w.menu_file.addSeparator()
    w.menu_file.addAction(w.act_quit)
    w.menu_go = mb.addMenu("")
    for a in (w.act_find, w.act_incident, None, w.act_next, w.act_prev, w.act_results, w.act_back):
        w.menu_go.addSeparator() if a is None else w.menu_go.addAction(a)
    w.menu_go.addSeparator()
    w.menu_go.addAction(w.act_compare)  # compare
    w.menu_view = mb.addMenu("")
    w.menu_view.addAction(w.act_problems)
    w.menu_help = mb.addMenu("")
    w.menu_help.addAction(w.act_about)


def retranslate(window) -> None:
    w = window
    w.menu_file.setTitle(QCoreApplication.translate("MainWindow", "&File"))
    w.menu_go.setTitle(QCoreApplication.translate("MainWindow", "&Go"))
    w.menu_view.setTitle(QCoreApplication.translate("MainWindow", "&View"))
    w.menu_help.setTitle(QCoreApplication.translate("MainWindow", "&Help"))
    w.act_open_folder.setText(QCoreApplication.translate("MainWindow", "Open case folder…"))
    w.act_reindex.setText(QCoreApplication.translate("MainWindow", "Reindex"))
    w.act_rebuild.setText(QCoreApplication.translate("MainWindow", "Rebuild index from scratch"))
    w.act_quit.setText(QCoreApplication.translate("MainWindow", "Quit"))
    w.act_find.setText(QCoreApplication.translate("MainWindow", "Search"))
    w.act_incident.setText(QCoreApplication.translate("MainWindow", "Describe a new incident"))
    w.act_next.setText(QCoreApplication.translate("MainWindow", "Next result"))
    w.act_prev.setText(QCoreApplication.translate("MainWindow", "Previous result"))
    w.act_results.setText(QCoreApplication.translate("MainWindow", "Back to the results"))
    w.act_back.setText(QCoreApplication.translate("MainWindow", "Back"))
    w.act_prefs.setText(QCoreApplication.translate("MainWindow", "Preferences…"))
    w.act_about.setText(QCoreApplication.translate("MainWindow", "About"))
    from ..views.compare.texts import tr_text  # compare: its texts live in the compare_* catalogues

    w.act_compare.setText(tr_text("action"))
    w.act_compare.setToolTip(tr_text("action_tip"))
    w.act_compare_selected.setText(tr_text("selected"))
