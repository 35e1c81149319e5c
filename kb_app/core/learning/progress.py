"""Reading progress of a new hire: what counts as read, coverage per soft skill and per kind,
what to read next (with the reason in words), and exports for a mentor. Qt-free.

What counts as read (the rule the window applies, ``counts_as_read``): a case or lesson stayed
open at least ``MIN_SECONDS`` AND was scrolled to its end (a page that fits on the screen counts
as scrolled: its end is visible, ``end_visible``), or the reader marked it by hand. Passing over
a result never counts, and neither does leaving a page: only the page on screen, while it is on
screen, can earn it (the window stops its clock before it shows anything else).

Progress lives in state.db (table ``progress``: item_type 'case' | 'lesson', item_id, read_at,
source 'dwell' | 'manual' | 'opened' (rows from before the honest rule), seconds). It is keyed by
id, so it survives a reindex, a rebuild and a case file moved to another folder.
"""
from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from types import SimpleNamespace

from kb_app.core import clock
from kb_app.core.domain import SOFT_SKILLS
from kb_app.core.fsutil import csv_text

MIN_SECONDS = 4.0      # how long a page must stay open to count (with its end reached)
END_SLACK = 0.98       # "scrolled to its end": at least this fraction of the scroll range

SOURCES = ("dwell", "manual", "opened")


def counts_as_read(seconds_open: float, reached_end: bool, min_seconds: float = MIN_SECONDS) -> bool:
    """The honest rule: open long enough and its end reached (a page that fits counts as reached)."""
    return bool(reached_end) and seconds_open >= min_seconds


def reached_end(value: int, maximum: int) -> bool:
    """A scroll position at (or within 2 % of) the end; a page with nothing to scroll is at its end."""
    if maximum <= 0:
        return True
    return value >= maximum * END_SLACK


def end_visible(top: float, view_height: float, page_height: float) -> bool:
    """The end of a page is on screen: the page fits the view, or the view's bottom edge has come
    within 2 % of the page's length to its end. Measured on the whole page as laid out, not on a
    scroll bar's range (which lags behind a page still being laid out)."""
    if page_height <= view_height + 2:
        return True
    return reached_end(int(top), int(page_height - view_height))


def remaining_seconds(seconds_open: float, min_seconds: float = MIN_SECONDS) -> float:
    """How much longer a page whose end is visible must stay open to count (0 when it counts)."""
    return max(0.0, min_seconds - seconds_open)


def _now() -> str:
    return _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds")


# -- state.db ---------------------------------------------------------------------------------------

def mark(state, item_id: str, item_type: str = "case", source: str = "manual", seconds: float | None = None) -> None:
    """Record a case or lesson as read (keeps the first read_at if it was already read)."""
    if item_type not in ("case", "lesson"):
        raise ValueError(f"item_type must be 'case' or 'lesson', not {item_type!r}")
    if source not in SOURCES:
        raise ValueError(f"source must be one of {', '.join(SOURCES)}")
    state.apply(_do_mark, item_type, item_id, _now(), source, seconds)


def _do_mark(db, item_type: str, item_id: str, at: str, source: str, seconds: float | None) -> None:
    """One transaction through StateStore.apply (replayed on the file if state.db could not be written)."""
    row = db.execute("SELECT read_at FROM progress WHERE item_type = ? AND item_id = ?",
                     [item_type, item_id]).fetchone()
    if row is None:
        db["progress"].insert({"item_type": item_type, "item_id": item_id, "read_at": at,
                               "source": source, "seconds": seconds}, pk=("item_type", "item_id"))
    else:
        db.execute("UPDATE progress SET source = ?, seconds = COALESCE(?, seconds) "
                   "WHERE item_type = ? AND item_id = ?", [source, seconds, item_type, item_id])


def unmark(state, item_id: str, item_type: str = "case") -> None:
    state.unmark_read(item_id, item_type)


def read_rows(state) -> list[dict]:
    return list(state.db["progress"].rows_where(order_by="read_at, item_type, item_id"))


def read_sets(state) -> tuple[set[str], set[str]]:
    """(read case ids, read lesson ids)."""
    cases, lessons = set(), set()
    for r in state.db.execute("SELECT item_type, item_id FROM progress").fetchall():
        (cases if r[0] == "case" else lessons if r[0] == "lesson" else set()).add(r[1])
    return cases, lessons


# -- coverage ---------------------------------------------------------------------------------------

@dataclass
class Count:
    key: str
    read: int = 0
    total: int = 0
    lessons_read: int = 0
    lessons_total: int = 0

    @property
    def fraction(self) -> float:
        return self.read / self.total if self.total else 0.0


@dataclass
class LessonInfo:
    id: str
    title: str
    skills: list[str]
    kinds: list[str]            # the kinds of its cases (and its own `kinds`)
    teaches: str                # what it teaches: the first paragraph of its body
    cases: list[tuple[str, str, str, bool]]  # (case id, title, outcome status, read)
    read: bool = False

    @property
    def cases_read(self) -> int:
        return sum(1 for c in self.cases if c[3])


