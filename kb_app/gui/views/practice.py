"""Case-method practice: the situation only; the reader writes what they would do first and why;
then what was done, how it ended and the lessons appear beside the answer.

The case is split by kb_app.core.learning.practice.split_case and rendered on the writer thread
(``load_practice_doc``, which also opens or continues the journal entry in state.db). The
answer is autosaved (a short pause after typing, on reveal and on close) through the Library.
Strings: learn_*.ts (context "Learn").
"""
from __future__ import annotations

import html
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal, QUrl
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QSplitter, QTextBrowser,
                               QVBoxLayout, QWidget)

from .. import i18n
from ..models import VocabLabels
from ..widgets.cards import TONE_COLORS
from .case import word_images
from ..geometry import first_size


@dataclass
class PracticeDoc:
    case: object            # core.domain.Case
    situation_html: str
    revealed_html: str      # actions + outcome section + lessons sections of the body
    lessons: list           # [(id, title)]
    entry: object           # core.practice.Entry
    found_sections: bool
    title: str = ""         # in the reader's script
    summary: str = ""
    converted: bool = False  # shown converted from the other Chinese script


def load_practice_doc(kb, case_id: str, entry_id: int | None = None) -> PracticeDoc:
    from kb_app.core.learning import practice
    from kb_app.core.cases.render import markdown_to_html
    from .case import NotFound

    case = kb.case(case_id)
    if case is None:
        raise NotFound(case_id)
    parts = practice.split_case(case.body)
    base = Path(case.path).parent
    entry = practice.get(kb.state, entry_id) if entry_id else None
    if entry is None or entry.case_id != case_id:
        entry = practice.start(kb.state, case_id)
    lessons = [(lid, kb.lesson_title(lid)) for lid in case.lessons]
    situation = markdown_to_html(parts.situation, base)
    revealed = markdown_to_html(parts.revealed_markdown, base)
    # read in your own script (core/convert.py): converted here, on the worker, for the UI language
    from kb_app.core.analysis import convert

    lang = i18n.current_language()
    converted = bool(convert.target(case.language, lang))
    title, summary = case.title, case.outcome.summary
    if converted:
        situation = convert.convert_html(situation, case.language, lang)
        revealed = convert.convert_html(revealed, case.language, lang)
        title, summary = convert.convert(title, case.language, lang), convert.convert(summary, case.language, lang)
    if lang in ("zh-Hans", "zh-Hant"):
        lessons = [(lid, convert.for_reader(t, lang)) for lid, t in lessons]
    return PracticeDoc(case, situation, revealed, lessons, entry, parts.found, title, summary, converted)


CSS = """
body { color: #1f2937; }
h2 { font-size: 15px; color: #111827; margin: 12px 0 4px 0; }
h3 { font-size: 13px; color: #111827; }
p { line-height: 150%; }
.label { color: #6b7280; font-size: 12px; font-weight: 600; }
a { color: #1d4ed8; text-decoration: none; }
"""


def _esc(s) -> str:
    return html.escape(str(s or ""))


