"""The case editor in the real window (offscreen): write, save, find, conflicts, drafts, history."""
from __future__ import annotations

import subprocess
from pathlib import Path

from PySide6.QtCore import Qt

from kb_app.core.cases.casefile import CaseFile

from .conftest import WORK_MS, describe, open_window, search


def _wait_draft(qtbot, ed):
    qtbot.waitUntil(lambda: ed.stored_rev == ed.rev, timeout=WORK_MS)
    with qtbot.waitSignal(ed.draftSaved, timeout=5000, raising=False):
        pass


def _save(qtbot, ed):
    with qtbot.waitSignal(ed.saved, timeout=WORK_MS) as blocker:
        ed.save()
    return blocker.args


def test_new_case_with_a_new_lesson_is_found_in_both_scripts_and_suggested(app, qtbot, window):
    w = window
    w.new_case()
    ed = w.editor
    assert w.central_stack.currentWidget() is ed and ed.is_open
    body = ed.body.toPlainText()
    assert body.startswith("## Situation") and "## Lessons learned" in body  # the UI language's template
    qtbot.waitUntil(lambda: bool(ed.lesson_titles), timeout=WORK_MS)
    # invalid on purpose first: the save says what blocks it, next to the field, and keeps the draft
    with qtbot.waitSignal(ed.saveBlocked, timeout=WORK_MS):
        ed.save()
    assert ed.errors["title"].isVisible() is False or ed.errors["title"].text()
    assert "title" in {p.field for p in ed.problems} and "kind" in {p.field for p in ed.problems}
    assert ed.errors["title"].text() == "A title is needed"

    ed.title.setText("量子存储阵列控制器熔毁导致证券交易中断")
    ed.kind.setCurrentIndex(ed.kind.findData("storage-failure"))
    ed.status.setCurrentIndex(ed.status.findData("resolved"))
    ed.summary.setPlainText("更换控制器后恢复交易。")
    cur = ed.body.textCursor()
    cur.setPosition(len("## Situation\n"))
    ed.body.setTextCursor(cur)
    ed.body.insertPlainText("量子控制器熔毁，证券客户交易中断，客户要求开盘前恢复。\n")
    ed.date.edit.setText("2023-02-30")
    assert ed.errors["date"].text() == "“2023-02-30” is not a real date (YYYY-MM-DD)"
    ed.date.edit.setText("2023-02-28")
    assert not ed.errors["date"].text()

    # a new lesson, written inline: kept with the case, written only when the case is saved
    lessons_before = sorted((w.library.cases_dir / "lessons").iterdir())
    ed.create_lesson("量子控制器要提前备件")
    dlg = ed._lesson_dialog
    dlg.skills.boxes["judgment"].setChecked(True)
    with qtbot.waitSignal(ed.lessons.changed, timeout=WORK_MS):
        dlg.accept()
    (lid,) = ed.lessons.value()
    assert not [p for p in ed.problems if p.field == "lessons"]      # linked, not dangling
    _wait_draft(qtbot, ed)
    assert sorted((w.library.cases_dir / "lessons").iterdir()) == lessons_before

    path, cid = _save(qtbot, ed)
    assert (w.library.cases_dir / "lessons" / f"{lid}.md").is_file()
    assert Path(path).name == "2023-02-28-liang-zi-cun-chu-zhen-lie-kong-zhi-qi-rong-hui.md"
    text = Path(path).read_text("utf-8")
    assert f'lessons: ["[[{lid}]]"]' in text and "outcome_status: resolved" in text
    # searchable at once, in both scripts, and suggested for a matching description
    assert cid in search(qtbot, w, "量子控制器熔毁")
    assert cid in search(qtbot, w, "量子控制器熔燬")  # Traditional 燬
    assert cid in search(qtbot, w, "證券交易中斷 量子")
    hits = describe(qtbot, w, "证券客户的量子存储阵列控制器熔毁，交易中断")
    assert cid in [h.id for h in hits[:3]]


def test_edit_and_save_changes_only_the_edited_lines(app, qtbot, window):
    w = window
    cases = w.library.cases_dir
    git = lambda *a: subprocess.run(["git", *a], cwd=cases, capture_output=True, text=True, check=True).stdout
    git("init", "-q")
    git("-c", "user.email=t@t", "-c", "user.name=t", "add", "-A")
    git("-c", "user.email=t@t", "-c", "user.name=t", "commit", "-qm", "base")
    w.edit_case("securities-storage-30h")
    ed = w.editor
    qtbot.waitUntil(lambda: ed.is_open and ed.case_id == "securities-storage-30h", timeout=WORK_MS)
    assert not ed.dirty()
    ed.summary.setPlainText(ed.summary.toPlainText() + "（补记）")
    _save(qtbot, ed)
    diff = git("diff", "--numstat")
    assert diff.split()[:2] == ["1", "1"] and "securities-storage-30h.md" in diff
    changed = [l for l in git("diff", "-U0").splitlines() if l[:1] in "+-" and not l.startswith(("+++", "---"))]
    assert len(changed) == 2 and all("summary" in l for l in changed)


