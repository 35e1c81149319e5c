"""StandardCard: the team's standard for the kind of incident being described, shown in the
incident pane (cases/standards/<kind>.md, written from the Compare view).

The kind is the one the description points at (the precedent engine's kind evidence), else the
kind of the closest precedent. The file is read on the read pool; the card hides itself when the
kind has no standard, and follows edits of the file (it asks again after every reload).

Only an approved standard (status: approved, or no status in files written before drafts) is
shown as the standard. A draft ("Write standard" writes one) is shown marked as a draft, in amber,
its actions folded away until the manager opens them: in the middle of a crisis a rough draft must
not read as the team's rule, yet hiding it would hide that the team has begun one.

One language on screen (issue 19): the heading, the thresholds and each expected action's theme
(vendor escalation, status updates ...) are in the UI language; the standard's own words (its
title, situations and actions) are the team's, read in the reader's own Chinese script as the case
view does (OpenCC, converted on the read pool, marked, with the original a click away). The
title is shown beside the heading only when the reader reads its language.
"""
from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QVBoxLayout

from ..workers import RequestTokens, is_cancellation


def inferred_kind(result) -> str:
    """The kind a SimilarResult points at: strongest kind evidence, else the top close hit's kind."""
    if result is None:
        return ""
    prof = getattr(result, "profile", None)
    kinds = getattr(prof, "kinds", None) or {}
    if kinds:
        return max(kinds.items(), key=lambda kv: kv[1])[0]
    if getattr(result, "close", False) and result.hits:
        return result.hits[0].kind
    return ""


