"""Saving the case, and the file changed on disk meanwhile: nothing is ever overwritten unseen.

SavingMixin is the EditorView's part of it. save() checks the fields first (their problems
shown next to each field; a draft is kept whatever its state), then core.editing.save_case
checks the disk: if the file changed since it was opened, the conflict view (views/conflict.py)
opens instead, and the mentor's choice (the merge, mine, the disk's) is what is saved or taken.
check_disk does the same check after an outside edit reloaded the folder.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from kb_app.core.cases import drafts as core_drafts
from kb_app.core.cases import editing
from kb_app.core.cases.casefile import CaseFile
from .form import problem_text
from ...errors import error_text


def marker_names() -> tuple[str, str]:
    """The two sides of a merge by hand, as its <<<<<<< / >>>>>>> markers name them, in the UI language."""
    return (QCoreApplication.translate("EditorView", "your version (in the editor)"),
            QCoreApplication.translate("EditorView", "the version on disk"))


def clear_review_flag(path: str, text: str) -> str:
    """A save in the editor is the review of an imported case (issue 15): its `review: imported`
    flag goes, only that line, atomically. Returns the text now on disk (the editor's new base).
    Runs on the writer thread, right after the save."""
    from kb_app.core.cases.casefile import save_text
    from kb_app.core.importing import review

    cleared = review.clear_text(text)
    if cleared != text:
        save_text(Path(path), cleared)
    return cleared


class SavingMixin:
    """EditorView's saving and conflicts: needs its path, case_id, base_text, draft_id, rev, stored_rev,
    saved_state, is_open, _saving, problems, form, body, pages / edit_page / conflict_view, library, runner,
    state_label, saved / saveBlocked / conflictShown, and validate / snapshot / _apply / _show_problems /
    _update_heading / update_preview / store_draft / dirty."""

    def save(self) -> None:
        if not self.is_open or self._saving:
            return
        probs = [p for p in self.validate() if p.blocking]  # warnings are shown, they do not stop a save
        if probs:
            self.state_label.setText(QCoreApplication.translate("EditorView", "Not saved: {0}").format(
                "; ".join(problem_text(p) for p in probs[:3])) + (" …" if len(probs) > 3 else ""))
            self.store_draft()  # an invalid case is still kept as a draft
            self.saveBlocked.emit(probs)
            self.after_save(False)
            return
        self._run_save(None)

    def _run_save(self, resolved: str | None) -> None:
        snap = self.snapshot()
        form, body = snap["form"], snap["body"]
        path, base, did, rev = self.path, self.base_text, self.draft_id, self.rev
        new_lessons = self.pending_lessons()  # written by this save, not before (lessons.py)
        self._saving = True
        names = marker_names()
        self.state_label.setText(QCoreApplication.translate("EditorView", "Saving…"))

        def work(job):
            kb = self.library._kb_or_raise()
            res = editing.save_case(kb, path or None, form, body, base, did, rev, resolved_text=resolved,
                                    new_lessons=new_lessons, names=names, reload=False)
            if res.ok:
                res.text = clear_review_flag(res.path, res.text)
                kb.load()  # the saved file (and its cleared flag) is indexed before the window hears of it
            if res.ok and not path:
                # a new case got its file: a draft typed meanwhile now belongs to that file
                core_drafts.rename(kb.state, did, core_drafts.new_draft_id(res.case_id), res.path, res.case_id)
            return res

        self.runner.write(work, on_done=lambda r: self._saved(r, form, body, rev), on_error=self._save_failed,
                          name="save_case", cancellable=False)

    def _saved(self, res, form, body, rev) -> None:
        self._saving = False
        if res.problems:
            self.problems = res.problems
            self._show_problems()
            self.state_label.setText(QCoreApplication.translate("EditorView", "Not saved: {0}").format(
                "; ".join(problem_text(p) for p in res.problems)))
            self.saveBlocked.emit(res.problems)
            self.after_save(False)
            return
        if res.conflict is not None:
            self._show_conflict(res.conflict, res.path)
            self.state_label.setText(QCoreApplication.translate(
                "EditorView", "The file changed on disk: nothing was overwritten"))
            self.store_draft()
            self.conflictShown.emit(res.conflict.kind)
            self.after_save(False)
            return
        was_new = not self.path
        self.lessons_written(res.lessons)
        if res.lessons:  # a new lesson's id taken meanwhile: the file links the next free one
            linked = CaseFile.parse(res.text).form().get("lessons") or []
            if linked != form.get("lessons"):
                form = dict(form, lessons=linked)
                self._applying = True
                try:
                    self.lessons.set_value(linked)
                finally:
                    self._applying = False
        self.path, self.case_id, self.base_text = res.path, res.case_id, res.text
        if was_new:
            self.draft_id = core_drafts.new_draft_id(res.case_id)
        self.saved_state = (form, body)
        if self.rev != rev:
            self.stored_rev = -1  # typed while saving: keep that as a draft
            self.store_draft()
        else:
            self.stored_rev = rev
        self.pages.setCurrentWidget(self.edit_page)
        self._update_heading()
        self.state_label.setText(QCoreApplication.translate("EditorView", "Saved {0}").format(Path(res.path).name))
        self.saved.emit(res.path, res.case_id)
        self.after_save(True)

    def _save_failed(self, e) -> None:
        self._saving = False
        self.after_save(False)
        self.store_draft()
        self.state_label.setText(QCoreApplication.translate("EditorView", "Not saved: {0}").format(error_text(e)))

    def _save_resolved(self, text: str) -> None:
        """The merge (clean or by hand) is what goes to disk; the editor then shows it."""
        self._load_text_into_editor(text)
        self._run_save(text)

    def _keep_mine(self) -> None:
        c = self.pending_conflict
        self._run_save(c.mine)

    def _take_disk(self) -> None:
        c = self.pending_conflict
        self._follow_disk(c.disk or "")
        self.pages.setCurrentWidget(self.edit_page)
        self.state_label.setText(QCoreApplication.translate("EditorView", "Took the version on disk"))

    def _show_conflict(self, c, path: str) -> None:
        self.pending_conflict = c
        self.conflict_view.show_conflict(c, Path(path).name)
        self.pages.setCurrentWidget(self.conflict_view)

    def _follow_disk(self, text: str) -> None:
        """The file's text on disk becomes the editor's, and counts as saved."""
        self.base_text = text
        self._load_text_into_editor(text)
        self.saved_state = (self.form.state(), self.body.toPlainText())

    def _load_text_into_editor(self, text: str) -> None:
        """A whole file text (a merge, a version from history) into the form and body, undoably."""
        cf = CaseFile.parse(text)
        self._undo.append(self.snapshot())
        self._redo.clear()
        self._apply({"form": cf.form(), "body": cf.body, "cursor": self.body.textCursor().position()})
        self._current = self.snapshot()
        self.rev += 1
        self.store_draft()
        self.validate()
        self.update_preview()

    def check_disk(self) -> None:
        """After the folder was reloaded (an outside edit): if this file changed, deal with it now."""
        if not self.is_open or not self.path or self._saving or self.pages.currentWidget() is self.conflict_view:
            return
        path, base = self.path, self.base_text
        snap = self.snapshot()
        ident = self.case_id
        names = marker_names()

        def work(job):
            from kb_app.core.cases import conflicts

            disk = editing.read_text(Path(path))
            if disk == base:
                return None
            mine = editing.compose(base, snap["form"], snap["body"], ident)
            return conflicts.check(base, mine, disk, names)

        def done(c):
            if c is None or not self.is_open or self.path != path:
                return
            if c.kind == "merged" and not self.dirty():
                # nothing of ours to keep: follow the file
                self._follow_disk(c.disk)
                self.state_label.setText(QCoreApplication.translate("EditorView", "Updated from the file on disk"))
                return
            self._show_conflict(c, path)
            self.conflictShown.emit(c.kind)

        self.runner.read(work, on_done=done, on_error=lambda e: None, name="editor_check_disk")