def test_outside_edit_opens_the_conflict_view_and_a_non_overlapping_one_merges(app, qtbot, window):
    w = window
    w.edit_case("securities-storage-30h")
    ed = w.editor
    qtbot.waitUntil(lambda: ed.is_open and ed.case_id == "securities-storage-30h", timeout=WORK_MS)
    ed.title.setText("改过的标题")
    path = Path(ed.path)
    raw = path.read_text("utf-8")
    path.write_text(raw.rstrip("\n") + "\n\n外部编辑器加的一段。\n", "utf-8")
    with qtbot.waitSignal(ed.conflictShown, timeout=WORK_MS) as blocker:
        ed.save()
    assert blocker.args == ["merged"]
    assert ed.pages.currentWidget() is ed.conflict_view
    cv = ed.conflict_view
    merged = cv.merged.toPlainText()
    assert "title: 改过的标题" in merged and "外部编辑器加的一段。" in merged
    with qtbot.waitSignal(ed.saved, timeout=WORK_MS):
        qtbot.mouseClick(cv.save_merged, Qt.MouseButton.LeftButton)
    text = path.read_text("utf-8")
    assert "title: 改过的标题" in text and "外部编辑器加的一段。" in text
    assert ed.pages.currentWidget() is ed.edit_page


def test_overlapping_outside_edit_shows_both_sides(app, qtbot, window):
    w = window
    w.edit_case("securities-storage-30h")
    ed = w.editor
    qtbot.waitUntil(lambda: ed.is_open and ed.case_id == "securities-storage-30h", timeout=WORK_MS)
    ed.title.setText("我的标题")
    path = Path(ed.path)
    raw = path.read_text("utf-8")
    old_title = CaseFile.parse(raw).form()["title"]
    path.write_text(raw.replace(f"title: {old_title}", "title: 磁盘上的标题"), "utf-8")
    with qtbot.waitSignal(ed.conflictShown, timeout=WORK_MS) as blocker:
        ed.save()
    assert blocker.args == ["overlap"]
    cv = ed.conflict_view
    assert "我的标题" in cv.mine_view.toPlainText() and "磁盘上的标题" in cv.disk_view.toPlainText()
    with qtbot.waitSignal(ed.saved, timeout=WORK_MS):
        qtbot.mouseClick(cv.keep_mine, Qt.MouseButton.LeftButton)
    assert "title: 我的标题" in path.read_text("utf-8")


def test_a_draft_is_offered_after_a_restart(app, qtbot, gui_cases, gui_data):
    w = open_window(qtbot, gui_cases, gui_data)
    w.new_case()
    ed = w.editor
    ed.title.setText("Never lose a word")
    ed.body.insertPlainText("typed before the crash\n")
    _wait_draft(qtbot, ed)
    w.runner.shutdown()  # as if the process died: no close, no save
    w._closed = True
    w.hide()

    w2 = open_window(qtbot, gui_cases, gui_data)
    qtbot.waitUntil(lambda: w2.recovery_dialog is not None, timeout=WORK_MS)
    dlg = w2.recovery_dialog
    assert dlg.list.count() == 1 and "Never lose a word" in dlg.list.item(0).text()
    assert "typed before the crash" in dlg.list.item(0).text()
    qtbot.mouseClick(dlg.restore_button, Qt.MouseButton.LeftButton)
    assert w2.editor.is_open and w2.editor.title.text() == "Never lose a word"
    assert "typed before the crash" in w2.editor.body.toPlainText()
    w2.close()


def test_a_version_from_history_is_restored(app, qtbot, window):
    w = window
    w.edit_case("securities-storage-30h")
    ed = w.editor
    qtbot.waitUntil(lambda: ed.is_open and ed.case_id == "securities-storage-30h", timeout=WORK_MS)
    path = Path(ed.path)
    original = path.read_text("utf-8")
    ed.summary.setPlainText("第一版改动")
    _save(qtbot, ed)
    ed.summary.setPlainText("第二版改动")
    _save(qtbot, ed)
    ed.show_history()
    qtbot.waitUntil(lambda: getattr(ed, "history_dialog", None) is not None, timeout=WORK_MS)
    dlg = ed.history_dialog
    assert dlg.list.count() == 2
    dlg.list.setCurrentRow(1)  # the oldest: the file as it was at first
    assert "第二版改动" in dlg.diff.toPlainText()
    qtbot.mouseClick(dlg.restore, Qt.MouseButton.LeftButton)
    assert "第二版改动" not in ed.summary.toPlainText() and "第一版改动" not in ed.summary.toPlainText()
    _save(qtbot, ed)
    assert path.read_text("utf-8") == original


