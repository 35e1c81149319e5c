"""The case reader: a QTextBrowser that renders a case offline.

The Markdown body is turned into sanitized HTML by kb_app.core.cases.render on a worker thread
(load_case_doc), which also reads the few local images the case shows, so the GUI thread
never reads the disk. On screen, the outcome and the lessons come first, then the related
cases (one click away: case:ID links are handled in the app), then the body.

Nothing remote is ever fetched: loadResource() serves only the images read ahead and answers
anything else with a placeholder; links are not followed by the browser (setOpenLinks(False))
and http(s) links go to the system browser only when clicked.
"""
from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, QSize, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QTextCursor, QTextDocument
from PySide6.QtWidgets import QHBoxLayout, QLabel, QTextBrowser, QToolButton, QVBoxLayout, QWidget

from .. import i18n
from ..widgets import readmark, reviewmark
from ..widgets.cards import TONE_COLORS
from ..widgets.elided import ElidedLabel
from ..models import VocabLabels, format_date, language_label

MAX_IMAGE_BYTES = 8 * 1024 * 1024
MAX_IMAGES = 64
_FILE_SRC_RE = re.compile(r'<img\b[^>]*\bsrc="(file:[^"]+)"', re.I)
_QUOTE_OPEN_RE = re.compile(r"<blockquote>", re.I)
_QUOTE_CLOSE_RE = re.compile(r"</blockquote>", re.I)


def qt_blockquotes(body_html: str) -> str:
    """QTextDocument ignores border-left on blocks: draw a quote as a two-cell table (a thin
    coloured bar, then the text), which it does paint."""
    body_html = _QUOTE_OPEN_RE.sub('<table class="quote" width="100%" cellspacing="0" cellpadding="0" '
                                   'style="margin: 6px 0;"><tr><td width="3" bgcolor="#cbd5e1"></td>'
                                   '<td style="padding-left: 10px; color: #4b5563;">', body_html)
    return _QUOTE_CLOSE_RE.sub("</td></tr></table>", body_html)


# -- documents, built on a worker thread (no Qt widgets here) ----------------------------------------------

@dataclass
class CaseDoc:
    case: object                       # kb_app.core.domain.Case
    body_html: str                     # the first pieces of the body, shown when the case opens
    lessons: list[tuple[str, str, bool]]   # (id, title, exists)
    related: list[tuple[str, str, str]]    # (id, title, outcome status) of related cases that exist
    images: dict[str, bytes] = field(default_factory=dict)
    # read in your own script (core/convert.py): body converted per reader script, and each title
    alt_body: dict[str, str] = field(default_factory=dict)            # reader lang -> converted body HTML
    reader_texts: dict[str, dict[str, str]] = field(default_factory=dict)  # reader lang -> {text: converted}
    more: list[str] = field(default_factory=list)       # the rest as HTML, in pieces of about a frame each
    more_rows: int = 0                 # table rows in the rest
    notes: list[str] = field(default_factory=list)      # "plain-text": the body could not be formatted
    more_src: list = field(default_factory=list)        # the rest as Markdown pieces, until render_more()


@dataclass
class LessonDoc:
    lesson: object                     # kb_app.core.domain.Lesson
    body_html: str
    cases: list[tuple[str, str, str]]  # cases that cite this lesson: (id, title, status)
    images: dict[str, bytes] = field(default_factory=dict)
    alt_body: dict[str, str] = field(default_factory=dict)
    reader_texts: dict[str, dict[str, str]] = field(default_factory=dict)
    more: list[str] = field(default_factory=list)
    more_rows: int = 0
    notes: list[str] = field(default_factory=list)
    more_src: list = field(default_factory=list)


class NotFound(Exception):
    pass


def read_image_file(path: Path, limit: int = MAX_IMAGE_BYTES) -> bytes | None:
    """An image's bytes, only from a regular file of at most `limit` bytes. Opened without
    blocking and checked on the open descriptor: a FIFO, device or socket named .png is never
    read (a read from a FIFO would hold a reader thread forever)."""
    import os
    import stat as _stat

    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    except OSError:
        return None
    try:
        st = os.fstat(fd)
        if not _stat.S_ISREG(st.st_mode) or st.st_size > limit:
            return None
        chunks, left = [], limit + 1
        while left > 0:
            b = os.read(fd, min(left, 1 << 20))
            if not b:
                break
            chunks.append(b)
            left -= len(b)
        data = b"".join(chunks)
        return data if len(data) <= limit else None
    except OSError:
        return None
    finally:
        os.close(fd)


