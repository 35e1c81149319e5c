"""The Compare window: the top bar and the status line over the grid and the rating pane.

    [kind ▾] [rubric ▾] rater [____]        [Save ratings] [Write standard] [Export ▾]
    | case headers: title, weighted score, ★ best, per-criterion chart |  rating pane:
    | summary rows / aligned action steps / sections / the standard     |  case ▾, per criterion
    | (one grid: rows stay aligned; the header follows its scrolling)   |  1..5 + comment; aggregates

CompareView chooses what to compare, loads it (load.py, on the serial writer), hands the result
to the grid and the rating pane, and recomputes the aggregate on the UI thread (a few dozen
numbers) when a score changes. CompareWindow gives it a window and remembers its state.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLabel, QLineEdit, QMenu, QPushButton, QScrollArea, QSplitter,
                               QToolButton, QVBoxLayout, QWidget)

from ... import i18n, settings
from ...geometry import open_at
from ...workers import RequestTokens, is_cancellation
from . import export, standard
from .grid import CompareGrid
from .load import Bundle, load
from .rating import RatingPane
from ...errors import error_text

# remembered window state (QSettings; never user content)
GEOMETRY_KEY = "compare/geometry"
SPLITTER_KEY = "compare/splitter"
KIND_KEY = "compare/kind"
RUBRIC_KEY = "compare/rubric"


class CompareView(QWidget):
    caseRequested = Signal(str)
    reportShown = Signal()            # a comparison (or its empty state) is on screen
    ratingsSaved = Signal(str)        # path of the rater's file
    standardWritten = Signal(str)     # path of the standard
    standardApproved = Signal(str)    # path of the standard approved
    draftSaved = Signal()

    def __init__(self, library, parent=None):
        super().__init__(parent)
        self.setObjectName("compareView")
        self.library = library
        self.tokens = RequestTokens()
        self.bundle: Bundle | None = None
        self.kind = ""
        self.ids: list[str] | None = None
        self.aggregate = None
        self.open_external = lambda url: QDesktopServices.openUrl(url)   # tests replace it

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
        self.approve_button = QPushButton(self)
        self.approve_button.setObjectName("approveStandard")
        self.approve_button.clicked.connect(self.approve_standard)
        self.approve_button.setEnabled(False)
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
        for w in (self.save_button, self.standard_button, self.approve_button, self.export_button):
            bar.addWidget(w)
        self.status = QLabel(self)
        self.status.setObjectName("compareStatus")
        self.status.setWordWrap(True)

        # -- the comparison (the grid) and the rating pane
        self.grid = CompareGrid(self)
        self.grid.caseRequested.connect(self.caseRequested)
        self.grid.caseClicked.connect(self.select_case)
        # An empty child left over from before the split (the pane's labels were once created in it,
        # then moved): it sits at the view's top-left corner, over the left end of the kind box.
        self.rating_pane = QWidget(self)
        self.rating_pane.setObjectName("ratingPane")
        self.pane = RatingPane(library, self)
        self.pane.caseChosen.connect(self.select_case)
        self.pane.scoresChanged.connect(self._update_scores)
        self.pane.saveable.connect(self.save_button.setEnabled)
        self.pane.message.connect(self.status.setText)
        self.pane.draftSaved.connect(self.draftSaved)
        self.pane.ratingsSaved.connect(self._ratings_saved)
        pane_scroll = QScrollArea(self)
        pane_scroll.setObjectName("ratingScroll")
        pane_scroll.setWidgetResizable(True)
        pane_scroll.setWidget(self.pane)
        pane_scroll.setMinimumWidth(330)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("compareSplitter")
        self.splitter.addWidget(self.grid)
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

    # the case being rated and the rubric its drafts belong to are the rating pane's
    @property
    def current_case(self) -> str:
        return self.pane.case

    @current_case.setter
    def current_case(self, cid: str) -> None:
        self.pane.case = cid

    @property
    def rubric_id(self) -> str:
        return self.pane.rubric_id

    @rubric_id.setter
    def rubric_id(self, rid: str) -> None:
        self.pane.rubric_id = rid

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
        self.standard_button.setToolTip(standard.tip(True))
        self.approve_button.setText(self.tr("Approve standard"))
        self.approve_button.setToolTip(standard.approve_tip(self.approve_button.isEnabled()))
        self.export_button.setText(self.tr("Export"))
        self.act_md.setText(self.tr("Markdown…"))
        self.act_csv.setText(self.tr("CSV…"))
        self.act_pdf.setText(self.tr("PDF…"))
        self.pane.retranslateUi()
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
        knowledge_base = self.library.knowledge_base

        def work(job) -> Bundle:
            return load(knowledge_base(), kind, ids, rubric_id, rater)

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
                self.status.setText(self.tr("Could not compare: {0}").format(error_text(e)))
                self.reportShown.emit()

        # on the writer: the drafts are in state.db, whose connection lives on that thread
        self.library.runner.write(work, on_done=done, on_error=failed, name="compare")

    # -- showing ---------------------------------------------------------------------------------------------------
    def _show_empty(self, text: str | None = None) -> None:
        self.grid.show_empty(text or self.tr("Pick a kind of incident above, or select two to ten cases in the "
                                             "search results and choose Compare (Ctrl+Shift+C)."))
        self.save_button.setEnabled(False)
        self.standard_button.setEnabled(False)
        self._set_approvable(False)
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
        hpos = self.grid.body_area.horizontalScrollBar().value()
        vpos = self.grid.body_area.verticalScrollBar().value()
        self.bundle = self.pane.bundle = b
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
        self.grid.show_grid()
        self.grid.build(rep, b.lesson_titles, self.library.vocab, self._label, self._lang())
        self.pane.build_form()
        self._update_scores()
        self.export_button.setEnabled(True)
        self._set_approvable(rep.standard is not None and not rep.standard.approved and bool(self.kind) and not self.ids)
        if keep_scroll:
            self.grid.body_area.horizontalScrollBar().setValue(hpos)
            self.grid.body_area.verticalScrollBar().setValue(vpos)
        problems = [p for p in b.team.problems] if b.team else []
        if problems:
            self.status.setText(self.tr("{0} team file(s) with problems (see the Problems panel): {1}")
                                .format(len(problems), str(problems[0])))
        elif rep.rubric is not None:
            self.status.setText("")
        self.reportShown.emit()

    def _update_scores(self) -> None:
        """The aggregate again (this rater's drafts counted): the grid's scores, the pane's agreement."""
        from kb_app.core.team.agreement import aggregate

        b = self.bundle
        rep = b.report
        rubric = rep.rubric
        if rubric is None:
            return
        drafts = {b.rater_key: b.drafts} if b.drafts and b.rater else None
        agg = aggregate(rubric, b.team.ratings, rep.comparison.ids, drafts)
        self.aggregate = agg
        lang = self._lang()
        self.grid.show_scores(agg, rubric, lang, self.current_case)
        self.pane.show_aggregate(agg, rubric, lang)
        self.standard_button.setEnabled(bool(agg.best) and bool(self.kind) and not self.ids)
        self.standard_button.setToolTip(standard.tip(bool(agg.best)))
        self.pane.update_draft_label()

    def _mark_columns(self) -> None:
        best = set(self.aggregate.best) if self.aggregate is not None else set()
        self.grid.mark_columns(best, self.current_case)

    # -- rating ------------------------------------------------------------------------------------------------
    def select_case(self, cid: str) -> None:
        if not cid or self.bundle is None or self.bundle.report is None:
            return
        self.pane.select(cid)
        self._mark_columns()

    def step_case(self, step: int) -> None:
        if self.bundle is None or self.bundle.report is None:
            return
        ids = self.bundle.report.comparison.ids
        i = ids.index(self.current_case) if self.current_case in ids else 0
        self.select_case(ids[max(0, min(len(ids) - 1, i + step))])

    def rate(self, case_id: str, criterion: str, score: int | None, comment: str | None = None) -> None:
        """Set this rater's score (and comment) of one cell: shown at once, kept as a draft."""
        self.pane.rate(case_id, criterion, score, comment)

    def flush_drafts(self) -> None:
        """Write the pending draft cells to state.db (the writer thread)."""
        self.pane.flush_drafts()

    def save_ratings(self) -> None:
        self.pane.save_ratings()

    def _ratings_saved(self, path: str) -> None:
        self.ratingsSaved.emit(path)
        self.refresh()

    # -- standards, export -------------------------------------------------------------------------------------
    def write_standard(self) -> None:
        b = self.bundle
        if b is None or self.aggregate is None or not self.aggregate.best or not self.kind:
            return
        standard.write(self.library, self.kind, list(self.aggregate.best), b.report.rubric, self._lang(),
                       self._label("kinds", self.kind), self._standard_opened, self.status.setText)

    def _standard_opened(self, path: str) -> bool:
        ok = bool(self.open_external(QUrl.fromLocalFile(path)))
        self.standardWritten.emit(path)
        return ok

    def _set_approvable(self, can: bool) -> None:
        self.approve_button.setEnabled(can)
        self.approve_button.setToolTip(standard.approve_tip(can))

    def approve_standard(self) -> None:
        """The kind's draft standard becomes the team's standard (status: approved)."""
        if not self.kind or not self.approve_button.isEnabled():
            return
        self._set_approvable(False)
        standard.approve(self.library, self.kind, self._standard_approved, self.status.setText)

    def _standard_approved(self, path: str) -> None:
        self.standardApproved.emit(path)
        self.library.load()  # incremental: the incident pane's card and this view follow at once

    def markdown(self) -> str:
        return export.markdown(self.bundle.report, self.aggregate, self.library.vocab, self._lang())

    def export(self, path: str, fmt: str) -> None:
        """Write the comparison with its ratings and agreement (md, csv or pdf) to `path`."""
        if self.bundle is None or self.bundle.report is None:
            return
        export.write(self.library, self.bundle.report, self.aggregate, self._lang(), path, fmt, self.status.setText,
                     self.bundle.lesson_titles)

    def _export_dialog(self, fmt: str) -> None:
        path = export.ask_path(self, self.kind, fmt)
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
        open_at(self, 1600, 900, s.value(GEOMETRY_KEY))  # within the screen (issue 19)
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
