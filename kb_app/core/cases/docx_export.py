"""A case (or any Markdown report, such as a comparison) written as a Word .docx for people outside
the app, with python-docx.

    data = case_to_docx(case, vocab, "zh-Hans", cases_dir, lesson_title)   # bytes of a .docx
    data = markdown_to_docx(md_text, language="zh-Hant")                    # a comparison, a report

Headings, paragraphs with bold / italic / code / links, bulleted and numbered lists (nested),
tables (header row bold), quotes and code blocks are kept; local images inside the case folder
are embedded, remote ones named by their text (never fetched). Chinese text gets an East Asian
font (w:eastAsia: 宋体 / 微软雅黑 for Simplified, 新細明體 / 微軟正黑體 for Traditional) and the
East Asian language on every style, so Word neither falls back to a Japanese font nor mixes
scripts; the theme's East Asian font, which would override it, is removed.
"""
from __future__ import annotations

import io
import os
import re
from pathlib import Path

_XML_BAD = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_IMG_EXT = {".png", ".jpg", ".jpeg", ".gif", ".bmp"}
FONTS = {  # (body, headings)
    "zh-Hans": ("SimSun", "Microsoft YaHei"),
    "zh-Hant": ("PMingLiU", "Microsoft JhengHei"),
    "en": ("SimSun", "Microsoft YaHei"),  # English cases may quote Chinese names
}
LANG_TAG = {"zh-Hans": "zh-CN", "zh-Hant": "zh-TW", "en": "zh-CN"}

LABELS = {
    "zh-Hans": {"kind": "类型", "date": "日期", "industry": "行业", "severity": "严重程度", "outcome": "结果",
                "skills": "软技能", "lessons": "经验教训", "stakes": "利害", "source": "来源", "id": "编号"},
    "zh-Hant": {"kind": "類型", "date": "日期", "industry": "行業", "severity": "嚴重程度", "outcome": "結果",
                "skills": "軟技能", "lessons": "經驗教訓", "stakes": "利害", "source": "來源", "id": "編號"},
    "en": {"kind": "Kind", "date": "Date", "industry": "Industry", "severity": "Severity", "outcome": "Outcome",
           "skills": "Soft skills", "lessons": "Lessons", "stakes": "At stake", "source": "Source", "id": "Id"},
}


def _t(s) -> str:
    return _XML_BAD.sub("", str(s if s is not None else ""))


def _set_east_asian(doc, language: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    body, head = FONTS.get(language, FONTS["zh-Hans"])
    tag = LANG_TAG.get(language, "zh-CN")

    def fix(rpr, font):
        fonts = rpr.find(qn("w:rFonts"))
        if fonts is None:
            fonts = OxmlElement("w:rFonts")
            rpr.insert(0, fonts)
        fonts.set(qn("w:eastAsia"), font)
        for theme in ("w:eastAsiaTheme",):
            if fonts.get(qn(theme)) is not None:
                del fonts.attrib[qn(theme)]
        lang = rpr.find(qn("w:lang"))
        if lang is None:
            lang = OxmlElement("w:lang")
            rpr.append(lang)
        lang.set(qn("w:eastAsia"), tag)

    # the document defaults, then every style that names fonts
    styles = doc.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    if defaults is not None:
        rpr_default = defaults.find(qn("w:rPrDefault"))
        if rpr_default is not None:
            rpr = rpr_default.find(qn("w:rPr"))
            if rpr is None:
                rpr = OxmlElement("w:rPr")
                rpr_default.append(rpr)
            fix(rpr, body)
    for st in doc.styles:
        el = st.element
        if el.get(qn("w:type")) not in ("paragraph", "character", "table"):
            continue
        name = (st.name or "").lower()
        rpr = el.get_or_add_rPr()
        fix(rpr, head if name.startswith(("heading", "title", "subtitle")) else body)
    for fonts in styles.iter(qn("w:rFonts")):  # any theme East Asian font left would win over ours
        if fonts.get(qn("w:eastAsiaTheme")) is not None:
            del fonts.attrib[qn("w:eastAsiaTheme")]
            fonts.set(qn("w:eastAsia"), body)


def _add_hyperlink(paragraph, url: str, text: str, bold=False, italic=False):
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    r_id = paragraph.part.relate_to(url, RT.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), r_id)
    run = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    color = OxmlElement("w:color")
    color.set(qn("w:val"), "0563C1")
    rpr.append(color)
    u = OxmlElement("w:u")
    u.set(qn("w:val"), "single")
    rpr.append(u)
    if bold:
        rpr.append(OxmlElement("w:b"))
    if italic:
        rpr.append(OxmlElement("w:i"))
    run.append(rpr)
    t = OxmlElement("w:t")
    t.text = _t(text)
    t.set(qn("xml:space"), "preserve")
    run.append(t)
    link.append(run)
    paragraph._p.append(link)


