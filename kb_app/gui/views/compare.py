"""Compare: 2-10 cases of one kind side by side, rated against a rubric by several raters.

    [kind ▾] [rubric ▾] rater [____]        [Save ratings] [Write standard] [Export ▾]
    | case headers: title, weighted score, ★ best, per-criterion chart |  rating pane:
    | summary rows / aligned action steps / sections / the standard     |  case ▾, per criterion
    | (one grid: rows stay aligned; the header follows its scrolling)   |  1..5 + comment; aggregates

Everything that reads files or state.db runs as a job on the serial writer (drafts live in
state.db, whose connection stays on that thread); the UI thread only recomputes the aggregate
(a few dozen numbers) when a score changes. A score being typed is a draft in state.db until
"Save ratings" writes the rater's own file, cases/ratings/<rater>.yaml, atomically.
"""
from __future__ import annotations

import html
import logging
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QEvent, QMarginsF, QSize, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeySequence, QPageLayout, QPageSize, QPdfWriter, QShortcut, QTextDocument
from PySide6.QtWidgets import (QAbstractItemView, QButtonGroup, QComboBox, QFileDialog, QFrame, QGridLayout,
                               QHBoxLayout, QHeaderView, QLabel, QLineEdit, QMenu, QPushButton, QScrollArea,
                               QSizePolicy, QSplitter, QTableWidget, QTableWidgetItem, QToolButton, QVBoxLayout,
                               QWidget)

from .. import i18n, settings
from ..widgets.score_chart import ScoreChart
from ..workers import RequestTokens, is_cancellation

log = logging.getLogger(__name__)

# remembered window state (QSettings; never user content)
GEOMETRY_KEY = "compare/geometry"
SPLITTER_KEY = "compare/splitter"
KIND_KEY = "compare/kind"
RUBRIC_KEY = "compare/rubric"

COL_W = 300
HEAD_W = 132
TONE = {"good": ("#166534", "#dcfce7"), "mixed": ("#92400e", "#fef3c7"), "bad": ("#991b1b", "#fee2e2"),
        "neutral": ("#374151", "#e5e7eb")}
LEVEL_COLOR = {"agree": "#166534", "tentative": "#92400e", "disagree": "#b91c1c", "uniform": "#374151",
               "unknown": "#6b7280"}
CHECK_TONE = {"met": "good", "late": "bad", "unclear": "mixed", "missed": "bad"}


@dataclass
class Bundle:
    """What one load of the comparison brings back from the writer thread."""
    report: object = None
    team: object = None
    kinds: list = field(default_factory=list)        # [(kind, count)] kinds with two cases or more
    rater: str = ""
    rater_key: str = ""                              # the rater's name as in their file (aggregates key)
    own: dict = field(default_factory=dict)          # case -> criterion -> Score from the rater's file
    drafts: dict = field(default_factory=dict)       # case -> criterion -> Score not saved yet
    lesson_titles: dict = field(default_factory=dict)
    error: str = ""


def _esc(s) -> str:
    return html.escape(str(s or ""))


