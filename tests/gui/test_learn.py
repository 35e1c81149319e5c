"""Issue 8 in the window: honest reading, counts and suggestions that follow it, read markers in
every list, progress that survives a rebuild and a moved file, a practice round, reading paths.

The reading clock is replaced by a hand-moved one (tracker.seconds), so nothing here depends on
how fast the machine is."""
from __future__ import annotations

import shutil
import sqlite3

import pytest
from PySide6.QtCore import Qt, QUrl

from .conftest import WORK_MS, search

SECURITIES = "securities-storage-30h"


@pytest.fixture
def clock(window):
    """The case panel's reading clock, moved by hand."""
    now = [0.0]
    window.case_panel.tracker.seconds = lambda: now[0]
    return now


def learn_ready(qtbot, window):
    view = window.learn.view
    with qtbot.waitSignal(view.dataShown, timeout=WORK_MS):
        window.learn.show_learn()
        view.refresh()
    return view


def wait_data(qtbot, window, pred):
    view = window.learn.view
    qtbot.waitUntil(lambda: view.data is not None and pred(view), timeout=WORK_MS)


def db_rows(gui_data, sql):
    con = sqlite3.connect(gui_data / "state.db")
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def skill_count(view, key):
    c = view.data.progress.skill(key)
    return c.read, c.total


def test_scrolling_to_the_end_reads_stepping_past_does_not(window, qtbot, clock, gui_data):
    view = learn_ready(qtbot, window)
    before = view.group_counts()["composure"]
    assert before.startswith("Composure under pressure · 0 / ") and before.endswith(" read")
    ids = search(qtbot, window, "存储")
    window.tabs.setCurrentWidget(window.search)
    edit = window.search.search_edit
    edit.setFocus()
    # stepping through the results with the arrow keys: each case is shown, none is read
    shown = []
    for _ in range(3):
        with qtbot.waitSignal(window.caseShown, timeout=WORK_MS) as sig:
            qtbot.keyClick(window.search.view if window.search.view.hasFocus() else edit, Qt.Key.Key_Down)
        shown.append(sig.args[0])
    assert shown == ids[:3]
    window.case_panel.tracker.check()
    assert not set(shown) & window.library.read_ids
    # open long enough but not scrolled to its end: still not read
    with qtbot.waitSignal(window.caseShown, timeout=WORK_MS):
        window.open_case(SECURITIES)
    bar = window.case_panel.view.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0, timeout=WORK_MS)
    clock[0] = 30.0
    window.case_panel.tracker.check()
    assert SECURITIES not in window.library.read_ids
    # scrolled to the end after a few seconds: read, in state.db, with how it was earned
    with qtbot.waitSignal(window.library.progressChanged, timeout=WORK_MS):
        bar.setValue(bar.maximum())
    assert SECURITIES in window.library.read_ids
    assert db_rows(gui_data, "select item_id, source from progress") == [(SECURITIES, "dwell")]
    assert window.case_panel.read_button.isChecked()
    # the per-skill count and the suggestions follow
    wait_data(qtbot, window, lambda v: skill_count(v, "composure")[0] == 1)
    assert view.group_counts()["composure"] == before.replace("· 0 /", "· 1 /")
    assert SECURITIES not in [s.case_id for s in view.data.progress.suggestions]
    assert all(s.skill != "composure" for s in view.data.progress.suggestions[:2])
    # unmark by hand (Ctrl+D): unread again, count back
    window.learn.act_mark.trigger()
    qtbot.waitUntil(lambda: SECURITIES not in window.library.read_ids, timeout=WORK_MS)
    wait_data(qtbot, window, lambda v: skill_count(v, "composure")[0] == 0)
    assert not window.case_panel.read_button.isChecked()