def _read_images(body_html: str, root: Path) -> dict[str, bytes]:
    """The local images a page shows, read ahead; only regular files inside the case folder."""
    out: dict[str, bytes] = {}
    root = root.resolve()
    for url in list(dict.fromkeys(_FILE_SRC_RE.findall(body_html)))[:MAX_IMAGES]:
        path = Path(QUrl(html.unescape(url)).toLocalFile())
        try:
            rp = path.resolve()
        except (OSError, RuntimeError):
            continue
        if root not in rp.parents:
            continue
        data = read_image_file(rp)
        if data is not None:
            out[html.unescape(url)] = data
    return out


def _render(md_text: str, base_dir: Path):
    """Markdown -> (first pieces, the rest still as Markdown, rows in the rest, notes), on the
    worker thread. The rest is converted by render_more(), also on a worker."""
    from kb_app.core.cases.render import FIRST_PIECES, render_body

    r = render_body(md_text, base_dir, first=FIRST_PIECES)
    pieces = [qt_blockquotes(p) for p in r.pieces]
    return "\n".join(pieces), r.rest, sum(t[1] for t in r.rest), list(r.notes)


def render_more(doc, cases_dir: Path | None = None) -> tuple[list[str], dict[str, bytes]]:
    """The rest of a page's body as HTML pieces, and the local images they show (worker thread)."""
    from kb_app.core.cases.render import render_rest

    base = Path(doc.case.path if isinstance(doc, CaseDoc) else doc.lesson.path).parent
    r = render_rest(doc.more_src, base)
    pieces = [qt_blockquotes(p) for p in r.pieces]
    images = _read_images("".join(pieces), cases_dir) if cases_dir is not None else {}
    return pieces, images


def load_case_doc(kb, case_id: str) -> CaseDoc:
    case = kb.case(case_id)
    if case is None:
        raise NotFound(case_id)
    return case_doc(kb, case)


def case_doc(kb, case) -> CaseDoc:
    """The page of one Case object, saved or not (the editor's live preview uses this too)."""
    body, more_src, more_rows, notes = _render(case.body, Path(case.path).parent)
    corpus = kb.corpus
    lessons = []
    for lid in case.lessons:
        lesson = kb.lesson(lid)
        lessons.append((lid, lesson.title if lesson else lid, lesson is not None))
    related = []
    for rid in case.related:
        other = corpus.cases.get(rid) if corpus is not None else None
        if other is not None:
            related.append((rid, other.title, other.outcome.status))
    doc = CaseDoc(case, body, lessons, related, _read_images(body, kb.cases_dir), more=[], more_rows=more_rows,
                  notes=notes, more_src=more_src)
    _add_reader_scripts(doc, case.language, body, [case.title, case.outcome.summary],
                        [t for _, t, _ in lessons] + [t for _, t, _ in related])
    return doc


def _add_reader_scripts(doc, language: str, body: str, own: list[str], others: list[str]) -> None:
    """For a reader of the other Chinese script: the page converted (on this worker thread)."""
    from kb_app.core.analysis import convert

    for lang in ("zh-Hans", "zh-Hant"):
        texts = {}
        if convert.target(language, lang):
            doc.alt_body[lang] = convert.convert_html(body, language, lang)
            texts.update({t: convert.convert(t, language, lang) for t in own if t})
        for t in others:
            if t:
                texts[t] = convert.for_reader(t, lang)
        doc.reader_texts[lang] = {k: v for k, v in texts.items() if v != k}


def load_lesson_doc(kb, lesson_id: str) -> LessonDoc:
    lesson = kb.lesson(lesson_id)
    if lesson is None:
        raise NotFound(lesson_id)
    body, more_src, more_rows, notes = _render(lesson.body, Path(lesson.path).parent)
    cases = []
    if kb.corpus is not None:
        for c in kb.corpus.cases.values():
            if lesson_id in c.lessons:
                cases.append((c.id, c.title, c.outcome.status))
    cases.sort(key=lambda t: t[1])
    doc = LessonDoc(lesson, body, cases, _read_images(body, kb.cases_dir), more=[], more_rows=more_rows,
                    notes=notes, more_src=more_src)
    _add_reader_scripts(doc, lesson.language, body, [lesson.title], [t for _, t, _ in cases])
    return doc


