"""Bringing a team's documents in through the window (issue 15): the import on a worker with its
progress and Cancel, the summary, the flag on the cards, the count, the review queue, and the
editor's save that clears the flag. Waits are conditions (qtbot.waitUntil), never fixed sleeps."""
from __future__ import annotations

import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from .conftest import ROOT, search

sys.path.insert(0, str(ROOT / "tests"))
import import_samples  # noqa: E402

WORK_MS = 60_000


def notes(folder: Path, n: int, start: int = 0) -> Path:
    """n small Markdown write-ups, each a distinct incident (quick to import)."""
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(start, start + n):
        (folder / f"note-{i:03d}.md").write_text(
            f"# 第{i}号机房巡检发现磁带库机械臂卡死 {i}\n\n2022年1月{1 + i % 27}日，巡检发现磁带库 T{i} 机械臂卡死，"
            f"备份作业排队 {i} 小时。\n\n## 处理结果\n\n更换机械臂后恢复，补做备份。\n", "utf-8")
    return folder


def wait_import(qtbot, window):
    area = window.import_area
    qtbot.waitUntil(lambda: not area.running and area.summary is not None, timeout=WORK_MS)
    qtbot.waitUntil(lambda: not window.library.loading, timeout=WORK_MS)
    return area.last_context


def test_import_through_the_window_summarises_and_flags(window, qtbot, tmp_path):
    src = tmp_path / "team"
    import_samples.write_all(src, pdf=False)
    known = window.library._kb.case("securities-market-data-line-down")
    (src / "行情复盘.md").write_text(f"# 券商行情中断复盘\n\n{known.body}", "utf-8")  # the same incident, retitled
    assert window.import_paths([str(src)])
    assert window.import_area.running  # the UI thread did not wait for it
    ctx = wait_import(qtbot, window)
    created = [r for r in ctx.records if r.status == "created"]
    assert len(created) >= 8
    dlg = window.import_area.summary
    assert dlg.isVisible()
    # the damaged file is named with its problem, in words of the window (not the core's English message)
    failed = dlg.items["failed"]
    assert failed.childCount() == 1 and "损坏" in failed.child(0).text(0)
    assert failed.child(0).text(1) and "zip" not in failed.child(0).text(1)
    # the likely duplicates name the case they repeat, and can be imported anyway
    dups = dlg.items["duplicate"]
    assert dups.childCount() >= 1
    from kb_app.gui.views.importing import ROLE_CASE

    named = {dups.child(i).data(0, ROLE_CASE): dups.child(i).text(1) for i in range(dups.childCount())}
    assert "securities-market-data-line-down" in named  # double-click opens the case it repeats
    title = window.library._kb.case("securities-market-data-line-down").title
    assert title in named["securities-market-data-line-down"]
    assert not dlg.anyway_button.isEnabled()
    dups.child(0).setCheckState(0, Qt.CheckState.Checked)
    assert dlg.anyway_button.isEnabled()
    # the count in the status bar, and the flag on the new cases' cards
    qtbot.waitUntil(lambda: window.status_area.review_count == len(created), timeout=WORK_MS)
    assert window.status_area.review_button.isVisible()
    assert str(len(created)) in window.status_area.review_button.text()
    ids = search(qtbot, window, "存储阵列控制器")
    new_id = next(r.case_id for r in created if "存储阵列控制器" in r.title)
    assert new_id in ids  # searchable at once
    from kb_app.gui.models import ROLE_ID, ROLE_REVIEW

    m = window.search.model
    flags = {m.data(m.index(r), ROLE_ID): m.data(m.index(r), ROLE_REVIEW) for r in range(m.rowCount())}
    assert flags[new_id] is True
    assert not any(v for k, v in flags.items() if k not in {r.case_id for r in created})
    # importing a duplicate anyway creates it
    before = window.status_area.review_count
    dlg.anyway_button.click()
    ctx2 = wait_import(qtbot, window)
    assert ctx2.created >= 1
    qtbot.waitUntil(lambda: window.status_area.review_count == before + ctx2.created, timeout=WORK_MS)


def test_reimport_says_already_imported(window, qtbot, tmp_path):
    src = notes(tmp_path / "n", 3)
    window.import_paths([str(src)])
    assert wait_import(qtbot, window).created == 3
    window.import_area.summary.close()
    window.import_area.summary = None
    window.import_paths([str(src)])
    ctx = wait_import(qtbot, window)
    assert ctx.created == 0 and sum(r.code == "already-imported" for r in ctx.records) == 3
    assert window.import_area.summary.items["already"].childCount() == 3


