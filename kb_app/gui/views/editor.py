"""The case editor: a form for every field, a Markdown body, a live preview; never loses a word.

Layout: the form (scrolls) | the Markdown body | the preview, rendered by exactly the code of
the case view (views/case.py: case_doc + compose_case_html over core/render.py), built on
the read pool after a pause in typing and shown only if it is still the latest.

What the mentor typed goes to state.db (core/drafts.py, through the serial writer):
at most AUTOSAVE_MS after the first unsaved change (a throttle, not a debounce, so steady
typing is saved too), when the focus leaves the editor and when the window closes. A draft is
deleted by the save that wrote everything it holds (its revision), or when the mentor
discards it.

Saving (core/editing.save_case) checks the fields first (shown next to each field, in the UI
language; a draft is kept whatever its state), then the disk: if the file changed since it was
opened, the conflict view (views/conflict.py) opens instead of overwriting it.

Undo / redo (Ctrl+Z, Ctrl+Shift+Z / Ctrl+Y) run over form and body together: snapshots of the
whole state, one per burst of typing in one field.
"""
from __future__ import annotations

import datetime as _dt
import logging
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QApplication, QCalendarWidget, QCheckBox, QComboBox, QCompleter, QDialog,
                               QDialogButtonBox, QFormLayout, QGridLayout, QHBoxLayout, QLabel, QLineEdit,
                               QListWidget, QListWidgetItem, QMenu, QMessageBox, QPlainTextEdit, QPushButton,
                               QScrollArea, QSplitter, QStackedWidget, QTextBrowser, QToolButton, QVBoxLayout,
                               QWidget, QWidgetAction)

from kb_app.core.cases import drafts as core_drafts
from kb_app.core.cases import editing, history
from kb_app.core.cases.casefile import CaseFile, section_template
from kb_app.core.domain import SEVERITIES, Case, Outcome
from .. import i18n
from ..models import VocabLabels, language_label
from ..workers import RequestTokens, is_cancellation
from .case import CaseView, case_doc, severity_label
from .hooks import hook_text
from .conflict import ConflictView

log = logging.getLogger(__name__)

FIELDS = ("title", "kind", "date", "industry", "severity", "soft_skills", "stakes", "outcome_status",
          "outcome_summary", "lessons", "related", "language", "tags")





def problem_text(p) -> str:
    """A field problem in the UI language (codes from core.editing.FieldProblem)."""
    t = {
        "title-missing": QCoreApplication.translate("EditorView", "A title is needed"),
        "kind-missing": QCoreApplication.translate("EditorView", "Choose the kind of incident"),
        "kind-unknown": QCoreApplication.translate("EditorView", "Unknown kind “{0}” (not in vocab/kinds.yaml)"),
        "date-impossible": QCoreApplication.translate("EditorView", "“{0}” is not a real date (YYYY-MM-DD)"),
        "lesson-dangling": QCoreApplication.translate("EditorView", "No lesson “{0}” in lessons/"),
        "related-dangling": QCoreApplication.translate("EditorView", "No case “{0}” in the folder"),
        "severity-unknown": QCoreApplication.translate("EditorView", "Unknown severity “{0}”"),
        "language-unknown": QCoreApplication.translate("EditorView", "Unknown language “{0}”"),
        "body-too-large": QCoreApplication.translate("EditorView", "The case is larger than 2 MB"),
        "markers-left": QCoreApplication.translate("EditorView", "Merge markers (<<<<<<< ======= >>>>>>>) are still in the text"),
    }.get(p.code, p.code)
    return t.format(p.value) if "{0}" in t else t


# -- small widgets -------------------------------------------------------------------------------------------

