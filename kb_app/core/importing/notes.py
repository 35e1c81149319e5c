"""Markdown and plain-text notes from other tools: Obsidian (YAML front matter, ![[embeds]]),
Joplin (front matter: title, created, tags), Notion exports (no front matter; '# Title' then
'Property: value' lines; a 32-hex id at the end of the file name), and .txt files.

Front matter is read with the safe loader (a tag that builds objects is refused, the text still
comes in). Local images beside the note (inside the folder being imported) are carried; remote
ones are dropped; raw HTML that could run (script, iframe, on* handlers, javascript: links) is
removed from the text.
"""
from __future__ import annotations

import os
import re
from pathlib import Path

from kb_app.core import safeyaml
from kb_app.core.domain import Problem
from .base import MAX_IMAGES, Draft, Given, Importer, SourceProblem, clean_text, decode_text, inside, one_line, read_bounded
from .web import LocalImages
from . import markup

_FM_RE = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_NOTION_ID_RE = re.compile(r"\s+[0-9a-f]{32}$", re.I)
_NOTION_PROP_RE = re.compile(r"^([A-Za-z][A-Za-z ]{1,30}|[\u3400-\u9fff]{2,8}):\s+(.+)$")
_NOTION_PROPS = {"created", "created time", "date", "tags", "status", "category", "type", "last edited time",
                 "owner", "priority", "created by", "last edited by", "date created", "assignee", "severity",
                 "创建时间", "日期", "标签", "类别", "状态", "優先級", "建立時間", "標籤", "類別", "狀態"}
_MD_IMG_RE = re.compile(r"!\[([^\]\n]*)\]\(\s*(<[^>\n]+>|[^)\s]+)(?:\s+\"[^\"\n]*\")?\s*\)")
_EMBED_RE = re.compile(r"!\[\[([^\]|#\n]+)(?:[|#][^\]\n]*)?\]\]")
_MD_LINK_RE = re.compile(r"(?<!!)\[([^\]\n]*)\]\(\s*(<[^>\n]+>|[^)\s]+)(?:\s+\"[^\"\n]*\")?\s*\)")
_HTML_IMG_RE = re.compile(r"<img\b[^>]*>", re.I)
_DANGER_BLOCK_RE = re.compile(r"<(script|style|iframe|object|embed|applet|form|template|svg|math)\b.*?(</\1\s*>|\Z)",
                              re.I | re.S)
_DANGER_TAG_RE = re.compile(r"</?(script|style|iframe|object|embed|applet|form|input|button|link|meta|base|frame)"
                            r"\b[^>]*>", re.I)
_ON_ATTR_RE = re.compile(r"(<[a-z][^>]*?)\s+on[a-z]+\s*=\s*(\"[^\"]*\"|'[^']*'|[^\s>]+)", re.I)
_JS_URL_RE = re.compile(r"(href|src)\s*=\s*([\"']?)\s*(javascript|vbscript|data):[^\"'>\s]*\2", re.I)


