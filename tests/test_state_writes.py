"""Every write of user state goes through StateStore.apply (feat/integrate): reading progress,
the practice journal, editor drafts, case history and compare rating drafts are kept in memory
while state.db is read-only or locked, are visible in reads at once, and reach the file when the
fault clears (retry() or the next write), with no exception.

Faults are simulated as tests/test_state_faults.py does: tests run as root (chmod does not stop
root), so "read-only" opens the file with mode=ro; "locked" is another connection holding the
write lock, either before the store opens (EXCLUSIVE) or taken while it runs (BEGIN IMMEDIATE)."""
import sqlite3
from pathlib import Path

import pytest

import kb_app.core.storage.store as store
from kb_app.core.cases import drafts, history
from kb_app.core.learning import practice, progress
from kb_app.core.storage.store import StateStore

FAULTS = ["read-only", "locked-at-start", "locked-while-running"]


class Fault:
    """Open a StateStore on a state.db with a fault; clear() takes the fault away."""

    def __init__(self, kind: str, path: Path, monkeypatch):
        self.kind, self.path, self.mp = kind, path, monkeypatch
        self.holder = None
        self._rw = store._connect_rw
        # under another program's exclusive lock the file cannot even be read: the copy in memory
        # starts empty and holds only what was done since (the file gets it all later)
        self.sees_file = kind != "locked-at-start"
        monkeypatch.setattr(store, "BUSY_TIMEOUT", 0.2)

    def open(self) -> StateStore:
        if self.kind == "read-only":
            self.mp.setattr(store, "_connect_rw", lambda p, timeout: store._connect_ro(p, timeout))
            s = StateStore(self.path)
            assert s.mode == "read-only"
        elif self.kind == "locked-at-start":
            self.holder = sqlite3.connect(self.path, timeout=0)
            self.holder.execute("PRAGMA locking_mode=EXCLUSIVE")
            self.holder.execute("BEGIN EXCLUSIVE")
            s = StateStore(self.path)
            assert s.mode == "locked"
        else:
            s = StateStore(self.path)
            assert s.mode == "ok"
            self.holder = sqlite3.connect(self.path, timeout=0)
            self.holder.execute("BEGIN IMMEDIATE")  # another program writes and does not let go
        return s

    def in_file(self, sql: str, args=()) -> list | None:
        """What the file itself holds now (None when it cannot be read: the exclusive lock)."""
        try:
            conn = sqlite3.connect(f"{self.path.absolute().as_uri()}?mode=ro", uri=True, timeout=0)
            try:
                return conn.execute(sql, list(args)).fetchall()
            finally:
                conn.close()
        except sqlite3.OperationalError:
            return None

    def clear(self) -> None:
        if self.kind == "read-only":
            self.mp.setattr(store, "_connect_rw", self._rw)
        else:
            self.holder.rollback()
            self.holder.close()
            self.holder = None

    def close(self) -> None:
        if self.holder is not None:
            self.clear()


@pytest.fixture
def fault(request, tmp_path, monkeypatch):
    f = Fault(request.param, tmp_path / "state.db", monkeypatch)
    yield f
    f.close()


def kept_then_saved(f: Fault, s: StateStore) -> None:
    """The store kept the change in memory; after the fault clears, retry() writes it."""
    assert s.mode in ("read-only", "locked") and s.pending > 0
    assert not s.retry()  # still faulty: nothing lost, nothing raised
    f.clear()
    assert s.retry() and s.mode == "ok" and s.pending == 0
    assert s.notices[-1].code == "state-saved"
    s.close()


parametrize_fault = pytest.mark.parametrize("fault", FAULTS, indirect=True)


# -- reading progress ---------------------------------------------------------------------------

