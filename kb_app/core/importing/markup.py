"""HTML (mammoth's rendering of a Word file, or a wiki page) cleaned and turned into Markdown.

    soup = parse(html)
    clean(soup, image_src)        # scripts, styles, forms, frames, hidden text, comments dropped;
                                  # links kept only for http(s) and mailto; every <img> asked of
                                  # image_src(src, alt) -> a placeholder, or None to drop it
    promote_headings(soup)        # WPS / old templates: bold lines, 一、/（一） numbering, 情况 / 结果 ...
    title = take_title(soup)      # the document's title heading, removed from the body
    md = to_markdown(soup)        # markdownify: headings, lists, tables (pipes escaped), bold, links

sections(md) splits Markdown by its headings and says which are the situation, the actions,
the outcome and the lessons (in the three scripts), for the suggestions.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

from bs4 import BeautifulSoup, Comment, Declaration, Doctype, ProcessingInstruction
from bs4.element import CData
from markdownify import MarkdownConverter

from kb_app.core.analysis import text as _text
from .base import clean_text

DROP_TAGS = ["script", "style", "noscript", "iframe", "frame", "frameset", "object", "embed", "applet", "form",
             "input", "button", "select", "textarea", "svg", "math", "canvas", "template", "link", "meta", "base",
             "audio", "video", "source", "track", "nav", "aside", "footer", "dialog", "map", "area", "portal", "head"]
_SAFE_LINK_RE = re.compile(r"^(https?:|mailto:)", re.I)
_WS_CTRL_RE = re.compile(r"[\x00-\x20\x7f-\x9f]+")

# -- the sections a case study is written in --------------------------------------------------------
# folded (Simplified) and lower-cased; a heading is compared after its numbering is stripped
SECTION_NAMES = {
    "situation": ["情况", "背景", "事件背景", "事件经过", "经过", "概述", "事件概述", "问题描述", "故障描述", "现象",
                  "故障现象", "事件描述", "基本情况", "案例背景", "situation", "background", "summary", "overview",
                  "description", "what happened", "incident summary", "context", "problem"],
    "actions": ["行动", "处理过程", "处理经过", "应对", "应对措施", "处理措施", "采取的措施", "解决过程", "时间线",
                "处置过程", "处理步骤", "actions", "actions taken", "response", "timeline", "what we did",
                "handling", "steps taken"],
    "outcome": ["结果", "处理结果", "结局", "事件结果", "最终结果", "处置结果", "解决结果", "结论", "outcome",
                "result", "results", "resolution", "how it ended", "conclusion"],
    "lessons": ["经验教训", "教训", "经验", "经验总结", "启示", "反思", "改进措施", "改进建议", "复盘", "复盘总结",
                "总结", "心得", "lessons learned", "lessons", "lesson learned", "takeaways", "what we learned",
                "learnings", "lessons and improvements"],
}
_NUMBERING_RE = re.compile(
    r"^\s*(?:第[一二三四五六七八九十百\d]+[章节部分]|[一二三四五六七八九十]{1,3}[、．.]|[（(][一二三四五六七八九十\d]{1,3}[）)]"
    r"|\d{1,2}(?:\.\d{1,2})*[.、)]?(?=\s|[\u3400-\u9fff])|(?:part|section)\s+\d+[.:]?|[a-z][.)](?=\s))\s*", re.I)
_CN_NUM1_RE = re.compile(r"^\s*[一二三四五六七八九十]{1,3}[、．.]")
_CN_NUM2_RE = re.compile(r"^\s*[（(][一二三四五六七八九十]{1,3}[）)]")
_ARABIC_NUM_RE = re.compile(r"^\s*\d{1,2}(?:\.\d{1,2})*[.、)](?!\d)")
_SENTENCE_END = "。！？!?；;，,、"


def strip_numbering(s: str) -> str:
    s = _NUMBERING_RE.sub("", s.strip(), count=1)
    return s.strip().rstrip(":：").strip()


_SECTION_INDEX: dict[str, str] | None = None


def section_role(heading: str) -> str | None:
    """'situation' | 'actions' | 'outcome' | 'lessons' for a heading that names one (any script)."""
    global _SECTION_INDEX
    if _SECTION_INDEX is None:
        _SECTION_INDEX = {_text.fold(n).lower(): role for role, names in SECTION_NAMES.items() for n in names}
    h = strip_numbering(heading)
    h = re.sub(r"\s+", " ", _text.fold(h).lower()).strip(" .:：")
    if not h or len(h) > 40:
        return None
    if h in _SECTION_INDEX:
        return _SECTION_INDEX[h]
    for sep in ("与", "和", "及", "&", " and ", "/", "、"):  # 结果与教训, Outcome and lessons: the first names it
        if sep in h:
            first = h.split(sep)[0].strip()
            if first in _SECTION_INDEX:
                return _SECTION_INDEX[first]
    return None


# -- parsing and cleaning ---------------------------------------------------------------------------
MAX_DEPTH = 400
_TAG_RE = re.compile(r"<(/?)([a-zA-Z][\w:-]*)[^>]*?(/?)>")
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
         "p", "li", "td", "th", "tr", "option"}  # (p, li, td ... may be left open: not counted)


def nesting(html: str) -> int:
    """How deep the elements go (a quick scan, no parsing)."""
    depth = best = 0
    for m in _TAG_RE.finditer(html):
        if m.group(2).lower() in _VOID or m.group(3):
            continue
        depth += -1 if m.group(1) else 1
        best = max(best, depth)
    return best


def parse(html: str) -> BeautifulSoup:
    """The HTML parsed; SourceProblem('import-too-complex') when nested deeper than MAX_DEPTH (a page
    built to exhaust the parser: real pages stay under a hundred)."""
    from .base import SourceProblem

    html = clean_text(html)
    if nesting(html) > MAX_DEPTH:
        raise SourceProblem("import-too-complex", f"the page is nested more than {MAX_DEPTH} levels deep; not read",
                            (MAX_DEPTH,))
    return BeautifulSoup(html, "html.parser")


def _safe_href(href: str) -> str | None:
    h = _WS_CTRL_RE.sub("", href or "")
    if not _SAFE_LINK_RE.match(h):
        return None
    return h.replace(" ", "%20").replace("(", "%28").replace(")", "%29")


def _hidden(tag) -> bool:
    if tag.has_attr("hidden") or tag.get("aria-hidden") == "true" and tag.name in ("div", "span"):
        return True
    style = re.sub(r"\s+", "", str(tag.get("style") or "")).lower()
    return "display:none" in style or "visibility:hidden" in style


def clean(soup: BeautifulSoup, image_src: Callable[[str, str], str | None]) -> dict:
    """Drop what must never reach a case (in place). Returns counts: {'images_dropped', 'links_dropped'}."""
    counts = {"images_dropped": 0, "links_dropped": 0}
    for node in soup.find_all(string=lambda t: isinstance(t, (Comment, Declaration, Doctype, ProcessingInstruction, CData))):
        node.extract()
    for t in soup.find_all(DROP_TAGS):
        t.decompose()
    for t in soup.find_all(True):
        if t.decomposed:
            continue
        if _hidden(t):
            t.decompose()
    for a in soup.find_all("a"):
        href = _safe_href(str(a.get("href") or ""))
        if href is None:
            if a.get("href"):
                counts["links_dropped"] += 1
            a.unwrap()
        else:
            a.attrs = {"href": href}
    for img in soup.find_all("img"):
        alt = clean_text(str(img.get("alt") or "")).strip()
        new = image_src(str(img.get("src") or ""), alt)
        if new:
            img.attrs = {"src": new, "alt": alt.replace("[", "(").replace("]", ")")}
        else:
            counts["images_dropped"] += 1
            img.decompose()
    for t in soup.find_all(True):  # every other attribute goes (on*, style, class but ours)
        keep = {}
        if t.name == "a" and t.get("href"):
            keep["href"] = t["href"]
        elif t.name == "img":
            keep = {k: t[k] for k in ("src", "alt") if t.has_attr(k)}
        elif t.name in ("td", "th") and str(t.get("colspan", "")).isdigit():
            keep["colspan"] = str(min(int(t["colspan"]), 50))
        if "doc-title" in (t.get("class") or []):
            keep["class"] = ["doc-title"]
        t.attrs = keep
    return counts


def _all_bold(p) -> bool:
    texts = [s for s in p.find_all(string=True) if s.strip()]
    return bool(texts) and all(s.find_parent(["strong", "b"]) is not None and
                               p in s.find_parent(["strong", "b"]).parents for s in texts)


def promote_headings(soup: BeautifulSoup) -> int:
    """Word files from WPS or old templates write headings as bold lines or with 一、 / （一）
    numbering and no heading style: such short lines become headings. Returns how many."""
    n = 0
    for p in soup.find_all("p"):
        if p.find_parent(["td", "th", "li", "table", "blockquote"]) is not None or p.find("img") is not None:
            continue
        t = re.sub(r"\s+", " ", p.get_text(" ", strip=True))
        if not t or len(t) > 60:
            continue
        ends = t[-1] in _SENTENCE_END
        cjk = bool(_text.CJK_RE.search(t))
        level = None
        if _CN_NUM1_RE.match(t) and len(t) <= 30 and not ends:
            level = 2
        elif _CN_NUM2_RE.match(t) and len(t) <= 30 and not ends:
            level = 3
        elif section_role(t) and len(strip_numbering(t)) <= 20 and not ends:
            level = 2
        elif _all_bold(p) and not ends and len(t) <= (40 if cjk else 90):
            level = 3 if _ARABIC_NUM_RE.match(t) else 2
        if level:
            for b in p.find_all(["strong", "b"]):
                b.unwrap()
            p.name = f"h{level}"
            n += 1
    return n


def take_title(soup: BeautifulSoup) -> tuple[str, str]:
    """(title, why) from the document itself, the heading removed from the body:
    a Title-styled paragraph ('document-title'), else a first block that is a heading and does
    not name a section ('first-heading'); ('', '') when neither."""
    t = soup.find(class_="doc-title")
    if t is not None:
        title = re.sub(r"\s+", " ", t.get_text(" ", strip=True))
        t.decompose()
        if title:
            return title, "document-title"
    first = next((el for el in soup.find_all(True) if el.name in ("h1", "h2", "h3", "h4", "p", "ul", "ol", "table")
                  and el.get_text(strip=True)), None)
    if first is not None and first.name in ("h1", "h2", "h3", "h4"):
        title = re.sub(r"\s+", " ", first.get_text(" ", strip=True))
        if not section_role(title):
            first.decompose()
            return title, "first-heading"
    return "", ""


def first_heading(soup: BeautifulSoup) -> str:
    for h in soup.find_all(["h1", "h2", "h3"]):
        t = re.sub(r"\s+", " ", h.get_text(" ", strip=True))
        if t and not section_role(t):
            return t
    return ""


# -- Markdown ------------------------------------------------------------------------------------------
class _Converter(MarkdownConverter):
    def convert_td(self, el, text, parent_tags):
        return super().convert_td(el, text.replace("|", "\\|"), parent_tags)

    def convert_th(self, el, text, parent_tags):
        return super().convert_th(el, text.replace("|", "\\|"), parent_tags)


_INLINE_IMG_PARENTS = ["td", "th", "li", "p", "a", "span", "strong", "b", "em", "i", "h1", "h2", "h3", "h4", "h5", "h6",
                       "div", "figure", "caption", "u", "sup", "sub"]


def to_markdown(soup) -> str:
    conv = _Converter(heading_style="ATX", bullets="-", table_infer_header=True, escape_misc=False,
                      keep_inline_images_in=_INLINE_IMG_PARENTS, strong_em_symbol="*")
    md = conv.convert_soup(soup)
    return tidy(md)


def tidy(md: str) -> str:
    md = clean_text(md)
    md = "\n".join(line.rstrip() for line in md.split("\n"))
    md = re.sub(r"\n{3,}", "\n\n", md)
    return md.strip() + "\n" if md.strip() else ""


# -- sections of Markdown -------------------------------------------------------------------------------
_MD_HEADING_RE = re.compile(r"^(#{1,6})[ \t]+(.+?)[ \t#]*$")
_ITEM_RE = re.compile(r"^[ \t]{0,3}(?:[-*+•·]|\d{1,3}[.)、]|[（(]?\d{1,3}[）)])[ \t]+(.+)$")


@dataclass
class Section:
    heading: str
    level: int
    role: str | None
    text: str


def sections(md: str) -> list[Section]:
    """The Markdown split at its headings (text before the first heading: heading '')."""
    out: list[Section] = []
    cur = Section("", 0, None, "")
    buf: list[str] = []
    fence = False
    for line in (md or "").split("\n"):
        if line.lstrip().startswith(("```", "~~~")):
            fence = not fence
        m = None if fence else _MD_HEADING_RE.match(line)
        if m:
            cur.text = "\n".join(buf).strip()
            out.append(cur)
            h = m.group(2).strip()
            cur, buf = Section(h, len(m.group(1)), section_role(h), ""), []
        else:
            buf.append(line)
    cur.text = "\n".join(buf).strip()
    out.append(cur)
    return [s for s in out if s.heading or s.text]


def list_items(md_text: str) -> list[str]:
    """The items of the lists in a piece of Markdown (one line each), else its paragraphs."""
    items = []
    for line in md_text.split("\n"):
        m = _ITEM_RE.match(line)
        if m:
            items.append(m.group(1).strip())
        elif items and line.startswith(("   ", "\t")) and line.strip() and not _ITEM_RE.match(line.strip()):
            items[-1] += " " + line.strip()
    if items:
        return [plain(i) for i in items if plain(i)]
    return [plain(p) for p in re.split(r"\n\s*\n", md_text) if plain(p) and not p.lstrip().startswith("|")]


_MD_MARK_RE = re.compile(r"(\*\*|__|\*|`|~~)")
_MD_LINK_RE = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")


def plain(md_text: str) -> str:
    """Markdown made a line of plain text (links to their text, images dropped, marks removed)."""
    s = _MD_LINK_RE.sub(lambda m: "" if m.group(0).startswith("!") else m.group(1), md_text or "")
    s = _MD_MARK_RE.sub("", s).replace("\\|", "|").replace("\\", "")
    return re.sub(r"\s+", " ", s).strip()
