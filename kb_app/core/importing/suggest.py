"""Metadata suggested for an imported document by the analyzer and the vocabularies the app
already has, each with its reason: the words that carried it, so a mentor can judge it at review.

    s = suggest(draft, vocab, lessons)      # {field: Suggestion}
    s["kind"].value, s["kind"].why, s["kind"].words    # 'storage-failure', 'vocabulary', ('存储阵列', '控制器')

`why` is a stable code (the window words it in the UI language): document-title, first-heading,
html-title, document-property, front-matter, column, first-line, file-name (title); characters
(language); date-in-text; vocabulary (kind, stakes, industry); category (a kind from a ticket's
category); cues (soft skills, outcome status); section (outcome summary, lessons); lesson-match /
lesson-new; priority (severity). Nothing is suggested where the text says nothing.
"""
from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass, field

from kb_app.core.analysis import text as _text
from kb_app.core.analysis.profile import analyse
from . import markup
from .base import Draft, one_line
from .sheet import parse_date, severity_of


@dataclass
class Suggestion:
    field: str
    value: object
    why: str
    words: tuple = ()
    detail: list = field(default_factory=list)   # lessons: one entry per item

    def to_dict(self) -> dict:
        d = {"value": self.value, "why": self.why, "words": list(self.words)}
        if self.detail:
            d["detail"] = self.detail
        return d

    def reason(self) -> str:
        """An English line for the CLI and logs (the window words `why` + `words` itself)."""
        w = "、".join(str(x) for x in self.words[:6]) if self.words else ""
        return {"vocabulary": f"the words {w}", "category": f"the category {w}", "cues": f"the words {w}",
                "column": f"column {w}", "front-matter": f"the front matter ({w})",
                "characters": f"characters {w}" if w else "no Chinese characters",
                "date-in-text": f"the text says {w}", "section": f"the section {w}",
                "lesson-match": f"lessons {w}", "priority": f"priority {w}",
                "document-title": "the document's title", "first-heading": "the first heading",
                "html-title": "the page title", "document-property": "the document's properties",
                "first-line": "the first line", "file-name": "the file name"}.get(self.why, f"{self.why} {w}".strip())


# -- soft skills: the words that show each one at work ------------------------------------------------------
# folded (Simplified) and lower-case; a vocab/skills.yaml entry may add its own `terms:`
SKILL_CUES = {
    "responsibility": ["承担", "负责到底", "主动承认", "承认错误", "道歉", "认错", "不推诿", "担责", "兜底", "承诺",
                       "责任", "accountab", "apologi", "took ownership", "owned the", "our fault", "admitted",
                       "responsibility"],
    "judgment": ["决定", "决策", "判断", "换人", "取舍", "权衡", "先止血", "果断", "回滚", "回退", "降级",
                 "切换", "升级到原厂", "升级原厂", "decided", "decision", "judgment", "trade-off", "prioriti",
                 "rolled back", "roll back", "swap", "chose to", "call was"],
    "communication": ["沟通", "通报", "汇报", "说明", "同步进展", "告知", "口径", "解释", "进展", "每小时", "每 30 分钟",
                      "每30分钟", "向客户", "communicat", "status update", "informed", "briefed", "told the",
                      "explained", "update every", "updates every", "kept the customer"],
    "composure": ["冷静", "压力", "施压", "镇定", "不慌", "挡住", "质问", "追问", "情绪", "calm", "pressure",
                  "composure", "under fire", "shouted", "angry", "panic"],
    "persistence": ["连续", "坚持", "通宵", "熬夜", "小时未", "多轮", "反复", "排班", "轮换", "持续", "第二天",
                    "persist", "overnight", "through the night", "for hours", "kept going", "rotation", "shift",
                    "days", "night shift"],
    "learning": ["复盘", "总结", "改进", "经验", "教训", "演练", "培训", "整改", "流程", "postmortem", "post-mortem",
                 "lessons", "learned", "improv", "drill", "training", "retrospective", "runbook"],
}

