"""Rubrics as files: cases/rubrics/<id>.yaml -- criteria, level descriptions, weights, scale.

    rubric, problems = load_rubric(path)
    rubrics, problems = load_rubrics(cases_dir)   # every rubric of a folder (bundled default as fallback)

A broken file yields Problems that name the file, the line and a stable `code`; the other
rubrics keep working. Also home of the line-aware YAML reader the other team files use
(ratings, standards): YAML is read with core.safeyaml (literal, bounded), then composed once
more to learn the line of every key, so a message can point at `criteria[2].weight`'s line.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from kb_app.core import safeyaml
from kb_app.core.fsutil import NotRegularFile, folder_files, read_regular, update_file
from kb_app.core.domain import LANGUAGES, Problem

MAX_TEAM_FILE = 1024 * 1024
KEY_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")


class TeamFileError(Exception):
    """A team file (rubric, rating, standard) that cannot be used. `code` is stable."""

    def __init__(self, message: str, line: int | None = None, code: str = ""):
        super().__init__(message)
        self.message, self.line, self.code = message, line, code


# -- line-aware YAML -------------------------------------------------------------------------------

def _node_lines(node, prefix=(), out=None) -> dict:
    """{path tuple: 1-based line} for every node of a composed YAML document."""
    out = {} if out is None else out
    if node is None:
        return out
    out.setdefault(prefix, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        for k, v in node.value:
            key = k.value if isinstance(k, yaml.ScalarNode) else str(k.start_mark.line)
            out[prefix + (key,)] = k.start_mark.line + 1
            _node_lines(v, prefix + (key,), out)
            out[prefix + (key,)] = k.start_mark.line + 1
    elif isinstance(node, yaml.SequenceNode):
        for i, v in enumerate(node.value):
            _node_lines(v, prefix + (i,), out)
    return out


def _unclosed_line(text: str) -> int | None:
    """The line of the first '[' / '{' / quote that is never closed (outside comments)."""
    stack: list[tuple[str, int]] = []
    quote = None
    for n, line in enumerate(text.splitlines(), 1):
        for i, ch in enumerate(line):
            if quote:
                if ch == quote:
                    quote = None
                    stack.pop()
                continue
            if ch == "#" and (i == 0 or line[i - 1] in " \t"):
                break
            if ch in "\"'" and (i == 0 or line[i - 1] in " \t[{,:"):
                quote = ch
                stack.append((ch, n))
            elif ch in "[{":
                stack.append((ch, n))
            elif ch in "]}" and stack:
                stack.pop()
    if quote:
        return stack[-1][1] if stack else None
    return stack[0][1] if stack else None


class Lines:
    """Where each key of a YAML text is: lines.of('criteria', 2, 'weight') -> line, or the nearest parent's."""

    def __init__(self, table: dict, offset: int = 0):
        self.table, self.offset = table, offset

    def of(self, *path) -> int | None:
        path = tuple(path)
        while path:
            if path in self.table:
                return self.table[path] + self.offset
            path = path[:-1]
        return (self.table.get((), 0) + self.offset) or None


def read_text(path: Path) -> str:
    path = Path(path)
    try:
        data = read_regular(path, MAX_TEAM_FILE)  # a pipe is refused, never waited on
    except NotRegularFile:
        raise TeamFileError("not a regular file", None, "not-a-file") from None
    except OSError as e:
        raise TeamFileError(f"cannot read the file: {e.strerror or e}", None, "unreadable") from None
    if data is None:
        raise TeamFileError("not a regular file", None, "not-a-file")
    if len(data) > MAX_TEAM_FILE:
        raise TeamFileError(f"the file is over {MAX_TEAM_FILE // 1024} KB", None, "too-large")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise TeamFileError("not UTF-8: re-save the file as UTF-8", data[: e.start].count(b"\n") + 1,
                            "not-utf8") from None


def update_team_file(cases_dir: Path, path: Path, change) -> None:
    """fsutil.update_file for a team file; a pipe, device or folder under its name is a clear
    TeamFileError naming it (never read: a pipe would block for ever)."""
    try:
        update_file(cases_dir, path, change)
    except NotRegularFile:
        raise TeamFileError(f"{Path(path).name} is not a regular file (a pipe, device or folder); nothing written",
                            None, "not-a-file") from None


