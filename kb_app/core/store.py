"""SQLite storage with sqlite-utils.

kb.db    derived: cases, lessons, outcomes and links, rebuilt from the files (written to a
         temp file and swapped in, so a crash mid-rebuild leaves the old one).
state.db the user's own: reading progress, ratings, drafts. Never rebuilt; changed only by
         named migrations (recorded as run), with a backup copy taken before any migration.
"""
from __future__ import annotations

import datetime as _dt
import logging
import os
import shutil
import sqlite3
import tempfile
from pathlib import Path

import sqlite_utils
from sqlite_utils.migrations import Migrations

from .parsing import Corpus

log = logging.getLogger(__name__)


def _now() -> str:
    return _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds")


# -- derived: kb.db ------------------------------------------------------------------------------

def _case_row(c) -> dict:
    return {"id": c.id, "title": c.title, "kind": c.kind, "date": c.date, "industry": c.industry,
            "severity": c.severity, "language": c.language, "status": c.outcome.status,
            "summary": c.outcome.summary, "path": str(c.path), "digest": c.digest}


def update_kb_db(path: Path, corpus: Corpus, changed: list[str], removed: list[str]) -> None:
    """Apply a few case changes to kb.db in one transaction (lessons and problems are small: redone)."""
    db = sqlite_utils.Database(path)
    try:
        with db.conn:
            for cid in list(changed) + list(removed):
                for table in ("case_skills", "case_lessons", "case_related"):
                    db.execute(f"DELETE FROM {table} WHERE case_id = ?", [cid])
                db.execute("DELETE FROM cases WHERE id = ?", [cid])
            cases = [corpus.cases[c] for c in changed if c in corpus.cases]
            db["cases"].insert_all((_case_row(c) for c in cases), pk="id")
            db["case_skills"].insert_all(({"case_id": c.id, "skill": s} for c in cases for s in c.soft_skills))
            db["case_lessons"].insert_all(({"case_id": c.id, "lesson_id": l} for c in cases for l in c.lessons
                                           if l in corpus.lessons))
            db["case_related"].insert_all(({"case_id": c.id, "related_id": r} for c in cases for r in c.related
                                           if r in corpus.cases))
            # lessons are few: redo them whole
            for table in ("lessons", "lesson_skills"):
                db.execute(f"DELETE FROM {table}")
            db["lessons"].insert_all(({"id": l.id, "title": l.title, "language": l.language, "path": str(l.path)}
                                      for l in corpus.lessons.values()), pk="id")
            db["lesson_skills"].insert_all(({"lesson_id": l.id, "skill": s} for l in corpus.lessons.values()
                                            for s in l.soft_skills))
            db.execute("DELETE FROM problems")
            db["problems"].insert_all(({"path": p.path, "line": p.line, "level": p.level, "message": p.message}
                                       for p in corpus.problems))
    finally:
        db.close()


def _create_tables(db: sqlite_utils.Database) -> None:
    """Every table exists even when empty, so later incremental updates can rely on it."""
    db["cases"].create({"id": str, "title": str, "kind": str, "date": str, "industry": str, "severity": str,
                        "language": str, "status": str, "summary": str, "path": str, "digest": str}, pk="id")
    db["lessons"].create({"id": str, "title": str, "language": str, "path": str}, pk="id")
    db["lesson_skills"].create({"lesson_id": str, "skill": str})
    db["case_skills"].create({"case_id": str, "skill": str})
    db["case_lessons"].create({"case_id": str, "lesson_id": str})
    db["case_related"].create({"case_id": str, "related_id": str})
    db["problems"].create({"path": str, "line": int, "level": str, "message": str})


def rebuild_kb_db(path: Path, corpus: Corpus) -> None:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    db = sqlite_utils.Database(tmp)
    try:
        _fill(db, corpus)
    except BaseException:
        db.close()
        tmp.unlink(missing_ok=True)
        raise
    db.close()
    os.replace(tmp, path)


def _fill(db: sqlite_utils.Database, corpus: Corpus) -> None:
    with db.conn:
        _create_tables(db)
        db["cases"].insert_all((_case_row(c) for c in corpus.cases.values()), pk="id", batch_size=1000)
        db["lessons"].insert_all(
            ({"id": l.id, "title": l.title, "language": l.language, "path": str(l.path)}
             for l in corpus.lessons.values()), pk="id", batch_size=1000)
        db["lesson_skills"].insert_all(
            ({"lesson_id": l.id, "skill": s} for l in corpus.lessons.values() for s in l.soft_skills),
            batch_size=1000)
        db["case_skills"].insert_all(
            ({"case_id": c.id, "skill": s} for c in corpus.cases.values() for s in c.soft_skills), batch_size=1000)
        db["case_lessons"].insert_all(
            ({"case_id": c.id, "lesson_id": l} for c in corpus.cases.values() for l in c.lessons
             if l in corpus.lessons), batch_size=1000)
        db["case_related"].insert_all(
            ({"case_id": c.id, "related_id": r} for c in corpus.cases.values() for r in c.related
             if r in corpus.cases), batch_size=1000)
        db["problems"].insert_all(
            ({"path": p.path, "line": p.line, "level": p.level, "message": p.message} for p in corpus.problems),
            batch_size=1000)
        for table, cols in (("case_skills", ["case_id"]), ("case_skills", ["skill"]), ("case_lessons", ["case_id"]),
                            ("case_lessons", ["lesson_id"]), ("lesson_skills", ["skill"]), ("case_related", ["case_id"])):
            db[table].create_index(cols, if_not_exists=True)


