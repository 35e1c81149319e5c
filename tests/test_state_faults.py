"""state.db survives every fault: damaged, raced, newer, read-only, locked, a folder (issue 11 §2).

Tests assert codes (StateNotice.code), modes and bytes, never wording."""
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

import kb_app.core.storage.store as store
from kb_app.core.storage.store import StateStore, keep_aside, migrations

ROOT = Path(__file__).resolve().parents[1]


def codes(s):
    return [n.code for n in s.notices]


def digest(p: Path) -> str:
    return hashlib.sha256(p.read_bytes()).hexdigest()


def make_state(path: Path, marks=("a", "b")) -> None:
    s = StateStore(path)
    for m in marks:
        s.mark_read(m)
    s.close()


@pytest.mark.parametrize("damage", ["garbage", "truncated", "zeroed"])
def test_damaged_state_db_is_kept_aside_with_its_bytes(tmp_path, damage):
    path = tmp_path / "state.db"
    make_state(path)
    data = path.read_bytes()
    if damage == "garbage":
        data = os.urandom(8192)
    elif damage == "truncated":
        data = data[:1500]
    else:
        data = b"\0" * len(data)
    for side in ("state.db-wal", "state.db-shm"):
        (tmp_path / side).unlink(missing_ok=True)
    path.write_bytes(data)
    s = StateStore(path)
    assert codes(s) == ["state-kept-aside"] and s.mode == "ok"
    aside = tmp_path / s.notices[0].detail
    assert aside.read_bytes() == data
    s.mark_read("c")
    assert s.read_ids() == {"c"}


def test_keep_aside_never_overwrites_an_earlier_copy(tmp_path):
    path = tmp_path / "state.db"
    names = []
    for i in range(5):  # all in the same second
        path.write_bytes(b"copy %d" % i)
        names.append(keep_aside(path))
    assert len(set(names)) == 5
    assert sorted(p.read_bytes() for p in names) == [b"copy %d" % i for i in range(5)]


RACE = textwrap.dedent("""
    import sys, time
    from kb_app.core.storage.store import StateStore
    start = float(sys.argv[2])
    while time.time() < start:
        pass
    s = StateStore(sys.argv[1])
    s.mark_read(sys.argv[3])
    s.close()
""")


def race_once(tmp_path: Path, n: int) -> tuple[list[bytes], bytes]:
    d = tmp_path / f"trial{n}"
    d.mkdir()
    path = d / "state.db"
    original = b"user bytes %d " % n + os.urandom(4000)
    path.write_bytes(original)
    start = time.time() + 1.0
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    procs = [subprocess.Popen([sys.executable, "-c", RACE, str(path), str(start), f"p{i}"], env=env)
             for i in range(2)]
    assert [p.wait(60) for p in procs] == [0, 0]
    asides = [p.read_bytes() for p in d.glob("state.db.unreadable-*") if not p.name.endswith(("-wal", "-shm"))]
    return asides, original


def test_two_processes_on_one_corrupt_state_db_lose_nothing(tmp_path):
    for n in range(3):
        asides, original = race_once(tmp_path, n)
        assert asides == [original]  # kept once, never overwritten by the second process
        s = StateStore(tmp_path / f"trial{n}" / "state.db")
        assert s.read_ids() == {"p0", "p1"} and not s.notices


def _with_unknown_migration(path):
    make_state(path)
    db = sqlite_utils.Database(path)
    db[migrations.migrations_table].insert({"migration_set": migrations.name, "name": "m999_future",
                                            "applied_at": "2030-01-01"})
    db.close()


def _with_renamed_table(path):
    make_state(path)
    con = sqlite3.connect(path)
    con.execute("ALTER TABLE progress RENAME TO reading_progress")
    con.commit()
    con.close()


def _with_required_column(path):
    make_state(path)
    con = sqlite3.connect(path)
    con.executescript("""
        CREATE TABLE progress2 (item_type TEXT, item_id TEXT, read_at TEXT, position FLOAT,
                                device TEXT NOT NULL, PRIMARY KEY (item_type, item_id));
        INSERT INTO progress2 SELECT item_type, item_id, read_at, position, 'laptop' FROM progress;
        DROP TABLE progress; ALTER TABLE progress2 RENAME TO progress;""")
    con.close()


