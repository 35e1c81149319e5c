"""The editor's entry points as other views show them (Edit, New case, Save as a new case).

The texts stay in the editor's catalogue ("EditorView" context) but live apart from the editor,
so the case view and the main window can show them without importing the editor.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def hook_text(key: str) -> str:
    """Texts of the editor's entry points in other views (kept here, in the editor's catalogue)."""
    return {
        "edit": QCoreApplication.translate("EditorView", "Edit"),
        "edit-tip": QCoreApplication.translate("EditorView", "Edit this case in the case editor"),
        "save-as-case": QCoreApplication.translate("EditorView", "Save as a new case…"),
        "save-as-case-tip": QCoreApplication.translate("EditorView", "Open the case editor with this description as the situation and the top "
                                "precedents as related cases"),
        "new-case": QCoreApplication.translate("EditorView", "New case…"),
        "new-case-tip": QCoreApplication.translate("EditorView", "Write a new case study (Ctrl+Shift+N)"),
        "saved": QCoreApplication.translate("EditorView", "Saved {0}"),
        "discard-draft": QCoreApplication.translate("EditorView", "Discard this draft? What it holds is lost."),
    }[key]