def _fm_given(fm: dict) -> tuple[dict, str]:
    given: dict[str, Given] = {}
    title = ""
    low = {str(k).strip().lower(): (k, v) for k, v in fm.items()}

    def pick(*names):
        for n in names:
            if n in low and low[n][1] not in (None, "", []):
                return low[n]
        return None

    t = pick("title", "标题", "標題")
    if t:
        title = one_line(str(t[1]))
    d = pick("date", "created", "created_at", "created time", "date created", "creation date", "日期", "创建时间", "建立時間")
    if d:
        given["date"] = Given(d[1], "front-matter", (str(d[0]),))
    tg = pick("tags", "tag", "keywords", "标签", "標籤")
    if tg:
        v = tg[1]
        items = v if isinstance(v, list) else re.split(r"[,，、\s]+", str(v))
        tags = [one_line(str(x)).lstrip("#") for x in items if str(x).strip()]
        if tags:
            given["tags"] = Given([x for x in tags if x][:20], "front-matter", (str(tg[0]),))
    for key in ("kind", "industry", "severity", "language", "outcome_status", "outcome_summary"):
        k = pick(key)
        if k and not isinstance(k[1], (list, dict)):
            given[key] = Given(one_line(str(k[1])), "front-matter", (str(k[0]),))
    k = pick("category", "类别", "類別")
    if k and "kind" not in given and not isinstance(k[1], (list, dict)):
        given["category"] = Given(one_line(str(k[1])), "front-matter", (str(k[0]),))
    oc = pick("outcome")
    if oc and isinstance(oc[1], dict):
        if oc[1].get("status"):
            given["outcome_status"] = Given(one_line(str(oc[1]["status"])), "front-matter", ("outcome",))
        if oc[1].get("summary"):
            given["outcome_summary"] = Given(one_line(str(oc[1]["summary"]), 400), "front-matter", ("outcome",))
    sk = pick("soft_skills")
    if sk and isinstance(sk[1], list):
        given["soft_skills"] = Given([str(x) for x in sk[1]], "front-matter", ("soft_skills",))
    st = pick("stakes")
    if st and isinstance(st[1], list):
        given["stakes"] = Given([str(x) for x in st[1]], "front-matter", ("stakes",))
    return given, title


_FOUND: dict[tuple[str, str], Path | None] = {}


def _find_by_name(root: Path, name: str, limit: int = 5000) -> Path | None:
    """Obsidian resolves ![[name.png]] anywhere in the vault: the first file so named under root
    (walk bounded; links to folders not followed; each name looked up once)."""
    name = os.path.basename(name)
    key = (str(root), name)
    if key not in _FOUND:
        if len(_FOUND) > 10000:
            _FOUND.clear()
        _FOUND[key] = _walk_for(root, name, limit)
    return _FOUND[key]


def _walk_for(root: Path, name: str, limit: int) -> Path | None:
    n = 0
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        if name in filenames:
            return Path(dirpath) / name
        n += len(filenames) + len(dirnames)
        if n > limit:
            return None
    return None


def _sanitize_raw_html(md: str) -> str:
    md = _DANGER_BLOCK_RE.sub("", md)
    md = _DANGER_TAG_RE.sub("", md)
    for _ in range(5):
        new = _ON_ATTR_RE.sub(r"\1", md)
        if new == md:
            break
        md = new
    return _JS_URL_RE.sub("", md)


def _images_and_links(md: str, images_src: LocalImages, base: Path, root: Path) -> str:
    def md_img(m):
        src = m.group(2).strip("<>")
        new = images_src(src, m.group(1))
        return f"![{m.group(1)}]({new})" if new else ""

    def embed(m):
        name = m.group(1).strip()
        if len(images_src.images) >= MAX_IMAGES or images_src.dropped > 4 * MAX_IMAGES:
            images_src.dropped += 1
            return ""
        cand = base / name
        if not cand.is_file():
            found = _find_by_name(root, name)
            cand = found if found is not None else cand
        if not cand.is_file() or not inside(cand, root):
            images_src.dropped += 1
            return ""
        rel = os.path.relpath(cand, base)
        new = images_src(rel, os.path.splitext(os.path.basename(name))[0])
        return f"![]({new})" if new else ""

    def html_img(m):
        tag = m.group(0)
        s = re.search(r"\bsrc\s*=\s*([\"'])(.*?)\1", tag, re.I | re.S)
        a = re.search(r"\balt\s*=\s*([\"'])(.*?)\1", tag, re.I | re.S)
        new = images_src(s.group(2), a.group(2) if a else "") if s else None
        return f"![{(a.group(2) if a else '')}]({new})" if new else ""

    def link(m):
        href = m.group(2).strip("<>")
        return m.group(0) if markup._safe_href(href) else m.group(1)

    md = _MD_IMG_RE.sub(md_img, md)
    md = _EMBED_RE.sub(embed, md)
    md = _HTML_IMG_RE.sub(html_img, md)
    return _MD_LINK_RE.sub(link, md)