@pytest.mark.parametrize("make", [_with_unknown_migration, _with_renamed_table, _with_required_column])
def test_newer_state_db_is_opened_read_only_and_never_written(tmp_path, make):
    path = tmp_path / "state.db"
    make(path)
    for side in ("state.db-wal", "state.db-shm"):
        assert not (tmp_path / side).exists()
    before = digest(path)
    s = StateStore(path)
    assert s.mode == "newer" and codes(s) == ["state-newer"]
    readable = make is not _with_renamed_table
    assert s.read_ids() == ({"a", "b"} if readable else set())
    s.mark_read("new")  # kept in memory for this session
    assert "new" in s.read_ids()
    assert s.retry() is False
    s.close()
    assert digest(path) == before
    # nothing beside it but SQLite's own (empty) reader files and our lock
    assert {p.name for p in tmp_path.iterdir()} <= {"state.db", "state.db.lock", "state.db-wal", "state.db-shm"}
    assert not (tmp_path / "state.db-wal").exists() or (tmp_path / "state.db-wal").stat().st_size == 0


def test_read_only_state_db_keeps_changes_and_writes_them_later(tmp_path, monkeypatch):
    path = tmp_path / "state.db"
    make_state(path)
    monkeypatch.setattr(store, "_connect_rw", lambda p, timeout: store._connect_ro(p, timeout))
    s = StateStore(path)
    assert s.mode == "read-only" and codes(s) == ["state-read-only"]
    s.mark_read("c")
    s.rate("c", "me", "composure", 4)
    assert s.read_ids() == {"a", "b", "c"} and s.pending == 2
    assert not s.retry()  # still read-only
    monkeypatch.undo()
    assert s.retry() and s.mode == "ok" and codes(s)[-1] == "state-saved"
    s.close()
    s2 = StateStore(path)
    assert s2.read_ids() == {"a", "b", "c"} and s2.ratings("c")[0]["score"] == 4 and not s2.notices


def _hold_exclusive(path):
    holder = sqlite3.connect(path, timeout=0)
    holder.execute("PRAGMA locking_mode=EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    return holder


def test_locked_state_db_at_start(tmp_path, monkeypatch):
    monkeypatch.setattr(store, "BUSY_TIMEOUT", 0.2)
    path = tmp_path / "state.db"
    make_state(path)
    holder = _hold_exclusive(path)
    try:
        s = StateStore(path)
        assert s.mode == "locked" and codes(s) == ["state-locked"]
        if Path("/proc/locks").exists():
            assert f"pid {os.getpid()}" in s.notices[0].detail  # who holds it
        s.mark_read("c")
        assert "c" in s.read_ids()
        assert not s.retry()
    finally:
        holder.rollback()
        holder.close()
    assert s.retry() and s.mode == "ok"
    assert s.read_ids() == {"a", "b", "c"}  # the file's marks and the one kept in memory
    assert not list(tmp_path.glob("state.db.unreadable-*"))


def test_lock_taken_while_running_keeps_the_change(tmp_path, monkeypatch):
    monkeypatch.setattr(store, "BUSY_TIMEOUT", 0.2)
    path = tmp_path / "state.db"
    s = StateStore(path)
    s.mark_read("a")
    other = sqlite3.connect(path, timeout=0)
    other.execute("BEGIN IMMEDIATE")  # another program writes and does not let go
    try:
        s.mark_read("b")
        assert s.mode == "locked" and codes(s) == ["state-locked"] and s.read_ids() == {"a", "b"}
    finally:
        other.rollback()
        other.close()
    s.mark_read("c")  # the next write finds the file free and writes everything
    assert s.mode == "ok" and s.pending == 0
    s.close()
    assert StateStore(path).read_ids() == {"a", "b", "c"}


def test_migration_record_lost_while_its_column_exists(tmp_path):
    path = tmp_path / "state.db"
    make_state(path)
    con = sqlite3.connect(path)
    con.execute("DELETE FROM _sqlite_migrations WHERE name = 'm002_progress_position'")
    con.commit()
    con.close()
    s = StateStore(path)  # no "duplicate column name"
    assert s.mode == "ok" and s.read_ids() == {"a", "b"}
    assert {m.name for m in migrations.applied(s.db)} >= {"m001_initial", "m002_progress_position"}
    s.mark_read("c", position=0.5)


def test_state_db_that_is_a_folder(tmp_path, cases_copy):
    from kb_app.core.service import KnowledgeBase

    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "state.db").mkdir()
    kb = KnowledgeBase(cases_copy, tmp_path / "data")
    rep = kb.load()
    assert rep.cases > 0
    assert kb.state.mode == "not-a-file" and codes(kb.state) == ["state-not-a-file"]
    kb.state.mark_read("x")
    assert kb.state.read_ids() == {"x"}
    assert kb.search("备份").hits


