"""Drafts: what the mentor typed, kept in state.db until a save holds it all; never lose a word.

DraftsMixin is the EditorView's part of it: store_draft writes the whole editor state through
the serial writer (the view calls it at most AUTOSAVE_MS after the first unsaved change, when the
focus leaves the editor and when the window closes); discarding, closing (a clean draft is dropped)
and restoring one. RecoveryDialog lists the drafts left by a crash (the main window opens it).
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QDialog, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMessageBox, QPushButton,
                               QVBoxLayout)

from kb_app.core.cases import drafts as core_drafts
from kb_app.core.cases.casefile import CaseFile
from ... import i18n
from .history import local_time
from ...errors import error_text


class RecoveryDialog(QDialog):
    """After a crash: every unsaved draft, with its time and first lines, to restore or discard."""

    def __init__(self, items, parent=None):
        super().__init__(parent)
        self.setObjectName("recoveryDialog")
        self.setWindowTitle(QCoreApplication.translate("EditorView", "Unsaved drafts"))
        self.items = list(items)
        self.list = QListWidget(self)
        self.list.setObjectName("draftList")
        self.list.setWordWrap(True)
        for d in self.items:
            when = local_time(d.updated_at)
            title = d.title or QCoreApplication.translate("EditorView", "(untitled new case)")
            it = QListWidgetItem(f"{when} — {title}\n{d.first_lines()}", self.list)
            it.setData(Qt.ItemDataRole.UserRole, d.id)
        self.list.setCurrentRow(0)
        self.restore_button = QPushButton(QCoreApplication.translate("EditorView", "Restore"), self)
        self.restore_button.setObjectName("draftRestore")
        self.discard_button = QPushButton(QCoreApplication.translate("EditorView", "Discard…"), self)
        self.discard_button.setObjectName("draftDiscard")
        later = QPushButton(QCoreApplication.translate("EditorView", "Later"), self)
        later.clicked.connect(self.reject)
        self.restore_button.setDefault(True)
        head = QLabel(QCoreApplication.translate("EditorView", "The editor was not closed properly. These drafts were kept; restore one to go on "
                          "writing, or discard it."), self)
        head.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.discard_button)
        row.addStretch(1)
        row.addWidget(later)
        row.addWidget(self.restore_button)
        lay = QVBoxLayout(self)
        lay.addWidget(head)
        lay.addWidget(self.list, 1)
        lay.addLayout(row)
        self.resize(620, 380)

    def current_id(self) -> str | None:
        it = self.list.currentItem()
        return it.data(Qt.ItemDataRole.UserRole) if it else None

    def remove_current(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)
            del self.items[row]
        if not self.items:
            self.accept()


class DraftsMixin:
    """EditorView's drafts: needs its draft_id, path, case_id, base_text, rev, stored_rev, is_open, autosave,
    form, body, library, runner, state_label, draftSaved / closed, and snapshot / _apply / dirty / _reset /
    _load_state / _lookups (view.py)."""

    def draft(self) -> core_drafts.Draft:
        s = self.snapshot()
        return core_drafts.Draft(self.draft_id, s["form"], s["body"], s["cursor"], self.path, self.case_id,
                                 self.base_text, self.rev, language=i18n.current_language(),
                                 new_lessons=[nl.to_dict() for nl in self.new_lessons.values()])

    def store_draft(self) -> None:
        """Write the whole editor state to state.db now (off the GUI thread, serial writer)."""
        self.autosave.stop()
        if not self.is_open or self.rev == self.stored_rev:
            return
        d = self.draft()
        rev = d.rev

        def work(job):
            kb = self.library._kb
            if kb is None:
                raise RuntimeError("the library is closed")
            core_drafts.save(kb.state, d)
            return rev

        def done(r):
            self.draftSaved.emit(r)

        self.stored_rev = rev
        # not cancellable: a draft queued while the window closes is still written
        self.runner.write(work, on_done=done, on_error=self._draft_failed, name="draft", cancellable=False)

    def _draft_failed(self, e) -> None:
        self.stored_rev = -1
        self.state_label.setText(QCoreApplication.translate("EditorView", "The draft could not be kept: {0}").format(error_text(e)))

    def flush(self) -> None:
        if self.is_open:
            self.store_draft()

    def _focus_changed(self, old, new) -> None:
        if self.is_open and old is not None and self.isAncestorOf(old) and (new is None or not self.isAncestorOf(new)):
            self.store_draft()

    def discard(self) -> None:
        if not self.is_open:
            return
        if self.dirty() and QMessageBox.question(
                self, QCoreApplication.translate("EditorView", "Discard the draft?"),
                QCoreApplication.translate("EditorView", "What was typed since the last save will be lost.")
        ) != QMessageBox.StandardButton.Yes:
            return
        self.discard_now()

    def discard_now(self) -> None:
        did = self.draft_id
        self.new_lessons = {}  # new lessons go with the case: never written
        self.autosave.stop()
        self._delete_draft(did, None, "draft_discard")
        self.is_open = False
        self.closed.emit()

    def close_editor(self) -> None:
        """The editor's Close: with unsaved changes, ask first (Save / Discard / Cancel)."""
        if self.is_open and self.dirty():
            self.ask_to_close()
            return
        self._close_now()

    def ask_to_close(self, then=None) -> QMessageBox:
        """Ask what to do with the unsaved changes before closing, without blocking: Save (closes once
        the save went through; a problem or a conflict keeps the editor open to show it), Discard (the
        changes and their draft go, as Discard draft does) or Cancel (everything stays as it is, the
        draft in state.db too). `then` runs once the editor closed (the window closing, say)."""
        box = getattr(self, "close_question", None)
        if box is not None and box.isVisible():
            return box
        t = lambda text: QCoreApplication.translate("EditorView", text)  # noqa: E731
        name = Path(self.path).name if self.path else (self.form.state().get("title") or t("New case"))
        box = QMessageBox(QMessageBox.Icon.Question, t("Close the editor"),
                          t("Save the changes to “{0}” before closing?").format(name),
                          QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                          | QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("closeQuestion")
        box.setInformativeText(t("If you do not save, what was typed since the last save is lost."))
        for button, text in ((QMessageBox.StandardButton.Save, t("Save")),
                             (QMessageBox.StandardButton.Discard, t("Discard")),
                             (QMessageBox.StandardButton.Cancel, t("Cancel"))):
            box.button(button).setText(text)
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        box.setEscapeButton(QMessageBox.StandardButton.Cancel)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.finished.connect(lambda _r, b=box: self._close_answered(b.standardButton(b.clickedButton()), then))
        self.close_question = box
        box.open()
        return box

    def _close_answered(self, answer, then) -> None:
        self.close_question = None
        if not self.is_open:
            return
        if answer == QMessageBox.StandardButton.Save:
            self._close_after_save = then or (lambda: None)
            self.save()
            if not self._saving:  # refused before it started (a field's problem): stay and show it
                self._close_after_save = None
        elif answer == QMessageBox.StandardButton.Discard:
            self.discard_now()
            if then:
                then()

    def after_save(self, ok: bool) -> None:
        """A save asked for by the close question ended: close if it went through, else stay."""
        then, self._close_after_save = getattr(self, "_close_after_save", None), None
        if then is not None and ok:
            self._close_now()
            then()

    def _close_now(self) -> None:
        self.flush()
        if not self.dirty() and self.draft_id:
            self._delete_draft(self.draft_id, self.rev, "draft_drop_clean")
        self.autosave.stop()
        self.is_open = False
        self.closed.emit()

    def _delete_draft(self, did: str, rev: int | None, name: str) -> None:
        """Drop draft `did` from state.db (only up to revision `rev`, when given), even while closing."""
        def work(job):
            core_drafts.delete(self.library._kb_for_state().state, did, rev)

        self.runner.write(work, name=name, cancellable=False)

    def restore_draft(self, d: core_drafts.Draft) -> None:
        self._reset()
        self.draft_id, self.path, self.case_id, self.base_text = d.id, d.path, d.case_id, d.base_text
        self.rev = max(self.rev, d.rev)
        self.set_pending_lessons(d.new_lessons)
        self._load_state({"form": d.form, "body": d.body, "cursor": d.cursor})
        if d.base_text is not None:
            cf = CaseFile.parse(d.base_text)
            self._applying = True
            saved_form = None
            try:
                keep = self.snapshot()
                self.form.set_state(cf.form())
                saved_form = self.form.state()
                self._apply(keep)
            finally:
                self._applying = False
            self.saved_state = (saved_form, cf.body.replace("\r\n", "\n").replace("\u00a0", " "))
        else:
            self.saved_state = None
        self.stored_rev = self.rev
        self._lookups()
        self.body.setFocus()
        self.state_label.setText(QCoreApplication.translate("EditorView", "Draft restored"))