# -- HTML composition (GUI thread; labels in the UI language) ------------------------------------------------

VIEW_CSS = """
body { color: #1f2937; }
.kicker { color: #6b7280; font-size: 12px; }
h1.title { font-size: 22px; color: #111827; margin: 2px 0 10px 0; }
.label { color: #6b7280; font-size: 12px; font-weight: 600; }
.box-title { font-size: 13px; font-weight: 600; }
.lessons a, .related a { color: #1d4ed8; text-decoration: none; }
a { color: #1d4ed8; }
.muted { color: #6b7280; }
.small { font-size: 12px; }
.badge { font-weight: 600; }
"""


def _esc(s) -> str:
    return html.escape(str(s or ""))


def _hex(c: QColor) -> str:
    return c.name()


def _tone_box(status_label: str, tone: str, title: str, summary: str) -> str:
    fg, bg = TONE_COLORS.get(tone, TONE_COLORS["neutral"])
    return (
        f'<table width="100%" cellspacing="0" cellpadding="12" border="0" style="margin: 4px 0 12px 0;">'
        f'<tr><td bgcolor="{_hex(bg)}" style="border: none; background-color: {_hex(bg)};"><span class="label" style="color:{_hex(fg)}">{_esc(title)}</span>'
        f'&nbsp;&nbsp;<span class="badge" style="color:{_hex(fg)}; font-size: 15px;">{_esc(status_label)}</span>'
        + (f'<br/><span style="color:#1f2937;">{_esc(summary)}</span>' if summary else "")
        + "</td></tr></table>"
    )


def compose_case_html(doc: CaseDoc, vocab, original: bool = False) -> str:
    t_outcome = QCoreApplication.translate("CaseView", "Outcome")
    t_lessons_learned = QCoreApplication.translate("CaseView", "Lessons learned")
    t_soft_skills = QCoreApplication.translate("CaseView", "Soft skills")
    t_language = QCoreApplication.translate("CaseView", "Language")
    t_related_cases = QCoreApplication.translate("CaseView", "Related cases")
    c = doc.case
    lab = VocabLabels(vocab)
    lang = i18n.current_language()
    sep = ", " if lang == "en" else "、"
    texts = {} if original else doc.reader_texts.get(lang, {})
    tx = lambda t: texts.get(t, t)  # noqa: E731 - a title in the reader's script
    kicker = [lab.label("kinds", c.kind)]
    if c.date:
        kicker.append(format_date(c.date))
    if c.industry:
        kicker.append(lab.label("industries", c.industry))
    if c.severity:
        kicker.append(severity_label(c.severity))
    parts = [f'<p class="kicker">{_esc("  ·  ".join(kicker))}</p>',
             f'<h1 class="title">{_esc(tx(c.title))}</h1>']
    parts[0:0] = [readmark.script_note_html(doc, lang, original), reviewmark.review_note_html(c)]
    status = c.outcome.status or "unknown"
    parts.append(_tone_box(lab.label("outcomes", status), lab.tone(status), t_outcome, tx(c.outcome.summary)))
    if doc.lessons:
        items = "".join(
            f'<li><a href="lesson:{_esc(lid)}">{_esc(tx(title))}</a></li>' if ok else f'<li class="muted">{_esc(title)}</li>'
            for lid, title, ok in doc.lessons)
        parts.append(
            '<table width="100%" cellspacing="0" cellpadding="12" border="0" style="margin: 0 0 12px 0;">'
            f'<tr><td bgcolor="#f1f5f9" style="border: none; background-color: #f1f5f9;"><span class="box-title">{_esc(t_lessons_learned)}</span>'
            f'<ol class="lessons" style="margin-top: 4px; margin-bottom: 0;">{items}</ol></td></tr></table>')
    facts = []
    if c.soft_skills:
        facts.append(f'<span class="label">{_esc(t_soft_skills)}</span>&nbsp; '
                     + _esc(sep.join(lab.label("skills", s) for s in c.soft_skills)))
    if c.language:
        facts.append(f'<span class="label">{_esc(t_language)}</span>&nbsp; {_esc(language_label(c.language))}')
    if facts:
        parts.append('<p class="small">' + "&nbsp;&nbsp;&nbsp;&nbsp;".join(facts) + "</p>")
    if doc.related:
        links = "".join(
            f'<li><a href="case:{_esc(rid)}">{_esc(tx(title))}</a> <span class="muted small">'
            f'({_esc(lab.label("outcomes", st or "unknown"))})</span></li>'
            for rid, title, st in doc.related)
        parts.append(f'<p class="box-title" style="margin-bottom: 2px;">{_esc(t_related_cases)}</p>'
                     f'<ul class="related" style="margin-top: 2px;">{links}</ul>')
    parts.append("<hr/>")
    parts.append(body_notes_html(doc))
    parts.append(doc.body_html if original else doc.alt_body.get(lang, doc.body_html))
    parts.append(more_link_html(doc))
    return "\n".join(parts)


