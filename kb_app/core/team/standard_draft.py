"""A first draft of a standard from the best-rated case(s): what "Write standard" writes.

    text = new_standard(kind, best_cases, rubric, lang, kind_label)   # status: draft

The draft is something for the team to discuss, never the standard itself: its front matter says
`status: draft` until someone approves it (standards.approve_standard, `kb standard approve`, the
Compare window's Approve). What it holds:

- one expected action per action theme the cases did (compare.ACTION_THEMES), worded as a short
  imperative ("以最高级别向原厂开单，要求三线介入"), never the case's narrative sentence with its
  people's names; no two items alike;
- a threshold where the theme has one (within 2h, every 30m: the cadence the case states);
- a `when` per item where the cases say it: the words of the case's step, its situation or its
  title that tell when the action was needed ("连续工作约 30 小时", "上周刚换过 B 控制器备件");
- `situations`: what the based-on cases were, in a line each (their titles, up to the subtitle).
"""
from __future__ import annotations

import datetime as _dt
import re

import yaml

from kb_app.core.analysis import convert
from kb_app.core.domain import Case
from .compare import cadence, column, theme_label
from .rubrics import Rubric, pick
from .standards import fmt_duration, parse_duration

DEFAULT_THRESHOLDS = {"vendor-escalation": ("within", 120), "status-cadence": ("every", 30),
                      "rotate-people": ("within", 720), "stop-bleeding": ("within", 60),
                      "handover-notes": ("within", 30)}

# What each action theme asks, as a short imperative in each language.
IMPERATIVES = {
    "vendor-escalation": ("以最高级别向原厂开单，要求三线介入", "以最高等級向原廠開單，要求三線介入",
                          "Open a top-severity case with the vendor and ask for third-line support"),
    "status-cadence": ("固定节奏向客户通报事实、进展与风险", "固定節奏向客戶通報事實、進展與風險",
                       "Update the customer on a fixed cadence: facts, progress, risks"),
    "rotate-people": ("写下交接记录后换下疲劳的工程师", "寫下交接紀錄後換下疲勞的工程師",
                      "Relieve exhausted engineers after a written handover"),
    "handover-notes": ("换班前写下交接记录", "換班前寫下交接紀錄", "Write handover notes before anyone leaves"),
    "stop-bleeding": ("先用临时方案恢复业务，再查根因", "先用臨時方案恢復業務，再查根因",
                      "Restore the service with a workaround first, then find the root cause"),
    "parallel-tracks": ("兵分两路：一组排障，一组准备替代方案", "兵分兩路：一組排障，一組準備替代方案",
                        "Split into two tracks: one diagnoses, one prepares the fallback"),
    "freeze-writes": ("停止写入，先做镜像保护现场", "停止寫入，先做映像保護現場",
                      "Stop all writes and image the disks before any repair"),
    "version-check": ("先比对固件、驱动与兼容性矩阵，再查线路", "先比對韌體、驅動與相容性矩陣，再查線路",
                      "Check firmware, drivers and the compatibility matrix before the cabling"),
    "rollback": ("按回退方案回到上一个可用版本", "依回退方案回到上一個可用版本",
                 "Roll back to the last good version by the rollback plan"),
    "customer-contact": ("由一人统一接住客户的所有询问", "由一人統一接住客戶的所有詢問",
                         "Have one person take every customer question"),
    "honest-odds": ("如实说明风险与把握，不作做不到的承诺", "如實說明風險與把握，不作做不到的承諾",
                    "Give honest odds; promise nothing you cannot keep"),
}
_LANG_COL = {"zh-Hans": 0, "zh-Hant": 1, "en": 2}

# When an action was needed, as cases say it: the words searched for, per theme (either script).
_LONG_HOURS = [r"连续(?:工作|排障|作战|奋战|值守)?[了约近将超过]*\s*\d+(?:\.\d+)?\s*个?小时",
               r"連續(?:工作|排障|作戰|奮戰|值守)?[了約近將超過]*\s*\d+(?:\.\d+)?\s*個?小時",
               r"(?:awake|working|on site|on shift|up) for (?:about |nearly |over |more than )?\d+ (?:straight )?hours",
               r"\d+ hours (?:straight|without (?:sleep|a break))"]
