"""The Learn view's data: progress, reading paths and the practice journal in one LearnData.

Built by ``load_learn_data`` on the writer thread (state.db's connection lives there), with no
widgets: counts from kb_app.core.learning.progress / reading_paths / practice, and every title
converted to the reader's script (core/analysis/convert.py) for the UI language of the moment.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ... import i18n


@dataclass
class LearnData:
    progress: object                        # core.progress.Progress
    paths: list                             # [core.reading_paths.ReadingPath]
    path_problems: list
    journal: list                           # [core.practice.Entry]
    read_cases: set[str]
    read_lessons: set[str]
    cases: dict = field(default_factory=dict)    # id -> (title, kind, status, skills), titles in the reader's script
    lessons: dict = field(default_factory=dict)  # id -> title
    lang: str = ""                               # the UI language the titles were converted for

    def case_title(self, case_id: str) -> str:
        """A case's title in the reader's script (its id when the case is not in the library)."""
        return self.cases.get(case_id, (case_id,))[0]


def load_learn_data(kb) -> LearnData:
    from kb_app.core.learning import practice, progress, reading_paths

    prog = progress.for_kb(kb)
    rc, rl = progress.read_sets(kb.state)
    paths, problems = reading_paths.load_paths(kb.cases_dir, kb.corpus)
    # read in your own script: titles in the reader's script (core/convert.py), computed here
    from kb_app.core.analysis.convert import for_reader

    lang = i18n.current_language()
    tx = (lambda t: for_reader(t, lang)) if lang in ("zh-Hans", "zh-Hant") else (lambda t: t)
    for info in prog.lessons.values():
        info.title = tx(info.title)
        info.teaches = tx(info.teaches)
        info.cases = [(cid, tx(t), st, r) for cid, t, st, r in info.cases]
    for sgg in prog.suggestions:
        sgg.title = tx(sgg.title)
    cases = {c.id: (tx(c.title), c.kind, c.outcome.status, list(c.soft_skills)) for c in kb.corpus.cases.values()}
    lessons = {l.id: tx(l.title) for l in kb.corpus.lessons.values()}
    data = LearnData(prog, paths, problems, practice.journal(kb.state), rc, rl, cases, lessons)
    data.lang = lang
    return data
