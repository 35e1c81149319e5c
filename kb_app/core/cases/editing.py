"""Writing cases: the one place the editor window and `kb new` / `kb migrate-format` share.

    problems = validate(form, body, kb)                 # field-level: code + field + value
    res = save_case(kb, path, form, body, base_text)    # conflict check, history, atomic write,
                                                        # incremental reload (searchable at once)
    path = new_case(kb, title, kind, language)          # from the template, a fresh safe id
    lesson = create_lesson(kb, title, skills)           # writes lessons/<id>.md
    nl = plan_lesson(cases_dir, title, skills)          # a new lesson kept with the case being edited,
    save_case(kb, ..., new_lessons=[nl])                #   written by the save that links it
    changes = migrate_format(cases_dir, dry_run)        # flat outcome, [[links]]

Messages for people are made by the caller from each FieldProblem's code (the window in the
UI language, the CLI in English); tests check codes.
"""
from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass, field
from pathlib import Path

from . import conflicts, drafts, history, ids
from .casefile import CaseFile, format_value, save_text, section_template, template
from kb_app.core.domain import LANGUAGES, SEVERITIES
from kb_app.core.fsutil import create_file
from .parsing import ID_RE, MAX_BYTES, ParseError, _read_bounded, case_files, lesson_files


@dataclass(frozen=True)
class FieldProblem:
    field: str        # the form field: title, kind, date, lessons, related, ...
    code: str         # title-missing, kind-missing, kind-unknown, date-impossible, lesson-dangling, ...
    value: str = ""   # the offending value (an id, a date)
    blocking: bool = True   # False: a warning (WARNINGS), shown but the case still saves

    def message(self) -> str:
        return {
            "title-missing": "the title is missing",
            "kind-missing": "choose a kind",
            "kind-unknown": f"unknown kind {self.value!r}",
            "date-impossible": f"{self.value!r} is not a real date (YYYY-MM-DD)",
            "lesson-dangling": f"no lesson {self.value!r} in lessons/",
            "related-dangling": f"no case {self.value!r}",
            "severity-unknown": f"unknown severity {self.value!r}",
            "language-unknown": f"unknown language {self.value!r}",
            "body-too-large": "the case is larger than 2 MB",
            "markers-left": "merge markers (<<<<<<< ======= >>>>>>>) are still in the text",
            "date-future": f"{self.value!r} is more than a year ahead",
            "date-too-early": f"{self.value!r} is before 1970",
            "body-empty": "the text has nothing beyond its headings",
            "tag-twice": f"the tag {self.value!r} is given twice",
        }.get(self.code, self.code)


# Warnings: likely slips, not faults. The editor shows them beside the field; saving still works.
WARNINGS = ("date-future", "date-too-early", "body-empty", "tag-twice")
EARLIEST_YEAR = 1970
FUTURE_DAYS = 366


def body_is_empty(body: str) -> bool:
    """Nothing written beyond headings (and blank lines): the template as it came."""
    return not any(line.strip() and not line.lstrip().startswith("#") for line in body.splitlines())


def _warnings(form: dict, body: str, day: _dt.date | None, today: _dt.date) -> list[FieldProblem]:
    out = []
    if day is not None:
        if day > today + _dt.timedelta(days=FUTURE_DAYS):
            out.append(FieldProblem("date", "date-future", day.isoformat(), blocking=False))
        elif day.year < EARLIEST_YEAR:
            out.append(FieldProblem("date", "date-too-early", day.isoformat(), blocking=False))
    if body_is_empty(body):
        out.append(FieldProblem("body", "body-empty", blocking=False))
    seen: set[str] = set()
    for tag in form.get("tags") or []:
        key = str(tag).strip().casefold()
        if key and key in seen:
            out.append(FieldProblem("tags", "tag-twice", str(tag).strip(), blocking=False))
        seen.add(key)
    return out


