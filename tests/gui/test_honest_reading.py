"""Issue 19, honest reading for new hires: leaving a page early never counts it, whichever way the
reader leaves (a related link, Back, Alt+Left, the next result, "show the original"); a page that
fits on the screen counts once it has been shown for the dwell time.

Leaving is driven with a hand-moved reading clock (tracker.seconds), so "long enough" does not
depend on the machine; the dwell tests use the real clock with the dwell time shortened through
the module constant (kb_app.core.learning.progress.MIN_SECONDS)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QUrl

from .conftest import WORK_MS, open_window, search

LONG = "securities-storage-30h"
RELATED = "broker-storage-controller-outage"   # one of LONG's related cases
OTHER = "rural-bank-backup-never-restored"


@pytest.fixture
def long_window(app, qtbot, gui_cases, gui_data):
    """The window over cases where LONG is far longer than the case panel."""
    p = gui_cases / f"{LONG}.md"
    extra = "\n\n".join(f"补充记录第{i}段：值班工程师按计划轮换，客户每小时收到一次进展通报。" for i in range(60))
    p.write_text(p.read_text("utf-8").rstrip() + "\n\n" + extra + "\n", "utf-8")
    w = open_window(qtbot, gui_cases, gui_data)
    yield w
    w.close()


def earned_list(window):
    got = []
    window.case_panel.tracker.earned.connect(lambda t, i, s: got.append((t, i)))
    return got


def show(qtbot, window, item, action):
    """Run `action` and wait until the case panel shows `item` (("case" | "lesson", id))."""
    action()
    qtbot.waitUntil(lambda: window.case_panel.current_item() == item, timeout=WORK_MS)


def long_page_open(qtbot, window):
    """LONG on screen, laid out, at its top: far from its end."""
    view = window.case_panel.view
    bar = view.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > view.viewport().height(), timeout=WORK_MS)
    assert bar.value() == 0 and not window.case_panel.tracker.at_end()


def leave_by_related_link(qtbot, window):
    show(qtbot, window, ("case", RELATED),
         lambda: window.case_panel.view.anchorClicked.emit(QUrl(f"case:{RELATED}")))


def leave_by_back_button(qtbot, window):
    show(qtbot, window, ("case", OTHER), lambda: qtbot.mouseClick(window.case_panel.back_button, Qt.MouseButton.LeftButton))


def leave_by_alt_left(qtbot, window):
    window.activateWindow()
    window.case_panel.view.setFocus()
    show(qtbot, window, ("case", OTHER),
         lambda: qtbot.keyClick(window.case_panel.view, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier))


def leave_by_next_result(qtbot, window):
    ids = window.search.model.ids()
    nxt = ids[ids.index(LONG) + 1]
    show(qtbot, window, ("case", nxt), lambda: qtbot.keyClick(window.search.view, Qt.Key.Key_Down))


WAYS = {"related link": leave_by_related_link, "Back": leave_by_back_button,
        "Alt+Left": leave_by_alt_left, "next result": leave_by_next_result}


@pytest.mark.parametrize("way", list(WAYS))
def test_leaving_a_long_page_before_its_end_never_counts_it(long_window, qtbot, way):
    window = long_window
    now = [0.0]
    window.case_panel.tracker.seconds = lambda: now[0]
    got = earned_list(window)
    if way == "next result":
        ids = search(qtbot, window, "证券 存储 30小时")
        assert LONG in ids[:-1]
        window.tabs.setCurrentWidget(window.search)
        window.search.view.setFocus()
        window.search.view.setCurrentIndex(window.search.model.index(ids.index(LONG)))
        show(qtbot, window, ("case", LONG), lambda: qtbot.keyClick(window.search.view, Qt.Key.Key_Return))
    else:
        show(qtbot, window, ("case", OTHER), lambda: window.open_case(OTHER))
        show(qtbot, window, ("case", LONG), lambda: window.open_case(LONG))
    long_page_open(qtbot, window)
    now[0] = 60.0          # open a long time, but its end never reached
    window.case_panel.tracker.check()
    assert ("case", LONG) not in got
    WAYS[way](qtbot, window)
    window.case_panel.tracker.check()
    assert ("case", LONG) not in got
    assert LONG not in window.library.read_ids


def test_showing_the_original_text_does_not_count_a_page_not_read_to_its_end(long_window, qtbot):
    from kb_app.gui import i18n

    window = long_window
    i18n.instance().set_language("zh-Hant")   # a Simplified case is shown converted, with a way to the original
    now = [0.0]
    window.case_panel.tracker.seconds = lambda: now[0]
    got = earned_list(window)
    show(qtbot, window, ("case", LONG), lambda: window.open_case(LONG))
    long_page_open(qtbot, window)
    view = window.case_panel.view
    view.anchorClicked.emit(QUrl("script:original"))
    qtbot.waitUntil(lambda: view.show_original and "证券客户存储阵列故障" in view.toPlainText(), timeout=WORK_MS)
    now[0] = 60.0          # long enough by now, but the end still not reached
    window.case_panel.tracker.check()
    view.anchorClicked.emit(QUrl("script:converted"))
    qtbot.waitUntil(lambda: not view.show_original, timeout=WORK_MS)
    window.case_panel.tracker.check()
    assert ("case", LONG) not in got
    # reading on to the end still counts it
    bar = view.verticalScrollBar()
    bar.setValue(bar.maximum())
    qtbot.waitUntil(lambda: ("case", LONG) in got, timeout=WORK_MS)


def test_leaving_before_the_dwell_time_never_counts_even_at_the_end(long_window, qtbot):
    window = long_window
    now = [0.0]
    window.case_panel.tracker.seconds = lambda: now[0]
    got = earned_list(window)
    show(qtbot, window, ("case", LONG), lambda: window.open_case(LONG))
    long_page_open(qtbot, window)
    now[0] = 1.0
    bar = window.case_panel.view.verticalScrollBar()
    bar.setValue(bar.maximum())         # skimmed to the end in a second
    leave_by_related_link(qtbot, window)
    now[0] = 60.0
    window.case_panel.tracker.check()
    assert ("case", LONG) not in got


# -- a page that fits on the screen --------------------------------------------------------------------------

@pytest.fixture
def short_dwell(monkeypatch):
    from kb_app.core.learning import progress

    monkeypatch.setattr(progress, "MIN_SECONDS", 0.4)
    return 0.4


@pytest.mark.parametrize("kind, ident", [("lesson", "keep-evidence-chain"), ("lesson", "freeze-writes-on-suspect-disk"),
                                         ("lesson", "manager-on-site-absorbs-pressure"),
                                         ("case", "securities-market-data-line-down")])
def test_a_page_that_fits_counts_after_the_dwell_time(short_dwell, window, qtbot, kind, ident):
    got = earned_list(window)
    panel = window.case_panel
    window.resize(1280, 1400)   # tall enough for the short case too
    opener = window.open_lesson if kind == "lesson" else window.open_case
    lib = window.library
    for _ in range(3):   # each time it is shown again it counts again (marked unread in between)
        show(qtbot, window, (kind, ident), lambda: opener(ident))
        qtbot.waitUntil(lambda: panel.tracker.at_end(), timeout=WORK_MS)   # it fits: its end is on screen
        qtbot.waitUntil(lambda: (kind, ident) in got and lib.is_read(kind, ident), timeout=WORK_MS)
        assert panel.read_button.isChecked()
        got.clear()
        away = LONG if kind == "lesson" else OTHER
        show(qtbot, window, ("case", away), lambda: window.open_case(away))
        lib.set_read(kind, ident, False, "manual")
        qtbot.waitUntil(lambda: not lib.is_read(kind, ident), timeout=WORK_MS)
