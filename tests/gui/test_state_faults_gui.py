"""The window with faulty user state and derived data (issue 11 §2-§3): every state.db message
shows at start, in the window, in the UI language; the window stays usable; closing never aborts."""
import fcntl
import hashlib
import os
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
import sqlite_utils

from .conftest import WORK_MS, open_window, search

ROOT = Path(__file__).resolve().parents[2]
CJK = lambda s: any("\u4e00" <= ch <= "\u9fff" for ch in s)  # noqa: E731


def make_state(path: Path, marks=("a",)):
    from kb_app.core.storage.store import StateStore

    path.parent.mkdir(parents=True, exist_ok=True)
    s = StateStore(path)
    for m in marks:
        s.mark_read(m)
    s.close()


def open_first_case(qtbot, w):
    cid = w.search.model.ids()[0]
    with qtbot.waitSignal(w.caseShown, timeout=WORK_MS):
        w.open_case(cid)
    # opening alone never counts as read (honest reading progress): mark it by hand
    w.library.set_read("case", cid, True)
    qtbot.waitUntil(lambda: cid in w.library.read_ids, timeout=WORK_MS)
    return cid


def test_damaged_state_db_is_said_at_start_in_the_ui_language(app, qtbot, gui_cases, gui_data):
    from kb_app.gui import i18n

    i18n.instance().set_language("zh-Hans")
    gui_data.mkdir(parents=True)
    (gui_data / "state.db").write_bytes(b"\0" * 8192)
    w = open_window(qtbot, gui_cases, gui_data)
    try:
        qtbot.waitUntil(lambda: "state-kept-aside" in w.notice_bar.codes(), timeout=WORK_MS)  # no F5
        assert w.notice_bar.isVisible() and CJK(w.notice_bar.text())
        assert "Ready" not in w.status_label.text() or not w.status_label.text().startswith("Ready")
        i18n.instance().set_language("en")
        assert not CJK(w.notice_bar.text().split("state.db")[0])
        assert list(gui_data.glob("state.db.unreadable-*"))
    finally:
        w.close()


def test_newer_state_db_is_never_written_and_marks_stay_in_memory(app, qtbot, gui_cases, gui_data):
    path = gui_data / "state.db"
    make_state(path)
    db = sqlite_utils.Database(path)
    db["_sqlite_migrations"].insert({"migration_set": "kb_state", "name": "m999_future", "applied_at": "x"})
    db.close()
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    w = open_window(qtbot, gui_cases, gui_data)
    try:
        qtbot.waitUntil(lambda: "state-newer" in w.notice_bar.codes(), timeout=WORK_MS)
        assert w.notice_bar.level() == "error"
        open_first_case(qtbot, w)
    finally:
        w.close()
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_read_only_state_db_warns_keeps_marks_and_saves_them_later(app, qtbot, gui_cases, gui_data, monkeypatch):
    import kb_app.core.storage.store as store

    path = gui_data / "state.db"
    make_state(path)
    monkeypatch.setattr(store, "_connect_rw", lambda p, timeout: store._connect_ro(p, timeout))
    w = open_window(qtbot, gui_cases, gui_data)
    try:
        qtbot.waitUntil(lambda: "state-read-only" in w.notice_bar.codes(), timeout=WORK_MS)
        cid = open_first_case(qtbot, w)  # kept in memory, shown as read
        monkeypatch.undo()
        w.library.retry_state()
        qtbot.waitUntil(lambda: "state-saved" in w.notice_bar.codes(), timeout=WORK_MS)
        assert "state-read-only" not in w.notice_bar.codes()
    finally:
        w.close()
    con = sqlite3.connect(path)
    assert cid in {r[0] for r in con.execute("SELECT item_id FROM progress")}


def test_state_db_that_is_a_folder_still_opens_the_cases(app, qtbot, gui_cases, gui_data):
    (gui_data / "state.db").mkdir(parents=True)
    w = open_window(qtbot, gui_cases, gui_data)
    try:
        qtbot.waitUntil(lambda: "state-not-a-file" in w.notice_bar.codes(), timeout=WORK_MS)
        assert search(qtbot, w, "备份")
        open_first_case(qtbot, w)
    finally:
        w.close()