def test_backup_before_a_migration_never_overwrites_an_earlier_one(tmp_path):
    path = tmp_path / "state.db"
    make_state(path)
    first = tmp_path / "state.db.before-m002_progress_position"
    first.write_bytes(b"an earlier backup")
    con = sqlite3.connect(path)
    con.execute("DELETE FROM _sqlite_migrations WHERE name = 'm002_progress_position'")
    con.commit()
    con.close()
    s = StateStore(path)
    assert first.read_bytes() == b"an earlier backup"
    assert (tmp_path / s.notices[0].detail).name != first.name and codes(s) == ["state-migrated"]


def test_damaged_file_that_cannot_be_moved_aside_is_left_alone(tmp_path, monkeypatch):
    path = tmp_path / "state.db"
    path.write_bytes(b"garbage" * 1000)

    def refuse(p, label="unreadable"):
        raise PermissionError(13, "Permission denied", str(p))

    monkeypatch.setattr(store, "keep_aside", refuse)
    s = StateStore(path)
    assert s.mode == "read-only" and codes(s) == ["state-read-only"]
    assert path.read_bytes() == b"garbage" * 1000
    s.mark_read("a")
    assert s.read_ids() == {"a"}


def test_lost_migration_table_with_our_tables_is_still_ours(tmp_path):
    path = tmp_path / "state.db"
    make_state(path)
    con = sqlite3.connect(path)
    con.execute("DROP TABLE _sqlite_migrations")
    con.commit()
    con.close()
    s = StateStore(path)
    assert s.mode == "ok" and s.read_ids() == {"a", "b"}
    s.mark_read("c")


def test_foreign_database_is_not_written(tmp_path):
    path = tmp_path / "state.db"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, data BLOB)")
    con.commit()
    con.close()
    before = digest(path)
    s = StateStore(path)
    assert s.mode == "newer" and codes(s) == ["state-newer"]
    s.close()
    assert digest(path) == before


_HOLD = textwrap.dedent("""
    import sqlite3, sys
    con = sqlite3.connect(sys.argv[1], timeout=5, isolation_level=None)
    con.execute("BEGIN IMMEDIATE" if sys.argv[2] == "write" else "BEGIN")
    con.execute("SELECT count(*) FROM sqlite_master").fetchall()  # a reader's lock, held
    print("ready", flush=True)
    sys.stdin.readline()
""")


@pytest.mark.skipif(not Path("/proc/locks").exists(), reason="no /proc/locks")
def test_a_locked_state_db_names_the_writer_not_a_reader(tmp_path, monkeypatch):
    """Issue 19: SQLite takes POSIX byte-range locks, its WAL writer on the -shm file, and every reader
    holds read locks on the database too: the notice names the process that writes."""
    monkeypatch.setattr(store, "BUSY_TIMEOUT", 0.2)
    path = tmp_path / "state.db"
    make_state(path)
    procs = []

    def hold(mode):
        p = subprocess.Popen([sys.executable, "-c", _HOLD, str(path), mode], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, text=True)
        procs.append(p)
        assert p.stdout.readline().strip() == "ready"
        return p

    try:
        writer = hold("write")
        hold("read")                       # another program only reading, after the writer
        mine = sqlite3.connect(path, isolation_level=None)
        mine.execute("BEGIN")
        mine.execute("SELECT count(*) FROM sqlite_master").fetchall()  # and this process reading too
        s = StateStore(path)
        assert s.mode == "locked" and codes(s) == ["state-locked"]
        n = s.notices[0]
        assert f"pid {writer.pid}" in n.detail, (writer.pid, n.detail)
        assert n.pid == writer.pid
        assert "python" in n.program.lower()
        mine.rollback()
        mine.close()
    finally:
        for p in procs:
            p.stdin.close()
            p.wait(timeout=30)
