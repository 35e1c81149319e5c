"""Reading paths: ordered lists of cases and lessons with a short introduction, one file each in
cases/paths/ (``*.yaml`` or ``*.md`` with the same fields as front matter and the introduction as
the body), so a mentor writes an onboarding path in any editor. Format: docs/case-format.md.

Every fault is a Problem naming the file and the line, with a stable ``code``; a bad step is
dropped and the rest of the path kept; a file that cannot be read at all is skipped. Qt-free.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from kb_app.core import safeyaml
from kb_app.core.fsutil import folder_files
from kb_app.core.domain import LANGUAGES, Problem
from kb_app.core.cases.parsing import ID_RE, ParseError, _decode, _read_bounded, split_front_matter

PATHS_DIR = "paths"


@dataclass
class Step:
    type: str          # "case" | "lesson"
    id: str
    note: dict = field(default_factory=dict)   # lang -> text (why this step)
    line: int | None = None


@dataclass
class ReadingPath:
    id: str
    title: dict        # lang -> text ("" key: the one text given)
    intro: dict
    steps: list[Step]
    path: Path

    def text(self, field_: str, lang: str) -> str:
        return pick(getattr(self, field_), lang)


@dataclass
class PathState:
    """Where a reader is on a path."""

    path: ReadingPath
    done: list[bool]

    @property
    def read(self) -> int:
        return sum(self.done)

    @property
    def total(self) -> int:
        return len(self.done)

    @property
    def next_index(self) -> int | None:
        """The first step not yet read (the reader may read ahead; the earliest gap comes next)."""
        return next((i for i, d in enumerate(self.done) if not d), None)

    @property
    def next_step(self) -> Step | None:
        i = self.next_index
        return None if i is None else self.path.steps[i]

    @property
    def finished(self) -> bool:
        return self.total > 0 and all(self.done)


def pick(texts: dict, lang: str) -> str:
    """The text in `lang`, else the other Chinese script's, else English, else any."""
    if not texts:
        return ""
    order = [lang, "", "zh-Hans" if lang == "zh-Hant" else "zh-Hant", "en", "zh-Hans"]
    for k in order:
        if texts.get(k):
            return texts[k]
    return next(iter(texts.values()))


PATH_SUFFIXES = (".yaml", ".yml", ".md")
MAX_STEPS = 500      # more is not a path a person reads
MAX_PROBLEMS = 20    # per file; the rest are counted in one line


def path_files(cases_dir: Path) -> list[Path]:
    """The reading paths inside the cases folder (a file or folder linked out of it is never read)."""
    return folder_files(cases_dir, PATHS_DIR, PATH_SUFFIXES)[0]


def _texts(value, where: str, line, problems: list[Problem], path: Path) -> dict:
    """A plain string, or a mapping of language -> string."""
    if value is None or value == "":
        return {}
    if isinstance(value, str):
        return {"": value.strip()}
    if isinstance(value, dict):
        out = {}
        for k, v in value.items():
            if k not in LANGUAGES:
                problems.append(Problem(str(path), f"{where}: unknown language {k!r} (use zh-Hans, zh-Hant or en)",
                                        line, "warning", "path-unknown-language"))
                continue
            if isinstance(v, str) and v.strip():
                out[k] = v.strip()
        return out
    problems.append(Problem(str(path), f"{where} must be text or a mapping of language: text", line, "error",
                            "path-bad-text"))
    return {}


def _node_lines(text: str, offset: int) -> tuple[dict, list]:
    """Line numbers of the top-level keys and of each item under `steps`."""
    keys: dict[str, int] = {}
    items: list[int] = []
    try:
        root = yaml.compose(text, Loader=safeyaml.LiteralLoader)
    except yaml.YAMLError:
        return keys, items
    if isinstance(root, yaml.MappingNode):
        for k, v in root.value:
            if isinstance(k, yaml.ScalarNode):
                keys[k.value] = k.start_mark.line + 1 + offset
                if k.value == "steps" and isinstance(v, yaml.SequenceNode):
                    items = [n.start_mark.line + 1 + offset for n in v.value]
    return keys, items


def parse_path(path: Path, cases: dict | None = None, lessons: dict | None = None) -> tuple[ReadingPath | None, list[Problem]]:
    """Parse one path file. Returns (None, problems) when it cannot be used at all.

    With `cases`/`lessons` (ids known in the folder), steps naming an unknown id are reported and dropped."""
    path = Path(path)
    problems: list[Problem] = []
    hidden = [0]

    def err(msg, line=None, code="", level="error"):
        if len(problems) >= MAX_PROBLEMS:  # a broken 100,000-step file names its first faults, not all
            hidden[0] += 1
            return
        problems.append(Problem(str(path), msg, line, level, code))

    rp = _parse_path(path, cases, lessons, problems, err)
    if hidden[0]:
        problems.append(Problem(str(path), f"... and {hidden[0]} more problem(s) in this file", None, "warning",
                                "more-problems", (hidden[0],)))
    return rp, problems


