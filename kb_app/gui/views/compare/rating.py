"""The rating pane: what all raters say (agreement in words, per-criterion mean, spread and α), then
this rater's form for one case (per rubric criterion: 1..N buttons and a comment).

A score being typed is a draft: kept in state.db (debounced, on the writer thread) until "Save
ratings" writes the rater's own file, cases/ratings/<rater>.yaml, atomically. Texts stay in the
CompareView context of compare_*.
"""
from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QAbstractItemView, QButtonGroup, QComboBox, QFrame, QHBoxLayout, QHeaderView, QLabel,
                               QLineEdit, QTableWidget, QTableWidgetItem, QToolButton, QVBoxLayout, QWidget)

from ... import i18n
from ...errors import error_text

LEVEL_COLOR = {"agree": "#166534", "tentative": "#92400e", "disagree": "#b91c1c", "uniform": "#374151",
               "unknown": "#6b7280"}


def _esc(s) -> str:
    return html.escape(str(s or ""))


class ReservedLabel(QLabel):
    """A word-wrapped label as tall as the tallest text it may show (`reserve`), so a new text never
    moves what is below it (issue 19: choosing a score moved the criteria below under the mouse)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._texts: list[str] = []
        self.setWordWrap(True)

    def reserve(self, texts) -> None:
        self._texts = [t for t in texts if t]
        self.updateGeometry()

    def _reserved(self, width: int) -> int:
        if not self._texts or width <= 0:
            return 0
        m = self.contentsMargins()
        inner = max(1, width - m.left() - m.right() - 2 * self.margin())
        fm = self.fontMetrics()
        tallest = max(fm.boundingRect(QRect(0, 0, inner, 1 << 20), int(Qt.TextFlag.TextWordWrap), t).height()
                      for t in self._texts)
        return tallest + m.top() + m.bottom() + 2 * self.margin()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return max(super().heightForWidth(width), self._reserved(width))

    def minimumSizeHint(self) -> QSize:
        s = super().minimumSizeHint()
        return QSize(s.width(), max(s.height(), self._reserved(self.width())))


class RatingPane(QWidget):
    """The right of the window. The view hands it each load (`bundle`); the pane keeps the case being
    rated (`case`), the rubric the drafts belong to (`rubric_id`) and the drafts not yet in state.db."""
    caseChosen = Signal(str)      # picked in the case box
    scoresChanged = Signal()      # a score changed: the aggregate wants recomputing
    saveable = Signal(bool)       # there are drafts to save, and a rater to save them as
    message = Signal(str)         # for the window's status line
    draftSaved = Signal()
    ratingsSaved = Signal(str)    # path of the rater's file

    DRAFT_DEBOUNCE_MS = 400

    def __init__(self, library, parent=None):
        super().__init__(parent)
        self.library = library
        self.bundle = None
        self.case = ""
        self.rubric_id = "default"
        self._pending: dict[tuple[str, str], object] = {}
        self._rows: dict[str, dict] = {}

        self.draft_timer = QTimer(self)
        self.draft_timer.setSingleShot(True)
        self.draft_timer.setInterval(self.DRAFT_DEBOUNCE_MS)
        self.draft_timer.timeout.connect(self.flush_drafts)

        self.rating_title = QLabel(self)
        self.rating_title.setObjectName("paneHeading")
        self.case_combo = QComboBox(self)
        self.case_combo.setObjectName("ratingCase")
        self.case_combo.setToolTip("Ctrl+PgUp / Ctrl+PgDown")
        self.case_combo.activated.connect(lambda i: self.caseChosen.emit(self.case_combo.itemData(i)))
        self.rating_form = QWidget(self)
        self.form_layout = QVBoxLayout(self.rating_form)
        self.form_layout.setContentsMargins(0, 0, 0, 0)
        self.form_layout.setSpacing(8)
        self.rating_form.setStyleSheet("QToolButton { border: 1px solid #d1d5db; border-radius: 4px; background: #ffffff; }"
                                       "QToolButton:checked { background: #2563eb; color: #ffffff; border-color: #1d4ed8; }"
                                       "QToolButton:hover { border-color: #2563eb; }")
        self.draft_label = QLabel(self)
        self.draft_label.setObjectName("draftStatus")
        self.draft_label.setWordWrap(True)
        self.agg_title = QLabel(self)
        self.agg_title.setObjectName("paneHeading")
        self.alpha_label = QLabel(self)
        self.alpha_label.setObjectName("alphaLabel")
        self.alpha_label.setWordWrap(True)
        self.reading_label = QLabel(self)
        self.reading_label.setObjectName("readingLabel")
        self.reading_label.setWordWrap(True)
        self.reading_label.setTextFormat(Qt.TextFormat.RichText)
        self.agg_table = QTableWidget(self)
        self.agg_table.setObjectName("aggregateTable")
        self.agg_table.setColumnCount(4)
        self.agg_table.verticalHeader().hide()
        self.agg_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.agg_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.agg_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.agg_table.verticalHeader().setDefaultSectionSize(22)
        il = QVBoxLayout(self)
        il.setContentsMargins(12, 8, 12, 8)
        # the rater's form first, and nothing above it changes height while they rate (issue 19): the
        # agreement and the draft line, which change with every score, come after it
        il.addWidget(self.rating_title)
        il.addWidget(self.case_combo)
        il.addWidget(self.rating_form)
        il.addWidget(self.draft_label)
        il.addSpacing(10)
        il.addWidget(self.agg_title)      # what the team sees: agreement in words and numbers
        il.addWidget(self.alpha_label)
        il.addWidget(self.reading_label)
        il.addWidget(self.agg_table)
        il.addStretch(1)

    def retranslateUi(self) -> None:
        """Called by the view on a language change (with the rest of the window)."""
        self.rating_title.setText(QCoreApplication.translate("CompareView", "Your rating"))
        self.agg_title.setText(QCoreApplication.translate("CompareView", "All raters"))
        self.agg_table.setHorizontalHeaderLabels([QCoreApplication.translate("CompareView", "Criterion"),
                                                  QCoreApplication.translate("CompareView", "Mean"),
                                                  QCoreApplication.translate("CompareView", "Spread"),
                                                  QCoreApplication.translate("CompareView", "α")])

    # -- the form ----------------------------------------------------------------------------------------------
    def build_form(self) -> None:
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
        self.case_combo.setCurrentIndex(max(0, self.case_combo.findData(self.case)))
        self.case_combo.blockSignals(False)
        rubric = rep.rubric
        can_rate = rubric is not None and bool(b.rater)
        self.rating_form.setEnabled(can_rate)
        if rubric is None:
            return
        lang = i18n.current_language()
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
            level = ReservedLabel(box)   # as tall as its longest level text: the rows below never move
            level.setObjectName("levelText")
            level.reserve([crit.level_text(s, lang) for s in rubric.scale]
                          + [QCoreApplication.translate("CompareView", "Not rated yet")])
            level.setStyleSheet("color: #4b5563;")
            comment = QLineEdit(box)
            comment.setObjectName(f"comment_{crit.key}")
            comment.setPlaceholderText(QCoreApplication.translate("CompareView", "Comment (optional)"))
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
        lang = i18n.current_language()
        for key, r in self._rows.items():
            s = self._value(self.case, key)
            score = s.score if s is not None else None
            for btn in r["group"].buttons():
                btn.setChecked(r["group"].id(btn) == score)
            r["comment"].setText(s.comment if s is not None else "")
            r["comment"].setCursorPosition(0)
            r["level"].setText(r["crit"].level_text(score, lang) if score is not None
                               else QCoreApplication.translate("CompareView", "Not rated yet"))
        self.update_draft_label()

    def select(self, cid: str) -> None:
        """Rate `cid` now: the case box and the form follow."""
        self.case = cid
        self.case_combo.setCurrentIndex(max(0, self.case_combo.findData(cid)))
        self._load_form()

    # -- drafts --------------------------------------------------------------------------------------------------
    def rate(self, case_id: str, criterion: str, score: int | None, comment: str | None = None) -> None:
        """Set this rater's score (and comment) of one cell: shown at once, kept as a draft."""
        from kb_app.core.team.ratings import Score

        old = self._value(case_id, criterion)
        new = Score(score, comment if comment is not None else (old.comment if old is not None else ""))
        self._keep(case_id, criterion, new)
        if case_id == self.case:
            self._load_form()
        self.scoresChanged.emit()

    def _score_clicked(self, key: str, s: int) -> None:
        cur = self._value(self.case, key)
        score = None if cur is not None and cur.score == s else s   # a second click clears it
        self.rate(self.case, key, score)

    def _comment_edited(self, key: str, text: str) -> None:
        from kb_app.core.team.ratings import Score

        cur = self._value(self.case, key)
        self._keep(self.case, key, Score(cur.score if cur is not None else None, text))
        self.update_draft_label()

    def _keep(self, cid: str, key: str, score) -> None:
        """A cell's new draft: shown at once, written to state.db after a pause."""
        self.bundle.drafts.setdefault(cid, {})[key] = score
        self._pending[(cid, key)] = score
        self.draft_timer.start()

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

        def failed(e) -> None:
            self.message.emit(QCoreApplication.translate("CompareView", "Could not keep the draft: {0}").format(error_text(e)))

        self.library.runner.write(work, on_done=lambda n: self.draftSaved.emit(), on_error=failed,
                                  name="rating-draft", cancellable=False)

    def _draft_count(self) -> int:
        b = self.bundle
        if b is None:
            return 0
        return sum(1 for cid, row in b.drafts.items() for key, s in row.items()
                   if (b.own.get(cid, {}).get(key) is None and (s.score is not None or s.comment))
                   or (b.own.get(cid, {}).get(key) is not None and (b.own[cid][key].score, b.own[cid][key].comment)
                       != (s.score, s.comment)))

    def update_draft_label(self) -> None:
        b = self.bundle
        n = self._draft_count()
        if b is None or b.report is None or b.report.rubric is None:
            self.draft_label.setText("")
        elif not b.rater:
            self.draft_label.setText(QCoreApplication.translate(
                "CompareView", "Enter your name as rater (top bar or Preferences) to rate."))
        elif n:
            self.draft_label.setText(QCoreApplication.translate(
                "CompareView", "Unsaved draft ratings: {0}, kept if the app closes. "
                               "Save ratings writes ratings/{1}.yaml.").format(n, self._slug()))
        else:
            self.draft_label.setText(QCoreApplication.translate(
                "CompareView", "Rating as {0}: everything is saved in ratings/{1}.yaml.").format(b.rater, self._slug()))
        self.saveable.emit(bool(n) and bool(b and b.rater))

    def _slug(self) -> str:
        """The rater's file name without .yaml, as the load found it (by exact name)."""
        name = getattr(self.bundle, "rater_file", "") or ""
        return name[:-5] if name.endswith(".yaml") else (name or "?")

    def save_ratings(self) -> None:
        """Write this rater's drafts to their own file, cases/ratings/<rater>.yaml (on the writer)."""
        b = self.bundle
        if b is None or b.report is None or b.report.rubric is None or not b.rater:
            return
        self.flush_drafts()
        rater, rubric = b.rater, b.report.rubric
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
            self.message.emit(QCoreApplication.translate("CompareView", "Saved your ratings to {0}").format(path))
            self.ratingsSaved.emit(path)

        def failed(e) -> None:
            self.message.emit(QCoreApplication.translate("CompareView", "Ratings not saved: {0}")
                              .format(error_text(e)))

        self.library.runner.write(work, on_done=done, name="save-ratings", on_error=failed)

    # -- all raters ----------------------------------------------------------------------------------------------
    def show_aggregate(self, agg, rubric, lang: str) -> None:
        """Agreement in numbers and in words, and the per-criterion table, from the aggregate `agg`."""
        from kb_app.core.team.agreement import reading

        o = agg.overall
        if o.alpha is not None:
            self.alpha_label.setText(QCoreApplication.translate(
                "CompareView", "Agreement (Krippendorff's α, ordinal): {0} · raters: {1}")
                                     .format(f"{o.alpha:.2f}", len(agg.raters)))
        else:
            self.alpha_label.setText(QCoreApplication.translate(
                "CompareView", "Agreement: not measurable yet · raters: {0}").format(len(agg.raters)))
        self.reading_label.setText("<br>".join(self._sentence(code, key, agg, lang) for code, key, _ in reading(agg)))
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
                    item.setForeground(QColor(LEVEL_COLOR.get(st.level, "#374151")))
                t.setItem(i, j, item)
        t.resizeColumnsToContents()
        t.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        t.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        t.setFixedHeight(t.horizontalHeader().sizeHint().height() + sum(t.rowHeight(i) for i in range(t.rowCount())) + 4)

    def _sentence(self, code: str, key: str, agg, lang: str) -> str:
        rubric = agg.rubric
        crit = rubric.criterion(key) if key else None
        name = _esc(crit.name(lang)) if crit else ""
        o = agg.overall.alpha
        a = f"{o:.2f}" if o is not None else ""
        text = {
            "no-ratings": QCoreApplication.translate("CompareView",
                                                     "No ratings yet: rate the cases to see scores and agreement."),
            "one-rater": QCoreApplication.translate("CompareView", "One rater so far: agreement needs at least two."),
            "overall-agree": QCoreApplication.translate("CompareView", "Raters agree overall (α {0}).").format(a),
            "overall-tentative": QCoreApplication.translate(
                "CompareView", "Raters partly agree overall (α {0}): conclusions are tentative.").format(a),
            "overall-disagree": QCoreApplication.translate(
                "CompareView", "Raters disagree overall (α {0}): compare notes before deciding.").format(a),
            "uniform": QCoreApplication.translate("CompareView",
                                                  "Every rating is the same score: no disagreement to measure."),
            "criterion-disagree": QCoreApplication.translate(
                "CompareView", "Raters disagree on {0}: discuss it first.").format(name),
            "criterion-tentative": QCoreApplication.translate("CompareView",
                                                              "Raters partly agree on {0}.").format(name),
        }.get(code, code)
        color = "#b91c1c" if "disagree" in code else ("#92400e" if "tentative" in code else "#374151")
        return f"<span style='color:{color}'>{_esc(text)}</span>"
