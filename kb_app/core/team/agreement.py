"""Aggregates over several raters: weighted score per case, mean and spread per criterion, and
inter-rater agreement (Krippendorff's alpha for ordinal data, computed by the maintained
`krippendorff` package -- never by hand here), with a reading in words.

    agg = aggregate(rubric, rater_files, case_ids)
    agg.cases["securities-storage-30h"].weighted        # 4.6 on the rubric's scale
    agg.per_criterion["communication"].alpha, agg.overall.alpha
    agg.best                                            # ids of the best-handled case(s)
    reading(agg, label=lambda key: vocab_label)         # ["raters disagree on 沟通力: discuss it first", ...]

Thresholds (Krippendorff 2004, ch. 11): alpha >= 0.800 reliable; 0.667 <= alpha < 0.800 tentative
conclusions only; below 0.667 the raters disagree.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field

from .ratings import RaterFile
from .rubrics import Rubric

AGREE = 0.800
TENTATIVE = 0.667


@dataclass
class Agreement:
    alpha: float | None          # None: not computable (fewer than two raters on any case, or no variation)
    level: str                   # "agree" | "tentative" | "disagree" | "unknown" | "uniform"
    raters: int = 0
    units: int = 0               # cases (or case x criterion pairs) with at least two ratings


@dataclass
class CellStats:
    mean: float | None = None
    sd: float | None = None      # population standard deviation across raters
    low: int | None = None
    high: int | None = None
    n: int = 0
    scores: dict = field(default_factory=dict)     # rater -> score
    comments: dict = field(default_factory=dict)   # rater -> comment


@dataclass
class CaseScore:
    case_id: str
    weighted: float | None = None   # on the rubric's scale
    percent: float | None = None    # 0..100 of the scale
    cells: dict = field(default_factory=dict)   # criterion -> CellStats
    raters: int = 0


@dataclass
class CriterionStats:
    key: str
    mean: float | None = None
    spread: float | None = None      # mean over cases of the SD across raters
    alpha: float | None = None
    level: str = "unknown"
    units: int = 0


@dataclass
class Aggregate:
    rubric: Rubric
    raters: list[str]
    cases: dict[str, CaseScore]
    per_criterion: dict[str, CriterionStats]
    overall: Agreement
    best: list[str]

    @property
    def has_ratings(self) -> bool:
        return any(c.weighted is not None for c in self.cases.values())


def level_of(alpha: float | None) -> str:
    if alpha is None:
        return "unknown"
    if alpha >= AGREE:
        return "agree"
    if alpha >= TENTATIVE:
        return "tentative"
    return "disagree"


def ordinal_alpha(matrix: list[list[float | None]], value_domain: list[int]) -> Agreement:
    """Krippendorff's alpha (ordinal) of a raters x units matrix; None marks a missing rating."""
    raters = len(matrix)
    units = sum(1 for j in range(len(matrix[0]) if matrix else 0)
                if sum(1 for row in matrix if row[j] is not None) >= 2)
    if raters < 2 or units == 0:
        return Agreement(None, "unknown", raters, units)
    pairable = [j for j in range(len(matrix[0])) if sum(1 for row in matrix if row[j] is not None) >= 2]
    values = {row[j] for row in matrix for j in pairable if row[j] is not None}
    if len(values) < 2:
        # everyone gave the same score everywhere: no disagreement, but alpha is 0/0
        return Agreement(None, "uniform", raters, units)
    import numpy as np
    import krippendorff

    data = np.array([[np.nan if v is None else float(v) for v in row] for row in matrix], dtype=float)
    domain = sorted(set(value_domain) | values)
    try:
        with np.errstate(invalid="ignore", divide="ignore"):
            a = float(krippendorff.alpha(reliability_data=data, level_of_measurement="ordinal",
                                         value_domain=domain))
    except ValueError:
        return Agreement(None, "unknown", raters, units)
    if math.isnan(a):
        return Agreement(None, "uniform", raters, units)
    return Agreement(a, level_of(a), raters, units)


def _stats(values: list[int]) -> tuple[float, float]:
    m = sum(values) / len(values)
    return m, math.sqrt(sum((v - m) ** 2 for v in values) / len(values))