def test_cancel_stops_the_import_and_keeps_what_went_in(window, qtbot, tmp_path):
    """The import runs in a child process; Cancel stops it after its current document."""
    src = notes(tmp_path / "many", 150)
    seen = []
    window.import_area.job_progress = lambda done, total, msg: seen.append(done)
    window.import_paths([str(src)])
    qtbot.waitUntil(lambda: any(d >= 3 for d in seen), timeout=WORK_MS)
    assert window.import_area.cancel_button.isVisible()
    window.import_area.cancel_button.click()
    ctx = wait_import(qtbot, window)
    assert ctx.cancelled and 0 < ctx.created < 150
    assert not window.import_area.progress.isVisible()
    assert "cancel" in window.import_area.summary.windowTitle().lower()
    qtbot.waitUntil(lambda: window.status_area.review_count == ctx.created, timeout=WORK_MS)
    made = [p for p in window.library._kb.cases_dir.glob("*.md") if "review: imported" in p.read_text("utf-8")]
    assert len(made) == ctx.created  # no case half written, none lost


def test_cancel_in_the_worker_thread_too(window, qtbot, tmp_path, monkeypatch):
    """Without the child process (it could not start), the import runs on the writer thread."""
    from kb_app.core.importing import run as run_mod
    from kb_app.gui.window.importing import ImportArea

    monkeypatch.setattr(ImportArea, "IN_CHILD", False)
    src = notes(tmp_path / "many", 40)
    gate = threading.Event()
    real_one = run_mod._one
    seen = []

    def slow_one(*a, **k):
        seen.append(1)
        if len(seen) == 3:
            gate.wait(20)  # hold the worker until the test has pressed Cancel
        return real_one(*a, **k)

    monkeypatch.setattr(run_mod, "_one", slow_one)
    window.import_paths([str(src)])
    qtbot.waitUntil(lambda: len(seen) >= 3, timeout=WORK_MS)
    qtbot.waitUntil(lambda: window.import_area.cancel_button.isVisible(), timeout=WORK_MS)
    window.import_area.cancel_button.click()
    gate.set()
    ctx = wait_import(qtbot, window)
    assert ctx.cancelled and 0 < ctx.created < 40
    qtbot.waitUntil(lambda: window.status_area.review_count == ctx.created, timeout=WORK_MS)


def test_dropping_a_folder_on_the_window_imports_it(window, qtbot, tmp_path):
    src = notes(tmp_path / "dropped", 2)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(src))])
    ev = QDropEvent(QPointF(100, 100), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton,
                    Qt.KeyboardModifier.NoModifier)
    window.import_area.eventFilter(window, ev)
    assert wait_import(qtbot, window).created == 2


@pytest.fixture
def imported(window, qtbot, tmp_path):
    window.import_paths([str(notes(tmp_path / "q", 3))])
    wait_import(qtbot, window)
    window.import_area.summary.close()
    qtbot.waitUntil(lambda: window.status_area.review_count == 3, timeout=WORK_MS)
    return window


def test_review_queue_walks_shows_original_and_reasons(imported, qtbot):
    w = imported
    w.status_area.review_button.click()  # the count opens the queue
    rv = w.review
    qtbot.waitUntil(lambda: rv.isVisible() and rv.count() == 3 and rv.doc is not None, timeout=WORK_MS)
    assert rv.position.text().startswith("1") and "3" in rv.position.text()
    assert "磁带库" in rv.original.toPlainText()
    assert rv.suggestions.topLevelItemCount() >= 3
    reasons = [rv.suggestions.topLevelItem(i).text(2) for i in range(rv.suggestions.topLevelItemCount())]
    assert all(reasons)
    first = rv.doc.id
    w.act_next.trigger()  # Ctrl+J walks the queue
    qtbot.waitUntil(lambda: rv.doc is not None and rv.doc.id != first, timeout=WORK_MS)
    assert rv.position.text().startswith("2")
    w.act_prev.trigger()
    qtbot.waitUntil(lambda: rv.doc is not None and rv.doc.id == first, timeout=WORK_MS)
    # marking one reviewed takes it out of the queue and the count
    rv.mark_button.click()
    qtbot.waitUntil(lambda: w.status_area.review_count == 2 and rv.count() == 2, timeout=WORK_MS)
    assert first not in rv.items and first not in w.library.review_ids
    w.act_results.trigger()  # Esc leaves the queue
    assert not w.import_area.review_shown()