class _Writer:
    def __init__(self, doc, base_dir: Path | None, root: Path | None):
        self.doc, self.base_dir, self.root = doc, base_dir, root

    # -- inline ------------------------------------------------------------------------------------
    def inline(self, paragraph, node, bold=False, italic=False, code=False):
        from bs4 import NavigableString

        for child in node.children:
            if isinstance(child, NavigableString):
                s = _t(str(child))
                if not s:
                    continue
                if not code:
                    s = re.sub(r"\s*\n\s*", " ", s)
                run = paragraph.add_run(s)
                run.bold, run.italic = bold or None, italic or None
                if code:
                    run.font.name = "Consolas"
                continue
            name = child.name
            if name in ("strong", "b"):
                self.inline(paragraph, child, True, italic, code)
            elif name in ("em", "i"):
                self.inline(paragraph, child, bold, True, code)
            elif name == "code":
                self.inline(paragraph, child, bold, italic, True)
            elif name == "br":
                paragraph.add_run().add_break()
            elif name == "a":
                href = str(child.get("href") or "")
                text = child.get_text()
                if re.match(r"^(https?:|mailto:)", href, re.I) and text.strip():
                    _add_hyperlink(paragraph, href, text, bold, italic)
                else:
                    self.inline(paragraph, child, bold, italic, code)
            elif name == "img":
                self.image(child, paragraph)
            elif name in ("ul", "ol", "table", "pre", "blockquote", "p", "div"):
                continue  # blocks inside inline content are written by block()
            else:
                self.inline(paragraph, child, bold, italic, code)

    def image(self, img, paragraph=None):
        from docx.shared import Inches

        src = str(img.get("src") or "")
        alt = _t(img.get("alt") or "")
        path = None
        if src and self.base_dir is not None and not re.match(r"^[a-z][a-z0-9+.-]*:|^//", src, re.I):
            p = (self.base_dir / src)
            root = os.path.realpath(self.root or self.base_dir)
            real = os.path.realpath(p)
            if real.startswith(root.rstrip(os.sep) + os.sep) and Path(real).suffix.lower() in _IMG_EXT and os.path.isfile(real):
                path = real
        if path is None:
            label = f"[{alt or src or 'image'}]"
            (paragraph or self.doc.add_paragraph()).add_run(label).italic = True
            return
        try:
            if paragraph is not None:
                paragraph.add_run().add_picture(path, width=Inches(5.5))
            else:
                self.doc.add_picture(path, width=Inches(5.5))
        except Exception:  # noqa: BLE001 - an image Word cannot hold: its name instead
            (paragraph or self.doc.add_paragraph()).add_run(f"[{alt or os.path.basename(path)}]").italic = True

    # -- blocks ------------------------------------------------------------------------------------
    def blocks(self, node, depth: int = 0):
        from bs4 import NavigableString

        for child in node.children:
            if isinstance(child, NavigableString):
                if str(child).strip():
                    self.inline(self.doc.add_paragraph(), _Wrap(child))
                continue
            self.block(child, depth)

    def block(self, el, depth: int = 0):
        name = el.name
        if name and re.fullmatch(r"h[1-6]", name):
            level = min(int(name[1]), 4)
            h = self.doc.add_heading(level=level)
            self.inline(h, el)
        elif name == "p":
            imgs = el.find_all("img")
            if imgs and not el.get_text(strip=True):
                for img in imgs:
                    self.image(img)
                return
            self.inline(self.doc.add_paragraph(), el)
        elif name in ("ul", "ol"):
            self.list(el, name == "ol", depth)
        elif name == "table":
            self.table(el)
        elif name == "blockquote":
            for sub in el.find_all(["p"], recursive=False) or [el]:
                para = self.doc.add_paragraph(style="Quote")
                self.inline(para, sub)
        elif name == "pre":
            para = self.doc.add_paragraph()
            run = para.add_run(_t(el.get_text()))
            run.font.name = "Consolas"
        elif name == "hr":
            self.doc.add_paragraph()
        elif name == "img":
            self.image(el)
        else:
            self.blocks(el, depth)

    def list(self, el, ordered: bool, depth: int):
        base = "List Number" if ordered else "List Bullet"
        style = base if depth == 0 else f"{base} {min(depth + 1, 3)}"
        for li in el.find_all("li", recursive=False):
            para = self.doc.add_paragraph(style=style)
            inline_part = _Inline(li)
            self.inline(para, inline_part)
            for sub in li.find_all(["ul", "ol"], recursive=False):
                self.list(sub, sub.name == "ol", depth + 1)
            for p in li.find_all("p", recursive=False)[1:]:
                self.inline(self.doc.add_paragraph(style=style), p)

    def table(self, el):
        rows = [tr for tr in el.find_all("tr") if tr.find_parent("table") is el]
        if not rows:
            return
        grid = [[c for c in tr.find_all(["td", "th"], recursive=False)] for tr in rows]
        ncols = max(len(r) for r in grid) or 1
        t = self.doc.add_table(rows=len(grid), cols=min(ncols, 40))
        t.style = "Table Grid"
        for r, cells in enumerate(grid):
            for c, cell in enumerate(cells[:40]):
                para = t.cell(r, c).paragraphs[0]
                self.inline(para, cell, bold=cell.name == "th" or r == 0 and el.find("thead") is not None)


