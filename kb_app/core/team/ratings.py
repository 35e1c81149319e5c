"""Team ratings: one file per rater, cases/ratings/<rater>.yaml, so two raters never touch the
same file and git merges their work without a conflict.

```yaml
rater: 老陈                 # the name shown; the file name is its slug
rubric: default             # the rubric the scores refer to
cases:
  securities-storage-30h:
    judgment: {score: 5, comment: 30 小时后果断换人}
    communication: 4        # a bare score is fine
```

A file is rewritten whole and atomically (fsutil.atomic_write), in a stable order (cases by id,
criteria in rubric order), so a rater's diff shows only what they changed. A rating still being
typed is a draft in state.db (StateStore.save_rating_draft) until `save_ratings` writes it here.
"""
from __future__ import annotations

import datetime as _dt
import re
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from kb_app.core.domain import Problem
from kb_app.core.fsutil import OutsideFolder, content_hash, folder_files
from .rubrics import KEY_RE, Rubric, TeamFileError, as_number, load_yaml_lines, read_text, update_team_file

_SLUG_BAD = re.compile(r"[^\w.-]+", re.UNICODE)
MAX_COMMENT = 2000


@dataclass
class Score:
    score: int | None
    comment: str = ""


@dataclass
class RaterFile:
    rater: str
    rubric: str = "default"
    cases: dict[str, dict[str, Score]] = field(default_factory=dict)  # case id -> criterion -> Score
    path: Path | None = None
    updated: str = ""


def rater_slug(name: str) -> str:
    """A file name for a rater: '老陈' -> '老陈', 'Dana Ruiz' -> 'dana-ruiz'; never a path."""
    s = _SLUG_BAD.sub("-", (name or "").strip()).strip("-.").lower()
    s = re.sub(r"-{2,}", "-", s)[:64]
    if not s or s in (".", ".."):
        raise ValueError(f"rater name {name!r} gives no usable file name")
    return s


def ratings_dir(cases_dir: Path) -> Path:
    return Path(cases_dir) / "ratings"


CASE_ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$")


def valid_case_id(cid: str) -> bool:
    """What a ratings file may name: the reader's own rule (parse_rater_file)."""
    return bool(KEY_RE.match(cid) or CASE_ID_RE.match(cid)) and ".." not in cid


def _rater_of(path: Path) -> str | None:
    """The exact `rater:` name a file holds (None when it cannot be read)."""
    try:
        data, _ = load_yaml_lines(read_text(path))
    except TeamFileError:
        return None
    if not isinstance(data, dict):
        return None
    return str(data.get("rater") or path.stem).strip()


def rater_path(cases_dir: Path, rater: str) -> Path:
    """The rater's own file. Identity is the exact name: a file already holding `rater: <name>` is
    theirs; a new rater whose slug is taken by someone else ('DANA-RUIZ' beside 'Dana Ruiz', 'a/b'
    beside 'a:b') gets the slug plus a short hash of the exact name, so no two raters share a file."""
    name = (rater or "").strip()
    slug = rater_slug(name)
    d = ratings_dir(cases_dir)
    mine = d / f"{slug}.yaml"
    for p in rating_files(cases_dir):
        if _rater_of(p) == name:
            return p
    if not mine.exists() or _rater_of(mine) in (None, name):  # free, or theirs (a broken one: fix it first)
        return mine
    return d / f"{slug}-{content_hash(name.encode('utf-8'))[:8]}.yaml"


def default_rater(cases_dir: Path | None) -> str:
    """git's user.name when the folder is inside a git repository, else ''."""
    if cases_dir is None:
        return ""
    try:
        top = subprocess.run(["git", "-C", str(cases_dir), "rev-parse", "--is-inside-work-tree"],
                             capture_output=True, text=True, timeout=5)
        if top.returncode != 0 or top.stdout.strip() != "true":
            return ""
        out = subprocess.run(["git", "-C", str(cases_dir), "config", "user.name"], capture_output=True,
                             text=True, timeout=5)
        return out.stdout.strip() if out.returncode == 0 else ""
    except (OSError, subprocess.SubprocessError):
        return ""


