"""SQLite storage with sqlite-utils.

kb.db    derived: cases, lessons, outcomes and links, rebuilt from the files (written to a
         temp file and swapped in, so a crash mid-rebuild leaves the old one).
state.db the user's own: reading progress, ratings, drafts. Never rebuilt; changed only by
         named migrations (recorded as run), with a backup copy taken before any migration.
"""
from __future__ import annotations

import contextlib
import datetime as _dt
import logging
import os
import sqlite3
import tempfile
from dataclasses import dataclass
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None

import sqlite_utils
from sqlite_utils.migrations import Migrations

from kb_app.core.cases.parsing import Corpus

log = logging.getLogger(__name__)


def _now() -> str:
    return _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds")


# -- derived: kb.db ------------------------------------------------------------------------------

def _case_row(c) -> dict:
    return {"id": c.id, "title": c.title, "kind": c.kind, "date": c.date, "industry": c.industry,
            "severity": c.severity, "language": c.language, "status": c.outcome.status,
            "summary": c.outcome.summary, "path": str(c.path), "digest": c.digest}


def update_kb_db(path: Path, corpus: Corpus, changed: list[str], removed: list[str]) -> None:
    """Apply a few case changes to kb.db in one transaction (lessons and problems are small: redone).
    Plain sqlite3 with the columns named (issue 17: sqlite-utils looked each table's columns up again
    for every insert, most of a one-file change's 15 ms here)."""
    def insert(table, rows):
        rows = list(rows)
        if rows:
            cols = list(rows[0])
            conn.executemany(f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                             [[r[c] for c in cols] for r in rows])

    conn = sqlite3.connect(str(path))
    try:
        with conn:
            for cid in list(changed) + list(removed):
                for table in ("case_skills", "case_lessons", "case_related"):
                    conn.execute(f"DELETE FROM {table} WHERE case_id = ?", [cid])
                conn.execute("DELETE FROM cases WHERE id = ?", [cid])
            cases = [corpus.cases[c] for c in changed if c in corpus.cases]
            insert("cases", (_case_row(c) for c in cases))
            insert("case_skills", ({"case_id": c.id, "skill": s} for c in cases for s in c.soft_skills))
            insert("case_lessons", ({"case_id": c.id, "lesson_id": l} for c in cases for l in c.lessons
                                    if l in corpus.lessons))
            insert("case_related", ({"case_id": c.id, "related_id": r} for c in cases for r in c.related
                                    if r in corpus.cases))
            # lessons are few: redo them whole
            for table in ("lessons", "lesson_skills"):
                conn.execute(f"DELETE FROM {table}")
            insert("lessons", ({"id": l.id, "title": l.title, "language": l.language, "path": str(l.path)}
                               for l in corpus.lessons.values()))
            insert("lesson_skills", ({"lesson_id": l.id, "skill": s} for l in corpus.lessons.values()
                                     for s in l.soft_skills))
            conn.execute("DELETE FROM problems")
            insert("problems", ({"path": p.path, "line": p.line, "level": p.level, "message": p.message}
                                for p in corpus.problems))
    finally:
        conn.close()


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


# -- state.db that survives every fault (feat/state) ----------------------------------------------
# Each situation has a stable code; the GUI shows it in the UI language, the CLI in English.
#   state-kept-aside   a damaged file was moved aside (uniquely named) and a new one started
#   state-newer        written by a newer version: opened read-only, never written
#   state-read-only    cannot be written (permissions, read-only disk): changes kept in memory
#   state-locked       another program holds it: changes kept in memory, saved when it is free
#   state-not-a-file   the path is a folder (or not a regular file): changes kept in memory
#   state-migrated     the schema was updated, a copy of the old file was kept first
#   state-saved        changes kept in memory were written after all

BUSY_TIMEOUT = 2.0  # s a write waits for another program's lock before keeping the change in memory

_SQLITE_CORRUPT, _SQLITE_NOTADB = 11, 26
_SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_READONLY, _SQLITE_CANTOPEN, _SQLITE_PERM = 5, 6, 8, 14, 3

# what our code reads and writes in each table (a newer version may add to it)
STATE_TABLES = {
    "progress": ("item_type", "item_id", "read_at", "position"),
    "ratings": ("case_id", "rater", "criterion", "score", "note", "updated_at"),
    "drafts": ("id", "case_id", "title", "content", "updated_at"),
}

