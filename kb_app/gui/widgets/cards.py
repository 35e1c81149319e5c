"""Painting of the rich list rows: search results and similar-case suggestions.

Each row is a card: title (wrapped, at most two lines, elided with "…" rather than cut), an
outcome badge coloured by the outcome's tone (vocab/outcomes.yaml: good / mixed / bad), and
below it the snippet with highlighted matches (search) or the score, reason chips, outcome and
top lessons (suggestions). Layouts are computed once per row, width and language and cached.
"""
from __future__ import annotations

import logging

import html
import re

from PySide6.QtCore import QCoreApplication, QModelIndex, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (QColor, QFont, QFontMetrics, QPainter, QPen, QTextCharFormat, QTextLayout,
                           QTextOption)
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from .. import i18n
from . import readmark, reviewmark
from ..models import (ROLE_HIT, ROLE_ID, ROLE_LESSONS, ROLE_META, ROLE_OUTCOME_LABEL, ROLE_OUTCOME_TONE,
                     ROLE_READ, ROLE_REASONS, ROLE_SCORE, ROLE_SNIPPET, ROLE_SUMMARY, reason_type_label)
from ..models import ROLE_REVIEW, ROLE_SECTION, ROLE_WHY

log = logging.getLogger(__name__)

# -- palette ------------------------------------------------------------------------------------------
TEXT = QColor("#111827")
TEXT_SOFT = QColor("#374151")
MUTED = QColor("#6b7280")
CARD = QColor("#ffffff")
CARD_HOVER = QColor("#f8fafc")
CARD_SELECTED = QColor("#eef4ff")
BORDER = QColor("#e3e6ea")
BORDER_SELECTED = QColor("#8fb3f5")
ACCENT = QColor("#2563eb")

# outcome tone -> (text, background)
TONE_COLORS = {
    "good": (QColor("#166534"), QColor("#dcfce7")),
    "mixed": (QColor("#92400e"), QColor("#fef3c7")),
    "bad": (QColor("#991b1b"), QColor("#fee2e2")),
    "neutral": (QColor("#374151"), QColor("#e5e7eb")),
}
# reason type -> (text, background)
CHIP_COLORS = {
    "terms": (QColor("#1e40af"), QColor("#dbeafe")),
    "glossary": (QColor("#6d28d9"), QColor("#ede9fe")),
    "kind": (QColor("#0f766e"), QColor("#ccfbf1")),
    "stakes": (QColor("#9a3412"), QColor("#ffedd5")),
    "situation": (QColor("#a21caf"), QColor("#fae8ff")),
    "industry": (QColor("#3f3f46"), QColor("#e4e4e7")),
}
HIGHLIGHT_FG = QColor("#9a3412")
HIGHLIGHT_BG = QColor("#fff1c2")

MARGIN_X, MARGIN_Y = 8, 5   # around each card
PAD = 12                    # inside each card
GAP = 6


def tone_colors(tone: str):
    return TONE_COLORS.get(tone or "neutral", TONE_COLORS["neutral"])


def score_color(score: float) -> QColor:
    if score >= 0.6:
        return QColor("#15803d")
    if score >= 0.3:
        return QColor("#2563eb")
    return QColor("#6b7280")


def derived_font(base: QFont, delta: float = 0.0, bold: bool = False, weight=None) -> QFont:
    f = QFont(base)
    size = base.pointSizeF() if base.pointSizeF() > 0 else 10.0
    f.setPointSizeF(max(6.0, size + delta))
    if weight is not None:
        f.setWeight(weight)
    elif bold:
        f.setWeight(QFont.Weight.DemiBold)
    return f


def reader_text(index, key: str, original):
    """Read in your own script: the hit's `key` converted for the UI language if the worker
    converted it (gui/library.py add_reader_scripts), else `original`."""
    hit = index.data(ROLE_HIT)
    conv = (getattr(hit, "reader", None) or {}).get(i18n.current_language())
    return conv.get(key, original) if conv else original


def is_converted(index) -> bool:
    hit = index.data(ROLE_HIT)
    return bool(((getattr(hit, "reader", None) or {}).get(i18n.current_language()) or {}).get("converted"))


