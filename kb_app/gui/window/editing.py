"""The case editor in the main window (issue 10), and draft recovery.

It owns the central stack (the panes, or the editor in their place), the File menu's New case
entry, the ways into the editor (Edit on a case, "Save as a new case" in the incident pane),
what follows a save, and after a crash (or a close with unsaved work) the offer of every draft,
to restore or discard. The editor itself is views/editor.py; this is only its wiring.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject

from . import menus


class EditorArea(QObject):
    """The editor's place in one main window (parented to it). Build it after the panes and menus."""

    def __init__(self, window):
        super().__init__(window)
        from PySide6.QtWidgets import QStackedWidget

        from ..views.editor.view import EditorView

        w = self.window_ = window
        self.editor = EditorView(w.library, w)
        self.central_stack = QStackedWidget(w)
        self.central_stack.setObjectName("centralStack")
        self.central_stack.addWidget(w.takeCentralWidget())
        self.central_stack.addWidget(self.editor)
        w.setCentralWidget(self.central_stack)
        self.act_new_case = menus.action(w, "actNewCase", self.new_case, ["Ctrl+Shift+N"])
        w.menu_file.insertAction(w.act_open_folder, self.act_new_case)
        w.menu_file.insertSeparator(w.act_open_folder)
        w.case_panel.editRequested.connect(self.edit_case)
        w.incident.newCaseRequested.connect(lambda text, top: self.new_case(text, top))
        self.editor.closed.connect(self._editor_closed)
        self.editor.saved.connect(self._editor_saved)
        self.editor.openCaseRequested.connect(lambda cid: (setattr(self, "return_to", None), self._editor_closed(),
                                                           w.open_case(cid)))
        w.indexReady.connect(self._editor_after_load)
        self._drafts_offered = False
        self.return_to = None  # the page the editor goes back to (the review queue), else the panes
        self.recovery_dialog = None
        # False: the window closes without asking, the draft kept for the next start (scripted runs)
        self.ask_before_closing = True
        self.retranslate()

    def retranslate(self) -> None:
        from ..views.hooks import hook_text

        self.act_new_case.setText(hook_text("new-case"))
        self.act_new_case.setToolTip(hook_text("new-case-tip"))

    def new_case(self, situation: str = "", related=()) -> None:
        if not self.window_.library.ready:
            return
        self.return_to = None
        self.editor.new_case(situation if isinstance(situation, str) else "", list(related or []))
        self.central_stack.setCurrentWidget(self.editor)

    def edit_case(self, case_id: str, return_to=None, after_open=None) -> None:
        """Open a case in the editor; closing it goes back to `return_to` (the review queue) or the panes."""
        self.return_to = return_to
        self.editor.edit_case(case_id, after_open=after_open)
        self.central_stack.setCurrentWidget(self.editor)

    def _editor_closed(self) -> None:
        back, self.return_to = getattr(self, "return_to", None), None
        if back is not None and self.central_stack.indexOf(back) >= 0:
            self.central_stack.setCurrentWidget(back)
        else:
            self.central_stack.setCurrentIndex(0)

    def _editor_saved(self, path: str, case_id: str) -> None:
        from ..views.hooks import hook_text

        w = self.window_
        w.status_label.setText(hook_text("saved").format(Path(path).name))
        w.library.load()  # incremental: the window's lists and counts follow the saved file

    def _editor_after_load(self) -> None:
        self.editor.set_vocab(self.window_.library.vocab)
        if self.editor.is_open:
            self.editor.refresh_lookups()
            self.editor.check_disk()
        if not self._drafts_offered:
            self._drafts_offered = True
            self.offer_drafts()

    def close_needs_answer(self) -> bool:
        """The window is asked to close: with unsaved edits in the editor, ask first (Save / Discard /
        Cancel, views/editor/drafts.py) and say so; the window closes once the answer allows it."""
        ed = self.editor
        if not (self.ask_before_closing and ed.is_open and ed.dirty()):
            return False
        self.central_stack.setCurrentWidget(ed)  # what the question is about, on screen
        ed.ask_to_close(then=self.window_.close)
        return True

    def flush(self) -> None:
        """The window closes: the draft being typed is queued (not cancellable) before the runner stops."""
        self.editor.flush()

    # -- draft recovery ------------------------------------------------------------------------------------------------
    def offer_drafts(self) -> None:
        """After a crash (or a close with unsaved work): every draft, to restore or discard."""
        from kb_app.core.cases import drafts as core_drafts

        w = self.window_

        def work(job):
            return core_drafts.all_drafts(w.library._kb_for_state().state)

        def done(items):
            if not items or w._closed:
                return
            from ..views.editor.drafts import RecoveryDialog

            dlg = RecoveryDialog(items, w)
            dlg.restore_button.clicked.connect(lambda: self._restore_draft(dlg))
            dlg.discard_button.clicked.connect(lambda: self._discard_draft(dlg))
            self.recovery_dialog = dlg
            dlg.open()

        w.runner.write(work, on_done=done, name="drafts")

    def _restore_draft(self, dlg) -> None:
        did = dlg.current_id()
        d = next((x for x in dlg.items if x.id == did), None)
        if d is None:
            return
        dlg.accept()
        self.editor.restore_draft(d)
        self.central_stack.setCurrentWidget(self.editor)

    def _discard_draft(self, dlg, confirm: bool = True) -> None:
        from PySide6.QtWidgets import QMessageBox

        from kb_app.core.cases import drafts as core_drafts

        did = dlg.current_id()
        if did is None:
            return
        from ..views.hooks import hook_text

        if confirm and QMessageBox.question(dlg, dlg.windowTitle(), hook_text("discard-draft")) != QMessageBox.StandardButton.Yes:
            return
        w = self.window_
        w.runner.write(lambda job: core_drafts.delete(w.library._kb_for_state().state, did), name="draft_discard",
                       cancellable=False)
        dlg.remove_current()
