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
            with open(path, "rb") as f:
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
