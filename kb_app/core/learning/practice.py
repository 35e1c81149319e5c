"""Case-method practice: read only a case's situation, write what you would do first and why,
then see what was done, how it ended and the lessons beside your answer. Qt-free.

``split_case`` cuts a case body by its section headings (zh-Hans 情况/行动/结果/经验教训,
zh-Hant 情況/行動/結果/經驗教訓, en Situation/Actions/Outcome/Lessons learned, and a few
near variants). The journal lives in state.db (table ``practice``, migration m010_learn_progress):
one row per attempt, autosaved while the reader types, kept after a reveal.
"""
from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass, field

from kb_app.core import clock

SECTION_WORDS = {
    "situation": ("情况", "情況", "背景", "事件经过", "事件經過", "situation", "background", "context", "what happened"),
    "actions": ("行动", "行動", "处理", "處理", "处置", "處置", "应对", "應對", "actions", "action", "response",
                "what was done", "what we did"),
    "outcome": ("结果", "結果", "结局", "結局", "outcome", "result", "results", "resolution"),
    "lessons": ("经验教训", "經驗教訓", "经验", "經驗", "教训", "教訓", "lessons learned", "lessons", "lesson",
                "takeaways", "what we learned"),
}
_HEADING_RE = re.compile(r"^(#{1,6})[ \t]+(.+?)[ \t#]*$", re.M)


def section_of(heading: str) -> str | None:
    h = re.sub(r"[\s:：]+$", "", heading.strip()).lower()
    for key, words in SECTION_WORDS.items():
        if h in words:
            return key
    for key, words in SECTION_WORDS.items():  # "行动（第一天）", "Actions taken"
        if any(h.startswith(w) for w in words if len(w) >= 2):
            return key
    return None


@dataclass
class CaseParts:
    situation: str                       # Markdown shown before the reveal
    hidden: dict[str, str] = field(default_factory=dict)   # actions / outcome / lessons (Markdown)
    headings: dict[str, str] = field(default_factory=dict)  # the case's own heading text per section
    found: bool = True                   # False: no known headings; the first paragraph stands as situation

    @property
    def revealed_markdown(self) -> str:
        out = []
        for key in ("actions", "outcome", "lessons"):
            if self.hidden.get(key):
                out.append(f"## {self.headings.get(key, key.title())}\n\n{self.hidden[key].strip()}")
        for key, text in self.hidden.items():
            if key not in ("actions", "outcome", "lessons") and text.strip():
                out.append(text.strip())
        return "\n\n".join(out)


def split_case(body: str) -> CaseParts:
    """Situation vs what was done / how it ended / what was learned, by the body's headings.

    Text before the first heading belongs to the situation. Unknown headings after the situation
    stay with the section they follow (hidden), so nothing that tells the ending leaks."""
    body = body or ""
    heads = list(_HEADING_RE.finditer(body))
    if not heads:
        paras = [p for p in re.split(r"\n\s*\n", body.strip()) if p.strip()]
        return CaseParts(paras[0] if paras else "", {"actions": "\n\n".join(paras[1:])} if len(paras) > 1 else {},
                         {}, found=False)
    chunks: list[tuple[str | None, str, str]] = []   # (section, heading text, text)
    pre = body[: heads[0].start()].strip()
    for i, m in enumerate(heads):
        end = heads[i + 1].start() if i + 1 < len(heads) else len(body)
        chunks.append((section_of(m.group(2)), m.group(2).strip(), body[m.end():end].strip()))
    parts = CaseParts("", {}, {}, found=any(s for s, _, _ in chunks))
    situation = [pre] if pre else []
    current = "situation"
    for sec, head, text in chunks:
        if sec is not None:
            current = sec
        if current == "situation":
            situation.append(text if sec == "situation" else f"### {head}\n\n{text}")
            if sec == "situation":
                parts.headings["situation"] = head
            continue
        if sec is not None:
            parts.headings.setdefault(sec, head)
            parts.hidden[sec] = (parts.hidden.get(sec, "") + "\n\n" + text).strip()
        else:
            parts.hidden[current] = (parts.hidden.get(current, "") + f"\n\n### {head}\n\n{text}").strip()
    if not parts.found:  # headings, but none we know: the first one's text is the situation
        first = chunks[0]
        parts = CaseParts((pre + "\n\n" + first[2]).strip(),
                          {"actions": "\n\n".join(f"### {h}\n\n{t}" for _, h, t in chunks[1:])} if len(chunks) > 1 else {},
                          {}, found=False)
        return parts
    parts.situation = "\n\n".join(s for s in situation if s.strip())
    return parts


