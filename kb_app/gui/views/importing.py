"""What an import did, said in the UI language (issue 15): the summary at its end, and the words
for each record's code (core/importing: "already-imported", "duplicate", "import-damaged" ...).

The summary lists the new cases (double-click opens one), the sources already imported, the likely
duplicates naming the case they repeat (checked ones can be imported anyway: allow duplicates),
and the files that could not be read with their problem. Strings: context "Import".
"""
from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHeaderView, QLabel, QPushButton, QTreeWidget,
                               QTreeWidgetItem, QVBoxLayout)

ROLE_CASE = Qt.ItemDataRole.UserRole + 1
ROLE_FILE = Qt.ItemDataRole.UserRole + 2


def _t(text: str) -> str:
    return QCoreApplication.translate("Import", text)


def record_text(rec) -> str:
    """Why a source was skipped or failed, in the UI language (its English message only for a code
    this window does not know)."""
    from ..models import os_error_text

    code, a = rec.code, tuple(rec.args or ())
    first = str(a[0]) if a else ""
    if code == "already-imported":
        return _t("Already imported as {0}").format(first or rec.case_id)
    if code == "duplicate":
        cid, title = (a + ("", ""))[:2]
        how = a[2] if len(a) > 2 else ""
        why = _t("same title and date") if how == "title-date" else \
            _t("similarity {0}%").format(round(float(a[3]) * 100) if len(a) > 3 else "?")
        return _t("The same incident as “{0}”? ({1})").format(title or cid, why)
    if code == "inside-case-folder":
        return _t("Inside the case folder: its cases are already here")
    if code == "import-unsupported":
        if len(a) >= 2:
            return (_t("{0} files cannot be imported; save it as {1}").format(a[0], a[1]) if a[1]
                    else _t("{0} files cannot be imported").format(a[0] or "?"))
        if len(a) == 1:
            return _t("An old binary Office file; save it as {0} to import it").format(a[0])
        return _t("This kind of file cannot be imported")
    fixed = {
        "import-not-found": _t("No such file or folder"),
        "import-encrypted": _t("The file is encrypted (password-protected); save an unprotected copy to import it"),
        "import-encoding": _t("The text's encoding could not be recognised; save it as UTF-8"),
        "import-no-header": _t("No row of column names found (Number, Short description, 标题 …)"),
        "import-no-text": _t("The PDF has no text layer (a scan?); only PDFs with text can be imported"),
        "import-empty": _t("No text to import"),
        "import-row-empty": _t("A row without a title or description"),
        "import-too-large": _t("Too large to import"),
        "import-too-complex": _t("Too large or too deeply nested to read"),
        "import-expands-too-much": _t("It would unpack to far more than its size (a zip bomb?); not opened"),
        "import-rows-capped": _t("More rows than can be read at once; the first ones were imported"),
    }
    if code in fixed:
        return fixed[code]
    if code == "import-damaged":
        return _t("The file is damaged or not what its name says")
    if code == "import-unreadable":
        return _t("Cannot read it: {0}").format(os_error_text(first)) if first else _t("Cannot read it")
    if code == "import-write-failed":
        return _t("Could not write the case: {0}").format(os_error_text(first)) if first else \
            _t("Could not write the case")
    if code == "import-unexpected":
        return _t("Unexpected problem: {0}").format(first or rec.message)
    return rec.message or code


def counts_text(ctx) -> str:
    """"3 new cases · 1 already imported · 1 likely duplicate · 1 problem" (the parts that are not 0)."""
    recs = ctx.records
    created = sum(1 for r in recs if r.status == "created")
    already = sum(1 for r in recs if r.code == "already-imported")
    dups = sum(1 for r in recs if r.status == "skipped" and r.code == "duplicate")
    failed = sum(1 for r in recs if r.status == "failed")
    parts = [QCoreApplication.translate("Import", "%n new case(s)", "", created)]
    if already:
        parts.append(QCoreApplication.translate("Import", "%n already imported", "", already))
    if dups:
        parts.append(QCoreApplication.translate("Import", "%n likely duplicate(s)", "", dups))
    if failed:
        parts.append(QCoreApplication.translate("Import", "%n problem(s)", "", failed))
    return " · ".join(parts)


