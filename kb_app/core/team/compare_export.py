"""A comparison with its ratings and agreement as Markdown or CSV (`kb compare`, the Compare view's
Export). The GUI prints the same comparison to PDF through Qt.

Everything in an export is in the export language (issue 19): its labels and headings, the reading
of the agreement in words, outcomes, industries, severities, stakes, skills and kinds by their
vocabulary labels, lessons by their titles (`lessons`: id -> title), the time of the export in
local time with its offset. The cases' own words (titles, outcomes, steps) stay as written.
"""
from __future__ import annotations


from kb_app.core import clock
from kb_app.core.fsutil import csv_text
from .agreement import reading
from .compare import SECTIONS, theme_label
from .report import Report

_W = {
    "en": {"case": "Case", "outcome": "Outcome", "time": "Time to resolution", "industry": "Industry",
           "severity": "Severity", "stakes": "Stakes", "skills": "Soft skills", "lessons": "Lessons",
           "score": "Weighted score", "best": "best handled", "criterion": "Criterion", "mean": "Mean",
           "spread": "Spread (SD)", "alpha": "Agreement (α)", "steps": "Actions, aligned", "only": "Only this case",
           "raters": "Raters", "overall": "Overall agreement", "standard": "Against the standard",
           "not stated": "not stated", "none": "—", "title": "Comparison",
           "met": "met", "late": "late", "unclear": "done, time not stated", "missed": "missed",
           "exported": "Exported", "mixed": "several kinds", "yes": "yes",
           "low": "Low severity", "medium": "Medium severity", "high": "High severity", "critical": "Critical",
           "situation": "Situation", "actions": "Actions", "outcome_s": "Outcome", "lessons_s": "Lessons learned",
           "csv": ["case_id", "title", "outcome_status", "outcome", "time_to_resolution", "resolution_minutes",
                   "industry", "severity", "stakes", "soft_skills", "lessons", "weighted_score", "percent", "best",
                   "raters", "{0}_mean", "{0}_sd", "{0}_alpha"],
           "reading": {"no-ratings": "no ratings yet: rate the cases to see scores and agreement",
                       "one-rater": "one rater so far: agreement needs at least two",
                       "overall-agree": "raters agree overall (α {1})",
                       "overall-tentative": "raters partly agree overall (α {1}): conclusions are tentative",
                       "overall-disagree": "raters disagree overall (α {1}): compare notes before deciding",
                       "uniform": "every rating is the same score: no disagreement to measure",
                       "criterion-disagree": "raters disagree on {0}: discuss it first",
                       "criterion-tentative": "raters partly agree on {0}"}},
    "zh-Hans": {"case": "案例", "outcome": "结果", "time": "解决用时", "industry": "行业", "severity": "严重程度",
                "stakes": "利害", "skills": "软技能", "lessons": "经验", "score": "加权得分", "best": "处理最佳",
                "criterion": "标准", "mean": "平均", "spread": "分歧（标准差）", "alpha": "一致性（α）",
                "steps": "行动对照", "only": "仅此案例", "raters": "评分人", "overall": "总体一致性",
                "standard": "对照处理标准", "not stated": "未写明", "none": "—", "title": "案例对比",
                "met": "达标", "late": "超时", "unclear": "做了，未写时间", "missed": "未做",
                "exported": "导出时间", "mixed": "多种类型", "yes": "是",
                "low": "低严重度", "medium": "中严重度", "high": "高严重度", "critical": "严重",
                "situation": "情况", "actions": "行动", "outcome_s": "结果", "lessons_s": "经验教训",
                "csv": ["案例编号", "标题", "结果类别", "结果", "解决用时", "解决用时（分钟）", "行业", "严重程度", "利害",
                        "软技能", "经验", "加权得分", "百分比", "处理最佳", "评分人数", "{0}·平均", "{0}·标准差",
                        "{0}·α"],
                "reading": {"no-ratings": "还没有评分：评分后可看到得分和一致性",
                            "one-rater": "目前只有一位评分人：一致性至少需要两位",
                            "overall-agree": "评分人总体一致（α {1}）",
                            "overall-tentative": "评分人总体部分一致（α {1}）：结论仅供参考",
                            "overall-disagree": "评分人总体分歧较大（α {1}）：先交换意见再下结论",
                            "uniform": "所有评分都相同：没有分歧可衡量",
                            "criterion-disagree": "评分人在{0}上分歧较大：请先讨论",
                            "criterion-tentative": "评分人在{0}上部分一致"}},
    "zh-Hant": {"case": "案例", "outcome": "結果", "time": "解決用時", "industry": "產業", "severity": "嚴重程度",
                "stakes": "利害", "skills": "軟技能", "lessons": "經驗", "score": "加權得分", "best": "處理最佳",
                "criterion": "標準", "mean": "平均", "spread": "分歧（標準差）", "alpha": "一致性（α）",
                "steps": "行動對照", "only": "僅此案例", "raters": "評分人", "overall": "總體一致性",
                "standard": "對照處理標準", "not stated": "未寫明", "none": "—", "title": "案例對比",
                "met": "達標", "late": "逾時", "unclear": "做了，未寫時間", "missed": "未做",
                "exported": "匯出時間", "mixed": "多種類型", "yes": "是",
                "low": "低嚴重度", "medium": "中嚴重度", "high": "高嚴重度", "critical": "嚴重",
                "situation": "情況", "actions": "行動", "outcome_s": "結果", "lessons_s": "經驗教訓",
                "csv": ["案例編號", "標題", "結果類別", "結果", "解決用時", "解決用時（分鐘）", "產業", "嚴重程度", "利害",
                        "軟技能", "經驗", "加權得分", "百分比", "處理最佳", "評分人數", "{0}·平均", "{0}·標準差",
                        "{0}·α"],
                "reading": {"no-ratings": "還沒有評分：評分後可看到得分和一致性",
                            "one-rater": "目前只有一位評分人：一致性至少需要兩位",
                            "overall-agree": "評分人總體一致（α {1}）",
                            "overall-tentative": "評分人總體部分一致（α {1}）：結論僅供參考",
                            "overall-disagree": "評分人總體分歧較大（α {1}）：先交換意見再下結論",
                            "uniform": "所有評分都相同：沒有分歧可衡量",
                            "criterion-disagree": "評分人在{0}上分歧較大：請先討論",
                            "criterion-tentative": "評分人在{0}上部分一致"}},
}