@parametrize_fault
def test_progress_mark_and_unmark(fault):
    s = StateStore(fault.path)
    progress.mark(s, "a", "case", "dwell", 5.0)
    progress.mark(s, "gone", "case")
    s.close()
    s = fault.open()
    progress.mark(s, "b", "case", "manual")
    progress.mark(s, "l1", "lesson", "dwell", 7.5)
    progress.mark(s, "a", "case", "manual")  # already read: keeps its read_at, changes how
    progress.unmark(s, "gone")
    assert progress.read_sets(s) == ({"a", "b"}, {"l1"})  # what was done shows at once
    if fault.kind == "read-only":
        assert fault.in_file("SELECT item_id FROM progress ORDER BY item_id") == [("a",), ("gone",)]
    kept_then_saved(fault, s)
    s2 = StateStore(fault.path)
    assert progress.read_sets(s2) == ({"a", "b"}, {"l1"}) and not s2.notices
    rows = {(r["item_type"], r["item_id"]): r for r in progress.read_rows(s2)}
    assert rows[("case", "a")]["source"] == "manual" and rows[("case", "a")]["seconds"] == 5.0
    assert rows[("lesson", "l1")]["seconds"] == 7.5
    s2.close()


@parametrize_fault
def test_the_next_write_saves_what_was_kept(fault):
    StateStore(fault.path).close()
    s = fault.open()
    progress.mark(s, "a")
    assert s.pending == 1
    fault.clear()
    progress.mark(s, "b")  # the file is free again: this write first writes what was kept
    assert s.mode == "ok" and s.pending == 0
    s.close()
    s2 = StateStore(fault.path)
    assert progress.read_sets(s2)[0] == {"a", "b"}
    s2.close()


# -- the practice journal --------------------------------------------------------------------------

@parametrize_fault
def test_practice_start_answer_reveal_delete(fault):
    s = StateStore(fault.path)
    old = practice.start(s, "c1")
    practice.save_answer(s, old.id, "first thoughts")
    doomed = practice.start(s, "c3")
    practice.save_answer(s, doomed.id, "to delete")
    s.close()
    s = fault.open()
    practice.save_answer(s, old.id, "先换人")
    shown = practice.reveal(s, old.id, "先换人，再通报")
    assert shown.id == old.id and shown.revealed and shown.answer == "先换人，再通报"
    new = practice.start(s, "c2")  # a new entry while the file cannot be written
    assert new.id not in (old.id, doomed.id) and new.id < 2 ** 31
    assert practice.start(s, "c2").id == new.id  # the same attempt continues
    practice.save_answer(s, new.id, "call the vendor")
    practice.delete(s, doomed.id)
    assert practice.get(s, doomed.id) is None
    journal = [("c2", "call the vendor")] + ([("c1", "先换人，再通报")] if fault.sees_file else [])
    assert [(e.case_id, e.answer) for e in practice.journal(s)] == journal
    kept_then_saved(fault, s)
    s2 = StateStore(fault.path)
    got = practice.get(s2, new.id)  # the same id in the file as in memory
    assert got.case_id == "c2" and got.answer == "call the vendor" and not got.revealed
    assert practice.get(s2, old.id).revealed and practice.get(s2, old.id).answer == "先换人，再通报"
    assert practice.get(s2, doomed.id) is None
    later = practice.start(s2, "c4")  # ids go on rising: the newest attempt is the last one
    assert later.id > new.id and later.id < 2 ** 31
    s2.close()


# -- editor drafts --------------------------------------------------------------------------------------

