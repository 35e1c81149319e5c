"""Case and lesson files -> domain objects, with problems that name the file, the line and the fault.

A bad file never stops the others: it yields a Problem and is skipped (or kept, for faults
that lose nothing, such as an unknown kind). YAML is loaded with the safe loader only, so a
tag that tries to build an object is refused, never run.
"""
from __future__ import annotations

import datetime as _dt
import errno
import os
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from kb_app.core import safeyaml
from kb_app.core.analysis import text
from kb_app.core.domain import LANGUAGES, SEVERITIES, Case, Lesson, Outcome, Problem
from kb_app.core.fsutil import content_hash
from kb_app.core.analysis.vocab import Vocab

MAX_BYTES = 2 * 1024 * 1024
ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$")
# not cases: lessons, vocabularies, team files (compare: rubrics, ratings, standards), reading paths,
# and assets/<id>/ (images and the original text of imported cases: importing/)
SKIP_DIRS = {"lessons", "vocab", "ratings", "drafts", "rubrics", "standards", "paths", "assets"}
SKIP_FILES = {"readme.md", "index.md", "changelog.md"}
_FENCE_RE = re.compile(r"^---[ \t]*\r?$", re.M)
_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _real_date(s: str) -> bool:
    try:
        _dt.date.fromisoformat(s)
        return True
    except ValueError:
        return False


class ParseError(Exception):
    def __init__(self, message: str, line: int | None = None, code: str = "", args: tuple = ()):
        super().__init__(message)
        self.message = message
        self.line = line
        self.code = code
        self.args_ = tuple(args)


@dataclass
class Corpus:
    cases: dict[str, Case] = field(default_factory=dict)
    lessons: dict[str, Lesson] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    signatures: dict[str, tuple] = field(default_factory=dict)  # path -> (mtime_ns, size) of every file read
    parse_warnings: dict[str, list[Problem]] = field(default_factory=dict)  # per case file, reused while unchanged
    unreadable: list[str] = field(default_factory=list)  # folders that could not be listed (feat/state)
    _by_path: dict = field(default_factory=dict, repr=False, compare=False)  # path -> case read from it
    _lesson_reads: dict = field(default_factory=dict, repr=False, compare=False)  # path -> (sig, lesson, warnings)

    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.level == "error"]


# -- low level ------------------------------------------------------------------------------