def validate(form: dict, body: str, lesson_ids, case_ids, kinds=None, self_id: str = "",
             today: _dt.date | None = None) -> list[FieldProblem]:
    """The form's problems: faults that block a save (blocking) first, then warnings (WARNINGS)."""
    out: list[FieldProblem] = []
    day = None
    if not str(form.get("title") or "").strip():
        out.append(FieldProblem("title", "title-missing"))
    kind = str(form.get("kind") or "").strip()
    if not kind:
        out.append(FieldProblem("kind", "kind-missing"))
    elif kinds is not None and kinds and kind not in kinds:
        out.append(FieldProblem("kind", "kind-unknown", kind))
    date = str(form.get("date") or "").strip()
    if date:
        try:
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", date):
                raise ValueError(date)
            day = _dt.date.fromisoformat(date)
        except ValueError:
            out.append(FieldProblem("date", "date-impossible", date))
    lesson_ids, case_ids = set(lesson_ids or ()), set(case_ids or ())
    for lid in form.get("lessons") or []:
        if lid not in lesson_ids:
            out.append(FieldProblem("lessons", "lesson-dangling", lid))
    for rid in form.get("related") or []:
        if rid not in case_ids or rid == self_id:
            out.append(FieldProblem("related", "related-dangling", rid))
    sev = str(form.get("severity") or "")
    if sev and sev not in SEVERITIES:
        out.append(FieldProblem("severity", "severity-unknown", sev))
    lang = str(form.get("language") or "")
    if lang and lang not in LANGUAGES:
        out.append(FieldProblem("language", "language-unknown", lang))
    if len(body.encode("utf-8")) > MAX_BYTES:
        out.append(FieldProblem("body", "body-too-large"))
    if conflicts.has_markers(body):
        out.append(FieldProblem("body", "markers-left"))
    return out + _warnings(form, body, day, today or _dt.date.today())


def validate_kb(kb, form: dict, body: str, self_id: str = "", new_lessons=()) -> list[FieldProblem]:
    """validate() against the loaded folder; `new_lessons` (ids) are lessons the save will write."""
    corpus = kb.corpus
    vocab = kb.vocab
    lessons = (set(corpus.lessons) if corpus else set()) | set(new_lessons or ())
    cases = set(corpus.cases) if corpus else set()
    return validate(form, body, lessons, cases, set(vocab.kinds) if vocab else None, self_id)


def _norm_line(line: str) -> str:
    return line.replace("\u00a0", " ").rstrip("\r\n")


def keep_original_lines(old_body: str, new_body: str) -> str:
    """The edited body, with every line the mentor did not touch spelled as the file had it.

    A text widget hands back "\n" line ends and plain spaces for no-break spaces; the lines
    that are the same apart from that keep their original bytes (CRLF, U+00A0), so a save
    changes only the edited lines."""
    import difflib

    old_lines = old_body.splitlines(keepends=True)
    new_lines = new_body.splitlines(keepends=True)
    crlf = sum(l.endswith("\r\n") for l in old_lines) > len(old_lines) / 2
    a = [_norm_line(l) for l in old_lines]
    b = [_norm_line(l) for l in new_lines]
    out: list[str] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "equal":
            for k in range(i2 - i1):
                o, n = old_lines[i1 + k], new_lines[j1 + k]
                # the last line may have lost or gained its line end
                if o.endswith(("\n", "\r")) == n.endswith(("\n", "\r")):
                    out.append(o)
                else:
                    out.append(o.rstrip("\r\n") + ("\r\n" if crlf else "\n") if n.endswith("\n") else o.rstrip("\r\n"))
        else:
            for n in new_lines[j1:j2]:
                out.append(n[:-1] + "\r\n" if crlf and n.endswith("\n") and not n.endswith("\r\n") else n)
    return "".join(out)


def compose(base_text: str | None, form: dict, body: str, ident: str) -> str:
    """The file text the editor's state stands for, written over the base surgically."""
    if base_text is None:
        text = template(form.get("title") or "", form.get("kind") or "", form.get("language") or "", ident,
                        body=body)
        cf = CaseFile.parse(text)
    else:
        cf = CaseFile.parse(base_text)
        body = keep_original_lines(cf.body, body)
    cf.apply_form({k: v for k, v in form.items() if k != "id"})
    cf.body = body
    return cf.text()


def read_text(path: Path) -> str | None:
    """The file's text now, or None if it is gone."""
    try:
        return _read_bounded(Path(path)).decode("utf-8")
    except FileNotFoundError:
        return None