def parse_rater_file(text: str, path: Path, rubric: Rubric | None = None) -> tuple[RaterFile, list[Problem]]:
    """Raises TeamFileError for a file that cannot be used; returns warnings (unknown criterion,
    score off the scale: that one score is dropped, the rest kept)."""
    path = Path(path)
    data, lines = load_yaml_lines(text)
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise TeamFileError("a ratings file must be a mapping (rater, rubric, cases)", 1, "not-a-mapping")
    rater = str(data.get("rater") or path.stem).strip()
    rubric_id = str(data.get("rubric") or "default").strip()
    cases = data.get("cases") or {}
    if not isinstance(cases, dict):
        raise TeamFileError("cases must map a case id to its scores", lines.of("cases"), "bad-cases")
    warnings: list[Problem] = []

    def warn(msg, *p, code=""):
        warnings.append(Problem(str(path), msg, lines.of(*p), "warning", code))

    out: dict[str, dict[str, Score]] = {}
    lo, hi = (rubric.scale_min, rubric.scale_max) if rubric else (0, 10)
    for cid, crits in cases.items():
        cid = str(cid)
        if not valid_case_id(cid):
            raise TeamFileError(f"bad case id {cid!r}", lines.of("cases", cid), "bad-case-id")
        if crits is None:
            continue
        if not isinstance(crits, dict):
            raise TeamFileError(f"{cid}: expected criterion: score lines", lines.of("cases", cid), "bad-scores")
        row: dict[str, Score] = {}
        for key, val in crits.items():
            key = str(key)
            ln = lines.of("cases", cid, key)
            comment = ""
            if isinstance(val, dict):
                comment = str(val.get("comment") or "").strip()[:MAX_COMMENT]
                raw = val.get("score")
            elif isinstance(val, list):
                raise TeamFileError(f"{cid}.{key}: a score or {{score, comment}}, not a list", ln, "bad-score")
            else:
                raw = val
            score = None if raw in (None, "") else as_number(raw, f"{cid}.{key}", ln, "bad-score", True)
            if rubric is not None and rubric.criterion(key) is None:
                warn(f"{cid}: unknown criterion {key!r} (not in rubric {rubric.id}); ignored", "cases", cid, key,
                     code="unknown-criterion")
                continue
            if score is not None and not lo <= score <= hi:
                warn(f"{cid}.{key}: score {score} is outside the scale {lo}..{hi}; ignored", "cases", cid, key,
                     code="score-out-of-scale")
                continue
            if score is None and not comment:
                continue
            row[key] = Score(score, comment)
        if row:
            out[cid] = row
    return RaterFile(rater, rubric_id, out, path, str(data.get("updated") or "")), warnings


def load_rater_file(path: Path, rubric: Rubric | None = None) -> tuple[RaterFile | None, list[Problem]]:
    try:
        return parse_rater_file(read_text(path), path, rubric)
    except TeamFileError as e:
        return None, [Problem(str(path), e.message, e.line, "error", e.code)]


def rating_files(cases_dir: Path) -> list[Path]:
    """The raters' files inside the cases folder (a file or folder linked out of it is never read)."""
    return folder_files(cases_dir, "ratings", (".yaml",))[0]