STATUS_CUES = [  # checked in this order; a cue right after a negation (未/没有/no/not ...) does not count
    ("legal-claim", ["起诉", "诉讼", "索赔", "律师函", "仲裁", "求偿", "lawsuit", "sued", "legal claim", "arbitration"]),
    ("customer-lost", ["客户流失", "终止合同", "不再续约", "解约", "丢单", "失去客户", "lost the customer",
                       "customer left", "terminated the contract", "did not renew", "lost the contract"]),
    ("settled", ["和解", "协商解决", "达成协议", "赔偿方案", "settled", "settlement"]),
    ("unresolved", ["未解决", "仍未", "尚未解决", "没有解决", "未能解决", "unresolved", "not resolved", "still open",
                    "never found", "remains open"]),
    ("partially-resolved", ["部分恢复", "部分解决", "部分数据", "partially", "partial restore", "partly"]),
    ("resolved-late", ["超时恢复", "延迟恢复", "超过sla", "晚于", "延误", "超出", "missed the sla", "overran",
                       "later than promised"]),
    ("resolved", ["恢复", "解决", "修复", "正常", "开诊", "开盘", "上线", "restored", "resolved", "recovered", "fixed",
                  "back to normal", "on time", "running again", "came back"]),
    ("escalated", ["升级到", "已升级", "上报", "escalated"]),
]
_NEG_ZH = ("未", "没", "無", "无", "不", "免", "非")
_NEG_EN = ("no ", "not ", "never ", "without ", "n't ")

_DATE_PATTERNS = [
    re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号號]"),
    re.compile(r"(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)"),
    re.compile(r"(?<![\w])(\d{1,2})(?:st|nd|rd|th)?\s+(January|February|March|April|May|June|July|August|September|"
               r"October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?,?\s+(\d{4})", re.I),
    re.compile(r"(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|"
               r"Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})", re.I),
]
_MONTHS = {m: i + 1 for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
                                           "nov", "dec"])}


def date_in_text(s: str) -> tuple[str, str] | None:
    """(ISO date, the words) of the first real date written in the text."""
    best = None
    for i, rx in enumerate(_DATE_PATTERNS):
        for m in rx.finditer(s[:20000]):
            try:
                if i < 2:
                    d = _dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
                elif i == 2:
                    d = _dt.date(int(m.group(3)), _MONTHS[m.group(2)[:3].lower()], int(m.group(1)))
                else:
                    d = _dt.date(int(m.group(3)), _MONTHS[m.group(1)[:3].lower()], int(m.group(2)))
            except (ValueError, KeyError):
                continue
            if not 1970 <= d.year <= _dt.date.today().year + 1:
                continue
            if best is None or m.start() < best[0]:
                best = (m.start(), d.isoformat(), m.group(0))
            break
    return (best[1], best[2]) if best else None


def _script_words(s: str, language: str) -> tuple:
    """The characters that show the script: Traditional-only (zh-Hant) or Simplified-only (zh-Hans)."""
    han = "".join(_text.CJK_RE.findall(s[:4000]))
    if not han:
        return ()
    conv = _text._converter("t2s" if language == "zh-Hant" else "s2t").convert(han)
    seen: list[str] = []
    for a, b in zip(han, conv):
        if a != b and a not in seen:
            seen.append(a)
        if len(seen) >= 6:
            break
    return tuple(seen)


def _negated(hay: str, start: int, cue: str) -> bool:
    if _text.CJK_RE.match(cue[:1]):
        return any(n in hay[max(0, start - 3):start] for n in _NEG_ZH)
    return any(hay[max(0, start - 12):start].endswith(n) or n in hay[max(0, start - 12):start] for n in _NEG_EN)


def status_of(s: str) -> tuple[str, str] | None:
    hay = _text.fold(s or "").lower()
    for status, cues in STATUS_CUES:
        for cue in cues:
            c = _text.fold(cue).lower()
            for m in re.finditer(re.escape(c), hay):
                if cue.isascii() and (m.start() > 0 and hay[m.start() - 1].isalnum()):
                    continue
                if not _negated(hay, m.start(), cue):
                    return status, s[m.start():m.end()] if len(s) == len(hay) else cue
    return None


def _cues(hay: str, cues) -> list[str]:
    out = []
    for cue in cues:
        c = _text.fold(cue).lower()
        if c in hay and cue not in out:
            out.append(cue)
    return out


