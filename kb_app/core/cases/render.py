"""Markdown -> safe, offline HTML for the case view.

Raw HTML in a case is sanitized with nh3 (scripts, styles, event handlers, iframes go);
images may only be local files (relative to the case file) or data: URIs, anything remote
becomes a visible placeholder, so rendering a case never touches the network. Web links stay
links: the GUI opens them only when clicked, in the system browser.

The placeholder's words belong to whoever shows the page: the core marks it (the image's name
between two private-use characters) and word_remote_images() puts the reader's wording in, so the
window says it in the UI language, even after a language switch, and the core stays Qt-free.
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
table.cont { margin-top: 0; }
pre.plain { white-space: pre-wrap; background: #f8fafc; }
.remote { color: #8a5a00; background: #fff7e0; border: 1px dashed #d9a400; padding: 2px 6px; }
"""


REMOTE_OPEN, REMOTE_CLOSE = "\ue000", "\ue001"   # around a refused image's name, until it is worded
_REMOTE_RE = re.compile("\ue000([^\ue000\ue001]*)\ue001")


def word_remote_images(html_text: str, named: str = "[image not loaded: {0}]",
                       unnamed: str = "[image not loaded]") -> str:
    """The placeholders of refused images, worded: `named` with {0} for the image's alt text or
    address (plain text, escaped here), `unnamed` for an image that has neither."""
    if REMOTE_OPEN not in (html_text or ""):
        return html_text
    return _REMOTE_RE.sub(lambda m: html.escape(named).replace("{0}", m.group(1)) if m.group(1)
                          else html.escape(unnamed), html_text)


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
            name = (alt or src).replace(REMOTE_OPEN, "").replace(REMOTE_CLOSE, "")
            return f'<span class="remote">{REMOTE_OPEN}{html.escape(name)}{REMOTE_CLOSE}</span>'
        if src.lower().startswith("data:"):
            return tag
        if base_dir is not None:
            p = (base_dir / src).resolve()
            return tag.replace(src_m.group(1), html.escape(p.as_uri(), quote=True))
        return tag

    return _IMG_RE.sub(repl, html_text)


_TASK_RE = re.compile(r"(<li>(?:\s*<p>)?)\s*\[([ xX])\]\s+")


def _task_boxes(html_text: str) -> str:
    """GitHub task lists: '- [ ] item' -> a ballot box, not a literal '[ ]'."""
    return _TASK_RE.sub(lambda m: m.group(1) + ("\u2611 " if m.group(2) in "xX" else "\u2610 "), html_text)


def markdown_to_html(md_text: str, base_dir: Path | None = None) -> str:
    raw = markdown.markdown(md_text or "", extensions=["extra", "sane_lists"], output_format="html")
    clean = nh3.clean(raw, tags=ALLOWED_TAGS, attributes=ALLOWED_ATTRS, url_schemes={"http", "https", "mailto", "data", "file"},
                      link_rel="noopener noreferrer")
    return _task_boxes(_fix_images(clean, base_dir))


# -- bodies of any size, in pieces ---------------------------------------------------------------------------
# A QTextDocument takes ~0.3 ms per table row to lay out on the UI thread: a 32,000-row table is
# 10 s of frozen window at once. So a body is converted here, off the UI thread, into pieces small
# enough to be shown within a frame each: the window shows the first ones, then "show the rest"
# appends the others one per turn of the event loop. A body the renderer cannot handle (a list
# nested 10,000 deep overflows the Markdown library's recursion) becomes plain text, with a note.

PIECE_ROWS = 12          # table rows per piece (~10 ms of layout each)
PIECE_CHARS = 6000       # Markdown characters per piece (outside tables)
FIRST_PIECES = 3         # pieces shown at once when a case opens
MAX_NESTING = 40         # lists / quotes deeper than this are shown as plain text
_FENCE_OPEN_RE = re.compile(r"^\s{0,3}(`{3,}|~{3,})")
_TABLE_SEP_RE = re.compile(r"^\s*\|?\s*:?-{1,}:?\s*(\|\s*:?-{1,}:?\s*)*\|?\s*$")
_NEST_TAG_RE = re.compile(r"<(/?)(ul|ol|blockquote|li|dl|dd)\b", re.I)
_THEAD_RE = re.compile(r"<thead>.*?</thead>", re.S | re.I)


class Rendered:
    """A body as HTML pieces, and notes for the reader ('plain-text': shown unformatted)."""

    def __init__(self, pieces: list[str], notes: list[str], rows: list[int]):
        self.pieces = pieces
        self.notes = notes
        self.rows = rows            # table rows in each piece (for "N more rows")
        self.rest: list = []        # (markdown, rows, continuation) not converted yet: render_rest()

    @property
    def html(self) -> str:
        return "\n".join(self.pieces)


def _blocks(md_text: str) -> list[tuple[str, list[str]]]:
    """Markdown lines -> blocks: ('table', lines), ('fence', lines) or ('text', lines)."""
    lines = md_text.split("\n")
    out: list[tuple[str, list[str]]] = []
    i, n = 0, len(lines)
    text: list[str] = []

    def flush():
        if text:
            out.append(("text", text[:]))
            text.clear()

    while i < n:
        line = lines[i]
        m = _FENCE_OPEN_RE.match(line)
        if m:
            flush()
            fence = m.group(1)
            j = i + 1
            while j < n and not lines[j].strip().startswith(fence[0] * len(fence)):
                j += 1
            out.append(("fence", lines[i:j + 1]))
            i = j + 1
            continue
        if "|" in line and i + 1 < n and _TABLE_SEP_RE.match(lines[i + 1]) and "-" in lines[i + 1]:
            flush()
            j = i + 2
            while j < n and lines[j].strip() and "|" in lines[j]:
                j += 1
            out.append(("table", lines[i:j]))
            i = j
            continue
        text.append(line)
        if not line.strip() and sum(len(t) for t in text) >= PIECE_CHARS:
            flush()
        i += 1
    flush()
    return out