def word_images(html_text: str) -> str:
    """The placeholders of images not loaded (core/cases/render.py marks them), in the UI language."""
    from kb_app.core.cases.render import word_remote_images

    return word_remote_images(html_text, QCoreApplication.translate("CaseView", "[image not loaded: {0}]"),
                              QCoreApplication.translate("CaseView", "[image not loaded]"))


def body_notes_html(doc) -> str:
    if "plain-text" in (getattr(doc, "notes", None) or []):
        t = QCoreApplication.translate("CaseView", "This text cannot be shown formatted (it is nested too deeply), "
                                                   "so it is shown as plain text. The file itself is unchanged.")
        return f'<p class="note" style="color:#92400e; background-color:#fef3c7;">{_esc(t)}</p>'
    return ""


def truncated_note_html(rows: int) -> str:
    if rows:
        t = QCoreApplication.translate("CaseView", "The rest (rows left: %n) is too long to show here; "
                                                   "use 'Show file' to open the file.", "", rows)
    else:
        t = QCoreApplication.translate("CaseView", "The rest is too long to show here; use 'Show file' to open the file.")
    return f'<p class="note" style="color:#92400e; background-color:#fef3c7;">{_esc(t)}</p>'


def more_link_html(doc, rows: int | None = None) -> str:
    if not (getattr(doc, "more", None) or getattr(doc, "more_src", None)):
        return ""
    rows = getattr(doc, "more_rows", 0) if rows is None else rows
    if rows:
        t = QCoreApplication.translate("CaseView", "Show the rest (rows left: %n)", "", rows)
    else:
        t = QCoreApplication.translate("CaseView", "Show the rest of the text")
    return f'<p class="more"><a href="kb:more">{_esc(t)}</a></p>'


def compose_lesson_html(doc: LessonDoc, vocab, original: bool = False) -> str:
    t_lesson = QCoreApplication.translate("CaseView", "Lesson")
    t_cases_with_this_lesson = QCoreApplication.translate("CaseView", "Cases with this lesson")
    l = doc.lesson
    lab = VocabLabels(vocab)
    lang = i18n.current_language()
    sep = ", " if lang == "en" else "、"
    texts = {} if original else doc.reader_texts.get(lang, {})
    tx = lambda t: texts.get(t, t)  # noqa: E731
    parts = [f'<p class="kicker">{_esc(t_lesson)}'
             + (f'  ·  {_esc(sep.join(lab.label("skills", s) for s in l.soft_skills))}' if l.soft_skills else "")
             + "</p>",
             f'<h1 class="title">{_esc(tx(l.title))}</h1>', body_notes_html(doc),
             doc.body_html if original else doc.alt_body.get(lang, doc.body_html), more_link_html(doc)]
    parts[0:0] = [readmark.script_note_html(doc, lang, original)]
    if doc.cases:
        links = "".join(
            f'<li><a href="case:{_esc(cid)}">{_esc(tx(title))}</a> <span class="muted small">'
            f'({_esc(lab.label("outcomes", st or "unknown"))})</span></li>' for cid, title, st in doc.cases)
        parts.append(f'<hr/><p class="box-title">{_esc(t_cases_with_this_lesson)}</p><ul>{links}</ul>')
    return "\n".join(parts)