def kind_scores(tp, title_len: int = 0, low_from: int | None = None) -> dict[str, tuple[float, list[str]]]:
    """{kind: (score, words)}: each distinct symptom word counts once, weighted by where it stands
    (in the title x3; in the outcome and lessons, from raw offset `low_from` on, x0.5), repeats add
    a little."""
    occ: dict[str, dict[str, list[float]]] = {}
    for m in tp.mentions:
        if m.category != "kind":
            continue
        raw_at = tp.starts[min(m.start, len(tp.starts) - 1)]
        w = 3.0 if raw_at < title_len else (0.5 if low_from is not None and raw_at >= low_from else 1.0)
        occ.setdefault(m.key, {}).setdefault(m.term, []).append(w)
    out = {}
    for k, terms in occ.items():
        score = sum(max(ws) + 0.25 * min(len(ws) - 1, 4) for ws in terms.values())
        words = sorted(terms, key=lambda t: (-max(terms[t]), -len(terms[t])))
        out[k] = (score, words)
    return out


def _surface(tp, term: str) -> str:
    """How the document wrote a vocabulary term (its own script)."""
    i = tp.folded.lower().find(term)
    return tp.span(i, i + len(term)) if i >= 0 else term


def kind_from_category(category: str, vocab) -> tuple[str, tuple] | None:
    c = _text.fold(category or "").lower().strip()
    if not c:
        return None
    for key, entry in (vocab.kinds or {}).items():
        labels = [key.lower()] + [_text.fold(str(v)).lower() for v in ((entry or {}).get("label") or {}).values()]
        for lab in labels:
            if c == lab or (len(c) >= 2 and (lab.startswith(c) or c.startswith(lab))):
                return key, (category,)
    found = {}
    for m in vocab.match_folded(c):
        if m.category == "kind":
            found.setdefault(m.key, []).append(m.term)
    if found:
        k = max(found, key=lambda k: len(found[k]))
        return k, (category,)
    return None


# -- lessons ------------------------------------------------------------------------------------------------
def _bigrams(s: str) -> set[str]:
    f = _text.fold(s).lower()
    runs = _text.CJK_RE.findall(f)
    han = "".join(runs)
    return {han[i:i + 2] for i in range(len(han) - 1)}


_STOP = {"the", "a", "an", "to", "of", "and", "or", "in", "on", "for", "before", "after", "it", "is", "be", "not",
         "with", "your", "you", "when", "just", "every", "each", "then", "than", "that", "this", "first"}


def _words(s: str) -> set[str]:
    return {w for w in _text.terms(s) if w.isascii() and len(w) > 2 and w not in _STOP}


def match_lesson(item: str, lessons: dict, vocab) -> tuple[str, float, list[str]]:
    """The existing lesson an item of a lessons section says, as (id, score, shared words), or ('', 0, [])."""
    ib, iw = _bigrams(item), _words(item)
    ic = set(analyse(item, vocab).concepts) if vocab is not None else set()
    best = ("", 0.0, [])
    for lid, lesson in lessons.items():
        cache = getattr(lesson, "_kb_import_keys", None)
        if cache is None:
            lt = lesson.title
            cache = (_bigrams(lt), _words(lt + " " + lesson.id.replace("-", " ")),
                     set(analyse(lt + "\n" + lesson.body[:300], vocab).concepts) if vocab is not None else set())
            try:
                object.__setattr__(lesson, "_kb_import_keys", cache)
            except (AttributeError, TypeError):
                pass
        lb, lw, lc = cache
        score, shared = 0.0, []
        if ib and lb:
            inter = ib & lb
            s = 2 * len(inter) / (len(ib) + len(lb))
            if s > score:
                score, shared = s, sorted(inter)
        if iw and lw:
            inter = iw & lw
            s = 2 * len(inter) / (len(iw) + len(lw))
            if s > score:
                score, shared = s, sorted(inter)
        if ic and lc:
            inter = ic & lc
            s = 0.8 * len(inter) / len(ic | lc)
            if s > score and len(inter) >= 2:
                score, shared = s, [vocab.glossary_label(int(g)) for g in sorted(inter, key=int)]
        if score > best[1]:
            best = (lid, score, shared)
    return best if best[1] >= LESSON_MATCH else ("", best[1], [])


LESSON_MATCH = 0.42