def words(lang: str) -> dict:
    return _W.get(lang, _W["en"])


def _lab(vocab, table, key, lang):
    return vocab.label(table, key, lang) if vocab is not None and key else (key or "")


def _cell(s: str) -> str:
    return (s or "").replace("|", "\\|").replace("\n", " ").strip()


def _sep(lang: str) -> str:
    return ", " if lang == "en" else "、"


def _kind(vocab, kind: str, lang: str) -> str:
    return words(lang)["mixed"] if kind == "mixed" else _lab(vocab, "kinds", kind, lang)


def _severity(sev: str, lang: str) -> str:
    return words(lang).get(sev, sev) if sev in ("low", "medium", "high", "critical") else (sev or "")


def _lessons(ids, lessons: dict | None, lang: str) -> str:
    return _sep(lang).join((lessons or {}).get(i) or i for i in ids)


def reading_sentences(agg, lang: str) -> list[str]:
    """What the numbers say (agreement.reading), in the export language."""
    w = words(lang)
    rubric = agg.rubric
    label = (lambda k: rubric.criterion(k).name(lang) if rubric.criterion(k) else k)
    alpha = f"{agg.overall.alpha:.2f}" if agg.overall.alpha is not None else ""
    return [w["reading"].get(code, english).format(label(key) if key else "", alpha)
            for code, key, english in reading(agg, label)]


def summary_rows(rep: Report, vocab=None, lang: str = "en", lessons: dict | None = None) -> list[tuple[str, list[str]]]:
    w = words(lang)
    sep = _sep(lang)
    colon = ": " if lang == "en" else "："
    rows = []
    cols = rep.comparison.columns
    rows.append((w["outcome"], [f"{_lab(vocab, 'outcomes', c.summary.status, lang)}{colon}{c.summary.outcome}" for c in cols]))
    rows.append((w["time"], [c.summary.resolution or w["not stated"] for c in cols]))
    rows.append((w["industry"], [_lab(vocab, "industries", c.summary.industry, lang) for c in cols]))
    rows.append((w["severity"], [_severity(c.summary.severity, lang) for c in cols]))
    rows.append((w["stakes"], [sep.join(_lab(vocab, "stakes", s, lang) for s in c.summary.stakes) for c in cols]))
    rows.append((w["skills"], [sep.join(_lab(vocab, "skills", s, lang) for s in c.summary.soft_skills) for c in cols]))
    rows.append((w["lessons"], [_lessons(c.summary.lessons, lessons, lang) for c in cols]))
    agg = rep.aggregate
    if agg is not None and agg.has_ratings:
        rows.append((w["score"], [_score(agg, c.id, w) for c in cols]))
    return rows


def _score(agg, cid, w) -> str:
    cs = agg.cases.get(cid)
    if cs is None or cs.weighted is None:
        return w["none"]
    star = f" ★ {w['best']}" if cid in agg.best else ""
    return f"{cs.weighted:.2f} ({cs.percent:.0f}%){star}"