def test_undo_and_redo_run_across_form_and_body(app, qtbot, window):
    w = window
    w.new_case()
    ed = w.editor
    ed.title.setText("A title")
    ed.burst.stop(); ed._end_burst()
    ed.body.insertPlainText("some text")
    ed.burst.stop(); ed._end_burst()
    ed.undo()
    assert "some text" not in ed.body.toPlainText() and ed.title.text() == "A title"
    ed.undo()
    assert ed.title.text() == ""
    ed.redo()
    ed.redo()
    assert ed.title.text() == "A title" and "some text" in ed.body.toPlainText()


def test_save_as_new_case_from_the_incident_pane(app, qtbot, window):
    w = window
    hits = describe(qtbot, w, "证券客户存储阵列故障，工程师连续工作30小时")
    w.tabs.setCurrentWidget(w.incident)
    qtbot.mouseClick(w.incident.save_case_button, Qt.MouseButton.LeftButton)
    ed = w.editor
    assert ed.is_open and "证券客户存储阵列故障" in ed.body.toPlainText()
    assert ed.related.value() == [h.id for h in hits[:3]]


def test_an_outside_edit_seen_by_the_watcher_opens_the_conflict_view_without_a_save(app, qtbot, window):
    w = window
    w.edit_case("securities-storage-30h")
    ed = w.editor
    qtbot.waitUntil(lambda: ed.is_open and ed.case_id == "securities-storage-30h", timeout=WORK_MS)
    ed.title.setText("编辑中的标题")
    path = Path(ed.path)
    with qtbot.waitSignal(ed.conflictShown, timeout=WORK_MS) as blocker:
        path.write_text(path.read_text("utf-8") + "\n磁盘上追加。\n", "utf-8")
        w.reload()
    assert blocker.args == ["merged"] and ed.pages.currentWidget() is ed.conflict_view


def test_a_file_deleted_underneath_is_offered_back_as_a_new_file(app, qtbot, window):
    w = window
    w.edit_case("securities-storage-30h")
    ed = w.editor
    qtbot.waitUntil(lambda: ed.is_open and ed.case_id == "securities-storage-30h", timeout=WORK_MS)
    ed.summary.setPlainText("删除之前写下的结论")
    path = Path(ed.path)
    path.unlink()
    with qtbot.waitSignal(ed.conflictShown, timeout=WORK_MS) as blocker:
        ed.save()
    assert blocker.args == ["deleted"] and ed.conflict_view.save_new.isVisibleTo(ed.conflict_view)
    with qtbot.waitSignal(ed.saved, timeout=WORK_MS):
        qtbot.mouseClick(ed.conflict_view.save_new, Qt.MouseButton.LeftButton)
    assert "删除之前写下的结论" in path.read_text("utf-8")


def test_focus_loss_keeps_the_draft_at_once(app, qtbot, window):
    w = window
    w.new_case()
    ed = w.editor
    ed.body.setFocus()
    ed.body.insertPlainText("x")
    ed.autosave.stop()  # not the timer: the focus change must do it
    ed.stored_rev = ed.rev - 1
    with qtbot.waitSignal(ed.draftSaved, timeout=WORK_MS):
        w.search.search_edit.setFocus()
        app.focusChanged.emit(ed.body, w.search.search_edit)


def test_the_lesson_and_related_pickers_fold_scripts_and_use_the_glossary(app, qtbot, window):
    """Issue 16: the pickers search as search does: 備份 and "backup" find the lesson titled with 备份."""
    w = window
    w.new_case()
    ed = w.editor
    qtbot.waitUntil(lambda: bool(ed.lesson_titles) and ed.lessons.index is not None, timeout=WORK_MS)
    lesson = "verify-backups-by-restore"
    assert "备份" in ed.lesson_titles[lesson]
    for typed in ("备份", "備份", "backup"):
        assert lesson in ed.lessons.matches(typed), typed
    ed.lessons.search.setText("備份")
    ed.lessons._offer("備份")
    assert any(s.endswith(lesson) for s in ed.lessons.model.stringList())   # the popup offers it
    with qtbot.waitSignal(ed.lessons.changed, timeout=WORK_MS):
        ed.lessons.search.returnPressed.emit()
    assert lesson in ed.lessons.value()
    # related cases too: a Traditional query finds a Simplified title, an English one a Chinese title
    assert "securities-storage-30h" in ed.related.matches("證券 儲存陣列")
    assert "securities-storage-30h" in ed.related.matches("storage array")


