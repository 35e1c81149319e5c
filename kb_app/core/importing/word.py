"""Word .docx case studies, through mammoth (docx -> clean HTML), then markup.py (HTML -> Markdown).

Headings come from heading styles, English or localized (Heading 1, 标题 1, 標題 1; Title, 标题,
標題 for the document title), and where a file from WPS or an old template has none, from bold
lines and 一、 / （一） numbering (markup.promote_headings). Lists, tables, bold, italic and links
survive; images are handed over by mammoth's callback, kept when their bytes are an image.
"""
from __future__ import annotations

import html as _html
import re
import zipfile
from pathlib import Path

from .base import (MAX_IMAGES, Draft, Importer, SourceProblem, accept_image, check_office_zip, one_line)
from . import markup

_LEVELS = range(1, 7)
STYLE_MAP = "\n".join(
    ["p[style-name='Title'] => h1.doc-title:fresh", "p[style-name='标题'] => h1.doc-title:fresh",
     "p[style-name='標題'] => h1.doc-title:fresh", "p[style-name='Subtitle'] => p:fresh",
     "p[style-name='副标题'] => p:fresh", "p[style-name='副標題'] => p:fresh"]
    + [f"p[style-name='{name} {n}'] => h{n}:fresh" for n in _LEVELS for name in ("heading", "Heading", "标题", "標題")]
    + [f"p[style-name='{name}{n}'] => h{n}:fresh" for n in _LEVELS for name in ("heading", "Heading", "标题", "標題")]
)


def core_title(path: Path) -> str:
    """The title in the document's properties (docProps/core.xml), if it says anything."""
    try:
        with zipfile.ZipFile(path) as z:
            if "docProps/core.xml" not in z.namelist():
                return ""
            with z.open("docProps/core.xml") as f:
                xml = f.read(256 * 1024).decode("utf-8", "replace")
    except (OSError, zipfile.BadZipFile, KeyError):
        return ""
    m = re.search(r"<dc:title>(.*?)</dc:title>", xml, re.S)
    t = one_line(_html.unescape(m.group(1))) if m else ""
    # template leftovers say nothing about the case
    if not t or re.match(r"^(microsoft word|document\d*|文档\d*|文件\d*|untitled|无标题|未命名)", t, re.I):
        return ""
    return t


_STYLE_BLOCK_RE = re.compile(r"<w:style\b[^>]*?(?:/>|>.*?</w:style>)", re.S)
_STYLE_ID_RE = re.compile(r'w:styleId="([^"]*)"')
_STYLE_REF_RE = re.compile(r'<w:(?:pStyle|rStyle|tblStyle|numStyleLink|styleLink|basedOn|link)\b[^>]*w:val="([^"]*)"')
SLIM_ABOVE = 64 * 1024


def _slim(path: Path):
    """The .docx with its styles.xml cut to the styles the text uses (an open file-like object), or
    the path itself when there is nothing to gain. Word's and python-docx's templates carry
    300-400 KB of latent and unused table styles, which mammoth would parse into a DOM for
    every document: most of the time an import spends."""
    import io

    with zipfile.ZipFile(path) as z:
        names = z.namelist()
        if "word/styles.xml" not in names or z.getinfo("word/styles.xml").file_size <= SLIM_ABOVE:
            return None
        styles = z.read("word/styles.xml").decode("utf-8")
        used = set()
        for part in ("word/document.xml", "word/numbering.xml", "word/footnotes.xml", "word/endnotes.xml",
                     "word/comments.xml"):
            if part in names:
                used.update(_STYLE_REF_RE.findall(z.read(part).decode("utf-8", "replace")))
        blocks = {(_STYLE_ID_RE.search(b.group(0)) or [None, None])[1]: b.group(0) for b in _STYLE_BLOCK_RE.finditer(styles)}
        keep, todo = set(), list(used)
        while todo:  # the styles used, and what they are based on or linked to
            sid = todo.pop()
            if sid in keep or sid not in blocks:
                continue
            keep.add(sid)
            todo.extend(_STYLE_REF_RE.findall(blocks[sid]))

        def repl(m):
            sid = (_STYLE_ID_RE.search(m.group(0)) or [None, None])[1]
            return m.group(0) if sid in keep else ""

        slim = re.sub(r"<w:latentStyles\b.*?</w:latentStyles>", "", _STYLE_BLOCK_RE.sub(repl, styles), flags=re.S)
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED) as out:
            for info in z.infolist():
                if info.filename == "word/stylesWithEffects.xml":
                    continue
                data = slim.encode("utf-8") if info.filename == "word/styles.xml" else z.read(info.filename)
                out.writestr(info.filename, data)
        buf.seek(0)
        return buf


class WordImporter(Importer):
    fmt = "docx"
    extensions = (".docx", ".docm")

    def read(self, path: Path, ctx, root: Path):
        import mammoth

        check_office_zip(path, ".docx", "word/document.xml")
        images = []
        dropped = {"n": 0}

        def convert_image(image):
            if len(images) >= MAX_IMAGES:
                dropped["n"] += 1
                return {"src": "kbimg:drop"}
            try:
                with image.open() as f:
                    data = f.read(markup_limit() + 1)
            except Exception:  # noqa: BLE001 - a broken or external image: the text still goes in
                dropped["n"] += 1
                return {"src": "kbimg:drop"}
            img, why = accept_image(data, getattr(image, "alt_text", "") or "")
            if img is None:
                dropped["n"] += 1
                return {"src": "kbimg:drop"}
            images.append(img)
            return {"src": f"kbimg:{len(images) - 1}"}

        try:
            slim = _slim(path)
            with (slim if slim is not None else open(path, "rb")) as f:
                result = mammoth.convert_to_html(f, style_map=STYLE_MAP, include_default_style_map=True,
                                                 convert_image=mammoth.images.img_element(convert_image))
        except SourceProblem:
            raise
        except (zipfile.BadZipFile, KeyError, ValueError, OSError) as e:
            raise SourceProblem("import-damaged", f"the file is damaged ({type(e).__name__}: {one_line(str(e), 120)})",
                                (f"{type(e).__name__}: {one_line(str(e), 120)}",))
        except Exception as e:  # noqa: BLE001 - mammoth or the XML parser on a broken file
            raise SourceProblem("import-damaged", f"the file could not be read ({type(e).__name__}: "
                                f"{one_line(str(e), 120)})", (f"{type(e).__name__}: {one_line(str(e), 120)}",))
        soup = markup.parse(result.value)
        counts = markup.clean(soup, lambda src, alt: None if src in ("", "kbimg:drop") or not src.startswith("kbimg:")
                              else src)
        counts["images_dropped"] += dropped["n"] - 0
        markup.promote_headings(soup)
        title, why = markup.take_title(soup)
        if not title:
            title, why = core_title(path), "document-property"
        if not title:
            title, why = markup.first_heading(soup), "first-heading"
        md = markup.to_markdown(soup)
        draft = Draft(file=path, label="", fmt=self.fmt, title=one_line(title), title_why=why if title else "",
                      markdown=md, original=(f"# {title}\n\n" if title else "") + md, images=images)
        if counts["images_dropped"]:
            draft.warnings.append(_dropped_warning(path, dropped["n"]))
        yield draft


def markup_limit() -> int:
    from .base import MAX_IMAGE_BYTES

    return MAX_IMAGE_BYTES


def _dropped_warning(path: Path, n: int):
    from kb_app.core.domain import Problem

    return Problem(str(path), f"{n} image(s) not kept (not a picture format shown offline, too large, or a "
                              "tracking pixel)", None, "warning", "import-image-dropped", (n,))
