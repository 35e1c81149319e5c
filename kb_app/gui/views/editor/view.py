"""The case editor, assembled: the form (scrolls) | the Markdown body | the preview, actions above.

EditorView opens a case (its kept draft if there is one) or a new one from the template, and ties
the parts together: form.py (the fields and their problems), body.py (the body and the live preview,
built after a pause in typing), drafts.py (what was typed, kept in state.db at most AUTOSAVE_MS after
the first unsaved change: a throttle, not a debounce, so steady typing is saved too; also when the
focus leaves the editor and when the window closes), saving.py (save, and the conflict view when
the file changed on disk), history.py (earlier versions).

Undo / redo (Ctrl+Z, Ctrl+Shift+Z / Ctrl+Y) run over form and body together: snapshots of the
whole state, one per burst of typing in one field.
"""
from __future__ import annotations

import datetime as _dt
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QPushButton, QScrollArea, QSplitter, QStackedWidget,
                               QToolButton, QVBoxLayout, QWidget)

from kb_app.core.cases import drafts as core_drafts
from kb_app.core.cases import editing
from kb_app.core.cases.casefile import CaseFile, section_template
from ... import i18n
from ...models import VocabLabels
from ...workers import is_cancellation
from ..conflict import ConflictView
from .body import BodyEditor, LivePreview, preview_case
from .drafts import DraftsMixin
from .form import CaseForm, problems_by_field
from .history import HistoryMixin
from .lessons import LessonsMixin
from .saving import SavingMixin
from ...errors import error_text