class PracticeWindow(QWidget):
    """One practice round at a time, in its own window (Esc closes it; the answer is kept)."""

    caseRequested = Signal(str)
    lessonRequested = Signal(str)
    answerSaved = Signal(int)
    revealed = Signal(int)
    shown = Signal(str)

    AUTOSAVE_MS = 700

    def __init__(self, library, parent=None):
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("practiceWindow")
        self.library = library
        self.doc: PracticeDoc | None = None
        self._dirty = False
        self._loading_text = False

        self.kicker = QLabel(self)
        self.kicker.setObjectName("practiceKicker")
        self.title = QLabel(self)
        self.title.setObjectName("practiceTitle")
        self.title.setWordWrap(True)
        self.step_hint = QLabel(self)
        self.step_hint.setObjectName("practiceHint")
        self.step_hint.setWordWrap(True)

        self.situation_label = QLabel(self)
        self.situation_label.setObjectName("practiceSection")
        self.situation = QTextBrowser(self)
        self.situation.setObjectName("practiceSituation")
        self.situation.setOpenLinks(False)
        self.situation.document().setDefaultStyleSheet(CSS)
        self.situation.document().setDocumentMargin(14)

        self.answer_label = QLabel(self)
        self.answer_label.setObjectName("practiceSection")
        self.answer = QPlainTextEdit(self)
        self.answer.setObjectName("practiceAnswer")
        self.answer.textChanged.connect(self._changed)
        self.saved_label = QLabel(self)
        self.saved_label.setObjectName("practiceSaved")
        self.reveal_button = QPushButton(self)
        self.reveal_button.setObjectName("revealButton")
        self.reveal_button.clicked.connect(self.reveal)
        self.open_case_button = QPushButton(self)
        self.open_case_button.setObjectName("openCaseButton")
        self.open_case_button.clicked.connect(lambda: self.doc and self.caseRequested.emit(self.doc.case.id))

        self.hidden_note = QLabel(self)
        self.hidden_note.setObjectName("practiceHidden")
        self.hidden_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hidden_note.setWordWrap(True)
        self.reveal_label = QLabel(self)
        self.reveal_label.setObjectName("practiceSection")
        self.revealed_view = QTextBrowser(self)
        self.revealed_view.setObjectName("practiceRevealed")
        self.revealed_view.setOpenLinks(False)
        self.revealed_view.anchorClicked.connect(self._anchor)
        self.revealed_view.document().setDefaultStyleSheet(CSS)
        self.revealed_view.document().setDocumentMargin(14)

        left = QWidget(self)
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.setSpacing(4)
        ll.addWidget(self.situation_label)
        ll.addWidget(self.situation, 1)
        ll.addWidget(self.answer_label)
        ll.addWidget(self.answer, 1)
        foot = QHBoxLayout()
        foot.addWidget(self.saved_label, 1)
        foot.addWidget(self.open_case_button)
        foot.addWidget(self.reveal_button)
        ll.addLayout(foot)
        right = QWidget(self)
        right.setObjectName("practiceRight")
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.setSpacing(4)
        rl.addWidget(self.reveal_label)
        rl.addWidget(self.hidden_note, 1)
        rl.addWidget(self.revealed_view, 1)
        self.split = QSplitter(Qt.Orientation.Horizontal, self)
        self.split.addWidget(left)
        self.split.addWidget(right)
        self.split.setSizes([620, 620])
        self.split.setChildrenCollapsible(False)

        lay = QVBoxLayout(self)
        lay.setContentsMargins(18, 14, 18, 14)
        lay.setSpacing(6)
        lay.addWidget(self.kicker)
        lay.addWidget(self.title)
        lay.addWidget(self.step_hint)
        lay.addWidget(self.split, 1)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(self.AUTOSAVE_MS)
        self.timer.timeout.connect(self.save)
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=self.reveal)
        QShortcut(QKeySequence("Esc"), self, activated=self.close)
        self.setStyleSheet(PRACTICE_QSS)
        self.retranslateUi()
        self._show_state()
        self.resize(first_size(self, 1240, 780))  # within the screen (issue 19)

    # -- text --------------------------------------------------------------------------------------------------
    def retranslateUi(self) -> None:
        self.setWindowTitle(QCoreApplication.translate("Learn", "Practise on a case"))
        self.situation_label.setText(QCoreApplication.translate("Learn", "1 · The situation"))
        self.answer_label.setText(QCoreApplication.translate("Learn", "2 · What would you do first, and why?"))
        self.answer.setPlaceholderText(QCoreApplication.translate("Learn", "Write it as you would say it to your team: the first three things you "
                                          "would do, who you would call, what you would tell the customer… "
                                          "Your answer is saved as you type."))
        self.reveal_button.setText(QCoreApplication.translate("Learn", "Reveal what was done  (Ctrl+Enter)"))
        self.open_case_button.setText(QCoreApplication.translate("Learn", "Open the whole case"))
        self.hidden_note.setText(QCoreApplication.translate("Learn", "What was done, how it ended and the lessons stay hidden until you have "
                                    "written your answer.\n\nTake a few minutes: the point is to decide before "
                                    "you know the ending."))
        self.reveal_label.setText(QCoreApplication.translate("Learn", "3 · What was done, how it ended, and the lessons"))
        self._show_state()
        if self.doc is not None:
            self._render()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    # -- a round -----------------------------------------------------------------------------------------------
    def open(self, case_id: str, entry_id: int | None = None) -> None:
        if self.doc is not None:
            self.save()

        def done(doc: PracticeDoc):
            self.doc = doc
            self._loading_text = True
            self.answer.setPlainText(doc.entry.answer)
            self._loading_text = False
            self._dirty = False
            self._render()
            self._show_state()
            self.show()
            self.raise_()
            self.activateWindow()
            self.answer.setFocus()
            self.answer.moveCursor(self.answer.textCursor().MoveOperation.End)
            self.shown.emit(case_id)

        self.library.practice_open(case_id, entry_id, done)

    def _render(self) -> None:
        d = self.doc
        lab = VocabLabels(self.library.vocab)
        c = d.case
        bits = [lab.label("kinds", c.kind)]
        if c.industry:
            bits.append(lab.label("industries", c.industry))
        if c.date:
            bits.append(c.date)
        if d.converted:
            bits.append("⇄ " + QCoreApplication.translate("Learn", "converted by OpenCC"))
        self.kicker.setText(QCoreApplication.translate("Learn", "Practice") + "  ·  " + "  ·  ".join(b for b in bits if b))
        self.title.setText(d.title or c.title)
        self.situation.setHtml(word_images(d.situation_html))
        fg, bg = TONE_COLORS.get(lab.tone(c.outcome.status or "unknown"), TONE_COLORS["neutral"])
        status = lab.label("outcomes", c.outcome.status or "unknown")
        ended = QCoreApplication.translate("Learn", "How it ended")
        outcome = (f'<table width="100%" cellspacing="0" cellpadding="10" border="0"><tr>'
                   f'<td bgcolor="{bg.name()}" style="background-color:{bg.name()}">'
                   f'<span class="label" style="color:{fg.name()}">{_esc(ended)}</span>&nbsp;&nbsp;'
                   f'<b style="color:{fg.name()}">{_esc(status)}</b>'
                   + (f'<br/>{_esc(d.summary or c.outcome.summary)}' if c.outcome.summary else "") + "</td></tr></table>")
        lessons = ""
        if d.lessons:
            items = "".join(f'<li><a href="lesson:{_esc(lid)}">{_esc(t)}</a></li>' for lid, t in d.lessons)
            head = QCoreApplication.translate("Learn", "The lessons drawn from it")
            lessons = f'<h2>{_esc(head)}</h2><ol>{items}</ol>'
        self.revealed_view.setHtml(outcome + word_images(d.revealed_html) + lessons)

    def _show_state(self) -> None:
        revealed = bool(self.doc and self.doc.entry.revealed)
        self.hidden_note.setVisible(not revealed)
        self.revealed_view.setVisible(revealed)
        has_text = bool(self.answer.toPlainText().strip())
        self.reveal_button.setEnabled(bool(self.doc) and not revealed and has_text)
        self.reveal_button.setVisible(not revealed)
        self.open_case_button.setVisible(revealed)
        if revealed:
            self.step_hint.setText(QCoreApplication.translate("Learn", "Compare your answer with what was done. You can still add to your answer: "
                                      "what would you do differently now?"))
            self.answer_label.setText(QCoreApplication.translate("Learn", "2 · Your answer"))
        else:
            self.step_hint.setText(QCoreApplication.translate("Learn", "Read the situation, decide, and write your first moves before you see the "
                                      "ending."))
            self.answer_label.setText(QCoreApplication.translate("Learn", "2 · What would you do first, and why?"))

    def _changed(self) -> None:
        if self._loading_text:
            return
        self._dirty = True
        self.saved_label.setText(QCoreApplication.translate("Learn", "Saving…"))
        self.timer.start()
        self._show_state()

    def save(self) -> None:
        self.timer.stop()
        if not self._dirty or self.doc is None:
            return
        self._dirty = False
        entry_id = self.doc.entry.id
        text = self.answer.toPlainText()

        def done(entry):
            if self.doc is not None and entry is not None and entry.id == self.doc.entry.id:
                self.doc.entry = entry
            self.saved_label.setText(QCoreApplication.translate("Learn", "Saved in your practice journal"))
            self.answerSaved.emit(entry_id)

        self.library.practice_save(entry_id, text, done)

    def reveal(self) -> None:
        if self.doc is None or self.doc.entry.revealed or not self.answer.toPlainText().strip():
            return
        self.timer.stop()
        self._dirty = False
        entry_id = self.doc.entry.id

        def done(entry):
            if self.doc is not None and entry.id == self.doc.entry.id:
                self.doc.entry = entry
                self._show_state()
                self.revealed_view.verticalScrollBar().setValue(0)
                self.saved_label.setText(QCoreApplication.translate("Learn", "Saved in your practice journal"))
                self.revealed.emit(entry.id)

        self.library.practice_save(entry_id, self.answer.toPlainText(), done, reveal=True)

    def _anchor(self, url: QUrl) -> None:
        scheme, _, target = url.toString().partition(":")
        if scheme == "case":
            self.caseRequested.emit(target)
        elif scheme == "lesson":
            self.lessonRequested.emit(target)

    def closeEvent(self, event) -> None:
        self.save()
        super().closeEvent(event)