class CheckGrid(QWidget):
    """Checkable vocabulary keys (soft skills, stakes) in two columns, labels in the UI language."""

    changed = Signal()

    def __init__(self, table: str, parent=None):
        super().__init__(parent)
        self.table = table
        self.boxes: dict[str, QCheckBox] = {}
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(12)
        self.grid.setVerticalSpacing(2)

    def set_keys(self, keys, labels: VocabLabels) -> None:
        chosen = self.value()
        for b in self.boxes.values():
            b.deleteLater()
        self.boxes = {}
        for i, k in enumerate(list(keys) + [c for c in chosen if c not in keys]):
            b = QCheckBox(labels.label(self.table, k), self)
            b.setObjectName(f"{self.table}_{k}")
            b.setChecked(k in chosen)
            b.toggled.connect(self.changed)
            self.boxes[k] = b
            self.grid.addWidget(b, i // 2, i % 2)

    def relabel(self, labels: VocabLabels) -> None:
        for k, b in self.boxes.items():
            b.setText(labels.label(self.table, k))

    def value(self) -> list[str]:
        # the order the file had, then newly checked ones (so a save does not reorder the line)
        checked = [k for k, b in self.boxes.items() if b.isChecked()]
        order = [k for k in getattr(self, "_order", []) if k in checked]
        return order + [k for k in checked if k not in order]

    def set_value(self, keys) -> None:
        keys = list(keys or [])
        self._order = list(keys)
        for k in keys:
            if k not in self.boxes:
                b = QCheckBox(k, self)
                b.toggled.connect(self.changed)
                n = len(self.boxes)
                self.boxes[k] = b
                self.grid.addWidget(b, n // 2, n % 2)
        for k, b in self.boxes.items():
            b.blockSignals(True)
            b.setChecked(k in keys)
            b.blockSignals(False)


class LinkPicker(QWidget):
    """Chosen ids (lessons or related cases) + search-as-you-type to add one (+ create, for lessons)."""

    changed = Signal()
    createRequested = Signal(str)

    def __init__(self, name: str, can_create: bool, parent=None):
        super().__init__(parent)
        self.setObjectName(name)
        self.titles: dict[str, str] = {}
        self.ids: list[str] = []
        self.list = QListWidget(self)
        self.list.setObjectName(f"{name}List")
        self.list.setMaximumHeight(92)
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.itemDoubleClicked.connect(lambda it: self._remove(it))
        self.search = QLineEdit(self)
        self.search.setObjectName(f"{name}Search")
        self.search.setClearButtonEnabled(True)
        self.model = QStringListModel(self)
        self.completer = QCompleter(self.model, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.setMaxVisibleItems(10)
        self.completer.activated[str].connect(self._picked)
        self.search.setCompleter(self.completer)
        self.search.returnPressed.connect(lambda: self._picked(self.search.text()))
        self.remove = QToolButton(self)
        self.remove.setObjectName(f"{name}Remove")
        self.remove.clicked.connect(lambda: self._remove(self.list.currentItem()))
        self.create = QToolButton(self) if can_create else None
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.search, 1)
        if self.create is not None:
            self.create.setObjectName(f"{name}Create")
            self.create.clicked.connect(lambda: self.createRequested.emit(self.search.text().strip()))
            row.addWidget(self.create)
        row.addWidget(self.remove)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        lay.addWidget(self.list)
        lay.addLayout(row)

    def set_choices(self, titles: dict[str, str]) -> None:
        self.titles = dict(titles)
        self.model.setStringList([f"{t}  ·  {i}" for i, t in sorted(titles.items(), key=lambda kv: kv[1])])
        self._fill()

    def _picked(self, text: str) -> None:
        text = (text or "").strip()
        ident = text.rsplit("  ·  ", 1)[-1].strip() if "  ·  " in text else text
        if ident not in self.titles:
            # a typed title or id: the first match
            hits = [i for i, t in self.titles.items() if text and (text.lower() in t.lower() or text.lower() in i.lower())]
            if len(hits) != 1:
                return
            ident = hits[0]
        self.add(ident)
        QTimer.singleShot(0, self.search.clear)

    def add(self, ident: str) -> None:
        if ident and ident not in self.ids:
            self.ids.append(ident)
            self._fill()
            self.changed.emit()

    def _remove(self, item) -> None:
        if item is None:
            return
        ident = item.data(Qt.ItemDataRole.UserRole)
        if ident in self.ids:
            self.ids.remove(ident)
            self._fill()
            self.changed.emit()

    def _fill(self) -> None:
        self.list.clear()
        for i in self.ids:
            it = QListWidgetItem("• " + self.titles.get(i, '⚠ ' + i), self.list)
            it.setData(Qt.ItemDataRole.UserRole, i)
            it.setToolTip(i)

    def value(self) -> list[str]:
        return list(self.ids)

    def set_value(self, ids) -> None:
        self.ids = list(dict.fromkeys(ids or []))
        self._fill()


class DateField(QWidget):
    """ISO date text (so an impossible date can be shown as such) + a calendar in the UI language."""

    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.setObjectName("dateEdit")
        self.edit.setPlaceholderText("YYYY-MM-DD")
        self.edit.textChanged.connect(self.changed)
        self.button = QToolButton(self)
        self.button.setObjectName("dateCalendar")
        self.button.setText("…")
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu = QMenu(self)
        self.calendar = QCalendarWidget(self.menu)
        self.calendar.setObjectName("dateCalendarWidget")
        self.calendar.setGridVisible(True)
        act = QWidgetAction(self.menu)
        act.setDefaultWidget(self.calendar)
        self.menu.addAction(act)
        self.menu.aboutToShow.connect(self._prepare)
        self.calendar.clicked.connect(self._picked)
        self.button.setMenu(self.menu)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.edit, 1)
        lay.addWidget(self.button)

    def _prepare(self) -> None:
        self.calendar.setLocale(QLocale())  # the UI language (i18n sets QLocale.setDefault)
        d = QDate.fromString(self.edit.text().strip(), "yyyy-MM-dd")
        self.calendar.setSelectedDate(d if d.isValid() else QDate.currentDate())

    def _picked(self, d: QDate) -> None:
        self.edit.setText(d.toString("yyyy-MM-dd"))
        self.menu.close()

    def value(self) -> str:
        return self.edit.text().strip()

    def set_value(self, v: str) -> None:
        self.edit.blockSignals(True)
        self.edit.setText(v or "")
        self.edit.blockSignals(False)


class NewLessonDialog(QDialog):
    def __init__(self, title: str, skills, labels: VocabLabels, parent=None):
        super().__init__(parent)
        self.setObjectName("newLessonDialog")
        self.setWindowTitle(QCoreApplication.translate("EditorView", "New lesson"))
        self.title = QLineEdit(title, self)
        self.title.setObjectName("newLessonTitle")
        self.skills = CheckGrid("skills", self)
        self.skills.set_keys(skills, labels)
        self.body = QPlainTextEdit(self)
        self.body.setObjectName("newLessonBody")
        self.body.setPlaceholderText(QCoreApplication.translate("EditorView", "The lesson in a few sentences (optional)"))
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("EditorView", "Title"), self.title)
        form.addRow(QCoreApplication.translate("EditorView", "Soft skills"), self.skills)
        form.addRow(QCoreApplication.translate("EditorView", "Text"), self.body)
        bb = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        bb.accepted.connect(self.accept)
        bb.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(bb)
        self.resize(460, 320)


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
        loc = QLocale()
        for v in versions:
            try:
                t = _dt.datetime.fromisoformat(v.saved_at).astimezone()
                when = loc.toString(t.replace(tzinfo=None), QLocale.FormatType.ShortFormat)
            except ValueError:
                when = v.saved_at
            self.list.addItem(when)
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
        d = history.diff(self.versions[row].text, self.current, "version", "current")
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
        loc = QLocale()
        for d in self.items:
            try:
                t = _dt.datetime.fromisoformat(d.updated_at).astimezone().replace(tzinfo=None)
                when = loc.toString(t, QLocale.FormatType.ShortFormat)
            except ValueError:
                when = d.updated_at
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