# -- text blocks ------------------------------------------------------------------------------------------

_B_RE = re.compile(r"</?b>", re.I)


def parse_snippet(snippet_html: str) -> tuple[str, list[tuple[int, int]]]:
    """'a <b>b</b> c' (escaped text with <b>) -> ('a b c', [(2, 1)])."""
    plain, ranges, pos, bold_start = [], [], 0, None
    for piece in re.split(r"(</?b>)", snippet_html or "", flags=re.I):
        low = piece.lower()
        if low == "<b>":
            bold_start = pos
        elif low == "</b>":
            if bold_start is not None and pos > bold_start:
                ranges.append((bold_start, pos - bold_start))
            bold_start = None
        else:
            text = html.unescape(re.sub(r"<[^>]+>", "", piece))
            plain.append(text)
            pos += len(text)
    return "".join(plain), ranges


class TextBlock:
    """Wrapped text (CJK breaks anywhere, Latin at words) in at most `max_lines`, elided with "…"."""

    def __init__(self, text: str, font: QFont, width: int, max_lines: int = 0,
                 highlights: list[tuple[int, int]] | None = None, hl_format: QTextCharFormat | None = None):
        self.font = font
        self.width = max(10, int(width))
        self.highlights = highlights or []
        self.hl_format = hl_format
        text = " ".join((text or "").split()) if "\n" in (text or "") else (text or "")
        layout = self._lay(text)
        if max_lines and layout.lineCount() > max_lines:
            last = layout.lineAt(max_lines - 1)
            cut = last.textStart() + last.textLength()
            while cut > 0:
                cut -= 1
                candidate = text[:cut].rstrip(" ，,、。;；") + "…"
                layout = self._lay(candidate)
                if layout.lineCount() <= max_lines:
                    text = candidate
                    break
        self.text = text
        self.layout = layout
        self.height = int(sum(layout.lineAt(i).height() for i in range(layout.lineCount())) + 0.999)

    def _lay(self, text: str) -> QTextLayout:
        layout = QTextLayout(text, self.font)
        opt = QTextOption()
        opt.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout.setTextOption(opt)
        if self.highlights and self.hl_format is not None:
            ranges = []
            for start, length in self.highlights:
                if start >= len(text):
                    continue
                r = QTextLayout.FormatRange()
                r.start, r.length, r.format = start, min(length, len(text) - start), self.hl_format
                ranges.append(r)
            layout.setFormats(ranges)
        layout.beginLayout()
        y = 0.0
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(self.width)
            line.setPosition(QPointF(0, y))
            y += line.height()
        layout.endLayout()
        return layout

    def draw(self, painter: QPainter, x: float, y: float, color: QColor) -> None:
        painter.setPen(color)
        self.layout.draw(painter, QPointF(x, y))


def pill_size(fm: QFontMetrics, text: str, hpad: int = 8, vpad: int = 3) -> QSize:
    return QSize(fm.horizontalAdvance(text) + 2 * hpad, fm.height() + 2 * vpad)


def paint_pill(painter: QPainter, rect: QRect, text: str, fg: QColor, bg: QColor, font: QFont) -> None:
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(bg)
    painter.drawRoundedRect(QRectF(rect), rect.height() / 2, rect.height() / 2)
    painter.setFont(font)
    painter.setPen(fg)
    painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), text)
    painter.restore()


def paint_card(painter: QPainter, rect: QRect, option: QStyleOptionViewItem) -> QRect:
    """Draw the card behind a row; returns the card rect."""
    card = rect.adjusted(MARGIN_X, MARGIN_Y, -MARGIN_X, -MARGIN_Y)
    selected = bool(option.state & QStyle.StateFlag.State_Selected)
    hover = bool(option.state & QStyle.StateFlag.State_MouseOver)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(BORDER_SELECTED if selected else BORDER, 1))
    painter.setBrush(CARD_SELECTED if selected else CARD_HOVER if hover else CARD)
    painter.drawRoundedRect(QRectF(card).adjusted(0.5, 0.5, -0.5, -0.5), 8, 8)
    if selected:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(ACCENT)
        painter.drawRoundedRect(QRectF(card.left() + 1, card.top() + 10, 3.5, card.height() - 20), 1.5, 1.5)
    painter.restore()
    return card


