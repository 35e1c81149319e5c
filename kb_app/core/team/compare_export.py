"""A comparison with its ratings and agreement as Markdown or CSV (`kb compare`, the Compare view's
Export). The GUI prints the same Markdown to PDF through Qt."""
from __future__ import annotations


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
           "met": "met", "late": "late", "unclear": "done, time not stated", "missed": "missed"},
    "zh-Hans": {"case": "案例", "outcome": "结果", "time": "解决用时", "industry": "行业", "severity": "严重程度",
                "stakes": "利害", "skills": "软技能", "lessons": "经验", "score": "加权得分", "best": "处理最佳",
                "criterion": "标准", "mean": "平均", "spread": "分歧（标准差）", "alpha": "一致性（α）",
                "steps": "行动对照", "only": "仅此案例", "raters": "评分人", "overall": "总体一致性",
                "standard": "对照处理标准", "not stated": "未写明", "none": "—", "title": "案例对比",
                "met": "达标", "late": "超时", "unclear": "做了，未写时间", "missed": "未做"},
    "zh-Hant": {"case": "案例", "outcome": "結果", "time": "解決用時", "industry": "產業", "severity": "嚴重程度",
                "stakes": "利害", "skills": "軟技能", "lessons": "經驗", "score": "加權得分", "best": "處理最佳",
                "criterion": "標準", "mean": "平均", "spread": "分歧（標準差）", "alpha": "一致性（α）",
                "steps": "行動對照", "only": "僅此案例", "raters": "評分人", "overall": "總體一致性",
                "standard": "對照處理標準", "not stated": "未寫明", "none": "—", "title": "案例對比",
                "met": "達標", "late": "逾時", "unclear": "做了，未寫時間", "missed": "未做"},
}


def words(lang: str) -> dict:
    return _W.get(lang, _W["en"])


def _lab(vocab, table, key, lang):
    return vocab.label(table, key, lang) if vocab is not None and key else (key or "")


def _cell(s: str) -> str:
    return (s or "").replace("|", "\\|").replace("\n", " ").strip()


def summary_rows(rep: Report, vocab=None, lang: str = "en") -> list[tuple[str, list[str]]]:
    w = words(lang)
    rows = []
    cols = rep.comparison.columns
    rows.append((w["outcome"], [f"{_lab(vocab, 'outcomes', c.summary.status, lang)}: {c.summary.outcome}" for c in cols]))
    rows.append((w["time"], [c.summary.resolution or w["not stated"] for c in cols]))
    rows.append((w["industry"], [_lab(vocab, "industries", c.summary.industry, lang) for c in cols]))
    rows.append((w["severity"], [c.summary.severity for c in cols]))
    rows.append((w["stakes"], [", ".join(_lab(vocab, "stakes", s, lang) for s in c.summary.stakes) for c in cols]))
    rows.append((w["skills"], [", ".join(_lab(vocab, "skills", s, lang) for s in c.summary.soft_skills) for c in cols]))
    rows.append((w["lessons"], [", ".join(c.summary.lessons) for c in cols]))
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


