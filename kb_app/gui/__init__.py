"""The PySide6 desktop window over the Qt-free core (kb_app.core).

app.py          QApplication set-up, command line, self-test, main()
i18n.py         UI language (zh-Hans / zh-Hant / en), Qt Linguist translators, CJK fonts
workers.py      one serial writer thread + a read pool; request tokens; results by signal
models.py       QAbstractListModel / table models (testable without a window)
main_window.py  the main window, assembled from the panes and its parts (window/)
window/         its parts: menus.py, status.py (and problems panel), watcher.py, history.py,
                editing.py (the editor, draft recovery), remembered.py (see window/__init__.py)
views/          one module per screen: search.py, incident.py, case.py (see views/__init__.py)
widgets/        painted pieces shared by views: cards.py (result rows, chips, outcome badges),
                charts.py (QPainter bars and radar), readmark.py (the read marker)
dialogs.py      Preferences and About
import_child.py the import in a child process (kb-app --import-worker), Qt-free on both sides
settings.py     QSettings access (window state only)
compat.py       work-arounds for binding bugs (see guard_none_refcount)
"""
from .compat import guard_none_refcount as _guard

_guard()