def test_lost_migration_record_does_not_stop_the_window(app, qtbot, gui_cases, gui_data):
    path = gui_data / "state.db"
    make_state(path)
    con = sqlite3.connect(path)
    con.execute("DELETE FROM _sqlite_migrations WHERE name = 'm002_progress_position'")
    con.commit()
    con.close()
    w = open_window(qtbot, gui_cases, gui_data)
    try:
        assert "a" in w.library.read_ids and set(w.notice_bar.codes()) <= {"state-migrated"}
    finally:
        w.close()


def test_closing_while_the_writer_waits_for_another_programs_locks(app, qtbot, gui_cases, gui_data):
    w = open_window(qtbot, gui_cases, gui_data)
    lib_dir = w.library._kb.lib_dir
    holder = sqlite3.connect(gui_data / "state.db", timeout=0)
    holder.execute("BEGIN IMMEDIATE")  # another program holds the write lock of state.db
    with open(lib_dir / "update.lock", "a+") as f:
        fcntl.flock(f, fcntl.LOCK_EX)  # ... and another process updates the index
        w.open_case(w.search.model.ids()[0])
        w.reload()
        qtbot.wait(300)
        t0 = time.monotonic()
        w.close()  # Ctrl+Q
        closed_in = time.monotonic() - t0
        writer = w.runner._writer
    holder.rollback()
    holder.close()
    assert closed_in < 10  # returned: no abort, no hang
    writer.join(10)
    assert not writer.is_alive()


CLOSE_SCRIPT = textwrap.dedent("""
    import fcntl, sqlite3, sys
    from PySide6.QtWidgets import QApplication
    from PySide6.QtCore import QTimer
    from kb_app.gui.app import configure_application
    from kb_app.gui.main_window import MainWindow

    def main():  # as kb_app.gui.app.main: the window is a local, released when main returns
        cases, data = sys.argv[1], sys.argv[2]
        app = QApplication.instance() or QApplication([])
        configure_application(app, "en")
        w = MainWindow(cases, data)
        w.show()
        state = {}

        def loaded():
            if state:
                return
            state["holder"] = h = sqlite3.connect(data + "/state.db", timeout=0)
            h.execute("BEGIN IMMEDIATE")  # another program's write lock on state.db
            f = open(str(w.library._kb.lib_dir / "update.lock"), "a+")
            fcntl.flock(f, fcntl.LOCK_EX)  # another process updating the index
            state["lock"] = f
            w.open_case(w.search.model.ids()[0])
            w.reload()
            QTimer.singleShot(500, w.close)  # Ctrl+Q

        w.indexReady.connect(lambda: QTimer.singleShot(300, loaded))
        w.start()
        rc = app.exec()
        print("writer still waiting:", w.runner._writer.isRunning(), file=sys.stderr)
        return rc  # w is released here, the writer perhaps still waiting

    sys.exit(main())
""")