class StandardCard(QFrame):
    shown = Signal(str)        # the kind whose standard is on screen ('' = hidden)

    def __init__(self, library, parent=None):
        super().__init__(parent)
        self.setObjectName("standardCard")
        self.library = library
        self.kind = ""
        self.standard = None
        self.source_lang = ""      # the language the standard is written in
        self.reader_texts: dict[str, dict[str, str]] = {}  # reader lang -> {own text: converted}
        self.show_original = False
        self.tokens = RequestTokens()
        self._style(True)
        self.title = QLabel(self)
        self.title.setObjectName("standardTitle")
        self.title.setWordWrap(True)
        self.toggle = QToolButton(self)
        self.toggle.setObjectName("standardToggle")
        self.toggle.setAutoRaise(True)
        self.toggle.setCheckable(True)
        self.toggle.setChecked(True)
        self.toggle.toggled.connect(self._toggled)
        self.body = QLabel(self)
        self.body.setObjectName("standardBody")
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                          | Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self.body.linkActivated.connect(self._script_link)
        head = QHBoxLayout()
        head.setContentsMargins(0, 0, 0, 0)
        head.addWidget(self.title, 1)
        head.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignTop)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(10, 6, 10, 8)
        lay.setSpacing(2)
        lay.addLayout(head)
        lay.addWidget(self.body)
        self.hide()
        loaded = getattr(library, "loaded", None)
        if loaded is not None:
            loaded.connect(lambda *_: self.show_kind(self.kind, force=True))
        self.retranslateUi()

    APPROVED_STYLE = "QFrame#standardCard { background: #f0fdf4; border: 1px solid #bbf7d0; border-radius: 6px; }"
    DRAFT_STYLE = "QFrame#standardCard { background: #fffbeb; border: 1px dashed #f59e0b; border-radius: 6px; }"

    def _style(self, approved: bool) -> None:
        self.setStyleSheet((self.APPROVED_STYLE if approved else self.DRAFT_STYLE)
                           + "QFrame#standardCard QLabel { background: transparent; border: none; }")

    def is_draft(self) -> bool:
        """A standard is on the card, and it is a draft the team has not approved."""
        return self.standard is not None and not getattr(self.standard, "approved", True)

    def retranslateUi(self) -> None:
        self.toggle.setText(self.tr("Hide") if self.toggle.isChecked() else self.tr("Show"))
        self.toggle.setToolTip(self.tr("Show or hide the expected actions"))
        self._render()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def _toggled(self, on: bool) -> None:
        self.body.setVisible(on)
        self.retranslateUi()

    def _duration(self, minutes: float) -> str:
        if minutes >= 60 and minutes % 60 == 0 or minutes >= 120:
            return self.tr("{0} h").format(f"{minutes / 60:g}")
        return self.tr("{0} min").format(f"{minutes:g}")

    def threshold(self, e) -> str:
        """'within 2 h' / 'every 30 min' in the UI language ('' when the action has no threshold)."""
        if e.every is not None:
            return self.tr("every {0}").format(self._duration(e.every))
        if e.within is not None:
            return self.tr("within {0}").format(self._duration(e.within))
        return ""

    # -- what to show ------------------------------------------------------------------------------
    def show_for(self, result) -> None:
        """Called with each set of suggestions (None when the description is empty)."""
        self.show_kind(inferred_kind(result))

    def show_kind(self, kind: str, force: bool = False) -> None:
        if kind == self.kind and not force:
            return
        self.kind = kind or ""
        seq = self.tokens.next()
        if not self.kind or not getattr(self.library, "ready", False):
            self._set(seq, None)
            return
        knowledge_base = self.library.knowledge_base

        def work(job):
            from kb_app.core.team.standards import load_standard, standard_path

            kb = knowledge_base()
            try:
                path = standard_path(kb.cases_dir, kind)
            except ValueError:
                return None
            if not path.is_file():
                return None
            st, _ = load_standard(path)
            return (st, *reader_scripts(st)) if st is not None else None

        self.library.runner.read(work, on_done=lambda res: self._set(seq, res),
                                 on_error=lambda e: None if is_cancellation(e) else self._set(seq, None),
                                 name="standard")

    def _set(self, seq: int, res) -> None:
        if not self.tokens.is_current(seq):
            return
        before = self.standard
        standard, self.source_lang, self.reader_texts = res if res is not None else (None, "", {})
        self.standard = standard
        if standard is not None:
            approved = getattr(standard, "approved", True)
            if before is None or before.kind != standard.kind or getattr(before, "approved", True) != approved:
                self.toggle.setChecked(approved)  # a draft's actions stay folded until asked for
            self._style(approved)
        self._render()
        self.setVisible(standard is not None)
        self.shown.emit(self.kind if standard is not None else "")

    def _script_link(self, href: str) -> None:
        self.show_original = href == "script:original"
        self._render()

    def _render(self) -> None:
        st = self.standard
        if st is None:
            return
        from kb_app.core.team.compare import ACTION_THEMES, theme_label

        from .. import i18n

        lang = i18n.current_language()
        texts = {} if self.show_original else self.reader_texts.get(lang, {})
        tx = lambda t: texts.get(t, t)  # noqa: E731 - the standard's own words, in the reader's script
        vocab = getattr(self.library, "vocab", None)
        kind = vocab.label("kinds", st.kind, lang) if vocab is not None else st.kind
        title = tx(st.title)
        # the team's own title only where the reader reads its language, and only when it says more
        readable = (self.source_lang == "en") == (lang == "en")
        if self.is_draft():
            heading = self.tr("Draft standard, not yet approved")
            self.title.setText("<b style='color:#92400e'>⚠ " + html.escape(heading) + "</b> · " + html.escape(kind))
            self.title.setToolTip(self.tr("The team has not approved this draft yet: read it as ideas, not as the "
                                          "team's standard"))
        else:
            heading = self.tr("Standard for {0}").format(kind)
            same = title.replace(" ", "") == heading.replace(" ", "")
            self.title.setText("<b>" + html.escape(heading) + "</b>"
                               + (" · " + html.escape(title) if readable and not same else ""))
            self.title.setToolTip(title if not readable else "")
        items = []
        for e in st.expected:
            thr = self.threshold(e)
            theme = theme_label(e.id, lang) if e.id in ACTION_THEMES else ""
            lead = " · ".join(x for x in (theme, thr) if x)
            action = html.escape(tx(e.action))
            when = tx(getattr(e, "when", "") or "")
            items.append("<li>" + (self.tr("{0}: {1}").format(f"<b>{html.escape(lead)}</b>", action) if lead else action)
                         + (" <span style='color:#6b7280'>" + html.escape(self.tr("(when: {0})").format(when))
                            + "</span>" if when else "") + "</li>")
        sits = ""
        if st.situations:
            sits = ("<div style='color:#4b5563'>" + html.escape(self.tr("Situations: ")) +
                    html.escape(" · ".join(tx(s) for s in st.situations)) + "</div>")
        self.body.setText(self._script_note(lang) + sits + "<ol style='margin-left:-20px'>" + "".join(items) + "</ol>")

    def _script_note(self, lang: str) -> str:
        """The mark of the standard shown in the reader's script, or the way back to it ('' if none)."""
        if lang not in self.reader_texts:
            return ""
        tr = QCoreApplication.translate
        if self.show_original:
            text, link, href = tr("Learn", "Original text."), tr("Learn", "Show it in your script"), "script:converted"
        else:
            text = (tr("Learn", "Converted from Simplified Chinese by OpenCC.") if self.source_lang == "zh-Hans"
                    else tr("Learn", "Converted from Traditional Chinese by OpenCC."))
            link, href = tr("Learn", "Show the original"), "script:original"
        return (f"<div style='color:#6d28d9'>⇄ {html.escape(text)} <a href='{href}'>{html.escape(link)}</a></div>")


def reader_scripts(st) -> tuple[str, dict[str, dict[str, str]]]:
    """The language a standard is written in, and its own words for a reader of the other Chinese
    script (OpenCC, as the case view converts a case). On the read pool."""
    from kb_app.core.analysis import convert
    from kb_app.core.analysis.text import detect_language

    own = [t for t in [st.title, *st.situations, *(e.action for e in st.expected),
                       *(getattr(e, "when", "") for e in st.expected)] if t]
    src = detect_language(" ".join(own))
    reader = {}
    for lang in ("zh-Hans", "zh-Hant"):
        if convert.target(src, lang):
            reader[lang] = {t: convert.convert(t, src, lang) for t in own}
    return src, reader