_DEADLINE = [r"[^，。；,;“”\"]{0,10}(?:开盘前|開盤前|收盘前|收盤前|中午\s*\d*\s*点?前|截止|上线前|上線前)[^，。；,;“”\"]{0,10}",
             r"(?:before|by) (?:the )?(?:market )?(?:open|opening|noon|close|deadline)\b[^,.;]{0,20}",
             r"with no diagnosis yet", r"原因不明|时好时坏|時好時壞|排查无果|排查無果"]
_PRESSURE = [r"[^，。；,;“”\"]{0,10}(?:要向[^，。；]{0,8}(?:报告|報告)|威胁|威脅|投诉|投訴|追问|追問|必须解决|必須解決)[^，。；,;“”\"]{0,10}",
             r"[^,.;\"“”:]{0,24}(?:notify|report to|call) the regulator", r"threaten\w* [^,.;]{0,30}"]
_WHEN = {
    "rotate-people": _LONG_HOURS, "handover-notes": _LONG_HOURS,
    "version-check": [r"[上刚剛近]*[周週期]*[刚剛]?(?:换过|更换过|換過|更換過|升级过|升級過|刷过|刷過|换件|換件)[^，。；,;]{0,16}",
                      r"after (?:a|the|an) [^,.;]{0,30}(?:upgrade|replacement|swap|change|update)"],
    "freeze-writes": [r"(?:第二块|第二塊|又一块|又一塊|另一块|另一塊)[^，。；]{0,10}[盘盤][^，。；]{0,12}",
                      r"(?:a )?second (?:disk|drive)[^,.;]{0,30}"],
    "stop-bleeding": _DEADLINE, "parallel-tracks": _DEADLINE, "vendor-escalation": _DEADLINE,
    "status-cadence": _PRESSURE, "customer-contact": _PRESSURE, "honest-odds": _PRESSURE,
    "rollback": [r"(?:升级|升級|变更|變更|上线|上線|发布|發布)后[^，。；]{0,16}",
                 r"after (?:the )?(?:release|change|deploy\w*|upgrade)[^,.;]{0,20}"],
}
_GENERIC_WHEN = [r"(?:当|當|一旦|如果)[^，。；,;]{2,24}", r"\b(?:when|once|if|with no)\b[^,.;:]{3,50}"]
MAX_WHEN = 40   # characters: a situation in a few words, not a paragraph

_T = {
    "zh-Hans": {"title": "{kind}处理标准", "sit": "适用情形", "exp": "期望行动", "lev": "评分等级", "src": "依据案例",
                "sit_hint": "（写下这一标准区分的情形，例如：单控故障 / 双盘失效 / 变更后异常。）",
                "within": "{t}内", "every": "每 {t}", "weight": "权重", "level": "{n} 分", "when": "情形：{w}",
                "note": "草稿（status: draft）：由 kb 根据评分最高的案例生成，团队讨论、修改阈值与措辞并批准后才是标准。"},
    "zh-Hant": {"title": "{kind}處理標準", "sit": "適用情形", "exp": "期望行動", "lev": "評分等級", "src": "依據案例",
                "sit_hint": "（寫下這一標準區分的情形，例如：單控故障 / 雙碟失效 / 變更後異常。）",
                "within": "{t}內", "every": "每 {t}", "weight": "權重", "level": "{n} 分", "when": "情形：{w}",
                "note": "草稿（status: draft）：由 kb 依評分最高的案例產生，團隊討論、修改門檻與措辭並核准後才是標準。"},
    "en": {"title": "Standard for {kind}", "sit": "Situations it distinguishes", "exp": "Expected actions",
           "lev": "Rubric levels", "src": "Based on",
           "sit_hint": "(Name the situations this standard tells apart, e.g. one controller down / two disks failed / "
                       "fault after a change.)",
           "within": "within {t}", "every": "every {t}", "weight": "Weight", "level": "{n}", "when": "when {w}",
           "note": "Draft (status: draft), made by kb from the best-rated case: it becomes the standard once the team "
                   "has discussed it, adjusted thresholds and wording, and approved it."},
}


def imperative(theme: str, lang: str, step: str = "") -> str:
    """What a theme asks, as a short imperative; a theme without one: the step's first clause."""
    forms = IMPERATIVES.get(theme)
    if forms:
        return forms[_LANG_COL.get(lang, 2)]
    first = re.split(r"[，。；,;:：]", step.strip(), maxsplit=1)[0].strip()
    return first[:MAX_WHEN]


