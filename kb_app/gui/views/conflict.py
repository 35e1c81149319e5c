"""The conflict view: the case file changed on disk while the mentor was editing it.

Shown by the editor instead of overwriting anything:

- the two changes do not overlap: the three-way merge (core.conflicts, merge3) with a
  preview of the merged file; "Save the merge" or go back;
- they overlap: the mentor's version and the disk's side by side, the differing lines marked
  on both sides; "Keep mine", "Take the disk's", or "Merge by hand" (an editable text with the
  <<<<<<< / ======= / >>>>>>> markers, saved once no marker is left);
- the file was deleted underneath: the mentor's text is offered back as a new file.

Pure widget: it emits what the mentor chose; the editor does the writing.
"""
from __future__ import annotations

import html

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QSplitter, QStackedWidget,
                               QTextBrowser, QVBoxLayout, QWidget)

from kb_app.core.cases import conflicts

MINE_BG, DISK_BG = "#fde2e1", "#dcfce7"


def _side_html(sides, which: int) -> str:
    rows = []
    for tag, mine, disk in sides:
        lines = mine if which == 0 else disk
        other = disk if which == 0 else mine
        bg = "" if tag == "equal" else (MINE_BG if which == 0 else DISK_BG)
        for line in lines:
            rows.append(f'<tr><td style="background-color:{bg or "#ffffff"};">{html.escape(line) or "&nbsp;"}</td></tr>')
        for _ in range(max(0, len(other) - len(lines))):  # keep both sides aligned
            rows.append('<tr><td style="background-color:#f3f4f6;">&nbsp;</td></tr>')
    return ('<table width="100%" cellspacing="0" cellpadding="1" style="font-family: monospace; '
            'white-space: pre-wrap;">' + "".join(rows) + "</table>")