def load_yaml_lines(text: str, line_offset: int = 0):
    """(data, Lines) from YAML text; TeamFileError(code='yaml-broken' | 'yaml-alias' ...) on bad YAML."""
    try:
        data = safeyaml.load(text)
        node = yaml.compose(text, Loader=safeyaml.LiteralLoader)
    except yaml.YAMLError as e:
        mark = getattr(e, "context_mark", None) or getattr(e, "problem_mark", None)
        what = getattr(e, "problem", None) or str(e).splitlines()[0]
        line = mark.line + 1 if mark else None
        if line is not None and line >= text.count("\n"):  # found at the end: point at what was left open
            line = _unclosed_line(text) or line
            what = f"a bracket or quote opened here is not closed ({what})" if _unclosed_line(text) else what
        raise TeamFileError(f"broken YAML: {what}", (line + line_offset) if line else None,
                            getattr(e, "code", "") or "yaml-broken") from None
    return data, Lines(_node_lines(node), line_offset)


def text_map(value, where: str, lines: Lines, path: tuple, required: bool = True) -> dict:
    """{lang: text} from a mapping of languages or a plain string (taken for every language)."""
    if value is None or value == "":
        if required:
            raise TeamFileError(f"{where}: missing text", lines.of(*path), "missing-text")
        return {}
    if isinstance(value, str):
        return {lang: value for lang in LANGUAGES}
    if isinstance(value, dict) and all(isinstance(v, str) for v in value.values()):
        bad = [k for k in value if k not in LANGUAGES]
        if bad:
            raise TeamFileError(f"{where}: unknown language {bad[0]!r} (use zh-Hans, zh-Hant, en)",
                                lines.of(*path, bad[0]), "bad-language")
        return {str(k): v.strip() for k, v in value.items()}
    raise TeamFileError(f"{where}: expected text, or zh-Hans/zh-Hant/en: text", lines.of(*path), "bad-text")


def pick(texts: dict, lang: str) -> str:
    """The text in `lang`, else English, else any."""
    if not texts:
        return ""
    return texts.get(lang) or texts.get("en") or next(iter(texts.values()))


def as_number(value, where: str, line, code: str, integer: bool = False):
    try:
        f = float(str(value).strip())
    except (TypeError, ValueError):
        raise TeamFileError(f"{where}: {value!r} is not a number", line, code) from None
    if f != f or f in (float("inf"), float("-inf")):
        raise TeamFileError(f"{where}: {value!r} is not a number", line, code)
    if integer:
        if f != int(f):
            raise TeamFileError(f"{where}: {value!r} must be a whole number", line, code)
        return int(f)
    return f


# -- rubrics ---------------------------------------------------------------------------------------------

MAX_WEIGHT = 1000.0

@dataclass
class Criterion:
    key: str
    label: dict                      # {lang: text}
    weight: float = 1.0
    levels: dict = field(default_factory=dict)   # {score: {lang: text}}
    skill: str = ""                  # a key of vocab/skills.yaml, when the criterion is a soft skill
    description: dict = field(default_factory=dict)

    def name(self, lang: str) -> str:
        return pick(self.label, lang) or self.key

    def level_text(self, score: int, lang: str) -> str:
        """The description of `score`, or of the nearest described level below it."""
        for s in sorted(self.levels, reverse=True):
            if s <= score:
                return pick(self.levels[s], lang)
        return ""


@dataclass
class Rubric:
    id: str
    title: dict
    scale_min: int
    scale_max: int
    criteria: list[Criterion]
    path: Path | None = None

    def name(self, lang: str) -> str:
        return pick(self.title, lang) or self.id

    def criterion(self, key: str) -> Criterion | None:
        return next((c for c in self.criteria if c.key == key), None)

    @property
    def keys(self) -> list[str]:
        return [c.key for c in self.criteria]

    @property
    def scale(self) -> list[int]:
        return list(range(self.scale_min, self.scale_max + 1))