def load_ratings(cases_dir: Path, rubrics: dict[str, Rubric] | None = None,
                 rubric_id: str | None = None) -> tuple[list[RaterFile], list[Problem]]:
    """Every rater's file (optionally only those for `rubric_id`). A broken one is a Problem; the rest load."""
    rubrics = rubrics or {}
    files, problems = [], [Problem.outside(p) for p in folder_files(cases_dir, "ratings", (".yaml",))[1]]
    for p in rating_files(cases_dir):
        try:
            text = read_text(p)
            head, _ = load_yaml_lines(text)
            rid = str(head.get("rubric") or "default") if isinstance(head, dict) else "default"
            rf, warns = parse_rater_file(text, p, rubrics.get(rid))
        except TeamFileError as e:
            problems.append(Problem(str(p), e.message, e.line, "error", e.code))
            continue
        problems += warns
        if rubrics and rf.rubric not in rubrics:  # its scores count nowhere: say so, not silence
            problems.append(Problem(str(p), f"the rubric {rf.rubric!r} is not in rubrics/; these ratings are not "
                                            "counted", load_yaml_lines(text)[1].of("rubric"), "warning",
                                    "unknown-rubric", (rf.rubric,)))
        if rubric_id is None or rf.rubric == rubric_id:
            files.append(rf)
    return files, problems


def dump_rater_file(rf: RaterFile, rubric: Rubric | None = None) -> str:
    order = {k: i for i, k in enumerate(rubric.keys)} if rubric else {}
    cases = {}
    for cid in sorted(rf.cases):
        row = {}
        for key in sorted(rf.cases[cid], key=lambda k: (order.get(k, 999), k)):
            s = rf.cases[cid][key]
            if s.comment:
                row[key] = {"score": s.score, "comment": s.comment} if s.score is not None else {"comment": s.comment}
            elif s.score is not None:
                row[key] = s.score
        if row:
            cases[cid] = row
    doc = {"rater": rf.rater, "rubric": rf.rubric, "updated": rf.updated, "cases": cases}
    head = "# Ratings by one rater (kb compare). One file per rater: edit your own only.\n"
    return head + yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=100, default_flow_style=False)


def save_ratings(cases_dir: Path, rater: str, rubric: Rubric, changes: dict[str, dict[str, Score]],
                 today: str | None = None) -> Path:
    """Merge `changes` (case -> criterion -> Score; a Score(None, '') clears it) into the rater's
    file, under the ratings folder's lock (fsutil.update_file): two saves at once both land. Only
    this rater's file is touched; never through a link out of the cases folder."""
    for cid in changes:
        if not valid_case_id(str(cid)):
            raise TeamFileError(f"bad case id {cid!r}", None, "bad-case-id")
    path = rater_path(cases_dir, rater)

    def merge(old: str | None) -> str:
        rf = None
        if old is not None:
            try:
                rf, _ = parse_rater_file(old, path, None)
            except TeamFileError as e:
                raise TeamFileError(f"{path.name} cannot be read ({e.message}); fix it before saving", e.line,
                                    "unsaved-broken-file") from None
        if rf is not None and (rf.rater or "").strip() != rater.strip():
            # another rater whose name slugs alike took this file since rater_path looked: never
            # write into their file; look again (their file is now there, so ours gets its own name)
            raise _Taken()
        if rf is None or rf.rubric != rubric.id and not rf.cases:
            rf = RaterFile(rater, rubric.id, {}, path)
        if rf.rubric != rubric.id:
            raise TeamFileError(f"{path.name} holds ratings for rubric {rf.rubric!r}, not {rubric.id!r}", None,
                                "other-rubric")
        rf.rater = rater
        for cid, crits in changes.items():
            row = rf.cases.setdefault(cid, {})
            for key, s in crits.items():
                if s.score is None and not s.comment:
                    row.pop(key, None)
                else:
                    row[key] = Score(s.score, (s.comment or "")[:MAX_COMMENT])
            if not row:
                rf.cases.pop(cid, None)
        rf.updated = today or _dt.date.today().isoformat()
        return dump_rater_file(rf, rubric)

    for _ in range(5):
        try:
            update_team_file(cases_dir, path, merge)
            return path
        except _Taken:
            path = rater_path(cases_dir, rater)
        except OutsideFolder:
            raise TeamFileError(f"{path.parent.name}/ leads outside the cases folder; nothing written", None,
                                "link-outside") from None
    raise TeamFileError(f"{path.name} belongs to another rater; nothing written", None, "rater-file-taken")


class _Taken(Exception):
    """The rater file chosen belongs to someone else by the time it is locked."""