def aggregate(rubric: Rubric, files: list[RaterFile], case_ids: list[str],
              drafts: dict[str, dict[str, dict[str, object]]] | None = None) -> Aggregate:
    """Scores of `case_ids` by every rater in `files` for `rubric`'s criteria.
    `drafts` ({rater: {case: {criterion: Score}}}) override the files, so a rater sees their
    unsaved work counted."""
    by_rater: dict[str, dict[str, dict]] = {}
    for rf in files:
        if rf.rubric != rubric.id:
            continue
        by_rater.setdefault(rf.rater, {})
        for cid, row in rf.cases.items():
            by_rater[rf.rater].setdefault(cid, {}).update(row)
    for rater, cases in (drafts or {}).items():
        for cid, row in cases.items():
            tgt = by_rater.setdefault(rater, {}).setdefault(cid, {})
            for key, s in row.items():
                if s.score is None and not s.comment:
                    tgt.pop(key, None)
                else:
                    tgt[key] = s
    raters = sorted(r for r, cases in by_rater.items() if any(cases.get(c) for c in case_ids))
    cases: dict[str, CaseScore] = {}
    span = rubric.scale_max - rubric.scale_min
    for cid in case_ids:
        cs = CaseScore(cid)
        total_w = total = 0.0
        who = set()
        for crit in rubric.criteria:
            cell = CellStats()
            vals = []
            for r in raters:
                s = by_rater[r].get(cid, {}).get(crit.key)
                if s is None:
                    continue
                if s.comment:
                    cell.comments[r] = s.comment
                if s.score is not None:
                    cell.scores[r] = s.score
                    vals.append(s.score)
                    who.add(r)
            if vals:
                cell.mean, cell.sd = _stats(vals)
                cell.low, cell.high, cell.n = min(vals), max(vals), len(vals)
                total += crit.weight * cell.mean
                total_w += crit.weight
            cs.cells[crit.key] = cell
        if total_w:
            cs.weighted = total / total_w
            cs.percent = 100.0 * (cs.weighted - rubric.scale_min) / span
        cs.raters = len(who)
        cases[cid] = cs
    per: dict[str, CriterionStats] = {}
    pooled: list[list] = [[] for _ in raters]
    for crit in rubric.criteria:
        matrix = [[by_rater[r].get(cid, {}).get(crit.key) for cid in case_ids] for r in raters]
        matrix = [[s.score if s is not None else None for s in row] for row in matrix]
        for i, row in enumerate(matrix):
            pooled[i].extend(row)
        ag = ordinal_alpha(matrix, rubric.scale)
        cells = [cases[c].cells[crit.key] for c in case_ids if cases[c].cells[crit.key].n]
        st = CriterionStats(crit.key, alpha=ag.alpha, level=ag.level, units=ag.units)
        if cells:
            st.mean = sum(c.mean for c in cells) / len(cells)
            multi = [c.sd for c in cells if c.n >= 2]
            st.spread = sum(multi) / len(multi) if multi else None
        per[crit.key] = st
    overall = ordinal_alpha(pooled, rubric.scale) if raters else Agreement(None, "unknown")
    scored = [c for c in cases.values() if c.weighted is not None]
    best: list[str] = []
    if scored:
        top = max(c.weighted for c in scored)
        best = [c.case_id for c in scored if abs(c.weighted - top) < 1e-9]
    return Aggregate(rubric, raters, cases, per, overall, best)


def reading(agg: Aggregate, label=None) -> list[tuple[str, str, str]]:
    """What the numbers say, in words: [(code, criterion key or '', English sentence)].

    Codes (the GUI translates from them): 'no-ratings', 'one-rater', 'overall-agree',
    'overall-tentative', 'overall-disagree', 'criterion-disagree', 'criterion-tentative', 'uniform'."""
    label = label or (lambda k: k)
    out: list[tuple[str, str, str]] = []
    if not agg.has_ratings:
        return [("no-ratings", "", "no ratings yet: rate the cases to see scores and agreement")]
    if len(agg.raters) < 2:
        return [("one-rater", "", "one rater so far: agreement needs at least two")]
    o = agg.overall
    if o.level == "agree":
        out.append(("overall-agree", "", f"raters agree overall (alpha {o.alpha:.2f})"))
    elif o.level == "tentative":
        out.append(("overall-tentative", "", f"raters partly agree overall (alpha {o.alpha:.2f}): conclusions are tentative"))
    elif o.level == "disagree":
        out.append(("overall-disagree", "", f"raters disagree overall (alpha {o.alpha:.2f}): compare notes before deciding"))
    elif o.level == "uniform":
        out.append(("uniform", "", "every rating is the same score: no disagreement to measure"))
    worst = sorted((s for s in agg.per_criterion.values() if s.level in ("disagree", "tentative")),
                   key=lambda s: s.alpha if s.alpha is not None else 1)
    for s in worst:
        if s.level == "disagree":
            out.append(("criterion-disagree", s.key, f"raters disagree on {label(s.key)}: discuss it first"))
        else:
            out.append(("criterion-tentative", s.key, f"raters partly agree on {label(s.key)}"))
    return out