def to_markdown(rep: Report, vocab=None, lang: str = "en", sections: bool = False, lessons: dict | None = None) -> str:
    w = words(lang)
    cmp = rep.comparison
    cols = cmp.columns
    kind = _kind(vocab, cmp.kind, lang)
    colon = ": " if lang == "en" else "："
    out = [f"# {w['title']}{colon}{kind}", "", f"{w['exported']}{colon}{clock.local_now()}", ""]
    head = [w["case"]] + [f"{c.case.title} (`{c.id}`)" for c in cols]
    out += ["| " + " | ".join(_cell(h) for h in head) + " |", "|" + "---|" * len(head)]
    for label, vals in summary_rows(rep, vocab, lang, lessons):
        out.append("| " + " | ".join(_cell(x) for x in [label] + vals) + " |")
    out.append("")
    agg = rep.aggregate
    if agg is not None and agg.has_ratings:
        rubric = agg.rubric
        out += [f"## {rubric.name(lang)} — {w['raters']}{colon}{_sep(lang).join(agg.raters)}", ""]
        head = [w["criterion"]] + [c.id for c in cols] + [w["mean"], w["spread"], w["alpha"]]
        out += ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
        for crit in rubric.criteria:
            st = agg.per_criterion[crit.key]
            cells = []
            for c in cols:
                cell = agg.cases[c.id].cells[crit.key]
                cells.append(f"{cell.mean:.1f} ±{cell.sd:.1f}" if cell.n else w["none"])
            out.append("| " + " | ".join([f"{crit.name(lang)} ×{crit.weight:g}"] + cells + [
                f"{st.mean:.2f}" if st.mean is not None else w["none"],
                f"{st.spread:.2f}" if st.spread is not None else w["none"],
                f"{st.alpha:.2f}" if st.alpha is not None else w["none"]]) + " |")
        o = agg.overall
        out += ["", f"**{w['overall']}**{colon}" + (f"α = {o.alpha:.3f}" if o.alpha is not None else w["none"]), ""]
        for sentence in reading_sentences(agg, lang):
            out.append(f"- {sentence}")
        out.append("")
    out += [f"## {w['steps']}", ""]
    head = [""] + [c.id for c in cols]
    out += ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for row in cmp.steps:
        cells = [_cell(" / ".join(row.cells.get(c.id, []))) or w["none"] for c in cols]  # whole: never cut mid-word
        out.append("| " + " | ".join([theme_label(row.theme, lang)] + cells) + " |")
    out.append("")
    uniq = [(c.id, cmp.only.get(c.id)) for c in cols if cmp.only.get(c.id)]
    if uniq:
        out += [f"**{w['only']}**", ""]
        out += [f"- `{cid}`{colon}" + _sep(lang).join(theme_label(t, lang) for t in ths) for cid, ths in uniq]
        out.append("")
    if rep.standard is not None and rep.checks:
        out += [f"## {w['standard']}{colon}{rep.standard.title}", ""]
        head = [""] + [c.id for c in cols]
        out += ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
        for i, e in enumerate(rep.standard.expected):
            out.append("| " + " | ".join([_cell(e.action)] + [w[rep.checks[c.id][i].status] for c in cols]) + " |")
        out.append("")
    if sections:
        for sec in SECTIONS:
            out += [f"## {w.get(sec) or w.get(sec + '_s') or sec}", ""]
            for c in cols:
                out += [f"### {c.case.title}", "", c.sections.get(sec, "") or w["none"], ""]
    return "\n".join(out).rstrip() + "\n"


def to_csv(rep: Report, vocab=None, lang: str = "en", bom: bool = True, lessons: dict | None = None) -> str:
    """One row per case: summary fields, weighted score, and per criterion mean and SD (fsutil.csv_text:
    formulas neutralised; `bom` for a file Excel opens). Headers and labels in the export language."""
    w = words(lang)
    rows = []
    agg = rep.aggregate
    crits = agg.rubric.criteria if agg is not None else []
    head = w["csv"]
    rows.append(head[:15] + [h.format(c.name(lang) if lang != "en" else c.key) for c in crits for h in head[15:]])
    sep = "; " if lang == "en" else "、"
    for col in rep.comparison.columns:
        s = col.summary
        cs = agg.cases.get(col.id) if agg is not None else None
        row = [col.id, col.case.title, _lab(vocab, "outcomes", s.status, lang), s.outcome, s.resolution,
               f"{s.resolution_minutes:g}" if s.resolution_minutes is not None else "",
               _lab(vocab, "industries", s.industry, lang), _severity(s.severity, lang),
               sep.join(_lab(vocab, "stakes", k, lang) for k in s.stakes),
               sep.join(_lab(vocab, "skills", k, lang) for k in s.soft_skills),
               sep.join((lessons or {}).get(i) or i for i in s.lessons),
               f"{cs.weighted:.3f}" if cs and cs.weighted is not None else "",
               f"{cs.percent:.1f}" if cs and cs.percent is not None else "",
               w["yes"] if agg is not None and col.id in agg.best else "", cs.raters if cs else 0]
        for c in crits:
            cell = cs.cells[c.key] if cs else None
            st = agg.per_criterion[c.key]
            row += [f"{cell.mean:.3f}" if cell and cell.n else "", f"{cell.sd:.3f}" if cell and cell.n else "",
                    f"{st.alpha:.3f}" if st.alpha is not None else ""]
        rows.append(row)
    return csv_text(rows, bom=bom)


def to_docx(rep: Report, vocab=None, lang: str = "en", sections: bool = False, lessons: dict | None = None) -> bytes:
    """The comparison as a Word document (headings, tables and lists as in to_markdown), with East
    Asian fonts set for Chinese (cases.docx_export)."""
    from kb_app.core.cases.docx_export import markdown_to_docx

    return markdown_to_docx(to_markdown(rep, vocab, lang, sections=sections, lessons=lessons), language=lang)
