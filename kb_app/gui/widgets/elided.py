"""ElidedLabel: a one-line label that shortens its text in the middle with "…" when the room is
narrower than the text (a file name in a toolbar keeps its start and its end), and shows nothing
rather than a stub of a few letters. It never asks for more width than its minimum."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSizePolicy


class ElidedLabel(QLabel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._full = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        self._full = text or ""
        self._elide()

    def full_text(self) -> str:
        return self._full

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        fm = self.fontMetrics()
        shown = fm.elidedText(self._full, Qt.TextElideMode.ElideMiddle, max(0, self.width()))
        if shown != self._full and self.width() < fm.horizontalAdvance("abcdefghij…"):
            shown = ""  # a stub such as "b…d" says nothing: the tooltip and the rest of the bar say it
        if shown != super().text():
            super().setText(shown)