def _split_md(md_text: str) -> list[tuple[str, int, bool]]:
    """(markdown, table rows, is a table continuation) pieces of at most PIECE_ROWS / ~PIECE_CHARS."""
    pieces: list[tuple[str, int, bool]] = []
    buf: list[str] = []
    buf_rows = 0

    def flush():
        nonlocal buf_rows
        if buf:
            pieces.append(("\n".join(buf), buf_rows, False))
            buf.clear()
            buf_rows = 0

    for kind, lines in _blocks(md_text):
        size = sum(len(x) + 1 for x in lines)
        if kind == "table" and len(lines) - 2 > PIECE_ROWS:
            head, rows = lines[:2], lines[2:]
            buf.extend(["", *head, *rows[:PIECE_ROWS], ""])
            buf_rows += PIECE_ROWS
            flush()
            for k in range(PIECE_ROWS, len(rows), PIECE_ROWS):
                chunk = rows[k:k + PIECE_ROWS]
                pieces.append(("\n".join([*head, *chunk]), len(chunk), True))
            continue
        if kind == "fence" and size > PIECE_CHARS:
            flush()
            opener, body = lines[0], lines[1:-1] if len(lines) > 1 else []
            closer = _FENCE_OPEN_RE.match(opener).group(1)
            step = max(1, PIECE_CHARS // 80)
            for k in range(0, max(1, len(body)), step):
                pieces.append(("\n".join([opener, *body[k:k + step], closer]), 0, False))
            continue
        if kind == "text" and size > PIECE_CHARS * 2:
            flush()  # one enormous paragraph or list: cut it by lines
            step = 0
            part: list[str] = []
            for line in lines:
                part.append(line)
                step += len(line) + 1
                if step >= PIECE_CHARS:
                    pieces.append(("\n".join(part), 0, False))
                    part, step = [], 0
            if part:
                pieces.append(("\n".join(part), 0, False))
            continue
        if buf and sum(len(x) + 1 for x in buf) + size > PIECE_CHARS:
            flush()
        buf.extend(lines if kind == "text" else ["", *lines, ""])
        if kind == "table":
            buf_rows += len(lines) - 2
        if buf_rows >= PIECE_ROWS:
            flush()
    flush()
    return pieces


def _nesting(html_text: str) -> int:
    depth = best = 0
    for m in _NEST_TAG_RE.finditer(html_text):
        depth += -1 if m.group(1) else 1
        best = max(best, depth)
    return best


def plain_html(md_text: str) -> str:
    return f'<pre class="plain">{html.escape(md_text)}</pre>'


def _plain_pieces(md_text: str) -> Rendered:
    pieces, part, size = [], [], 0
    for line in md_text.split("\n"):
        part.append(line)
        size += len(line) + 1
        if size >= PIECE_CHARS:
            pieces.append(plain_html("\n".join(part)))
            part, size = [], 0
    if part or not pieces:
        pieces.append(plain_html("\n".join(part)))
    return Rendered(pieces, ["plain-text"], [0] * len(pieces))


def _convert(md: str, continuation: bool, base_dir: Path | None) -> str:
    piece = markdown_to_html(md, base_dir)
    if _nesting(piece) > MAX_NESTING:
        raise RecursionError("nested too deeply for the reader")
    if continuation:  # the header was repeated only for the Markdown: show the rows alone
        piece = _THEAD_RE.sub("", piece, count=1).replace("<table>", '<table class="cont">', 1)
    return piece


def render_body(md_text: str, base_dir: Path | None = None, first: int | None = None) -> Rendered:
    """The body as HTML pieces (see above). Never raises for what a case file holds.

    With `first`, only the first pieces (at most `first`, and at most one piece of table) are
    converted; the others are left in `rest` as Markdown for render_rest(), so a huge case
    opens as fast as a small one."""
    split = [t for t in _split_md(md_text or "") if t[0].strip()] or [("", 0, False)]
    pieces, rows = [], []
    n_first = len(split)
    if first is not None:
        n_first, table_rows = 0, 0
        while n_first < min(first, len(split)) and (n_first == 0 or table_rows + split[n_first][1] <= PIECE_ROWS):
            table_rows += split[n_first][1]
            n_first += 1
    for md, n_rows, continuation in split[:n_first]:
        try:
            pieces.append(_convert(md, continuation, base_dir))
        except RecursionError:
            # the whole body as plain text, not a mix: what the reader sees stays in one piece
            return _plain_pieces(md_text)
        rows.append(n_rows)
    r = Rendered(pieces, [], rows)
    r.rest = split[n_first:]
    return r


def render_rest(rest: list, base_dir: Path | None = None) -> Rendered:
    """The pieces render_body(first=...) left as Markdown, as HTML (off the UI thread)."""
    pieces, rows, notes = [], [], []
    for md, n_rows, continuation in rest:
        try:
            pieces.append(_convert(md, continuation, base_dir))
        except RecursionError:
            pieces.append(plain_html(md))
            if "plain-text" not in notes:
                notes.append("plain-text")
        rows.append(n_rows)
    return Rendered(pieces, notes, rows)