class CompareView(QWidget):
    caseRequested = Signal(str)
    reportShown = Signal()            # a comparison (or its empty state) is on screen
    ratingsSaved = Signal(str)        # path of the rater's file
    standardWritten = Signal(str)     # path of the standard
    draftSaved = Signal()

    DRAFT_DEBOUNCE_MS = 400

    def __init__(self, library, parent=None):
        super().__init__(parent)
        self.setObjectName("compareView")
        self.library = library
        self.tokens = RequestTokens()
        self.bundle: Bundle | None = None
        self.kind = ""
        self.ids: list[str] | None = None
        self.rubric_id = "default"
        self.current_case = ""
        self.aggregate = None
        self._pending: dict[tuple[str, str], object] = {}
        self._columns: list[QWidget] = []
        self._charts: dict[str, ScoreChart] = {}
        self._rows: dict[str, dict] = {}
        self.open_external = lambda url: QDesktopServices.openUrl(url)   # tests replace it

        self.draft_timer = QTimer(self)
        self.draft_timer.setSingleShot(True)
        self.draft_timer.setInterval(self.DRAFT_DEBOUNCE_MS)
        self.draft_timer.timeout.connect(self.flush_drafts)

        # -- top bar
        self.kind_label = QLabel(self)
        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("compareKind")
        self.kind_combo.setMinimumWidth(180)
        self.kind_combo.activated.connect(self._kind_chosen)
        self.rubric_label = QLabel(self)
        self.rubric_combo = QComboBox(self)
        self.rubric_combo.setObjectName("compareRubric")
        self.rubric_combo.activated.connect(self._rubric_chosen)
        self.rubric_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.rater_label = QLabel(self)
        self.rater_edit = QLineEdit(self)
        self.rater_edit.setObjectName("raterEdit")
        self.rater_edit.setMaximumWidth(160)
        self.rater_edit.editingFinished.connect(self._rater_changed)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("saveRatings")
        self.save_button.clicked.connect(self.save_ratings)
        self.standard_button = QPushButton(self)
        self.standard_button.setObjectName("writeStandard")
        self.standard_button.clicked.connect(self.write_standard)
        self.export_button = QToolButton(self)
        self.export_button.setObjectName("exportButton")
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.export_menu = QMenu(self)
        self.act_md = self.export_menu.addAction("", lambda: self._export_dialog("md"))
        self.act_csv = self.export_menu.addAction("", lambda: self._export_dialog("csv"))
        self.act_pdf = self.export_menu.addAction("", lambda: self._export_dialog("pdf"))
        self.export_button.setMenu(self.export_menu)
        bar = QHBoxLayout()
        bar.setContentsMargins(12, 8, 12, 4)
        for w in (self.kind_label, self.kind_combo, self.rubric_label, self.rubric_combo, self.rater_label,
                  self.rater_edit):
            bar.addWidget(w)
        bar.addStretch(1)
        for w in (self.save_button, self.standard_button, self.export_button):
            bar.addWidget(w)
        self.status = QLabel(self)
        self.status.setObjectName("compareStatus")
        self.status.setWordWrap(True)

        # -- the comparison: a header that follows the body's horizontal scrolling
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
        left = QWidget(self)
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.setSpacing(0)
        ll.addWidget(self.header_area)
        ll.addWidget(self.body_area, 1)
        ll.addWidget(self.empty, 1)

        # -- the rating pane
        self.rating_pane = QWidget(self)
        self.rating_pane.setObjectName("ratingPane")
        self.rating_title = QLabel(self.rating_pane)
        self.rating_title.setObjectName("paneHeading")
        self.case_combo = QComboBox(self.rating_pane)
        self.case_combo.setObjectName("ratingCase")
        self.case_combo.setToolTip("Ctrl+PgUp / Ctrl+PgDown")
        self.case_combo.activated.connect(lambda i: self.select_case(self.case_combo.itemData(i)))
        self.rating_form = QWidget(self.rating_pane)
        self.form_layout = QVBoxLayout(self.rating_form)
        self.form_layout.setContentsMargins(0, 0, 0, 0)
        self.form_layout.setSpacing(8)
        self.rating_form.setStyleSheet("QToolButton { border: 1px solid #d1d5db; border-radius: 4px; background: #ffffff; }"
                                       "QToolButton:checked { background: #2563eb; color: #ffffff; border-color: #1d4ed8; }"
                                       "QToolButton:hover { border-color: #2563eb; }")
        self.draft_label = QLabel(self.rating_pane)
        self.draft_label.setObjectName("draftStatus")
        self.draft_label.setWordWrap(True)
        self.agg_title = QLabel(self.rating_pane)
        self.agg_title.setObjectName("paneHeading")
        self.alpha_label = QLabel(self.rating_pane)
        self.alpha_label.setObjectName("alphaLabel")
        self.alpha_label.setWordWrap(True)
        self.reading_label = QLabel(self.rating_pane)
        self.reading_label.setObjectName("readingLabel")
        self.reading_label.setWordWrap(True)
        self.reading_label.setTextFormat(Qt.TextFormat.RichText)
        self.agg_table = QTableWidget(self.rating_pane)
        self.agg_table.setObjectName("aggregateTable")
        self.agg_table.setColumnCount(4)
        self.agg_table.verticalHeader().hide()
        self.agg_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.agg_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.agg_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.agg_table.verticalHeader().setDefaultSectionSize(22)
        inner = QWidget(self.rating_pane)
        il = QVBoxLayout(inner)
        il.setContentsMargins(12, 8, 12, 8)
        il.addWidget(self.agg_title)      # what the team sees first: agreement in words
        il.addWidget(self.alpha_label)
        il.addWidget(self.reading_label)
        il.addWidget(self.agg_table)
        il.addSpacing(10)
        il.addWidget(self.rating_title)
        il.addWidget(self.case_combo)
        il.addWidget(self.draft_label)
        il.addWidget(self.rating_form)
        il.addStretch(1)
        pane_scroll = QScrollArea(self)
        pane_scroll.setObjectName("ratingScroll")
        pane_scroll.setWidgetResizable(True)
        pane_scroll.setWidget(inner)
        pane_scroll.setMinimumWidth(330)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("compareSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(pane_scroll)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setSizes([960, 380])
        self.splitter.setChildrenCollapsible(False)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        lay.addLayout(bar)
        lay.addWidget(self.status)
        lay.addWidget(self.splitter, 1)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save_ratings)
        QShortcut(QKeySequence("Ctrl+PgDown"), self, lambda: self.step_case(1))   # next case to rate
        QShortcut(QKeySequence("Ctrl+PgUp"), self, lambda: self.step_case(-1))
        self.rater_edit.setText(settings.value(settings.RATER, "", str) or "")
        library.loaded.connect(lambda *_: self.refresh())
        self.retranslateUi()
        self._show_empty()

    # -- i18n ---------------------------------------------------------------------------------------------
    def retranslateUi(self) -> None:
        self.kind_label.setText(self.tr("Kind"))
        self.rubric_label.setText(self.tr("Rubric"))
        self.rater_label.setText(self.tr("Rater"))
        self.rater_edit.setPlaceholderText(self.tr("your name"))
        self.rater_edit.setToolTip(self.tr("Your ratings go to cases/ratings/<name>.yaml (also in Preferences)"))
        self.save_button.setText(self.tr("Save ratings"))
        self.save_button.setToolTip(self.tr("Write your ratings to your own file in cases/ratings/ (Ctrl+S)"))
        self.standard_button.setText(self.tr("Write standard"))
        self.standard_button.setToolTip(self.tr("Start cases/standards/<kind>.md from the best-rated case and the rubric"))
        self.export_button.setText(self.tr("Export"))
        self.act_md.setText(self.tr("Markdown…"))
        self.act_csv.setText(self.tr("CSV…"))
        self.act_pdf.setText(self.tr("PDF…"))
        self.rating_title.setText(self.tr("Your rating"))
        self.agg_title.setText(self.tr("All raters"))
        self.agg_table.setHorizontalHeaderLabels([self.tr("Criterion"), self.tr("Mean"), self.tr("Spread"),
                                                  self.tr("α")])
        if self.bundle is not None:
            self._populate(self.bundle, keep_scroll=True)
        else:
            self._show_empty()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def _lang(self) -> str:
        return i18n.current_language()

    def _label(self, table: str, key: str) -> str:
        v = self.library.vocab
        return v.label(table, key, self._lang()) if v is not None and key else (key or "")

    # -- what to compare ---------------------------------------------------------------------------------------
    def rater(self) -> str:
        return self.rater_edit.text().strip()

    def show_kind(self, kind: str) -> None:
        self.kind, self.ids = kind, None
        self.refresh()

    def show_cases(self, ids: list[str]) -> None:
        self.ids, self.kind = list(dict.fromkeys(ids))[:10], ""
        self.refresh()

    def _kind_chosen(self, i: int) -> None:
        kind = self.kind_combo.itemData(i)
        if kind:
            self.show_kind(kind)

    def _rubric_chosen(self, i: int) -> None:
        rid = self.rubric_combo.itemData(i)
        if rid and rid != self.rubric_id:
            self.flush_drafts()
            self.rubric_id = rid
            self.refresh()

    def _rater_changed(self) -> None:
        name = self.rater()
        if name == (settings.value(settings.RATER, "", str) or "") and self.bundle and name == self.bundle.rater:
            return
        self.flush_drafts()
        settings.set_value(settings.RATER, name)
        self.refresh()

    def set_rater(self, name: str) -> None:
        self.rater_edit.setText(name or "")
        self._rater_changed()

    def refresh(self) -> None:
        if not self.library.ready:
            return
        self.flush_drafts()  # queued first on the serial writer: the reload below sees them
        seq = self.tokens.next()
        kind, ids, rubric_id, rater = self.kind, self.ids, self.rubric_id, self.rater()
        lang = self._lang()
        knowledge_base = self.library.knowledge_base

        def work(job) -> Bundle:
            from kb_app.core.team.compare import MAX_CASES, cases_of_kind
            from kb_app.core.team.report import build_report
            from kb_app.core.team.ratings import Score, default_rater, rater_slug

            kb = knowledge_base()
            b = Bundle()
            cases_all = list(kb.corpus.cases.values()) if kb.corpus else []
            counts: dict[str, int] = {}
            for c in cases_all:
                counts[c.kind] = counts.get(c.kind, 0) + 1
            b.kinds = sorted(((k, n) for k, n in counts.items() if n >= 2), key=lambda kv: (-kv[1], kv[0]))
            b.team = team = kb.team_files()
            b.rater = rater or default_rater(kb.cases_dir)
            k = kind
            if ids:
                cases = [kb.corpus.cases[i] for i in ids if i in kb.corpus.cases]
            else:
                if not k and b.kinds:
                    k = b.kinds[0][0]
                cases = cases_of_kind(cases_all, k, MAX_CASES)
            if len(cases) < 2:
                b.error = "few"
                return b
            b.rater_key = b.rater
            if b.rater:
                try:
                    slug = rater_slug(b.rater)
                except ValueError:
                    slug = ""
                for rf in team.ratings:
                    if rf.path is not None and rf.path.stem == slug and rf.rubric == rubric_id:
                        b.rater_key = rf.rater
                        b.own = {cid: dict(row) for cid, row in rf.cases.items()}
                for row in kb.state.rating_drafts(b.rater, rubric_id):
                    b.drafts.setdefault(row["case_id"], {})[row["criterion"]] = Score(row["score"], row["comment"] or "")
            drafts = {b.rater_key: b.drafts} if b.drafts else None
            b.report = build_report(cases, team, kb.vocab, rubric_id, drafts)
            for c in cases:
                for lid in c.lessons:
                    b.lesson_titles[lid] = kb.lesson_title(lid)
            return b

        def done(b: Bundle) -> None:
            if not self.tokens.is_current(seq):
                return
            if not self.rater() and b.rater:
                self.rater_edit.setText(b.rater)
            if b.report is not None and not self.ids:
                self.kind = b.report.comparison.kind
            self._populate(b)

        def failed(e) -> None:
            if self.tokens.is_current(seq) and not is_cancellation(e):
                self.status.setText(self.tr("Could not compare: {0}").format(str(e)))
                self.reportShown.emit()

        # on the writer: the drafts are in state.db, whose connection lives on that thread
        self.library.runner.write(work, on_done=done, on_error=failed, name="compare")

    # -- showing ---------------------------------------------------------------------------------------------------
    def _show_empty(self, text: str | None = None) -> None:
        self.header_area.hide()
        self.body_area.hide()
        self.empty.show()
        self.empty.setText(text or self.tr("Pick a kind of incident above, or select two to ten cases in the search "
                                           "results and choose Compare (Ctrl+Shift+C)."))
        self.save_button.setEnabled(False)
        self.standard_button.setEnabled(False)
        self.export_button.setEnabled(False)

    def _fill_combos(self, b: Bundle) -> None:
        self.kind_combo.blockSignals(True)
        self.kind_combo.clear()
        if self.ids:
            self.kind_combo.addItem(self.tr("Selected cases ({0})").format(len(self.ids)), "")
        for k, n in b.kinds:
            self.kind_combo.addItem(f"{self._label('kinds', k)} ({n})", k)
        i = self.kind_combo.findData(self.kind) if not self.ids else 0
        self.kind_combo.setCurrentIndex(max(0, i))
        self.kind_combo.blockSignals(False)
        self.rubric_combo.blockSignals(True)
        self.rubric_combo.clear()
        for rid, r in sorted((b.team.rubrics if b.team else {}).items()):
            self.rubric_combo.addItem(r.name(self._lang()), rid)
        self.rubric_combo.setCurrentIndex(max(0, self.rubric_combo.findData(self.rubric_id)))
        self.rubric_combo.blockSignals(False)

    def _populate(self, b: Bundle, keep_scroll: bool = False) -> None:
        hpos = self.body_area.horizontalScrollBar().value()
        vpos = self.body_area.verticalScrollBar().value()
        self.bundle = b
        self._fill_combos(b)
        if b.error or b.report is None:
            self.aggregate = None
            self._show_empty(self.tr("This kind has fewer than two cases: nothing to compare yet.") if b.error == "few"
                             else None)
            self.reportShown.emit()
            return
        rep = b.report
        if rep.rubric is None:
            self.status.setText(self.tr("No rubric “{0}” in cases/rubrics/: the cases are shown without ratings.")
                                .format(self.rubric_id))
        ids = rep.comparison.ids
        if self.current_case not in ids:
            self.current_case = ids[0]
        self.aggregate = rep.aggregate
        self.empty.hide()
        self.header_area.show()
        self.body_area.show()
        self._build_grid(rep, b)
        self._build_rating_form()
        self._update_scores()
        self.export_button.setEnabled(True)
        if keep_scroll:
            self.body_area.horizontalScrollBar().setValue(hpos)
            self.body_area.verticalScrollBar().setValue(vpos)
        problems = [p for p in b.team.problems] if b.team else []
        if problems:
            self.status.setText(self.tr("{0} team file(s) with problems (see the Problems panel): {1}")
                                .format(len(problems), str(problems[0])))
        elif rep.rubric is not None:
            self.status.setText("")
        self.reportShown.emit()

    def _cell(self, text: str, rich: bool = False, width: int = COL_W, obj: str = "compareCell") -> QLabel:
        lab = QLabel(text if rich else _esc(text).replace("\n", "<br>"))
        lab.setObjectName(obj)
        lab.setTextFormat(Qt.TextFormat.RichText)
        lab.setWordWrap(True)
        lab.setFixedWidth(width)
        lab.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        lab.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lab.setContentsMargins(6, 4, 6, 4)
        return lab

    def _build_grid(self, rep, b: Bundle) -> None:
        from kb_app.core.team.compare import theme_label
        from .case import severity_label

        lang = self._lang()
        cols = rep.comparison.columns
        agg = rep.aggregate
        best = set(agg.best) if agg is not None else set()
        # header
        head = QWidget()
        hg = QGridLayout(head)
        hg.setContentsMargins(0, 4, 0, 4)
        hg.setHorizontalSpacing(6)
        corner = self._cell(self.tr("Cases: {0}").format(len(cols)), width=HEAD_W, obj="compareRowHead")
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
            title.setToolTip(self.tr("Open the case"))
            title.linkActivated.connect(lambda href: self.caseRequested.emit(href.split(":", 1)[1]))
            meta = QLabel(_esc(f"{col.id} · {col.case.date}"))
            meta.setObjectName("paneHint")
            score = QLabel()
            score.setObjectName("compareScore")
            chart = ScoreChart(box)
            bl.addWidget(title)
            bl.addWidget(meta)
            bl.addWidget(score)
            bl.addWidget(chart)
            box.mousePressEvent = (lambda ev, cid=col.id: self.select_case(cid))
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
            lab = self._cell(label, width=HEAD_W, obj="compareSection" if section else "compareRowHead")
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

        heading(self.tr("At a glance"))
        badges = []
        for col in cols:
            s = col.summary
            tone = (self.library.vocab.outcomes.get(s.status, {}) or {}).get("tone", "neutral") \
                if self.library.vocab is not None else "neutral"
            fg, bg = TONE.get(tone, TONE["neutral"])
            badges.append(self._cell(f"<span style='color:{fg}; background:{bg}'>&nbsp;{_esc(self._label('outcomes', s.status))}"
                                     f"&nbsp;</span> {_esc(s.outcome)}", rich=True))
        add_row(self.tr("Outcome"), badges)
        add_row(self.tr("Time to resolution"), [self._cell(c.summary.resolution or self.tr("not stated")) for c in cols])
        add_row(self.tr("Industry"), [self._cell(self._label("industries", c.summary.industry)) for c in cols])
        add_row(self.tr("Severity"), [self._cell(severity_label(c.summary.severity)) for c in cols])
        sep = self.tr(", ")
        add_row(self.tr("Stakes"), [self._cell(sep.join(self._label("stakes", s) for s in c.summary.stakes) or "—")
                                    for c in cols])
        add_row(self.tr("Soft skills"), [self._cell(sep.join(self._label("skills", s) for s in c.summary.soft_skills))
                                         for c in cols])
        add_row(self.tr("Lessons"), [self._cell("\n".join("• " + b.lesson_titles.get(l, l) for l in c.summary.lessons))
                                     for c in cols])
        only = rep.comparison.only
        add_row(self.tr("Only this case"),
                [self._cell(sep.join(theme_label(t, lang) for t in only.get(c.id, [])) or "—") for c in cols])

        heading(self.tr("Actions, step by step"))
        for srow in rep.comparison.steps:
            cells = []
            for c in cols:
                steps = srow.cells.get(c.id, [])
                cells.append(self._cell("\n".join("▸ " + s for s in steps) if steps else "—"))
            add_row(theme_label(srow.theme, lang), cells)

        if rep.standard is not None:
            heading(self.tr("Against the standard: {0}").format(rep.standard.title))
            names = {"met": self.tr("met"), "late": self.tr("late"), "unclear": self.tr("done, time not stated"),
                     "missed": self.tr("missed")}
            for i, e in enumerate(rep.standard.expected):
                cells = []
                for c in cols:
                    ch = rep.checks[c.id][i]
                    fg, bg = TONE[CHECK_TONE[ch.status]]
                    extra = f" ({_esc(ch.stated)})" if ch.stated else ""
                    cells.append(self._cell(f"<span style='color:{fg}; background:{bg}'>&nbsp;{_esc(names[ch.status])}"
                                            f"&nbsp;</span>{extra}", rich=True))
                add_row(e.action, cells)

        sec_names = {"situation": self.tr("Situation"), "actions": self.tr("Actions"), "outcome": self.tr("Outcome"),
                     "lessons": self.tr("Lessons learned")}
        heading(self.tr("The cases, section by section"))
        for sec in ("situation", "actions", "outcome", "lessons"):
            add_row(sec_names[sec], [self._cell(c.sections.get(sec) or "—") for c in cols], section=True)
        g.setColumnStretch(len(cols) + 1, 1)
        g.setRowStretch(row[0], 1)
        body.setStyleSheet("QLabel#compareCell { background: #ffffff; border: 1px solid #e5e7eb; border-radius: 4px; }"
                           "QLabel#compareCell[best=\"true\"] { background: #f0fdf4; border-color: #86efac; }"
                           "QLabel#compareRowHead { color: #4b5563; }"
                           "QLabel#compareSection { color: #111827; }")
        self.body_area.setWidget(body)

    # -- the rating pane ---------------------------------------------------------------------------------------
    def _build_rating_form(self) -> None:
        b = self.bundle
        rep = b.report
        while self.form_layout.count():
            w = self.form_layout.takeAt(0).widget()
            if w is not None:
                w.deleteLater()
        self._rows = {}
        self.case_combo.blockSignals(True)
        self.case_combo.clear()
        for col in rep.comparison.columns:
            self.case_combo.addItem(col.case.title, col.id)
        self.case_combo.setCurrentIndex(max(0, self.case_combo.findData(self.current_case)))
        self.case_combo.blockSignals(False)
        rubric = rep.rubric
        can_rate = rubric is not None and bool(b.rater)
        self.rating_form.setEnabled(can_rate)
        if rubric is None:
            return
        lang = self._lang()
        for crit in rubric.criteria:
            box = QFrame(self.rating_form)
            box.setObjectName("criterionRow")
            v = QVBoxLayout(box)
            v.setContentsMargins(0, 0, 0, 0)
            v.setSpacing(2)
            name = QLabel(f"<b>{_esc(crit.name(lang))}</b> <span style='color:#6b7280'>×{crit.weight:g}</span>")
            name.setToolTip("\n".join(f"{s}: {crit.level_text(s, lang)}" for s in crit.levels))
            buttons = QHBoxLayout()
            buttons.setSpacing(2)
            group = QButtonGroup(box)
            group.setExclusive(False)
            for s in rubric.scale:
                btn = QToolButton(box)
                btn.setObjectName(f"score_{crit.key}_{s}")
                btn.setText(str(s))
                btn.setCheckable(True)
                btn.setToolTip(crit.level_text(s, lang))
                btn.setFixedSize(QSize(30, 26))
                group.addButton(btn, s)
                buttons.addWidget(btn)
            buttons.addStretch(1)
            level = QLabel(box)
            level.setObjectName("levelText")
            level.setWordWrap(True)
            level.setStyleSheet("color: #4b5563;")
            comment = QLineEdit(box)
            comment.setObjectName(f"comment_{crit.key}")
            comment.setPlaceholderText(self.tr("Comment (optional)"))
            group.idClicked.connect(lambda s, key=crit.key: self._score_clicked(key, s))
            comment.textEdited.connect(lambda t, key=crit.key: self._comment_edited(key, t))
            v.addWidget(name)
            v.addLayout(buttons)
            v.addWidget(level)
            v.addWidget(comment)
            self.form_layout.addWidget(box)
            self._rows[crit.key] = {"group": group, "level": level, "comment": comment, "crit": crit}
        self._load_form()

    def _value(self, cid: str, key: str):
        """This rater's score for a cell: the draft if any, else their file's."""
        b = self.bundle
        if cid in b.drafts and key in b.drafts[cid]:
            return b.drafts[cid][key]
        return b.own.get(cid, {}).get(key)

    def _load_form(self) -> None:
        lang = self._lang()
        for key, r in self._rows.items():
            s = self._value(self.current_case, key)
            score = s.score if s is not None else None
            for btn in r["group"].buttons():
                btn.setChecked(r["group"].id(btn) == score)
            r["comment"].setText(s.comment if s is not None else "")
            r["comment"].setCursorPosition(0)
            r["level"].setText(r["crit"].level_text(score, lang) if score is not None else self.tr("Not rated yet"))
        self._update_draft_label()

    def select_case(self, cid: str) -> None:
        if not cid or self.bundle is None or self.bundle.report is None:
            return
        self.current_case = cid
        self.case_combo.setCurrentIndex(max(0, self.case_combo.findData(cid)))
        self._load_form()
        self._mark_columns()

    def step_case(self, step: int) -> None:
        if self.bundle is None or self.bundle.report is None:
            return
        ids = self.bundle.report.comparison.ids
        i = ids.index(self.current_case) if self.current_case in ids else 0
        self.select_case(ids[max(0, min(len(ids) - 1, i + step))])

    def rate(self, case_id: str, criterion: str, score: int | None, comment: str | None = None) -> None:
        """Set this rater's score (and comment) of one cell: shown at once, kept as a draft."""
        from kb_app.core.team.ratings import Score

        b = self.bundle
        old = self._value(case_id, criterion)
        new = Score(score, comment if comment is not None else (old.comment if old is not None else ""))
        b.drafts.setdefault(case_id, {})[criterion] = new
        self._pending[(case_id, criterion)] = new
        self.draft_timer.start()
        if case_id == self.current_case:
            self._load_form()
        self._update_scores()

    def _score_clicked(self, key: str, s: int) -> None:
        cur = self._value(self.current_case, key)
        score = None if cur is not None and cur.score == s else s   # a second click clears it
        self.rate(self.current_case, key, score)

    def _comment_edited(self, key: str, text: str) -> None:
        from kb_app.core.team.ratings import Score

        cur = self._value(self.current_case, key)
        new = Score(cur.score if cur is not None else None, text)
        self.bundle.drafts.setdefault(self.current_case, {})[key] = new
        self._pending[(self.current_case, key)] = new
        self.draft_timer.start()
        self._update_draft_label()

    def flush_drafts(self) -> None:
        """Write the pending draft cells to state.db (the writer thread)."""
        self.draft_timer.stop()
        if not self._pending or self.bundle is None or not self.bundle.rater:
            self._pending.clear()
            return
        pending, self._pending = dict(self._pending), {}
        rater, rubric = self.bundle.rater, self.rubric_id
        knowledge_base = self.library.knowledge_base

        def work(job):
            st = knowledge_base().state
            for (cid, key), s in pending.items():
                st.save_rating_draft(rater, rubric, cid, key, s.score, s.comment)
            return len(pending)

        self.library.runner.write(work, on_done=lambda n: self.draftSaved.emit(),
                                  on_error=lambda e: self.status.setText(self.tr("Could not keep the draft: {0}").format(e)),
                                  name="rating-draft", cancellable=False)

    def _draft_count(self) -> int:
        b = self.bundle
        if b is None:
            return 0
        return sum(1 for cid, row in b.drafts.items() for key, s in row.items()
                   if (b.own.get(cid, {}).get(key) is None and (s.score is not None or s.comment))
                   or (b.own.get(cid, {}).get(key) is not None and (b.own[cid][key].score, b.own[cid][key].comment)
                       != (s.score, s.comment)))

    def _update_draft_label(self) -> None:
        b = self.bundle
        n = self._draft_count()
        if b is None or b.report is None or b.report.rubric is None:
            self.draft_label.setText("")
        elif not b.rater:
            self.draft_label.setText(self.tr("Enter your name as rater (top bar or Preferences) to rate."))
        elif n:
            self.draft_label.setText(self.tr("Unsaved draft ratings: {0}, kept if the app closes. "
                                             "Save ratings writes ratings/{1}.yaml.").format(n, self._slug()))
        else:
            self.draft_label.setText(self.tr("Rating as {0}: everything is saved in ratings/{1}.yaml.")
                                     .format(b.rater, self._slug()))
        self.save_button.setEnabled(bool(n) and bool(b and b.rater))

    def _slug(self) -> str:
        from kb_app.core.team.ratings import rater_slug

        try:
            return rater_slug(self.bundle.rater)
        except ValueError:
            return "?"

    # -- aggregates ------------------------------------------------------------------------------------------
    def _update_scores(self) -> None:
        from kb_app.core.team.agreement import aggregate, reading

        b = self.bundle
        rep = b.report
        rubric = rep.rubric
        if rubric is None:
            return
        drafts = {b.rater_key: b.drafts} if b.drafts and b.rater else None
        agg = aggregate(rubric, b.team.ratings, rep.comparison.ids, drafts)
        self.aggregate = agg
        lang = self._lang()
        for cid, chart in self._charts.items():
            cs = agg.cases[cid]
            rows = [(c.name(lang), cs.cells[c.key].mean, cs.cells[c.key].low, cs.cells[c.key].high)
                    for c in rubric.criteria]
            chart.set_data(rows, rubric.scale_min, rubric.scale_max, cid in agg.best)
            lab = self._score_labels[cid]
            if cs.weighted is None:
                lab.setText(f"<span style='color:#6b7280'>{_esc(self.tr('Not rated yet'))}</span>")
            else:
                best_text = self.tr("Best handled")
                raters_text = self.tr("raters: {0}").format(cs.raters)
                star = (f" <span style='color:#166534; background:#dcfce7'>&nbsp;★ {_esc(best_text)}&nbsp;</span>"
                        if cid in agg.best else "")
                lab.setText(f"<b style='font-size:15px'>{cs.weighted:.2f}</b> "
                            f"<span style='color:#6b7280'>/ {rubric.scale_max} · {cs.percent:.0f}% · "
                            f"{_esc(raters_text)}</span>{star}")
        self._mark_columns()
        head = self.header_area.widget()
        if head is not None:
            head.adjustSize()
            self.header_area.setFixedHeight(min(360, head.sizeHint().height() + 6))
        o = agg.overall
        if o.alpha is not None:
            self.alpha_label.setText(self.tr("Agreement (Krippendorff's α, ordinal): {0} · raters: {1}")
                                     .format(f"{o.alpha:.2f}", len(agg.raters)))
        else:
            self.alpha_label.setText(self.tr("Agreement: not measurable yet · raters: {0}").format(len(agg.raters)))
        self.reading_label.setText("<br>".join(self._sentence(code, key, agg) for code, key, _ in reading(agg)))
        t = self.agg_table
        t.setRowCount(len(rubric.criteria))
        for i, c in enumerate(rubric.criteria):
            st = agg.per_criterion[c.key]
            vals = [c.name(lang), f"{st.mean:.2f}" if st.mean is not None else "—",
                    f"{st.spread:.2f}" if st.spread is not None else "—",
                    f"{st.alpha:.2f}" if st.alpha is not None else "—"]
            for j, v in enumerate(vals):
                item = QTableWidgetItem(v)
                if j == 3:
                    from PySide6.QtGui import QColor

                    item.setForeground(QColor(LEVEL_COLOR.get(st.level, "#374151")))
                t.setItem(i, j, item)
        t.resizeColumnsToContents()
        t.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        t.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        t.setFixedHeight(t.horizontalHeader().sizeHint().height() + sum(t.rowHeight(i) for i in range(t.rowCount())) + 4)
        self.standard_button.setEnabled(bool(agg.best) and bool(self.kind) and not self.ids)
        self.standard_button.setToolTip(self.tr("Start cases/standards/<kind>.md from the best-rated case and the rubric")
                                        if agg.best else self.tr("Rate the cases first: the standard starts from the best one"))
        self._update_draft_label()

    def _sentence(self, code: str, key: str, agg) -> str:
        rubric = agg.rubric
        crit = rubric.criterion(key) if key else None
        name = _esc(crit.name(self._lang())) if crit else ""
        o = agg.overall.alpha
        a = f"{o:.2f}" if o is not None else ""
        text = {
            "no-ratings": self.tr("No ratings yet: rate the cases to see scores and agreement."),
            "one-rater": self.tr("One rater so far: agreement needs at least two."),
            "overall-agree": self.tr("Raters agree overall (α {0}).").format(a),
            "overall-tentative": self.tr("Raters partly agree overall (α {0}): conclusions are tentative.").format(a),
            "overall-disagree": self.tr("Raters disagree overall (α {0}): compare notes before deciding.").format(a),
            "uniform": self.tr("Every rating is the same score: no disagreement to measure."),
            "criterion-disagree": self.tr("Raters disagree on {0}: discuss it first.").format(name),
            "criterion-tentative": self.tr("Raters partly agree on {0}.").format(name),
        }.get(code, code)
        color = "#b91c1c" if "disagree" in code else ("#92400e" if "tentative" in code else "#374151")
        return f"<span style='color:{color}'>{_esc(text)}</span>"

    def _mark_columns(self) -> None:
        best = set(self.aggregate.best) if self.aggregate is not None else set()
        for box in self._columns:
            cid = box.property("caseId")
            border = "#16a34a" if cid in best else "#e5e7eb"
            bg = "#f0fdf4" if cid in best else "#ffffff"
            width = 2 if cid in best else 1
            outline = "; outline: none"
            sel = cid == self.current_case
            box.setStyleSheet(f"QFrame#compareColumnHead {{ background: {bg}; border: {width}px solid {border}; "
                              f"border-radius: 6px; {'border-bottom: 3px solid #2563eb;' if sel else ''} }}"
                              f"QFrame#compareColumnHead QLabel {{ background: transparent; border: none{outline}; }}")
            box.setProperty("best", cid in best)

    # -- saving, standards, export -------------------------------------------------------------------------------
    def save_ratings(self) -> None:
        b = self.bundle
        if b is None or b.report is None or b.report.rubric is None or not b.rater:
            return
        self.flush_drafts()
        rater, rubric, cases_dir = b.rater, b.report.rubric, self.library.cases_dir
        knowledge_base = self.library.knowledge_base
        rubric_id = self.rubric_id

        def work(job):
            from kb_app.core.team.ratings import Score, save_ratings

            kb = knowledge_base()
            changes: dict = {}
            for row in kb.state.rating_drafts(rater, rubric_id):
                changes.setdefault(row["case_id"], {})[row["criterion"]] = Score(row["score"], row["comment"] or "")
            path = save_ratings(kb.cases_dir, rater, rubric, changes)
            kb.state.clear_rating_drafts(rater, rubric_id)
            return str(path)

        def done(path):
            self.status.setText(self.tr("Saved your ratings to {0}").format(path))
            self.ratingsSaved.emit(path)
            self.refresh()

        self.library.runner.write(work, on_done=done, name="save-ratings",
                                  on_error=lambda e: self.status.setText(self.tr("Ratings not saved: {0}").format(
                                      getattr(e, "message", str(e)))))

    def write_standard(self) -> None:
        b = self.bundle
        if b is None or self.aggregate is None or not self.aggregate.best or not self.kind:
            return
        kind, best_ids, rubric, lang = self.kind, list(self.aggregate.best), b.report.rubric, self._lang()
        kind_label = self._label("kinds", kind)
        knowledge_base = self.library.knowledge_base

        def work(job):
            from kb_app.core.team.standards import new_standard, standard_path, write_standard

            kb = knowledge_base()
            path = standard_path(kb.cases_dir, kind)
            if path.exists():
                return str(path), False
            best = [kb.corpus.cases[i] for i in best_ids if i in kb.corpus.cases]
            text = new_standard(kind, best, rubric, lang, kind_label)
            return str(write_standard(kb.cases_dir, kind, text)), True

        def done(res):
            path, created = res
            self.status.setText((self.tr("Wrote {0}: edit it with the team.") if created
                                 else self.tr("{0} already exists: opened it.")).format(path))
            self.open_external(QUrl.fromLocalFile(path))
            self.standardWritten.emit(path)

        self.library.runner.write(work, on_done=done, name="write-standard",
                                  on_error=lambda e: self.status.setText(self.tr("Could not write the standard: {0}")
                                                                         .format(e)))

    def markdown(self) -> str:
        from kb_app.core.team.report import Report
        from kb_app.core.team.compare_export import to_markdown

        rep = self.bundle.report
        rep = Report(rep.comparison, rep.rubric, self.aggregate, rep.standard, rep.checks, rep.problems)
        return to_markdown(rep, self.library.vocab, self._lang())

    def export(self, path: str, fmt: str) -> None:
        """Write the comparison with its ratings and agreement (md, csv or pdf) to `path`."""
        from kb_app.core.team.report import Report
        from kb_app.core.team.compare_export import to_csv

        if self.bundle is None or self.bundle.report is None:
            return
        if fmt == "pdf":
            doc = QTextDocument()
            doc.setMarkdown(self.markdown())
            doc.setDefaultStyleSheet("table { border-collapse: collapse; } td, th { border: 1px solid #999; padding: 3px; }")
            writer = QPdfWriter(path)
            writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
            writer.setPageOrientation(QPageLayout.Orientation.Landscape)
            writer.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout.Unit.Millimeter)
            doc.print_(writer)
            self.status.setText(self.tr("Exported to {0}").format(path))
            return
        rep = self.bundle.report
        rep = Report(rep.comparison, rep.rubric, self.aggregate, rep.standard, rep.checks, rep.problems)
        text = self.markdown() if fmt == "md" else to_csv(rep, self.library.vocab, self._lang())

        def work(job):
            from kb_app.core.fsutil import atomic_write

            atomic_write(Path(path), text)
            return path

        self.library.runner.write(work, on_done=lambda p: self.status.setText(self.tr("Exported to {0}").format(p)),
                                  on_error=lambda e: self.status.setText(self.tr("Export failed: {0}").format(e)),
                                  name="export")

    def _export_dialog(self, fmt: str) -> None:
        filters = {"md": self.tr("Markdown (*.md)"), "csv": self.tr("CSV (*.csv)"), "pdf": self.tr("PDF (*.pdf)")}
        name = f"compare-{self.kind or 'cases'}.{fmt}"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the comparison"), name, filters[fmt])
        if path:
            self.export(path, fmt)