# -- the whole suggestion ---------------------------------------------------------------------------------------
def suggest(draft: Draft, vocab, lessons: dict | None = None) -> dict[str, Suggestion]:
    out: dict[str, Suggestion] = {}
    given = draft.given
    title = draft.title or _stem(draft)
    full = title + "\n" + (draft.narrative or draft.markdown)
    tp = analyse(full, vocab)
    out["title"] = Suggestion("title", title, draft.title_why or "file-name", (title,) if draft.title_why else ())

    # language and script
    lang = tp.language
    if "language" in given and given["language"].value in ("zh-Hans", "zh-Hant", "en"):
        lang = given["language"].value
        out["language"] = Suggestion("language", lang, "front-matter", given["language"].words)
    else:
        out["language"] = Suggestion("language", lang, "characters",
                                     _script_words(full, lang) if lang != "en" else ())

    # date
    if "date" in given:
        d = parse_date(given["date"].value)
        if d is not None:
            out["date"] = Suggestion("date", d.isoformat(), given["date"].why, given["date"].words)
    if "date" not in out:
        found = date_in_text(full)
        if found:
            out["date"] = Suggestion("date", found[0], "date-in-text", (found[1],))

    # kind
    kinds = set(vocab.kinds or {}) if vocab is not None else set()
    if "kind" in given and (not kinds or given["kind"].value in kinds):
        out["kind"] = Suggestion("kind", given["kind"].value, given["kind"].why, given["kind"].words)
    if "kind" not in out and "category" in given and vocab is not None:
        k = kind_from_category(str(given["category"].value), vocab)
        if k:
            out["kind"] = Suggestion("kind", k[0], "category", k[1])
    if "kind" not in out:
        low = [m.start() for m in re.finditer(r"^#{1,6}[ \t]+(.+)$", full, re.M)
               if markup.section_role(m.group(1)) in ("outcome", "lessons")]
        scores = kind_scores(tp, len(title) + 1, min(low) if low else None)
        if scores:
            k = max(scores, key=lambda x: (scores[x][0], x))
            out["kind"] = Suggestion("kind", k, "vocabulary", tuple(_surface(tp, w) for w in scores[k][1][:5]))

    # stakes, industry
    feats = tp.features
    if "stakes" in given and isinstance(given["stakes"].value, list):
        out["stakes"] = Suggestion("stakes", list(given["stakes"].value), "front-matter", given["stakes"].words)
    elif feats["stake"]:
        words = tuple(dict.fromkeys(_surface(tp, t) for k in sorted(feats["stake"]) for t in feats["stake"][k]))
        out["stakes"] = Suggestion("stakes", sorted(feats["stake"]), "vocabulary", words[:6])
    ind_text = given.get("industry") or given.get("industry_text")
    if ind_text is not None and vocab is not None and str(ind_text.value) in (vocab.industries or {}):
        out["industry"] = Suggestion("industry", str(ind_text.value), ind_text.why, ind_text.words)
    else:
        inds = dict(feats["industry"])
        if ind_text is not None and vocab is not None:
            for m in vocab.match(str(ind_text.value)):
                if m.category == "industry":
                    inds.setdefault(m.key, []).extend([m.term] * 3)
        if inds:
            k = max(inds, key=lambda x: (len(inds[x]), x))
            out["industry"] = Suggestion("industry", k, "vocabulary", tuple(dict.fromkeys(_surface(tp, t) for t in inds[k]))[:5])

    # severity
    if "severity" in given and given["severity"].value in ("low", "medium", "high", "critical"):
        out["severity"] = Suggestion("severity", given["severity"].value, "priority" if given["severity"].why == "column"
                                     else given["severity"].why, given["severity"].words)
    else:
        m = re.search(r"\b(P[1-4]|Sev(?:erity)?\s?[1-4]|Priority\s?[1-4])\b|([一二三四]级(?:事件|故障))", full[:20000], re.I)
        if m:
            word = m.group(0)
            num = re.search(r"[1-4一二三四]", word).group(0)
            sev = severity_of("p" + str("一二三四".index(num) + 1 if num in "一二三四" else num))
            if sev:
                out["severity"] = Suggestion("severity", sev, "priority", (word,))

    # outcome: the section that tells how it ended (or the resolution column)
    secs = markup.sections(draft.narrative or draft.markdown)
    outcome_sec = next((s for s in secs if s.role == "outcome" and s.text), None)
    summary_src = ""
    if "outcome_summary" in given and str(given["outcome_summary"].value).strip():
        summary_src = str(given["outcome_summary"].value)
        out["outcome_summary"] = Suggestion("outcome_summary", _summary(summary_src), given["outcome_summary"].why,
                                            given["outcome_summary"].words)
    elif outcome_sec is not None:
        summary_src = markup.plain(outcome_sec.text)
        out["outcome_summary"] = Suggestion("outcome_summary", _summary(summary_src), "section", (outcome_sec.heading,))
    statuses = set(vocab.outcomes or {}) if vocab is not None else set()
    if "outcome_status" in given and (not statuses or given["outcome_status"].value in statuses):
        out["outcome_status"] = Suggestion("outcome_status", given["outcome_status"].value, given["outcome_status"].why,
                                           given["outcome_status"].words)
    else:
        for src in (summary_src, str(given["ticket_status"].value) if "ticket_status" in given else ""):
            st = status_of(src) if src else None
            if st and (not statuses or st[0] in statuses):
                out["outcome_status"] = Suggestion("outcome_status", st[0], "cues", (st[1],))
                break

    # lessons: each item matched to an existing lesson, or proposed as a new one
    lessons_sec = next((s for s in secs if s.role == "lessons" and s.text), None)
    matched: list[str] = []
    skills_from_lessons: dict[str, list[str]] = {}
    if lessons_sec is not None:
        detail, new = [], []
        for item in markup.list_items(lessons_sec.text)[:12]:
            item = one_line(item, 200)
            lid, score, shared = match_lesson(item, lessons or {}, vocab) if lessons else ("", 0.0, [])
            if lid:
                if lid not in matched:
                    matched.append(lid)
                for sk in (lessons[lid].soft_skills or []):
                    skills_from_lessons.setdefault(sk, []).append(lid)
                detail.append({"item": item, "lesson": lid, "score": round(score, 3), "words": shared})
            else:
                new.append({"title": item, "soft_skills": _skills_of(item, vocab)[:2]})
                detail.append({"item": item, "lesson": "", "score": round(score, 3), "words": []})
        if matched:
            out["lessons"] = Suggestion("lessons", matched, "lesson-match", (lessons_sec.heading,), detail)
        if new:
            out["new_lessons"] = Suggestion("new_lessons", new, "lesson-new", (lessons_sec.heading,), detail)

    # soft skills: what the text shows people doing, and the skills of the lessons it names
    hay = tp.folded.lower()
    counts = {}
    for sk, cues in _skill_cues(vocab).items():
        found = _cues(hay, cues)
        if found or sk in skills_from_lessons:
            counts[sk] = (len(found) + 2 * len(skills_from_lessons.get(sk, [])), found)
    if counts:
        top = sorted(counts, key=lambda k: (-counts[k][0], k))[:3]
        top = [k for k in top if counts[k][0] >= 2] or top[:1]
        words = tuple(dict.fromkeys(w for k in top for w in counts[k][1][:2]))
        out["soft_skills"] = Suggestion("soft_skills", top, "cues", words + tuple(
            f"[[{l}]]" for k in top for l in skills_from_lessons.get(k, [])[:1]))

    if "tags" in given and isinstance(given["tags"].value, list):
        out["tags"] = Suggestion("tags", given["tags"].value, given["tags"].why, given["tags"].words)
    return out


def _skill_cues(vocab) -> dict[str, list[str]]:
    cues = {k: list(v) for k, v in SKILL_CUES.items()}
    for k, entry in ((vocab.skills or {}) if vocab is not None else {}).items():
        extra = (entry or {}).get("terms") if isinstance(entry, dict) else None
        if isinstance(extra, list):
            cues.setdefault(k, []).extend(str(x) for x in extra)
    return cues


def _skills_of(item: str, vocab) -> list[str]:
    hay = _text.fold(item).lower()
    scored = [(len(_cues(hay, c)), k) for k, c in _skill_cues(vocab).items()]
    return [k for n, k in sorted(scored, key=lambda x: (-x[0], x[1])) if n]


def _summary(s: str, limit: int = 240) -> str:
    s = one_line(markup.plain(s), 2000)
    if len(s) <= limit:
        return s
    cut = [m.end() for m in re.finditer(r"[。！？.!?](\s|$)|[。！？]", s) if m.end() <= limit]
    return s[: cut[-1]].strip() if cut else one_line(s, limit)


def _stem(draft: Draft) -> str:
    return re.sub(r"\s+[0-9a-f]{32}$", "", draft.file.stem)