@dataclass
class Suggestion:
    case_id: str
    title: str
    skill: str          # the least-read skill this case covers
    read: int           # cases read on that skill
    total: int          # cases on that skill
    skills: list[str] = field(default_factory=list)

    def reason(self, label: str | None = None) -> str:
        return f"you have read {self.read} of {self.total} cases on {label or self.skill}"


@dataclass
class Progress:
    skills: list[Count]
    kinds: list[Count]
    cases_read: int
    cases_total: int
    lessons_read: int
    lessons_total: int
    lessons: dict[str, LessonInfo]
    suggestions: list[Suggestion]

    def skill(self, key: str) -> Count | None:
        return next((c for c in self.skills if c.key == key), None)

    def kind(self, key: str) -> Count | None:
        return next((c for c in self.kinds if c.key == key), None)


def teaches(body: str, limit: int = 160) -> str:
    """What a lesson teaches, in a line: its first paragraph, cut at a sentence end near `limit`."""
    para = ""
    for block in (body or "").strip().split("\n\n"):
        b = " ".join(l.strip() for l in block.splitlines() if l.strip() and not l.lstrip().startswith("#"))
        if b:
            para = b
            break
    if len(para) <= limit:
        return para
    cut = para[:limit]
    for stop in ("。", "！", "？", ". ", "；"):
        i = cut.rfind(stop)
        if i > limit // 2:
            return cut[: i + 1].strip()
    return cut.rstrip() + "…"


def compute(corpus, read_cases: set[str], read_lessons: set[str], skills_order=None, kinds_order=None,
            suggestions: int = 5) -> Progress:
    """Coverage per soft skill and per kind, lesson cards and what to read next."""
    skills_order = list(skills_order or SOFT_SKILLS)
    cases = corpus.cases
    by_skill = {s: Count(s) for s in skills_order}
    by_kind: dict[str, Count] = {k: Count(k) for k in (kinds_order or [])}
    for c in cases.values():
        r = c.id in read_cases
        for s in c.soft_skills:
            cnt = by_skill.setdefault(s, Count(s))
            cnt.total += 1
            cnt.read += r
        cnt = by_kind.setdefault(c.kind, Count(c.kind))
        cnt.total += 1
        cnt.read += r
    lessons: dict[str, LessonInfo] = {}
    for l in corpus.lessons.values():
        lessons[l.id] = LessonInfo(l.id, l.title, list(l.soft_skills), list(l.kinds), teaches(l.body), [],
                                   l.id in read_lessons)
    for c in sorted(cases.values(), key=lambda c: (c.date or "", c.id), reverse=True):
        for lid in c.lessons:
            info = lessons.get(lid)
            if info is None:
                continue
            info.cases.append((c.id, c.title, c.outcome.status, c.id in read_cases))
            if c.kind not in info.kinds:
                info.kinds.append(c.kind)
    for info in lessons.values():
        for s in info.skills:
            cnt = by_skill.setdefault(s, Count(s))
            cnt.lessons_total += 1
            cnt.lessons_read += info.read
        for k in info.kinds:
            if k in by_kind:
                by_kind[k].lessons_total += 1
                by_kind[k].lessons_read += info.read
    kinds = [k for k in by_kind.values() if k.total or k.lessons_total]
    if not kinds_order:
        kinds.sort(key=lambda k: (-k.total, k.key))
    return Progress(
        skills=[by_skill[s] for s in by_skill if by_skill[s].total or by_skill[s].lessons_total or s in skills_order],
        kinds=kinds, cases_read=sum(1 for c in cases if c in read_cases), cases_total=len(cases),
        lessons_read=sum(1 for l in lessons if l in read_lessons), lessons_total=len(lessons), lessons=lessons,
        suggestions=suggest(corpus, read_cases, by_skill, suggestions))


