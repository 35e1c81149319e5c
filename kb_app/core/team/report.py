"""The whole picture of a comparison, for the CLI and the GUI: team files read, cases aligned, ratings
aggregated, checked against the kind's standard.

    team = load_team_files(cases_dir)        # rubrics, every rater's file, standards, their problems
    rep = build_report(cases, team, vocab)   # Report(comparison, rubric, aggregate, standard, checks)

It sits above compare, ratings, rubrics, agreement and standards, so none of them needs another.
"""
from __future__ import annotations

from dataclasses import dataclass

from .agreement import aggregate
from .compare import Comparison, compare_cases
from kb_app.core.domain import Case
from .ratings import load_ratings
from .rubrics import load_rubrics
from .standards import check_case, load_standards


@dataclass
class TeamFiles:
    rubrics: dict
    ratings: list
    standards: dict
    problems: list


def load_team_files(cases_dir, fallback_dir=None) -> TeamFiles:
    """Rubrics, every rater's file and the standards of a folder, with the problems of the bad ones."""
    rubrics, p1 = load_rubrics(cases_dir, fallback_dir)
    ratings, p2 = load_ratings(cases_dir, rubrics)
    standards, p3 = load_standards(cases_dir)
    return TeamFiles(rubrics, ratings, standards, p1 + p2 + p3)


@dataclass
class Report:
    comparison: Comparison
    rubric: object            # Rubric | None
    aggregate: object         # Aggregate | None
    standard: object          # Standard | None
    checks: dict              # case id -> [Check] against the kind's standard
    problems: list


def build_report(cases: list[Case], team: TeamFiles, vocab=None, rubric_id: str = "default",
                 drafts: dict | None = None) -> Report:
    cmp = compare_cases(cases, vocab)
    rubric = team.rubrics.get(rubric_id)
    agg = aggregate(rubric, team.ratings, cmp.ids, drafts) if rubric is not None else None
    std = team.standards.get(cmp.kind)
    checks = {c.id: check_case(c, std) for c in cases} if std is not None else {}
    return Report(cmp, rubric, agg, std, checks, list(team.problems))