def test_a_far_date_an_empty_text_and_a_tag_twice_are_warned_and_the_case_still_saves(app, qtbot, window):
    w = window
    w.edit_case("securities-storage-30h")
    ed = w.editor
    qtbot.waitUntil(lambda: ed.is_open and ed.case_id == "securities-storage-30h", timeout=WORK_MS)
    ed.date.edit.setText("9999-01-01")
    ed.tags.setText("存储, 备份, 存储")
    ed.body.setPlainText("## 情况\n\n## 行动\n\n")
    warned = {(p.field, p.code) for p in ed.problems if not p.blocking}
    assert {("date", "date-future"), ("tags", "tag-twice"), ("body", "body-empty")} <= warned
    assert not [p for p in ed.problems if p.blocking]
    assert ed.errors["date"].isVisibleTo(ed) and ed.errors["tags"].isVisibleTo(ed)
    assert ed.body_pane.error.isVisibleTo(ed)
    ed.date.edit.setText("1969-07-20")
    assert ("date", "date-too-early") in {(p.field, p.code) for p in ed.problems}
    path, _cid = _save(qtbot, ed)      # warnings do not stop the save
    assert "1969-07-20" in Path(path).read_text("utf-8")
    # fixed: the warnings go
    ed.date.edit.setText("2020-03-01")
    ed.tags.setText("存储, 备份")
    ed.body.setPlainText("## 情况\n\n阵列宕机。\n")
    assert not ed.problems and not ed.errors["date"].isVisibleTo(ed) and not ed.body_pane.error.isVisibleTo(ed)


def test_two_saves_within_a_minute_are_two_entries_told_apart_in_the_history(app, qtbot, window):
    import datetime as dt

    w = window
    w.edit_case("securities-storage-30h")
    ed = w.editor
    qtbot.waitUntil(lambda: ed.is_open and ed.case_id == "securities-storage-30h", timeout=WORK_MS)
    for text in ("第一次保存", "第二次保存"):   # two saves in a few seconds: two earlier versions
        ed.summary.setPlainText(text)
        _save(qtbot, ed)
    ed.show_history()
    qtbot.waitUntil(lambda: getattr(ed, "history_dialog", None) is not None, timeout=WORK_MS)
    dlg = ed.history_dialog
    labels = [dlg.list.item(i).text() for i in range(dlg.list.count())]
    assert len(labels) == 2 and labels[0] != labels[1]
    today = dt.date.today()
    assert all(str(today.year) in t and f"{today.day:02d}" in t for t in labels)   # the date is there too
    dlg.reject()