@parametrize_fault
def test_editor_drafts_save_delete_rename(fault):
    s = StateStore(fault.path)
    keep = drafts.Draft("case:c1", {"title": "旧标题"}, "old body", 3, "/x/c1.md", "c1", "base", rev=1)
    drafts.save(s, keep)
    created = keep.created_at
    drafts.save(s, drafts.Draft("case:c2", {"title": "two"}, "two", rev=5))
    drafts.save(s, drafts.Draft("case:c3", {"title": "three"}, "three", rev=1))
    s.close()
    s = fault.open()
    keep.body, keep.rev, keep.form = "new body 新", 2, {"title": "新标题"}
    drafts.save(s, keep)
    assert keep.created_at == created  # the first save's time is kept
    fresh = drafts.Draft(drafts.new_draft_id(), {"title": "a new case"}, "typed while locked")
    drafts.save(s, fresh)
    assert not drafts.delete(s, "case:c2", up_to_rev=4)  # holds something newer: kept
    assert drafts.delete(s, "case:c3") == fault.sees_file  # (deleted from the file later either way)
    drafts.rename(s, fresh.id, "case:new1", "/x/new1.md", "new1")
    assert drafts.load(s, "case:c1").body == "new body 新"
    assert {d.id for d in drafts.all_drafts(s)} == (
        {"case:c1", "case:c2", "case:new1"} if fault.sees_file else {"case:c1", "case:new1"})
    kept_then_saved(fault, s)
    s2 = StateStore(fault.path)
    d = drafts.load(s2, "case:c1")
    assert (d.body, d.rev, d.title, d.created_at) == ("new body 新", 2, "新标题", created)
    assert drafts.for_path(s2, "/x/new1.md").body == "typed while locked"
    assert {d.id for d in drafts.all_drafts(s2)} == {"case:c1", "case:c2", "case:new1"}
    s2.close()


# -- history of case versions --------------------------------------------------------------------------

@parametrize_fault
def test_history_record_and_prune(fault):
    s = StateStore(fault.path)
    first = history.record(s, "c1", "/x/c1.md", "v1\n", keep=3)
    history.record(s, "c1", "/x/c1.md", "v2\n", keep=3)
    s.close()
    s = fault.open()
    vid = history.record(s, "c1", "/x/c1.md", "v3\n", keep=3)
    assert vid is not None and vid > first and vid < 2 ** 31
    assert history.record(s, "c1", "/x/c1.md", "v3\n", keep=3) is None  # the same text twice is one version
    history.record(s, "c1", "/x/c1.md", "v4 版本\n", keep=3)  # v1 goes: three are kept
    assert [v.text for v in history.versions(s, "c1")] == (
        ["v4 版本\n", "v3\n", "v2\n"] if fault.sees_file else ["v4 版本\n", "v3\n"])
    assert history.restore(s, vid) == "v3\n"
    kept_then_saved(fault, s)
    s2 = StateStore(fault.path)
    assert [v.text for v in history.versions(s2, "c1")] == ["v4 版本\n", "v3\n", "v2\n"]
    assert history.get(s2, vid).text == "v3\n" and history.get(s2, first) is None
    s2.close()


# -- compare: rating drafts ------------------------------------------------------------------------------

@parametrize_fault
def test_compare_rating_drafts_save_and_clear(fault):
    s = StateStore(fault.path)
    s.save_rating_draft("bob", "default", "c1", "judgment", 2)
    s.save_rating_draft("陈伟", "default", "c9", "judgment", 1, "old")
    s.close()
    s = fault.open()
    s.save_rating_draft("陈伟", "default", "c1", "judgment", 4, "good")
    s.save_rating_draft("陈伟", "default", "c1", "judgment", 5, "better")
    s.save_rating_draft("陈伟", "default", "c2", "communication", None, "comment only")
    assert [(d["case_id"], d["score"], d["comment"]) for d in s.rating_drafts("陈伟", "default")] == [
        ("c1", 5, "better"), ("c2", None, "comment only")] + ([("c9", 1, "old")] if fault.sees_file else [])
    s.clear_rating_drafts("bob", "default")
    assert s.rating_drafts("bob", "default") == []
    kept_then_saved(fault, s)
    s2 = StateStore(fault.path)
    assert [(d["case_id"], d["score"]) for d in s2.rating_drafts("陈伟", "default")] == [
        ("c1", 5), ("c2", None), ("c9", 1)]
    assert s2.rating_drafts("bob", "default") == []
    s2.clear_rating_drafts("陈伟", "default")
    assert s2.rating_drafts("陈伟", "default") == []
    s2.close()


# -- apply itself ---------------------------------------------------------------------------------------

