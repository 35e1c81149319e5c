"""Small charts drawn with QPainter: horizontal coverage bars and a radar of the six soft skills.

Why not QtCharts: it ships in PySide6-Addons, a far larger wheel than the PySide6-Essentials the
app installs; these two charts are a few dozen lines each, follow the app's palette and fonts,
scale with the widget, and print with the rest of the window.

Data: a list of ``Bar(label, read, total)``; labels come already in the UI language.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from .cards import derived_font

TRACK = QColor("#e5e7eb")
FILL = QColor("#2563eb")
FILL_DONE = QColor("#059669")
TEXT = QColor("#111827")
MUTED = QColor("#6b7280")
GRID = QColor("#d1d5db")


@dataclass
class Bar:
    label: str
    read: int
    total: int
    key: str = ""

    @property
    def fraction(self) -> float:
        return self.read / self.total if self.total else 0.0


class BarChart(QWidget):
    """One row per item: label, a rounded track filled to read/total, and "3 / 9"."""

    ROW_H = 26

    def __init__(self, parent=None):
        super().__init__(parent)
        self.bars: list[Bar] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(240)

    def set_bars(self, bars: list[Bar]) -> None:
        self.bars = list(bars)
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(420, max(1, len(self.bars)) * self.ROW_H + 6)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = self.font()
        small = derived_font(font, -1.0)
        fm, sfm = QFontMetrics(font), QFontMetrics(small)
        label_w = min(int(self.width() * 0.38), max((fm.horizontalAdvance(b.label) for b in self.bars), default=0) + 10)
        count_w = max((sfm.horizontalAdvance(f"{b.read} / {b.total}") for b in self.bars), default=0) + 10
        track_x = label_w
        track_w = max(20, self.width() - label_w - count_w - 4)
        for i, b in enumerate(self.bars):
            y = 3 + i * self.ROW_H
            p.setFont(font)
            p.setPen(TEXT)
            p.drawText(QRectF(0, y, label_w - 8, self.ROW_H - 6),
                       int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                       fm.elidedText(b.label, Qt.TextElideMode.ElideRight, label_w - 8))
            track = QRectF(track_x, y + (self.ROW_H - 6) / 2 - 5, track_w, 10)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(TRACK)
            p.drawRoundedRect(track, 5, 5)
            if b.read:
                p.setBrush(FILL_DONE if b.read >= b.total else FILL)
                p.drawRoundedRect(QRectF(track.left(), track.top(), max(10.0, track_w * b.fraction), 10), 5, 5)
            p.setFont(small)
            p.setPen(MUTED)
            p.drawText(QRectF(track_x + track_w + 6, y, count_w, self.ROW_H - 6),
                       int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), f"{b.read} / {b.total}")
        p.end()


class RadarChart(QWidget):
    """The six soft skills on six axes; the filled shape is the share of each skill's cases read."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.bars: list[Bar] = []
        self.setMinimumSize(300, 300)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def set_bars(self, bars: list[Bar]) -> None:
        self.bars = list(bars)
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(380, 320)

    def hasHeightForWidth(self) -> bool:
        return False

    def points(self, fractions: list[float] | None = None) -> list[QPointF]:
        """Axis end points (or the points at `fractions` along each axis)."""
        n = max(3, len(self.bars))
        cx, cy = self.width() / 2, self.height() / 2 + 4
        r = max(20.0, min(self.width() / 2 - 80, self.height() / 2 - 40))
        out = []
        for i in range(n):
            a = -math.pi / 2 + 2 * math.pi * i / n
            f = 1.0 if fractions is None else fractions[i]
            out.append(QPointF(cx + math.cos(a) * r * f, cy + math.sin(a) * r * f))
        return out

    def paintEvent(self, event) -> None:
        if len(self.bars) < 3:
            return
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        n = len(self.bars)
        for ring in (0.25, 0.5, 0.75, 1.0):
            p.setPen(QPen(GRID, 1, Qt.PenStyle.SolidLine if ring == 1.0 else Qt.PenStyle.DotLine))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawPolygon(QPolygonF(self.points([ring] * n)))
        ends = self.points()
        center = self.points([0.0] * n)[0]
        p.setPen(QPen(GRID, 1))
        for e in ends:
            p.drawLine(center, e)
        # the shape: at least a sliver so an empty start still shows where the axes are
        shape = QPolygonF(self.points([max(0.03, b.fraction) for b in self.bars]))
        path = QPainterPath()
        path.addPolygon(shape)
        path.closeSubpath()
        fill = QColor(FILL)
        fill.setAlpha(60)
        p.setBrush(fill)
        p.setPen(QPen(FILL, 2))
        p.drawPath(path)
        p.setBrush(FILL)
        for pt, b in zip(shape, self.bars):
            if b.read:
                p.drawEllipse(pt, 3.2, 3.2)
        font = self.font()
        small = derived_font(font, -1.5)
        fm = QFontMetrics(font)
        for e, b in zip(ends, self.bars):
            text = b.label
            count = f"{b.read} / {b.total}"
            w = max(fm.horizontalAdvance(text), QFontMetrics(small).horizontalAdvance(count)) + 6
            h = fm.height() * 2
            dx = e.x() - center.x()
            dy = e.y() - center.y()
            x = e.x() - w / 2 + (w / 2 + 6) * (1 if dx > 5 else -1 if dx < -5 else 0)
            y = e.y() - h / 2 + (h / 2 + 4) * (1 if dy > 5 else -1 if dy < -5 else 0)
            rect = QRectF(x, y, w, h)
            p.setFont(font)
            p.setPen(TEXT)
            p.drawText(QRectF(rect.left(), rect.top(), w, h / 2), int(Qt.AlignmentFlag.AlignCenter), text)
            p.setFont(small)
            p.setPen(MUTED)
            p.drawText(QRectF(rect.left(), rect.top() + h / 2, w, h / 2), int(Qt.AlignmentFlag.AlignCenter), count)
        p.end()
