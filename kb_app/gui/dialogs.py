"""Preferences (UI language, case folder) and About (versions)."""
from __future__ import annotations

import html

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel,
                               QLineEdit, QPushButton, QVBoxLayout, QWidget)

from . import i18n


def directory_dialog(parent, title: str, start: str) -> QFileDialog:
    dlg = QFileDialog(parent, title, start)
    dlg.setObjectName("folderDialog")
    dlg.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dlg.setOption(QFileDialog.Option.ShowDirsOnly, True)
    dlg.setFileMode(QFileDialog.FileMode.Directory)
    return dlg


def choose_directory(parent, title: str, start: str) -> str:
    """A folder picker in the UI language: Qt's own dialog (its strings come from the qtbase
    catalogue loaded for the UI language), not the platform's, which follows the system."""
    dlg = directory_dialog(parent, title, start)
    if dlg.exec() and dlg.selectedFiles():
        return dlg.selectedFiles()[0]
    return ""


class PreferencesDialog(QDialog):
    """Language ('' = follow the system) and case folder. Read the choices after exec()."""

    def __init__(self, language_pref: str, cases_dir: str, parent=None, rater: str = ""):
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.language_combo = QComboBox(self)
        self.language_combo.setObjectName("languageCombo")
        self.language_combo.addItem("", "")
        for lang in i18n.LANGS:
            self.language_combo.addItem(i18n.AUTONYMS[lang], lang)
        idx = self.language_combo.findData(language_pref or "")
        self.language_combo.setCurrentIndex(max(0, idx))
        self.folder_edit = QLineEdit(cases_dir or "", self)
        self.folder_edit.setObjectName("folderEdit")
        self.folder_edit.setMinimumWidth(360)
        self.browse = QPushButton(self)
        self.browse.clicked.connect(self._browse)
        self.language_label = QLabel(self)
        self.folder_label = QLabel(self)
        self.note = QLabel(self)
        self.note.setObjectName("paneHint")
        self.note.setWordWrap(True)
        folder_row = QWidget(self)
        fl = QHBoxLayout(folder_row)
        fl.setContentsMargins(0, 0, 0, 0)
        fl.addWidget(self.folder_edit, 1)
        fl.addWidget(self.browse)
        form = QFormLayout()
        form.addRow(self.language_label, self.language_combo)
        form.addRow(self.folder_label, folder_row)
        # compare: the rater's name for cases/ratings/<name>.yaml
        self.rater_label = QLabel(self)
        self.rater_edit = QLineEdit(rater or "", self)
        self.rater_edit.setObjectName("preferencesRater")
        form.addRow(self.rater_label, self.rater_edit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.note)
        lay.addWidget(self.buttons)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Preferences"))
        system = i18n.AUTONYMS[i18n.system_language()]
        self.language_combo.setItemText(0, self.tr("Follow the system ({0})").format(system))
        self.language_label.setText(self.tr("Language"))
        self.folder_label.setText(self.tr("Case folder"))
        self.browse.setText(self.tr("Browse…"))
        from .views.compare.texts import tr_text  # compare: texts in the compare_* catalogues

        self.rater_label.setText(tr_text("rater"))
        self.rater_edit.setPlaceholderText(tr_text("rater_hint"))
        self.note.setText(self.tr("The language changes at once, keeping what is on screen. The search index "
                                  "lives in your user data folder, never inside the case folder."))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def _browse(self) -> None:

        d = choose_directory(self, self.tr("Choose the case folder"), self.folder_edit.text())
        if d:
            self.folder_edit.setText(d)

    def language(self) -> str:
        return self.language_combo.currentData() or ""

    def cases_dir(self) -> str:
        return self.folder_edit.text().strip()

    def rater(self) -> str:
        return self.rater_edit.text().strip()


class AboutDialog(QDialog):
    def __init__(self, versions: dict, icon: QPixmap | None = None, parent=None):
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setMinimumWidth(440)
        self.versions = versions
        self.icon = QLabel(self)
        if icon is not None and not icon.isNull():
            self.icon.setPixmap(icon.scaled(72, 72, Qt.AspectRatioMode.KeepAspectRatio,
                                            Qt.TransformationMode.SmoothTransformation))
        self.title = QLabel(self)
        self.title.setObjectName("aboutTitle")
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setObjectName("paneHint")
        self.table = QLabel(self)
        self.table.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        self.buttons.accepted.connect(self.accept)
        head = QHBoxLayout()
        head.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        col = QVBoxLayout()
        col.addWidget(self.title)
        col.addWidget(self.text)
        col.addSpacing(6)
        col.addWidget(self.table)
        head.addLayout(col, 1)
        lay = QVBoxLayout(self)
        lay.addLayout(head)
        lay.addWidget(self.buttons)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("About"))
        self.title.setText(self.tr("Crisis Case Knowledge Base"))
        self.text.setText(self.tr("Offline precedents for IT-service crises: what happened last time, what was "
                                  "done, how it ended and what was learned."))
        self.table.setText("<table>" + self.version_rows() + "</table>")

    def version_rows(self) -> str:
        from PySide6 import QtCore

        import PySide6

        from .. import __version__

        v = {"app": __version__, "qt": QtCore.qVersion(), "pyside6": PySide6.__version__, **(self.versions or {})}
        rows = [(self.tr("Version"), v.get("app", "?")), ("Qt", v.get("qt", "?")), ("PySide6", v.get("pyside6", "?")),
                ("Whoosh", v.get("whoosh", "?")), ("rjieba", v.get("rjieba", "?")), ("OpenCC", v.get("opencc", "?")),
                ("Python", v.get("python", "?"))]
        return "".join(f"<tr><td style='color:#6b7280; padding-right:14px'>{html.escape(str(k))}</td>"
                       f"<td>{html.escape(str(val))}</td></tr>" for k, val in rows)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
