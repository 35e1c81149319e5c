"""ScoreChart: one case's scores per criterion as horizontal bars, drawn with QPainter.

Each row: the criterion's name, a track for the rubric's scale, a bar to the raters' mean and a
thin whisker from the lowest to the highest score (the spread at a glance), and the mean as a
number. No QtCharts (it lives in PySide6-Addons, a much larger wheel than the app ships).
"""
from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

TRACK = QColor("#eef0f3")
BAR = QColor("#60a5fa")
BAR_BEST = QColor("#16a34a")
WHISKER = QColor("#1f2937")
TEXT = QColor("#374151")
MUTED = QColor("#9ca3af")


class ScoreChart(QWidget):
    ROW = 17
    PAD = 4

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("scoreChart")
        self.rows: list[tuple[str, float | None, int | None, int | None]] = []
        self.lo, self.hi = 1, 5
        self.best = False
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_data(self, rows, lo: int, hi: int, best: bool = False) -> None:
        """rows: [(label, mean or None, lowest or None, highest or None)]"""
        self.rows, self.lo, self.hi, self.best = list(rows), lo, hi, best
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(240, self.PAD * 2 + self.ROW * max(1, len(self.rows)))

    def minimumSizeHint(self) -> QSize:
        return QSize(160, self.sizeHint().height())

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = QFontMetrics(self.font())
        label_w = min(int(self.width() * 0.36), max((fm.horizontalAdvance(r[0]) for r in self.rows), default=40) + 6)
        value_w = fm.horizontalAdvance("4.7") + 8
        x0 = label_w
        x1 = max(x0 + 20, self.width() - value_w)
        span = max(1, self.hi - self.lo)
        for i, (label, mean, low, high) in enumerate(self.rows):
            y = self.PAD + i * self.ROW
            mid = y + self.ROW / 2
            p.setPen(TEXT)
            p.drawText(QRectF(0, y, label_w - 4, self.ROW), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                       fm.elidedText(label, Qt.TextElideMode.ElideRight, label_w - 4))
            track = QRectF(x0, mid - 4, x1 - x0, 8)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(TRACK)
            p.drawRoundedRect(track, 3, 3)
            if mean is None:
                p.setPen(MUTED)
                p.drawText(QRectF(x1 + 4, y, value_w, self.ROW), Qt.AlignmentFlag.AlignVCenter, "–")
                continue

            def x_of(v):
                return x0 + (x1 - x0) * (v - self.lo) / span

            p.setBrush(BAR_BEST if self.best else BAR)
            p.drawRoundedRect(QRectF(x0, mid - 4, max(3.0, x_of(mean) - x0), 8), 3, 3)
            if low is not None and high is not None and high > low:
                p.setPen(QPen(WHISKER, 1.2))
                p.drawLine(int(x_of(low)), int(mid), int(x_of(high)), int(mid))
                for v in (low, high):
                    p.drawLine(int(x_of(v)), int(mid - 3), int(x_of(v)), int(mid + 3))
            p.setPen(TEXT)
            p.drawText(QRectF(x1 + 4, y, value_w, self.ROW), Qt.AlignmentFlag.AlignVCenter, f"{mean:.1f}")
        p.end()
