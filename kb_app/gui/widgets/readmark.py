"""The read marker every list paints (search results, suggestions, lessons), and the few words
around honest reading shared by the case bar and the Learn view. Strings are in the learn_*
catalogues (context "Learn")."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter

READ_FG = QColor("#047857")
READ_BG = QColor("#d1fae5")


def _t(text: str) -> str:
    return QCoreApplication.translate("Learn", text)


def read_label() -> str:
    return QCoreApplication.translate("Learn", "✓ read")


def read_button_text(read: bool) -> str:
    return QCoreApplication.translate("Learn", "✓ Read") if read else QCoreApplication.translate("Learn", "Mark as read")


def read_button_tip(read: bool) -> str:
    if read:
        return QCoreApplication.translate("Learn", "Read: click to mark it unread again (Ctrl+D)")
    return QCoreApplication.translate(
        "Learn", "It counts as read once it has been open a few seconds with its end reached; or mark it by hand (Ctrl+D)")


def practise_text() -> str:
    return QCoreApplication.translate("Learn", "✎ Practise")


def practise_tip() -> str:
    return QCoreApplication.translate(
        "Learn", "Practise on this case: read only the situation, write what you would do first, then see what was done (Ctrl+P)")


def pill_size(font: QFont) -> QSize:
    fm = QFontMetrics(font)
    return QSize(fm.horizontalAdvance(read_label()) + 14, fm.height() + 6)


def paint_read_pill(painter: QPainter, rect: QRect, font: QFont) -> None:
    """A small green "✓ read" pill: fixed size, never elided (its width is reserved by the row)."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(READ_BG)
    painter.drawRoundedRect(QRectF(rect), rect.height() / 2, rect.height() / 2)
    painter.setFont(font)
    painter.setPen(READ_FG)
    painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), read_label())
    painter.restore()