PRACTICE_QSS = """
QWidget#practiceWindow { background: #f4f5f7; }
QLabel#practiceKicker { color: #6b7280; }
QLabel#practiceTitle { font-size: 15pt; font-weight: 600; color: #111827; }
QLabel#practiceHint { color: #4b5563; padding-bottom: 6px; }
QLabel#practiceSection { font-weight: 600; color: #1f2937; padding-top: 4px; }
QLabel#practiceSaved { color: #6b7280; font-size: 9pt; }
QLabel#practiceHidden { background: #eef2f7; color: #4b5563; border: 1px dashed #c3cad4; border-radius: 8px;
                        padding: 24px; font-size: 10.5pt; }
QTextBrowser#practiceSituation, QTextBrowser#practiceRevealed { background: #ffffff; border: 1px solid #e3e6ea;
                                                                border-radius: 8px; }
QPlainTextEdit#practiceAnswer { background: #ffffff; border: 1px solid #cdd3db; border-radius: 8px; padding: 8px;
                                font-size: 10.5pt; }
QPlainTextEdit#practiceAnswer:focus { border: 1px solid #3b82f6; }
QPushButton#revealButton { padding: 7px 16px; border-radius: 7px; background: #2563eb; color: #ffffff; border: none;
                           font-weight: 600; }
QPushButton#revealButton:disabled { background: #a5b4fc; }
QPushButton#openCaseButton { padding: 6px 14px; border-radius: 7px; background: #ffffff; border: 1px solid #cdd3db; }
"""