# A migration whose change is already in the file (its record was lost, say) is recorded as run
# instead of run again: "duplicate column name" must never stop the app.
_ALREADY_DONE = {
    "m001_initial": lambda db: all(db[t].exists() for t in ("progress", "ratings", "drafts")),
    "m002_progress_position": lambda db: db["progress"].exists() and "position" in db["progress"].columns_dict,
}


@dataclass(frozen=True)
class StateNotice:
    code: str
    level: str  # "info" | "warning" | "error"
    message: str  # English, for the CLI and the log
    path: str = ""
    detail: str = ""  # the file kept aside, the migrations ...
    seq: int = 0  # its place among the store's notices: a second lock, later, is a new notice (feat/integrate)
    pid: int = 0  # state-locked: the process holding the lock (0 = not known), and its command line
    program: str = ""


def _sqlite_kind(e: BaseException) -> str:
    """'corrupt', 'busy', 'read-only', 'cannot-open' or '' for an sqlite3 error, by its code."""
    code = getattr(e, "sqlite_errorcode", None)
    if code is not None:
        code &= 0xFF
        if code in (_SQLITE_CORRUPT, _SQLITE_NOTADB):
            return "corrupt"
        if code in (_SQLITE_BUSY, _SQLITE_LOCKED):
            return "busy"
        if code == _SQLITE_READONLY:
            return "read-only"
        if code in (_SQLITE_CANTOPEN, _SQLITE_PERM):
            return "cannot-open"
        return ""
    msg = str(e).lower()  # only when the Python build does not expose the code
    if "not a database" in msg or "malformed" in msg:
        return "corrupt"
    if "locked" in msg or "busy" in msg:
        return "busy"
    if "readonly" in msg or "read-only" in msg:
        return "read-only"
    if "unable to open" in msg:
        return "cannot-open"
    return ""


def _connect_rw(path: Path, timeout: float) -> sqlite3.Connection:
    return sqlite3.connect(path, timeout=timeout)


def _connect_ro(path: Path, timeout: float) -> sqlite3.Connection:
    """Read-only. A WAL database on a read-only disk or folder cannot be opened with mode=ro (SQLite
    must make its -shm beside it): then it is opened immutable, which reads the file as it is (all
    of it once the last writer closed; a -wal left by a killed writer cannot be read there anyway)."""
    uri = Path(path).absolute().as_uri()
    conn = sqlite3.connect(f"{uri}?mode=ro", uri=True, timeout=timeout)
    try:
        conn.execute("SELECT 1 FROM sqlite_master").fetchall()
        return conn
    except sqlite3.OperationalError as e:
        conn.close()
        if _sqlite_kind(e) == "busy" or not os.access(path, os.R_OK):
            raise
        conn = sqlite3.connect(f"{uri}?immutable=1", uri=True, timeout=timeout)
        try:
            conn.execute("SELECT 1 FROM sqlite_master").fetchall()
        except sqlite3.Error:
            conn.close()
            raise e from None
        return conn


@contextlib.contextmanager
def _side_lock(path: Path):
    """An advisory lock beside state.db, so two processes starting at once on a damaged file
    decide one after the other (best effort: no lock where the folder cannot be written)."""
    f = None
    try:
        f = open(path.with_name(path.name + ".lock"), "a+")
        if fcntl is not None:
            fcntl.flock(f, fcntl.LOCK_EX)
    except OSError:
        if f is not None:
            f.close()
        f = None
    try:
        yield
    finally:
        if f is not None:
            if fcntl is not None:
                try:
                    fcntl.flock(f, fcntl.LOCK_UN)
                except OSError:
                    pass
            f.close()