def severity_label(sev: str) -> str:
    return {"low": QCoreApplication.translate("CaseView", "Low severity"), "medium": QCoreApplication.translate("CaseView", "Medium severity"), "high": QCoreApplication.translate("CaseView", "High severity"),
            "critical": QCoreApplication.translate("CaseView", "Critical")}.get(sev, sev)


# -- the widget ----------------------------------------------------------------------------------------------------

def _doc_key(doc):
    if isinstance(doc, CaseDoc):
        return ("case", doc.case.id)
    if isinstance(doc, LessonDoc):
        return ("lesson", doc.lesson.id)
    return None


def _placeholder_image(text: str = "image not loaded", size: QSize = QSize(220, 60)) -> QImage:
    img = QImage(size, QImage.Format.Format_ARGB32)
    img.fill(QColor("#fff7e0"))
    p = QPainter(img)
    p.setPen(QColor("#d9a400"))
    p.drawRect(0, 0, size.width() - 1, size.height() - 1)
    p.setPen(QColor("#8a5a00"))
    p.drawText(img.rect(), int(Qt.AlignmentFlag.AlignCenter), text)
    p.end()
    return img


class CaseView(QTextBrowser):
    """Shows one case or lesson. Emits what the user clicked; never loads anything itself."""

    caseLinkActivated = Signal(str)
    lessonLinkActivated = Signal(str)
    externalLinkActivated = Signal(QUrl)
    escapePressed = Signal()
    reviewLinkActivated = Signal(str)  # issue 15: "Review it" on an imported case's page (its id)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("caseView")
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._on_anchor)
        self._images: dict[str, bytes] = {}
        self.refused: list[str] = []     # URLs asked for and refused (tests check nothing left the app)
        self.doc = None                  # the CaseDoc / LessonDoc on screen
        self.vocab = None
        self.show_original = False       # read in your own script: False = converted where it applies
        self._original_for = None        # the page "show original" was asked for
        from kb_app.core.cases.render import CSS

        self.document().setDefaultStyleSheet(CSS + VIEW_CSS)
        self.document().setDocumentMargin(22)
        self.setAccessibleName("case")
        # "show the rest": the remaining pieces are appended one per turn of the event loop
        self._more_timer = QTimer(self)
        self._more_timer.setInterval(0)
        self._more_timer.timeout.connect(self._append_piece)
        self._more_next = 0          # index in doc.more of the next piece to append
        self._expanded = False       # the reader asked for the rest of this page
        self._link_removed = False   # the "show the rest" paragraph is gone from the document
        self._asked_for = None       # the doc whose rest we asked a worker for
        self.pieces_appended = 0     # for tests: pieces added by the progressive append
        self.truncated = False       # the reader's limit was reached; the rest is only in the file
        self.rendering = False       # True while the text is being replaced (no reading happens then)

    # -- content -----------------------------------------------------------------------------------------
    def show_doc(self, doc, vocab, keep_scroll: bool = False) -> None:
        same = keep_scroll and self.doc is not None and _doc_key(self.doc) == _doc_key(doc)
        self.doc = doc
        self.vocab = vocab
        self._images = dict(getattr(doc, "images", {}) or {})
        if not same:
            self._expanded = False
            # "show original" is asked for the page on screen, not for every page opened after it (issue 16)
            if _doc_key(doc) != getattr(self, "_original_for", None):
                self.show_original = False
                self._original_for = None
        self.render(keep_scroll)

    def render(self, keep_scroll: bool = True) -> None:
        pos = self.verticalScrollBar().value() if keep_scroll else 0
        self._more_timer.stop()
        self._more_next = 0
        self._link_removed = False
        self.truncated = False
        if isinstance(self.doc, CaseDoc):
            body = compose_case_html(self.doc, self.vocab, self.show_original)
        elif isinstance(self.doc, LessonDoc):
            body = compose_lesson_html(self.doc, self.vocab, self.show_original)
        else:
            body = ""
        self.rendering = True
        try:
            self.setHtml(word_images(body))
            if pos:
                self.document().size()  # lay the whole page out, so the old position is there to go back to
            self.verticalScrollBar().setValue(pos)
        finally:
            self.rendering = False
        if self._expanded:
            self.show_rest()

    moreNeeded = Signal(object)   # a page whose rest is still Markdown: convert it on a worker

    def has_more(self) -> bool:
        if self.doc is None or self.truncated:
            return False
        pending = bool(getattr(self.doc, "more_src", None)) and not getattr(self.doc, "more", None)
        return pending or self._more_next < len(getattr(self.doc, "more", None) or [])

    def more_ready(self, doc, result) -> None:
        """The rest of `doc`, converted off the UI thread, arrived: (pieces, images)."""
        if doc is not self.doc:
            return
        pieces, images = result
        self._images.update(images)
        doc.images.update(images)
        doc.more = pieces
        doc.more_src = []
        if self._expanded:
            self._batch_end = min(len(pieces), self._more_next + self.BATCH_PIECES)
            self._more_timer.start()

    def show_rest(self) -> None:
        """Append the rest of the body, one piece (about a frame of layout) per event-loop turn."""
        if not (getattr(self.doc, "more", None) or getattr(self.doc, "more_src", None)):
            return
        self._expanded = True
        if not self._link_removed:
            cur = QTextCursor(self.document())  # drop the "show the rest" paragraph at the end
            cur.movePosition(QTextCursor.MoveOperation.End)
            cur.movePosition(QTextCursor.MoveOperation.StartOfBlock, QTextCursor.MoveMode.KeepAnchor)
            cur.removeSelectedText()
            self._link_removed = True
        if self.doc.more:
            self._batch_end = min(len(self.doc.more), self._more_next + self.BATCH_PIECES)
            self._more_timer.start()
        elif self._asked_for is not self.doc:
            self._asked_for = self.doc
            self.moreNeeded.emit(self.doc)  # converted on a worker; more_ready() starts the append

    # A document that grows costs more per insert (Qt relays its frames): after BATCH_PIECES
    # pieces (~3,000 table rows) the reader is asked again, so each piece stays within a frame.
    # Past MAX_PIECES (~9,000 table rows) an insert costs more than a frame whatever its size, so
    # the reader stops there and says how much is left in the file.
    BATCH_PIECES = 250
    MAX_PIECES = 750

    def _append_piece(self) -> None:
        more = getattr(self.doc, "more", None) or []
        end = min(len(more), getattr(self, "_batch_end", len(more)), self.MAX_PIECES)
        if self._more_next >= end:
            self._more_timer.stop()
            if self._more_next < len(more):
                rows = sum(p.count("<tr>") for p in more[self._more_next:])
                cur = QTextCursor(self.document())
                cur.movePosition(QTextCursor.MoveOperation.End)
                if self._more_next >= self.MAX_PIECES:  # the reader's limit: the file has the rest
                    cur.insertHtml(truncated_note_html(rows))
                    self.truncated = True
                else:  # the batch is done: offer the rest again
                    cur.insertHtml(more_link_html(self.doc, rows))
                    self._link_removed = False
            return
        cur = QTextCursor(self.document())
        cur.movePosition(QTextCursor.MoveOperation.End)
        cur.insertHtml(word_images(more[self._more_next]))
        self._more_next += 1
        self.pieces_appended += 1

    def clear_doc(self) -> None:
        self._more_timer.stop()
        self.doc = None
        self._images = {}
        self._expanded = False
        self.clear()

    def current_case_id(self) -> str | None:
        return self.doc.case.id if isinstance(self.doc, CaseDoc) else None

    # -- offline resources ------------------------------------------------------------------------------
    def loadResource(self, type_: int, url: QUrl):
        key = url.toString()
        data = self._images.get(key)
        if type_ == QTextDocument.ResourceType.ImageResource.value or type_ == QTextDocument.ResourceType.ImageResource:
            if data is not None:
                img = QImage.fromData(QByteArray(data))
                if not img.isNull():
                    return img
            self.refused.append(key)
            return _placeholder_image(self.tr("image not loaded"))
        self.refused.append(key)
        return None  # stylesheets or anything else: never fetched

    # -- links --------------------------------------------------------------------------------------------------
    def _on_anchor(self, url: QUrl) -> None:
        scheme = url.scheme().lower()
        target = url.path() or url.toString().split(":", 1)[-1]
        if scheme == "kb" and target == "more":
            self.show_rest()
        elif scheme == "case":
            self.caseLinkActivated.emit(target)
        elif scheme == "lesson":
            self.lessonLinkActivated.emit(target)
        elif scheme == "review" and isinstance(self.doc, CaseDoc):  # an imported case: to the review queue
            self.reviewLinkActivated.emit(self.doc.case.id)
        elif scheme == "script":  # the converted-text note: original <-> the reader's script
            self.show_original = target == "original"
            self._original_for = _doc_key(self.doc) if self.doc is not None else None
            self.render(keep_scroll=True)
        elif scheme in ("http", "https", "mailto"):
            self.externalLinkActivated.emit(url)
        # anything else (file:, javascript:, relative links) is ignored

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.escapePressed.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    def changeEvent(self, event) -> None:
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.LanguageChange and self.doc is not None:
            self.render(keep_scroll=True)
        super().changeEvent(event)


