"""The cases side by side: a header per case (title, weighted score, ★ best, per-criterion chart)
over one grid of rows (at a glance, action steps by theme, the standard's checks, sections).

One grid keeps the rows aligned across the cases; the header has a scroll area of its own that
follows the body's horizontal scrolling. Texts stay in the CompareView context of compare_*.
"""
from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from ...widgets.score_chart import ScoreChart

COL_W = 204          # 5 cases side by side at 1600 px, the rating pane beside them (issue 19)
HEAD_W = 112
TONE = {"good": ("#166534", "#dcfce7"), "mixed": ("#92400e", "#fef3c7"), "bad": ("#991b1b", "#fee2e2"),
        "neutral": ("#374151", "#e5e7eb")}
CHECK_TONE = {"met": "good", "late": "bad", "unclear": "mixed", "missed": "bad"}


def _esc(s) -> str:
    return html.escape(str(s or ""))


def _cell(text: str, rich: bool = False, width: int = COL_W, obj: str = "compareCell") -> QLabel:
    lab = QLabel(text if rich else _esc(text).replace("\n", "<br>"))
    lab.setObjectName(obj)
    lab.setTextFormat(Qt.TextFormat.RichText)
    lab.setWordWrap(True)
    lab.setFixedWidth(width)
    lab.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    lab.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    lab.setContentsMargins(6, 4, 6, 4)
    return lab


