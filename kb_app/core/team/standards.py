"""Standards: how the team expects one kind of incident to be handled, cases/standards/<kind>.md.

A standard is Markdown with front matter, written by the team from the best-rated case(s):

```markdown
---
kind: storage-failure
title: 存储故障处理标准
status: approved             # draft (as "Write standard" writes it) | approved; none: approved (older files)
rubric: default
based_on: [securities-storage-30h]
situations:
  - 双控阵列单控故障，业务 IO 超时
expected:
  - id: vendor-escalation
    action: 以最高级别向原厂开单并要求三线介入
    within: 2h                 # from the start of the incident
    terms: [原厂, vendor]       # optional: words that show a case did it (default: the theme's words)
  - id: status-cadence
    action: 固定节奏向客户通报
    every: 30m
---
## 适用情形 ...
## 期望行动 ...
## 评分等级 ...
```

`standard_draft.new_standard(kind, cases, rubric, ...)` writes a first draft (status: draft) from the
best case's actions and the rubric; `approve_standard(cases_dir, kind)` makes it the standard;
`check_case(case, standard)` says which expected actions a case meets or misses. Only an approved
standard is shown to managers as the standard (a draft is shown marked as one).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from .compare import ACTION_THEMES, cadence, column, durations, themes_of
from kb_app.core.domain import Case, Problem
from kb_app.core.fsutil import create_file, folder_files
from .rubrics import KEY_RE, TeamFileError, load_yaml_lines, read_text, update_team_file

_FENCE_RE = re.compile(r"^---[ \t]*\r?$", re.M)
_DUR_SPEC = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(m|min|h|d)?\s*$", re.I)


def parse_duration(value, where: str, line) -> float | None:
    """'2h' / '30m' / '1.5h' / '1d' / 90 (minutes) -> minutes."""
    if value is None or value == "":
        return None
    m = _DUR_SPEC.match(str(value))
    if not m:
        raise TeamFileError(f"{where}: {value!r} is not a duration (use 30m, 2h, 1d)", line, "bad-duration")
    n = float(m.group(1))
    return n * {"m": 1, "min": 1, "h": 60, "d": 1440, None: 1}[(m.group(2) or "").lower() or None]


def fmt_duration(minutes: float | None) -> str:
    if minutes is None:
        return ""
    if minutes >= 1440 and minutes % 1440 == 0:
        return f"{minutes / 1440:g}d"
    if minutes >= 60 and minutes % 60 == 0 or minutes >= 90:
        return f"{minutes / 60:g}h"
    return f"{minutes:g}m"


@dataclass
class Expected:
    id: str
    action: str
    within: float | None = None      # minutes from the start
    every: float | None = None       # cadence, minutes
    terms: list[str] = field(default_factory=list)
    line: int | None = None
    when: str = ""                   # the situation it is for, as the cases say it ('' = always)


@dataclass
class Standard:
    kind: str
    title: str
    rubric: str = "default"
    based_on: list[str] = field(default_factory=list)
    situations: list[str] = field(default_factory=list)
    expected: list[Expected] = field(default_factory=list)
    body: str = ""
    path: Path | None = None
    status: str = "approved"         # "draft" | "approved" (a file without status was written by people)

    @property
    def approved(self) -> bool:
        return self.status == "approved"


STATUSES = ("draft", "approved")


def standards_dir(cases_dir: Path) -> Path:
    return Path(cases_dir) / "standards"


def standard_path(cases_dir: Path, kind: str) -> Path:
    if not KEY_RE.match(kind or ""):
        raise ValueError(f"bad kind {kind!r}")
    return standards_dir(cases_dir) / f"{kind}.md"


def parse_standard(raw: str, path: Path) -> Standard:
    path = Path(path)
    if not raw.startswith("---"):
        raise TeamFileError("no front matter: a standard starts with a '---' line", 1, "no-front-matter")
    fences = list(_FENCE_RE.finditer(raw))
    if len(fences) < 2 or fences[0].start() != 0:
        raise TeamFileError("the front matter is not closed: add a '---' line after it", 1, "unclosed-front-matter")
    fm_text = raw[fences[0].end():fences[1].start()]
    data, lines = load_yaml_lines(fm_text)
    if not isinstance(data, dict):
        raise TeamFileError("the front matter must be a mapping (kind, title, expected ...)", 2, "not-a-mapping")
    kind = str(data.get("kind") or "").strip()
    if not kind:
        raise TeamFileError("missing kind", lines.of() or 2, "missing-kind")
    if kind != path.stem:
        raise TeamFileError(f"kind {kind!r} must equal the file name {path.stem!r}", lines.of("kind"), "kind-not-file-name")
    exp_raw = data.get("expected") or []
    if not isinstance(exp_raw, list):
        raise TeamFileError("expected must be a list of actions", lines.of("expected"), "bad-expected")
    expected = []
    for i, e in enumerate(exp_raw):
        ln = lines.of("expected", i)
        if not isinstance(e, dict):
            raise TeamFileError(f"expected[{i + 1}] must be a mapping (id, action, within/every)", ln, "bad-expected")
        eid = str(e.get("id") or "").strip()
        if not KEY_RE.match(eid):
            raise TeamFileError(f"expected[{i + 1}]: id {eid!r} must be letters, digits, '-'", lines.of("expected", i, "id"),
                                "bad-expected-id")
        action = str(e.get("action") or "").strip()
        if not action:
            raise TeamFileError(f"expected[{i + 1}]: missing action", ln, "missing-action")
        terms = e.get("terms") or []
        if not isinstance(terms, list) or not all(isinstance(t, str) for t in terms):
            raise TeamFileError(f"expected[{i + 1}].terms must be a list of words", lines.of("expected", i, "terms"),
                                "bad-terms")
        when = e.get("when") or ""
        if not isinstance(when, str):
            raise TeamFileError(f"expected[{i + 1}].when must be a few words", lines.of("expected", i, "when"),
                                "bad-when")
        expected.append(Expected(eid, action,
                                 parse_duration(e.get("within"), f"expected[{i + 1}].within", lines.of("expected", i, "within")),
                                 parse_duration(e.get("every"), f"expected[{i + 1}].every", lines.of("expected", i, "every")),
                                 list(terms), ln, when.strip()))
    def str_list(key):
        v = data.get(key) or []
        if isinstance(v, str):
            v = [v]
        if not isinstance(v, list):
            raise TeamFileError(f"{key} must be a list", lines.of(key), "bad-list")
        return [str(x).strip() for x in v if str(x).strip()]
    status = str(data.get("status") or "approved").strip().lower()
    if status not in STATUSES:
        raise TeamFileError(f"status {status!r} must be draft or approved", lines.of("status"), "bad-status")
    body = raw[fences[1].end():].lstrip("\r\n")
    return Standard(kind, str(data.get("title") or kind), str(data.get("rubric") or "default"), str_list("based_on"),
                    str_list("situations"), expected, body, path, status)


def load_standard(path: Path) -> tuple[Standard | None, list[Problem]]:
    try:
        return parse_standard(read_text(path), path), []
    except TeamFileError as e:
        return None, [Problem(str(path), e.message, e.line, "error", e.code)]


def standard_files(cases_dir: Path) -> list[Path]:
    """The standards inside the cases folder (a file or folder linked out of it is never read)."""
    return folder_files(cases_dir, "standards", (".md",))[0]


def load_standards(cases_dir: Path) -> tuple[dict[str, Standard], list[Problem]]:
    out, problems = {}, [Problem.outside(p) for p in folder_files(cases_dir, "standards", (".md",))[1]]
    for p in standard_files(cases_dir):
        st, probs = load_standard(p)
        problems += probs
        if st is not None:
            out[st.kind] = st
    return out, problems


_ELAPSED_RE = re.compile(r"(?:within|after|in)\s+(?:about\s+)?(\d+(?:\.\d+)?\s*(?:hours?|minutes?|mins?|h))"
                         r"|(\d+(?:\.\d+)?\s*(?:小时|小時|分钟|分鐘|hours?|minutes?))\s*(?:内|內|后|後|later|after)", re.I)


def elapsed(s: str):
    """Durations a step states as time since the start: '2 小时内', '30 小时后', 'within 2 hours', 'after 40 minutes'."""
    out = []
    for m in _ELAPSED_RE.finditer(s or ""):
        out += durations(m.group(1) or m.group(2))
    return out


# -- checking a case ---------------------------------------------------------------------------------------

@dataclass
class Check:
    expected: Expected
    status: str                      # "met" | "late" | "unclear" | "missed"
    evidence: str = ""               # the case's step that shows it
    stated: str = ""                 # the duration / cadence the case states


def _terms(e: Expected) -> list[str]:
    if e.terms:
        return e.terms
    return ACTION_THEMES.get(e.id, {}).get("terms", [])


def check_case(case: Case, standard: Standard) -> list[Check]:
    """For each expected action: met (done, within the threshold where one is set), late (done,
    the case states a time over the threshold), unclear (done, no time stated), or missed."""
    col = column(case)
    steps = [s for s, _ in col.steps] or [case.body]
    out = []
    for e in standard.expected:
        terms = _terms(e)
        theme = {e.id: {"terms": terms, "label": {}}} if terms else {}
        hits = [s for s in steps if theme and themes_of(s, theme)]
        if not hits:
            out.append(Check(e, "missed"))
            continue
        ev = hits[0]
        if e.every is not None:
            cs = [c for c in (cadence(s) for s in hits) if c]
            if not cs:
                out.append(Check(e, "unclear", ev))
            else:
                best = min(cs, key=lambda c: c.minutes)
                out.append(Check(e, "met" if best.minutes <= e.every else "late", ev, best.text))
            continue
        if e.within is not None:
            ds = [d for s in hits for d in elapsed(s)]
            if not ds:
                out.append(Check(e, "unclear", ev))
            else:
                d = min(ds, key=lambda d: d.minutes)
                out.append(Check(e, "met" if d.minutes <= e.within else "late", ev, d.text))
            continue
        out.append(Check(e, "met", ev))
    return out


# -- writing, approving ---------------------------------------------------------------------------------------
# The first draft (new_standard) is made by standard_draft.py.

def write_standard(cases_dir: Path, kind: str, text: str, overwrite: bool = False) -> Path:
    """Write a standard atomically; refuses to replace an existing one unless asked."""
    path = standard_path(cases_dir, kind)
    parse_standard(text, path)  # never write what we could not read back
    if overwrite:
        update_team_file(cases_dir, path, lambda old: text)
    else:
        create_file(cases_dir, path, text)   # refused when there, also when made at this very moment
    return path


_STATUS_LINE = re.compile(r"^status:[^\n]*$", re.M)


def with_status(raw: str, status: str) -> str:
    """The standard's text with `status` set in its front matter (only that line changes, or one
    line is added after `kind:`); the rest stays byte for byte."""
    fences = list(_FENCE_RE.finditer(raw))
    if len(fences) < 2 or fences[0].start() != 0:
        raise TeamFileError("the front matter is not closed: add a '---' line after it", 1, "unclosed-front-matter")
    fm_start, fm_end = fences[0].end(), fences[1].start()
    fm = raw[fm_start:fm_end]
    nl = "\r\n" if "\r\n" in raw[:fm_end] else "\n"
    if _STATUS_LINE.search(fm):
        fm = _STATUS_LINE.sub(f"status: {status}", fm, count=1)
    else:
        m = re.search(r"^kind:[^\n]*\n", fm, re.M)
        at = m.end() if m else len(fm)
        fm = fm[:at] + f"status: {status}" + nl + fm[at:]
    return raw[:fm_start] + fm + raw[fm_end:]


def approve_standard(cases_dir: Path, kind: str) -> Path:
    """Make the standard of `kind` the team's standard: `status: approved`, written through
    fsutil.update_file (under the folder's lock, atomic). Refuses a file it cannot read back."""
    path = standard_path(cases_dir, kind)

    def change(old):
        if old is None:
            raise FileNotFoundError(str(path))
        new = with_status(old, "approved")
        parse_standard(new, path)  # never write what we could not read back
        return new

    update_team_file(cases_dir, path, change)
    return path