# -- user state: state.db ----------------------------------------------------------------------

migrations = Migrations("kb_state")


@migrations()
def m001_initial(db):
    db["progress"].create({"item_type": str, "item_id": str, "read_at": str}, pk=("item_type", "item_id"))
    db["ratings"].create({"case_id": str, "rater": str, "criterion": str, "score": int, "note": str,
                          "updated_at": str}, pk=("case_id", "rater", "criterion"))
    db["drafts"].create({"id": str, "case_id": str, "title": str, "content": str, "updated_at": str}, pk="id")


@migrations()
def m002_progress_position(db):
    # where the reader stopped in a long case (fraction scrolled); NULL = opened only
    db["progress"].add_column("position", float)


# -- learn (issue 8): honest reading progress and the practice journal ---------------------------
# Rows written before this migration were "read" the instant a case was shown; they are kept as
# they are (source 'opened'), so nothing a reader had is lost. New rows say how they were earned:
# 'dwell' (stayed open and scrolled to the end) or 'manual' (marked by hand).

@migrations()
def m010_learn_progress(db):
    cols = db["progress"].columns_dict if db["progress"].exists() else {}
    if not db["progress"].exists():
        db["progress"].create({"item_type": str, "item_id": str, "read_at": str, "position": float},
                              pk=("item_type", "item_id"))
        cols = db["progress"].columns_dict
    if "source" not in cols:
        db["progress"].add_column("source", str)
        db.execute("UPDATE progress SET source = 'opened' WHERE source IS NULL")
    if "seconds" not in cols:
        db["progress"].add_column("seconds", float)
    if not db["practice"].exists():
        db["practice"].create({"id": int, "case_id": str, "answer": str, "started_at": str, "updated_at": str,
                               "revealed_at": str}, pk="id")
        db["practice"].create_index(["case_id"], if_not_exists=True)


# -- compare (m020_compare_*): a rating being typed, kept until the rater saves it to
#    cases/ratings/<rater>.yaml. A score of NULL with a comment is a comment-only draft.
@migrations()
def m020_compare_rating_drafts(db):
    if "compare_rating_drafts" not in db.table_names():
        db["compare_rating_drafts"].create({"rater": str, "rubric": str, "case_id": str, "criterion": str,
                                            "score": int, "comment": str, "updated_at": str},
                                           pk=("rater", "rubric", "case_id", "criterion"))


class StateError(Exception):
    pass


