"""Window sizes that fit the screen they open on (issue 19: a first start on a 1024×768 screen
opened a 1360×860 window). A first start takes the size a window would like, but at most a share
of the screen's available geometry (QScreen.availableGeometry: without panels and docks); a size
remembered from a larger screen is brought back inside the one the window is on now."""
from __future__ import annotations

from PySide6.QtCore import QSize

SHARE = 0.9   # of the available width and height, at most, for a first start


def available(widget) -> QSize | None:
    screen = widget.screen() if widget is not None else None
    if screen is None:
        from PySide6.QtGui import QGuiApplication

        screen = QGuiApplication.primaryScreen()
    return screen.availableGeometry().size() if screen is not None else None


def first_size(widget, width: int, height: int, share: float = SHARE) -> QSize:
    """`width`×`height`, or less: a share of the available screen, never below the window's minimum."""
    avail = available(widget)
    if avail is None:
        return QSize(width, height)
    w = min(width, int(avail.width() * share))
    h = min(height, int(avail.height() * share))
    least = widget.minimumSizeHint().expandedTo(widget.minimumSize())
    return QSize(max(w, min(least.width(), avail.width())), max(h, min(least.height(), avail.height())))


def open_at(widget, width: int, height: int, geometry=None) -> None:
    """Put back a remembered geometry (QWidget.saveGeometry), else size the window for a first
    start; either way it ends up no larger than the screen's available area."""
    if geometry is None or not widget.restoreGeometry(geometry):
        widget.resize(first_size(widget, width, height))
    avail = available(widget)
    if avail is not None and (widget.width() > avail.width() or widget.height() > avail.height()):
        widget.resize(min(widget.width(), avail.width()), min(widget.height(), avail.height()))
