"""User state survives every rebuild; migrations are recorded and backed up; kb.db is derived."""
import sqlite3

import sqlite_utils

from kb_app.core.service import KnowledgeBase
from kb_app.core.storage.store import StateStore, migrations


def test_rebuild_keeps_user_state(cases_copy, data_dir):
    kb = KnowledgeBase(cases_copy, data_dir)
    kb.load()
    kb.state.mark_read("securities-storage-30h")
    kb.state.rate("securities-storage-30h", "alice", "composure", 4, "换人果断")
    kb.state.save_draft("d1", "---\nid: new\ntitle: 草稿\n---\n一句没写完的话", title="草稿")
    kb.load(force=True)  # full rebuild of the index and kb.db
    kb.close()
    (kb.lib_dir / "kb.db").unlink()  # even with the derived db gone
    kb2 = KnowledgeBase(cases_copy, data_dir)
    kb2.load()
    assert "securities-storage-30h" in kb2.state.read_ids()
    assert kb2.state.ratings("securities-storage-30h")[0]["note"] == "换人果断"
    assert kb2.state.drafts()[0]["content"].endswith("一句没写完的话")


def test_kb_db_holds_links_and_outcomes(bundled_kb):
    db = sqlite_utils.Database(bundled_kb.kb_db_path)
    row = db["cases"].get("engineer-misoperation-data-loss-claim")
    assert row["status"] in ("legal-claim", "settled") and row["summary"]
    links = [r["lesson_id"] for r in db["case_lessons"].rows_where("case_id = ?", ["securities-storage-30h"])]
    assert "rotate-exhausted-engineers" in links
    assert db["lesson_skills"].count >= 25


def test_migrations_recorded_and_backup_taken(tmp_path):
    path = tmp_path / "state.db"
    # a database left by version 1 of the app: only the first migration ran
    db = sqlite_utils.Database(path)
    migrations.apply(db, stop_before="m002_progress_position")
    db["progress"].insert({"item_type": "case", "item_id": "x", "read_at": "2025-01-01"})
    db.close()
    store = StateStore(path)
    assert "x" in store.read_ids()
    assert any("m002_progress_position" in m for m in store.messages)
    backups = list(tmp_path.glob("state.db.before-*"))
    assert backups and "x" in {r[0] for r in sqlite3.connect(backups[0]).execute("select item_id from progress")}
    store.mark_read("y", position=0.5)
    assert {"x", "y"} <= store.read_ids()


def test_unreadable_state_db_is_kept_aside_not_deleted(tmp_path):
    path = tmp_path / "state.db"
    path.write_bytes(b"this is not a database, but it is the user's file" * 100)
    store = StateStore(path)
    aside = list(tmp_path.glob("state.db.unreadable-*"))
    assert aside and aside[0].read_bytes().startswith(b"this is not a database")
    assert store.messages and "kept as" in store.messages[0]
    store.mark_read("a")
    assert store.read_ids() == {"a"}