def _unique_name(path: Path) -> Path:
    """`path`, or path-1, path-2 ... : the first name no file has, reserved by an exclusive create."""
    n = 0
    while True:
        p = path.with_name(path.name + (f"-{n}" if n else ""))
        try:
            os.close(os.open(p, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
            return p
        except FileExistsError:
            n += 1


def keep_aside(path: Path, label: str = "unreadable") -> Path:
    """Move `path` (and its -wal/-shm) to a name no other file has: the name is reserved with an
    exclusive create and the file renamed over the reservation, so an earlier copy is never
    overwritten, even by another process in the same second."""
    stamp = _dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    n = 0
    while True:
        aside = path.with_name(f"{path.name}.{label}-{stamp}" + (f"-{n}" if n else ""))
        try:
            fd = os.open(aside, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        except FileExistsError:
            n += 1
            continue
        os.close(fd)
        break
    os.replace(path, aside)
    for suffix in ("-wal", "-shm"):
        side = path.with_name(path.name + suffix)
        if side.exists():
            try:
                os.replace(side, aside.with_name(aside.name + suffix))
            except OSError:
                pass
    return aside


def _schema(conn: sqlite3.Connection) -> dict[str, dict[str, tuple]]:
    """{table: {column: (notnull, default, pk)}} of every table."""
    out = {}
    for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall():
        cols = conn.execute(f"PRAGMA table_info([{name}])").fetchall()
        out[name] = {c[1]: (c[3], c[4], c[5]) for c in cols}
    return out


def _applied(conn: sqlite3.Connection, schema: dict) -> list[str]:
    if Migrations.migrations_table not in schema:
        return []
    return [r[0] for r in conn.execute(f"SELECT name FROM {Migrations.migrations_table} "
                                       "WHERE migration_set = ? ORDER BY rowid", [migrations.name])]


def _our_schema() -> dict[str, dict[str, tuple]]:
    """The tables and columns our migrations make (on an empty in-memory database)."""
    mem = sqlite_utils.Database(memory=True)
    _migrate(mem)
    try:
        return {t: cols for t, cols in _schema(mem.conn).items() if t != Migrations.migrations_table}
    finally:
        mem.close()


def _why_newer(conn: sqlite3.Connection) -> str:
    """Why this file is not ours to write ('' if it is): unknown migrations, tables we do not
    know (with no migration record: another schema), our tables missing though recorded as
    made, or a column we would not fill (NOT NULL without a default)."""
    schema = _schema(conn)
    applied = _applied(conn, schema)
    known = [m.name for m in migrations._migrations]
    unknown = [n for n in applied if n not in known]
    if unknown:
        return "migrations " + ", ".join(unknown)
    ours = _our_schema()
    present = [t for t in schema if not t.startswith("sqlite_") and t != Migrations.migrations_table]
    if not applied:
        # no record (lost, or never ours): ours only if every table is one of ours
        foreign = [t for t in present if t not in ours]
        if foreign:
            return f"tables {', '.join(sorted(foreign))} of an unknown schema"
    else:
        missing = [t for t in STATE_TABLES if t not in schema]
        if missing:
            return f"table {missing[0]} is missing"
    for table, cols in ours.items():
        for col, (notnull, default, pk) in schema.get(table, {}).items():
            if col not in cols and notnull and default is None and not pk:
                return f"column {table}.{col} is required"
    return ""


def _migrate(db: sqlite_utils.Database) -> None:
    """migrations.apply, idempotent: a migration whose change is already there is only recorded."""
    migrations.ensure_migrations_table(db)
    for m in migrations.pending(db):
        with db.atomic():
            done = _ALREADY_DONE.get(m.name)
            if done is None or not done(db):
                m.fn(db)
            migrations._record_applied(db, m.name)


def _memory_copy(src: sqlite3.Connection | None) -> sqlite_utils.Database:
    """An in-memory state.db with our schema, holding what could be read of `src`: every table
    of ours (every migration's), with the columns both have."""
    mem = sqlite_utils.Database(memory=True)
    _migrate(mem)
    if src is None:
        return mem
    try:
        schema = _schema(src)
    except sqlite3.Error:
        return mem
    ours = _schema(mem.conn)
    for table, cols in ours.items():
        if table == Migrations.migrations_table or table.startswith("sqlite_"):
            continue
        have = [c for c in cols if c in schema.get(table, {})]
        if not have:
            continue
        try:
            rows = src.execute(f"SELECT {', '.join(f'[{c}]' for c in have)} FROM [{table}]").fetchall()
        except sqlite3.Error:
            continue
        try:
            mem[table].insert_all((dict(zip(have, r)) for r in rows), replace=True)
        except sqlite3.Error as e:
            log.warning("state.db: table %s could not be copied to memory (%s)", table, e)
    return mem


class StateStore:
    """The user's own data. Opened in WAL mode; every write is one transaction.

    Whatever state.db is like (damaged, newer, read-only, locked, a folder), the store opens:
    `mode` says how ("ok", "newer", "read-only", "locked", "not-a-file"), `notices` say why, and
    what the user does is kept in memory (`pending`) and written as soon as the file can be
    (retry()), never into a newer version's file."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self.messages: list[str] = []
        self.notices: list[StateNotice] = []
        self.mode = "ok"
        self._pending: list[tuple] = []
        # called with each notice said after opening (a write that found the file locked, the kept
        # changes saved ...), on the thread that wrote: the window shows it without waiting
        self.listeners: list = []
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError:
            pass
        self.db = self._open()

    # -- notices -----------------------------------------------------------------------------
    def _notice(self, code: str, level: str, message: str, detail: str = "", pid: int = 0, program: str = "") -> None:
        n = StateNotice(code, level, message, str(self.path), detail, len(self.notices), pid, program)
        self.notices.append(n)
        self.messages.append(message)
        (log.info if level == "info" else log.warning)("%s", message)
        for listener in list(getattr(self, "listeners", ())):
            try:
                listener(n)
            except Exception:  # noqa: BLE001 - a listener must never stop a write
                log.exception("state notice listener failed")

    @property
    def writable(self) -> bool:
        return self.mode == "ok"

    @property
    def pending(self) -> int:
        return len(self._pending)

    # -- opening -----------------------------------------------------------------------------
    def _open(self) -> sqlite_utils.Database:
        if self.path.exists() and not self.path.is_file():
            self.mode = "not-a-file"
            self._notice("state-not-a-file", "error",
                         f"{self.path} is a folder, not a database; reading progress and ratings are kept "
                         "in memory only until it is moved away.")
            return _memory_copy(None)
        with _side_lock(self.path):
            return self._open_locked()

    def _open_locked(self) -> sqlite_utils.Database:
        existed = self.path.exists() and self.path.stat().st_size > 0
        ro = None
        if existed:
            try:
                ro = _connect_ro(self.path, BUSY_TIMEOUT)
                rows = ro.execute("PRAGMA quick_check").fetchall()
                if rows and rows[0][0] != "ok":
                    e = sqlite3.DatabaseError(f"database disk image is malformed: {rows[0][0]}")
                    e.sqlite_errorcode = _SQLITE_CORRUPT
                    raise e
                why = _why_newer(ro)
            except sqlite3.DatabaseError as e:
                if ro is not None:
                    ro.close()
                    ro = None
                kind = _sqlite_kind(e)
                if kind == "corrupt":
                    # never delete what the user wrote: keep the unreadable file (and its journal) aside
                    try:
                        aside = keep_aside(self.path)
                    except OSError as err:  # a folder we cannot write: leave the file, work in memory
                        return self._fallback("read-only", None, f"{e}; it cannot be moved aside: "
                                                                 f"{err.strerror or err}")
                    self._notice("state-kept-aside", "warning",
                                 f"{self.path} could not be read ({e}); it was kept as {aside.name} "
                                 "and a new one was started.", aside.name)
                    existed = False
                elif kind == "busy":
                    return self._fallback("locked", None, str(e))
                else:
                    # no permission ...: the data is fine, do not touch it
                    return self._fallback("read-only", None, str(e))
            else:
                if why:
                    self.mode = "newer"
                    self._notice("state-newer", "error",
                                 f"{self.path} was written by a newer version of the app ({why}); it is "
                                 "opened read-only and never written: changes are kept until you quit.", why)
                    mem = _memory_copy(ro)
                    ro.close()
                    return mem
        conn = None
        try:
            conn = _connect_rw(self.path, BUSY_TIMEOUT)
            db = sqlite_utils.Database(conn)
            if not existed or db.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
                db.enable_wal()
            pending = migrations.pending(db)
            if pending and existed and migrations.applied(db):
                backup = _unique_name(self.path.with_name(f"{self.path.name}.before-{pending[0].name}"))
                dst = sqlite3.connect(backup)
                try:
                    db.conn.backup(dst)
                finally:
                    dst.close()
                self._notice("state-migrated", "info",
                             f"Updated {self.path.name} ({', '.join(m.name for m in pending)}); "
                             f"a copy of the old one is in {backup.name}.", backup.name)
            _migrate(db)
            # can it be written now? (read-only file or disk, another program's write lock): say so at start
            conn.execute("BEGIN IMMEDIATE")
            try:
                conn.execute(f"DELETE FROM {Migrations.migrations_table} WHERE 0")
            finally:
                conn.execute("ROLLBACK")
        except sqlite3.DatabaseError as e:
            if conn is not None:
                conn.close()
            kind = "locked" if _sqlite_kind(e) == "busy" else "read-only"
            return self._fallback(kind, ro, str(e))
        finally:
            if ro is not None:
                ro.close()
        return db

    def _fallback(self, mode: str, src, why: str) -> sqlite_utils.Database:
        """Work on in memory; copy what can be read; say so."""
        self.mode = mode
        if src is None:
            try:
                src = _connect_ro(self.path, 0.2)
                src.execute("SELECT 1 FROM sqlite_master").fetchall()
            except sqlite3.Error:
                src = None
        if mode == "locked":
            from kb_app.core.fsutil import lock_owner

            # SQLite's locks are POSIX byte-range locks, its WAL writer's on the -shm file: lock_owner
            # looks there too, writers first (issue 19: a reader was named as the holder)
            owner = lock_owner(self.path)
            pid, program = owner if owner is not None else (0, "")
            holder = (f"pid {pid}" + (f" ({program})" if program else "")) if pid else "another process"
            self._notice("state-locked", "warning",
                         f"{self.path} is locked by another program ({why}; held by {holder}); your changes "
                         "are kept and saved when it is free.", holder, pid, program)
        else:
            self._notice("state-read-only", "warning",
                         f"{self.path} cannot be written ({why}); your changes are kept in memory and "
                         "saved when it can be.", why)
        return _memory_copy(src)

    def retry(self) -> bool:
        """Write what was kept in memory, if the file can be written now. True when saved."""
        if self.mode not in ("read-only", "locked"):
            return self.mode == "ok"
        if self.path.exists() and not self.path.is_file():
            return False
        conn = None
        try:
            conn = _connect_rw(self.path, 0.5)
            db = sqlite_utils.Database(conn)
            if _why_newer(conn):
                conn.close()
                return False
            if db.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
                db.enable_wal()
            _migrate(db)
            with db.conn:
                for fn, args in self._pending:
                    fn(db, *args)
        except sqlite3.Error as e:
            if conn is not None:
                conn.close()
            log.info("state.db still cannot be written: %s", e)
            return False
        n = len(self._pending)
        self.db.close()
        self.db, self.mode, self._pending = db, "ok", []
        self._notice("state-saved", "info", f"{self.path.name} can be written again; {n} change(s) kept "
                                            "in memory were saved.", str(n))
        return True

    def close(self) -> None:
        self.db.close()

    # -- ids of new rows (feat/integrate) ---------------------------------------------------------
    # A row whose id the caller keeps (a practice entry, a history version) gets it before the
    # write, passed to fn as a plain argument, so it is the same in memory and in the file after
    # retry(). On the file: the next one, what SQLite would choose. Kept in memory: the file may
    # hold rows the copy does not see (it could not be read under another program's exclusive
    # lock, or that program adds rows), so the id comes from a range the file's own ids do not
    # reach: 2**30 + seconds since 2026 (rising with time; below 2**31, as Qt signals carry int32).
    ID_FLOOR_KEPT = 2 ** 30
    _ID_EPOCH = _dt.datetime(2026, 1, 1, tzinfo=_dt.timezone.utc)

    def new_id(self, table: str) -> int:
        """An id for a new row of `table` (integer primary key `id`) no row has."""
        n = self.db.execute(f"SELECT COALESCE(MAX(id), 0) + 1 FROM [{table}]").fetchone()[0]
        if self.mode != "ok":
            since = int((_dt.datetime.now(_dt.timezone.utc) - self._ID_EPOCH).total_seconds())
            n = max(n, self.ID_FLOOR_KEPT + max(0, since))
        return int(n)

    # -- writing -----------------------------------------------------------------------------
    def _write(self, name: str, *args):
        return self.apply(getattr(self, "_do_" + name), *args)

    def apply(self, fn, *args):
        """Run fn(db, *args) in one transaction. When the file cannot be written (read-only,
        locked, newer, a folder) it runs on the in-memory copy instead and is kept, to be run on
        the file by retry(). Every write of user state goes through here (give fn plain args).

        Returns what fn returns (from the file, or from the in-memory copy); a replay by retry()
        discards it, so a value the caller keeps (a new row's id) must be chosen before the call
        and passed in, not left to the database."""
        if self.mode == "ok":
            try:
                with self.db.conn:
                    return fn(self.db, *args)
            except sqlite3.OperationalError as e:
                kind = _sqlite_kind(e)
                if kind not in ("busy", "read-only", "cannot-open"):
                    raise
                real = self.db
                self.db = self._fallback("locked" if kind == "busy" else "read-only", real.conn, str(e))
                real.close()
        elif self.mode in ("read-only", "locked") and self._pending:
            self.retry()
            if self.mode == "ok":
                return self.apply(fn, *args)
        with self.db.conn:
            result = fn(self.db, *args)
        self._pending.append((fn, args))
        return result

    @staticmethod
    def _do_mark(db, item_type, item_id, at, position):
        db["progress"].upsert({"item_type": item_type, "item_id": item_id, "read_at": at,
                               "position": position}, pk=("item_type", "item_id"))

    @staticmethod
    def _do_unmark(db, item_type, item_id):
        db.execute("DELETE FROM progress WHERE item_type = ? AND item_id = ?", [item_type, item_id])

    @staticmethod
    def _do_rate(db, row):
        db["ratings"].upsert(row, pk=("case_id", "rater", "criterion"))

    @staticmethod
    def _do_draft(db, row):
        db["drafts"].upsert(row, pk="id")

    @staticmethod
    def _do_undraft(db, draft_id):
        db.execute("DELETE FROM drafts WHERE id = ?", [draft_id])

    @staticmethod
    def _do_rating_draft(db, row):
        db["compare_rating_drafts"].upsert(dict(row), pk=("rater", "rubric", "case_id", "criterion"))

    @staticmethod
    def _do_clear_rating_drafts(db, rater, rubric):
        db.execute("DELETE FROM compare_rating_drafts WHERE rater = ? AND rubric = ?", [rater, rubric])

    # reading progress
    def mark_read(self, item_id: str, item_type: str = "case", position: float | None = None) -> None:
        self._write("mark", item_type, item_id, _now(), position)

    def unmark_read(self, item_id: str, item_type: str = "case") -> None:
        self._write("unmark", item_type, item_id)

    def read_ids(self, item_type: str = "case") -> set[str]:
        return {r["item_id"] for r in self.db["progress"].rows_where("item_type = ?", [item_type])}

    # ratings
    def rate(self, case_id: str, rater: str, criterion: str, score: int, note: str = "") -> None:
        self._write("rate", {"case_id": case_id, "rater": rater, "criterion": criterion, "score": int(score),
                             "note": note, "updated_at": _now()})

    def ratings(self, case_id: str) -> list[dict]:
        return list(self.db["ratings"].rows_where("case_id = ?", [case_id], order_by="rater, criterion"))

    # compare: rating drafts (m020_compare_rating_drafts)
    def save_rating_draft(self, rater: str, rubric: str, case_id: str, criterion: str, score: int | None,
                          comment: str = "") -> None:
        self._write("rating_draft", {"rater": rater, "rubric": rubric, "case_id": case_id, "criterion": criterion,
                                     "score": None if score is None else int(score), "comment": comment or "",
                                     "updated_at": _now()})

    def rating_drafts(self, rater: str, rubric: str) -> list[dict]:
        return list(self.db["compare_rating_drafts"].rows_where("rater = ? AND rubric = ?", [rater, rubric],
                                                                order_by="case_id, criterion"))

    def clear_rating_drafts(self, rater: str, rubric: str) -> None:
        self._write("clear_rating_drafts", rater, rubric)

    # drafts
    def save_draft(self, draft_id: str, content: str, title: str = "", case_id: str | None = None) -> None:
        self._write("draft", {"id": draft_id, "case_id": case_id, "title": title, "content": content,
                              "updated_at": _now()})

    def drafts(self) -> list[dict]:
        return list(self.db["drafts"].rows_where(order_by="updated_at desc"))

    def delete_draft(self, draft_id: str) -> None:
        self._write("undraft", draft_id)


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