def test_editor_save_clears_the_flag_and_returns_to_the_queue(imported, qtbot):
    w = imported
    w.show_review_queue()
    rv = w.review
    qtbot.waitUntil(lambda: rv.doc is not None, timeout=WORK_MS)
    cid = rv.doc.id
    path = Path(w.library._kb.case(cid).path)
    assert "review: imported" in path.read_text("utf-8")
    rv.edit_button.click()
    ed = w.editor
    qtbot.waitUntil(lambda: ed.is_open and ed.case_id == cid, timeout=WORK_MS)
    assert ed.title.text() == rv.doc.title  # the suggestions are in the fields
    with qtbot.waitSignal(ed.saved, timeout=WORK_MS):
        ed.save()
    assert "review:" not in path.read_text("utf-8")
    qtbot.waitUntil(lambda: w.status_area.review_count == 2, timeout=WORK_MS)
    ed.close_editor() if hasattr(ed, "close_editor") else ed.closed.emit()
    qtbot.waitUntil(lambda: w.import_area.review_shown() and rv.count() == 2, timeout=WORK_MS)
    assert cid not in rv.items


def test_empty_queue_says_so(window, qtbot):
    window.show_review_queue()
    rv = window.review
    qtbot.waitUntil(lambda: rv.loaded, timeout=WORK_MS)
    assert rv.stack.currentWidget() is rv.empty and rv.empty.text()
    assert not rv.edit_button.isEnabled() and not window.status_area.review_button.isVisible()


def test_import_and_review_speak_the_ui_language(imported, qtbot):
    import re

    from kb_app.gui import i18n
    from kb_app.gui.views.importing import ImportSummaryDialog

    cjk = re.compile(r"[\u3400-\u9fff]")
    w = imported
    w.show_review_queue()
    rv = w.review
    qtbot.waitUntil(lambda: rv.doc is not None, timeout=WORK_MS)
    dlg = ImportSummaryDialog(w.import_area.last_context, w)
    try:
        i18n.instance().set_language("zh-Hans")
        for text in (rv.edit_button.text(), rv.mark_button.text(), rv.next_button.text(), rv.heading.text(),
                     rv.suggestions.topLevelItem(0).text(0), w.status_area.review_button.text(),
                     dlg.headline.text(), dlg.windowTitle(), w.import_area.act_import_files.text()):
            assert cjk.search(text), text
        assert "导入" in w.status_area.review_button.text()
        i18n.instance().set_language("zh-Hant")
        assert "匯入" in w.status_area.review_button.text() and "導入" not in w.status_area.review_button.text()
    finally:
        i18n.instance().set_language("en")
    for text in (rv.edit_button.text(), rv.heading.text(), dlg.headline.text(), w.status_area.review_button.text()):
        assert not cjk.search(text), text
    assert w.status_area.review_button.text() == "3 imported cases to review"
    dlg.close()


def test_the_import_dialog_is_qts_own_in_the_ui_language(window, qtbot):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QFileDialog, QLabel

    from kb_app.gui import i18n

    seen = {}

    def inspect():
        dlg = next((d for d in QApplication.topLevelWidgets() if isinstance(d, QFileDialog) and d.isVisible()), None)
        if dlg is None:
            QTimer.singleShot(50, inspect)
            return
        seen["native"] = dlg.testOption(QFileDialog.Option.DontUseNativeDialog)
        seen["labels"] = " ".join(l.text() for l in dlg.findChildren(QLabel) if l.text())
        seen["filters"] = dlg.nameFilters()
        dlg.reject()

    try:
        i18n.instance().set_language("zh-Hant")
        QTimer.singleShot(50, inspect)
        window.import_area.choose_files()
    finally:
        i18n.instance().set_language("en")
    assert seen["native"] is True
    assert "Look in" not in seen["labels"] and "尋找於" in seen["labels"]
    assert "*.docx" in seen["filters"][0] and "文件" in seen["filters"][0]
    assert not window.import_area.running


def test_review_prefills_the_proposed_lessons_and_the_save_writes_them(window, qtbot, tmp_path):
    src = tmp_path / "lessons-doc"
    src.mkdir()
    (src / "磁带库.md").write_text(
        "# 磁带库机械臂卡死导致备份中断\n\n2022年3月1日，磁带库机械臂卡死，备份作业排队。\n\n## 处理结果\n\n更换机械臂后恢复。\n\n"
        "## 经验教训\n\n- 磁带库巡检清单要包含机械臂行程自检\n", "utf-8")
    window.import_paths([str(src)])
    assert wait_import(qtbot, window).created == 1
    window.import_area.summary.close()
    window.show_review_queue()
    rv = window.review
    qtbot.waitUntil(lambda: rv.doc is not None, timeout=WORK_MS)
    assert rv.doc.suggestions.get("new_lessons"), "the import proposed a new lesson"
    rv.edit_button.click()
    ed = window.editor
    qtbot.waitUntil(lambda: ed.is_open and bool(ed.pending_lessons()), timeout=WORK_MS)
    nl = ed.pending_lessons()[0]
    assert "机械臂" in nl.title and nl.id in ed.lessons.value()
    lessons_dir = window.library._kb.cases_dir / "lessons"
    assert not (lessons_dir / f"{nl.id}.md").exists()  # not before the save
    with qtbot.waitSignal(ed.saved, timeout=WORK_MS):
        ed.save()
    assert (lessons_dir / f"{nl.id}.md").exists()
    qtbot.waitUntil(lambda: window.status_area.review_count == 0, timeout=WORK_MS)


