"""Where things live: bundled resources (also inside a PyInstaller build) and user data."""
from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "crisis-kb"


def _root() -> Path:
    # In a PyInstaller one-folder build, data files sit under sys._MEIPASS.
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parent.parent


def bundled_cases_dir() -> Path:
    return _root() / "cases"


def resources_dir() -> Path:
    return _root() / "resources"


def default_data_dir() -> Path:
    """The user data dir (index, kb.db, state.db). KB_DATA_DIR overrides it (tests, portable use)."""
    env = os.environ.get("KB_DATA_DIR")
    if env:
        return Path(env)
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))