@dataclass
class NewLesson:
    """A lesson written in the editor for the case being edited: kept with it (pending) until the
    case is saved, then written by that save; dropped with the case if the case is discarded."""
    id: str
    title: str
    soft_skills: list[str] = field(default_factory=list)
    kinds: list[str] = field(default_factory=list)
    language: str = ""
    body: str = ""

    def to_dict(self) -> dict:
        return {"id": self.id, "title": self.title, "soft_skills": list(self.soft_skills), "kinds": list(self.kinds),
                "language": self.language, "body": self.body}

    @classmethod
    def from_dict(cls, d: dict) -> "NewLesson":
        return cls(str(d.get("id") or ""), str(d.get("title") or ""), [str(x) for x in d.get("soft_skills") or []],
                   [str(x) for x in d.get("kinds") or []], str(d.get("language") or ""), str(d.get("body") or ""))


def plan_lesson(cases_dir: Path, title: str, soft_skills=(), kinds=(), language: str = "", body: str = "",
                pending=()) -> NewLesson:
    """A new lesson with the id it will get (free on disk and among `pending` ids); nothing is written."""
    taken = {p.stem for p in lesson_files(Path(cases_dir))} | set(pending or ())
    lid = ids.lesson_id(title, taken, Path(cases_dir) / "lessons")
    return NewLesson(lid, title, list(soft_skills or []), list(kinds or []), language, body)


def _write_new_lessons(kb, cf: CaseFile, new_lessons) -> tuple[dict[str, Path], bool]:
    """Write the pending lessons the case links (an id taken meanwhile gets the next free one, and
    the case's link follows it); returns ({id written: path}, whether a link was renamed)."""
    linked = list(cf.form().get("lessons") or [])
    written: dict[str, Path] = {}
    renamed: dict[str, str] = {}
    try:
        for nl in new_lessons or ():
            if nl.id not in linked or nl.id in written:
                continue
            lid, path = create_lesson(kb.cases_dir, nl.title, nl.soft_skills, nl.kinds, nl.language, nl.body,
                                      lesson_id=nl.id)
            written[lid] = path
            if lid != nl.id:
                renamed[nl.id] = lid
    except BaseException:
        _remove(written.values())
        raise
    if renamed:
        cf.apply_form({"lessons": [renamed.get(x, x) for x in linked]})
    return written, bool(renamed)


def _remove(paths) -> None:
    for p in paths:
        try:
            Path(p).unlink()
        except OSError:
            pass


@dataclass
class SaveResult:
    ok: bool
    path: str = ""
    case_id: str = ""
    text: str = ""                      # what is in the file now (the editor's new base)
    conflict: conflicts.Conflict | None = None
    problems: list = field(default_factory=list)
    seconds: float = 0.0
    lessons: list = field(default_factory=list)   # ids of the pending lessons this save wrote


def save_case(kb, path: str | Path | None, form: dict, body: str, base_text: str | None, draft_id: str = "",
              rev: int | None = None, resolved_text: str | None = None, reload: bool = True,
              new_lessons=(), names: tuple[str, str] = ("mine", "disk")) -> SaveResult:
    """Save one case: refuse an invalid one, stop at a conflict, else keep the old text in the
    history, write atomically, drop the draft (if nothing newer was typed) and bring the index
    up to date for that file (incremental: only the changed file is parsed and indexed).

    resolved_text: the text the mentor settled on in the conflict view (skips the check).
    new_lessons: lessons written in the editor and not on disk yet (NewLesson); those the case
    links are written with it, only once nothing stops the save (if the case cannot be written,
    they are removed again).
    names: the two sides as the merge markers of a conflict name them (conflicts.check).
    """
    import time

    t0 = time.perf_counter()
    new = path is None or str(path) == ""
    if new:
        taken = set(kb.corpus.cases) if kb.corpus else set()
        ident = ids.new_id(form.get("title") or "", form.get("date") or None, taken, kb.cases_dir)
        path = kb.cases_dir / f"{ident}.md"
    path = Path(path)
    ident = path.stem
    problems = [p for p in validate_kb(kb, form, body if resolved_text is None else "", ident,
                                       [nl.id for nl in new_lessons or ()]) if p.blocking]
    if problems and resolved_text is None:
        return SaveResult(False, str(path), ident, problems=problems)
    disk = read_text(path)
    if resolved_text is not None:
        text = resolved_text
    else:
        mine = compose(base_text, form, body, ident)
        c = conflicts.check(base_text, mine, disk, names)
        if new and disk is not None:
            c = conflicts.check("", mine, disk, names)
        if c.kind not in ("none", "same"):
            return SaveResult(False, str(path), ident, conflict=c)
        text = mine
    # the text must read back as a case before it replaces anything
    cf = CaseFile.parse(text)
    if not str(cf.form().get("title") or "").strip():
        return SaveResult(False, str(path), ident, problems=[FieldProblem("title", "title-missing")])
    written, renamed = _write_new_lessons(kb, cf, new_lessons) if new_lessons else ({}, False)
    if renamed:
        text = cf.text()  # a lesson id was taken meanwhile: the link follows the file written
    state = kb.state
    try:
        if disk is not None and disk != text:
            history.record(state, ident, str(path), disk)
        if disk != text:
            save_text(path, text)
    except BaseException:
        _remove(written.values())  # the case is not saved: its new lessons stay pending in the editor
        raise
    if draft_id:
        drafts.delete(state, draft_id, rev)
    if reload:
        kb.load()
    return SaveResult(True, str(path), ident, text, seconds=time.perf_counter() - t0, lessons=list(written))