def test_quit_while_locked_exits_cleanly(gui_cases, tmp_path):
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen", "KB_DATA_DIR": str(tmp_path / "d")}
    out = subprocess.run([sys.executable, "-c", CLOSE_SCRIPT, str(gui_cases), str(tmp_path / "d")],
                         capture_output=True, text=True, env=env, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    assert "QThread: Destroyed" not in out.stderr


def test_index_read_error_in_the_window_rebuilds_it(app, qtbot, gui_cases, gui_data, monkeypatch):
    import zlib

    import kb_app.core.service as service

    w = open_window(qtbot, gui_cases, gui_data)
    try:
        real = service.run_search
        calls = []

        def flaky(*a, **k):
            if not calls:
                calls.append(1)
                raise zlib.error("Error -3 while decompressing data")
            return real(*a, **k)

        monkeypatch.setattr(service, "run_search", flaky)
        loads = w.load_count
        w.search.search_edit.setText("备份")
        w.search.run_search()
        qtbot.waitUntil(lambda: w.load_count > loads, timeout=WORK_MS)
        assert "index-corrupt" in w.notice_bar.codes()
        qtbot.waitUntil(lambda: w.search.model.rowCount() > 0, timeout=WORK_MS)
        assert w.search._state != "error"
    finally:
        w.close()


def test_damaged_index_at_open_is_rebuilt_with_a_message(app, qtbot, gui_cases, gui_data):
    from kb_app.core.service import KnowledgeBase

    kb = KnowledgeBase(gui_cases, gui_data)
    kb.load()
    kb.close()
    seg = next(p for p in kb.index.dir.iterdir() if p.suffix == ".seg")
    data = bytearray(seg.read_bytes())
    data[len(data) // 2:len(data) // 2 + 32] = b"\xff" * 32
    seg.write_bytes(bytes(data))
    w = open_window(qtbot, gui_cases, gui_data)
    try:
        qtbot.waitUntil(lambda: "index-corrupt" in w.notice_bar.codes(), timeout=WORK_MS)
        assert search(qtbot, w, "备份")
    finally:
        w.close()


def test_bad_links_do_not_make_the_window_reload(app, qtbot, gui_cases, gui_data):
    (gui_cases / "dangling.md").symlink_to(gui_cases / "nowhere.md")
    (gui_cases / "loop.md").symlink_to(gui_cases / "loop.md")
    w = open_window(qtbot, gui_cases, gui_data)
    try:
        codes = [p.code for p in w.problems_model._rows]
        loads = w.load_count
        done = []
        w.runner.write(lambda job: w.library._kb.ensure_index(), on_done=done.append)  # what a poll does
        qtbot.waitUntil(lambda: bool(done), timeout=WORK_MS)
        assert done == [None]  # nothing changed: no reload
        w.library.poll()
        qtbot.wait(500)
        assert w.load_count == loads and not w.library.loading
        assert {"link-dangling", "link-loop"} <= set(codes)
    finally:
        w.close()


def test_read_only_data_folder_leaves_the_window_usable(app, qtbot, gui_cases, gui_data, monkeypatch):
    import errno

    import kb_app.core.service as service

    w = open_window(qtbot, gui_cases, gui_data)
    try:
        def refuse(path):
            raise OSError(errno.EROFS, "Read-only file system", str(path))

        monkeypatch.setattr(service, "_open_lock", refuse)
        p = gui_cases / "securities-storage-30h.md"
        p.write_text(p.read_text("utf-8") + "\n补充一句。\n", "utf-8")
        with qtbot.waitSignal(w.indexReady, timeout=WORK_MS):
            w.reload()
        assert "data-read-only" in w.notice_bar.codes()
        assert "Read-only file system" not in w.status_label.text()
        assert search(qtbot, w, "备份")
        open_first_case(qtbot, w)
    finally:
        w.close()


NOTICE_CODES = ["state-kept-aside", "state-newer", "state-read-only", "state-locked", "state-not-a-file",
                "state-saved", "state-migrated", "data-read-only", "index-corrupt", "index-busy",
                "folder-unreadable", "index-locked"]


@pytest.mark.parametrize("lang", ["zh-Hans", "zh-Hant", "en"])
def test_every_notice_is_worded_in_each_ui_language(app, qtbot, lang):
    from kb_app.gui import i18n
    from kb_app.gui.library import Notice
    from kb_app.gui.widgets.notices import NoticeBar

    bar = NoticeBar()
    qtbot.addWidget(bar)
    i18n.instance().set_language(lang)
    texts = {c: bar.text_for(Notice(c, "warning", "/x/state.db", "state.db.unreadable-1")) for c in NOTICE_CODES}
    assert all(texts.values())
    if lang == "en":
        assert not any(CJK(t) for t in texts.values())
    else:
        assert all(CJK(t) for t in texts.values())
    bar.add([Notice("state-locked", "warning", "/x/state.db")])
    assert bar.isVisibleTo(bar) or not bar.isHidden()
    bar.add([Notice("state-saved", "info")])
    assert bar.codes() == ["state-saved"]  # saved resolves the warning


def test_a_lock_met_by_any_write_is_said_and_the_change_saved_later(app, qtbot, gui_cases, gui_data, monkeypatch):
    """feat/integrate: a practice answer (not only a reading mark) that finds state.db locked is
    kept, the bar says so at once and the retry timer starts; a second lock, later, is said again."""
    import kb_app.core.storage.store as store

    monkeypatch.setattr(store, "BUSY_TIMEOUT", 0.2)
    path = gui_data / "state.db"
    make_state(path)
    w = open_window(qtbot, gui_cases, gui_data)
    other = None
    try:
        cid = w.search.model.ids()[0]
        docs = []
        w.library.practice_open(cid, None, docs.append)
        qtbot.waitUntil(lambda: bool(docs), timeout=WORK_MS)
        entry_id = docs[0].entry.id
        for n, answer in enumerate(("先换人", "then call the vendor")):
            other = sqlite3.connect(path, timeout=0)
            other.execute("BEGIN IMMEDIATE")  # another program writes and does not let go
            saved = []
            w.library.practice_save(entry_id, answer, saved.append)
            qtbot.waitUntil(lambda: bool(saved), timeout=WORK_MS)
            assert saved[0].answer == answer  # kept in memory, read back at once
            qtbot.waitUntil(lambda: w.notice_bar.codes() == ["state-locked"], timeout=WORK_MS)
            assert w.library._state_timer.isActive()
            other.rollback()
            other.close()
            other = None
            w.library.retry_state()
            qtbot.waitUntil(lambda: w.notice_bar.codes() == ["state-saved"], timeout=WORK_MS)
            assert not w.library._state_timer.isActive()
            con = sqlite3.connect(path)
            assert con.execute("SELECT answer FROM practice WHERE id = ?", [entry_id]).fetchone()[0] == answer
            con.close()
    finally:
        if other is not None:
            other.rollback()
            other.close()
        w.close()


_WRITER = textwrap.dedent("""
    import sqlite3, sys
    con = sqlite3.connect(sys.argv[1], timeout=5, isolation_level=None)
    con.execute("BEGIN IMMEDIATE")
    print("ready", flush=True)
    sys.stdin.readline()
""")


@pytest.mark.parametrize("known", [True, False])
def test_the_locked_banner_is_wholly_in_the_ui_language(app, qtbot, tmp_path, monkeypatch, known):
    """Issue 19: "另一个程序（pid 123 …）" / "(another process)" mixed English into a Chinese banner.
    Only the file's path and the holder's own command line may stay as they are."""
    import re

    import kb_app.core.storage.store as store
    from kb_app.core import fsutil
    from kb_app.gui import i18n
    from kb_app.gui.widgets.notices import NoticeBar

    monkeypatch.setattr(store, "BUSY_TIMEOUT", 0.2)
    if not known:  # a system that cannot tell who holds it
        monkeypatch.setattr(fsutil, "lock_owner", lambda path: None)
    path = tmp_path / "state.db"
    make_state(path)
    p = subprocess.Popen([sys.executable, "-c", _WRITER, str(path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                         text=True)
    try:
        assert p.stdout.readline().strip() == "ready"
        s = store.StateStore(path)
        notice = s.notices[0]
        assert notice.code == "state-locked"
    finally:
        p.stdin.close()
        p.wait(timeout=30)
    bar = NoticeBar()
    qtbot.addWidget(bar)
    bar.add([notice])
    for lang in ("zh-Hans", "zh-Hant", "en"):
        i18n.instance().set_language(lang)
        text = bar.text().replace(str(path), "").replace(notice.program, "") if notice.program else \
            bar.text().replace(str(path), "")
        if lang == "en":
            assert not CJK(text), text
        else:
            assert CJK(text) and not re.search(r"[A-Za-z]", text), text
        if known and Path("/proc/locks").exists():
            assert str(p.pid) in bar.text()
    i18n.instance().set_language("en")
    s.close()