class ImportSummaryDialog(QDialog):
    """The end of an import: what was created, skipped and why, and what could not be read."""

    caseRequested = Signal(str)
    importAnyway = Signal(list)     # source files whose likely duplicates are to be imported all the same
    reviewRequested = Signal()

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.setObjectName("importSummary")
        self.ctx = ctx
        self.headline = QLabel(self)
        self.headline.setObjectName("importHeadline")
        self.headline.setWordWrap(True)
        self.headline.setTextFormat(Qt.TextFormat.RichText)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("importRecords")
        self.tree.setColumnCount(2)
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setWordWrap(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.header().setStretchLastSection(True)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.tree.itemDoubleClicked.connect(self._activated)
        self.tree.itemChanged.connect(lambda *_: self._update_buttons())
        self.buttons = QDialogButtonBox(self)
        self.anyway_button = QPushButton(self)
        self.anyway_button.setObjectName("importAnyway")
        self.review_button = QPushButton(self)
        self.review_button.setObjectName("reviewNow")
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.anyway_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.review_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.anyway_button.clicked.connect(self._import_anyway)
        self.review_button.clicked.connect(lambda: (self.accept(), self.reviewRequested.emit()))
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.headline)
        lay.addWidget(self.tree, 1)
        lay.addWidget(self.buttons)
        room = parent.width() - 60 if parent is not None else 900
        self.resize(max(560, min(940, room)), 470)  # wide enough to name the case a duplicate repeats
        self.retranslate()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- filling ---------------------------------------------------------------------------------------------------
    def groups(self) -> list[tuple[str, str, list]]:
        recs = self.ctx.records
        created = [r for r in recs if r.status == "created"]
        dups = [r for r in recs if r.status == "skipped" and r.code == "duplicate"]
        already = [r for r in recs if r.code == "already-imported"]
        failed = [r for r in recs if r.status == "failed"]
        other = [r for r in recs if r.status == "skipped" and r.code not in ("duplicate", "already-imported")]
        return [("created", _t("New cases, to review"), created), ("duplicate", _t("Likely duplicates, not imported"), dups),
                ("failed", _t("Problems: not imported"), failed), ("already", _t("Already imported"), already),
                ("skipped", _t("Skipped"), other)]

    def retranslate(self) -> None:
        self.setWindowTitle(_t("Import finished") if not self.ctx.cancelled else _t("Import cancelled"))
        head = html.escape(counts_text(self.ctx))
        if self.ctx.cancelled:
            head = html.escape(_t("Cancelled after {0} of {1} files; what was imported stays.").format(
                self.ctx.done, self.ctx.total)) + "<br>" + head
        self.headline.setText(f"<b>{head}</b>")
        self.tree.setHeaderLabels([_t("Document"), _t("What happened")])
        checked = set(self.checked_files())
        self.tree.blockSignals(True)
        self.tree.clear()
        self.items: dict[str, QTreeWidgetItem] = {}
        for key, title, recs in self.groups():
            if not recs:
                continue
            top = QTreeWidgetItem(self.tree, [f"{title} ({len(recs)})", ""])
            f = top.font(0)
            f.setBold(True)
            top.setFont(0, f)
            top.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.items[key] = top
            for r in recs:
                src = r.source or r.file
                if key == "created":
                    what = r.title
                else:
                    what = record_text(r)
                it = QTreeWidgetItem(top, [src, what])
                it.setToolTip(0, r.file)
                it.setToolTip(1, what + (f"\n{r.case_id or r.duplicate_of}" if key in ("created", "duplicate") else ""))
                it.setData(0, ROLE_CASE, r.case_id or r.duplicate_of or "")
                it.setData(0, ROLE_FILE, r.file)
                if key == "duplicate":
                    it.setFlags(it.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                    it.setCheckState(0, Qt.CheckState.Checked if r.file in checked else Qt.CheckState.Unchecked)
            top.setExpanded(key in ("created", "duplicate", "failed"))
        self.tree.blockSignals(False)
        self.tree.setColumnWidth(0, 280)
        self.anyway_button.setText(_t("Import the checked duplicates anyway"))
        self.anyway_button.setToolTip(_t("Tick the documents that are not the same incident, then import them all the same"))
        self.review_button.setText(_t("Review the new cases"))
        self.close_button.setText(_t("Close"))
        self._update_buttons()

    def checked_files(self) -> list[str]:
        top = getattr(self, "items", {}).get("duplicate")
        if top is None:
            return []
        out = []
        for i in range(top.childCount()):
            it = top.child(i)
            f = it.data(0, ROLE_FILE)
            if it.checkState(0) == Qt.CheckState.Checked and f not in out:
                out.append(f)
        return out

    def _update_buttons(self) -> None:
        has_dups = "duplicate" in self.items
        self.anyway_button.setVisible(has_dups)
        self.anyway_button.setEnabled(bool(self.checked_files()))
        self.review_button.setVisible(self.ctx.created > 0)

    def _activated(self, item, column) -> None:
        cid = item.data(0, ROLE_CASE)
        if cid:
            self.caseRequested.emit(cid)

    def _import_anyway(self) -> None:
        files = self.checked_files()
        if files:
            self.accept()
            self.importAnyway.emit(files)