class CompareGrid(QWidget):
    """The left of the window: the case headers over the grid, or the empty state instead."""
    caseRequested = Signal(str)   # a case's title clicked: open the case
    caseClicked = Signal(str)     # a case's header clicked: rate that case

    def __init__(self, parent=None):
        super().__init__(parent)
        self._columns: list[QWidget] = []
        self._charts: dict[str, ScoreChart] = {}
        self._score_labels: dict[str, QLabel] = {}
        self.header_area = QScrollArea(self)
        self.header_area.setObjectName("compareHeader")
        self.header_area.setWidgetResizable(True)
        self.header_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.header_area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.header_area.setFrameShape(QFrame.Shape.NoFrame)
        self.body_area = QScrollArea(self)
        self.body_area.setObjectName("compareBody")
        self.body_area.setWidgetResizable(True)
        self.body_area.setFrameShape(QFrame.Shape.NoFrame)
        self.body_area.horizontalScrollBar().valueChanged.connect(self.header_area.horizontalScrollBar().setValue)
        self.empty = QLabel(self)
        self.empty.setObjectName("emptyState")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        ll = QVBoxLayout(self)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.setSpacing(0)
        ll.addWidget(self.header_area)
        ll.addWidget(self.body_area, 1)
        ll.addWidget(self.empty, 1)

    def show_empty(self, text: str) -> None:
        self.header_area.hide()
        self.body_area.hide()
        self.empty.show()
        self.empty.setText(text)

    def show_grid(self) -> None:
        self.empty.hide()
        self.header_area.show()
        self.body_area.show()

    def build(self, rep, lesson_titles: dict, vocab, label, lang: str) -> None:
        """Lay out the report `rep`; `label(table, key)` names a vocabulary key in the UI language."""
        from kb_app.core.team.compare import theme_label
        from ..case import severity_label

        cols = rep.comparison.columns
        agg = rep.aggregate
        best = set(agg.best) if agg is not None else set()
        # header
        head = QWidget()
        hg = QGridLayout(head)
        hg.setContentsMargins(0, 4, 0, 4)
        hg.setHorizontalSpacing(6)
        corner = _cell(QCoreApplication.translate("CompareView", "Cases: {0}").format(len(cols)), width=HEAD_W,
                       obj="compareRowHead")
        hg.addWidget(corner, 0, 0, Qt.AlignmentFlag.AlignTop)
        self._columns, self._charts, self._score_labels = [], {}, {}
        for j, col in enumerate(cols, 1):
            box = QFrame()
            box.setObjectName("compareColumnHead")
            box.setProperty("caseId", col.id)
            box.setFixedWidth(COL_W)
            box.setCursor(Qt.CursorShape.PointingHandCursor)
            bl = QVBoxLayout(box)
            bl.setContentsMargins(8, 6, 8, 6)
            bl.setSpacing(3)
            title = QLabel(f"<a href='case:{_esc(col.id)}' style='color:#111827; text-decoration:none'>"
                           f"<b>{_esc(col.case.title)}</b></a>")
            title.setWordWrap(True)
            title.setObjectName("compareTitle")
            title.setToolTip(QCoreApplication.translate("CompareView", "Open the case"))
            title.linkActivated.connect(lambda href: self.caseRequested.emit(href.split(":", 1)[1]))
            meta = QLabel(_esc(f"{col.id} · {col.case.date}"))
            meta.setObjectName("paneHint")
            meta.setWordWrap(True)   # a narrow column (issue 19): the id and the date wrap, never clipped
            score = QLabel()
            score.setObjectName("compareScore")
            score.setWordWrap(True)
            chart = ScoreChart(box)
            bl.addWidget(title)
            bl.addWidget(meta)
            bl.addWidget(score)
            bl.addWidget(chart)
            box.mousePressEvent = (lambda ev, cid=col.id: self.caseClicked.emit(cid))
            hg.addWidget(box, 0, j, Qt.AlignmentFlag.AlignTop)
            self._columns.append(box)
            self._charts[col.id] = chart
            self._score_labels[col.id] = score
        hg.setColumnStretch(len(cols) + 1, 1)
        self.header_area.setWidget(head)
        self.header_area.setFixedHeight(min(330, head.sizeHint().height() + 4))

        # body
        body = QWidget()
        body.setObjectName("compareGrid")
        g = QGridLayout(body)
        g.setContentsMargins(0, 0, 0, 12)
        g.setHorizontalSpacing(6)
        g.setVerticalSpacing(2)
        row = [0]

        def add_row(label: str, cells: list[QLabel], section: bool = False):
            r = row[0]
            lab = _cell(label, width=HEAD_W, obj="compareSection" if section else "compareRowHead")
            g.addWidget(lab, r, 0, Qt.AlignmentFlag.AlignTop)
            for j, c in enumerate(cells, 1):
                if cols[j - 1].id in best:
                    c.setProperty("best", True)
                g.addWidget(c, r, j)  # fills the row: the cells of a row are one height
            row[0] += 1

        def heading(text: str):
            lab = QLabel(f"<b>{_esc(text)}</b>")
            lab.setObjectName("compareSection")
            lab.setContentsMargins(4, 10, 4, 2)
            g.addWidget(lab, row[0], 0, 1, len(cols) + 1)
            row[0] += 1

        heading(QCoreApplication.translate("CompareView", "At a glance"))
        badges = []
        for col in cols:
            s = col.summary
            tone = (vocab.outcomes.get(s.status, {}) or {}).get("tone", "neutral") if vocab is not None else "neutral"
            fg, bg = TONE.get(tone, TONE["neutral"])
            badges.append(_cell(f"<span style='color:{fg}; background:{bg}'>&nbsp;{_esc(label('outcomes', s.status))}"
                                f"&nbsp;</span> {_esc(s.outcome)}", rich=True))
        add_row(QCoreApplication.translate("CompareView", "Outcome"), badges)
        add_row(QCoreApplication.translate("CompareView", "Time to resolution"),
                [_cell(c.summary.resolution or QCoreApplication.translate("CompareView", "not stated")) for c in cols])
        add_row(QCoreApplication.translate("CompareView", "Industry"),
                [_cell(label("industries", c.summary.industry)) for c in cols])
        add_row(QCoreApplication.translate("CompareView", "Severity"),
                [_cell(severity_label(c.summary.severity)) for c in cols])
        sep = QCoreApplication.translate("CompareView", ", ")
        add_row(QCoreApplication.translate("CompareView", "Stakes"),
                [_cell(sep.join(label("stakes", s) for s in c.summary.stakes) or "—") for c in cols])
        add_row(QCoreApplication.translate("CompareView", "Soft skills"),
                [_cell(sep.join(label("skills", s) for s in c.summary.soft_skills)) for c in cols])
        add_row(QCoreApplication.translate("CompareView", "Lessons"),
                [_cell("\n".join("• " + lesson_titles.get(l, l) for l in c.summary.lessons)) for c in cols])
        only = rep.comparison.only
        add_row(QCoreApplication.translate("CompareView", "Only this case"),
                [_cell(sep.join(theme_label(t, lang) for t in only.get(c.id, [])) or "—") for c in cols])

        heading(QCoreApplication.translate("CompareView", "Actions, step by step"))
        for srow in rep.comparison.steps:
            cells = []
            for c in cols:
                steps = srow.cells.get(c.id, [])
                cells.append(_cell("\n".join("▸ " + s for s in steps) if steps else "—"))
            add_row(theme_label(srow.theme, lang), cells)

        if rep.standard is not None:
            heading((QCoreApplication.translate("CompareView", "Against the standard: {0}")
                     if getattr(rep.standard, "approved", True) else
                     QCoreApplication.translate("CompareView", "Against the draft standard (not yet approved): {0}"))
                    .format(rep.standard.title))
            names = {"met": QCoreApplication.translate("CompareView", "met"),
                     "late": QCoreApplication.translate("CompareView", "late"),
                     "unclear": QCoreApplication.translate("CompareView", "done, time not stated"),
                     "missed": QCoreApplication.translate("CompareView", "missed")}
            for i, e in enumerate(rep.standard.expected):
                cells = []
                for c in cols:
                    ch = rep.checks[c.id][i]
                    fg, bg = TONE[CHECK_TONE[ch.status]]
                    extra = f" ({_esc(ch.stated)})" if ch.stated else ""
                    cells.append(_cell(f"<span style='color:{fg}; background:{bg}'>&nbsp;{_esc(names[ch.status])}"
                                       f"&nbsp;</span>{extra}", rich=True))
                add_row(e.action, cells)

        sec_names = {"situation": QCoreApplication.translate("CompareView", "Situation"),
                     "actions": QCoreApplication.translate("CompareView", "Actions"),
                     "outcome": QCoreApplication.translate("CompareView", "Outcome"),
                     "lessons": QCoreApplication.translate("CompareView", "Lessons learned")}
        heading(QCoreApplication.translate("CompareView", "The cases, section by section"))
        for sec in ("situation", "actions", "outcome", "lessons"):
            add_row(sec_names[sec], [_cell(c.sections.get(sec) or "—") for c in cols], section=True)
        g.setColumnStretch(len(cols) + 1, 1)
        g.setRowStretch(row[0], 1)
        body.setStyleSheet("QLabel#compareCell { background: #ffffff; border: 1px solid #e5e7eb; border-radius: 4px; }"
                           "QLabel#compareCell[best=\"true\"] { background: #f0fdf4; border-color: #86efac; }"
                           "QLabel#compareRowHead { color: #4b5563; }"
                           "QLabel#compareSection { color: #111827; }")
        self.body_area.setWidget(body)

    def show_scores(self, agg, rubric, lang: str, current: str) -> None:
        """Each case's weighted score and chart from the aggregate `agg`; the best and the `current` case marked."""
        for cid, chart in self._charts.items():
            cs = agg.cases[cid]
            rows = [(c.name(lang), cs.cells[c.key].mean, cs.cells[c.key].low, cs.cells[c.key].high)
                    for c in rubric.criteria]
            chart.set_data(rows, rubric.scale_min, rubric.scale_max, cid in agg.best)
            lab = self._score_labels[cid]
            if cs.weighted is None:
                not_rated = QCoreApplication.translate("CompareView", "Not rated yet")
                lab.setText(f"<span style='color:#6b7280'>{_esc(not_rated)}</span>")
            else:
                best_text = QCoreApplication.translate("CompareView", "Best handled")
                raters_text = QCoreApplication.translate("CompareView", "raters: {0}").format(cs.raters)
                star = (f" <span style='color:#166534; background:#dcfce7'>&nbsp;★ {_esc(best_text)}&nbsp;</span>"
                        if cid in agg.best else "")
                lab.setText(f"<b style='font-size:15px'>{cs.weighted:.2f}</b> "
                            f"<span style='color:#6b7280'>/ {rubric.scale_max} · {cs.percent:.0f}% · "
                            f"{_esc(raters_text)}</span>{star}")
        self.mark_columns(set(agg.best), current)
        head = self.header_area.widget()
        if head is not None:
            head.adjustSize()
            self.header_area.setFixedHeight(min(360, head.sizeHint().height() + 6))

    def mark_columns(self, best: set, current: str) -> None:
        for box in self._columns:
            cid = box.property("caseId")
            border = "#16a34a" if cid in best else "#e5e7eb"
            bg = "#f0fdf4" if cid in best else "#ffffff"
            width = 2 if cid in best else 1
            outline = "; outline: none"
            sel = cid == current
            box.setStyleSheet(f"QFrame#compareColumnHead {{ background: {bg}; border: {width}px solid {border}; "
                              f"border-radius: 6px; {'border-bottom: 3px solid #2563eb;' if sel else ''} }}"
                              f"QFrame#compareColumnHead QLabel {{ background: transparent; border: none{outline}; }}")
            box.setProperty("best", cid in best)