def _decode(data: bytes) -> str:
    if not data.strip():
        raise ParseError("the file is empty", code="file-empty")
    if len(data) > MAX_BYTES:
        raise ParseError(f"the file is {len(data) / 1048576:.1f} MB; a case may be at most "
                         f"{MAX_BYTES // 1048576} MB (split it, or move attachments out of the text)",
                         code="file-too-big", args=(f"{len(data) / 1048576:.1f}", MAX_BYTES // 1048576))
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        line = data[: e.start].count(b"\n") + 1
        guess = _guess_encoding(data)
        hint = f"it looks like {guess}; " if guess else ""
        raise ParseError(f"not UTF-8 ({hint}re-save it as UTF-8; nothing was read from it)", line,
                         "not-utf8", (guess or "",)) from None


def _guess_encoding(data: bytes) -> str | None:
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data[:65536], cp_isolation=["gb18030", "big5", "utf_16", "shift_jis", "cp1252"]).best()
    except Exception:  # a guess only; the message stands without it
        return None
    if best is None:
        return None
    return {"gb18030": "GBK/GB18030", "big5": "Big5", "utf_16": "UTF-16", "shift_jis": "Shift-JIS",
            "cp1252": "Windows-1252"}.get(best.encoding, best.encoding)


def split_front_matter(raw: str, duplicates: list | None = None) -> tuple[dict, str, int]:
    """Return (front matter mapping, body, line number where the body starts). A key given twice is
    an error, or, with a `duplicates` list, added to it as (key, line) for a warning."""
    line = safeyaml.conflict_line(raw)
    if line is not None:
        fences = [m.start() for m in _FENCE_RE.finditer(raw)]
        where = "front matter" if len(fences) < 2 or raw.count("\n", 0, fences[1]) + 1 > line else "text"
        if where == "front matter":
            raise ParseError("an unresolved git merge conflict in the front matter (<<<<<<< ... >>>>>>>): "
                             "keep one side and remove the markers", line, "merge-conflict")
    if not raw.lstrip("\ufeff").startswith("---"):
        raise ParseError("no YAML front matter: the file must start with a '---' line", 1, "no-front-matter")
    matches = list(_FENCE_RE.finditer(raw, 0))
    if not matches or matches[0].start() != 0 or len(matches) < 2:
        raise ParseError("the front matter is not closed: add a '---' line after it", 1, "front-matter-unclosed")
    start, end = matches[0].end(), matches[1]
    fm_text = raw[start:end.start()]
    body = raw[end.end():].lstrip("\r\n")
    body_line = raw[: end.end()].count("\n") + 2
    try:
        found: list = []
        data = safeyaml.load(fm_text, found)
        if found and duplicates is None:
            key, ln = found[0]
            raise ParseError(f"the key {key!r} is given twice in the front matter (only one would count)",
                             ln, "yaml-duplicate-key", (key,))
        if duplicates is not None:
            duplicates.extend(found)
    except yaml.constructor.ConstructorError as e:
        mark = e.problem_mark
        raise ParseError(f"YAML tag not allowed ({e.problem}); only plain values are read",
                         mark.line + 1 if mark else None, "yaml-tag", (str(e.problem),)) from None
    except yaml.YAMLError as e:
        # fm_text starts on the fence line, so YAML's 0-based line is the file's 1-based line.
        # An unclosed bracket or quote is reported where it was opened (context_mark).
        mark = getattr(e, "context_mark", None) or getattr(e, "problem_mark", None)
        what = getattr(e, "problem", None) or str(e).splitlines()[0]
        ctx = getattr(e, "context", None)
        raise ParseError(f"broken YAML in the front matter: {what}" + (f" ({ctx})" if ctx else ""),
                         mark.line + 1 if mark else None, getattr(e, "code", "") or "yaml-broken",
                         (str(what),)) from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ParseError("the front matter must be a mapping of fields (key: value)", 2, "front-matter-not-mapping")
    return data, body, body_line


def _line_of(raw: str, key: str) -> int | None:
    m = re.search(rf"^{re.escape(key)}\s*:", raw, re.M)
    return raw[: m.start()].count("\n") + 1 if m else None


def _as_str(v) -> str:
    if v is None:
        return ""
    if isinstance(v, (_dt.date, _dt.datetime)):
        return v.isoformat()[:10]
    return str(v).strip()


def _as_list(v) -> list[str]:
    if v is None or v == "":
        return []
    if isinstance(v, (list, tuple)):
        return [_as_str(x) for x in v if _as_str(x)]
    if isinstance(v, str):
        return [s.strip() for s in re.split(r"[,，、]", v) if s.strip()]
    return [_as_str(v)]


_LINK_RE = re.compile(r"^\[\[\s*([^\]|#]*?)\s*(?:[|#][^\]]*)?\]\]$")


def link_id(v) -> str:
    """An id written as an Obsidian link ("[[id]]", "[[id|alias]]") or plain ("id") -> "id"."""
    while isinstance(v, (list, tuple)) and len(v) == 1:  # unquoted [[id]] in YAML is a nested list
        v = v[0]
    s = _as_str(v)
    m = _LINK_RE.match(s)
    return m.group(1).strip() if m else s


def _as_links(v) -> list[str]:
    """A list property of links: ids with or without Obsidian's [[ ]] brackets."""
    if v is None or v == "":
        return []
    items = v if isinstance(v, (list, tuple)) else _as_list(v)
    return [i for i in (link_id(x) for x in items) if i]


def _check_id(value, path: Path, raw: str) -> str:
    ident = _as_str(value)
    if not ident:
        raise ParseError("missing id", _line_of(raw, "id") or 2, "id-missing")
    if "/" in ident or "\\" in ident or ".." in ident or not ID_RE.match(ident):
        raise ParseError(f"bad id {ident!r}: use letters, digits, '-', '_' and '.', with no path "
                         "separators or '..'", _line_of(raw, "id"), "id-bad", (ident,))
    if ident != path.stem:
        raise ParseError(f"id {ident!r} does not match the file name {path.name!r}: "
                         f"rename the file to {ident}.md or fix the id", _line_of(raw, "id"), "id-mismatch",
                         (ident, path.name))
    return ident


# -- files ---------------------------------------------------------------------------------------

def _read_bounded(path: Path) -> bytes:
    """The file's bytes, refusing anything but a regular file and anything over MAX_BYTES
    before reading it (a FIFO would block, a multi-GB file would fill memory)."""
    st = os.stat(path)
    if not stat.S_ISREG(st.st_mode):
        raise ParseError("not a regular file (a pipe, device or socket named .md); skipped", code="not-regular-file")
    if st.st_size > MAX_BYTES:
        raise ParseError(f"the file is {st.st_size / 1048576:.1f} MB; a case may be at most "
                         f"{MAX_BYTES // 1048576} MB (split it, or move attachments out of the text)",
                         code="file-too-big", args=(f"{st.st_size / 1048576:.1f}", MAX_BYTES // 1048576))
    with open(path, "rb") as f:
        return f.read(MAX_BYTES + 1)


def parse_case(path: Path, vocab: Vocab | None = None, data: bytes | None = None) -> tuple[Case, list[Problem]]:
    """Parse one case file. Raises ParseError for faults that skip the file; returns warnings."""
    path = Path(path)
    if data is None:
        data = _read_bounded(path)
    raw = _decode(data)
    dups: list = []
    fm, body, _ = split_front_matter(raw, dups)
    warnings: list[Problem] = []

    def warn(msg, key=None, code="", args=()):
        warnings.append(Problem(str(path), msg, _line_of(raw, key) if key else None, "warning", code, tuple(args)))

    for key, ln in dups:
        warnings.append(Problem(str(path), f"the key {key!r} is given twice in the front matter; the last one counts",
                                ln, "warning", "key-twice", (key,)))
    conflict = safeyaml.conflict_line(raw)
    if conflict is not None:  # in the text (one in the front matter was refused above): both sides would show
        warnings.append(Problem(str(path), "an unresolved git merge conflict in the text (<<<<<<< ... >>>>>>>): "
                                "keep one side and remove the markers", conflict, "error", "merge-conflict-text"))

    for key in ("id", "title", "kind", "date", "industry", "severity", "language", "outcome_status", "outcome_summary"):
        if isinstance(fm.get(key), (list, dict)):
            shape = 'list' if isinstance(fm[key], list) else 'mapping'
            raise ParseError(f"{key} must be a single value, not a {shape}",
                             _line_of(raw, key), "field-not-single", (key, shape))
    ident = _check_id(fm.get("id"), path, raw)
    title = _as_str(fm.get("title"))
    if not title:
        raise ParseError("missing title", _line_of(raw, "title") or 2, "title-missing")
    kind = _as_str(fm.get("kind"))
    if not kind:
        warn("no kind: the case is listed under 'unknown'", None, "kind-missing")
        kind = "unknown"
    elif vocab is not None and vocab.kinds and kind not in vocab.kinds:
        warn(f"unknown kind {kind!r} (not in vocab/kinds.yaml); the case is still indexed", "kind", "kind-unknown", (kind,))

    skills = _as_list(fm.get("soft_skills"))
    if vocab is not None and vocab.skills:
        bad = [s for s in skills if s not in vocab.skills]
        if bad:
            warn(f"unknown soft skill(s) {', '.join(bad)}; known: {', '.join(vocab.skills)}", "soft_skills",
                 "skill-unknown", (tuple(bad), tuple(vocab.skills)))
            skills = [s for s in skills if s in vocab.skills]

    oc = fm.get("outcome")
    if "outcome_status" in fm or "outcome_summary" in fm:  # the flat form (Obsidian can edit it)
        outcome = Outcome(_as_str(fm.get("outcome_status")) or "unknown", _as_str(fm.get("outcome_summary")))
    elif isinstance(oc, dict):
        outcome = Outcome(_as_str(oc.get("status")) or "unknown", _as_str(oc.get("summary")))
    elif oc:
        outcome = Outcome("unknown", _as_str(oc))
    else:
        outcome = Outcome()
    if vocab is not None and vocab.outcomes and outcome.status not in vocab.outcomes:
        warn(f"unknown outcome status {outcome.status!r}", "outcome_status" if "outcome_status" in fm else "outcome",
             "outcome-unknown", (outcome.status,))

    date = _as_str(fm.get("date"))
    if date:
        if not _DATE_RE.match(date) or not _real_date(date):
            # quoted whole (99999-01-01 is not cut to 99999-01-0), however long it is
            warn(f"date {date!r} is not a real date (YYYY-MM-DD); it is ignored", "date", "date-invalid", (date,))
            date = ""

    severity = _as_str(fm.get("severity")).lower()
    if severity and severity not in SEVERITIES:
        warn(f"unknown severity {severity!r}; use one of {', '.join(SEVERITIES)}", "severity", "severity-unknown",
             (severity, tuple(SEVERITIES)))

    language = _as_str(fm.get("language"))
    if language and language not in LANGUAGES:
        warn(f"unknown language {language!r}; detected from the text instead", "language", "language-unknown",
             (language,))
        language = ""
    if "\x00" in body:
        # a NUL byte (a binary paste, a bad editor) is named with its line; the rest is kept
        at = raw.index("\x00")
        warnings.append(Problem(str(path), "the body holds a NUL byte (\\0); it is dropped from the text",
                                raw[:at].count("\n") + 1, "warning", "nul-byte"))
        body = body.replace("\x00", "")
    if not language:
        language = text.detect_language(title + "\n" + body)

    known = {"id", "title", "kind", "date", "industry", "severity", "soft_skills", "outcome",
             "outcome_status", "outcome_summary", "lessons", "related", "language", "tags"}
    st = path.stat()
    case = Case(
        id=ident, title=title, kind=kind, body=body, path=path,
        date=date, industry=_as_str(fm.get("industry")), severity=severity,
        soft_skills=skills, outcome=outcome, lessons=_as_links(fm.get("lessons")),
        related=_as_links(fm.get("related")), language=language, tags=_as_list(fm.get("tags")),
        extra={k: v for k, v in fm.items() if k not in known},
        digest=content_hash(data), mtime_ns=st.st_mtime_ns, size=st.st_size,
    )
    return case, warnings


def parse_lesson(path: Path, vocab: Vocab | None = None) -> tuple[Lesson, list[Problem]]:
    path = Path(path)
    data = _read_bounded(path)
    raw = _decode(data)
    dups: list = []
    fm, body, _ = split_front_matter(raw, dups)
    warnings: list[Problem] = [Problem(str(path), f"the key {k!r} is given twice in the front matter; the last one "
                                       "counts", ln, "warning", "key-twice", (k,)) for k, ln in dups]
    ident = _check_id(fm.get("id"), path, raw)
    title = _as_str(fm.get("title"))
    if not title:
        raise ParseError("missing title", _line_of(raw, "title") or 2, "title-missing")
    skills = _as_list(fm.get("soft_skills"))
    if vocab is not None and vocab.skills:
        bad = [s for s in skills if s not in vocab.skills]
        if bad:
            warnings.append(Problem(str(path), f"unknown soft skill(s) {', '.join(bad)}",
                                    _line_of(raw, "soft_skills"), "warning", "skill-unknown", (tuple(bad), tuple(vocab.skills))))
            skills = [s for s in skills if s in vocab.skills]
    if not skills:
        warnings.append(Problem(str(path), "a lesson should name at least one soft skill",
                                _line_of(raw, "soft_skills"), "warning", "lesson-no-skill"))
    language = _as_str(fm.get("language")) or text.detect_language(title + "\n" + body)
    return Lesson(id=ident, title=title, soft_skills=skills, body=body, path=path,
                  kinds=_as_list(fm.get("kinds")), language=language, digest=content_hash(data)), warnings


# -- walking the folder (feat/state) --------------------------------------------------------------
# A folder that cannot be read is never taken for an empty one: it is a problem naming it (and a
# case folder that cannot be listed at all is an error: FolderUnreadable). The walk is iterative,
# with a depth limit. Symbolic links: a link to a case file inside the folder is read; a link that
# points outside the folder, a dangling link, a link loop and a link to a folder are not followed,
# and each is reported once per load.

MAX_DEPTH = 64


class FolderUnreadable(OSError):
    """The case folder itself cannot be listed: nothing may be concluded from it."""

    code = "folder-unreadable"


@dataclass
class Scan:
    files: list[Path] = field(default_factory=list)  # case (or lesson) files to read
    dirs: list[str] = field(default_factory=list)  # every folder listed (to watch)
    problems: list[Problem] = field(default_factory=list)
    unreadable: list[str] = field(default_factory=list)  # folders that could not be listed
    root_unreadable: str = ""  # why the top folder could not be listed ('' = it could)


def _inside(path: str, root_real: str) -> bool:
    real = os.path.realpath(path)
    return real == root_real or real.startswith(root_real.rstrip(os.sep) + os.sep)


def _link_entry(e, root_real: str, scan: Scan) -> bool:
    """For a symbolic link: True if it is a case file to read, else report why not."""
    try:
        st = os.stat(e.path)
    except FileNotFoundError:
        scan.problems.append(Problem(e.path, f"dangling link (to {os.readlink(e.path)!r}); not read", None,
                                     "warning", code="link-dangling",
                                     args=(os.readlink(e.path),)))
        return False
    except OSError as err:
        if err.errno == errno.ELOOP:
            scan.problems.append(Problem(e.path, "link loop; not read", None, "warning", code="link-loop"))
        else:
            scan.problems.append(Problem(e.path, f"cannot follow the link: {err.strerror or err}", None,
                                         "warning", code="link-unreadable", args=(str(err.strerror or err),)))
        return False
    if stat.S_ISDIR(st.st_mode):
        scan.problems.append(Problem(e.path, "a link to a folder; links to folders are not followed", None,
                                     "warning", code="link-folder"))
        return False
    if not e.name.lower().endswith(".md"):
        return False
    if not _inside(e.path, root_real):
        scan.problems.append(Problem(e.path, f"a link to a file outside the case folder "
                                             f"({os.path.realpath(e.path)}); files outside are not read",
                                     None, "error", code="link-outside", args=(os.path.realpath(e.path),)))
        return False
    return True


def scan_cases(cases_dir: Path, make=None) -> Scan:
    """Every case file under cases_dir, skipping lessons/, vocab/, dot-folders and READMEs: a
    folder's own files first (by name), then its subfolders, depth first, without recursion.
    `make` turns each path string into what `files` holds (a Path by default; `str` saves building
    10,000 Paths where only their names are needed)."""
    make = make or _path
    scan = Scan()
    root = str(cases_dir)
    root_real = os.path.realpath(root)
    stack: list[tuple[str, int]] = [(root, 0)]
    while stack:
        d, depth = stack.pop()
        try:
            with os.scandir(d) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as err:
            if depth == 0:
                scan.root_unreadable = err.strerror or str(err)
            scan.unreadable.append(d)
            scan.problems.append(Problem(d, f"cannot read the folder: {err.strerror or err}; the cases "
                                            "in it are kept as they were indexed", None, "error",
                                         code="folder-unreadable", args=(str(err.strerror or err),)))
            continue
        scan.dirs.append(d)
        subdirs = []
        for e in entries:
            name = e.name
            if name.startswith("."):
                continue
            try:
                if e.is_symlink():
                    if _link_entry(e, root_real, scan):
                        scan.files.append(make(e.path))
                    continue
                is_dir = e.is_dir(follow_symlinks=False)
            except OSError as err:
                scan.problems.append(Problem(e.path, f"cannot read: {err.strerror or err}", None, "error",
                                             code="file-unreadable", args=(str(err.strerror or err),)))
                continue
            if is_dir:
                if not (depth == 0 and name in SKIP_DIRS):
                    subdirs.append(e.path)
            elif name.lower().endswith(".md") and name.lower() not in SKIP_FILES:
                scan.files.append(make(e.path))  # parse_case refuses what is not a regular file
        if subdirs and depth + 1 > MAX_DEPTH:
            scan.problems.append(Problem(d, f"folders nested more than {MAX_DEPTH} deep are not read "
                                            f"({len(subdirs)} folder(s) inside it skipped)", None, "error",
                                         code="folder-too-deep", args=(MAX_DEPTH, len(subdirs))))
            continue
        stack.extend((sd, depth + 1) for sd in reversed(subdirs))
    return scan


def scan_lessons(cases_dir: Path, make=Path) -> Scan:
    """The lesson files in lessons/ (not recursive); an unreadable lessons/ is ONE problem."""
    scan = Scan()
    d = Path(cases_dir) / "lessons"
    root_real = os.path.realpath(str(cases_dir))
    try:
        with os.scandir(d) as it:
            entries = sorted(it, key=lambda e: e.name)
    except FileNotFoundError:
        return scan
    except NotADirectoryError:
        return scan
    except OSError as err:
        scan.root_unreadable = err.strerror or str(err)
        scan.unreadable.append(str(d))
        scan.problems.append(Problem(str(d), f"cannot read lessons/: {err.strerror or err}; links to "
                                             "lessons are not checked", None, "error", code="lessons-unreadable",
                                     args=(str(err.strerror or err),)))
        return scan
    scan.dirs.append(str(d))
    for e in entries:
        if e.name.startswith(".") or not e.name.endswith(".md"):
            continue
        try:
            if e.is_symlink():
                if _link_entry(e, root_real, scan):
                    scan.files.append(make(e.path))
                continue
        except OSError:
            continue
        scan.files.append(make(e.path))
    return scan


def case_files(cases_dir: Path) -> list[Path]:
    """Every case file under cases_dir (recursively), skipping lessons/, vocab/, dot-folders and READMEs."""
    return scan_cases(cases_dir).files


def lesson_files(cases_dir: Path) -> list[Path]:
    return scan_lessons(cases_dir).files


def file_names(cases_dir: Path) -> list[str]:
    """The paths of case_files and lesson_files, as strings (no Path built: a cold command's check
    that nothing changed stats 10,000 files and needs only their names)."""
    return scan_cases(cases_dir, str).files + scan_lessons(cases_dir, str).files


def _problem(path: Path, e: Exception) -> Problem:
    if isinstance(e, ParseError):
        return Problem(str(path), e.message, e.line, code=e.code, args=e.args_)
    if isinstance(e, OSError):
        return Problem(str(path), f"cannot read the file: {e.strerror or e}", code="file-unreadable",
                       args=(str(e.strerror or e),))
    return Problem(str(path), f"unexpected problem: {type(e).__name__}: {e}", code="unexpected",
                   args=(f"{type(e).__name__}: {e}",))


def load_corpus(cases_dir: Path, vocab: Vocab, previous: Corpus | None = None) -> Corpus:
    """Parse every case and lesson; reuse unchanged cases from `previous` (same size and mtime)."""
    corpus = Corpus()
    cscan = scan_cases(cases_dir)
    if cscan.root_unreadable:
        raise FolderUnreadable(errno.EACCES, f"cannot read the case folder ({cscan.root_unreadable}); "
                                             "the previous index is kept", str(cases_dir))
    lscan = scan_lessons(cases_dir)
    corpus.problems.extend(lscan.problems)
    corpus.unreadable = cscan.unreadable + lscan.unreadable
    prev_lessons = previous._lesson_reads if previous is not None else {}
    for p in lscan.files:
        try:
            _sign(corpus, p)
            key = str(p)
            sig = corpus.signatures[key]
            old = prev_lessons.get(key)
            if old is not None and old[0] == sig:  # unchanged since the last load: not parsed again
                lesson, warns = old[1], old[2]
            else:
                lesson, warns = parse_lesson(p, vocab)
            corpus._lesson_reads[key] = (sig, lesson, warns)
        except Exception as e:  # noqa: BLE001 - every fault becomes a message naming the file
            corpus.problems.append(_problem(p, e))
            continue
        corpus.problems.extend(warns)
        if lesson.id in corpus.lessons:
            corpus.problems.append(Problem(str(p), f"duplicate lesson id {lesson.id!r} (also in "
                                                   f"{corpus.lessons[lesson.id].path.name}); this file is skipped",
                                           code="lesson-duplicate",
                                           args=(lesson.id, corpus.lessons[lesson.id].path.name)))
            continue
        corpus.lessons[lesson.id] = lesson

    prev_by_path: dict[str, Case] = {}
    prev_warnings: dict[str, list[Problem]] = {}
    if previous is not None:
        prev_by_path = previous._by_path or {str(c.path): c for c in previous.cases.values()}
        prev_warnings = previous.parse_warnings
    corpus.problems.extend(cscan.problems)
    # the loop runs for every file at every load (10,000 at a one-file change): kept tight (issue 17)
    cases, signatures, parse_warnings, problems = corpus.cases, corpus.signatures, corpus.parse_warnings, corpus.problems
    by_path = corpus._by_path
    stat, no_warnings = os.stat, ()
    for p in cscan.files:
        key = str(p)
        try:
            st = stat(key)
            signatures[key] = (st.st_mtime_ns, st.st_size)  # a tuple of ints: not tracked by the GC
            old = prev_by_path.get(key)
            if old is not None and old.mtime_ns == st.st_mtime_ns and old.size == st.st_size:
                case, warns = old, prev_warnings.get(key, no_warnings)
            else:
                case, warns = parse_case(p, vocab)
        except Exception as e:  # noqa: BLE001
            problems.append(_problem(p, e))
            continue
        parse_warnings[key] = warns
        if warns:
            problems.extend(warns)
        if case.id in cases:
            problems.append(Problem(str(p), f"duplicate id {case.id!r}: already used by "
                                            f"{cases[case.id].path}; this file is skipped",
                                    _line_of_file(p, "id"), code="id-duplicate",
                                    args=(case.id, str(cases[case.id].path))))
            continue
        cases[case.id] = case
        by_path[key] = case

    # cases in a folder that could not be read this time stay as they were (never taken for deleted)
    for case in (previous.cases.values() if previous is not None else ()):
        if case.id not in corpus.cases and any(_under(case.path, d) for d in cscan.unreadable):
            corpus.cases[case.id] = case
            corpus.parse_warnings[str(case.path)] = prev_warnings.get(str(case.path), [])
    lessons = corpus.lessons
    for case in cases.values():
        if case.lessons and not lscan.root_unreadable:  # one "cannot read lessons/" says it all
            missing = [lid for lid in case.lessons if lid not in lessons]
            if missing:
                # a warning that keeps the case (docs/case-format.md says the same): the case reads
                # fine without the link, and `lessons: 5` is a link to a lesson named "5"
                problems.append(Problem(str(case.path), f"links to lesson(s) that do not exist: "
                                                        f"{', '.join(missing)} (looked in lessons/)",
                                        _line_of_file(case.path, "lessons"), "warning", "lesson-missing",
                                        (tuple(missing),)))
        if case.related:
            bad_related = [r for r in case.related if r not in cases]
            if bad_related:
                problems.append(Problem(str(case.path), f"related case(s) not found: {', '.join(bad_related)}",
                                        _line_of_file(case.path, "related"), "warning", "related-missing",
                                        (tuple(bad_related),)))
    return corpus


def _under(path, folder: str) -> bool:
    p = str(path)
    return p.startswith(folder.rstrip(os.sep) + os.sep)


def _sign(corpus: Corpus, p: Path) -> os.stat_result:
    key = str(p)
    st = os.stat(key)
    corpus.signatures[key] = (st.st_mtime_ns, st.st_size)
    return st


_PATHS: dict[str, Path] = {}  # the Path of every file seen: a rescan of 10,000 files builds none again


def _path(s: str) -> Path:
    p = _PATHS.get(s)
    if p is None:
        if len(_PATHS) > 500_000:
            _PATHS.clear()
        p = _PATHS[s] = Path(s)
    return p


def _line_of_file(path: Path, key: str) -> int | None:
    try:
        return _line_of(Path(path).read_text("utf-8", errors="replace"), key)
    except OSError:
        return None
