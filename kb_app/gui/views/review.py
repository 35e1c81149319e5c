"""The review queue (issue 15): imported cases a mentor has not reviewed yet, one at a time.

Beside each other: the original document's text (assets/<id>/original.txt, as converted, before
anything was suggested) and the case made of it; below the case, every suggested field with the
words that carried it (assets/<id>/import.json). Next / Previous walk the queue (Ctrl+J / Ctrl+K
as in the result lists), "Edit and review" opens the case in the editor with its suggestions in
the fields (a save there clears the flag), "Mark as reviewed" clears it as it is. Everything is
read on the read pool; the queue and its count follow every load. Strings: context "Review".
"""
from __future__ import annotations

import html
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QUrl, Signal
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import (QHBoxLayout, QHeaderView, QLabel, QPlainTextEdit, QPushButton, QSizePolicy, QSplitter,
                               QStackedWidget, QTextBrowser, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

from ..models import VocabLabels, format_date, join_list, language_label
from ..workers import RequestTokens, is_cancellation

MAX_IMAGE_BYTES = 4 * 1024 * 1024
# Qt's rich text sizes headings by keyword only (px and pt are ignored there)
REVIEW_CSS = """
body { color: #1f2937; }
h1 { font-size: large; color: #111827; margin: 2px 0 8px 0; }
h2 { font-size: medium; margin: 10px 0 4px 0; color: #1f3a5f; }
h3, h4 { font-size: medium; margin: 8px 0 3px 0; }
table { border-collapse: collapse; margin: 4px 0; }
th, td { border: 1px solid #d1d5db; padding: 3px 6px; }
th { background-color: #f3f4f6; }
"""


def _t(text: str) -> str:
    return QCoreApplication.translate("Review", text)


@dataclass
class ReviewDoc:
    """One imported case as the review shows it (made on the read pool)."""

    id: str
    title: str
    source: str
    imported_at: str
    original: str | None
    html: str
    suggestions: dict = field(default_factory=dict)
    images: dict = field(default_factory=dict)   # relative src -> bytes
    duplicate_of: dict | None = None
    lesson_titles: dict = field(default_factory=dict)  # lesson id -> title (the suggested links)
    warnings: list = field(default_factory=list)       # [{code, message, args}]: what the import noted


def load_review_doc(kb, case_id: str) -> ReviewDoc:
    """Read one imported case, its original text and its suggestions (worker thread)."""
    from pathlib import Path

    from kb_app.core.cases.render import markdown_to_html
    from kb_app.core.importing import review

    case = kb.case(case_id)
    if case is None:
        raise FileNotFoundError(case_id)
    info = kb.review_info(case_id)
    body = getattr(case, "body", "") or ""
    images = {}
    for name in info.get("images") or []:
        rel = f"{review.ASSETS}/{case_id}/{name}"
        p = Path(kb.cases_dir) / rel
        try:
            if p.is_file() and not p.is_symlink() and p.stat().st_size <= MAX_IMAGE_BYTES:
                images[rel] = p.read_bytes()
        except OSError:
            pass
    page = f"<h1>{html.escape(case.title)}</h1>" + markdown_to_html(body)
    suggestions = dict(info.get("suggestions") or {})
    linked = (suggestions.get("lessons") or {}).get("value") or []
    titles = {str(lid): kb.lesson_title(str(lid)) for lid in linked if isinstance(lid, str)}
    return ReviewDoc(case.id, case.title, str((case.extra or {}).get(review.SOURCE_KEY) or info.get("source") or ""),
                     str(info.get("imported_at") or ""), kb.review_original(case_id), page,
                     suggestions, images, info.get("duplicate_of"), titles,
                     [w for w in info.get("warnings") or [] if isinstance(w, dict)])


# -- the suggestions, worded ----------------------------------------------------------------------------------------
FIELDS = ("title", "language", "date", "kind", "industry", "severity", "stakes", "soft_skills", "outcome_status",
          "outcome_summary", "lessons", "new_lessons", "tags")


def _severity_words() -> None:  # pragma: no cover - only for the translation tools to see
    _t("Critical"), _t("High"), _t("Medium"), _t("Low")


def field_label(name: str) -> str:
    return {"title": _t("Title"), "language": _t("Language"), "date": _t("Date"), "kind": _t("Kind"),
            "industry": _t("Industry"), "severity": _t("Severity"), "stakes": _t("Stakes"),
            "soft_skills": _t("Soft skills"), "outcome_status": _t("Outcome"), "outcome_summary": _t("Outcome summary"),
            "lessons": _t("Lessons"), "new_lessons": _t("New lessons proposed"), "tags": _t("Tags")}.get(name, name)


def reason_text(why: str, words) -> str:
    """Why a field was suggested, in the UI language, with the words that carried it."""
    w = join_list([str(x) for x in (words or [])[:6]])
    table = {
        "document-title": _t("the document's title"), "first-heading": _t("its first heading"),
        "html-title": _t("the page title"), "document-property": _t("the document's properties"),
        "front-matter": _t("its front matter ({0})"), "column": _t("the column {0}"), "first-line": _t("its first line"),
        "file-name": _t("the file name"), "characters": _t("the characters {0}") if w else _t("no Chinese characters"),
        "date-in-text": _t("the text says {0}"), "vocabulary": _t("the words {0}"), "category": _t("the category {0}"),
        "precedent": _t("the nearest cases {0}"),
        "cues": _t("the words {0}"), "section": _t("the section {0}"), "lesson-match": _t("the items of {0}"),
        "lesson-new": _t("items of {0} that match no lesson"), "priority": _t("the priority {0}"),
    }
    text = table.get(why)
    if text is None:
        return f"{why} {w}".strip()
    return text.format(w) if "{0}" in text else text


SEVERITY = {"critical": "Critical", "high": "High", "medium": "Medium", "low": "Low"}


def value_text(name: str, value, labels: VocabLabels, lesson_titles: dict | None = None) -> str:
    if name == "severity":
        return _t(SEVERITY[str(value)]) if str(value) in SEVERITY else str(value)
    if name == "lessons" and lesson_titles:
        return join_list([lesson_titles.get(str(v)) or str(v) for v in value or []])
    tables = {"kind": "kinds", "industry": "industries", "stakes": "stakes", "soft_skills": "skills",
              "outcome_status": "outcomes"}
    if name == "language":
        return language_label(str(value))
    if name == "date":
        return format_date(str(value)) or str(value)
    if name == "new_lessons":
        return join_list([str(v.get("title") if isinstance(v, dict) else v) for v in value or []])
    if isinstance(value, (list, tuple)):
        return join_list([labels.label(tables[name], str(v)) if name in tables else str(v) for v in value])
    if name in tables:
        return labels.label(tables[name], str(value))
    return str(value)


class ReviewView(QWidget):
    """The queue of imported cases to review, one case at a time."""

    editRequested = Signal(str)      # open this case in the editor (the review ends with its save)
    closeRequested = Signal()
    itemShown = Signal(str)          # a case is on screen ("" when the queue is empty)
    markReviewed = Signal(str)

    def __init__(self, library, parent=None):
        super().__init__(parent)
        self.setObjectName("reviewView")
        self.library = library
        self.items: list = []        # importing.review.ReviewItem
        self.pos = 0
        self.doc: ReviewDoc | None = None
        self.loaded = False
        self.labels = VocabLabels()
        self.tokens = RequestTokens()
        self.queue_tokens = RequestTokens()

        self.back_button = QPushButton(self)
        self.back_button.setObjectName("reviewBack")
        self.back_button.clicked.connect(self.closeRequested.emit)
        self.heading = QLabel(self)
        self.heading.setObjectName("reviewHeading")
        # the bar never widens the window past 1024 px (the central stack is as wide as its widest page)
        self.heading.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.heading.setMinimumWidth(60)
        self.position = QLabel(self)
        self.position.setObjectName("reviewPosition")
        self.prev_button = QPushButton(self)
        self.prev_button.setObjectName("reviewPrev")
        self.prev_button.clicked.connect(lambda: self.step(-1))
        self.next_button = QPushButton(self)
        self.next_button.setObjectName("reviewNext")
        self.next_button.clicked.connect(lambda: self.step(1))
        self.edit_button = QPushButton(self)
        self.edit_button.setObjectName("reviewEdit")
        self.edit_button.setDefault(True)
        self.edit_button.clicked.connect(self.edit_current)
        self.mark_button = QPushButton(self)
        self.mark_button.setObjectName("reviewMark")
        self.mark_button.clicked.connect(self.mark_current)
        bar = QHBoxLayout()
        bar.addWidget(self.back_button)
        bar.addWidget(self.heading, 1)
        bar.addWidget(self.position)
        bar.addWidget(self.prev_button)
        bar.addWidget(self.next_button)
        bar.addSpacing(12)
        bar.addWidget(self.mark_button)
        bar.addWidget(self.edit_button)

        self.title_label = QLabel(self)
        self.title_label.setObjectName("reviewTitle")
        self.title_label.setWordWrap(True)
        self.source_label = QLabel(self)
        self.source_label.setObjectName("reviewSource")
        self.source_label.setWordWrap(True)
        self.source_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.original_head = QLabel(self)
        self.original_head.setObjectName("reviewOriginalHead")
        self.original = QPlainTextEdit(self)
        self.original.setObjectName("reviewOriginal")
        self.original.setReadOnly(True)
        self.case_head = QLabel(self)
        self.case_head.setObjectName("reviewCaseHead")
        self.case_view = QTextBrowser(self)
        self.case_view.setObjectName("reviewCase")
        self.case_view.setOpenLinks(False)
        self.case_view.document().setDefaultStyleSheet(REVIEW_CSS)
        self.suggest_head = QLabel(self)
        self.suggest_head.setObjectName("reviewSuggestHead")
        self.suggestions = QTreeWidget(self)
        self.suggestions.setObjectName("reviewSuggestions")
        self.suggestions.setColumnCount(3)
        self.suggestions.setRootIsDecorated(False)
        self.suggestions.setWordWrap(True)
        self.suggestions.setUniformRowHeights(False)
        self.suggestions.setAlternatingRowColors(True)
        head = self.suggestions.header()
        head.setStretchLastSection(False)
        head.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        head.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        head.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

        left = QWidget(self)
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.original_head)
        ll.addWidget(self.original, 1)
        top_right = QWidget(self)
        tl = QVBoxLayout(top_right)
        tl.setContentsMargins(0, 0, 0, 0)
        tl.addWidget(self.case_head)
        tl.addWidget(self.case_view, 1)
        bottom_right = QWidget(self)
        bl = QVBoxLayout(bottom_right)
        bl.setContentsMargins(0, 0, 0, 0)
        bl.addWidget(self.suggest_head)
        bl.addWidget(self.suggestions, 1)
        self.right_split = QSplitter(Qt.Orientation.Vertical, self)
        self.right_split.setObjectName("reviewRightSplitter")
        self.right_split.addWidget(top_right)
        self.right_split.addWidget(bottom_right)
        self.right_split.setSizes([320, 220])
        self.split = QSplitter(Qt.Orientation.Horizontal, self)
        self.split.setObjectName("reviewSplitter")
        self.split.addWidget(left)
        self.split.addWidget(self.right_split)
        self.split.setSizes([450, 550])
        self.split.setChildrenCollapsible(False)

        page = QWidget(self)
        pl = QVBoxLayout(page)
        pl.setContentsMargins(0, 0, 0, 0)
        pl.addWidget(self.title_label)
        pl.addWidget(self.source_label)
        pl.addWidget(self.split, 1)
        self.empty = QLabel(self)
        self.empty.setObjectName("reviewEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(page)
        self.stack.addWidget(self.empty)
        self.page = page

        lay = QVBoxLayout(self)
        lay.setContentsMargins(10, 8, 10, 8)
        lay.addLayout(bar)
        lay.addWidget(self.stack, 1)
        self.retranslate()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.back_button.setText(_t("← Back"))
        self.back_button.setToolTip(_t("Back to the search (Esc)"))
        self.heading.setText(f"<b>{html.escape(_t('Imported cases to review'))}</b>")
        self.prev_button.setText(_t("‹ Previous"))
        self.prev_button.setToolTip(_t("The previous case to review (Ctrl+K)"))
        self.next_button.setText(_t("Next ›"))
        self.next_button.setToolTip(_t("The next case to review (Ctrl+J)"))
        self.edit_button.setText(_t("Edit and review…"))
        self.edit_button.setToolTip(_t("Open it in the editor with the suggested fields; saving it there marks it reviewed (Ctrl+E)"))
        self.mark_button.setText(_t("Mark as reviewed"))
        self.mark_button.setToolTip(_t("The case is right as it was imported: clear its flag without editing"))
        self.original_head.setText(f"<b>{html.escape(_t('Original document'))}</b>")
        self.case_head.setText(f"<b>{html.escape(_t('Converted case'))}</b>")
        self.suggest_head.setText(f"<b>{html.escape(_t('Suggested fields and why'))}</b>")
        self.suggestions.setHeaderLabels([_t("Field"), _t("Suggested"), _t("Because of")])
        self.empty.setText(f"<p style='font-size:15px'><b>{html.escape(_t('No imported cases to review.'))}</b></p>"
                           f"<p>{html.escape(_t('File > Import… brings a team’s Word, Excel, wiki and Markdown documents in (Ctrl+I); each new case waits here for a mentor.'))}</p>")
        self._show_position()
        if self.doc is not None:
            self._show_doc(self.doc)

    # -- the queue ---------------------------------------------------------------------------------------------------
    def set_vocab(self, vocab) -> None:
        self.labels.vocab = vocab

    def refresh(self, keep: str | None = None) -> None:
        """Read the queue again (after a load); stay on `keep` (else the case on screen) if it is still there."""
        keep = keep if keep is not None else (self.current_id() or "")
        seq = self.queue_tokens.next()
        lib = self.library

        def work(job):
            return lib._kb_or_raise().review_queue()

        def done(items):
            if not self.queue_tokens.is_current(seq):
                return
            old_pos = self.pos
            self.items = list(items)
            self.loaded = True
            ids = [i.id for i in self.items]
            if keep in ids:
                self.pos = ids.index(keep)
            else:
                self.pos = min(old_pos, max(0, len(self.items) - 1))
            self.show_current()

        def failed(e):
            if not is_cancellation(e) and self.queue_tokens.is_current(seq):
                self.loaded = True
                self.show_current()

        lib.runner.read(work, on_done=done, on_error=failed, name="review_queue")

    def count(self) -> int:
        return len(self.items)

    def current_id(self) -> str:
        return self.items[self.pos].id if 0 <= self.pos < len(self.items) else ""

    def step(self, delta: int) -> None:
        if not self.items:
            return
        new = max(0, min(len(self.items) - 1, self.pos + delta))
        if new != self.pos:
            self.pos = new
            self.show_current()

    def show_current(self) -> None:
        self._show_position()
        cid = self.current_id()
        if not cid:
            self.doc = None
            self.stack.setCurrentWidget(self.empty)
            self.itemShown.emit("")
            return
        self.stack.setCurrentWidget(self.page)
        if self.doc is not None and self.doc.id == cid:
            self.itemShown.emit(cid)
            return
        seq = self.tokens.next()
        lib = self.library

        def work(job):
            return load_review_doc(lib._kb_or_raise(), cid)

        def done(doc):
            if self.tokens.is_current(seq):
                self._show_doc(doc)
                self.itemShown.emit(doc.id)

        def failed(e):
            if self.tokens.is_current(seq) and not is_cancellation(e):
                self.title_label.setText(html.escape(_t("Could not open {0}: {1}").format(cid, e)))

        lib.runner.read(work, on_done=done, on_error=failed, name="review_doc")

    def _show_position(self) -> None:
        n = len(self.items)
        self.position.setText(_t("{0} of {1}").format(self.pos + 1, n) if n else "")
        self.prev_button.setEnabled(n > 0 and self.pos > 0)
        self.next_button.setEnabled(n > 0 and self.pos < n - 1)
        self.edit_button.setEnabled(n > 0)
        self.mark_button.setEnabled(n > 0)

    def _show_doc(self, doc: ReviewDoc) -> None:
        self.doc = doc
        self.title_label.setText(f"<span style='font-size:15px'><b>{html.escape(doc.title)}</b></span>")
        when = doc.imported_at[:16].replace("T", " ") if doc.imported_at else ""
        src = _t("Source: {0}").format(doc.source or "?")
        if when:
            src += " · " + _t("imported {0}").format(when)
        if doc.duplicate_of:
            src += " · " + _t("imported although it looked like {0}").format(doc.duplicate_of.get("id", ""))
        if doc.warnings:  # what the import noted (images not kept, front matter unreadable), in the UI language
            from types import SimpleNamespace

            from ..models import problem_text

            notes = [problem_text(SimpleNamespace(code=w.get("code", ""), args=tuple(w.get("args") or ()),
                                                  message=w.get("message", ""))) for w in doc.warnings]
            src += " · " + _t("Notes: {0}").format(" ".join(notes))
        self.source_label.setText(html.escape(src))
        if doc.original is None:
            self.original.setPlainText(_t("(the original text was not kept)"))
        else:
            from kb_app.core.importing.review import readable_original

            self.original.setPlainText(readable_original(doc.original, _t("[image {0}]")))
        d = self.case_view.document()
        d.clear()
        for src_name, data in doc.images.items():
            img = QImage.fromData(data)
            if not img.isNull():
                d.addResource(QTextDocument.ResourceType.ImageResource, QUrl(src_name), img)
        d.setDefaultStyleSheet(REVIEW_CSS)
        self.case_view.setHtml(f"<html><head><style>{REVIEW_CSS}</style></head><body>{doc.html}</body></html>")
        self.suggestions.clear()
        for name in sorted(doc.suggestions, key=lambda n: FIELDS.index(n) if n in FIELDS else len(FIELDS)):
            s = doc.suggestions[name] or {}
            value = value_text(name, s.get("value"), self.labels, doc.lesson_titles)
            why = reason_text(str(s.get("why") or ""), s.get("words") or [])
            it = QTreeWidgetItem(self.suggestions, [field_label(name), value, why])
            it.setToolTip(1, value)
            it.setToolTip(2, why)

    # -- acting on it ----------------------------------------------------------------------------------------------
    def edit_current(self) -> None:
        cid = self.current_id()
        if cid:
            self.editRequested.emit(cid)

    def mark_current(self) -> None:
        cid = self.current_id()
        if cid:
            self.markReviewed.emit(cid)