def _add_and_count(db, item_id):
    db["progress"].insert({"item_type": "case", "item_id": item_id, "read_at": "t"})
    return db.execute("SELECT COUNT(*) FROM progress").fetchone()[0]


def test_apply_returns_what_fn_returns_on_the_file_and_in_memory(tmp_path, monkeypatch):
    path = tmp_path / "state.db"
    s = StateStore(path)
    assert s.apply(_add_and_count, "a") == 1
    s.close()
    monkeypatch.setattr(store, "_connect_rw", lambda p, timeout: store._connect_ro(p, timeout))
    s = StateStore(path)
    assert s.apply(_add_and_count, "b") == 2 and s.pending == 1
    monkeypatch.undo()
    assert s.retry()  # the replay's value is not needed: the write is what counts
    assert s.read_ids() == {"a", "b"}
    s.close()


def test_no_module_writes_state_db_directly():
    """Every write of user state is a StateStore.apply (only store.py holds the connection)."""
    root = Path(__file__).resolve().parents[1] / "kb_app"
    offenders = []
    for p in root.rglob("*.py"):
        if p.name == "store.py" and p.parent.name == "storage":
            continue
        for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1):
            if ".db.conn" in line or "state.db.execute(" in line and any(
                    w in line.upper() for w in ("INSERT", "UPDATE", "DELETE")):
                offenders.append(f"{p.relative_to(root)}:{n}")
            if "state.db[" in line and any(w in line for w in (".insert", ".upsert", ".delete", ".update")):
                offenders.append(f"{p.relative_to(root)}:{n}")
    assert offenders == []


def test_new_ids_kept_in_memory_do_not_meet_the_files_own(tmp_path, monkeypatch):
    """A file that could not be read (another program's exclusive lock) still has its own ids:
    an entry made in memory takes one from above them, the same one it has after retry()."""
    f = Fault("locked-at-start", tmp_path / "state.db", monkeypatch)
    s = StateStore(f.path)
    own = [practice.start(s, f"c{i}").id for i in range(3)]
    assert own == [1, 2, 3]  # on the file: what SQLite itself would have chosen
    s.close()
    try:
        s = f.open()
        kept = practice.start(s, "k")
        assert store.StateStore.ID_FLOOR_KEPT <= kept.id < 2 ** 31
        practice.save_answer(s, kept.id, "mine")
        f.clear()
        assert s.retry()
        assert practice.get(s, kept.id).answer == "mine"
        assert [practice.get(s, i).answer for i in own] == ["", "", ""]  # theirs untouched
    finally:
        f.close()
        s.close()


def test_replayed_entry_whose_id_was_taken_meanwhile_takes_the_next(tmp_path):
    db = StateStore(tmp_path / "state.db")
    e = practice.start(db, "c1")
    assert practice._do_start(db.db, e.id, "c2", "t") == e.id + 1
    assert practice.get(db, e.id).case_id == "c1" and practice.get(db, e.id + 1).case_id == "c2"
    db.close()


def test_cli_says_when_a_mark_could_not_be_saved(cases_copy, tmp_path, capsys, monkeypatch):
    from kb_app import cli

    monkeypatch.setattr(cli, "_progress_printer", lambda stream=None: None)
    args = ["--cases", str(cases_copy), "--data", str(tmp_path / "d")]
    assert cli.main(["read", "securities-storage-30h", *args]) == 0
    capsys.readouterr()
    monkeypatch.setattr(store, "_connect_rw", lambda p, timeout: store._connect_ro(p, timeout))
    assert cli.main(["read", "--lesson", "rotate-exhausted-engineers", *args]) == 1  # no exception
    err = capsys.readouterr().err
    assert "1 change(s) could not be saved" in err and "state.db" in err
    monkeypatch.setattr(store, "_connect_rw", lambda p, timeout: sqlite3.connect(p, timeout=timeout))
    s = StateStore(tmp_path / "d" / "state.db")
    assert progress.read_sets(s) == ({"securities-storage-30h"}, set())
    s.close()
