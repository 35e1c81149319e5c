"""The "imported, not reviewed" mark every case card paints (search results, suggestions), and
its few words (issue 15). An imported case is searchable at once, but until a mentor has looked
at it, its card says so. Strings are in the import_* catalogues (context "Review")."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter

REVIEW_FG = QColor("#92400e")
REVIEW_BG = QColor("#fef3c7")
REVIEW_BORDER = QColor("#f59e0b")


def review_label() -> str:
    return QCoreApplication.translate("Review", "Imported, not reviewed")


def review_tip() -> str:
    return QCoreApplication.translate(
        "Review", "Imported from a team document: its fields were suggested and no one has reviewed it yet")


def review_note_html(case) -> str:
    """The band at the top of an imported case's page until it is reviewed ("" once it is), with
    the link to the review queue (review:queue, handled by the case view)."""
    import html as _html

    from kb_app.core.importing import review

    if case is None or not review.needs_review(case):
        return ""
    text = review_label() + " — " + QCoreApplication.translate(
        "Review", "its fields were suggested from the document and no one has checked them yet.")
    link = QCoreApplication.translate("Review", "Review it")
    return (f'<p class="small" style="color:#92400e; background-color:#fef3c7;">⚑ {_html.escape(text)} '
            f'<a href="review:queue">{_html.escape(link)}</a></p>')


def pill_size(font: QFont) -> QSize:
    fm = QFontMetrics(font)
    return QSize(fm.horizontalAdvance(review_label()) + 16, fm.height() + 6)


def paint_review_pill(painter: QPainter, rect: QRect, font: QFont) -> None:
    """An amber pill with an outline: fixed size, never elided (its width is reserved by the row)."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(REVIEW_BORDER)
    painter.setBrush(REVIEW_BG)
    r = QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5)
    painter.drawRoundedRect(r, r.height() / 2, r.height() / 2)
    painter.setFont(font)
    painter.setPen(REVIEW_FG)
    painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), review_label())
    painter.restore()
