"""Describe an incident: the manager types, similar past cases follow.

Each pause in typing (300 ms, a single-shot QTimer restarted on every change) sends the
committed text to KnowledgeBase.similar on the read pool, tagged with a request number. A
newer request cancels the older one (its cancel callable turns true) and an answer that
arrives for an older number is dropped, so the list only ever shows the latest description.
The text is read from the document (toPlainText), which never holds an input method's
pre-edit string: suggestions follow committed text only.
"""
from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QSplitter, QStackedWidget, QVBoxLayout, QWidget

from ..widgets import cards
from ..models import SimilarModel
from ..workers import RequestTokens, is_cancellation
from .answers import card_list, current_id, next_prev_step, pause_timer, reselect, step_to


class IncidentPane(QWidget):
    caseRequested = Signal(str)       # the user picked a suggestion
    newCaseRequested = Signal(str, object)  # "Save as a new case": (description, top precedent ids)
    suggestionsShown = Signal(int)    # request number whose answer is now on screen
    escapePressed = Signal()

    DEBOUNCE_MS = 300
    LIMIT = 8

    def __init__(self, library, parent=None):
        super().__init__(parent)
        self.setObjectName("incidentPane")
        self.library = library
        self.tokens = RequestTokens()
        self._job = None
        self._last_text: str | None = None
        self._last_edit = 0.0
        self._waiting_for_index = False
        self.last_latency_ms = 0.0     # last keystroke -> suggestions on screen
        self.last_compute_ms = 0.0     # request sent -> suggestions on screen
        self.dropped = 0               # stale answers dropped
        self._sent_at = 0.0
        self._state = "empty"

        self.timer = pause_timer(self, self.DEBOUNCE_MS, self.request)

        self.heading = QLabel(self)
        self.heading.setObjectName("paneHeading")
        self.hint = QLabel(self)
        self.hint.setObjectName("paneHint")
        self.hint.setWordWrap(True)
        self.editor = QPlainTextEdit(self)
        self.editor.setObjectName("incidentEditor")
        self.editor.setTabChangesFocus(True)
        self.editor.textChanged.connect(self._on_text_changed)
        self.editor.installEventFilter(self)

        self.status = QLabel(self)
        self.status.setObjectName("suggestionStatus")
        self.status.setWordWrap(True)
        self.timing = QLabel(self)
        self.timing.setObjectName("suggestionTiming")

        self.model = SimilarModel(self)
        self.view = card_list(self, "suggestions", self.model, cards.SimilarDelegate)
        self.view.clicked.connect(self._open_index)
        self.view.activated.connect(self._open_index)
        self.empty = QLabel(self)
        self.empty.setObjectName("emptyState")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.view)

        top = QWidget(self)
        tl = QVBoxLayout(top)
        tl.setContentsMargins(14, 12, 14, 6)
        tl.setSpacing(6)
        tl.addWidget(self.heading)
        tl.addWidget(self.hint)
        tl.addWidget(self.editor, 1)
        bottom = QWidget(self)
        bl = QVBoxLayout(bottom)
        bl.setContentsMargins(6, 6, 6, 0)
        bl.setSpacing(2)
        head = QWidget(bottom)
        from PySide6.QtWidgets import QHBoxLayout

        hl = QHBoxLayout(head)
        hl.setContentsMargins(10, 0, 10, 0)
        hl.addWidget(self.status, 1)
        hl.addWidget(self.timing)
        # -- editor hook (issue 10): turn the description into a case study --
        from PySide6.QtWidgets import QPushButton

        self.save_case_button = QPushButton(self)
        self.save_case_button.setObjectName("saveAsCaseButton")
        self.save_case_button.clicked.connect(self._save_as_case)
        tl.addWidget(self.save_case_button, 0, Qt.AlignmentFlag.AlignRight)
        bl.addWidget(head)
        from ..widgets.standard_card import StandardCard  # compare: the team's standard of the inferred kind

        self.standard_card = StandardCard(library, bottom)
        bl.addWidget(self.standard_card)
        bl.addWidget(self.stack, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("incidentSplitter")
        self.splitter.addWidget(top)
        self.splitter.addWidget(bottom)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([210, 600])
        self.splitter.setChildrenCollapsible(False)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.splitter)
        self.retranslateUi()
        self._show_state("empty")

    # -- i18n ----------------------------------------------------------------------------------------------
    def retranslateUi(self) -> None:
        self.heading.setText(self.tr("Describe the incident"))
        self.hint.setText(self.tr("Who is the customer, what failed, for how long, what is at stake. "
                                  "Similar past cases appear as you type."))
        self.editor.setPlaceholderText(self.tr("e.g. A securities client's storage array is failing; our engineer has "
                                               "worked 30 hours without finding the cause; the client wants it back "
                                               "before the market opens…"))
        self._show_state(self._state)
        self.model.relabel()
        from .hooks import hook_text

        self.save_case_button.setText(hook_text("save-as-case"))
        self.save_case_button.setToolTip(hook_text("save-as-case-tip"))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    # -- typing --------------------------------------------------------------------------------------------------
    def text(self) -> str:
        """The committed description (an input method's pre-edit is not part of the document)."""
        return self.editor.toPlainText().strip()

    def _on_text_changed(self) -> None:
        self._last_edit = time.perf_counter()
        self.timer.start()

    def refresh(self) -> None:
        """Run the current description again (the index changed)."""
        self.request(force=True)

    def request(self, force: bool = False) -> None:
        self.timer.stop()
        text = self.text()
        if not force and text == self._last_text and not self._waiting_for_index:
            return
        self._last_text = text
        if self._job is not None:
            self._job.cancel()
            self._job = None
        seq = self.tokens.next()
        if not text:
            self.model.clear()
            self.standard_card.show_for(None)
            self._show_state("empty")
            self.suggestionsShown.emit(seq)
            return
        if not self.library.ready:
            self._waiting_for_index = True
            self._show_state("waiting")
            return
        self._waiting_for_index = False
        self._sent_at = time.perf_counter()
        self.timing.setText(self.tr("updating…"))
        self._job = self.library.similar(
            text, self.LIMIT,
            on_done=lambda res, seq=seq: self._on_result(seq, res),
            on_error=lambda e, seq=seq: self._on_error(seq, e),
            cancel=lambda seq=seq: not self.tokens.is_current(seq))

    def _on_result(self, seq: int, result) -> None:
        if not self.tokens.is_current(seq):
            self.dropped += 1
            return
        self._job = None
        now = time.perf_counter()
        self.last_compute_ms = (now - self._sent_at) * 1000
        self.last_latency_ms = (now - self._last_edit) * 1000 if self._last_edit else self.last_compute_ms
        current = current_id(self.view)
        self.model.set_result(result)
        self.standard_card.show_for(result)
        self._mark_sections(result)
        reselect(self.view, self.model, current)
        self.view.scrollToTop()  # a new answer: the best match first, on screen (issue 12)
        if not result.hits:
            self._show_state("none")
        else:
            self._show_state("close" if result.close else "far")
        self.timing.setText(self.tr("{0} ms").format(f"{result.elapsed_ms:.0f}"))
        self.suggestionsShown.emit(seq)

    def _mark_sections(self, result) -> None:
        """Cards below the close threshold sit under a "Nearest, not close" heading (issue 12)."""
        from kb_app.core.retrieval.similar import CLOSE_THRESHOLD

        first_far = next((i for i, h in enumerate(result.hits) if h.score < CLOSE_THRESHOLD), None)
        if first_far:  # none close at all: the status line already says so
            self.model.set_sections({first_far: self.tr("Nearest, not close")})

    def _on_error(self, seq: int, error) -> None:
        if not self.tokens.is_current(seq):
            self.dropped += 1
            return
        self._job = None
        if is_cancellation(error):
            return
        from ..library import NotReady

        if isinstance(error, NotReady):
            self._waiting_for_index = True
            self._show_state("waiting")
            return
        self.timing.setText("")
        self.status.setText(self.tr("Could not look for similar cases: {0}").format(str(error)))

    def index_ready(self) -> None:
        """Called when the index has (re)loaded: pending or current descriptions run again."""
        if self.text():
            self.request(force=True)

    # -- states ------------------------------------------------------------------------------------------------
    def _show_state(self, state: str) -> None:
        self._state = state
        if state == "empty":
            self.status.setText(self.tr("Similar past cases"))
            self.empty.setText(self.tr("Describe the new incident above.\n\nSimilar past cases will appear here, "
                                       "each with why it matches, how it ended and what was learned."))
            self.timing.setText("")
            self.stack.setCurrentWidget(self.empty)
        elif state == "waiting":
            self.status.setText(self.tr("Similar past cases"))
            self.empty.setText(self.tr("Opening the case library…"))
            self.stack.setCurrentWidget(self.empty)
        elif state == "none":
            self.status.setText(self.tr("No similar case found"))
            self.empty.setText(self.tr("No similar case yet.\n\nName the system, the symptom, the customer's "
                                       "industry or what is at stake."))
            self.stack.setCurrentWidget(self.empty)
        elif state == "close":
            self.status.setText(self.tr("Close precedents"))
            self.stack.setCurrentWidget(self.view)
        elif state == "far":
            self.status.setText(self.tr("No close precedent; nearest cases:"))
            self.stack.setCurrentWidget(self.view)
        self.status.setProperty("tone", "far" if state == "far" else "")
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)

    # -- opening -------------------------------------------------------------------------------------------------
    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.caseRequested.emit(self.model.hit(index.row()).id)

    def _save_as_case(self) -> None:
        top = [self.model.hit(i).id for i in range(min(3, self.model.rowCount()))]
        self.newCaseRequested.emit(self.text(), top)

    def focus_editor(self) -> None:
        self.editor.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def move_selection(self, step: int) -> None:
        idx = step_to(self.view, self.model, step)
        if idx is not None:
            self._open_index(idx)

    def eventFilter(self, obj, event) -> bool:
        if not hasattr(self, "view"):  # still being built
            return False
        if event.type() == QEvent.Type.KeyPress and obj is self.view and event.key() == Qt.Key.Key_Escape:
            self.editor.setFocus()
            return True
        if event.type() == QEvent.Type.KeyPress and obj is self.editor:
            step = next_prev_step(event)
            if step:  # QPlainTextEdit keeps Ctrl+K (delete to end of line) from the window shortcut
                self.move_selection(step)
                return True
        return super().eventFilter(obj, event)
