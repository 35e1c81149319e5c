"""Earlier versions of the case being edited: the list with a diff against the current text, and
restoring one into the editor (undoably; saving keeps it).

A version is kept by each save (core/cases/history.py, in state.db). HistoryMixin is the
EditorView's part of it; local_time writes a stored time as the UI language does (the recovery
dialog of drafts.py shows its times so); the history list shows each version's date and time to
the second (version_labels), so two saves within a minute are two entries one can tell apart.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (QDialog, QHBoxLayout, QLabel, QListWidget, QPushButton, QSplitter, QTextBrowser,
                               QVBoxLayout)

from kb_app.core.cases import editing
from kb_app.core.cases import history as core_history


def local_time(iso: str) -> str:
    """A stored time, in local time with its offset as the UI language writes it (models.format_time)."""
    from ...models import format_time

    return format_time(iso)


def version_labels(times: list[str]) -> list[str]:
    """The save times of versions as the list shows them: local date and time to the second with the
    offset (core/clock.py's one rule; two saves within a minute must be told apart), and the
    milliseconds where two would still read the same."""
    from kb_app.core import clock

    def label(iso: str, ms: bool) -> str:
        t = clock.parse(iso)
        if t is None:
            return iso or ""
        text = t.strftime("%Y-%m-%d %H:%M:%S") + (f".{t.microsecond // 1000:03d}" if ms else "")
        return f"{text} {clock.offset(t)}"

    plain = [label(iso, False) for iso in times]
    return [label(iso, plain.count(p) > 1) for iso, p in zip(times, plain)]


class HistoryDialog(QDialog):
    """Previous versions of the case: times, a diff against the current text, restore one."""

    def __init__(self, versions, current_text: str, parent=None):
        super().__init__(parent)
        self.setObjectName("historyDialog")
        self.setWindowTitle(QCoreApplication.translate("EditorView", "Previous versions"))
        self.versions = versions
        self.current = current_text
        self.chosen = None
        self.list = QListWidget(self)
        self.list.setObjectName("historyList")
        for text in version_labels([v.saved_at for v in versions]):
            self.list.addItem(text)
        self.diff = QTextBrowser(self)
        self.diff.setObjectName("historyDiff")
        self.list.currentRowChanged.connect(self._show)
        self.restore = QPushButton(QCoreApplication.translate("EditorView", "Restore this version"), self)
        self.restore.setObjectName("historyRestore")
        self.restore.clicked.connect(self._restore)
        self.restore.setEnabled(bool(versions))
        close = QPushButton(QCoreApplication.translate("EditorView", "Close"), self)
        close.clicked.connect(self.reject)
        sp = QSplitter(self)
        sp.addWidget(self.list)
        sp.addWidget(self.diff)
        sp.setSizes([200, 600])
        row = QHBoxLayout()
        self.note = QLabel(QCoreApplication.translate("EditorView", "Red: only in that version; green: only in the current text."), self)
        row.addWidget(self.note, 1)
        row.addWidget(self.restore)
        row.addWidget(close)
        lay = QVBoxLayout(self)
        if not versions:
            lay.addWidget(QLabel(QCoreApplication.translate("EditorView", "No earlier version yet: one is kept each time the case is saved."), self))
        lay.addWidget(sp, 1)
        lay.addLayout(row)
        self.resize(900, 560)
        if versions:
            self.list.setCurrentRow(0)

    def _show(self, row: int) -> None:
        import html as _html

        if row < 0:
            return
        # the diff's header names the two sides in the UI language (not "--- version / +++ current")
        d = core_history.diff(self.versions[row].text, self.current,
                              QCoreApplication.translate("EditorView", "the version of {0}").format(
                                  local_time(self.versions[row].saved_at)),
                              QCoreApplication.translate("EditorView", "the current text"))
        out = []
        for line in d.splitlines():
            color = "#fde2e1" if line.startswith("-") else "#dcfce7" if line.startswith("+") else "#ffffff"
            out.append(f'<div style="background-color:{color}; font-family: monospace; white-space: pre-wrap;">'
                       f"{_html.escape(line) or '&nbsp;'}</div>")
        self.diff.setHtml("".join(out) or QCoreApplication.translate("EditorView", "This version is the same as the current text."))

    def _restore(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.chosen = self.versions[row]
            self.accept()


class HistoryMixin:
    """EditorView's history: needs its case_id, base_text, form, body, library, runner, state_label and
    _load_text_into_editor (saving.py)."""

    def show_history(self) -> None:
        if not self.case_id:
            return
        cid = self.case_id
        current = editing.compose(self.base_text, self.form.state(), self.body.toPlainText(), cid) \
            if self.base_text is not None else ""

        def work(job):
            return core_history.versions(self.library._kb_for_state().state, cid)

        def done(versions):
            dlg = HistoryDialog(versions, current, self)
            dlg.accepted.connect(lambda: dlg.chosen is not None and self.restore_version(dlg.chosen))
            self.history_dialog = dlg
            dlg.open()

        self.runner.write(work, on_done=done, name="history")

    def restore_version(self, version) -> None:
        self._load_text_into_editor(version.text)
        self.state_label.setText(QCoreApplication.translate("EditorView", "Version restored in the editor: save to keep it"))