def _parse_path(path, cases, lessons, problems, err):

    try:
        raw = _decode(_read_bounded(path))
        if path.suffix.lower() == ".md":
            fm, body, _ = split_front_matter(raw)
            fences = list(re.finditer(r"^---[ \t]*\r?$", raw, re.M))
            yaml_text, offset = raw[fences[0].end():fences[1].start()], 0  # starts on the fence line
        else:
            body = ""
            yaml_text, offset = raw, 0
            fm = safeyaml.load(raw)
            if fm is None:
                raise ParseError("the file is empty", 1, "path-empty")
            if not isinstance(fm, dict):
                raise ParseError("a reading path must be a mapping of fields (id, title, intro, steps)", 1,
                                 "path-not-mapping")
    except ParseError as e:
        err(e.message, e.line, e.code or "path-unreadable")
        return None
    except yaml.YAMLError as e:
        mark = getattr(e, "context_mark", None) or getattr(e, "problem_mark", None)
        what = getattr(e, "problem", None) or str(e).splitlines()[0]
        err(f"broken YAML: {what}", mark.line + 1 if mark else None, getattr(e, "code", "") or "path-yaml")
        return None
    except OSError as e:
        err(f"cannot read the file: {e.strerror or e}", None, "path-unreadable")
        return None
    keys, item_lines = _node_lines(yaml_text, offset)

    ident = str(fm.get("id") or path.stem).strip()
    if not ID_RE.match(ident) or ".." in ident:
        err(f"bad id {ident!r}: use letters, digits, '-', '_' and '.'", keys.get("id"), "path-bad-id")
        return None
    if ident != path.stem:
        err(f"id {ident!r} does not match the file name {path.name!r}", keys.get("id"), "path-id-mismatch")
        return None
    title = _texts(fm.get("title"), "title", keys.get("title"), problems, path)
    if not title:
        err("missing title", keys.get("title") or 1, "path-no-title")
        return None
    intro = _texts(fm.get("intro"), "intro", keys.get("intro"), problems, path)
    if body.strip() and "" not in intro:
        intro.setdefault("zh-Hans" if re.search(r"[\u4e00-\u9fff]", body) else "en", body.strip())
    raw_steps = fm.get("steps")
    if isinstance(raw_steps, list) and len(raw_steps) > MAX_STEPS:
        err(f"{len(raw_steps)} steps: a reading path may have at most {MAX_STEPS}", keys.get("steps") or 1,
            "path-too-long")
        return None
    if not isinstance(raw_steps, list) or not raw_steps:
        err("no steps: list the cases and lessons under 'steps:' (- case: ID / - lesson: ID)",
            keys.get("steps") or 1, "path-no-steps")
        return None
    steps: list[Step] = []
    seen: set[tuple[str, str]] = set()
    for i, item in enumerate(raw_steps):
        line = item_lines[i] if i < len(item_lines) else keys.get("steps")
        if isinstance(item, str):
            item = {"case": item}
        if not isinstance(item, dict):
            err(f"step {i + 1} must be '- case: ID' or '- lesson: ID'", line, "path-bad-step")
            continue
        kinds = [k for k in ("case", "lesson") if item.get(k)]
        if len(kinds) != 1:
            err(f"step {i + 1} must name exactly one case or one lesson", line, "path-bad-step")
            continue
        typ = kinds[0]
        sid = str(item[typ]).strip()
        known = cases if typ == "case" else lessons
        if known is not None and sid not in known:
            err(f"step {i + 1}: no {typ} with id {sid!r} in the case folder; the step is skipped", line,
                "path-unknown-case" if typ == "case" else "path-unknown-lesson")
            continue
        if (typ, sid) in seen:
            err(f"step {i + 1}: {typ} {sid!r} is already on this path", line, "path-duplicate-step", "warning")
            continue
        seen.add((typ, sid))
        steps.append(Step(typ, sid, _texts(item.get("note"), f"step {i + 1} note", line, problems, path), line))
    if not steps:
        err("no usable steps", keys.get("steps"), "path-no-steps")
        return None
    return ReadingPath(ident, title, intro, steps, path)


def load_paths(cases_dir: Path, corpus=None) -> tuple[list[ReadingPath], list[Problem]]:
    out: list[ReadingPath] = []
    problems: list[Problem] = [Problem.outside(p) for p in folder_files(cases_dir, PATHS_DIR, PATH_SUFFIXES)[1]]
    ids: set[str] = set()
    cases = corpus.cases if corpus is not None else None
    lessons = corpus.lessons if corpus is not None else None
    for p in path_files(cases_dir):
        rp, probs = parse_path(p, cases, lessons)
        problems.extend(probs)
        if rp is None:
            continue
        if rp.id in ids:
            problems.append(Problem(str(p), f"duplicate path id {rp.id!r}; this file is skipped", None, "error",
                                    "path-duplicate"))
            continue
        ids.add(rp.id)
        out.append(rp)
    return out, problems


def where(path: ReadingPath, read_cases: set[str], read_lessons: set[str]) -> PathState:
    return PathState(path, [(s.id in read_cases) if s.type == "case" else (s.id in read_lessons)
                            for s in path.steps])