def to_markdown(rep: Report, vocab=None, lang: str = "en", sections: bool = False) -> str:
    w = words(lang)
    cmp = rep.comparison
    cols = cmp.columns
    kind = _lab(vocab, "kinds", cmp.kind, lang)
    out = [f"# {w['title']}: {kind}", ""]
    head = [w["case"]] + [f"{c.case.title} (`{c.id}`)" for c in cols]
    out += ["| " + " | ".join(_cell(h) for h in head) + " |", "|" + "---|" * len(head)]
    for label, vals in summary_rows(rep, vocab, lang):
        out.append("| " + " | ".join(_cell(x) for x in [label] + vals) + " |")
    out.append("")
    agg = rep.aggregate
    if agg is not None and agg.has_ratings:
        rubric = agg.rubric
        out += [f"## {rubric.name(lang)} — {w['raters']}: {', '.join(agg.raters)}", ""]
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
        out += ["", f"**{w['overall']}**: " + (f"α = {o.alpha:.3f}" if o.alpha is not None else w["none"]), ""]
        label = (lambda k: rubric.criterion(k).name(lang) if rubric.criterion(k) else k)
        for _, _, sentence in reading(agg, label):
            out.append(f"- {sentence}")
        out.append("")
    out += [f"## {w['steps']}", ""]
    head = [""] + [c.id for c in cols]
    out += ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for row in cmp.steps:
        cells = [_cell(" / ".join(s[:80] for s in row.cells.get(c.id, []))) or w["none"] for c in cols]
        out.append("| " + " | ".join([theme_label(row.theme, lang)] + cells) + " |")
    out.append("")
    uniq = [(c.id, cmp.only.get(c.id)) for c in cols if cmp.only.get(c.id)]
    if uniq:
        out += [f"**{w['only']}**", ""]
        out += [f"- `{cid}`: " + ", ".join(theme_label(t, lang) for t in ths) for cid, ths in uniq]
        out.append("")
    if rep.standard is not None and rep.checks:
        out += [f"## {w['standard']}: {rep.standard.title}", ""]
        head = [""] + [c.id for c in cols]
        out += ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
        for i, e in enumerate(rep.standard.expected):
            out.append("| " + " | ".join([_cell(e.action[:60])] + [w[rep.checks[c.id][i].status] for c in cols]) + " |")
        out.append("")
    if sections:
        for sec in SECTIONS:
            out += [f"## {sec}", ""]
            for c in cols:
                out += [f"### {c.case.title}", "", c.sections.get(sec, "") or w["none"], ""]
    return "\n".join(out).rstrip() + "\n"


def to_csv(rep: Report, vocab=None, lang: str = "en", bom: bool = True) -> str:
    """One row per case: summary fields, weighted score, and per criterion mean and SD (fsutil.csv_text:
    formulas neutralised; `bom` for a file Excel opens)."""
    rows = []
    agg = rep.aggregate
    crits = agg.rubric.criteria if agg is not None else []
    rows.append(["case_id", "title", "outcome_status", "outcome", "time_to_resolution", "resolution_minutes",
                 "industry", "severity", "stakes", "soft_skills", "lessons", "weighted_score", "percent", "best",
                 "raters"] + [f"{c.key}_{x}" for c in crits for x in ("mean", "sd", "alpha")])
    for col in rep.comparison.columns:
        s = col.summary
        cs = agg.cases.get(col.id) if agg is not None else None
        row = [col.id, col.case.title, s.status, s.outcome, s.resolution,
               f"{s.resolution_minutes:g}" if s.resolution_minutes is not None else "", s.industry, s.severity,
               ";".join(s.stakes), ";".join(s.soft_skills), ";".join(s.lessons),
               f"{cs.weighted:.3f}" if cs and cs.weighted is not None else "",
               f"{cs.percent:.1f}" if cs and cs.percent is not None else "",
               "yes" if agg is not None and col.id in agg.best else "", cs.raters if cs else 0]
        for c in crits:
            cell = cs.cells[c.key] if cs else None
            st = agg.per_criterion[c.key]
            row += [f"{cell.mean:.3f}" if cell and cell.n else "", f"{cell.sd:.3f}" if cell and cell.n else "",
                    f"{st.alpha:.3f}" if st.alpha is not None else ""]
        rows.append(row)
    return csv_text(rows, bom=bom)


def to_docx(rep: Report, vocab=None, lang: str = "en", sections: bool = False) -> bytes:
    """The comparison as a Word document (headings, tables and lists as in to_markdown), with East
    Asian fonts set for Chinese (cases.docx_export)."""
    from kb_app.core.cases.docx_export import markdown_to_docx

    return markdown_to_docx(to_markdown(rep, vocab, lang, sections=sections), language=lang)
