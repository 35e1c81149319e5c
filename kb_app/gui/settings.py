"""QSettings access: window state and preferences only (never user content).

Organisation and application names are set in app.configure_application(); the format is INI
everywhere so that tests can point it at a temporary folder with
QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, tmp_path).
"""
from __future__ import annotations

from PySide6.QtCore import QSettings

ORGANIZATION = "crisis-kb"
APPLICATION = "Crisis Case Knowledge Base"

# keys
GEOMETRY = "window/geometry"
WINDOW_STATE = "window/state"
SPLITTER = "window/splitter"
INCIDENT_SPLITTER = "window/incidentSplitter"
TAB = "window/tab"
LAST_QUERY = "search/lastQuery"
LANGUAGE = "ui/language"          # "" = follow the system, else zh-Hans / zh-Hant / en
CASES_DIR = "library/casesDir"   # chosen with File > Open case folder
RATER = "compare/rater"          # the rater's name for cases/ratings/<rater>.yaml ("" = git's user.name)


def settings() -> QSettings:
    return QSettings(QSettings.IniFormat, QSettings.UserScope, ORGANIZATION, APPLICATION)


def value(key: str, default=None, type_=None):
    s = settings()
    if type_ is None:
        return s.value(key, default)
    try:
        return s.value(key, default, type=type_)
    except (TypeError, ValueError):  # a hand-edited or foreign value: ignore it
        return default


def set_value(key: str, val) -> None:
    s = settings()
    s.setValue(key, val)
