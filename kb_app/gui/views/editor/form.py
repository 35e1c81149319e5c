"""The editor's form: a labelled row per front-matter field, the field's problems under it.

CaseForm builds the fields (fields.py), reads and sets them as one dict (the keys of FIELDS,
as core.editing takes them), fills the vocabulary lists in the UI language and shows what
core.editing.validate found; problem_text words those problems. NewLessonDialog is the
lessons picker's "New…". Strings are in the editor's catalogue (context "EditorView").
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit,
                               QVBoxLayout, QWidget)

from kb_app.core.domain import SEVERITIES
from ...models import VocabLabels, language_label
from ..case import severity_label
from .fields import CheckGrid, DateField, LinkPicker

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
        "date-future": QCoreApplication.translate("EditorView", "“{0}” is more than a year ahead: is the year right?"),
        "date-too-early": QCoreApplication.translate("EditorView", "“{0}” is before 1970: is the year right?"),
        "body-empty": QCoreApplication.translate("EditorView", "Nothing is written under the headings yet"),
        "tag-twice": QCoreApplication.translate("EditorView", "The tag “{0}” is given twice"),
    }.get(p.code, p.code)
    return t.format(p.value) if "{0}" in t else t


def problems_by_field(problems) -> dict[str, list[str]]:
    """The problems' texts, grouped by the field they are about ("body" for the Markdown text);
    a warning (it does not block a save) starts with "⚠"."""
    by_field: dict[str, list[str]] = {}
    for p in problems:
        by_field.setdefault(p.field, []).append(problem_text(p) if p.blocking else "⚠ " + problem_text(p))
    return by_field


ERROR_STYLE = "color: #b91c1c; font-size: 12px;"
WARNING_STYLE = "color: #92400e; font-size: 12px;"


def problem_style(msgs) -> str:
    """Red when something blocks the save, amber when all are warnings."""
    return WARNING_STYLE if msgs and all(m.startswith("⚠") for m in msgs) else ERROR_STYLE


class CaseForm(QWidget):
    """Every field of the front matter; `changed` names the field the mentor just changed."""

    changed = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("editorForm")
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
        self.rows = QFormLayout(self)
        self.rows.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.rows.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for name in FIELDS:
            lab = QLabel(self)
            err = QLabel(self)
            err.setObjectName(f"error_{name}")
            err.setWordWrap(True)
            err.setStyleSheet(ERROR_STYLE)
            err.hide()
            box = QWidget(self)
            bl = QVBoxLayout(box)
            bl.setContentsMargins(0, 0, 0, 0)
            bl.setSpacing(1)
            bl.addWidget(self.widgets[name])
            bl.addWidget(err)
            self.rows.addRow(lab, box)
            self.errors[name] = err
            self.field_labels[name] = lab

        self.title.textChanged.connect(lambda: self.changed.emit("title"))
        self.kind.currentIndexChanged.connect(lambda: self.changed.emit("kind"))
        self.date.changed.connect(lambda: self.changed.emit("date"))
        self.industry.currentIndexChanged.connect(lambda: self.changed.emit("industry"))
        self.severity.currentIndexChanged.connect(lambda: self.changed.emit("severity"))
        self.skills.changed.connect(lambda: self.changed.emit("soft_skills"))
        self.stakes.changed.connect(lambda: self.changed.emit("stakes"))
        self.status.currentIndexChanged.connect(lambda: self.changed.emit("outcome_status"))
        self.summary.textChanged.connect(lambda: self.changed.emit("outcome_summary"))
        self.lessons.changed.connect(lambda: self.changed.emit("lessons"))
        self.related.changed.connect(lambda: self.changed.emit("related"))
        self.language.currentIndexChanged.connect(lambda: self.changed.emit("language"))
        self.tags.textChanged.connect(lambda: self.changed.emit("tags"))

    def text_edits(self) -> list[QWidget]:
        """The fields typed into (the editor's undo / redo keys are caught on them)."""
        return [self.title, self.tags, self.summary, self.date.edit, self.lessons.search, self.related.search]

    # -- i18n ------------------------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        """The field names, hints and pickers' buttons in the UI language (the lists: fill_combos)."""
        names = {"title": QCoreApplication.translate("EditorView", "Title"),
                 "kind": QCoreApplication.translate("EditorView", "Kind"),
                 "date": QCoreApplication.translate("EditorView", "Date"),
                 "industry": QCoreApplication.translate("EditorView", "Industry"),
                 "severity": QCoreApplication.translate("EditorView", "Severity"),
                 "soft_skills": QCoreApplication.translate("EditorView", "Soft skills"),
                 "stakes": QCoreApplication.translate("EditorView", "At stake"),
                 "outcome_status": QCoreApplication.translate("EditorView", "Outcome"),
                 "outcome_summary": QCoreApplication.translate("EditorView", "Outcome in a sentence"),
                 "lessons": QCoreApplication.translate("EditorView", "Lessons"),
                 "related": QCoreApplication.translate("EditorView", "Related cases"),
                 "language": QCoreApplication.translate("EditorView", "Language"),
                 "tags": QCoreApplication.translate("EditorView", "Tags")}
        for k, lab in self.field_labels.items():
            lab.setText(names[k])
        self.title.setPlaceholderText(QCoreApplication.translate("EditorView", "What happened, in one line"))
        self.summary.setPlaceholderText(QCoreApplication.translate("EditorView", "How it ended, in one sentence"))
        self.tags.setPlaceholderText(QCoreApplication.translate("EditorView", "Keywords, separated by commas"))
        self.lessons.search.setPlaceholderText(QCoreApplication.translate("EditorView", "Type to find a lesson…"))
        self.related.search.setPlaceholderText(QCoreApplication.translate("EditorView", "Type to find a case…"))
        self.lessons.create.setText(QCoreApplication.translate("EditorView", "New…"))
        self.lessons.create.setToolTip(QCoreApplication.translate(
            "EditorView", "Write a new lesson (a file in lessons/) and link it"))
        for p in (self.lessons, self.related):
            p.remove.setText(QCoreApplication.translate("EditorView", "Remove"))
            p.remove.setToolTip(QCoreApplication.translate("EditorView", "Remove the selected link (or double-click it)"))
        self.date.button.setToolTip(QCoreApplication.translate("EditorView", "Pick the date on a calendar"))

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

    def fill_combos(self, lab: VocabLabels) -> None:
        """The lists (kind, industry, severity, outcome, language) in the UI language, the choice kept."""
        v = lab.vocab
        self._fill_combo(self.kind, [("", QCoreApplication.translate("EditorView", "— choose a kind —"))]
                         + [(k, lab.label("kinds", k)) for k in (v.kinds if v else {})])
        self._fill_combo(self.industry, [("", QCoreApplication.translate("EditorView", "— none —"))]
                         + [(k, lab.label("industries", k)) for k in (v.industries if v else {})])
        self._fill_combo(self.severity, [("", QCoreApplication.translate("EditorView", "— none —"))]
                         + [(s, severity_label(s)) for s in SEVERITIES])
        self._fill_combo(self.status, [(k, lab.label("outcomes", k)) for k in (v.outcomes if v else {"unknown": {}})])
        self._fill_combo(self.language, [(l, language_label(l)) for l in ("zh-Hans", "zh-Hant", "en")])
        if v is not None:
            self.skills.relabel(lab)
            self.stakes.relabel(lab)

    def set_vocab(self, lab: VocabLabels) -> None:
        """A new vocabulary: its soft skills and stakes to check, its lists (set_state restores a choice)."""
        vocab = lab.vocab
        self.skills.set_keys(list(vocab.skills) if vocab else [], lab)
        self.stakes.set_keys(list(vocab.stakes) if vocab else [], lab)
        self.fill_combos(lab)

    def show_problems(self, by_field: dict[str, list[str]]) -> None:
        for name, lab in self.errors.items():
            msgs = by_field.get(name)
            lab.setText("\n".join(msgs or []))
            lab.setStyleSheet(problem_style(msgs))
            lab.setVisible(bool(msgs))

    # -- state -------------------------------------------------------------------------------------------------------
    def state(self) -> dict:
        tags = [t.strip() for t in self.tags.text().replace("，", ",").split(",") if t.strip()]
        return {"title": self.title.text().strip(), "kind": self.kind.currentData() or "", "date": self.date.value(),
                "industry": self.industry.currentData() or "", "severity": self.severity.currentData() or "",
                "soft_skills": self.skills.value(), "stakes": self.stakes.value(),
                "outcome_status": self.status.currentData() or "", "outcome_summary": self.summary.toPlainText().strip(),
                "lessons": self.lessons.value(), "related": self.related.value(),
                "language": self.language.currentData() or "", "tags": tags}

    def set_state(self, f: dict) -> None:
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


class NewLessonDialog(QDialog):
    """The lessons picker's "New…": a title, its soft skills and a few sentences, for lessons/."""

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