def new_case(kb, title: str, kind: str, language: str = "", date: str | None = None, situation: str = "",
             extra: dict | None = None) -> Path:
    """Write a new case from the template (for `kb new`); returns its path."""
    from kb_app.core.analysis import text as _text

    language = language or _text.detect_language(title)
    day = date or _dt.date.today().isoformat()
    taken = {p.stem for p in case_files(kb.cases_dir)}
    for _ in range(100):  # another writer may claim the same id at this very moment: take the next
        ident = ids.new_id(title, day, taken, kb.cases_dir)
        path = kb.cases_dir / f"{ident}.md"
        try:
            create_file(kb.cases_dir, path,
                        template(title, kind, language, ident, day, section_template(language, situation), extra))
            return path
        except FileExistsError:
            taken.add(ident)
    raise FileExistsError(str(path))


def create_lesson(cases_dir: Path, title: str, soft_skills: list[str], kinds: list[str] | None = None,
                  language: str = "", body: str = "", lesson_id: str | None = None) -> tuple[str, Path]:
    """Write a new lesson file lessons/<id>.md (`lesson_id` if it is still free); returns (id, path)."""
    from kb_app.core.analysis import text as _text

    d = Path(cases_dir) / "lessons"
    d.mkdir(parents=True, exist_ok=True)
    taken = {p.stem for p in lesson_files(Path(cases_dir))}
    language = language or _text.detect_language(title)
    for _ in range(100):  # claimed exclusively: two writers never get one file
        lid = lesson_id if lesson_id and lesson_id not in taken and ID_RE.match(lesson_id) \
            else ids.lesson_id(title, taken, d)
        lesson_id = None
        lines = ["---", f"id: {format_value(lid)}", f"title: {format_value(title)}",
                 f"soft_skills: {format_value(list(soft_skills or []))}"]
        if kinds:
            lines.append(f"kinds: {format_value(list(kinds))}")
        lines += [f"language: {language}", "---", "", (body or title).strip(), ""]
        path = d / f"{lid}.md"
        try:
            create_file(Path(cases_dir), path, "\n".join(lines))
            return lid, path
        except FileExistsError:
            taken.add(lid)
    raise FileExistsError(str(path))


@dataclass
class Migration:
    path: str
    keys: list[str]
    error: str = ""


def migrate_text(text: str) -> tuple[str, list[str]]:
    cf = CaseFile.parse(text)
    changed = []
    if "outcome" in cf.keys():
        changed += [k for k in cf.flatten_outcome() if k == "outcome"]
    changed += cf.link_lists()
    return cf.text(), changed


def migrate_format(cases_dir: Path, dry_run: bool = False) -> list[Migration]:
    """Rewrite case files to the flat, Obsidian-editable format; only the keys that change."""
    out = []
    for p in case_files(Path(cases_dir)):
        try:
            raw = _read_bounded(p).decode("utf-8")
            new, keys = migrate_text(raw)
        except (ParseError, UnicodeDecodeError, OSError) as e:
            out.append(Migration(str(p), [], getattr(e, "message", str(e))))
            continue
        if keys and new != raw:
            if not dry_run:
                save_text(p, new)
            out.append(Migration(str(p), keys))
    return out
