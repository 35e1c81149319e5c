"""The case's Markdown body and its live preview, the two right-hand panes of the editor.

BodyEditor is the plain text (its own undo is off: the editor's runs over form and body
together) with the body's problems under it. LivePreview shows the case being written with
exactly the code of the case view (views/case.py: case_doc + CaseView), rendered on the read
pool and shown only if it is still the latest request; preview_case is the case it renders.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from kb_app.core.domain import Case, Outcome
from ...workers import RequestTokens
from ..case import CaseView, case_doc
from .form import problem_style


class BodyEditor(QWidget):
    """The Markdown text under its label, its problems (size, merge markers left) below it."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.edit = QPlainTextEdit(self)
        self.edit.setObjectName("bodyEdit")
        self.edit.setUndoRedoEnabled(False)  # undo runs over form and body together (see EditorView.undo())
        self.error = QLabel(self)
        self.error.setObjectName("error_body")
        self.error.setStyleSheet("color: #b91c1c;")
        self.error.hide()
        self.label = QLabel(self)
        bl = QVBoxLayout(self)
        bl.setContentsMargins(0, 0, 0, 0)
        bl.addWidget(self.label)
        bl.addWidget(self.edit, 1)
        bl.addWidget(self.error)

    def retranslate(self) -> None:
        self.label.setText(QCoreApplication.translate("EditorView", "Text (Markdown)"))

    def show_problems(self, msgs: list[str] | None) -> None:
        self.error.setStyleSheet(problem_style(msgs))
        self.error.setText("\n".join(msgs or []))
        self.error.setVisible(bool(msgs))

    def place_cursor_in_first_section(self) -> None:
        """At the end of the template's first section (the situation), where a new case begins."""
        text = self.edit.toPlainText()
        nl = text.find("\n")
        nxt = text.find("\n## ", nl + 1)
        pos = nl + 1 if nl >= 0 else 0
        if nxt > 0:
            pos = nxt  # the end of the situation section
        cur = self.edit.textCursor()
        cur.setPosition(max(0, min(pos, len(text))))
        self.edit.setTextCursor(cur)


def preview_case(form: dict, body: str, path: str, case_id: str, cases_dir) -> Case:
    """The case as the form and the body have it now (a new case gets a stand-in id and path)."""
    f = form
    path = Path(path) if path else (Path(cases_dir or ".") / "new.md")
    return Case(id=case_id or "new", title=f["title"] or QCoreApplication.translate("EditorView", "(untitled)"),
                kind=f["kind"] or "unknown", body=body, path=path, date=f["date"], industry=f["industry"],
                severity=f["severity"], soft_skills=f["soft_skills"],
                outcome=Outcome(f["outcome_status"] or "unknown", f["outcome_summary"]), lessons=f["lessons"],
                related=f["related"], language=f["language"], tags=f["tags"])


class LivePreview(QWidget):
    """The case view (objectName editorPreview) under its label; render() builds it off the GUI thread."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.view = CaseView(self)
        self.view.setObjectName("editorPreview")
        self.label = QLabel(self)
        self.tokens = RequestTokens()
        pl = QVBoxLayout(self)
        pl.setContentsMargins(0, 0, 0, 0)
        pl.addWidget(self.label)
        pl.addWidget(self.view, 1)

    def retranslate(self) -> None:
        self.label.setText(QCoreApplication.translate("EditorView", "Preview"))

    def render(self, runner, library, case: Case, vocab, shown) -> None:
        """Render `case` on the read pool (markdown + sanitising); show it if no later render was asked
        for, with the vocabulary vocab() gives then, and call shown()."""
        seq = self.tokens.next()

        def work(job):
            return case_doc(library._kb_or_raise(), case)

        def done(doc):
            if self.tokens.is_current(seq):
                self.view.show_doc(doc, vocab(), keep_scroll=True)
                shown()

        runner.read(work, on_done=done, on_error=lambda e: None, name="editor_preview")