class ConflictView(QWidget):
    saveMergedRequested = Signal(str)   # text to write (a clean merge, or merged by hand)
    keepMineRequested = Signal()
    takeDiskRequested = Signal()
    saveAsNewRequested = Signal()       # the file was deleted: write mine back
    backRequested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("conflictView")
        self.conflict: conflicts.Conflict | None = None
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)

        self.heading = QLabel(self)
        self.heading.setObjectName("paneHeading")
        self.explain = QLabel(self)
        self.explain.setObjectName("conflictExplain")
        self.explain.setWordWrap(True)

        # clean merge: the merged text, editable
        self.merged = QPlainTextEdit(self)
        self.merged.setObjectName("mergedText")
        self.merged.setFont(mono)
        # overlap: side by side
        self.mine_label, self.disk_label = QLabel(self), QLabel(self)
        self.mine_view, self.disk_view = QTextBrowser(self), QTextBrowser(self)
        self.mine_view.setObjectName("mineSide")
        self.disk_view.setObjectName("diskSide")
        self.mine_view.verticalScrollBar().valueChanged.connect(self.disk_view.verticalScrollBar().setValue)
        self.disk_view.verticalScrollBar().valueChanged.connect(self.mine_view.verticalScrollBar().setValue)
        sides = QSplitter(self)
        for lab, view in ((self.mine_label, self.mine_view), (self.disk_label, self.disk_view)):
            box = QWidget(sides)
            bl = QVBoxLayout(box)
            bl.setContentsMargins(0, 0, 0, 0)
            bl.addWidget(lab)
            bl.addWidget(view, 1)
            sides.addWidget(box)
        self.deleted_note = QLabel(self)
        self.deleted_note.setWordWrap(True)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.merged)   # 0: merge / by hand
        self.stack.addWidget(sides)         # 1: side by side
        self.stack.addWidget(self.deleted_note)  # 2: deleted

        self.save_merged = QPushButton(self)
        self.save_merged.setObjectName("saveMerged")
        self.save_merged.setDefault(True)
        self.save_merged.clicked.connect(lambda: self.saveMergedRequested.emit(self.merged.toPlainText()
                                                                               if not self._crlf else
                                                                               self.merged.toPlainText().replace("\n", "\r\n")))
        self.keep_mine = QPushButton(self)
        self.keep_mine.setObjectName("keepMine")
        self.keep_mine.clicked.connect(self.keepMineRequested)
        self.take_disk = QPushButton(self)
        self.take_disk.setObjectName("takeDisk")
        self.take_disk.clicked.connect(self.takeDiskRequested)
        self.by_hand = QPushButton(self)
        self.by_hand.setObjectName("mergeByHand")
        self.by_hand.clicked.connect(self.merge_by_hand)
        self.save_new = QPushButton(self)
        self.save_new.setObjectName("saveAsNew")
        self.save_new.clicked.connect(self.saveAsNewRequested)
        self.back = QPushButton(self)
        self.back.setObjectName("conflictBack")
        self.back.clicked.connect(self.backRequested)
        self.merged.textChanged.connect(self._update_buttons)
        self._crlf = False

        bar = QHBoxLayout()
        bar.addWidget(self.back)
        bar.addStretch(1)
        for b in (self.take_disk, self.by_hand, self.keep_mine, self.save_new, self.save_merged):
            bar.addWidget(b)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(14, 12, 14, 12)
        lay.addWidget(self.heading)
        lay.addWidget(self.explain)
        lay.addWidget(self.stack, 1)
        lay.addLayout(bar)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.mine_label.setText(self.tr("Your version (in the editor)"))
        self.disk_label.setText(self.tr("The version on disk now"))
        self.save_merged.setText(self.tr("Save the merge"))
        self.keep_mine.setText(self.tr("Keep mine"))
        self.take_disk.setText(self.tr("Take the disk's"))
        self.by_hand.setText(self.tr("Merge by hand"))
        self.save_new.setText(self.tr("Save mine as a new file"))
        self.back.setText(self.tr("Back to the editor"))
        self.deleted_note.setText(self.tr("The file was deleted or moved away while you were editing it. "
                                          "Nothing of yours is lost: save your text back as a file, or go back to the editor."))
        if self.conflict is not None:
            self._texts()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def show_conflict(self, c: conflicts.Conflict, name: str = "") -> None:
        self.conflict = c
        self.name = name
        self._crlf = "\r\n" in (c.mine or "")
        self.merged.blockSignals(True)
        self.merged.setPlainText(c.merged if c.kind in ("merged", "same") else c.marked)
        self.merged.blockSignals(False)
        if c.kind == "overlap":
            self.mine_view.setHtml(_side_html(c.sides, 0))
            self.disk_view.setHtml(_side_html(c.sides, 1))
            self.stack.setCurrentIndex(1)
        elif c.kind == "deleted":
            self.stack.setCurrentIndex(2)
        else:
            self.stack.setCurrentIndex(0)
        self._texts()
        self._update_buttons()

    def _texts(self) -> None:
        c = self.conflict
        if c.kind == "deleted":
            self.heading.setText(self.tr("“{0}” is no longer on disk").format(self.name))
            self.explain.setText("")
        elif c.kind == "overlap":
            self.heading.setText(self.tr("“{0}” was changed on disk where you changed it too").format(self.name))
            self.explain.setText(self.tr("Lines that differ are marked on both sides (yours in red, the disk's in green). "
                                         "Keep yours, take the disk's, or merge by hand."))
        elif self.stack.currentIndex() == 0 and conflicts.has_markers(self.merged.toPlainText()):
            self.heading.setText(self.tr("Merge by hand"))
            self.explain.setText(self.tr("Edit the text until it reads right and no <<<<<<< ======= >>>>>>> marker is left, then save."))
        else:
            self.heading.setText(self.tr("“{0}” was changed on disk while you were editing it").format(self.name))
            self.explain.setText(self.tr("The changes do not overlap: below is your version merged with the one on disk. "
                                         "Check it, then save the merge."))

    def merge_by_hand(self) -> None:
        self.merged.setPlainText(self.conflict.marked or self.conflict.mine)
        self.stack.setCurrentIndex(0)
        self._texts()
        self._update_buttons()

    def _update_buttons(self) -> None:
        c = self.conflict
        if c is None:
            return
        page = self.stack.currentIndex()
        self.save_merged.setVisible(page == 0)
        self.save_merged.setEnabled(page == 0 and not conflicts.has_markers(self.merged.toPlainText()))
        self.keep_mine.setVisible(c.kind in ("overlap", "merged"))
        self.take_disk.setVisible(c.kind in ("overlap", "merged"))
        self.by_hand.setVisible(c.kind == "overlap" and page == 1)
        self.save_new.setVisible(c.kind == "deleted")
