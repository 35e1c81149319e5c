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


def script_note_html(doc, lang: str, original: bool) -> str:
    """The mark on a page shown in the reader's script (or the way back to it), "" if none."""
    import html as _html

    if lang not in getattr(doc, "alt_body", {}):
        return ""
    if original:
        text = QCoreApplication.translate("Learn", "Original text.")
        link = QCoreApplication.translate("Learn", "Show it in your script")
        href = "script:converted"
    else:
        src = getattr(getattr(doc, "case", None) or getattr(doc, "lesson", None), "language", "")
        text = (QCoreApplication.translate("Learn", "Converted from Simplified Chinese by OpenCC.") if src == "zh-Hans"
                else QCoreApplication.translate("Learn", "Converted from Traditional Chinese by OpenCC."))
        link = QCoreApplication.translate("Learn", "Show the original")
        href = "script:original"
    return (f'<p class="small" style="color:#6d28d9; background-color:#f5f3ff;">⇄ {_html.escape(text)} '
            f'<a href="{href}">{_html.escape(link)}</a></p>')