def parse_rubric(text: str, path: Path) -> Rubric:
    path = Path(path)
    data, lines = load_yaml_lines(text)
    if not isinstance(data, dict):
        raise TeamFileError("a rubric must be a mapping (id, title, scale, criteria)", 1, "not-a-mapping")
    rid = str(data.get("id") or path.stem).strip()
    if not KEY_RE.match(rid) or rid != path.stem:
        raise TeamFileError(f"id {rid!r} must equal the file name {path.stem!r}", lines.of("id"), "bad-id")
    title = text_map(data.get("title") or rid, "title", lines, ("title",))
    scale = data.get("scale") or {}
    if not isinstance(scale, dict):
        raise TeamFileError("scale must be a mapping: {min: 1, max: 5}", lines.of("scale"), "bad-scale")
    lo = as_number(scale.get("min", 1), "scale.min", lines.of("scale", "min"), "bad-scale", True)
    hi = as_number(scale.get("max", 5), "scale.max", lines.of("scale", "max"), "bad-scale", True)
    if not (0 <= lo < hi <= 10):
        raise TeamFileError(f"scale {lo}..{hi}: need 0 <= min < max <= 10", lines.of("scale"), "bad-scale")
    crit = data.get("criteria")
    if not isinstance(crit, list) or not crit:
        raise TeamFileError("criteria must be a non-empty list", lines.of("criteria"), "no-criteria")
    criteria: list[Criterion] = []
    for i, c in enumerate(crit):
        where = f"criteria[{i + 1}]"
        if not isinstance(c, dict):
            raise TeamFileError(f"{where} must be a mapping (key, label, weight, levels)", lines.of("criteria", i),
                                "bad-criterion")
        key = str(c.get("key") or "").strip()
        if not KEY_RE.match(key):
            raise TeamFileError(f"{where}: key {key!r} must be letters, digits, '-', '_'",
                                lines.of("criteria", i, "key"), "bad-key")
        if any(x.key == key for x in criteria):
            raise TeamFileError(f"{where}: duplicate key {key!r}", lines.of("criteria", i, "key"), "duplicate-key")
        weight = as_number(c.get("weight", 1), f"{where}.weight", lines.of("criteria", i, "weight"), "bad-weight")
        if not 0 < weight <= MAX_WEIGHT:  # 1e308 would make every weighted score infinite
            raise TeamFileError(f"{where}.weight must be above 0 and at most {MAX_WEIGHT:g}",
                                lines.of("criteria", i, "weight"), "bad-weight")
        levels_raw = c.get("levels") or {}
        if not isinstance(levels_raw, dict):
            raise TeamFileError(f"{where}.levels must map a score to its description",
                                lines.of("criteria", i, "levels"), "bad-levels")
        levels = {}
        for s, desc in levels_raw.items():
            ln = lines.of("criteria", i, "levels", s)
            score = as_number(s, f"{where}.levels", ln, "bad-level", True)
            if not lo <= score <= hi:
                raise TeamFileError(f"{where}.levels: {score} is outside the scale {lo}..{hi}", ln, "level-out-of-scale")
            levels[score] = text_map(desc, f"{where}.levels.{score}", lines, ("criteria", i, "levels", s))
        criteria.append(Criterion(key=key, label=text_map(c.get("label") or key, f"{where}.label", lines,
                                                          ("criteria", i, "label")),
                                  weight=weight, levels=dict(sorted(levels.items())),
                                  skill=str(c.get("skill") or "").strip(),
                                  description=text_map(c.get("description"), f"{where}.description", lines,
                                                       ("criteria", i, "description"), required=False)))
    return Rubric(rid, title, lo, hi, criteria, path)


def _problem(path: Path, e: TeamFileError, level: str = "error") -> Problem:
    return Problem(str(path), e.message, e.line, level, e.code)


def load_rubric(path: Path) -> tuple[Rubric | None, list[Problem]]:
    try:
        return parse_rubric(read_text(path), path), []
    except TeamFileError as e:
        return None, [_problem(path, e)]


def rubric_files(cases_dir: Path) -> list[Path]:
    """The rubrics inside the cases folder (a file or folder linked out of it is never read)."""
    return folder_files(cases_dir, "rubrics", (".yaml",))[0]


def load_rubrics(cases_dir: Path, fallback_dir: Path | None = None) -> tuple[dict[str, Rubric], list[Problem]]:
    """Every rubric of the folder; when it has none that loads, the bundled ones (fallback_dir)."""
    rubrics: dict[str, Rubric] = {}
    problems: list[Problem] = [Problem.outside(p) for p in folder_files(cases_dir, "rubrics", (".yaml",))[1]]
    for p in rubric_files(cases_dir):
        r, probs = load_rubric(p)
        problems += probs
        if r is not None:
            rubrics[r.id] = r
    if not rubrics and fallback_dir is not None and Path(fallback_dir) != Path(cases_dir):
        for p in rubric_files(fallback_dir):
            r, _ = load_rubric(p)
            if r is not None:
                rubrics[r.id] = r
    return rubrics, problems