def review_pill(index, fonts) -> QSize | None:
    """The size of the "imported, not reviewed" pill of a row (issue 15), or None for a reviewed case."""
    return reviewmark.pill_size(fonts["badge"]) if index.data(ROLE_REVIEW) else None


class _CardDelegate(QStyledItemDelegate):
    """Caches one layout per (row id, width, language); subclasses build and paint it."""

    def __init__(self, view):
        super().__init__(view)
        self.view = view
        self._cache: dict = {}
        model = view.model()
        if model is not None:
            self.watch(model)

    def watch(self, model) -> None:
        for sig in (model.modelReset, model.dataChanged, model.rowsInserted, model.rowsRemoved, model.layoutChanged):
            sig.connect(self.invalidate)

    def invalidate(self, *args) -> None:
        self._cache.clear()

    def _width(self, option) -> int:
        w = self.view.viewport().width() if self.view is not None else 0
        return w if w > 50 else max(option.rect.width(), 360)

    SECTION_H = 30  # issue 12: a section heading above a row ("Nearest, not close")

    def layout_for(self, option, index):
        width = self._width(option)
        key = (index.data(ROLE_ID), index.row(), width, i18n.current_language(), option.font.key(),
               index.data(ROLE_SECTION), bool(index.data(ROLE_REVIEW)))
        lay = self._cache.get(key)
        if lay is None:
            if len(self._cache) > 500:
                self._cache.clear()
            lay = self._cache[key] = self.build(option, index, width)
        return lay

    def sizeHint(self, option, index) -> QSize:
        # a Python error must never cross into Qt's C++ (an exception inside a virtual called
        # during a style change was seen to crash shiboken): log it, give a plain size
        try:
            opt = QStyleOptionViewItem(option)
            self.initStyleOption(opt, index)
            lay = self.layout_for(opt, index)
            return QSize(self._width(option), lay["height"] + (self.SECTION_H if index.data(ROLE_SECTION) else 0))
        except Exception:  # noqa: BLE001
            log.exception("sizeHint of row %s failed", index.row())
            return QSize(self._width(option), 48)

    def paint(self, painter: QPainter, option, index: QModelIndex) -> None:
        painter.save()
        try:
            self._paint(painter, option, index)
        except Exception:  # noqa: BLE001 - never into Qt's C++ (see sizeHint)
            log.exception("painting row %s failed", index.row())
        finally:
            painter.restore()

    def _paint(self, painter: QPainter, option, index: QModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        lay = self.layout_for(opt, index)
        painter.save()
        rect = option.rect
        section = index.data(ROLE_SECTION)
        if section:  # a heading and a rule above the first row of a section
            head = QRect(rect.left() + MARGIN_X + 4, rect.top(), rect.width() - 2 * MARGIN_X - 8, self.SECTION_H)
            f = derived_font(opt.font, -1.0, bold=True)
            painter.setFont(f)
            painter.setPen(MUTED)
            fm = QFontMetrics(f)
            painter.drawText(head.adjusted(0, 8, 0, 0), int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                             section)
            x = head.left() + fm.horizontalAdvance(section) + 10
            y = head.top() + 8 + head.height() // 2 - 4
            painter.setPen(QPen(BORDER, 1))
            painter.drawLine(x, y, head.right(), y)
            rect = rect.adjusted(0, self.SECTION_H, 0, 0)
            opt.rect = rect
        card = paint_card(painter, rect, opt)
        self.paint_content(painter, card, lay, opt, index)
        painter.restore()

    def fonts(self, base: QFont) -> dict:
        return {
            "title": derived_font(base, 1.5, bold=True),
            "meta": derived_font(base, -1.0),
            "body": derived_font(base, -0.5),
            "badge": derived_font(base, -1.5, bold=True),
            "chip_type": derived_font(base, -2.0, bold=True),
            "chip": derived_font(base, -1.5),
            "score": derived_font(base, 4.0, weight=QFont.Weight.Bold),
            "small": derived_font(base, -2.0),
        }


class ResultDelegate(_CardDelegate):
    """A search hit: title + outcome badge, kind/date/industry/skills, highlighted snippet, outcome."""

    SNIPPET_LINES = 3

    def build(self, option, index, width: int) -> dict:
        f = self.fonts(option.font)
        inner = width - 2 * MARGIN_X - 2 * PAD
        badge_text = index.data(ROLE_OUTCOME_LABEL) or ""
        badge = pill_size(QFontMetrics(f["badge"]), badge_text)
        read_w = readmark.pill_size(f["badge"]).width() + 6 if index.data(ROLE_READ) else 0  # never cut off
        title = TextBlock(reader_text(index, "title", index.data(Qt.ItemDataRole.DisplayRole) or ""), f["title"],
                          inner - badge.width() - 10 - read_w, 2)
        meta_text = index.data(ROLE_META) or ""
        if is_converted(index):
            meta_text = "⇄ " + meta_text  # shown in the reader's script (the case view says so in words)
        review = review_pill(index, f)
        meta = TextBlock(meta_text, f["meta"], inner - (review.width() + 6 if review else 0), 1)
        if review:
            meta.height = max(meta.height, review.height())
        hit = index.data(ROLE_HIT)
        via_text = getattr(hit, "via", "") or ""
        via = TextBlock(QCoreApplication.translate("ResultDelegate", "Found through the glossary: {0}").format(via_text),
                        f["meta"], inner, 1) if via_text else None
        hl = QTextCharFormat()
        hl.setForeground(HIGHLIGHT_FG)
        hl.setBackground(HIGHLIGHT_BG)
        hl.setFontWeight(QFont.Weight.DemiBold)
        plain, ranges = parse_snippet(reader_text(index, "snippet", index.data(ROLE_SNIPPET) or ""))
        snippet = TextBlock(plain, f["body"], inner, self.SNIPPET_LINES, ranges, hl) if plain else None
        summary_text = reader_text(index, "summary", index.data(ROLE_SUMMARY) or "")
        summary = TextBlock("→ " + summary_text, f["meta"], inner, 1) if summary_text else None
        h = MARGIN_Y * 2 + PAD * 2 + max(title.height, badge.height()) + 4 + meta.height
        if via:
            h += 3 + via.height
        if snippet:
            h += GAP + snippet.height
        if summary:
            h += GAP + summary.height
        return {"height": h, "title": title, "badge": badge, "badge_text": badge_text, "meta": meta,
                "snippet": snippet, "summary": summary, "fonts": f, "via": via, "review": review}

    def paint_content(self, painter, card: QRect, lay, option, index) -> None:
        x, y = card.left() + PAD, card.top() + PAD
        right = card.right() - PAD
        fg, bg = tone_colors(index.data(ROLE_OUTCOME_TONE))
        b = lay["badge"]
        if lay["badge_text"]:
            paint_pill(painter, QRect(right - b.width() + 1, y, b.width(), b.height()), lay["badge_text"], fg, bg,
                       lay["fonts"]["badge"])
        read = bool(index.data(ROLE_READ))
        if read:
            rs = readmark.pill_size(lay["fonts"]["badge"])
            rx = right - (b.width() + 6 if lay["badge_text"] else 0) - rs.width() + 1
            readmark.paint_read_pill(painter, QRect(rx, y, rs.width(), rs.height()), lay["fonts"]["badge"])
        lay["title"].draw(painter, x, y, TEXT_SOFT if read else TEXT)
        y += max(lay["title"].height, b.height()) + 4
        mx = x
        if lay.get("review"):
            rv = lay["review"]
            reviewmark.paint_review_pill(painter, QRect(x, y, rv.width(), rv.height()), lay["fonts"]["badge"])
            mx += rv.width() + 6
        lay["meta"].draw(painter, mx, y + (max(0, lay["review"].height() - QFontMetrics(lay["fonts"]["meta"]).height()) // 2
                                           if lay.get("review") else 0), MUTED)
        y += lay["meta"].height
        if lay.get("via"):
            y += 3
            lay["via"].draw(painter, x, y, CHIP_COLORS["glossary"][0])
            y += lay["via"].height
        if lay["snippet"]:
            y += GAP
            lay["snippet"].draw(painter, x, y, TEXT_SOFT)
            y += lay["snippet"].height
        if lay["summary"]:
            y += GAP
            lay["summary"].draw(painter, x, y, fg)


class SimilarDelegate(_CardDelegate):
    """A suggestion: score (percentage + bar), title + outcome badge, reason chips, outcome, lessons."""

    SCORE_W = 58
    MAX_LESSONS = 3

    def build(self, option, index, width: int) -> dict:
        f = self.fonts(option.font)
        inner = width - 2 * MARGIN_X - 2 * PAD
        content_w = inner - self.SCORE_W - 12
        badge_text = index.data(ROLE_OUTCOME_LABEL) or ""
        badge = pill_size(QFontMetrics(f["badge"]), badge_text)
        read_w = readmark.pill_size(f["badge"]).width() + 6 if index.data(ROLE_READ) else 0  # never cut off
        title = TextBlock(reader_text(index, "title", index.data(Qt.ItemDataRole.DisplayRole) or ""), f["title"],
                          content_w - badge.width() - 10 - read_w, 2)
        # chips: "<type> <label>", flowing onto new lines
        chips, cx, cy, row_h = [], 0, 0, 0
        fm_type, fm_chip = QFontMetrics(f["chip_type"]), QFontMetrics(f["chip"])
        for r in index.data(ROLE_REASONS) or []:
            type_text = reason_type_label(r.type)
            type_w = fm_type.horizontalAdvance(type_text)
            max_label = max(40, content_w - type_w - 26)
            more = int(getattr(r, "more", 0) or 0)
            full = r.label + (" " + QCoreApplication.translate("SimilarDelegate", "+{0} more").format(more) if more else "")
            label = fm_chip.elidedText(full, Qt.TextElideMode.ElideRight, max_label)
            w = 9 + type_w + 6 + fm_chip.horizontalAdvance(label) + 9
            h = max(fm_type.height(), fm_chip.height()) + 6
            if cx and cx + w > content_w:
                cx, cy = 0, cy + row_h + 5
                row_h = 0
            chips.append((QRect(cx, cy, w, h), r.type, type_text, label, type_w))
            cx += w + 6
            row_h = max(row_h, h)
        chips_h = (cy + row_h) if chips else 0
        review = review_pill(index, f)
        why_text = index.data(ROLE_WHY) or ""
        why = TextBlock(why_text, f["small"], content_w, 1) if why_text else None
        summary_text = reader_text(index, "summary", index.data(ROLE_SUMMARY) or "")
        summary = TextBlock(summary_text, f["body"], content_w, 2) if summary_text else None
        lessons = [TextBlock("•  " + t, f["meta"], content_w - 8, 1)
                   for t in reader_text(index, "lessons", index.data(ROLE_LESSONS) or [])[: self.MAX_LESSONS]]
        lessons_head = TextBlock(QCoreApplication.translate("SimilarDelegate", "Lessons"), f["small"], content_w, 1) if lessons else None
        h = max(title.height, badge.height())
        if review:
            h += 6 + review.height()
        if why:
            h += 4 + why.height
        if chips:
            h += 8 + chips_h
        if summary:
            h += 8 + summary.height
        if lessons:
            h += 8 + lessons_head.height + 2 + sum(l.height + 1 for l in lessons)
        score_h = QFontMetrics(f["score"]).height() + 12
        h = max(h, score_h)
        return {"height": MARGIN_Y * 2 + PAD * 2 + h, "title": title, "badge": badge, "badge_text": badge_text,
                "chips": chips, "chips_h": chips_h, "why": why, "summary": summary, "lessons": lessons,
                "lessons_head": lessons_head, "fonts": f, "review": review}

    def paint_content(self, painter, card: QRect, lay, option, index) -> None:
        f = lay["fonts"]
        score = float(index.data(ROLE_SCORE) or 0.0)
        color = score_color(score)
        # score column
        sx, sy = card.left() + PAD, card.top() + PAD
        painter.save()
        painter.setFont(f["score"])
        painter.setPen(color)
        fm = QFontMetrics(f["score"])
        painter.drawText(QRect(sx, sy - 2, self.SCORE_W, fm.height()), int(Qt.AlignmentFlag.AlignHCenter),
                         f"{round(score * 100):d}%")
        bar = QRectF(sx + 5, sy + fm.height() + 2, self.SCORE_W - 10, 5)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#e5e7eb"))
        painter.drawRoundedRect(bar, 2.5, 2.5)
        painter.setBrush(color)
        painter.drawRoundedRect(QRectF(bar.left(), bar.top(), max(5.0, bar.width() * min(1.0, score)), bar.height()),
                                2.5, 2.5)
        painter.restore()
        # content column
        x = sx + self.SCORE_W + 12
        y = sy
        right = card.right() - PAD
        fg, bg = tone_colors(index.data(ROLE_OUTCOME_TONE))
        b = lay["badge"]
        if lay["badge_text"]:
            paint_pill(painter, QRect(right - b.width() + 1, y, b.width(), b.height()), lay["badge_text"], fg, bg,
                       f["badge"])
        if index.data(ROLE_READ):
            rs = readmark.pill_size(f["badge"])
            rx = right - (b.width() + 6 if lay["badge_text"] else 0) - rs.width() + 1
            readmark.paint_read_pill(painter, QRect(rx, y, rs.width(), rs.height()), f["badge"])
        lay["title"].draw(painter, x, y, TEXT)
        y += max(lay["title"].height, b.height())
        if lay.get("review"):
            y += 6
            rv = lay["review"]
            reviewmark.paint_review_pill(painter, QRect(x, y, rv.width(), rv.height()), f["badge"])
            y += rv.height()
        if lay.get("why"):  # issue 16: why it is close, in words
            y += 4
            lay["why"].draw(painter, x, y, MUTED)
            y += lay["why"].height
        if lay["chips"]:
            y += 8
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            for rect, kind, type_text, label, type_w in lay["chips"]:
                r = rect.translated(x, y)
                cfg, cbg = CHIP_COLORS.get(kind, CHIP_COLORS["industry"])
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(cbg)
                painter.drawRoundedRect(QRectF(r), 5, 5)
                painter.setPen(cfg)
                painter.setFont(f["chip_type"])
                painter.drawText(QRect(r.left() + 9, r.top(), type_w + 2, r.height()),
                                 int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), type_text)
                painter.setFont(f["chip"])
                painter.drawText(QRect(r.left() + 9 + type_w + 6, r.top(), r.width() - type_w - 15, r.height()),
                                 int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), label)
            painter.restore()
            y += lay["chips_h"]
        if lay["summary"]:
            y += 8
            painter.save()
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(fg)
            painter.drawRect(QRectF(x, y + 2, 2.5, lay["summary"].height - 4))
            painter.restore()
            lay["summary"].draw(painter, x + 9, y, TEXT_SOFT)
            y += lay["summary"].height
        if lay["lessons"]:
            y += 8
            lay["lessons_head"].draw(painter, x, y, MUTED)
            y += lay["lessons_head"].height + 2
            for l in lay["lessons"]:
                l.draw(painter, x + 2, y, TEXT_SOFT)
                y += l.height + 1


def install(view, delegate_cls):
    """Set up a QListView for card rows painted by `delegate_cls`."""
    from PySide6.QtWidgets import QAbstractItemView, QListView

    view.setItemDelegate(delegate_cls(view))
    view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setResizeMode(QListView.ResizeMode.Adjust)
    view.setUniformItemSizes(False)
    # rows are measured (sizeHint builds their text layouts) a few per turn of the event loop:
    # 100 results at once took ~60 ms on the UI thread, several frames
    view.setLayoutMode(QListView.LayoutMode.Batched)
    view.setBatchSize(8)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setMouseTracking(True)
    view.setFrameShape(QListView.Shape.NoFrame)
    view.setSpacing(0)
    view.verticalScrollBar().setSingleStep(24)
    return view.itemDelegate()
