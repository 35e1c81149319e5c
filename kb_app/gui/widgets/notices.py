"""The notice bar: a band above the panes saying, in the UI language, what the user must know
about their own data and the index — state.db kept aside, from a newer version, read-only,
locked or a folder; a read-only data folder; a damaged index rebuilt; a case folder that
cannot be read. It shows from the first load (not only after F5), keeps one line per code,
re-words itself when the language changes, and can be dismissed (Esc-free: a close button).

Notices come from the core by stable code (StateNotice.code, LoadReport.codes), so the core
stays Qt-free and the wording lives here, in the `state_*` catalogues.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton

# the worse level wins; "saved" clears the warnings it resolves
_RANK = {"info": 0, "warning": 1, "error": 2}
_RESOLVED_BY = {"state-saved": ("state-read-only", "state-locked"),
                # a new fault after a save: "saved again" no longer holds (feat/integrate)
                "state-read-only": ("state-saved",), "state-locked": ("state-saved",)}
_STYLE = {
    "info": "background:#eef4ff; border-bottom:1px solid #c7d7fb; color:#1e3a8a;",
    "warning": "background:#fff7e0; border-bottom:1px solid #f2d58a; color:#713f12;",
    "error": "background:#fdecec; border-bottom:1px solid #f3b4b4; color:#7f1d1d;",
}


class NoticeBar(QFrame):
    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("noticeBar")
        self._notices: dict[str, object] = {}  # code -> the latest notice with that code
        self.label = QLabel(self)
        self.label.setObjectName("noticeText")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.close_button = QToolButton(self)
        self.close_button.setObjectName("noticeClose")
        self.close_button.setAutoRaise(True)
        self.close_button.setText("✕")
        self.close_button.clicked.connect(self.dismiss)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(12, 6, 6, 6)
        lay.addWidget(self.label, 1)
        lay.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()
        self.retranslateUi()

    # -- content ------------------------------------------------------------------------------------
    def add(self, notices) -> None:
        for n in notices:
            if not self.text_for(n):
                continue  # a code this bar does not show (it is logged)
            for gone in _RESOLVED_BY.get(n.code, ()):
                self._notices.pop(gone, None)
            self._notices[n.code] = n
        self._refresh()

    def codes(self) -> list[str]:
        return list(self._notices)

    def level(self) -> str:
        return max((n.level for n in self._notices.values()), key=lambda l: _RANK.get(l, 1), default="info")

    def text(self) -> str:
        return self.label.text()

    def dismiss(self) -> None:
        self._notices.clear()
        self._refresh()

    def _refresh(self) -> None:
        lines = [self.text_for(n) for n in self._notices.values()]
        self.label.setText("\n".join(l for l in lines if l))
        if lines:
            self.setStyleSheet(f"QFrame#noticeBar {{ {_STYLE.get(self.level(), _STYLE['warning'])} }}")
        self.setVisible(bool(lines))
        self.changed.emit()

    def text_for(self, n) -> str:
        path, detail = getattr(n, "path", "") or "", getattr(n, "detail", "") or ""
        code = n.code
        if code == "state-kept-aside":
            return self.tr("Your reading progress could not be read: the damaged file was kept as {0} "
                           "(nothing was deleted) and a new one was started.").format(detail)
        if code == "state-newer":
            return self.tr("Your reading progress ({0}) was saved by a newer version of the app. It is "
                           "opened read-only and never changed; what you mark now is kept until you quit.").format(path)
        if code == "state-read-only":
            return self.tr("Your reading progress cannot be saved ({0} is read-only). What you do is kept "
                           "and saved as soon as it can be.").format(path)
        if code == "state-locked":  # the holder as the system names it: a process number and its command
            pid, program = getattr(n, "pid", 0) or 0, getattr(n, "program", "") or ""
            if pid and program:
                return self.tr("Another program (process {1}: {2}) is using your reading progress ({0}). What you "
                               "do is kept and saved when it is free.").format(path, pid, program)
            if pid:
                return self.tr("Another program (process {1}) is using your reading progress ({0}). What you do "
                               "is kept and saved when it is free.").format(path, pid)
            return self.tr("Another program is using your reading progress ({0}). What you do is kept and "
                           "saved when it is free.").format(path)
        if code == "state-not-a-file":
            return self.tr("{0} is a folder, not a file: your reading progress is kept only until you quit. "
                           "Move the folder away to save it.").format(path)
        if code == "state-saved":
            return self.tr("Your reading progress could be saved again; nothing was lost.")
        if code == "state-migrated":
            return self.tr("Your reading progress was updated for this version; a copy of the old file is "
                           "in {0}.").format(detail)
        if code == "data-read-only":
            return self.tr("The data folder cannot be written ({0}): searching the index as it is. Changes "
                           "in the case folder are not indexed until it can be written.").format(path)
        if code == "index-corrupt":
            return self.tr("The search index was damaged; it is rebuilt from the case files.")
        if code == "index-busy":
            return self.tr("Another program is updating the index; searching it as it is.")
        if code == "folder-unreadable":
            return self.tr("The case folder cannot be read ({0}); the cases already indexed stay in use.").format(path)
        if code == "index-locked":
            return self.tr("The index is being written by another program; try again when it has finished.")
        return ""

    # -- language -------------------------------------------------------------------------------------
    def retranslateUi(self) -> None:
        self.close_button.setToolTip(self.tr("Hide this message"))
        self.close_button.setAccessibleName(self.tr("Hide this message"))
        if self._notices:
            self._refresh()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
