"""Export: the comparison with its ratings and agreement as Markdown, CSV or PDF.

What is exported is what is on screen: the aggregate counts this rater's drafts. Markdown and CSV
are written atomically on the serial writer, in the export language (core/team/compare_export.py).
The PDF is the same Markdown laid out by QTextDocument on A4 landscape pages (issue 19):

- a table row stays on one page (QTextDocument splits a row wherever the page ends and knows no
  page-break-inside): the document is laid out, each table is cut before a row that would cross a
  page's end, and the rest goes on as a new table on the next page, its header row repeated;
- cells wrap at word boundaries only (Chinese between characters, as line breaking allows; a
  glyph is never cut), and a long name such as an id may break after its - _ / . characters.

Texts stay in the CompareView context of compare_*.
"""
from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument, QTextOption, QTextTable
from PySide6.QtWidgets import QFileDialog

from ...errors import error_text

PDF_CSS = ("body { font-size: 10pt; } h1 { font-size: 16pt; } h2 { font-size: 13pt; margin-top: 10px; } "
           "table { border-collapse: collapse; margin-top: 4px; } td, th { border: 1px solid #999; padding: 3px; } "
           "th { background-color: #eef2f6; } code { font-family: monospace; }")
_TABLE_RE = re.compile(r"<table>\s*<thead>(.*?)</thead>\s*<tbody>(.*?)</tbody>\s*</table>", re.S)
_ROW_RE = re.compile(r"<tr>.*?</tr>", re.S)
_LONG_RE = re.compile(r"[\w./-]{16,}")
_ZWSP = "\u200b"


def _as_shown(report, aggregate):
    """`report` with the aggregate on screen (drafts included) instead of the loaded one."""
    from kb_app.core.team.report import Report

    return Report(report.comparison, report.rubric, aggregate, report.standard, report.checks, report.problems)


def markdown(report, aggregate, vocab, lang: str, lessons: dict | None = None) -> str:
    from kb_app.core.team.compare_export import to_markdown

    return to_markdown(_as_shown(report, aggregate), vocab, lang, lessons=lessons)


def _breakable(html_text: str) -> str:
    """A break opportunity after - _ / . inside long names (ids, paths), in text only, never in tags."""
    def text(part: str) -> str:
        return _LONG_RE.sub(lambda m: re.sub(r"([-_/.])", "\\1" + _ZWSP, m.group(0)), part)

    return "".join(p if p.startswith("<") or p.startswith("&") else text(p)
                   for p in re.split(r"(<[^>]*>|&[#\w]+;)", html_text))


def _parts(md_text: str) -> list:
    """The Markdown as HTML pieces: ('html', text) and ('table', header row, [body rows])."""
    import markdown as _md

    html_text = _breakable(_md.markdown(md_text, extensions=["extra"], output_format="html"))
    parts, pos = [], 0
    for m in _TABLE_RE.finditer(html_text):
        parts.append(("html", html_text[pos:m.start()]))
        parts.append(("table", m.group(1).strip(), _ROW_RE.findall(m.group(2))))
        pos = m.end()
    parts.append(("html", html_text[pos:]))
    return parts


def _html(parts: list, breaks: set) -> tuple[str, list[tuple[int, int]]]:
    """The HTML with each table cut before the rows in `breaks` ((table, row)); and for each table of
    the result, (table, first row)."""
    out, chunks, t = [], [], -1
    for part in parts:
        if part[0] == "html":
            out.append(part[1])
            continue
        t += 1
        _, head, rows = part
        starts = [0] + sorted(r for (ti, r) in breaks if ti == t and 0 < r < len(rows))
        for i, start in enumerate(starts):
            end = starts[i + 1] if i + 1 < len(starts) else len(rows)
            style = ' style="page-break-before: always"' if i else ""
            out.append(f'<table width="100%" border="1" cellspacing="0" cellpadding="3"{style}>'
                       f"<thead>{head}</thead><tbody>{''.join(rows[start:end])}</tbody></table>")
            chunks.append((t, start))
    return "".join(out), chunks


def _tables(doc: QTextDocument) -> list[QTextTable]:
    return [f for f in doc.rootFrame().childFrames() if isinstance(f, QTextTable)]