class CasePanel(QWidget):
    """The case view with a small bar above it: back, and where the file is."""

    backRequested = Signal()
    revealRequested = Signal(str)
    editRequested = Signal(str)  # case id: open it in the case editor
    readToggled = Signal(str, str, bool)   # item_type, id, read (marked by hand)
    practiseRequested = Signal(str)        # case id
    reviewRequested = Signal(str)          # case id: an imported case not reviewed yet, to the review queue

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("casePanel")
        self.view = CaseView(self)
        from .reading import ReadTracker

        self.tracker = ReadTracker(self.view, self)
        self.tracker.earned.connect(lambda t, i, s: self._set_read_button(True))
        self.is_read = lambda item_type, item_id: False   # set by whoever knows the progress
        self.read_button = QToolButton(self)
        self.read_button.setObjectName("readButton")
        self.read_button.setAutoRaise(True)
        self.read_button.setCheckable(True)
        self.read_button.clicked.connect(self.toggle_read)
        self.read_button.setEnabled(False)
        self.read_button.setStyleSheet(
            "QToolButton#readButton { color: #2563eb; padding: 3px 10px; border-radius: 10px; }"
            "QToolButton#readButton:checked { color: #047857; background: #d1fae5; font-weight: 600; }"
            "QToolButton#readButton:disabled { color: #c0c5cc; }")
        self.practise_button = QToolButton(self)
        self.practise_button.setObjectName("practiseButton")
        self.practise_button.setAutoRaise(True)
        self.practise_button.clicked.connect(self._practise)
        self.practise_button.setStyleSheet("QToolButton#practiseButton { color: #7c3aed; padding: 3px 10px; }")
        self.practise_button.hide()
        self.back_button = QToolButton(self)
        self.back_button.setObjectName("backButton")
        self.back_button.setAutoRaise(True)
        self.back_button.clicked.connect(self.backRequested)
        self.back_button.setEnabled(False)
        self.reveal_button = QToolButton(self)
        self.reveal_button.setObjectName("revealButton")
        self.reveal_button.setAutoRaise(True)
        self.reveal_button.clicked.connect(self._reveal)
        self.reveal_button.setEnabled(False)
        # -- editor hook (issue 10): edit the case on screen --
        self.edit_button = QToolButton(self)
        self.edit_button.setObjectName("editCaseButton")
        self.edit_button.setAutoRaise(True)
        self.edit_button.clicked.connect(self._edit)
        self.edit_button.setEnabled(False)
        # issue 15: the page of an imported case not reviewed yet says so, its link leads to the queue
        self.view.reviewLinkActivated.connect(self.reviewRequested)
        # a long file name never widens the window (1024 px): it is shortened in the middle
        # ("securities-…-30h.md"), the whole path in its tip
        self.where = ElidedLabel(self)
        self.where.setObjectName("caseWhere")
        self.where.setMinimumWidth(40)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.empty = QLabel(self)
        self.empty.setObjectName("caseEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)

        bar = QWidget(self)
        bar.setObjectName("caseBar")
        hb = QHBoxLayout(bar)
        hb.setContentsMargins(8, 4, 8, 4)
        hb.addWidget(self.back_button)
        hb.addWidget(self.where, 1)
        hb.addWidget(self.edit_button)
        hb.addWidget(self.practise_button)
        hb.addWidget(self.read_button)
        hb.addWidget(self.reveal_button)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        lay.addWidget(bar)
        lay.addWidget(self.view, 1)
        lay.addWidget(self.empty, 1)
        self.view.hide()
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.back_button.setText(self.tr("◀ Back"))
        self.back_button.setToolTip(self.tr("Back to the previous page (Alt+Left)"))
        self.reveal_button.setText(self.tr("Show file"))
        self.reveal_button.setToolTip(self.tr("Open the folder that holds this file"))
        from .hooks import hook_text

        self.edit_button.setText(hook_text("edit"))
        self.edit_button.setToolTip(hook_text("edit-tip"))
        self.empty.setText(self.tr("Select a case to read it here.\n\nThe outcome and the lessons come first."))
        self._set_read_button(self.read_button.isChecked())
        self.practise_button.setText(readmark.practise_text())
        self.practise_button.setToolTip(readmark.practise_tip())


    def changeEvent(self, event) -> None:
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def show_doc(self, doc, vocab, can_go_back: bool, keep_scroll: bool = False) -> None:
        if self.tracker.item != _doc_key(doc):
            self.tracker.stop()  # the page on screen is left: replacing it is not reading it
        self.view.show_doc(doc, vocab, keep_scroll)
        self.empty.hide()
        self.view.show()
        self.back_button.setEnabled(can_go_back)
        path = str(getattr(doc, "case", None).path if isinstance(doc, CaseDoc) else doc.lesson.path)
        self._path = path
        self.where.setText(Path(path).name)
        self.where.setToolTip(path)
        self.reveal_button.setEnabled(True)
        self.edit_button.setEnabled(isinstance(doc, CaseDoc))
        item = self.current_item()
        read = bool(item and self.is_read(*item))
        self.read_button.setEnabled(item is not None)
        self._set_read_button(read)
        self.practise_button.setVisible(isinstance(doc, CaseDoc))
        if item is not None:
            self.tracker.start(item[0], item[1], read)

    # -- honest reading ------------------------------------------------------------------------------------
    def leave_for(self, item: tuple[str, str]) -> None:
        """Another page was asked for (a link, Back, the next result): the one on screen stops
        counting from the click, not from when the next one arrives."""
        if self.tracker.item is not None and self.tracker.item != item:
            self.tracker.stop()

    def stay(self) -> None:
        """The page asked for could not be opened, so the one on screen stays: its clock starts again."""
        item = self.current_item()
        if item is not None and self.tracker.item is None and self.view.isVisible():
            self.tracker.start(item[0], item[1], bool(self.is_read(*item)))

    def current_item(self) -> tuple[str, str] | None:
        doc = self.view.doc
        if isinstance(doc, CaseDoc):
            return ("case", doc.case.id)
        if isinstance(doc, LessonDoc):
            return ("lesson", doc.lesson.id)
        return None

    def toggle_read(self) -> None:
        item = self.current_item()
        if item is None:
            return
        read = not self.is_read(*item) if self.sender() is not self.read_button else self.read_button.isChecked()
        self._set_read_button(read)
        self.tracker.set_done(read)
        self.readToggled.emit(item[0], item[1], read)

    def _set_read_button(self, read: bool) -> None:
        self.read_button.setChecked(read)
        self.read_button.setText(readmark.read_button_text(read))
        self.read_button.setToolTip(readmark.read_button_tip(read))

    def _practise(self) -> None:
        item = self.current_item()
        if item and item[0] == "case":
            self.practiseRequested.emit(item[1])

    def show_empty(self) -> None:
        self.tracker.stop()
        self.read_button.setEnabled(False)
        self.practise_button.hide()
        self.view.clear_doc()
        self.view.hide()
        self.empty.show()
        self.where.setText("")
        self.reveal_button.setEnabled(False)
        self.edit_button.setEnabled(False)
        self.back_button.setEnabled(False)

    def _edit(self) -> None:
        cid = self.view.current_case_id()
        if cid:
            self.editRequested.emit(cid)

    def _reveal(self) -> None:
        if getattr(self, "_path", None):
            self.revealRequested.emit(self._path)
