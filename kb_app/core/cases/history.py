"""Previous versions of each case file, kept in state.db (table case_history, m030_editor_history).

Each save through the app records the text the file had before it was replaced (and the
first save of a new case records nothing: there was no file). At least KEEP versions are
kept per case; the oldest beyond that go. The mentor lists them with their times, compares
any one with the current text (a unified diff) and restores one (its text goes back into the
editor, and the next save writes it, itself recording the version it replaces).
"""
from __future__ import annotations

import datetime as _dt
import difflib
from dataclasses import dataclass

from kb_app.core.fsutil import content_hash

KEEP = 50  # versions per case (the acceptance asks for at least 20)


@dataclass
class Version:
    id: int
    case_id: str
    path: str
    saved_at: str
    text: str
    note: str = ""


def _now() -> str:
    return _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="milliseconds")


def record(state, case_id: str, path: str, text: str, note: str = "", keep: int = KEEP) -> int | None:
    """Keep `text` (the file as it was before a save) as a version of `case_id`."""
    digest = content_hash(text.encode("utf-8"))
    # the id is chosen before the write (StateStore.new_id), so that the version has the same id in
    # memory and when changes kept while state.db could not be written reach the file
    return state.apply(_do_record, state.new_id("case_history"), case_id, str(path), _now(), text, digest, note,
                       int(keep))


def _do_record(db, vid: int, case_id: str, path: str, saved_at: str, text: str, digest: str, note: str,
               keep: int) -> int | None:
    """One transaction through StateStore.apply (replayed on the file by StateStore.retry())."""
    last = db.execute("SELECT digest FROM case_history WHERE case_id = ? ORDER BY id DESC LIMIT 1",
                      [case_id]).fetchone()
    if last and last[0] == digest:
        return None  # the same text twice in a row is one version
    if db.execute("SELECT 1 FROM case_history WHERE id = ?", [vid]).fetchone() is not None:
        # another program recorded a version since the id was chosen: take the next free one
        vid = db.execute("SELECT COALESCE(MAX(id), 0) + 1 FROM case_history").fetchone()[0]
    db["case_history"].insert({"id": vid, "case_id": case_id, "path": path, "saved_at": saved_at, "text": text,
                               "digest": digest, "note": note})
    db.execute("DELETE FROM case_history WHERE case_id = ? AND id NOT IN "
               "(SELECT id FROM case_history WHERE case_id = ? ORDER BY id DESC LIMIT ?)",
               [case_id, case_id, int(keep)])
    return vid


def versions(state, case_id: str) -> list[Version]:
    """Newest first."""
    rows = state.db.execute("SELECT id, case_id, path, saved_at, text, note FROM case_history WHERE case_id = ? "
                            "ORDER BY id DESC", [case_id]).fetchall()
    return [Version(*r) for r in rows]


def get(state, version_id: int) -> Version | None:
    r = state.db.execute("SELECT id, case_id, path, saved_at, text, note FROM case_history WHERE id = ?",
                         [int(version_id)]).fetchone()
    return Version(*r) if r else None


def diff(old: str, new: str, old_name: str = "version", new_name: str = "current") -> str:
    """A unified diff, old -> new."""
    return "".join(difflib.unified_diff(old.splitlines(keepends=True), new.splitlines(keepends=True),
                                        fromfile=old_name, tofile=new_name))


def restore(state, version_id: int) -> str:
    """The text of a version, to put back into the editor (saving it records the current one)."""
    v = get(state, version_id)
    if v is None:
        raise KeyError(version_id)
    return v.text
