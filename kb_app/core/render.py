"""Markdown -> safe, offline HTML for the case view.

Raw HTML in a case is sanitized with nh3 (scripts, styles, event handlers, iframes go);
images may only be local files (relative to the case file) or data: URIs, anything remote
becomes a visible placeholder, so rendering a case never touches the network. Web links stay
links: the GUI opens them only when clicked, in the system browser.
"""
from __future__ import annotations

import html
import re
from pathlib import Path

import markdown
import nh3

ALLOWED_TAGS = {
    "a", "abbr", "b", "blockquote", "br", "code", "del", "dd", "div", "dl", "dt", "em", "h1", "h2", "h3",
    "h4", "h5", "h6", "hr", "i", "img", "kbd", "li", "mark", "ol", "p", "pre", "s", "span", "strong", "sub",
    "sup", "table", "tbody", "td", "th", "thead", "tr", "u", "ul",
}
ALLOWED_ATTRS = {
    "a": {"href", "title"}, "img": {"src", "alt", "title", "width", "height"}, "td": {"align"},
    "th": {"align"}, "span": {"class"}, "div": {"class"}, "code": {"class"},
}
_IMG_RE = re.compile(r"<img\b[^>]*>", re.I)
_SRC_RE = re.compile(r'\bsrc="([^"]*)"', re.I)
_ALT_RE = re.compile(r'\balt="([^"]*)"', re.I)

CSS = """
body { font-size: 14px; line-height: 1.6; }
h1 { font-size: 20px; margin: 0 0 6px 0; }
h2 { font-size: 16px; margin: 14px 0 4px 0; color: #1f3a5f; }
table { border-collapse: collapse; margin: 6px 0; }
th, td { border: 1px solid #b8c2cc; padding: 3px 8px; }
th { background: #eef2f6; }
code, pre { font-family: monospace; background: #f3f4f6; }
blockquote { color: #4b5563; border-left: 3px solid #cbd5e1; margin-left: 0; padding-left: 10px; }
.remote { color: #8a5a00; background: #fff7e0; border: 1px dashed #d9a400; padding: 2px 6px; }
"""


def is_remote(url: str) -> bool:
    u = url.strip().lower()
    return u.startswith(("http:", "https:", "//", "ftp:")) or (":" in u.split("/")[0] and not u.startswith(("data:", "file:")))


def _fix_images(html_text: str, base_dir: Path | None) -> str:
    def repl(m):
        tag = m.group(0)
        src_m = _SRC_RE.search(tag)
        src = html.unescape(src_m.group(1)) if src_m else ""
        alt_m = _ALT_RE.search(tag)
        alt = html.unescape(alt_m.group(1)) if alt_m else ""
        if not src or is_remote(src) or src.lower().startswith("file:"):
            label = alt or src or "image"
            return f'<span class="remote">[image not loaded: {html.escape(label)}]</span>'
        if src.lower().startswith("data:"):
            return tag
        if base_dir is not None:
            p = (base_dir / src).resolve()
            return tag.replace(src_m.group(1), html.escape(p.as_uri(), quote=True))
        return tag

    return _IMG_RE.sub(repl, html_text)


def markdown_to_html(md_text: str, base_dir: Path | None = None) -> str:
    raw = markdown.markdown(md_text or "", extensions=["extra", "sane_lists"], output_format="html")
    clean = nh3.clean(raw, tags=ALLOWED_TAGS, attributes=ALLOWED_ATTRS, url_schemes={"http", "https", "mailto", "data", "file"},
                      link_rel="noopener noreferrer")
    return _fix_images(clean, base_dir)
