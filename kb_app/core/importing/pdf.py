"""PDFs with a text layer, through pypdf: text and paragraphs only (no tables, lists, images or
emphasis: a PDF keeps where glyphs go, not what they were). Lines are joined back into paragraphs
(a paragraph ends at a line that finishes a sentence short of the full line width); a short line
naming a section (情况, 结果, Outcome ...) or numbered 一、 becomes a heading; page numbers go.
A scanned PDF (no text layer) and an encrypted one are named as such.
"""
from __future__ import annotations

import re
from pathlib import Path

from .base import Draft, Importer, SourceProblem, clean_text, one_line, read_bounded
from . import markup

MAX_PAGES = 500
_END = "。！？.!?”\"』」)）:："


def _heading(line: str) -> bool:
    return (len(line) <= 30 and line[-1] not in markup._SENTENCE_END + "." and
            bool(markup.section_role(line) or markup._CN_NUM1_RE.match(line) or markup._CN_NUM2_RE.match(line)))


def _join(a: str, b: str) -> str:
    if not a:
        return b
    cjk = markup._text.CJK_RE
    if cjk.match(a[-1]) or cjk.match(b[:1] or " "):
        return a + b
    if a.endswith("-") and b[:1].islower():
        return a[:-1] + b
    return a + " " + b


def paragraphs(text: str) -> tuple[str, str]:
    """(first-line title or '', Markdown of headings and paragraphs)."""
    lines = [re.sub(r"[ \t\u3000]+", " ", l).strip() for l in clean_text(text).split("\n")]
    lines = [l for l in lines if not re.fullmatch(r"(page\s*)?\d{1,4}(\s*/\s*\d{1,4})?|第\s*\d+\s*页|- ?\d+ ?-", l, re.I)]
    width = max((len(l) for l in lines), default=0)
    title = ""
    out: list[str] = []
    para = ""
    for i, line in enumerate(lines):
        if not line:
            if para:
                out.append(para)
                para = ""
            continue
        if not title and not out and not para and len(line) <= 100 and line[-1] not in "。！？.!?" and not _heading(line):
            title = line
            continue
        if _heading(line):
            if para:
                out.append(para)
                para = ""
            out.append(f"## {markup.strip_numbering(line) if markup.section_role(line) else line}")
            continue
        para = _join(para, line)
        if line[-1] in _END and len(line) < 0.8 * width:
            out.append(para)
            para = ""
    if para:
        out.append(para)
    return title, markup.tidy("\n\n".join(out))


class PdfImporter(Importer):
    fmt = "pdf"
    extensions = (".pdf",)

    def read(self, path: Path, ctx, root: Path):
        import io

        from pypdf import PdfReader
        from pypdf.errors import PdfReadError

        data = read_bounded(path)
        if not data.lstrip()[:5].startswith(b"%PDF"):
            raise SourceProblem("import-damaged", "the file is damaged (not a PDF)", ("not a PDF",))
        try:
            reader = PdfReader(io.BytesIO(data), strict=False)
            if reader.is_encrypted:
                try:
                    ok = reader.decrypt("")
                except Exception:  # noqa: BLE001 - an unsupported cipher is as closed as a password
                    ok = 0
                if not ok:
                    raise SourceProblem("import-encrypted", "the PDF is encrypted (password-protected); save an "
                                        "unprotected copy to import it")
            pages = reader.pages
            n = len(pages)
            texts = []
            for i in range(min(n, MAX_PAGES)):
                if i % 10 == 0 and ctx.should_stop():
                    return
                texts.append(pages[i].extract_text() or "")
            meta_title = ""
            try:
                meta_title = one_line(str((reader.metadata or {}).get("/Title") or ""))
            except Exception:  # noqa: BLE001
                meta_title = ""
        except SourceProblem:
            raise
        except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, IndexError, OSError,
                RecursionError) as e:
            raise SourceProblem("import-damaged", f"the PDF is damaged ({type(e).__name__}: {one_line(str(e), 120)})",
                                (f"{type(e).__name__}: {one_line(str(e), 120)}",))
        except Exception as e:  # noqa: BLE001 - pypdf on a hostile file may raise anything
            raise SourceProblem("import-damaged", f"the PDF could not be read ({type(e).__name__})",
                                (type(e).__name__,))
        text = "\n\n".join(texts)
        if len(re.sub(r"\s+", "", text)) < 20:
            raise SourceProblem("import-no-text", "the PDF has no text layer (a scan?); only PDFs with text can be "
                                "imported")
        first, md = paragraphs(text)
        title, why = (meta_title, "document-property") if meta_title and not meta_title.lower().startswith(
            ("microsoft word", "untitled")) else (first, "first-line")
        if title != first and first:
            md = markup.tidy(first + "\n\n" + md)
        yield Draft(file=path, label="", fmt=self.fmt, title=title, title_why=why if title else "", markdown=md,
                    original=clean_text(text))