def row_span(doc: QTextDocument, table: QTextTable, row: int) -> tuple[float, float]:
    """The top and bottom of a table row in the laid-out document (its cells' blocks)."""
    lay = doc.documentLayout()
    top, bottom = None, 0.0
    for c in range(table.columns()):
        cell = table.cellAt(row, c)
        block, last = cell.firstCursorPosition().block(), cell.lastCursorPosition().block()
        while block.isValid():
            r = lay.blockBoundingRect(block)
            top = r.top() if top is None else min(top, r.top())
            bottom = max(bottom, r.bottom())
            if block == last:
                break
            block = block.next()
    return (top or 0.0), bottom


def pdf_document(md_text: str, page: QSizeF) -> QTextDocument:
    """The Markdown laid out on pages of `page` (device-independent pixels): no row across a page's end
    (where it fits on one page), cells wrapped at word boundaries."""
    parts = _parts(md_text)
    doc = QTextDocument()
    doc.setDefaultStyleSheet(PDF_CSS)
    opt = doc.defaultTextOption()
    opt.setWrapMode(QTextOption.WrapMode.WordWrap)  # never inside a word (Chinese: between characters)
    doc.setDefaultTextOption(opt)
    doc.setPageSize(page)
    h = page.height()
    breaks: set = set()
    rows_total = sum(len(p[2]) for p in parts if p[0] == "table")
    for _ in range(rows_total + 1):  # each turn moves one row to a new page
        html_text, chunks = _html(parts, breaks)
        doc.setHtml(html_text)
        doc.setPageSize(page)
        cut = None
        for table, (t, start) in zip(_tables(doc), chunks):
            for row in range(1, table.rows()):  # row 0: the header, repeated on each chunk
                top, bottom = row_span(doc, table, row)
                if int(top // h) != int((bottom - 1) // h) and bottom - top < h * 0.8 and (t, start + row - 1) not in breaks:
                    cut = (t, start + row - 1)
                    break
            if cut:
                break
        if cut is None:
            break
        breaks.add(cut)
    return doc


def page_size(writer: QPdfWriter) -> QSizeF:
    """The writer's printable area in device-independent pixels (what QTextDocument lays out in)."""
    r = writer.pageLayout().paintRect(QPageLayout.Unit.Point)
    return QSizeF(r.width() * 96 / 72, r.height() * 96 / 72)


def pdf_writer(path: str) -> QPdfWriter:
    writer = QPdfWriter(path)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageOrientation(QPageLayout.Orientation.Landscape)
    writer.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout.Unit.Millimeter)
    return writer


def write(library, report, aggregate, lang: str, path: str, fmt: str, say, lessons: dict | None = None) -> None:
    """Write the comparison (md, csv or pdf) to `path`; `say(text)` tells the status line how it went."""
    from kb_app.core.team.compare_export import to_csv

    if fmt == "pdf":
        writer = pdf_writer(path)
        doc = pdf_document(markdown(report, aggregate, library.vocab, lang, lessons), page_size(writer))
        doc.print_(writer)
        say(QCoreApplication.translate("CompareView", "Exported to {0}").format(path))
        return
    text = (markdown(report, aggregate, library.vocab, lang, lessons) if fmt == "md"
            else to_csv(_as_shown(report, aggregate), library.vocab, lang, lessons=lessons))

    def work(job):
        from kb_app.core.fsutil import atomic_write

        atomic_write(Path(path), text)
        return path

    library.runner.write(work, on_done=lambda p: say(QCoreApplication.translate("CompareView", "Exported to {0}")
                                                     .format(p)),
                         on_error=lambda e: say(QCoreApplication.translate("CompareView", "Export failed: {0}")
                                                .format(error_text(e))),
                         name="export")


def ask_path(parent, kind: str, fmt: str) -> str:
    """The file to export to, from a save dialog ("" if cancelled)."""
    filters = {"md": QCoreApplication.translate("CompareView", "Markdown (*.md)"),
               "csv": QCoreApplication.translate("CompareView", "CSV (*.csv)"),
               "pdf": QCoreApplication.translate("CompareView", "PDF (*.pdf)")}
    name = f"compare-{kind or 'cases'}.{fmt}"
    path, _ = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("CompareView", "Export the comparison"),
                                          name, filters[fmt])
    return path