# -- the journal (state.db) -------------------------------------------------------------------------------------

def _now() -> str:
    return _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds")


@dataclass
class Entry:
    id: int
    case_id: str
    answer: str
    started_at: str
    updated_at: str
    revealed_at: str | None

    @property
    def revealed(self) -> bool:
        return bool(self.revealed_at)


def _entry(row) -> Entry:
    return Entry(row["id"], row["case_id"], row["answer"] or "", row["started_at"], row["updated_at"],
                 row["revealed_at"])


def start(state, case_id: str) -> Entry:
    """The attempt to continue on this case: the last one not yet revealed, else a new one."""
    db = state.db
    row = next(db["practice"].rows_where("case_id = ? AND revealed_at IS NULL", [case_id], order_by="id DESC",
                                          limit=1), None)
    if row is not None:
        return _entry(row)
    now = _now()
    # the id is chosen before the write (StateStore.new_id), so that the entry has the same id in
    # memory and when kept changes reach the file (what the answer and the reveal refer to)
    pk = state.apply(_do_start, state.new_id("practice"), case_id, now)
    return _entry(state.db["practice"].get(pk))


def save_answer(state, entry_id: int, answer: str) -> None:
    state.apply(_do_answer, entry_id, answer, _now())


def reveal(state, entry_id: int, answer: str | None = None) -> Entry:
    now = _now()
    state.apply(_do_reveal, entry_id, answer, now)
    got = get(state, entry_id)
    if got is None:  # kept in memory while the file cannot even be read: the file gets it later
        return Entry(entry_id, "", answer or "", now, now, now)
    return got


def get(state, entry_id: int) -> Entry | None:
    try:
        return _entry(state.db["practice"].get(entry_id))
    except Exception:  # noqa: BLE001 - sqlite_utils NotFoundError
        return None


def delete(state, entry_id: int) -> None:
    state.apply(_do_delete, entry_id)


# The writes, each one transaction through StateStore.apply: plain arguments, so that what was
# kept in memory while state.db could not be written is replayed on the file as it was done.

def _do_start(db, pk: int, case_id: str, now: str) -> int:
    if db.execute("SELECT 1 FROM practice WHERE id = ?", [pk]).fetchone() is not None:
        # another program added an entry with this id since it was chosen: take the next free one
        pk = db.execute("SELECT COALESCE(MAX(id), 0) + 1 FROM practice").fetchone()[0]
    db.execute("INSERT INTO practice (id, case_id, answer, started_at, updated_at, revealed_at) "
               "VALUES (?, ?, '', ?, ?, NULL)", [pk, case_id, now, now])
    return pk


def _do_answer(db, entry_id: int, answer: str, now: str) -> None:
    db.execute("UPDATE practice SET answer = ?, updated_at = ? WHERE id = ?", [answer, now, entry_id])


def _do_reveal(db, entry_id: int, answer: str | None, now: str) -> None:
    if answer is not None:
        db.execute("UPDATE practice SET answer = ?, updated_at = ? WHERE id = ?", [answer, now, entry_id])
    db.execute("UPDATE practice SET revealed_at = COALESCE(revealed_at, ?) WHERE id = ?", [now, entry_id])


def _do_delete(db, entry_id: int) -> None:
    db.execute("DELETE FROM practice WHERE id = ?", [entry_id])


def journal(state, case_id: str | None = None) -> list[Entry]:
    """Every attempt with something written, newest first."""
    where, args = "TRIM(COALESCE(answer, '')) != ''", []
    if case_id:
        where += " AND case_id = ?"
        args.append(case_id)
    return [_entry(r) for r in state.db["practice"].rows_where(where, args, order_by="updated_at DESC, id DESC")]


def export_markdown(entries: list[Entry], corpus, who: str = "") -> str:
    out = [f"# Practice journal{(' — ' + who) if who else ''}", ""]
    if not entries:
        out.append("No practice answers yet.")
    for e in entries:
        case = corpus.cases.get(e.case_id) if corpus is not None else None
        title = case.title if case else e.case_id
        out += [f"## {title}", "", f"`{e.case_id}` · {clock.local(e.updated_at)}"
                + ("" if e.revealed else " · not revealed yet"), "", "**What I would do first, and why**", ""]
        out += ["> " + line if line.strip() else ">" for line in e.answer.strip().splitlines()] + [""]
        if case is not None and e.revealed:
            out += ["**What was done, and how it ended**", "", f"{case.outcome.status}: {case.outcome.summary}", ""]
    return "\n".join(out) + "\n"