def suggest(corpus, read_cases: set[str], by_skill: dict[str, Count], limit: int = 5) -> list[Suggestion]:
    """Unread cases on the skills read least (by fraction read, then fewest read); one reason each.

    Round-robin over the weakest skills, so the list is not five cases of one skill; within a
    skill, cases that also cover other little-read skills come first, then the newest. One pass
    over the cases and a partial sort per skill (10,000 cases: see bench/bench_learn.py)."""
    import heapq

    ranked = sorted((c for c in by_skill.values() if c.total > c.read),
                    key=lambda c: (c.fraction, c.read, -c.total, c.key))[: max(1, limit)]
    if not ranked or limit <= 0:
        return []
    rank = {c.key: i for i, c in enumerate(ranked)}
    unread: dict[str, list] = {c.key: [] for c in ranked}
    for c in corpus.cases.values():
        if c.id in read_cases:
            continue
        for s in c.soft_skills:
            if s in unread:
                unread[s].append(c)

    def key_for(skill):
        def key(c):
            others = [rank.get(s, 99) for s in c.soft_skills if s != skill]
            year = c.date[:4] if c.date and c.date[:4].isdigit() else "0"
            return (sum(others) / max(1, len(c.soft_skills)), -int(year), c.id)
        return key

    pools = [(cnt, heapq.nsmallest(2 * limit, unread[cnt.key], key=key_for(cnt.key))) for cnt in ranked]
    out: list[Suggestion] = []
    taken: set[str] = set()
    while len(out) < limit and any(p for _, p in pools):
        for cnt, pool in pools:
            while pool and pool[0].id in taken:
                pool.pop(0)
            if not pool:
                continue
            c = pool.pop(0)
            taken.add(c.id)
            out.append(Suggestion(c.id, c.title, cnt.key, cnt.read, cnt.total, list(c.soft_skills)))
            if len(out) >= limit:
                break
    return out


# -- exports for a mentor -----------------------------------------------------------------------------

def _label(vocab, table, key, lang):
    return vocab.label(table, key, lang) if vocab is not None else key


def export_csv(progress: Progress, rows: list[dict], corpus, vocab=None, lang: str = "en", bom: bool = True) -> str:
    """One line per item read (type, id, title, read_at, how), then the coverage lines (fsutil.csv_text:
    formulas neutralised; `bom` for a file Excel opens)."""
    out = []
    w = SimpleNamespace(writerow=out.append)
    w.writerow(["section", "type", "id", "title", "read_at", "how", "read", "total"])
    for r in rows:
        if r["item_type"] == "case":
            obj = corpus.cases.get(r["item_id"])
        else:
            obj = corpus.lessons.get(r["item_id"])
        w.writerow(["read", r["item_type"], r["item_id"], obj.title if obj else "(no longer in the folder)",
                    clock.local(r["read_at"], True), r.get("source") or "opened", "", ""])  # local, with its offset
    for c in progress.skills:
        w.writerow(["skill", "skill", c.key, _label(vocab, "skills", c.key, lang), "", "", c.read, c.total])
    for c in progress.kinds:
        w.writerow(["kind", "kind", c.key, _label(vocab, "kinds", c.key, lang), "", "", c.read, c.total])
    return csv_text(out, bom=bom)


def _bar(fraction: float, width: int = 10) -> str:
    n = round(fraction * width)
    return "█" * n + "░" * (width - n)


def export_markdown(progress: Progress, rows: list[dict], corpus, vocab=None, lang: str = "en",
                    who: str = "") -> str:
    out = [f"# Reading progress{(' — ' + who) if who else ''}", "",
           f"Exported {clock.local_now()}. Cases read: **{progress.cases_read} / {progress.cases_total}**; "
           f"lessons read: **{progress.lessons_read} / {progress.lessons_total}**.", "",
           "## By soft skill", "", "| skill | cases read | | lessons read |", "|---|---|---|---|"]
    for c in progress.skills:
        out.append(f"| {_label(vocab, 'skills', c.key, lang)} | {c.read} / {c.total} | {_bar(c.fraction)} | "
                   f"{c.lessons_read} / {c.lessons_total} |")
    out += ["", "## By incident kind", "", "| kind | cases read | |", "|---|---|---|"]
    for c in progress.kinds:
        out.append(f"| {_label(vocab, 'kinds', c.key, lang)} | {c.read} / {c.total} | {_bar(c.fraction)} |")
    out += ["", "## Read", ""]
    if not rows:
        out.append("Nothing read yet.")
    for r in rows:
        obj = (corpus.cases if r["item_type"] == "case" else corpus.lessons).get(r["item_id"])
        title = obj.title if obj else "(no longer in the folder)"
        how = {"dwell": "read to the end", "manual": "marked by hand", "opened": "opened (counted before the honest-reading rule)"}.get(
            r.get("source") or "opened", r.get("source") or "")
        out.append(f"- {clock.local_date(r['read_at'])} · {r['item_type']} `{r['item_id']}` {title} ({how})")
    if progress.suggestions:
        out += ["", "## What to read next", ""]
        for s in progress.suggestions:
            out.append(f"- `{s.case_id}` {s.title}: {s.reason(_label(vocab, 'skills', s.skill, lang))}")
    return "\n".join(out) + "\n"


# -- one call for the CLI and the window ------------------------------------------------------------------

def for_kb(kb, suggestions: int = 5) -> Progress:
    """Progress of the reader of this KnowledgeBase (its corpus must be loaded)."""
    if kb.corpus is None:
        kb.load()
    read_cases, read_lessons = read_sets(kb.state)
    vocab = kb.vocab
    return compute(kb.corpus, read_cases, read_lessons, list(vocab.skills) if vocab and vocab.skills else None,
                   list(vocab.kinds) if vocab and vocab.kinds else None, suggestions)