class CompareWindow(QWidget):
    """The Compare view in its own window (it wants the whole width of the screen)."""

    def __init__(self, library, parent=None):
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("compareWindow")
        self.view = CompareView(library, self)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.view)
        s = settings.settings()
        geo = s.value(GEOMETRY_KEY)
        if geo is not None:
            self.restoreGeometry(geo)
        else:
            self.resize(1400, 880)
        sizes = s.value(SPLITTER_KEY)
        if sizes:
            try:
                self.view.splitter.setSizes([int(x) for x in sizes])
            except (TypeError, ValueError):
                pass
        self.view.kind = str(s.value(KIND_KEY, "") or "")
        self.view.rubric_id = str(s.value(RUBRIC_KEY, "default") or "default")
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Compare cases"))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def save_state(self) -> None:
        s = settings.settings()
        s.setValue(GEOMETRY_KEY, self.saveGeometry())
        s.setValue(SPLITTER_KEY, self.view.splitter.sizes())
        if self.view.kind:
            s.setValue(KIND_KEY, self.view.kind)
        s.setValue(RUBRIC_KEY, self.view.rubric_id)

    def closeEvent(self, event) -> None:
        self.view.flush_drafts()
        self.save_state()
        super().closeEvent(event)


# -- texts other windows show for this area (kept in the compare_* catalogues) -----------------------------------
def tr_text(key: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return {
        "action": QCoreApplication.translate("CompareWindow", "Compare cases…"),
        "action_tip": QCoreApplication.translate("CompareWindow", "Cases of one kind side by side, rated against a rubric"),
        "selected": QCoreApplication.translate("CompareWindow", "Compare the selected cases"),
        "rater": QCoreApplication.translate("CompareWindow", "Rater name"),
        "rater_hint": QCoreApplication.translate("CompareWindow", "default: git's user.name"),
    }[key]
