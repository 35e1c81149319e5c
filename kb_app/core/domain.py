"""Plain domain types shared by every layer."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

SOFT_SKILLS = ("responsibility", "judgment", "communication", "composure", "persistence", "learning")
LANGUAGES = ("zh-Hans", "zh-Hant", "en")
SEVERITIES = ("low", "medium", "high", "critical")


@dataclass(frozen=True)
class Problem:
    """Something wrong with a file. `error` problems skip the file; warnings keep it."""

    path: str
    message: str
    line: int | None = None
    level: str = "error"  # "error" | "warning"
    code: str = ""  # what is wrong, whatever the wording: "yaml-too-deep", "yaml-alias", ...
    # the values the message names, in order, so a UI can say the same in its own language
    # (the GUI translates code + args; the core stays Qt-free and its `message` stays English)
    args: tuple = ()

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.level}: {self.message}"

    @classmethod
    def outside(cls, path) -> "Problem":
        """A team file or folder that is a link out of the cases folder: named, never read."""
        name = getattr(path, "name", str(path))
        return cls(str(path), f"{name} leads outside the cases folder; not read", None, "error", "link-outside",
                   (name,))


@dataclass
class Outcome:
    status: str = "unknown"
    summary: str = ""


@dataclass
class Lesson:
    id: str
    title: str
    soft_skills: list[str]
    body: str
    path: Path
    kinds: list[str] = field(default_factory=list)
    language: str = "zh-Hans"
    digest: str = ""


@dataclass
class Case:
    id: str
    title: str
    kind: str
    body: str
    path: Path
    date: str = ""
    industry: str = ""
    severity: str = ""
    soft_skills: list[str] = field(default_factory=list)
    outcome: Outcome = field(default_factory=Outcome)
    lessons: list[str] = field(default_factory=list)
    related: list[str] = field(default_factory=list)
    language: str = ""
    tags: list[str] = field(default_factory=list)
    extra: dict = field(default_factory=dict)
    digest: str = ""  # content hash of the file bytes
    mtime_ns: int = 0
    size: int = 0
