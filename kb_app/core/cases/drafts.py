"""Drafts: the whole editor state, kept in state.db (WAL) until the file is saved or discarded.

A draft is written within a couple of seconds of a keystroke, on focus loss and on close;
after a crash the next start lists every draft (time and first lines) to restore or discard.
A draft is deleted only when the file it belongs to was saved with everything it holds
(`delete(..., up_to_rev=)`: a keystroke typed while the save ran keeps its newer draft) or
when the mentor discards it explicitly.

The rows live in the `drafts` table (m001, extended by m030_editor_drafts).
"""
from __future__ import annotations

import datetime as _dt
import json
import uuid
from dataclasses import dataclass, field


def _now() -> str:
    return _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="milliseconds")


@dataclass
class Draft:
    id: str
    form: dict = field(default_factory=dict)
    body: str = ""
    cursor: int = 0
    path: str = ""           # the case file it edits ("" for a case not saved yet)
    case_id: str = ""
    base_text: str | None = None  # the file's text when the editor opened it (None: a new case)
    rev: int = 0
    updated_at: str = ""
    created_at: str = ""
    language: str = ""
    new_lessons: list[dict] = field(default_factory=list)  # lessons written for this case, not on disk yet

    @property
    def title(self) -> str:
        return str(self.form.get("title") or "")

    def first_lines(self, n: int = 3, width: int = 160) -> str:
        lines = [l.strip() for l in self.body.splitlines() if l.strip() and not l.lstrip().startswith("#")]
        text = " ".join(lines[:n])
        return text[:width] + ("…" if len(text) > width else "")


def new_draft_id(case_id: str = "") -> str:
    return f"case:{case_id}" if case_id else f"new:{uuid.uuid4().hex[:12]}"


def save(state, d: Draft) -> None:
    """Upsert the draft in one transaction (WAL: a kill -9 after commit keeps it)."""
    now = _now()
    created = state.apply(_do_save, {
        "id": d.id, "case_id": d.case_id or None, "title": d.title, "content": d.body,
        "updated_at": now, "path": d.path, "form": json.dumps(_form_with_lessons(d), ensure_ascii=False), "body": d.body,
        "cursor": int(d.cursor), "base_text": d.base_text, "rev": int(d.rev), "language": d.language,
    }, d.created_at or now)
    d.updated_at, d.created_at = now, created


# The new lessons ride in the form's JSON under a key no field has: the table stays as it was.
NEW_LESSONS_KEY = "_new_lessons"


def _form_with_lessons(d: Draft) -> dict:
    return dict(d.form, **{NEW_LESSONS_KEY: d.new_lessons}) if d.new_lessons else d.form


# The writes, each one transaction through StateStore.apply (plain arguments: what was kept in
# memory while state.db could not be written is replayed on the file by StateStore.retry()).

def _do_save(db, row: dict, created_at: str) -> str:
    """Upsert a draft row, keeping the created_at it already has; returns that created_at."""
    have = db.execute("SELECT created_at FROM drafts WHERE id = ?", [row["id"]]).fetchone()
    created = (have[0] if have and have[0] else None) or created_at
    db["drafts"].upsert(dict(row, created_at=created), pk="id")
    return created


def _do_delete(db, draft_id: str, up_to_rev: int | None) -> bool:
    if up_to_rev is None:
        cur = db.execute("DELETE FROM drafts WHERE id = ?", [draft_id])
    else:
        cur = db.execute("DELETE FROM drafts WHERE id = ? AND COALESCE(rev, 0) <= ?", [draft_id, int(up_to_rev)])
    return cur.rowcount > 0


def _do_rename(db, old_id: str, new_id: str, path: str, case_id: str) -> None:
    db.execute("DELETE FROM drafts WHERE id = ? AND id != ?", [new_id, old_id])
    db.execute("UPDATE drafts SET id = ?, path = ?, case_id = ? WHERE id = ?", [new_id, path, case_id, old_id])


def _from_row(r: dict) -> Draft:
    try:
        form = json.loads(r.get("form") or "{}")
    except ValueError:
        form = {}
    if not isinstance(form, dict):
        form = {}
    new_lessons = form.pop(NEW_LESSONS_KEY, None)
    new_lessons = [x for x in new_lessons if isinstance(x, dict)] if isinstance(new_lessons, list) else []
    if not form and r.get("title"):
        form = {"title": r["title"]}
    body = r.get("body")
    if body is None:
        body = r.get("content") or ""
    return Draft(id=r["id"], form=form, body=body, cursor=int(r.get("cursor") or 0), path=r.get("path") or "",
                 case_id=r.get("case_id") or "", base_text=r.get("base_text"), rev=int(r.get("rev") or 0),
                 updated_at=r.get("updated_at") or "", created_at=r.get("created_at") or "",
                 language=r.get("language") or "", new_lessons=new_lessons)


def load(state, draft_id: str) -> Draft | None:
    rows = list(state.db["drafts"].rows_where("id = ?", [draft_id]))
    return _from_row(rows[0]) if rows else None


def all_drafts(state) -> list[Draft]:
    return [_from_row(r) for r in state.db["drafts"].rows_where(order_by="updated_at desc")]


def for_path(state, path: str) -> Draft | None:
    rows = list(state.db["drafts"].rows_where("path = ?", [str(path)], order_by="updated_at desc", limit=1))
    return _from_row(rows[0]) if rows else None


def delete(state, draft_id: str, up_to_rev: int | None = None) -> bool:
    """Delete a draft (only if it holds nothing newer than `up_to_rev`, when given)."""
    return bool(state.apply(_do_delete, draft_id, None if up_to_rev is None else int(up_to_rev)))


def rename(state, old_id: str, new_id: str, path: str, case_id: str) -> None:
    """A new case got its file: its draft now belongs to that file."""
    state.apply(_do_rename, old_id, new_id, str(path), case_id)