def _clean(s: str) -> str:
    s = re.sub(r"\s+", " ", s).strip(" ，。；,.;:：、\"“”'")
    return s if len(s) <= MAX_WHEN else s[:MAX_WHEN].rstrip() + "…"


def _in_script(s: str, source: str, lang: str) -> str:
    return convert.convert(s, source, lang) if convert.target(source, lang) else s


def when_of(theme: str, step: str, case: Case, situation: str, lang: str) -> str:
    """When `theme`'s action was needed, in the case's words ('' when the case does not say)."""
    for text, pats in ((step, _GENERIC_WHEN + _WHEN.get(theme, [])),
                       (situation + "\n" + case.title, _WHEN.get(theme, []))):
        for pat in pats:
            m = re.search(pat, text or "", re.I)
            if m and _clean(m.group(0)):
                return _in_script(_clean(m.group(0)), case.language, lang)
    return ""


def situation_of(case: Case, lang: str) -> str:
    """The case in a line: its title up to the subtitle."""
    head = re.split(r"[：:]|——| — | - ", case.title, maxsplit=1)[0].strip()
    return _in_script(head or case.title, case.language, lang)


def new_standard(kind: str, best: list[Case], rubric: Rubric | None, lang: str = "zh-Hans",
                 kind_label: str | None = None, today: str | None = None) -> str:
    """The text of a draft standard for `kind` (status: draft), from the best cases and the rubric."""
    t = _T.get(lang, _T["en"])
    label = kind_label or kind
    expected, seen_themes, seen_actions = [], set(), set()
    for case in best:
        col = column(case)
        situation = col.sections.get("situation", "")
        for step, themes in col.steps:
            for th in themes:
                action = imperative(th, lang, step)
                if th in seen_themes or not action or action in seen_actions:
                    continue
                seen_themes.add(th)
                seen_actions.add(action)
                e = {"id": th, "action": action}
                how, default = DEFAULT_THRESHOLDS.get(th, (None, None))
                if how == "every":
                    c = cadence(step)
                    e["every"] = fmt_duration(c.minutes if c else default)
                elif how == "within":
                    e["within"] = fmt_duration(default)
                when = when_of(th, step, case, situation, lang)
                if when:
                    e["when"] = when
                expected.append(e)
    situations = list(dict.fromkeys(situation_of(c, lang) for c in best))
    fm = {"kind": kind, "title": t["title"].format(kind=label), "status": "draft",
          "rubric": rubric.id if rubric else "default", "based_on": [c.id for c in best],
          "updated": today or _dt.date.today().isoformat(), "language": lang,
          "situations": situations, "expected": expected}
    lines = ["---", yaml.safe_dump(fm, allow_unicode=True, sort_keys=False, width=100).rstrip(), "---", "",
             f"> {t['note']}", "", f"## {t['sit']}", ""]
    lines += [f"- {s}" for s in situations] or [t["sit_hint"]]
    lines += ["", f"## {t['exp']}", ""]
    for i, e in enumerate(expected, 1):
        thr = ""
        if e.get("within"):
            thr = " — " + t["within"].format(t=_human(parse_duration(e["within"], "", None), lang))
        if e.get("every"):
            thr = " — " + t["every"].format(t=_human(parse_duration(e["every"], "", None), lang))
        when = f" ({t['when'].format(w=e['when'])})" if e.get("when") else ""
        lines.append(f"{i}. **{theme_label(e['id'], lang)}**{thr}: {e['action']}{when}")
    lines += ["", f"{t['src']}: " + ", ".join(f"`{c.id}` {c.title}" for c in best), ""]
    if rubric is not None:
        lines += [f"## {t['lev']}", ""]
        for c in rubric.criteria:
            lines.append(f"### {c.name(lang)} ({t['weight']} {c.weight:g})")
            lines.append("")
            for score, desc in c.levels.items():
                lines.append(f"- {t['level'].format(n=score)}: {pick(desc, lang)}")
            lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def _human(minutes: float, lang: str) -> str:
    if minutes % 60 == 0 and minutes >= 60:
        n = f"{minutes / 60:g}"
        return {"zh-Hans": f"{n} 小时", "zh-Hant": f"{n} 小時"}.get(lang, f"{n} hour" + ("s" if n != "1" else ""))
    n = f"{minutes:g}"
    return {"zh-Hans": f"{n} 分钟", "zh-Hant": f"{n} 分鐘"}.get(lang, f"{n} minutes")
