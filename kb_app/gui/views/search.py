"""The search side of the main window: query, filters, result list and its empty states.

The query runs on committed text (QLineEdit.textChanged never carries an input method's
pre-edit) after a short pause, on the read pool, tagged with a request number so that a late
answer to an older query is dropped.
"""
from __future__ import annotations

from PySide6.QtCore import QDate, QEvent, QLocale, QModelIndex, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QGridLayout, QHBoxLayout, QLabel, QLineEdit,
                               QPushButton, QSizePolicy, QStackedWidget, QStyle, QStyleOptionComboBox,
                               QStylePainter, QToolButton, QVBoxLayout, QWidget)

from .. import i18n
from ..widgets import cards
from ..models import ROLE_ID, SearchResultsModel, VocabLabels, language_label
from ..workers import RequestTokens, is_cancellation
from .answers import card_list, current_id, next_prev_step, pause_timer, reselect, step_to

ANY_DATE = QDate(1900, 1, 1)


class ElidingComboBox(QComboBox):
    """A filter box that never cuts a label mid-word: a label too long for the box ends in "…"
    (the full text in the tooltip and in the list, which is as wide as its longest entry)."""

    def paintEvent(self, event) -> None:
        p = QStylePainter(self)
        opt = QStyleOptionComboBox()
        self.initStyleOption(opt)
        p.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, opt)
        field = self.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, opt,
                                            QStyle.SubControl.SC_ComboBoxEditField, self)
        opt.currentText = self.fontMetrics().elidedText(opt.currentText, Qt.TextElideMode.ElideRight,
                                                        max(10, field.width() - 2))
        p.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, opt)

    def showPopup(self) -> None:
        fm = self.view().fontMetrics()
        widest = max((fm.horizontalAdvance(self.itemText(i)) for i in range(self.count())), default=0)
        self.view().setMinimumWidth(widest + 40)
        super().showPopup()

    def full_text_fits(self) -> bool:
        opt = QStyleOptionComboBox()
        self.initStyleOption(opt)
        field = self.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, opt,
                                            QStyle.SubControl.SC_ComboBoxEditField, self)
        return self.fontMetrics().horizontalAdvance(self.currentText()) <= field.width() - 2


