"""What the Learn view's pages share: the HTML page browser, its CSS and the drawn progress bar.

PageBrowser shows an HTML page (what next, reading paths, journal); its links (case:, lesson:,
practise:, journal:) go out by signal and nothing is ever fetched: the only images are progress
bars drawn here (bar:READ/TOTAL/WIDTH). paint_bar draws the same bar in the group cards; segment
makes the two-button switches (by skill / by kind, radar / bars). Retranslating is the view's and
the wiring's way to follow the UI language.
"""
from __future__ import annotations

import html

from PySide6.QtCore import QEvent, Qt, Signal, QUrl
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QTextBrowser, QWidget

PAGE_CSS = """
body { color: #1f2937; }
h2 { font-size: 15px; color: #111827; margin: 14px 0 4px 0; }
.muted { color: #6b7280; }
.small { font-size: 12px; }
.done { color: #059669; }
.next { color: #1d4ed8; font-weight: 600; }
a { color: #1d4ed8; text-decoration: none; }
.reason { color: #6b7280; font-size: 12px; }
.answer { color: #374151; }
"""


def esc(s) -> str:
    return html.escape(str(s or ""))


def empty_page(what: str, how: str) -> str:
    """A page with nothing on it yet: what is missing, then how it comes."""
    return f'<p class="muted">{esc(what)}</p><p class="small muted">' + esc(how) + "</p>"


def paint_bar(painter: QPainter, x, y, w, h, fill_w, done: bool) -> None:
    """A progress bar: a grey track, and over it (when fill_w is not None) a fill fill_w wide, green
    when everything is read, blue before that."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#e5e7eb"))
    painter.drawRoundedRect(x, y, w, h, h / 2, h / 2)
    if fill_w is not None:
        painter.setBrush(QColor("#059669") if done else QColor("#2563eb"))
        painter.drawRoundedRect(x, y, fill_w, h, h / 2, h / 2)
    painter.restore()


def bar_image(read: int, total: int, width: int, height: int = 8):
    img = QImage(max(10, width), height, QImage.Format.Format_ARGB32)
    img.fill(Qt.GlobalColor.transparent)
    p = QPainter(img)
    fill_w = max(height, int(img.width() * read / total)) if total and read else None
    paint_bar(p, 0, 0, img.width(), height, fill_w, read >= total)
    p.end()
    return img


def segment(group, layout, *buttons) -> None:
    """Checkable buttons side by side, one of them on at a time (styled by [segment="true"])."""
    for b in buttons:
        b.setCheckable(True)
        b.setProperty("segment", True)
        group.addButton(b)
        layout.addWidget(b)


class PageBrowser(QTextBrowser):
    """An HTML page of the Learn view; its links (case:, lesson:, practise:, journal:) go out by signal."""

    linkActivated = Signal(str, str)   # scheme, target

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.document().setDefaultStyleSheet(PAGE_CSS)
        self.document().setDocumentMargin(14)
        self.anchorClicked.connect(self._anchor)

    def _anchor(self, url: QUrl) -> None:
        text = url.toString()
        scheme, _, target = text.partition(":")
        self.linkActivated.emit(scheme.lower(), target)

    def show_html(self, body: str) -> None:
        """A new page, scrolled where the old one was."""
        pos = self.verticalScrollBar().value()
        self.setHtml(body)
        self.verticalScrollBar().setValue(pos)

    def loadResource(self, type_, url):
        """Only the progress bars drawn here (bar:READ/TOTAL/WIDTH); nothing is ever fetched."""
        text = url.toString()
        if text.startswith("bar:"):
            try:
                read, total, width = (int(x) for x in text[4:].split("/"))
            except ValueError:
                return None
            return bar_image(read, total, width)
        return None


class Retranslating(QWidget):
    """A widget that re-labels itself (retranslateUi) when the UI language changes."""

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
