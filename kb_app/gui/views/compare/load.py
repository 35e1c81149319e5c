"""One load of the comparison: the cases, the team's files, this rater's own scores and drafts.

load() runs as a job on the serial writer (the drafts live in state.db, whose connection stays on
that thread) and returns a Bundle; the window only shows it. No Qt here.
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Bundle:
    """What one load of the comparison brings back from the writer thread."""
    report: object = None
    team: object = None
    kinds: list = field(default_factory=list)        # [(kind, count)] kinds with two cases or more
    rater: str = ""
    rater_key: str = ""                              # the rater's name as in their file (aggregates key)
    rater_file: str = ""                             # their file's name in ratings/ (by exact name)
    own: dict = field(default_factory=dict)          # case -> criterion -> Score from the rater's file
    drafts: dict = field(default_factory=dict)       # case -> criterion -> Score not saved yet
    lesson_titles: dict = field(default_factory=dict)
    error: str = ""


def load(kb, kind: str, ids: list[str] | None, rubric_id: str, rater: str) -> Bundle:
    """The cases `ids`, else those of `kind` (else of the largest kind), with the report over them
    and `rater`'s scores (their file's and their drafts). On the writer thread."""
    from kb_app.core.team.compare import MAX_CASES, cases_of_kind
    from kb_app.core.team.report import build_report
    from kb_app.core.team.ratings import Score, default_rater, rater_path

    b = Bundle()
    cases_all = list(kb.corpus.cases.values()) if kb.corpus else []
    counts: dict[str, int] = {}
    for c in cases_all:
        counts[c.kind] = counts.get(c.kind, 0) + 1
    b.kinds = sorted(((k, n) for k, n in counts.items() if n >= 2), key=lambda kv: (-kv[1], kv[0]))
    b.team = team = kb.team_files()
    b.rater = rater or default_rater(kb.cases_dir)
    k = kind
    if ids:
        cases = [kb.corpus.cases[i] for i in ids if i in kb.corpus.cases]
    else:
        if not k and b.kinds:
            k = b.kinds[0][0]
        cases = cases_of_kind(cases_all, k, MAX_CASES)
    if len(cases) < 2:
        b.error = "few"
        return b
    b.rater_key = b.rater
    if b.rater:
        try:  # identity is the exact name: 'DANA-RUIZ' never takes Dana Ruiz's file
            mine = rater_path(kb.cases_dir, b.rater)
            b.rater_file = mine.name
        except ValueError:
            mine = None
        for rf in team.ratings:
            if mine is not None and rf.path == mine and rf.rubric == rubric_id:
                b.rater_key = rf.rater
                b.own = {cid: dict(row) for cid, row in rf.cases.items()}
        for row in kb.state.rating_drafts(b.rater, rubric_id):
            b.drafts.setdefault(row["case_id"], {})[row["criterion"]] = Score(row["score"], row["comment"] or "")
    drafts = {b.rater_key: b.drafts} if b.drafts else None
    b.report = build_report(cases, team, kb.vocab, rubric_id, drafts)
    for c in cases:
        for lid in c.lessons:
            b.lesson_titles[lid] = kb.lesson_title(lid)
    return b
