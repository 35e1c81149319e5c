"""Texts other windows show for Compare: the main window's menu action, the rater in Preferences.

They are kept in the compare_* catalogues (context CompareWindow); this module is light on purpose:
the main window reads it at start-up without loading the Compare window.
"""
from __future__ import annotations


def tr_text(key: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return {
        "action": QCoreApplication.translate("CompareWindow", "Compare cases…"),
        "action_tip": QCoreApplication.translate("CompareWindow", "Cases of one kind side by side, rated against a rubric"),
        "selected": QCoreApplication.translate("CompareWindow", "Compare the selected cases"),
        "rater": QCoreApplication.translate("CompareWindow", "Rater name"),
        "rater_hint": QCoreApplication.translate("CompareWindow", "default: git's user.name"),
    }[key]