def test_a_short_page_that_fits_counts_as_scrolled_and_lessons_are_tracked(window, qtbot, clock, gui_data):
    window.case_panel.view.resize(1200, 2400)  # everything fits: nothing to scroll
    with qtbot.waitSignal(window.library.progressChanged, timeout=WORK_MS):
        window.open_lesson("rotate-exhausted-engineers")
        qtbot.waitUntil(lambda: window.case_panel.current_item() == ("lesson", "rotate-exhausted-engineers"),
                        timeout=WORK_MS)
        assert "rotate-exhausted-engineers" not in window.library.read_lessons
        clock[0] = 5.0
        window.case_panel.tracker.check()
    assert "rotate-exhausted-engineers" in window.library.read_lessons
    assert db_rows(gui_data, "select item_type, item_id from progress") == [("lesson", "rotate-exhausted-engineers")]


def test_read_markers_show_in_results_suggestions_and_lessons(window, qtbot):
    from PySide6.QtGui import QImage

    from kb_app.gui.widgets.readmark import READ_BG

    with qtbot.waitSignal(window.library.progressChanged, timeout=WORK_MS):
        window.library.set_read("case", SECURITIES, True)
    with qtbot.waitSignal(window.library.progressChanged, timeout=WORK_MS):
        window.library.set_read("lesson", "rotate-exhausted-engineers", True)

    def has_read_pill(list_view, row):
        rect = list_view.visualRect(list_view.model().index(row, 0))
        img: QImage = list_view.viewport().grab(rect).toImage()
        want = READ_BG.rgb() & 0xFFFFFF
        return any(img.pixel(x, y) & 0xFFFFFF == want for y in range(0, img.height(), 2)
                   for x in range(img.width() // 2, img.width(), 2))

    ids = search(qtbot, window, "证券 存储 30小时")
    row = ids.index(SECURITIES)
    window.search.view.scrollTo(window.search.model.index(row))
    assert has_read_pill(window.search.view, row)
    other = next(i for i, cid in enumerate(ids) if cid != SECURITIES)
    assert not has_read_pill(window.search.view, other)
    from .conftest import describe

    window.tabs.setCurrentWidget(window.incident)
    hits = describe(qtbot, window, "证券客户存储阵列故障，工程师连续工作30小时")
    srow = [h.id for h in hits].index(SECURITIES)
    assert has_read_pill(window.incident.view, srow)
    view = learn_ready(qtbot, window)
    view.pages.setCurrentIndex(0)
    lrow = view.lessons_model.ids().index("rotate-exhausted-engineers") if "rotate-exhausted-engineers" in \
        view.lessons_model.ids() else None
    if lrow is None:  # the first group is responsibility; the lesson is under judgment too
        view.groups.setCurrentIndex(view.groups_model.index([c.key for c in view.groups_model.rows].index("judgment")))
        lrow = view.lessons_model.ids().index("rotate-exhausted-engineers")
    # a refresh queued by the marks above may still reset the list: scroll and look until it settles
    def lesson_pill_shown():
        row = view.lessons_model.ids().index("rotate-exhausted-engineers")
        view.lessons.scrollTo(view.lessons_model.index(row))
        return view.lessons.visualRect(view.lessons_model.index(row)).isValid() and has_read_pill(view.lessons, row)

    qtbot.waitUntil(lesson_pill_shown, timeout=WORK_MS)


def test_lessons_by_skill_and_kind_show_cases_outcomes_and_reads(window, qtbot):
    with qtbot.waitSignal(window.library.progressChanged, timeout=WORK_MS):
        window.library.set_read("case", SECURITIES, True)
    view = learn_ready(qtbot, window)
    counts = view.group_counts()
    assert set(counts) == {"responsibility", "judgment", "communication", "composure", "persistence", "learning"}
    view.set_grouping("kinds")
    counts = view.group_counts()
    assert counts["storage-failure"].startswith("Storage failure · 1 / ")
    keys = [c.key for c in view.groups_model.rows]
    view.groups.setCurrentIndex(view.groups_model.index(keys.index("storage-failure")))
    lessons = {l.id: l for l in view.lessons_model.lessons}
    rot = lessons["rotate-exhausted-engineers"]
    assert rot.teaches and SECURITIES in [c[0] for c in rot.cases] and rot.cases_read >= 1
    assert "Storage failure" in view.group_desc.text()
    # a click opens the lesson in the reader
    with qtbot.waitSignal(view.lessonRequested, timeout=WORK_MS):
        view.lessons.clicked.emit(view.lessons_model.index(view.lessons_model.ids().index("rotate-exhausted-engineers")))
    qtbot.waitUntil(lambda: window.current_entry() == ("lesson", "rotate-exhausted-engineers"), timeout=WORK_MS)


def test_progress_survives_a_rebuild_and_a_moved_file(window, qtbot, gui_cases):
    with qtbot.waitSignal(window.library.progressChanged, timeout=WORK_MS):
        window.library.set_read("case", SECURITIES, True)
    with qtbot.waitSignal(window.indexReady, timeout=WORK_MS):
        window.reload(force=True)
    assert SECURITIES in window.library.read_ids
    (gui_cases / "archive" / "2023").mkdir(parents=True)
    shutil.move(gui_cases / f"{SECURITIES}.md", gui_cases / "archive" / "2023" / f"{SECURITIES}.md")
    with qtbot.waitSignal(window.indexReady, timeout=WORK_MS):
        window.reload()
    view = learn_ready(qtbot, window)
    assert view.data.progress.cases_read == 1 and SECURITIES in view.data.read_cases
    assert view.data.progress.cases_total == 51
    ids = search(qtbot, window, "证券 存储 30小时")
    assert SECURITIES in ids and window.search.model.data(
        window.search.model.index(ids.index(SECURITIES)), 7 + Qt.ItemDataRole.UserRole) is True


def test_practice_hides_the_ending_keeps_the_answer_and_reveals_beside_it(window, qtbot, gui_data):
    wiring = window.learn
    wiring.open_practice(SECURITIES)
    qtbot.waitUntil(lambda: wiring.practice_window is not None and wiring.practice_window.doc is not None,
                    timeout=WORK_MS)
    pw = wiring.practice_window
    situation = pw.situation.toPlainText()
    assert "双控存储阵列" in situation
    assert "老陈下午 4 点半赶到现场" not in situation and "客户续约" not in situation  # actions, outcome hidden
    assert pw.hidden_note.isVisibleTo(pw) and not pw.revealed_view.isVisibleTo(pw)
    assert not pw.reveal_button.isEnabled()          # write something first
    answer = "先让连续工作 30 小时的工程师下场休息，换人；\n同时以 P1 向原厂开单。"
    with qtbot.waitSignal(pw.answerSaved, timeout=WORK_MS):   # autosaved after a pause
        pw.answer.setPlainText(answer)
    assert db_rows(gui_data, "select case_id, answer, revealed_at from practice") == [(SECURITIES, answer, None)]
    with qtbot.waitSignal(pw.revealed, timeout=WORK_MS):
        pw.reveal_button.click()
    assert pw.revealed_view.isVisibleTo(pw) and not pw.hidden_note.isVisibleTo(pw)
    revealed = pw.revealed_view.toPlainText()
    assert "老陈下午 4 点半赶到现场" in revealed and "客户续约" in revealed and "疲劳的工程师要换下来" in revealed
    assert pw.answer.toPlainText() == answer         # the answer stays beside the reveal
    rows = db_rows(gui_data, "select answer, revealed_at from practice")
    assert rows[0][0] == answer and rows[0][1]
    # the journal lists it; reopening the entry shows the answer with the reveal
    view = learn_ready(qtbot, window)
    assert [e.case_id for e in view.data.journal] == [SECURITIES]
    assert "换人" in view.journal_page.toPlainText()
    pw.close()
    pw.doc = None
    entry = view.data.journal[0]
    view.practiseRequested.emit(SECURITIES, entry.id)
    qtbot.waitUntil(lambda: pw.doc is not None, timeout=WORK_MS)
    assert pw.answer.toPlainText() == answer and pw.revealed_view.isVisibleTo(pw)


def test_a_reading_path_advances(window, qtbot):
    view = learn_ready(qtbot, window)
    view.pages.setCurrentIndex(2)
    page = view.paths_page.toPlainText()
    assert "Onboarding" in page and "0 of 12 steps read" in page
    rp = view.data.paths[0]
    first, second = rp.steps[0], rp.steps[1]
    assert first.type == "case" and second.type == "lesson"
    with qtbot.waitSignal(view.dataShown, timeout=WORK_MS):
        window.library.set_read("case", first.id, True)
    page = view.paths_page.toPlainText()
    assert "1 of 12 steps read" in page
    assert f"Next: {view.data.lessons[second.id]}" in page
    # "Next" is a link to the step
    with qtbot.waitSignal(view.lessonRequested, timeout=WORK_MS) as sig:
        view.paths_page.linkActivated.emit("lesson", second.id)
    assert sig.args == [second.id]


def test_learn_view_in_chinese(window, qtbot):
    from kb_app.gui import i18n

    view = learn_ready(qtbot, window)
    i18n.instance().set_language("zh-Hans")
    qtbot.waitUntil(lambda: view.pages.tabText(0) == "经验", timeout=WORK_MS)
    assert view.group_counts()["composure"].startswith("抗压力 · 0 / ")
    assert window.tabs.tabText(window.learn.tab_index) == "学习"
    view.pages.setCurrentIndex(2)
    assert "新人入门" in view.paths_page.toPlainText()
    i18n.instance().set_language("zh-Hant")
    qtbot.waitUntil(lambda: view.group_counts()["composure"].startswith("抗壓力 · 0 / "), timeout=WORK_MS)
    assert "新人入門" in view.paths_page.toPlainText()


def test_shortcuts(window):
    shortcuts = {a.objectName(): [s.toString() for s in a.shortcuts()] for a in window.actions()}
    assert shortcuts["actLearn"] == ["Ctrl+Shift+L"]
    assert shortcuts["actMarkRead"] == ["Ctrl+D"] and shortcuts["actPractise"] == ["Ctrl+P"]
    window.learn.act_learn.trigger()
    assert window.tabs.currentWidget() is window.learn.view


def test_a_taiwan_reader_reads_simplified_cases_in_traditional(window, qtbot):
    from kb_app.gui import i18n
    from kb_app.gui.widgets.cards import parse_snippet, reader_text

    i18n.instance().set_language("zh-Hant")
    view = window.case_panel.view
    with qtbot.waitSignal(window.caseShown, timeout=WORK_MS):
        window.open_case(SECURITIES)
    text = view.toPlainText()
    assert "證券客戶儲存陣列故障" in text and "疲勞的工程師要換下來" in text   # title, lesson titles, body
    assert "OpenCC" in text and "顯示原文" in text                          # marked as converted
    view.anchorClicked.emit(QUrl("script:original"))
    text = view.toPlainText()
    assert "证券客户存储阵列故障" in text and "用繁體顯示" in text
    view.anchorClicked.emit(QUrl("script:converted"))
    assert "證券客戶" in view.toPlainText()
    # a zh-Hant case is shown as it is
    with qtbot.waitSignal(window.caseShown, timeout=WORK_MS):
        window.open_case("tw-securities-san-multipath")
    assert "OpenCC" not in view.toPlainText()
    # search rows: converted title and snippet, the highlight kept
    ids = search(qtbot, window, "存储 阵列")
    row = ids.index(SECURITIES)
    ix = window.search.model.index(row)
    assert reader_text(ix, "title", "").startswith("證券客戶")
    plain, ranges = parse_snippet(reader_text(ix, "snippet", ""))
    assert ranges and any(plain[s:s + n] in ("儲存", "陣列", "儲存陣列") for s, n in ranges)
    # the Learn view's lesson titles too
    v = learn_ready(qtbot, window)
    qtbot.waitUntil(lambda: v.data.lang == "zh-Hant", timeout=WORK_MS)
    assert v.data.progress.lessons["rotate-exhausted-engineers"].title == "疲勞的工程師要換下來，而不是再撐一晚"


def test_learn_state_is_remembered_and_exports_are_written(app, qtbot, gui_cases, gui_data, tmp_path):
    from .conftest import open_window

    w = open_window(qtbot, gui_cases, gui_data)
    view = learn_ready(qtbot, w)
    view.pages.setCurrentIndex(2)
    view.set_grouping("kinds")
    view.show_bars.click()
    with qtbot.waitSignal(w.library.progressChanged, timeout=WORK_MS):
        w.library.set_read("case", SECURITIES, True)
    done = []
    for what, name in (("csv", "p.csv"), ("md", "p.md"), ("journal", "j.md")):
        w.library.export_learning(what, "zh-Hans", str(tmp_path / name), on_done=done.append)
    qtbot.waitUntil(lambda: len(done) == 3, timeout=WORK_MS)
    assert "securities-storage-30h" in (tmp_path / "p.csv").read_text("utf-8")
    assert "抗压力" in (tmp_path / "p.md").read_text("utf-8")
    assert (tmp_path / "j.md").read_text("utf-8").startswith("# Practice journal")
    w.close()
    w2 = open_window(qtbot, gui_cases, gui_data)
    try:
        v2 = w2.learn.view
        assert v2.pages.currentIndex() == 2 and v2.group_table == "kinds"
        assert v2.chart_stack.currentWidget() is v2.skill_bars
        qtbot.waitUntil(lambda: w2.tabs.currentWidget() is v2, timeout=WORK_MS)
        assert SECURITIES in w2.library.read_ids       # read state comes back with the library
    finally:
        w2.close()


def test_charts_paint_what_they_are_given(app, qtbot):
    from kb_app.gui.widgets.charts import Bar, BarChart, RadarChart

    bars = [Bar(n, r, t) for n, r, t in (("责任力", 3, 9), ("判断力", 0, 9), ("沟通力", 9, 9),
                                          ("抗压力", 1, 9), ("持久力", 2, 9), ("学习力", 4, 9))]
    radar = RadarChart()
    qtbot.addWidget(radar)
    radar.resize(400, 320)
    radar.set_bars(bars)
    ends = radar.points()
    assert len(ends) == 6 and abs(ends[0].x() - 200) < 1 and ends[0].y() < 160  # first axis points up
    inner = radar.points([b.fraction for b in bars])
    assert inner[2] == ends[2]                                                  # all read: at the rim
    assert not radar.grab().isNull()
    chart = BarChart()
    qtbot.addWidget(chart)
    chart.set_bars(bars)
    assert chart.sizeHint().height() == 6 * BarChart.ROW_H + 6
    chart.resize(400, chart.sizeHint().height())
    img = chart.grab().toImage()
    assert not img.isNull()


def test_an_answer_typed_just_before_closing_is_kept(app, qtbot, gui_cases, gui_data):
    from .conftest import open_window

    w = open_window(qtbot, gui_cases, gui_data)
    w.learn.open_practice(SECURITIES)
    qtbot.waitUntil(lambda: w.learn.practice_window is not None and w.learn.practice_window.doc is not None,
                    timeout=WORK_MS)
    pw = w.learn.practice_window
    pw.AUTOSAVE_MS = 60_000
    pw.timer.setInterval(60_000)          # no autosave before the close
    pw.answer.setPlainText("关窗前最后一句")
    w.close()                             # the window closes; the runner finishes its writes
    assert db_rows(gui_data, "select answer from practice") == [("关窗前最后一句",)]
