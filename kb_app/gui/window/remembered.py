"""What the main window remembers between runs (QSettings, settings.py keys).

Its geometry and dock layout, the two splitters, the tab on top (Search or Describe an
incident) and the last query: put back when the window opens, saved when it closes. The Learn
tab keeps its own (views/learn/wiring.py).
"""
from __future__ import annotations

from .. import settings
from ..geometry import open_at


def restore(window) -> None:
    w = window
    s = settings.settings()
    # fits the screen's available area (at most 90% of it on a first start: issue 19)
    open_at(w, 1360, 860, s.value(settings.GEOMETRY))
    state = s.value(settings.WINDOW_STATE)
    if state is not None:
        w.restoreState(state)
    sizes = s.value(settings.SPLITTER)
    if sizes:
        try:
            w.splitter.setSizes([int(x) for x in sizes])
        except (TypeError, ValueError):
            pass
    isizes = s.value(settings.INCIDENT_SPLITTER)
    if isizes:
        try:
            w.incident.splitter.setSizes([int(x) for x in isizes])
        except (TypeError, ValueError):
            pass
    try:
        tab = int(s.value(settings.TAB, 0))
    except (TypeError, ValueError):
        tab = 0
    w.tabs.setCurrentIndex(tab if tab in (0, 1) else 0)
    query = s.value(settings.LAST_QUERY, "")
    if isinstance(query, str) and query:
        w.search.search_edit.setText(query)


def save(window) -> None:
    w = window
    s = settings.settings()
    s.setValue(settings.GEOMETRY, w.saveGeometry())
    s.setValue(settings.WINDOW_STATE, w.saveState())
    s.setValue(settings.SPLITTER, w.splitter.sizes())
    s.setValue(settings.INCIDENT_SPLITTER, w.incident.splitter.sizes())
    s.setValue(settings.TAB, w.tabs.currentIndex())
    s.setValue(settings.LAST_QUERY, w.search.query())
    s.sync()