class StateStore:
    """The user's own data. Opened in WAL mode; every write is one transaction."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.messages: list[str] = []
        self.db = self._open()

    def _open(self) -> sqlite_utils.Database:
        existed = self.path.exists() and self.path.stat().st_size > 0
        db = None
        try:
            db = sqlite_utils.Database(sqlite3.connect(self.path, timeout=10))
            rows = db.execute("PRAGMA quick_check").fetchall()
            if rows and rows[0][0] != "ok":
                raise sqlite3.DatabaseError(f"database disk image is malformed: {rows[0][0]}")
        except sqlite3.DatabaseError as e:
            if db is not None:
                db.close()
            msg = str(e).lower()
            if "not a database" not in msg and "malformed" not in msg:
                # locked by another program, no permission ...: the data is fine, do not touch it
                raise StateError(f"{self.path} cannot be opened ({e}). Close other copies of the app "
                                 "and try again; nothing was changed.") from e
            # never delete what the user wrote: keep the unreadable file (and its journal) aside
            stamp = f"unreadable-{_dt.datetime.now():%Y%m%d-%H%M%S}"
            aside = self.path.with_name(f"{self.path.name}.{stamp}")
            shutil.move(str(self.path), aside)
            for suffix in ("-wal", "-shm"):
                side = self.path.with_name(self.path.name + suffix)
                if side.exists():
                    shutil.move(str(side), aside.with_name(aside.name + suffix))
            self.messages.append(f"{self.path} could not be read ({e}); it was kept as {aside.name} "
                                 "and a new one was started.")
            db = sqlite_utils.Database(self.path)
        db.enable_wal()
        pending = migrations.pending(db)
        known = {m.name for m in migrations._migrations}
        unknown = [m.name for m in migrations.applied(db) if m.name not in known]
        if unknown:
            self.messages.append(f"{self.path} was written by a newer version of the app "
                                 f"(migrations {', '.join(unknown)}); it is used as it is.")
        if pending and existed and migrations.applied(db):
            backup = self.path.with_name(f"{self.path.name}.before-{pending[0].name}")
            dst = sqlite3.connect(backup)
            try:
                db.conn.backup(dst)
            finally:
                dst.close()
            self.messages.append(f"Updated {self.path.name} ({', '.join(m.name for m in pending)}); "
                                 f"a copy of the old one is in {backup.name}.")
        migrations.apply(db)
        return db

    def close(self) -> None:
        self.db.close()

    # reading progress
    def mark_read(self, item_id: str, item_type: str = "case", position: float | None = None) -> None:
        with self.db.conn:
            self.db["progress"].upsert({"item_type": item_type, "item_id": item_id, "read_at": _now(),
                                        "position": position}, pk=("item_type", "item_id"))

    def unmark_read(self, item_id: str, item_type: str = "case") -> None:
        with self.db.conn:
            self.db.execute("DELETE FROM progress WHERE item_type = ? AND item_id = ?", [item_type, item_id])

    def read_ids(self, item_type: str = "case") -> set[str]:
        return {r["item_id"] for r in self.db["progress"].rows_where("item_type = ?", [item_type])}

    # ratings
    def rate(self, case_id: str, rater: str, criterion: str, score: int, note: str = "") -> None:
        with self.db.conn:
            self.db["ratings"].upsert({"case_id": case_id, "rater": rater, "criterion": criterion, "score": int(score),
                                       "note": note, "updated_at": _now()}, pk=("case_id", "rater", "criterion"))

    def ratings(self, case_id: str) -> list[dict]:
        return list(self.db["ratings"].rows_where("case_id = ?", [case_id], order_by="rater, criterion"))

    # compare: rating drafts (m020_compare_rating_drafts)
    def save_rating_draft(self, rater: str, rubric: str, case_id: str, criterion: str, score: int | None,
                          comment: str = "") -> None:
        with self.db.conn:
            self.db["compare_rating_drafts"].upsert(
                {"rater": rater, "rubric": rubric, "case_id": case_id, "criterion": criterion,
                 "score": None if score is None else int(score), "comment": comment or "", "updated_at": _now()},
                pk=("rater", "rubric", "case_id", "criterion"))

    def rating_drafts(self, rater: str, rubric: str) -> list[dict]:
        return list(self.db["compare_rating_drafts"].rows_where("rater = ? AND rubric = ?", [rater, rubric],
                                                                order_by="case_id, criterion"))

    def clear_rating_drafts(self, rater: str, rubric: str) -> None:
        with self.db.conn:
            self.db.execute("DELETE FROM compare_rating_drafts WHERE rater = ? AND rubric = ?", [rater, rubric])

    # drafts
    def save_draft(self, draft_id: str, content: str, title: str = "", case_id: str | None = None) -> None:
        with self.db.conn:
            self.db["drafts"].upsert({"id": draft_id, "case_id": case_id, "title": title, "content": content,
                                      "updated_at": _now()}, pk="id")

    def drafts(self) -> list[dict]:
        return list(self.db["drafts"].rows_where(order_by="updated_at desc"))

    def delete_draft(self, draft_id: str) -> None:
        with self.db.conn:
            self.db.execute("DELETE FROM drafts WHERE id = ?", [draft_id])


# -- the case editor (issue 10): drafts with the whole editor state, and a history of versions --------
# Named m030_editor_*; idempotent (each checks what exists first), never edited once released.

@migrations()
def m030_editor_drafts(db):
    # a draft holds everything the editor shows: the form (JSON), the body, the cursor, and the
    # base text the editor opened (what a three-way merge needs when the file changed meanwhile)
    cols = {c.name for c in db["drafts"].columns} if db["drafts"].exists() else set()
    if not db["drafts"].exists():
        db["drafts"].create({"id": str, "case_id": str, "title": str, "content": str, "updated_at": str}, pk="id")
    for name, typ in (("path", str), ("form", str), ("body", str), ("cursor", int), ("base_text", str),
                      ("base_digest", str), ("rev", int), ("created_at", str), ("language", str)):
        if name not in cols:
            db["drafts"].add_column(name, typ)


@migrations()
def m030_editor_history(db):
    if not db["case_history"].exists():
        db["case_history"].create({"id": int, "case_id": str, "path": str, "saved_at": str, "text": str,
                                   "digest": str, "note": str}, pk="id")
    db["case_history"].create_index(["case_id", "id"], if_not_exists=True)