class EditorView(DraftsMixin, SavingMixin, HistoryMixin, LessonsMixin, QWidget):
    closed = Signal()
    saved = Signal(str, str)          # path, case id
    saveBlocked = Signal(object)      # list of FieldProblem
    conflictShown = Signal(str)       # conflict kind
    draftSaved = Signal(int)          # revision now in state.db
    previewShown = Signal(int)        # revision shown in the preview
    openCaseRequested = Signal(str)

    AUTOSAVE_MS = 700                 # at most this long after the first unsaved change (+ the write)
    PREVIEW_MS = 250                  # pause in typing before the preview follows
    COALESCE_MS = 800                 # one undo step per burst of typing in one field

    def __init__(self, library, parent=None):
        super().__init__(parent)
        self.setObjectName("editorView")
        self.library = library
        self.runner = library.runner
        self.draft_id = ""
        self.path = ""
        self.case_id = ""
        self.base_text: str | None = None
        self.rev = 0                  # bumps on every change
        self.stored_rev = -1          # the revision last sent to state.db
        self.saved_state = None       # (form, body) of the file as saved / opened
        self.is_open = False
        self.problems: list = []
        self.lesson_titles: dict[str, str] = {}
        self.template_state = None    # (form, body) of a new case untouched since the template
        self.new_lessons: dict = {}   # id -> core.editing.NewLesson: written by the case's save (lessons.py)
        self.case_titles: dict[str, str] = {}
        self.labels = VocabLabels(None)
        self._applying = False
        self._undo: list = []
        self._redo: list = []
        self._current = None
        self._burst_source = None
        self._saving = False
        self._pending_draft_write = False

        self._build()
        self.autosave = QTimer(self)
        self.autosave.setSingleShot(True)
        self.autosave.setInterval(self.AUTOSAVE_MS)
        self.autosave.timeout.connect(self.store_draft)
        self.preview_timer = QTimer(self)
        self.preview_timer.setSingleShot(True)
        self.preview_timer.setInterval(self.PREVIEW_MS)
        self.preview_timer.timeout.connect(self.update_preview)
        self.burst = QTimer(self)
        self.burst.setSingleShot(True)
        self.burst.setInterval(self.COALESCE_MS)
        self.burst.timeout.connect(self._end_burst)
        QApplication.instance().focusChanged.connect(self._focus_changed)
        self.retranslateUi()

    # -- building ------------------------------------------------------------------------------------------------
    def _build(self) -> None:
        self.heading = QLabel(self)
        self.heading.setObjectName("paneHeading")
        self.state_label = QLabel(self)
        self.state_label.setObjectName("editorState")
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("editorSave")
        self.save_button.clicked.connect(self.save)
        self.history_button = QPushButton(self)
        self.history_button.setObjectName("editorHistory")
        self.history_button.clicked.connect(self.show_history)
        self.discard_button = QPushButton(self)
        self.discard_button.setObjectName("editorDiscard")
        self.discard_button.clicked.connect(self.discard)
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("editorClose")
        self.close_button.clicked.connect(self.close_editor)
        self.undo_button = QToolButton(self)
        self.undo_button.setObjectName("editorUndo")
        self.undo_button.clicked.connect(self.undo)
        self.redo_button = QToolButton(self)
        self.redo_button.setObjectName("editorRedo")
        self.redo_button.clicked.connect(self.redo)
        top = QHBoxLayout()
        top.setContentsMargins(14, 8, 14, 4)
        top.addWidget(self.heading)
        top.addSpacing(12)
        top.addWidget(self.state_label, 1)
        for b in (self.undo_button, self.redo_button, self.history_button, self.discard_button, self.close_button,
                  self.save_button):
            top.addWidget(b)

        # the form | the body | the preview
        self.form = CaseForm(self)
        f = self.form
        self.title, self.kind, self.date, self.industry, self.severity = f.title, f.kind, f.date, f.industry, f.severity
        self.skills, self.stakes, self.status, self.summary = f.skills, f.stakes, f.status, f.summary
        self.lessons, self.related, self.language, self.tags = f.lessons, f.related, f.language, f.tags
        self.errors = f.errors
        scroll = QScrollArea(self)
        scroll.setObjectName("editorFormScroll")
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        scroll.setMinimumWidth(340)
        self.body_pane = BodyEditor(self)
        self.body = self.body_pane.edit
        self.preview_pane = LivePreview(self)
        self.preview = self.preview_pane.view

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("editorSplitter")
        self.splitter.addWidget(scroll)
        self.splitter.addWidget(self.body_pane)
        self.splitter.addWidget(self.preview_pane)
        self.splitter.setSizes([430, 450, 500])
        self.splitter.setChildrenCollapsible(False)
        from ... import settings

        sizes = settings.value("editor/splitter")
        if sizes:
            try:
                self.splitter.setSizes([int(x) for x in sizes])
            except (TypeError, ValueError):
                pass
        self.splitter.splitterMoved.connect(lambda *_: settings.set_value("editor/splitter", self.splitter.sizes()))

        self.edit_page = QWidget(self)
        el = QVBoxLayout(self.edit_page)
        el.setContentsMargins(0, 0, 0, 0)
        el.addLayout(top)
        el.addWidget(self.splitter, 1)
        self.conflict_view = ConflictView(self)
        self.conflict_view.saveMergedRequested.connect(self._save_resolved)
        self.conflict_view.keepMineRequested.connect(self._keep_mine)
        self.conflict_view.takeDiskRequested.connect(self._take_disk)
        self.conflict_view.saveAsNewRequested.connect(self._keep_mine)
        self.conflict_view.backRequested.connect(lambda: self.pages.setCurrentWidget(self.edit_page))
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.edit_page)
        self.pages.addWidget(self.conflict_view)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.pages)

        # changes
        self.form.changed.connect(self._changed)
        self.lessons.createRequested.connect(self.create_lesson)
        self.body.textChanged.connect(lambda: self._changed("body"))
        self.body.cursorPositionChanged.connect(self._cursor_moved)
        self.preview.caseLinkActivated.connect(self.openCaseRequested)
        for w in self.form.text_edits() + [self.body]:
            w.installEventFilter(self)
        self.act_save = self._action("actEditorSave", self.save, QKeySequence.StandardKey.Save)
        self.act_undo = self._action("actEditorUndo", self.undo, QKeySequence.StandardKey.Undo)
        self.act_redo = self._action("actEditorRedo", self.redo, QKeySequence.StandardKey.Redo)

    def _action(self, name, slot, key) -> QAction:
        a = QAction(self)
        a.setObjectName(name)
        a.setShortcut(QKeySequence(key))
        a.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        a.triggered.connect(slot)
        self.addAction(a)
        return a

    # -- i18n ------------------------------------------------------------------------------------------------------
    def retranslateUi(self) -> None:
        self.form.retranslate()
        self.body_pane.retranslate()
        self.preview_pane.retranslate()
        self.save_button.setText(self.tr("Save"))
        self.save_button.setToolTip(self.tr("Save the case file (Ctrl+S)"))
        self.history_button.setText(self.tr("History…"))
        self.history_button.setToolTip(self.tr("Earlier versions of this case: compare and restore"))
        self.discard_button.setText(self.tr("Discard draft"))
        self.discard_button.setToolTip(self.tr("Throw away what was typed since the last save"))
        self.close_button.setText(self.tr("Close"))
        self.close_button.setToolTip(self.tr("Close the editor; the draft is kept until you save or discard it"))
        self.undo_button.setText("↶")
        self.undo_button.setToolTip(self.tr("Undo (Ctrl+Z), in the form and the text"))
        self.redo_button.setText("↷")
        self.redo_button.setToolTip(self.tr("Redo (Ctrl+Shift+Z)"))
        self.form.fill_combos(self.labels)
        self._update_heading()
        self._show_problems()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
            if self.is_open:
                self.update_preview()
        super().changeEvent(event)

    def set_vocab(self, vocab) -> None:
        self.labels = VocabLabels(vocab)
        keep = self.form.state() if self.is_open else None
        self.form.set_vocab(self.labels)
        if keep is not None:
            self._applying = True
            try:
                self.form.set_state(keep)
            finally:
                self._applying = False

    def _update_heading(self) -> None:
        if not self.is_open:
            self.heading.setText(self.tr("Case editor"))
        elif self.path:
            self.heading.setText(self.tr("Editing “{0}”").format(Path(self.path).name))
        else:
            self.heading.setText(self.tr("New case"))
        self.history_button.setEnabled(bool(self.path))

    # -- state -------------------------------------------------------------------------------------------------------
    def snapshot(self) -> dict:
        return {"form": self.form.state(), "body": self.body.toPlainText(), "cursor": self.body.textCursor().position()}

    def _apply(self, snap: dict) -> None:
        self._applying = True
        try:
            self.form.set_state(snap["form"])
            if self.body.toPlainText() != snap["body"]:
                self.body.setPlainText(snap["body"])
            cur = self.body.textCursor()
            cur.setPosition(min(int(snap.get("cursor") or 0), len(self.body.toPlainText())))
            self.body.setTextCursor(cur)
        finally:
            self._applying = False

    def dirty(self) -> bool:
        """Differs from the file as opened / last saved (a new case: from the template it started as)."""
        now = (self.form.state(), self.body.toPlainText())
        if self.saved_state is None:
            return self.template_state is None or now != self.template_state or bool(self.new_lessons)
        return now != self.saved_state

    # -- opening ---------------------------------------------------------------------------------------------------------
    def _reset(self) -> None:
        self.new_lessons = {}
        self.template_state = None
        self._undo.clear()
        self._redo.clear()
        self._burst_source = None
        self.problems = []
        self.pages.setCurrentWidget(self.edit_page)
        self.is_open = True

    def _lookups(self, then=None) -> None:
        """Lesson and case titles for the pickers (from the loaded corpus, off the GUI thread)."""
        def work(job):
            from kb_app.core.retrieval.search import TitleIndex

            kb = self.library._kb_or_raise()
            c = kb.corpus
            lessons = {i: l.title for i, l in c.lessons.items()}
            cases = {i: x.title for i, x in c.cases.items()}
            # the pickers find titles as search finds cases (folding, glossary): folded here, off the UI thread
            return lessons, cases, kb.vocab, TitleIndex(lessons, kb.vocab), TitleIndex(cases, kb.vocab)

        def done(res):
            self.lesson_titles, self.case_titles, vocab, lesson_index, case_index = res
            pending = False
            for lid, nl in self.new_lessons.items():  # not on disk yet: written when the case is saved
                if lid not in self.lesson_titles:
                    self.lesson_titles[lid], pending = nl.title, True
            # the index was built over the lessons on disk: with pending ones it is built again here (a few titles)
            self.lessons.set_choices(self.lesson_titles, None if pending else lesson_index, vocab=vocab)
            self.related.set_choices({k: v for k, v in self.case_titles.items() if k != self.case_id}, case_index)
            if vocab is not None and vocab is not self.labels.vocab:
                self.set_vocab(vocab)
            self.validate()
            if then:
                then()

        self.runner.read(work, on_done=done, on_error=lambda e: then() if then else None, name="editor_lookups")

    def refresh_lookups(self) -> None:
        if self.is_open:
            self._lookups()

    def new_case(self, situation: str = "", related=(), title: str = "") -> None:
        """A new case from the template, in the UI language (situation / related pre-filled)."""
        self.flush()
        lang = i18n.current_language()
        self._reset()
        self.draft_id = core_drafts.new_draft_id()
        self.path, self.case_id, self.base_text = "", "", None
        self.saved_state = None
        form = {"title": title, "kind": "", "date": _dt.date.today().isoformat(), "outcome_status": "unknown",
                "language": lang, "related": list(related or [])}
        self._load_state({"form": form, "body": section_template(lang, situation), "cursor": 0})
        self.rev += 1
        self.body_pane.place_cursor_in_first_section()
        self._lookups()
        if situation or related:
            self.store_draft()  # pre-filled from the incident pane: worth keeping already
        else:
            self.stored_rev = self.rev  # an untouched template is not a draft
            self.template_state = (self.form.state(), self.body.toPlainText())
        self.title.setFocus()

    def edit_case(self, case_id: str, after_open=None) -> None:
        """Open an existing case: its draft if one was kept, else the file as it is; then
        `after_open(from_draft)` (the review queue prefills the lessons an import proposed)."""
        self.flush()

        def work(job):
            kb = self.library._kb_or_raise()
            case = kb.case(case_id)
            if case is None:
                raise FileNotFoundError(case_id)
            text = editing.read_text(case.path)
            d = core_drafts.for_path(kb.state, str(case.path)) or core_drafts.load(kb.state, f"case:{case_id}")
            return str(case.path), text, d

        def done(res):
            path, text, d = res
            if d is not None:
                self.restore_draft(d)
            else:
                self._open_text(path, case_id, text)
            if after_open is not None:
                after_open(d is not None)

        self.runner.write(work, on_done=done, on_error=self._failed, name="editor_open")

    def _open_text(self, path: str, case_id: str, text: str | None) -> None:
        self._reset()
        self.draft_id = core_drafts.new_draft_id(case_id)
        self.path, self.case_id, self.base_text = path, case_id, text
        cf = CaseFile.parse(text or "---\n---\n")
        form = cf.form()
        self._load_state({"form": form, "body": cf.body, "cursor": 0})
        self.saved_state = (self.form.state(), self.body.toPlainText())
        self.stored_rev = self.rev  # nothing to keep yet: the file holds it all
        self._lookups()
        self.body.setFocus()

    def _load_state(self, snap: dict) -> None:
        self._apply(snap)
        self._current = self.snapshot()
        self._update_heading()
        self.validate()
        self.update_preview()

    def _failed(self, e) -> None:
        if is_cancellation(e):
            return
        self.state_label.setText(self.tr("Could not open the case: {0}").format(error_text(e)))

    # -- changes, undo ----------------------------------------------------------------------------------------------------
    def _changed(self, source: str) -> None:
        if self._applying or not self.is_open:
            return
        before = self._current
        self._current = self.snapshot()
        if before is not None and (source != self._burst_source or not self.burst.isActive()):
            self._undo.append(before)
            del self._undo[:-500]
            self._redo.clear()
        self._burst_source = source
        self.burst.start()
        self.rev += 1
        if not self.autosave.isActive():  # a throttle: steady typing is saved too
            self.autosave.start()
        self.preview_timer.start()
        self.validate()
        self.state_label.setText(self.tr("Edited — the draft is kept automatically"))

    def _cursor_moved(self) -> None:
        if self._current is not None and not self._applying:
            self._current["cursor"] = self.body.textCursor().position()

    def _end_burst(self) -> None:
        self._burst_source = None

    def undo(self) -> None:
        if not self._undo:
            return
        self._redo.append(self.snapshot())
        snap = self._undo.pop()
        self._restore_snapshot(snap)

    def redo(self) -> None:
        if not self._redo:
            return
        self._undo.append(self.snapshot())
        self._restore_snapshot(self._redo.pop())

    def _restore_snapshot(self, snap) -> None:
        self.burst.stop()
        self._burst_source = None
        self._apply(snap)
        self._current = self.snapshot()
        self.rev += 1
        if not self.autosave.isActive():
            self.autosave.start()
        self.preview_timer.start()
        self.validate()

    def eventFilter(self, obj, event) -> bool:
        et = event.type()
        if et in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            if event.matches(QKeySequence.StandardKey.Undo) or event.matches(QKeySequence.StandardKey.Redo):
                event.accept()
                if et == QEvent.Type.KeyPress:
                    (self.undo if event.matches(QKeySequence.StandardKey.Undo) else self.redo)()
                return True
        return super().eventFilter(obj, event)

    # -- validation ------------------------------------------------------------------------------------------------------------
    def validate(self) -> list:
        if not self.is_open:
            return []
        kinds = set(self.labels.vocab.kinds) if self.labels.vocab is not None else None
        lessons = set(self.lesson_titles) if self.lesson_titles else set(self.lessons.value())
        cases = set(self.case_titles) if self.case_titles else set(self.related.value())
        self.problems = editing.validate(self.form.state(), self.body.toPlainText(), lessons, cases, kinds, self.case_id)
        self._show_problems()
        return self.problems

    def _show_problems(self) -> None:
        by_field = problems_by_field(self.problems)
        self.form.show_problems(by_field)
        self.body_pane.show_problems(by_field.get("body"))

    # -- preview ----------------------------------------------------------------------------------------------------------------
    def update_preview(self) -> None:
        """Render the preview on the read pool (markdown + sanitising), show it if still current."""
        self.preview_timer.stop()
        if not self.is_open:
            return
        case = preview_case(self.form.state(), self.body.toPlainText(), self.path, self.case_id, self.library.cases_dir)
        rev = self.rev
        self.preview_pane.render(self.runner, self.library, case, lambda: self.labels.vocab,
                                 lambda: self.previewShown.emit(rev))