def test_a_new_lesson_goes_with_a_discarded_case_and_survives_in_its_draft(app, qtbot, gui_cases, gui_data, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    w = open_window(qtbot, gui_cases, gui_data)
    lessons = gui_cases / "lessons"
    before = sorted(lessons.iterdir())
    w.new_case()
    ed = w.editor
    ed.title.setText("带新教训的草稿")
    ed.create_lesson("交接班要当面说清")
    with qtbot.waitSignal(ed.lessons.changed, timeout=WORK_MS):
        ed._lesson_dialog.accept()
    (lid,) = ed.lessons.value()
    _wait_draft(qtbot, ed)
    # the draft keeps the lesson: after a crash it comes back with the case, still not written
    w.runner.shutdown()
    w._closed = True
    w.hide()
    w2 = open_window(qtbot, gui_cases, gui_data)
    qtbot.waitUntil(lambda: w2.recovery_dialog is not None, timeout=WORK_MS)
    qtbot.mouseClick(w2.recovery_dialog.restore_button, Qt.MouseButton.LeftButton)
    ed2 = w2.editor
    assert ed2.lessons.value() == [lid] and lid in ed2.new_lessons
    qtbot.waitUntil(lambda: bool(ed2.case_titles) and lid in ed2.lesson_titles, timeout=WORK_MS)
    assert not [p for p in ed2.problems if p.field == "lessons"]
    assert sorted(lessons.iterdir()) == before
    # the case discarded: its new lesson is never written
    with qtbot.waitSignal(ed2.closed, timeout=WORK_MS):
        ed2.discard()
    assert sorted(lessons.iterdir()) == before and not ed2.new_lessons
    w2.close()


def _drafts(gui_data):
    import sqlite3

    con = sqlite3.connect(gui_data / "state.db")
    try:
        return con.execute("select id, rev, body, form from drafts order by id").fetchall()
    finally:
        con.close()


def _answer(qtbot, ed, button):
    from PySide6.QtWidgets import QMessageBox

    qtbot.waitUntil(lambda: getattr(ed, "close_question", None) is not None and ed.close_question.isVisible(),
                    timeout=WORK_MS)
    box = ed.close_question
    assert {box.standardButton(b) for b in box.buttons()} == {
        QMessageBox.StandardButton.Save, QMessageBox.StandardButton.Discard, QMessageBox.StandardButton.Cancel}
    box.button(getattr(QMessageBox.StandardButton, button)).click()


def _open_edited(qtbot, w, text):
    w.edit_case("securities-storage-30h")
    ed = w.editor
    qtbot.waitUntil(lambda: ed.is_open and ed.case_id == "securities-storage-30h", timeout=WORK_MS)
    ed.summary.setPlainText(text)
    _wait_draft(qtbot, ed)
    return ed


def test_closing_the_editor_with_unsaved_changes_asks_save_discard_or_cancel(app, qtbot, window, gui_data):
    w = window
    ed = _open_edited(qtbot, w, "还没保存的结论")
    path = Path(ed.path)
    on_disk, drafts_before = path.read_text("utf-8"), _drafts(gui_data)
    assert drafts_before
    # Cancel keeps everything: the editor, what was typed, the draft
    qtbot.mouseClick(ed.close_button, Qt.MouseButton.LeftButton)
    _answer(qtbot, ed, "Cancel")
    assert ed.is_open and w.central_stack.currentWidget() is ed
    assert ed.summary.toPlainText() == "还没保存的结论" and _drafts(gui_data) == drafts_before
    assert path.read_text("utf-8") == on_disk
    # Save: saved, then closed
    with qtbot.waitSignal(ed.closed, timeout=WORK_MS):
        qtbot.mouseClick(ed.close_button, Qt.MouseButton.LeftButton)
        _answer(qtbot, ed, "Save")
    assert "还没保存的结论" in path.read_text("utf-8") and not ed.is_open
    qtbot.waitUntil(lambda: _drafts(gui_data) == [], timeout=WORK_MS)
    # Discard: closed, the file as it was, the draft gone
    ed = _open_edited(qtbot, w, "要丢掉的结论")
    saved = path.read_text("utf-8")
    with qtbot.waitSignal(ed.closed, timeout=WORK_MS):
        qtbot.mouseClick(ed.close_button, Qt.MouseButton.LeftButton)
        _answer(qtbot, ed, "Discard")
    qtbot.waitUntil(lambda: _drafts(gui_data) == [], timeout=WORK_MS)
    assert path.read_text("utf-8") == saved and not ed.is_open
    # nothing changed: it closes without a question
    w.edit_case("securities-storage-30h")
    qtbot.waitUntil(lambda: ed.is_open, timeout=WORK_MS)
    with qtbot.waitSignal(ed.closed, timeout=WORK_MS):
        qtbot.mouseClick(ed.close_button, Qt.MouseButton.LeftButton)
    assert getattr(ed, "close_question", None) is None


def test_closing_the_window_with_unsaved_changes_asks_and_cancel_keeps_it_open(app, qtbot, window, gui_data):
    w = window
    w.editor_area.ask_before_closing = True
    ed = _open_edited(qtbot, w, "窗口关闭前的结论")
    path = Path(ed.path)
    drafts_before = _drafts(gui_data)
    w.close()
    _answer(qtbot, ed, "Cancel")
    assert w.isVisible() and ed.is_open and not w._closed and _drafts(gui_data) == drafts_before
    w.close()
    _answer(qtbot, ed, "Save")
    qtbot.waitUntil(lambda: w._closed and not w.isVisible(), timeout=WORK_MS)
    assert "窗口关闭前的结论" in path.read_text("utf-8")


def test_the_close_question_is_in_the_ui_language(app, qtbot, window):
    import re

    from kb_app.gui import i18n

    w = window
    i18n.instance().set_language("zh-Hans")
    ed = _open_edited(qtbot, w, "中文界面")
    qtbot.mouseClick(ed.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: getattr(ed, "close_question", None) is not None and ed.close_question.isVisible(),
                    timeout=WORK_MS)
    box = ed.close_question
    shown = [box.windowTitle(), box.text(), box.informativeText()] + [b.text() for b in box.buttons()]
    assert all(re.search(r"[\u4e00-\u9fff]", t) for t in shown), shown
    assert not any(re.search(r"\b(Save|Discard|Cancel|Close)\b", t) for t in shown), shown
    box.reject()
