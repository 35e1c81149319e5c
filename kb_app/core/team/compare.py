"""Cases of one kind side by side: aligned by section, a summary row, actions as aligned steps.

    cmp = compare_cases(cases, vocab)        # 2..10 Case objects
    cmp.columns[i].sections["actions"]       # the case's own text of that section
    cmp.columns[i].summary                   # outcome, time to resolution, industry, severity, stakes ...
    cmp.steps                                # [StepRow(theme, {case_id: [step text]})] in a shared order
    cmp.only                                 # {case_id: [themes only this case did]}

Sections are recognised by their headings in the three scripts (情况/情況/Situation ...);
steps are the sentences of the actions section, each tagged with the action themes it names
(vendor escalation, status cadence, rotating people, rollback ...). Matching runs on the
script-folded text, so 原廠 and 原厂 meet.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from kb_app.core.analysis import text as _text
from kb_app.core.analysis.profile import analyse
from kb_app.core.domain import Case

MIN_CASES, MAX_CASES = 2, 10
SECTIONS = ("situation", "actions", "outcome", "lessons")

# heading words (folded to Simplified, lower-case) -> section
_HEADINGS = {
    "situation": ["情况", "背景", "situation", "background", "context", "事件经过", "事件", "what happened"],
    "actions": ["行动", "处理", "处置", "应对", "actions", "action", "response", "what we did", "handling"],
    "outcome": ["结果", "结局", "outcome", "result", "results", "resolution"],
    "lessons": ["经验教训", "教训", "经验", "复盘", "lessons learned", "lessons", "lesson", "takeaways", "learnings"],
}

# Action themes: what a step does, whatever the wording. Terms are folded Simplified / English.
ACTION_THEMES: dict[str, dict] = {
    "vendor-escalation": {"label": {"zh-Hans": "升级原厂/厂商", "zh-Hant": "升級原廠/廠商", "en": "Vendor escalation"},
                          "terms": ["原厂", "厂商", "厂家", "三线", "vendor", "severity 1", "sev1", "p1"]},
    "status-cadence": {"label": {"zh-Hans": "固定节奏通报", "zh-Hant": "固定節奏通報", "en": "Status updates on a cadence"},
                       "terms": ["每 30 分钟", "每30分钟", "每 20 分钟", "每小时", "每天两次", "汇报", "通报", "报告",
                                 "updated every", "every 20 minutes", "every 30 minutes", "status update", "briefed"]},
    "rotate-people": {"label": {"zh-Hans": "换人/轮换", "zh-Hant": "換人/輪換", "en": "Rotate exhausted people"},
                      "terms": ["换人", "回家休息", "送回", "休息", "改派", "调来", "接替", "rotate", "relieved", "sent home",
                                "fresh engineer", "handover"]},
    "handover-notes": {"label": {"zh-Hans": "交接记录", "zh-Hant": "交接紀錄", "en": "Handover notes"},
                       "terms": ["交接", "记录", "写下", "handover", "write down", "notes", "log of"]},
    "stop-bleeding": {"label": {"zh-Hans": "先止血/保业务", "zh-Hant": "先止血/保業務", "en": "Stop the bleeding first"},
                      "terms": ["临时", "止血", "绕过", "切换到", "容灾", "workaround", "dr site", "fail over", "failing over",
                                "promote", "temporary"]},
    "parallel-tracks": {"label": {"zh-Hans": "并行两条线", "zh-Hant": "並行兩條線", "en": "Parallel tracks"},
                        "terms": ["并行", "两条线", "兵分两路", "分成两组", "split the effort", "second track", "in parallel",
                                  "one track"]},
    "freeze-writes": {"label": {"zh-Hans": "停止写入/保护现场", "zh-Hant": "停止寫入/保護現場", "en": "Freeze writes, keep evidence"},
                      "terms": ["停止", "关闭", "写入", "镜像", "取下", "freeze", "stop writes", "image the disks", "read-only"]},
    "version-check": {"label": {"zh-Hans": "核对版本/兼容性", "zh-Hant": "核對版本/相容性", "en": "Check versions and compatibility"},
                      "terms": ["固件", "版本", "兼容性", "firmware", "compatibility", "version"]},
    "rollback": {"label": {"zh-Hans": "回退", "zh-Hant": "回退", "en": "Roll back"},
                 "terms": ["回退", "降级", "刷回", "roll back", "rollback", "downgrade", "revert"]},
    "customer-contact": {"label": {"zh-Hans": "接住客户", "zh-Hant": "接住客戶", "en": "Own the customer contact"},
                         "terms": ["接住", "所有询问", "对接", "单一窗口", "统一口径", "one voice", "single point of contact",
                                   "took all", "all questions"]},
    "honest-odds": {"label": {"zh-Hans": "坦率说明风险", "zh-Hant": "坦率說明風險", "en": "Honest odds"},
                    "terms": ["坦率", "如实", "说明", "不可能", "honest", "odds", "frankly", "could not promise"]},
}

_DUR_RE = re.compile(
    r"(?P<num>\d+(?:\.\d+)?)\s*(?P<unit>小时|小時|个小时|個小時|hours?|hrs?|h\b|分钟|分鐘|minutes?|mins?|天|days?)"
    r"(?:\s*(?P<num2>\d+)\s*(?:分钟|分鐘|分|minutes?|min))?", re.I)
_UNIT_MIN = {"小时": 60, "小時": 60, "个小时": 60, "個小時": 60, "hour": 60, "hours": 60, "hr": 60, "hrs": 60, "h": 60,
             "分钟": 1, "分鐘": 1, "minute": 1, "minutes": 1, "min": 1, "mins": 1, "天": 1440, "day": 1440, "days": 1440}


@dataclass
class Duration:
    minutes: float
    text: str


def durations(s: str) -> list[Duration]:
    """Stated durations in a text: '2 小时 14 分' -> 134 min, '82 minutes' -> 82, '第 9 天' -> 9 days."""
    out = []
    for m in _DUR_RE.finditer(s or ""):
        unit = m.group("unit").lower()
        mins = float(m.group("num")) * _UNIT_MIN.get(unit, _UNIT_MIN.get(unit.rstrip("s"), 1))
        if m.group("num2"):
            mins += float(m.group("num2"))
        out.append(Duration(mins, m.group(0).strip()))
    return out


def cadence(s: str) -> Duration | None:
    """'每 30 分钟' / 'every 20 minutes' / '每天两次' -> the interval."""
    m = re.search(r"(?:每|every)\s*(\d+(?:\.\d+)?)?\s*(小时|小時|分钟|分鐘|hours?|minutes?|min|天|days?)", s or "", re.I)
    if m:
        n = float(m.group(1) or 1)
        unit = m.group(2).lower()
        return Duration(n * _UNIT_MIN.get(unit, _UNIT_MIN.get(unit.rstrip("s"), 1)), m.group(0))
    if re.search(r"每天两次|每天兩次|twice a day", s or "", re.I):
        return Duration(720, "每天两次")
    return None


def _fold(s: str) -> str:
    return _text.fold(s).lower()


def section_of(heading: str) -> str | None:
    h = _fold(heading).strip(" #:：")
    for sec, words in _HEADINGS.items():
        if any(h == w or h.startswith(w) for w in words):
            return sec
    return None


def split_sections(body: str) -> dict[str, str]:
    """{situation, actions, outcome, lessons, other} -> text, from the '## ' headings of a body."""
    out = {s: "" for s in SECTIONS}
    out["other"] = ""
    current = "other"
    buf: list[str] = []

    def flush():
        if buf:
            out[current] = (out[current] + "\n" + "\n".join(buf)).strip()

    for line in (body or "").splitlines():
        m = re.match(r"^#{1,3}\s+(.+?)\s*#*\s*$", line)
        if m:
            sec = section_of(m.group(1))
            if sec:
                flush()
                buf, current = [], sec
                continue
        buf.append(line)
    flush()
    return out


_SENT_RE = re.compile(r"(?<=[。！？；!?;])|(?<=\.)\s+(?=[A-Z0-9])|\n\s*[-*]\s+|\n\s*\d+[.)、]\s*|\n{2,}")


def steps_of(actions: str) -> list[str]:
    """The actions section as steps: list items, sentences."""
    parts = [p.strip(" \n-*") for p in _SENT_RE.split(actions or "") if p and p.strip(" \n-*")]
    return [p for p in parts if len(p) > 3]


def themes_of(step: str, themes: dict | None = None) -> list[str]:
    t = _fold(step)
    return [k for k, th in (themes or ACTION_THEMES).items() if any(_fold(term) in t for term in th["terms"])]


@dataclass
class Summary:
    status: str = "unknown"
    outcome: str = ""
    resolution: str = ""             # time to resolution as the case states it ('' = not stated)
    resolution_minutes: float | None = None
    industry: str = ""
    severity: str = ""
    stakes: list[str] = field(default_factory=list)
    soft_skills: list[str] = field(default_factory=list)
    lessons: list[str] = field(default_factory=list)


@dataclass
class Column:
    case: Case
    sections: dict[str, str]
    summary: Summary
    steps: list[tuple[str, list[str]]]   # (step text, themes)

    @property
    def id(self) -> str:
        return self.case.id


@dataclass
class StepRow:
    theme: str
    cells: dict[str, list[str]]          # case id -> the steps of that case with this theme


@dataclass
class Comparison:
    kind: str
    columns: list[Column]
    steps: list[StepRow]
    only: dict[str, list[str]]

    @property
    def ids(self) -> list[str]:
        return [c.id for c in self.columns]


def resolution_time(case: Case, sections: dict[str, str]) -> Duration | None:
    """Time to resolution where the case states it: a front-matter field `resolution_time`
    ('6h', '2 小时 14 分'), else the first duration in the outcome summary, else in the outcome section."""
    explicit = case.extra.get("resolution_time") or case.extra.get("time_to_resolution")
    for src in (str(explicit) if explicit else "", case.outcome.summary, sections.get("outcome", "")):
        ds = durations(src)
        if ds:
            return ds[0]
    return None


def summarize(case: Case, sections: dict[str, str], vocab=None) -> Summary:
    res = resolution_time(case, sections)
    stakes = []
    if vocab is not None:
        stakes = analyse(case.title + "\n" + case.body, vocab).stakes
    return Summary(status=case.outcome.status, outcome=case.outcome.summary, resolution=res.text if res else "",
                   resolution_minutes=res.minutes if res else None, industry=case.industry, severity=case.severity,
                   stakes=stakes, soft_skills=list(case.soft_skills), lessons=list(case.lessons))


def column(case: Case, vocab=None, themes: dict | None = None) -> Column:
    secs = split_sections(case.body)
    acts = secs["actions"] or secs["other"]
    return Column(case, secs, summarize(case, secs, vocab), [(s, themes_of(s, themes)) for s in steps_of(acts)])


def compare_cases(cases: list[Case], vocab=None, themes: dict | None = None) -> Comparison:
    if not MIN_CASES <= len(cases) <= MAX_CASES:
        raise ValueError(f"compare {MIN_CASES} to {MAX_CASES} cases, not {len(cases)}")
    themes = themes or ACTION_THEMES
    cols = [column(c, vocab, themes) for c in cases]
    # a shared order of themes: by the mean position of their first step across the cases that have them
    pos: dict[str, list[float]] = {}
    for col in cols:
        n = max(1, len(col.steps))
        seen = set()
        for i, (_, ths) in enumerate(col.steps):
            for t in ths:
                if t not in seen:
                    seen.add(t)
                    pos.setdefault(t, []).append(i / n)
    order = sorted(pos, key=lambda t: (sum(pos[t]) / len(pos[t]), list(themes).index(t)))
    rows = []
    for t in order:
        cells = {col.id: [s for s, ths in col.steps if t in ths] for col in cols}
        rows.append(StepRow(t, cells))
    only: dict[str, list[str]] = {col.id: [] for col in cols}
    if len(cols) > 1:
        for r in rows:
            have = [cid for cid, steps in r.cells.items() if steps]
            if len(have) == 1:
                only[have[0]].append(r.theme)
    kinds = {c.kind for c in cases}
    return Comparison(kinds.pop() if len(kinds) == 1 else "mixed", cols, rows, only)


def theme_label(key: str, lang: str, themes: dict | None = None) -> str:
    th = (themes or ACTION_THEMES).get(key)
    if not th:
        return key
    return th["label"].get(lang) or th["label"]["en"]


def cases_of_kind(cases, kind: str, limit: int = MAX_CASES) -> list[Case]:
    """The cases of one kind, newest first, at most `limit`."""
    picked = [c for c in cases if c.kind == kind]
    picked.sort(key=lambda c: (c.date or "", c.id), reverse=True)
    return picked[:limit]
