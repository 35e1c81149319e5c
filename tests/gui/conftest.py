"""GUI tests: the real window, offscreen, against a private copy of the sample cases.

Every test gets its own case folder (copied to tmp_path), data dir (KB_DATA_DIR) and QSettings
folder, so nothing touches the user's files or settings. Chinese is typed with
setPlainText/insert or input-method events: qtbot.keyClicks with CJK text aborts the process.
"""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt

import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SAMPLE_CASES = ROOT / "cases"
# A wait on background work (a load, a search, a save, a render on a worker) waits for its condition:
# the bound only catches a hang, so it is generous (a machine whose cores are all busy is slow, not
# broken) and a passing run never waits for it.
WORK_MS = 120_000
LOAD_TIMEOUT_MS = WORK_MS

def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/gui" in str(item.fspath).replace("\\", "/"):
            item.add_marker(pytest.mark.gui)


@pytest.fixture(autouse=True)
def qsettings_tmp(tmp_path):
    """QSettings (INI) live under tmp_path for the duration of one test."""
    from PySide6.QtCore import QSettings

    d = tmp_path / "qsettings"
    d.mkdir()
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(d))
    yield d


@pytest.fixture
def gui_data(tmp_path, monkeypatch) -> Path:
    d = tmp_path / "data"
    monkeypatch.setenv("KB_DATA_DIR", str(d))
    return d


def _ignore(src, names):
    return [n for n in names if n.startswith(".")]


@pytest.fixture
def gui_cases(tmp_path) -> Path:
    """A private copy of the sample cases, which the test may edit or break."""
    dst = tmp_path / "cases"
    shutil.copytree(SAMPLE_CASES, dst, ignore=_ignore)
    return dst


@pytest.fixture
def app(qapp):
    """The QApplication, configured as kb-app configures it (names, style, English UI)."""
    from kb_app.gui.app import configure_application

    configure_application(qapp, "en")
    yield qapp
    from kb_app.gui import i18n

    if i18n.instance() is not None and i18n.current_language() != "en":
        i18n.instance().set_language("en")


def open_window(qtbot, cases, data, wait=True):
    from kb_app.gui.main_window import MainWindow

    w = MainWindow(str(cases), str(data))
    qtbot.addWidget(w, before_close_func=close_without_asking)
    w.resize(1280, 820)
    w.show()
    if wait:
        with qtbot.waitSignal(w.indexReady, timeout=WORK_MS):
            w.start()
        # the first search (empty query: every case, newest first) follows the load
        qtbot.waitUntil(lambda: w.search.model.rowCount() > 0, timeout=WORK_MS)
    return w


def close_without_asking(w) -> None:
    """A test that ends with unsaved edits in the editor closes its window as a scripted run does:
    no Save / Discard / Cancel question, the draft kept (tests of the question turn it back on)."""
    area = getattr(w, "editor_area", None)
    if area is not None:
        area.ask_before_closing = False


@pytest.fixture
def window(app, qtbot, gui_cases, gui_data):
    w = open_window(qtbot, gui_cases, gui_data)
    yield w
    close_without_asking(w)
    w.close()


def search(qtbot, window, text: str):
    """Type a query (committed text) and wait for its answer."""
    shown = []
    window.search.searchShown.connect(shown.append)
    window.search.search_edit.setText(text)
    window.search.run_search()  # skip the typing pause
    seq = window.search.tokens.current()
    # a reload may start a newer search of the same text: any answer from seq on will do
    qtbot.waitUntil(lambda: any(s >= seq for s in shown), timeout=WORK_MS)
    window.search.searchShown.disconnect(shown.append)
    assert window.search._state != "error", window.search._error
    return window.search.model.ids()


def describe(qtbot, window, text: str, wait_debounce: bool = False):
    """Put a description in the incident pane and wait for its suggestions."""
    pane = window.incident
    pane.editor.setPlainText(text)
    if wait_debounce:
        with qtbot.waitSignal(pane.suggestionsShown, timeout=WORK_MS):
            pass
    else:
        with qtbot.waitSignal(pane.suggestionsShown, timeout=WORK_MS):
            pane.request()
    return [pane.model.hit(i) for i in range(pane.model.rowCount())]