class SearchPanel(QWidget):
    caseRequested = Signal(str, bool)     # case id, move the focus to the case
    chooseFolderRequested = Signal()
    searchShown = Signal(int)             # request number whose results are on screen

    DEBOUNCE_MS = 220
    LIMIT = 100

    def __init__(self, library, parent=None):
        super().__init__(parent)
        self.setObjectName("searchPanel")
        self.library = library
        self.tokens = RequestTokens()
        self._job = None
        self._state = "loading"
        self._error = ""
        self.vocab = None
        self.kind_counts: dict | None = None   # kinds that have cases (None: not loaded yet)

        self.timer = pause_timer(self, self.DEBOUNCE_MS, self.run_search)

        # query
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("searchEdit")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(lambda _t: self.timer.start())
        self.search_edit.textChanged.connect(
            lambda t: self.clear_filters.setEnabled(bool(t) or self.has_filters()) if hasattr(self, "clear_filters") else None)
        self.search_edit.returnPressed.connect(self._enter)
        self.search_edit.installEventFilter(self)
        icon = QIcon(str(_icon_path("search.svg")))
        self.search_edit.addAction(icon, QLineEdit.ActionPosition.LeadingPosition)

        # filters
        self.kind_combo = self._combo("kindFilter")
        self.skill_combo = self._combo("skillFilter")
        self.outcome_combo = self._combo("outcomeFilter")
        self.language_combo = self._combo("languageFilter")
        self.date_from = self._date("dateFrom")
        self.date_to = self._date("dateTo")
        self.date_dash = QLabel("–", self)
        self.clear_filters = QToolButton(self)
        self.clear_filters.setObjectName("clearFilters")
        self.clear_filters.setAutoRaise(True)
        self.clear_filters.clicked.connect(self.reset_filters)
        self.date_label = QLabel(self)
        self.date_label.setObjectName("filterLabel")
        # issue 12: keep to the query's own language (no glossary links to cases in the other one)
        self.same_language = QCheckBox(self)
        self.same_language.setObjectName("sameLanguage")
        self.same_language.toggled.connect(self._filters_changed)

        filters = QWidget(self)
        filters.setObjectName("filters")
        g = QGridLayout(filters)
        g.setContentsMargins(0, 0, 0, 0)
        g.setHorizontalSpacing(6)
        g.setVerticalSpacing(6)
        # three rows, so the pane (and the window) fits a small screen (issue 19: 1024 px wide):
        # kind | skill | outcome / language | date from - to / query's language only ... clear
        g.addWidget(self.kind_combo, 0, 0)
        g.addWidget(self.skill_combo, 0, 1)
        g.addWidget(self.outcome_combo, 0, 2)
        row2 = QHBoxLayout()
        row2.setSpacing(6)
        row2.addWidget(self.language_combo, 2)
        row2.addSpacing(4)
        row2.addWidget(self.date_label)
        row2.addWidget(self.date_from, 2)
        row2.addWidget(self.date_dash)
        row2.addWidget(self.date_to, 2)
        g.addLayout(row2, 1, 0, 1, 3)
        row3 = QHBoxLayout()
        row3.setSpacing(6)
        row3.addWidget(self.same_language)
        row3.addStretch(1)
        row3.addWidget(self.clear_filters)
        g.addLayout(row3, 2, 0, 1, 3)
        for c in range(3):
            g.setColumnStretch(c, 1)

        # results
        self.info = QLabel(self)
        self.info.setObjectName("resultInfo")
        self.model = SearchResultsModel(self)
        self.view = card_list(self, "results", self.model, cards.ResultDelegate)
        self.view.clicked.connect(lambda idx: self._open(idx, False))
        self.view.activated.connect(lambda idx: self._open(idx, True))

        self.empty = QWidget(self)
        self.empty.setObjectName("emptyPage")
        self.empty_title = QLabel(self.empty)
        self.empty_title.setObjectName("emptyTitle")
        self.empty_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_title.setWordWrap(True)
        self.empty_text = QLabel(self.empty)
        self.empty_text.setObjectName("emptyText")
        self.empty_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_text.setWordWrap(True)
        self.empty_button = QPushButton(self.empty)
        self.empty_button.setObjectName("emptyButton")
        self.empty_button.clicked.connect(self.chooseFolderRequested)
        el = QVBoxLayout(self.empty)
        el.setContentsMargins(30, 30, 30, 30)
        el.addStretch(1)
        el.addWidget(self.empty_title)
        el.addWidget(self.empty_text)
        el.addSpacing(10)
        el.addWidget(self.empty_button, 0, Qt.AlignmentFlag.AlignHCenter)
        el.addStretch(2)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.view)

        top = QWidget(self)
        top.setObjectName("searchTop")
        tl = QVBoxLayout(top)
        tl.setContentsMargins(14, 12, 14, 8)
        tl.setSpacing(8)
        tl.addWidget(self.search_edit)
        tl.addWidget(filters)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        lay.addWidget(top)
        info_row = QHBoxLayout()
        info_row.setContentsMargins(20, 2, 20, 2)
        info_row.addWidget(self.info)
        lay.addLayout(info_row)
        lay.addWidget(self.stack, 1)

        for w in (self.kind_combo, self.skill_combo, self.outcome_combo, self.language_combo):
            w.currentIndexChanged.connect(self._filters_changed)
        for w in (self.date_from, self.date_to):
            w.dateChanged.connect(self._filters_changed)
        self.retranslateUi()
        self._show_state("loading")

    # -- building ------------------------------------------------------------------------------------------------
    def _combo(self, name: str) -> QComboBox:
        c = ElidingComboBox(self)
        c.setObjectName(name)
        c.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        c.setMinimumContentsLength(6)
        c.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        return c

    def _date(self, name: str) -> QDateEdit:
        d = QDateEdit(self)
        d.setObjectName(name)
        d.setCalendarPopup(True)
        d.setMinimumDate(ANY_DATE)
        d.setMaximumDate(QDate(2100, 12, 31))
        d.setDate(ANY_DATE)
        d.setDisplayFormat("yyyy-MM-dd")
        d.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        d.setMinimumWidth(d.fontMetrics().horizontalAdvance("0000-00-00") + 44)  # never "ny" for "any"
        d.calendarWidget().installEventFilter(self)
        return d

    def retranslateUi(self) -> None:
        self.search_edit.setPlaceholderText(self.tr("Search cases — 简体, 繁體 or English  (Ctrl+F)"))
        self.search_edit.setToolTip(self.tr("Words in any script; a Traditional query finds Simplified cases too."))
        self.date_label.setText(self.tr("Date"))
        for d in (self.date_from, self.date_to):
            d.setSpecialValueText(self.tr("any"))
            # month and day names follow the UI language (QLocale.setDefault reaches new widgets only)
            d.setLocale(QLocale())
            d.calendarWidget().setLocale(QLocale())
            d.setMinimumWidth(max(d.fontMetrics().horizontalAdvance("0000-00-00"),
                                  d.fontMetrics().horizontalAdvance(self.tr("any"))) + 44)
        self.date_from.setToolTip(self.tr("From this date (inclusive)"))
        self.date_to.setToolTip(self.tr("Up to this date (inclusive)"))
        self.clear_filters.setText(self.tr("Clear"))
        self.clear_filters.setToolTip(self.tr("Clear the query and every filter"))
        self.same_language.setText(self.tr("Query's language only"))
        self.same_language.setToolTip(self.tr("Only cases written in the language of the query: no cases found "
                                              "through the glossary in the other language"))
        self.empty_button.setText(self.tr("Choose a case folder…"))
        self.populate_filters()
        self._show_state(self._state)
        self.model.relabel()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def set_vocab(self, vocab, kind_counts: dict | None = None) -> None:
        self.vocab = vocab
        if kind_counts is not None:
            self.kind_counts = dict(kind_counts)
        self.model.set_vocab(vocab)
        self.populate_filters()

    def populate_filters(self) -> None:
        """(Re)fill the filter lists in the UI language, keeping what is selected."""
        lab = VocabLabels(self.vocab)
        v = self.vocab

        def fill(combo: QComboBox, all_text: str, items: list[tuple[str, str]]):
            keep = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(all_text, None)
            for key, text in items:
                combo.addItem(text, key)
            i = combo.findData(keep) if keep is not None else 0
            combo.setCurrentIndex(max(0, i))
            combo.blockSignals(False)

        # only kinds that have cases (a kind outside the vocabulary too, under its own name)
        present = self.kind_counts
        keys = [k for k in (v.kinds if v else {}) if present is None or present.get(k)]
        keys += [k for k in (present or {}) if k not in keys and k != "unknown"]
        kinds = [(k, lab.label("kinds", k)) for k in keys]
        skills = [(k, lab.label("skills", k)) for k in (v.skills if v else {})]
        outcomes = [(k, lab.label("outcomes", k)) for k in (v.outcomes if v else {})]
        fill(self.kind_combo, self.tr("All kinds"), sorted(kinds, key=lambda t: t[1]))
        fill(self.skill_combo, self.tr("All soft skills"), skills)
        fill(self.outcome_combo, self.tr("All outcomes"), outcomes)
        fill(self.language_combo, self.tr("All languages"), [(l, language_label(l)) for l in i18n.LANGS])
        self._combo_tips()

    def _combo_tips(self) -> None:
        """Each filter's tooltip names it, and the full choice when the box shows it elided."""
        for combo, tip in ((self.kind_combo, self.tr("Incident kind")),
                           (self.skill_combo, self.tr("Soft skill shown in the case")),
                           (self.outcome_combo, self.tr("How the case ended")),
                           (self.language_combo, self.tr("Language the case is written in"))):
            combo.setToolTip(tip if combo.currentIndex() <= 0 else f"{tip}: {combo.currentText()}")

    # -- filters ---------------------------------------------------------------------------------------------------
    def filters(self):
        from kb_app.core.retrieval.search import Filters

        def date(d: QDateEdit):
            return None if d.date() <= ANY_DATE else d.date().toString("yyyy-MM-dd")

        return Filters(kind=self.kind_combo.currentData(), skill=self.skill_combo.currentData(),
                       status=self.outcome_combo.currentData(), language=self.language_combo.currentData(),
                       date_from=date(self.date_from), date_to=date(self.date_to),
                       same_language=self.same_language.isChecked())

    def has_filters(self) -> bool:
        f = self.filters()
        return any([f.kind, f.skill, f.status, f.language, f.date_from, f.date_to, f.same_language])

    def reset_filters(self) -> None:
        """Clear: the query and every filter."""
        self.search_edit.blockSignals(True)
        self.search_edit.clear()
        self.search_edit.blockSignals(False)
        for c in (self.kind_combo, self.skill_combo, self.outcome_combo, self.language_combo):
            c.blockSignals(True)
            c.setCurrentIndex(0)
            c.blockSignals(False)
        for d in (self.date_from, self.date_to):
            d.blockSignals(True)
            d.setDate(ANY_DATE)
            d.blockSignals(False)
        self.same_language.blockSignals(True)
        self.same_language.setChecked(False)
        self.same_language.blockSignals(False)
        self._filters_changed()

    def _filters_changed(self, *args) -> None:
        self.clear_filters.setEnabled(self.has_filters() or bool(self.query()))
        self._combo_tips()
        self.run_search()

    # -- searching ---------------------------------------------------------------------------------------------------
    def query(self) -> str:
        return self.search_edit.text()

    def run_search(self) -> None:
        self.timer.stop()
        if self._job is not None:
            self._job.cancel()
            self._job = None
        seq = self.tokens.next()
        if not self.library.ready:
            return  # index_ready() runs it
        query, filters = self.query(), self.filters()
        self._job = self.library.search(query, filters, self.LIMIT, lang=i18n.current_language(),
                                        on_done=lambda res, seq=seq, q=query: self._on_result(seq, q, res),
                                        on_error=lambda e, seq=seq: self._on_error(seq, e))

    def _on_result(self, seq: int, query: str, result) -> None:
        if not self.tokens.is_current(seq):
            return
        self._job = None
        current = self.current_id()
        self.model.set_result(result, query)
        first_linked = next((i for i, h in enumerate(result.hits) if getattr(h, "via", "")), None)
        if first_linked is not None:  # glossary hits after the exact ones, under their own heading (issue 12)
            self.model.set_sections({first_linked: self.tr("Through the glossary, in the other language")})
        reselect(self.view, self.model, current, quiet=True)
        self.view.scrollToTop()  # a new answer: the best match first (issue 12)
        if result.hits:
            self._show_state("results")
        elif not query.strip() and not self.has_filters():
            self._show_state("no-cases")
        else:
            self._show_state("no-match")
        self.searchShown.emit(seq)

    def _on_error(self, seq: int, error) -> None:
        if not self.tokens.is_current(seq) or is_cancellation(error):
            return
        self._job = None
        from ..library import NotReady

        if isinstance(error, NotReady):  # the index is being rebuilt: index_ready() runs the query again
            self.set_loading()
            return
        self._error = f"{type(error).__name__}: {error}"
        self.model.clear()
        self._show_state("error")
        self.searchShown.emit(seq)

    def index_ready(self) -> None:
        self.run_search()

    def set_loading(self, message: str | None = None) -> None:
        if self.model.rowCount() == 0:
            self._show_state("loading")

    def set_no_folder(self, message: str = "") -> None:
        self._error = message
        self.model.clear()
        self._show_state("no-cases")

    # -- states -------------------------------------------------------------------------------------------------------
    def _show_state(self, state: str) -> None:
        self._state = state
        self.empty_button.setVisible(state == "no-cases")
        if state == "results":
            n, total = self.model.rowCount(), self.model.total
            if not self.query().strip():
                text = self.tr("%n case(s), newest first", "", total) if not self.has_filters() else \
                    self.tr("%n case(s) match the filters", "", total)
            elif total > n:
                text = self.tr("{0} matches, showing the best {1}").format(total, n)
            elif total == 1:
                text = self.tr("1 match")
            else:
                text = self.tr("{0} matches").format(total)
            if self.model.partial:
                text += "  ·  " + self.tr("no case has every word; closest partial matches")
            self.info.setText(text)
            self.stack.setCurrentWidget(self.view)
            return
        self.stack.setCurrentWidget(self.empty)
        if state == "loading":
            self.info.setText("")
            self.empty_title.setText(self.tr("Opening the case library…"))
            self.empty_text.setText(self.tr("Reading and indexing the case files. You can start typing."))
        elif state == "no-cases":
            self.info.setText("")
            self.empty_title.setText(self.tr("No cases yet — point me to a case folder"))
            self.empty_text.setText(self._error or self.tr("A case folder holds Markdown files with YAML front "
                                                           "matter, one case per file."))
        elif state == "no-match":
            self.info.setText(self.tr("0 matches"))
            self.empty_title.setText(self.tr("No match: try fewer or other words, or drop a filter"))
            self.empty_text.setText(self.tr("Search looks at titles, outcomes, lessons and the full text."))
        elif state == "error":
            self.info.setText("")
            self.empty_title.setText(self.tr("The search failed"))
            self.empty_text.setText(self._error)

    # -- keyboard and selection -------------------------------------------------------------------------------------------
    def current_id(self) -> str | None:
        return current_id(self.view)

    def _open(self, index: QModelIndex, focus: bool) -> None:
        if index.isValid():
            self.caseRequested.emit(index.data(ROLE_ID), focus)

    def move_selection(self, step: int) -> None:
        idx = step_to(self.view, self.model, step)
        if idx is not None:
            self._open(idx, False)

    def open_current(self, focus: bool = True) -> None:
        idx = self.view.currentIndex()
        if not idx.isValid() and self.model.rowCount():
            idx = self.model.index(0)
            self.view.setCurrentIndex(idx)
        self._open(idx, focus)

    def _enter(self) -> None:
        self.timer.stop()
        if self.model.rowCount():
            self.open_current(True)
        else:
            self.run_search()

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def focus_results(self) -> None:
        if self.model.rowCount():
            self.view.setFocus(Qt.FocusReason.ShortcutFocusReason)
            if not self.view.currentIndex().isValid():
                self.view.setCurrentIndex(self.model.index(0))
        else:
            self.focus_search()

    def eventFilter(self, obj, event) -> bool:
        if not hasattr(self, "view"):  # still being built
            return False
        et = event.type()
        if obj is self.search_edit and et == QEvent.Type.KeyPress:
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                self.move_selection(1 if key == Qt.Key.Key_Down else -1)
                return True
            step = next_prev_step(event)
            if step:  # QLineEdit keeps Ctrl+K (delete to end of line) from the window shortcut
                self.move_selection(step)
                return True
        elif obj is self.view and et == QEvent.Type.KeyPress:
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and not event.modifiers():
                self.move_selection(1 if key == Qt.Key.Key_Down else -1)
                return True
            if key == Qt.Key.Key_Escape:
                self.focus_search()
                return True
        elif et == QEvent.Type.Show and obj in (self.date_from.calendarWidget(), self.date_to.calendarWidget()):
            # a calendar opened from "any" starts on this month, not on 1900
            for d in (self.date_from, self.date_to):
                if d.calendarWidget() is obj and d.date() <= ANY_DATE:
                    today = QDate.currentDate()
                    obj.setCurrentPage(today.year(), today.month())
        return super().eventFilter(obj, event)


def _icon_path(name: str):
    from ... import paths

    return paths.resources_dir() / "icons" / name