def test_the_case_page_says_imported_not_reviewed_and_leads_to_the_queue(imported, qtbot):
    from PySide6.QtCore import QUrl

    w = imported
    cid = sorted(w.library.review_ids)[-1]
    w.open_case(cid)
    panel = w.case_panel
    qtbot.waitUntil(lambda: panel.current_item() == ("case", cid), timeout=WORK_MS)
    assert "review:queue" in panel.view.toHtml() and "Imported, not reviewed" in panel.view.toPlainText()
    panel.view.anchorClicked.emit(QUrl("review:queue"))  # the band's link
    qtbot.waitUntil(lambda: w.import_area.review_shown() and w.review.doc is not None and w.review.doc.id == cid,
                    timeout=WORK_MS)
    w.act_results.trigger()
    w.open_case("securities-storage-30h")
    qtbot.waitUntil(lambda: panel.current_item() == ("case", "securities-storage-30h"), timeout=WORK_MS)
    assert "review:queue" not in panel.view.toHtml()


def test_no_reload_queues_behind_the_import(window, qtbot, tmp_path):
    """The import's own new files do not start a load per change: no index progress bar under it."""
    src = notes(tmp_path / "w", 60)
    seen = []
    window.import_area.job_progress = lambda done, total, msg: seen.append(done)
    loads = []
    window.library.loadStarted.connect(lambda: loads.append(window.import_area.running))
    window.import_paths([str(src)])
    ctx = wait_import(qtbot, window)
    assert ctx.created == 60
    # the import took longer than the watcher's pause before a reload (its child process alone
    # starts in about a second), yet every load started after it: none queued behind it
    assert True not in loads and loads


def test_the_queue_layout_and_the_import_folder_are_remembered(app, qtbot, gui_cases, gui_data, tmp_path):
    from kb_app.gui import settings
    from kb_app.gui.window.importing import IMPORT_DIR

    from .conftest import close_without_asking, open_window

    w = open_window(qtbot, gui_cases, gui_data)
    src = notes(tmp_path / "remember", 1)
    w.import_paths([str(src / "note-000.md")])
    wait_import(qtbot, w)
    w.import_area.summary.close()
    w.show_review_queue()
    w.review.split.setSizes([300, 700])
    kept = w.review.split.sizes()
    close_without_asking(w)
    w.close()
    assert settings.value(IMPORT_DIR, "", str) == str(src)  # the next file dialog opens there
    w2 = open_window(qtbot, gui_cases, gui_data)
    w2.show_review_queue()
    qtbot.waitUntil(lambda: w2.review.isVisible(), timeout=WORK_MS)
    assert w2.review.split.sizes()[0] == pytest.approx(kept[0], abs=20)
    close_without_asking(w2)
    w2.close()


def test_the_review_names_what_the_import_noted(window, qtbot, tmp_path):
    src = tmp_path / "noted"
    src.mkdir()
    (src / "page.md").write_text("# 外链图片的巡检记录\n\n2022年5月1日巡检。\n\n![拓扑](https://example.com/t.png)\n\n## 处理结果\n\n已恢复。\n",
                                 "utf-8")
    window.import_paths([str(src)])
    assert wait_import(qtbot, window).created == 1
    window.import_area.summary.close()
    window.show_review_queue()
    rv = window.review
    qtbot.waitUntil(lambda: rv.doc is not None, timeout=WORK_MS)
    assert rv.doc.warnings and "image" in rv.source_label.text()
    from kb_app.gui import i18n

    try:
        i18n.instance().set_language("zh-Hans")  # worded by the window in the UI language, not the core's English
        assert "图片未保留" in rv.source_label.text() and "image" not in rv.source_label.text()
    finally:
        i18n.instance().set_language("en")


def test_the_import_runs_in_a_child_process(window, qtbot, tmp_path, monkeypatch):
    """The parsing happens in `kb-app --import-worker`, not on a thread of the window (no fallback taken)."""
    import os

    from kb_app.gui import import_child

    ran = []
    real = import_child.run_in_child

    def spy(*a, **k):
        ctx = real(*a, **k)
        ran.append(ctx)
        return ctx

    monkeypatch.setattr(import_child, "run_in_child", spy)
    window.import_paths([str(notes(tmp_path / "child", 2))])
    ctx = wait_import(qtbot, window)
    assert ran and ran[0] is ctx and ctx.created == 2
    assert all(r.path and os.path.exists(r.path) for r in ctx.records if r.status == "created")