class _Wrap:
    """A lone text node seen as an element with one child."""

    def __init__(self, s):
        self.children = [s]


class _Inline:
    """An <li>'s own inline content: its text and inline tags (and its first paragraph's), without
    nested lists or later paragraphs."""

    def __init__(self, li):
        from bs4 import NavigableString

        kids, seen_p = [], False
        for ch in li.children:
            if isinstance(ch, NavigableString) or ch.name not in ("ul", "ol", "p"):
                kids.append(ch)
            elif ch.name == "p" and not seen_p:
                kids.extend(list(ch.children))
                seen_p = True
        self.children = kids


def markdown_to_docx(md_text: str, language: str = "zh-Hans", title: str | None = None, meta: list | None = None,
                     base_dir: Path | None = None, root: Path | None = None) -> bytes:
    """The .docx bytes of a Markdown text. `meta`: [(label, value)] written as a two-column table
    under the title; `base_dir`/`root`: where relative images are looked up (never outside root)."""
    import markdown
    from bs4 import BeautifulSoup
    from docx import Document

    doc = Document()
    _set_east_asian(doc, language)
    if title:
        doc.add_heading(_t(title), level=0)
    if meta:
        rows = [(k, v) for k, v in meta if str(v or "").strip()]
        if rows:
            t = doc.add_table(rows=len(rows), cols=2)
            t.style = "Table Grid"
            for i, (k, v) in enumerate(rows):
                t.cell(i, 0).paragraphs[0].add_run(_t(k)).bold = True
                t.cell(i, 1).paragraphs[0].add_run(_t(v))
            doc.add_paragraph()
    html = markdown.markdown(_t(md_text or ""), extensions=["extra", "sane_lists"], output_format="html")
    soup = BeautifulSoup(html, "html.parser")
    for bad in soup.find_all(["script", "style", "iframe", "object", "embed"]):
        bad.decompose()
    _Writer(doc, base_dir, root).blocks(soup)
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def case_to_docx(case, vocab=None, lang: str | None = None, cases_dir: Path | None = None, lesson_title=None) -> bytes:
    """A case as .docx: its title, a table of what it is (kind, date, industry, severity, outcome,
    soft skills, lessons), then its text. Labels in `lang` (default: the case's language)."""
    lang = lang or case.language or "zh-Hans"
    w = LABELS.get(lang, LABELS["en"])

    def lab(table, key):
        return vocab.label(table, key, lang) if vocab is not None and key else key

    lessons = [lesson_title(l) if lesson_title else l for l in case.lessons]
    outcome = lab("outcomes", case.outcome.status) if case.outcome.status and case.outcome.status != "unknown" else ""
    if case.outcome.summary:
        outcome = f"{outcome}: {case.outcome.summary}" if outcome else case.outcome.summary
    meta = [(w["id"], case.id), (w["kind"], lab("kinds", case.kind)), (w["date"], case.date),
            (w["industry"], lab("industries", case.industry)), (w["severity"], case.severity),
            (w["outcome"], outcome), (w["skills"], "、".join(lab("skills", s) for s in case.soft_skills)),
            (w["stakes"], "、".join(lab("stakes", s) for s in (case.extra.get("stakes") or []) if isinstance(s, str))),
            (w["lessons"], "；".join(lessons)), (w["source"], case.extra.get("source") or "")]
    path = Path(case.path)
    return markdown_to_docx(case.body, case.language or lang, case.title, meta, path.parent,
                            Path(cases_dir) if cases_dir else path.parent)