def _txt_to_md(text: str) -> str:
    """Plain text: paragraphs kept; short numbered or section-name lines become headings; bullets lists."""
    out = []
    for line in text.split("\n"):
        s = line.strip()
        if s and len(s) <= 30 and s[-1] not in markup._SENTENCE_END and (
                markup._CN_NUM1_RE.match(s) or markup._CN_NUM2_RE.match(s) or markup.section_role(s)):
            out += ["", f"## {s}", ""]
            continue
        if s.startswith(("•", "·", "●", "▪")):
            out.append("- " + s.lstrip("•·●▪ \t"))
            continue
        if s.startswith("#"):
            s = "\\" + s
            out.append(s)
            continue
        out.append(line.rstrip())
    return markup.tidy("\n".join(out))


class NotesImporter(Importer):
    fmt = "md"
    extensions = (".md", ".markdown", ".txt")

    def read(self, path: Path, ctx, root: Path):
        raw = clean_text(decode_text(read_bounded(path)))
        is_txt = path.suffix.lower() == ".txt"
        given: dict[str, Given] = {}
        title, why = "", ""
        warnings: list[Problem] = []
        body = raw
        m = _FM_RE.match(raw) if not is_txt else None
        if m:
            body = raw[m.end():]
            try:
                fm = safeyaml.load(m.group(1))
            except Exception as e:  # noqa: BLE001 - a broken header: the text still comes in
                fm = None
                warnings.append(Problem(str(path), f"the front matter could not be read ({one_line(str(e), 100)}); "
                                                   "imported without it", None, "warning", "import-front-matter",
                                        (one_line(str(e), 100),)))
            if isinstance(fm, dict):
                given, title = _fm_given(fm)
                why = "front-matter" if title else ""
        if is_txt:
            body = _txt_to_md(body)
            lines = [l for l in body.split("\n") if l.strip()]
            first = lines[0].strip() if lines else ""
            if first and len(first) <= 80 and not first.startswith("#") and first[-1] not in markup._SENTENCE_END \
                    and not markup.section_role(first):
                title, why = first, "first-line"
                body = body.split(first, 1)[1] if first in body else body
        else:
            body = _sanitize_raw_html(body)
            # the first block a level-1/2 heading: the title (Notion, Obsidian, Joplin all start so)
            hm = re.match(r"\A\s*(#{1,2})[ \t]+(.+?)[ \t#]*(?:\n|\Z)", body)
            if hm:
                if not title:
                    title, why = hm.group(2).strip(), "first-heading"
                if markup._text.fold(hm.group(2).strip()) == markup._text.fold(title) or why == "first-heading":
                    body = body[hm.end():]
            # Notion: 'Property: value' lines right under the title
            lines = body.lstrip("\n").split("\n")
            props = []
            while lines and _NOTION_PROP_RE.match(lines[0].strip()) and \
                    _NOTION_PROP_RE.match(lines[0].strip()).group(1).strip().lower() in _NOTION_PROPS:
                props.append(_NOTION_PROP_RE.match(lines[0].strip()).groups())
                lines.pop(0)
            if props:
                body = "\n".join(lines)
                extra, _ = _fm_given({k: v for k, v in props})
                for k, v in extra.items():
                    given.setdefault(k, Given(v.value, "document-property", v.words))
        images: list = []
        src = LocalImages(path.parent, root, images)
        body = _images_and_links(body, src, path.parent, root) if not is_txt else body
        md = markup.tidy(body)
        if not title:
            stem = _NOTION_ID_RE.sub("", path.stem).strip()
            first = next((s.heading for s in markup.sections(md) if s.heading and not s.role), "")
            title, why = (first, "first-heading") if first else (stem, "file-name")
        if not md.strip() and not title:
            raise SourceProblem("import-empty", "the file has no text")
        d = Draft(file=path, label="", fmt="txt" if is_txt else "md", title=one_line(title), title_why=why,
                  markdown=md, original=raw, images=images, given=given, warnings=warnings)
        if src.dropped:
            d.warnings.append(Problem(str(path), f"{src.dropped} image(s) not kept (remote, outside the folder, "
                                                 "not a picture, or a tracking pixel)", None, "warning",
                                      "import-image-dropped", (src.dropped,)))
        yield d