# -- the editor ------------------------------------------------------------------------------------------------

class EditorView(QWidget):
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
        self.case_titles: dict[str, str] = {}
        self.labels = VocabLabels(None)
        self.preview_tokens = RequestTokens()
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

        # the form
        self.title = QLineEdit(self)
        self.title.setObjectName("titleEdit")
        self.kind = QComboBox(self)
        self.kind.setObjectName("kindCombo")
        self.date = DateField(self)
        self.industry = QComboBox(self)
        self.industry.setObjectName("industryCombo")
        self.severity = QComboBox(self)
        self.severity.setObjectName("severityCombo")
        self.skills = CheckGrid("skills", self)
        self.stakes = CheckGrid("stakes", self)
        self.status = QComboBox(self)
        self.status.setObjectName("statusCombo")
        self.summary = QPlainTextEdit(self)
        self.summary.setObjectName("summaryEdit")
        self.summary.setMaximumHeight(64)
        self.summary.setTabChangesFocus(True)
        self.lessons = LinkPicker("lessons", True, self)
        self.related = LinkPicker("related", False, self)
        self.language = QComboBox(self)
        self.language.setObjectName("languageCombo")
        self.tags = QLineEdit(self)
        self.tags.setObjectName("tagsEdit")
        self.widgets = {"title": self.title, "kind": self.kind, "date": self.date, "industry": self.industry,
                        "severity": self.severity, "soft_skills": self.skills, "stakes": self.stakes,
                        "outcome_status": self.status, "outcome_summary": self.summary, "lessons": self.lessons,
                        "related": self.related, "language": self.language, "tags": self.tags}
        self.errors: dict[str, QLabel] = {}
        self.field_labels: dict[str, QLabel] = {}
        form_w = QWidget(self)
        form_w.setObjectName("editorForm")
        self.form = QFormLayout(form_w)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for name in FIELDS:
            lab = QLabel(form_w)
            err = QLabel(form_w)
            err.setObjectName(f"error_{name}")
            err.setWordWrap(True)
            err.setStyleSheet("color: #b91c1c; font-size: 12px;")
            err.hide()
            box = QWidget(form_w)
            bl = QVBoxLayout(box)
            bl.setContentsMargins(0, 0, 0, 0)
            bl.setSpacing(1)
            bl.addWidget(self.widgets[name])
            bl.addWidget(err)
            self.form.addRow(lab, box)
            self.errors[name] = err
            self.field_labels[name] = lab
        scroll = QScrollArea(self)
        scroll.setObjectName("editorFormScroll")
        scroll.setWidgetResizable(True)
        scroll.setWidget(form_w)
        scroll.setMinimumWidth(340)

        self.body = QPlainTextEdit(self)
        self.body.setObjectName("bodyEdit")
        self.body.setUndoRedoEnabled(False)  # undo runs over form and body together (see undo())
        self.body_error = QLabel(self)
        self.body_error.setObjectName("error_body")
        self.body_error.setStyleSheet("color: #b91c1c;")
        self.body_error.hide()
        self.body_label = QLabel(self)
        body_w = QWidget(self)
        bl = QVBoxLayout(body_w)
        bl.setContentsMargins(0, 0, 0, 0)
        bl.addWidget(self.body_label)
        bl.addWidget(self.body, 1)
        bl.addWidget(self.body_error)
        self.preview = CaseView(self)
        self.preview.setObjectName("editorPreview")
        self.preview_label = QLabel(self)
        prev_w = QWidget(self)
        pl = QVBoxLayout(prev_w)
        pl.setContentsMargins(0, 0, 0, 0)
        pl.addWidget(self.preview_label)
        pl.addWidget(self.preview, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("editorSplitter")
        self.splitter.addWidget(scroll)
        self.splitter.addWidget(body_w)
        self.splitter.addWidget(prev_w)
        self.splitter.setSizes([430, 450, 500])
        self.splitter.setChildrenCollapsible(False)
        from .. import settings

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
        self.title.textChanged.connect(lambda: self._changed("title"))
        self.kind.currentIndexChanged.connect(lambda: self._changed("kind"))
        self.date.changed.connect(lambda: self._changed("date"))
        self.industry.currentIndexChanged.connect(lambda: self._changed("industry"))
        self.severity.currentIndexChanged.connect(lambda: self._changed("severity"))
        self.skills.changed.connect(lambda: self._changed("soft_skills"))
        self.stakes.changed.connect(lambda: self._changed("stakes"))
        self.status.currentIndexChanged.connect(lambda: self._changed("outcome_status"))
        self.summary.textChanged.connect(lambda: self._changed("outcome_summary"))
        self.lessons.changed.connect(lambda: self._changed("lessons"))
        self.lessons.createRequested.connect(self.create_lesson)
        self.related.changed.connect(lambda: self._changed("related"))
        self.language.currentIndexChanged.connect(lambda: self._changed("language"))
        self.tags.textChanged.connect(lambda: self._changed("tags"))
        self.body.textChanged.connect(lambda: self._changed("body"))
        self.body.cursorPositionChanged.connect(self._cursor_moved)
        self.preview.caseLinkActivated.connect(self.openCaseRequested)
        for w in (self.title, self.tags, self.summary, self.body, self.date.edit, self.lessons.search,
                  self.related.search):
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
        names = {"title": self.tr("Title"), "kind": self.tr("Kind"), "date": self.tr("Date"),
                 "industry": self.tr("Industry"), "severity": self.tr("Severity"), "soft_skills": self.tr("Soft skills"),
                 "stakes": self.tr("At stake"), "outcome_status": self.tr("Outcome"),
                 "outcome_summary": self.tr("Outcome in a sentence"), "lessons": self.tr("Lessons"),
                 "related": self.tr("Related cases"), "language": self.tr("Language"), "tags": self.tr("Tags")}
        for k, lab in self.field_labels.items():
            lab.setText(names[k])
        self.title.setPlaceholderText(self.tr("What happened, in one line"))
        self.summary.setPlaceholderText(self.tr("How it ended, in one sentence"))
        self.tags.setPlaceholderText(self.tr("Keywords, separated by commas"))
        self.lessons.search.setPlaceholderText(self.tr("Type to find a lesson…"))
        self.related.search.setPlaceholderText(self.tr("Type to find a case…"))
        self.lessons.create.setText(self.tr("New…"))
        self.lessons.create.setToolTip(self.tr("Write a new lesson (a file in lessons/) and link it"))
        for p in (self.lessons, self.related):
            p.remove.setText(self.tr("Remove"))
            p.remove.setToolTip(self.tr("Remove the selected link (or double-click it)"))
        self.date.button.setToolTip(self.tr("Pick the date on a calendar"))
        self.body_label.setText(self.tr("Text (Markdown)"))
        self.preview_label.setText(self.tr("Preview"))
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
        self._fill_combos()
        self._update_heading()
        self._show_problems()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
            if self.is_open:
                self.update_preview()
        super().changeEvent(event)

    def _fill_combo(self, combo: QComboBox, items, keep=None) -> None:
        cur = combo.currentData() if keep is None else keep
        combo.blockSignals(True)
        combo.clear()
        for key, label in items:
            combo.addItem(label, key)
        if cur is not None and combo.findData(cur) < 0 and cur != "":
            combo.addItem(f"⚠ {cur}", cur)
        combo.setCurrentIndex(max(0, combo.findData(cur if cur is not None else "")))
        combo.blockSignals(False)

    def _fill_combos(self) -> None:
        v = self.labels.vocab
        lab = self.labels
        self._fill_combo(self.kind, [("", self.tr("— choose a kind —"))]
                         + [(k, lab.label("kinds", k)) for k in (v.kinds if v else {})])
        self._fill_combo(self.industry, [("", self.tr("— none —"))]
                         + [(k, lab.label("industries", k)) for k in (v.industries if v else {})])
        self._fill_combo(self.severity, [("", self.tr("— none —"))] + [(s, severity_label(s)) for s in SEVERITIES])
        self._fill_combo(self.status, [(k, lab.label("outcomes", k)) for k in (v.outcomes if v else {"unknown": {}})])
        self._fill_combo(self.language, [(l, language_label(l)) for l in ("zh-Hans", "zh-Hant", "en")])
        if v is not None:
            self.skills.relabel(lab)
            self.stakes.relabel(lab)

    def set_vocab(self, vocab) -> None:
        self.labels = VocabLabels(vocab)
        keep = self.form_state() if self.is_open else None
        self.skills.set_keys(list(vocab.skills) if vocab else [], self.labels)
        self.stakes.set_keys(list(vocab.stakes) if vocab else [], self.labels)
        self._fill_combos()
        if keep is not None:
            self._applying = True
            try:
                self.set_form(keep)
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
    def form_state(self) -> dict:
        tags = [t.strip() for t in self.tags.text().replace("，", ",").split(",") if t.strip()]
        return {"title": self.title.text().strip(), "kind": self.kind.currentData() or "", "date": self.date.value(),
                "industry": self.industry.currentData() or "", "severity": self.severity.currentData() or "",
                "soft_skills": self.skills.value(), "stakes": self.stakes.value(),
                "outcome_status": self.status.currentData() or "", "outcome_summary": self.summary.toPlainText().strip(),
                "lessons": self.lessons.value(), "related": self.related.value(),
                "language": self.language.currentData() or "", "tags": tags}

    def set_form(self, f: dict) -> None:
        def combo(c: QComboBox, v):
            v = v or ""
            if c.findData(v) < 0:
                c.addItem(f"⚠ {v}", v)
            c.setCurrentIndex(c.findData(v))

        if self.title.text() != (f.get("title") or ""):
            self.title.setText(f.get("title") or "")
            self.title.setCursorPosition(0)
        combo(self.kind, f.get("kind"))
        self.date.set_value(f.get("date", ""))
        combo(self.industry, f.get("industry"))
        combo(self.severity, f.get("severity"))
        self.skills.set_value(f.get("soft_skills"))
        self.stakes.set_value(f.get("stakes"))
        combo(self.status, f.get("outcome_status") or "unknown")
        if self.summary.toPlainText() != (f.get("outcome_summary") or ""):
            self.summary.setPlainText(f.get("outcome_summary") or "")
        self.lessons.set_value(f.get("lessons"))
        self.related.set_value(f.get("related"))
        combo(self.language, f.get("language") or "zh-Hans")
        tags = ", ".join(f.get("tags") or [])
        if self.tags.text() != tags:
            self.tags.setText(tags)
            self.tags.setCursorPosition(0)

    def snapshot(self) -> dict:
        return {"form": self.form_state(), "body": self.body.toPlainText(), "cursor": self.body.textCursor().position()}

    def _apply(self, snap: dict) -> None:
        self._applying = True
        try:
            self.set_form(snap["form"])
            if self.body.toPlainText() != snap["body"]:
                self.body.setPlainText(snap["body"])
            cur = self.body.textCursor()
            cur.setPosition(min(int(snap.get("cursor") or 0), len(self.body.toPlainText())))
            self.body.setTextCursor(cur)
        finally:
            self._applying = False

    def draft(self) -> core_drafts.Draft:
        s = self.snapshot()
        return core_drafts.Draft(self.draft_id, s["form"], s["body"], s["cursor"], self.path, self.case_id,
                                 self.base_text, self.rev, language=i18n.current_language())

    def dirty(self) -> bool:
        """Differs from the file as opened / last saved."""
        if self.saved_state is None:
            return True
        return (self.form_state(), self.body.toPlainText()) != self.saved_state

    # -- opening ---------------------------------------------------------------------------------------------------------
    def _reset(self) -> None:
        self._undo.clear()
        self._redo.clear()
        self._burst_source = None
        self.problems = []
        self.pages.setCurrentWidget(self.edit_page)
        self.is_open = True

    def _lookups(self, then=None) -> None:
        """Lesson and case titles for the pickers (from the loaded corpus, off the GUI thread)."""
        def work(job):
            kb = self.library._kb_or_raise()
            c = kb.corpus
            return ({i: l.title for i, l in c.lessons.items()}, {i: x.title for i, x in c.cases.items()}, kb.vocab)

        def done(res):
            self.lesson_titles, self.case_titles, vocab = res
            self.lessons.set_choices(self.lesson_titles)
            self.related.set_choices({k: v for k, v in self.case_titles.items() if k != self.case_id})
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
        self._place_cursor_in_first_section()
        self._lookups()
        if situation or related:
            self.store_draft()  # pre-filled from the incident pane: worth keeping already
        else:
            self.stored_rev = self.rev  # an untouched template is not a draft
        self.title.setFocus()

    def _place_cursor_in_first_section(self) -> None:
        text = self.body.toPlainText()
        nl = text.find("\n")
        nxt = text.find("\n## ", nl + 1)
        pos = nl + 1 if nl >= 0 else 0
        if nxt > 0:
            pos = nxt  # the end of the situation section
        cur = self.body.textCursor()
        cur.setPosition(max(0, min(pos, len(text))))
        self.body.setTextCursor(cur)

    def edit_case(self, case_id: str) -> None:
        """Open an existing case: its draft if one was kept, else the file as it is."""
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

        self.runner.write(work, on_done=done, on_error=self._failed, name="editor_open")

    def _open_text(self, path: str, case_id: str, text: str | None) -> None:
        self._reset()
        self.draft_id = core_drafts.new_draft_id(case_id)
        self.path, self.case_id, self.base_text = path, case_id, text
        cf = CaseFile.parse(text or "---\n---\n")
        form = cf.form()
        self._load_state({"form": form, "body": cf.body, "cursor": 0})
        self.saved_state = (self.form_state(), self.body.toPlainText())
        self.stored_rev = self.rev  # nothing to keep yet: the file holds it all
        self._lookups()
        self.body.setFocus()

    def restore_draft(self, d: core_drafts.Draft) -> None:
        self._reset()
        self.draft_id, self.path, self.case_id, self.base_text = d.id, d.path, d.case_id, d.base_text
        self.rev = max(self.rev, d.rev)
        self._load_state({"form": d.form, "body": d.body, "cursor": d.cursor})
        if d.base_text is not None:
            cf = CaseFile.parse(d.base_text)
            self._applying = True
            saved_form = None
            try:
                keep = self.snapshot()
                self.set_form(cf.form())
                saved_form = self.form_state()
                self._apply(keep)
            finally:
                self._applying = False
            self.saved_state = (saved_form, cf.body.replace("\r\n", "\n").replace("\u00a0", " "))
        else:
            self.saved_state = None
        self.stored_rev = self.rev
        self._lookups()
        self.body.setFocus()
        self.state_label.setText(self.tr("Draft restored"))

    def _load_state(self, snap: dict) -> None:
        self._apply(snap)
        self._current = self.snapshot()
        self._update_heading()
        self.validate()
        self.update_preview()

    def _failed(self, e) -> None:
        if is_cancellation(e):
            return
        self.state_label.setText(self.tr("Could not open the case: {0}").format(e))

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

    # -- drafts --------------------------------------------------------------------------------------------------------------
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
        self.state_label.setText(self.tr("The draft could not be kept: {0}").format(e))

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
                self, self.tr("Discard the draft?"),
                self.tr("What was typed since the last save will be lost.")) != QMessageBox.StandardButton.Yes:
            return
        self.discard_now()

    def discard_now(self) -> None:
        did = self.draft_id
        self.autosave.stop()

        def work(job):
            core_drafts.delete(self.library._kb_for_state().state, did)

        self.runner.write(work, name="draft_discard", cancellable=False)
        self.is_open = False
        self.closed.emit()

    def close_editor(self) -> None:
        self.flush()
        if not self.dirty() and self.draft_id:
            did, rev = self.draft_id, self.rev

            def work(job):
                core_drafts.delete(self.library._kb_for_state().state, did, rev)

            self.runner.write(work, name="draft_drop_clean", cancellable=False)
        self.autosave.stop()
        self.is_open = False
        self.closed.emit()

    # -- validation ------------------------------------------------------------------------------------------------------------
    def validate(self) -> list:
        if not self.is_open:
            return []
        kinds = set(self.labels.vocab.kinds) if self.labels.vocab is not None else None
        lessons = set(self.lesson_titles) if self.lesson_titles else set(self.lessons.value())
        cases = set(self.case_titles) if self.case_titles else set(self.related.value())
        self.problems = editing.validate(self.form_state(), self.body.toPlainText(), lessons, cases, kinds, self.case_id)
        self._show_problems()
        return self.problems

    def _show_problems(self) -> None:
        by_field: dict[str, list[str]] = {}
        for p in self.problems:
            by_field.setdefault(p.field, []).append(problem_text(p))
        for name, lab in self.errors.items():
            msgs = by_field.get(name)
            lab.setText("\n".join(msgs or []))
            lab.setVisible(bool(msgs))
        b = by_field.get("body")
        self.body_error.setText("\n".join(b or []))
        self.body_error.setVisible(bool(b))

    # -- preview ----------------------------------------------------------------------------------------------------------------
    def current_case(self) -> Case:
        f = self.form_state()
        path = Path(self.path) if self.path else (Path(self.library.cases_dir or ".") / "new.md")
        return Case(id=self.case_id or "new", title=f["title"] or self.tr("(untitled)"), kind=f["kind"] or "unknown",
                    body=self.body.toPlainText(), path=path, date=f["date"], industry=f["industry"],
                    severity=f["severity"], soft_skills=f["soft_skills"],
                    outcome=Outcome(f["outcome_status"] or "unknown", f["outcome_summary"]), lessons=f["lessons"],
                    related=f["related"], language=f["language"], tags=f["tags"])

    def update_preview(self) -> None:
        """Render the preview on the read pool (markdown + sanitising), show it if still current."""
        self.preview_timer.stop()
        if not self.is_open:
            return
        case = self.current_case()
        seq = self.preview_tokens.next()
        rev = self.rev

        def work(job):
            return case_doc(self.library._kb_or_raise(), case)

        def done(doc):
            if self.preview_tokens.is_current(seq):
                self.preview.show_doc(doc, self.labels.vocab, keep_scroll=True)
                self.previewShown.emit(rev)

        self.runner.read(work, on_done=done, on_error=lambda e: None, name="editor_preview")

    # -- lessons ------------------------------------------------------------------------------------------------------------------
    def create_lesson(self, title: str = "") -> None:
        v = self.labels.vocab
        dlg = NewLessonDialog(title, list(v.skills) if v else [], self.labels, self)
        dlg.accepted.connect(lambda: self._write_lesson(dlg.title.text().strip(), dlg.skills.value(),
                                                        dlg.body.toPlainText()))
        dlg.open()
        self._lesson_dialog = dlg

    def _write_lesson(self, title: str, skills, body: str) -> None:
        if not title:
            return
        kind = self.kind.currentData() or ""
        lang = self.language.currentData() or ""

        def work(job):
            kb = self.library._kb_or_raise()
            lid, _path = editing.create_lesson(kb.cases_dir, title, list(skills), [kind] if kind else [], lang, body)
            kb.load()  # incremental: the lesson file exists for the save's check
            return lid

        def done(lid):
            self.lesson_titles[lid] = title
            self.lessons.set_choices(self.lesson_titles)
            self.lessons.add(lid)
            self.state_label.setText(self.tr("Lesson “{0}” written to lessons/{1}.md").format(title, lid))

        self.runner.write(work, on_done=done, on_error=lambda e: self.state_label.setText(str(e)), name="new_lesson")

    # -- saving ---------------------------------------------------------------------------------------------------------------------
    def save(self) -> None:
        if not self.is_open or self._saving:
            return
        probs = self.validate()
        if probs:
            self.state_label.setText(self.tr("Not saved: {0}").format(
                "; ".join(problem_text(p) for p in probs[:3])) + (" …" if len(probs) > 3 else ""))
            self.store_draft()  # an invalid case is still kept as a draft
            self.saveBlocked.emit(probs)
            return
        self._run_save(None)

    def _run_save(self, resolved: str | None) -> None:
        snap = self.snapshot()
        form, body = snap["form"], snap["body"]
        path, base, did, rev = self.path, self.base_text, self.draft_id, self.rev
        self._saving = True
        self.state_label.setText(self.tr("Saving…"))

        def work(job):
            kb = self.library._kb_or_raise()
            res = editing.save_case(kb, path or None, form, body, base, did, rev, resolved_text=resolved)
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
            self.state_label.setText(self.tr("Not saved: {0}").format("; ".join(problem_text(p) for p in res.problems)))
            self.saveBlocked.emit(res.problems)
            return
        if res.conflict is not None:
            self.pending_conflict = res.conflict
            self.conflict_view.show_conflict(res.conflict, Path(res.path).name)
            self.pages.setCurrentWidget(self.conflict_view)
            self.state_label.setText(self.tr("The file changed on disk: nothing was overwritten"))
            self.store_draft()
            self.conflictShown.emit(res.conflict.kind)
            return
        was_new = not self.path
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
        self.state_label.setText(self.tr("Saved {0}").format(Path(res.path).name))
        self.saved.emit(res.path, res.case_id)

    def _save_failed(self, e) -> None:
        self._saving = False
        self.store_draft()
        self.state_label.setText(self.tr("Not saved: {0}").format(e))

    # -- conflicts ------------------------------------------------------------------------------------------------------------------
    def _save_resolved(self, text: str) -> None:
        """The merge (clean or by hand) is what goes to disk; the editor then shows it."""
        self._load_text_into_editor(text)
        self._run_save(text)

    def _keep_mine(self) -> None:
        c = self.pending_conflict
        self._run_save(c.mine)

    def _take_disk(self) -> None:
        c = self.pending_conflict
        text = c.disk or ""
        self.base_text = text
        self._load_text_into_editor(text)
        self.saved_state = (self.form_state(), self.body.toPlainText())
        self.pages.setCurrentWidget(self.edit_page)
        self.state_label.setText(self.tr("Took the version on disk"))

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

        def work(job):
            from kb_app.core.cases import conflicts

            disk = editing.read_text(Path(path))
            if disk == base:
                return None
            mine = editing.compose(base, snap["form"], snap["body"], ident)
            return conflicts.check(base, mine, disk)

        def done(c):
            if c is None or not self.is_open or self.path != path:
                return
            if c.kind == "merged" and not self.dirty():
                # nothing of ours to keep: follow the file
                self.base_text = c.disk
                self._load_text_into_editor(c.disk)
                self.saved_state = (self.form_state(), self.body.toPlainText())
                self.state_label.setText(self.tr("Updated from the file on disk"))
                return
            self.pending_conflict = c
            self.conflict_view.show_conflict(c, Path(path).name)
            self.pages.setCurrentWidget(self.conflict_view)
            self.conflictShown.emit(c.kind)

        self.runner.read(work, on_done=done, on_error=lambda e: None, name="editor_check_disk")

    # -- history ------------------------------------------------------------------------------------------------------------------------
    def show_history(self) -> None:
        if not self.case_id:
            return
        cid = self.case_id
        current = editing.compose(self.base_text, self.form_state(), self.body.toPlainText(), cid) \
            if self.base_text is not None else ""

        def work(job):
            return history.versions(self.library._kb_for_state().state, cid)

        def done(versions):
            dlg = HistoryDialog(versions, current, self)
            dlg.accepted.connect(lambda: dlg.chosen is not None and self.restore_version(dlg.chosen))
            self.history_dialog = dlg
            dlg.open()

        self.runner.write(work, on_done=done, name="history")

    def restore_version(self, version) -> None:
        self._load_text_into_editor(version.text)
        self.state_label.setText(self.tr("Version restored in the editor: save to keep it"))
