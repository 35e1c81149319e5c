"""Wiki pages saved as .html / .htm (Confluence, MediaWiki, SharePoint exports, a browser's "save
page"): the page's own content (main / article / #main-content ... when there is one) through
markup.py. Images are taken only from files beside the page, inside the folder being imported,
or from data: URIs; remote images (and so tracking pixels) are never fetched.
"""
from __future__ import annotations

import base64
import re
from pathlib import Path
from urllib.parse import unquote

from .base import (MAX_IMAGES, Draft, Importer, SourceProblem, accept_image, clean_text, decode_text, inside,
                   one_line, read_bounded)
from . import markup

_CONTENT_IDS = ("main-content", "mw-content-text", "content", "main", "wiki-content", "page-content", "article")
_META_CHARSET_RE = re.compile(rb"<meta[^>]+charset=[\"']?([A-Za-z0-9_-]+)", re.I)


def decode_html(data: bytes) -> str:
    m = _META_CHARSET_RE.search(data[:4096])
    if m and not data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode(m.group(1).decode("ascii"))
        except (LookupError, UnicodeDecodeError):
            pass
    return decode_text(data)


class LocalImages:
    """image_src for markup.clean: a relative file under `root` or a data: URI becomes a kbimg:N
    placeholder, its bytes checked to be a picture; anything remote or outside is dropped."""

    def __init__(self, base: Path, root: Path, images: list):
        self.base, self.root, self.images = base, root, images
        self.dropped = 0

    def __call__(self, src: str, alt: str) -> str | None:
        src = clean_text(src).strip()
        if len(self.images) >= MAX_IMAGES or not src:
            return self._drop()
        low = src.lower()
        if low.startswith("data:"):
            m = re.match(r"data:image/[a-z0-9.+-]+;base64,(.*)$", src, re.I | re.S)
            if not m:
                return self._drop()
            try:
                data = base64.b64decode(m.group(1)[: 14 * 1024 * 1024], validate=False)
            except ValueError:
                return self._drop()
            return self._keep(data, alt)
        if re.match(r"^[a-z][a-z0-9+.-]*:", low) or low.startswith("//"):
            return self._drop()  # http(s), file, javascript ... never fetched
        rel = unquote(src.split("#", 1)[0].split("?", 1)[0])
        p = (self.base / rel)
        if not inside(p, self.root) or not p.is_file():
            return self._drop()
        try:
            data = read_bounded(p, 14 * 1024 * 1024)
        except SourceProblem:
            return self._drop()
        return self._keep(data, alt)

    def _keep(self, data: bytes, alt: str) -> str | None:
        img, _ = accept_image(data, alt)
        if img is None:
            return self._drop()
        self.images.append(img)
        return f"kbimg:{len(self.images) - 1}"

    def _drop(self):
        self.dropped += 1
        return None


class WebImporter(Importer):
    fmt = "html"
    extensions = (".html", ".htm", ".xhtml")

    def read(self, path: Path, ctx, root: Path):
        data = read_bounded(path)
        html = decode_html(data)
        soup = markup.parse(html)
        head_title = ""
        if soup.title is not None:
            head_title = one_line(soup.title.get_text(" ", strip=True))
        content = None
        for cid in _CONTENT_IDS:
            content = soup.find(id=cid)
            if content is not None:
                break
        if content is None:
            content = soup.find("main") or soup.find("article") or soup.body or soup
        images: list = []
        src = LocalImages(path.parent, root, images)
        part = markup.parse(str(content))
        # the page's own h1 (Confluence, MediaWiki keep it outside the content)
        page_h1 = soup.find("h1")
        markup.clean(part, src)
        markup.promote_headings(part)
        title, why = markup.take_title(part)
        if not title and page_h1 is not None and page_h1.get_text(strip=True):
            title, why = one_line(page_h1.get_text(" ", strip=True)), "first-heading"
        if not title and head_title:
            # "Space : Page" (Confluence), "Page - Wiki" (MediaWiki): the page part
            title, why = re.split(r"\s+[:|–—-]\s+", head_title)[-1 if " : " in head_title else 0], "html-title"
        if not title:
            title, why = markup.first_heading(part), "first-heading"
        md = markup.to_markdown(part)
        if not md.strip():
            raise SourceProblem("import-empty", "the page has no text")
        d = Draft(file=path, label="", fmt=self.fmt, title=one_line(title), title_why=why if title else "",
                  markdown=md, original=(f"# {title}\n\n" if title else "") + md, images=images)
        if src.dropped:
            from kb_app.core.domain import Problem

            d.warnings.append(Problem(str(path), f"{src.dropped} image(s) not kept (remote, outside the folder, "
                                                 "not a picture, or a tracking pixel)", None, "warning",
                                      "import-image-dropped", (src.dropped,)))
        yield d
