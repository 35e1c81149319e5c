"""Opening cases and lessons in the case panel, and the history of what was shown there.

It owns the back history (case and lesson pages, Alt+Left), the request numbers that drop an
open overtaken by a newer one, the retry of an open that raced a load, and showing the page on
screen again as it now is on disk after a reload. Its texts keep the "MainWindow" context.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt, QUrl
from PySide6.QtGui import QDesktopServices

from ..views.case import CaseDoc, NotFound
from ..workers import RequestTokens, is_cancellation


def open_external(url: QUrl) -> None:
    """Web links open in the system browser, and only when the user clicked them."""
    if url.scheme().lower() in ("http", "https", "mailto"):
        QDesktopServices.openUrl(url)


class CaseHistory(QObject):
    """What the case panel of one main window shows, and what it showed before (parented to it)."""

    def __init__(self, window):
        super().__init__(window)
        self.window_ = window
        self.entries: list[tuple[str, str]] = []   # ("case" | "lesson", id), oldest first
        self.pos = -1
        self.open_tokens = RequestTokens()
        self._retry_open: str | None = None
        self._last_open: tuple | None = None

    def open_case(self, case_id: str, focus: bool = False, push: bool = True, keep_scroll: bool = False) -> None:
        w = self.window_
        if not w.library.ready:
            return
        seq = self.open_tokens.next()
        w.case_panel.leave_for(("case", case_id))
        self._retry_open = None
        self._last_open = (case_id, focus, push)
        loads = w.load_count

        def done(doc):
            if self.open_tokens.is_current(seq):
                self._show_doc(doc, ("case", case_id), push, focus, keep_scroll)

        def failed(e):
            if (isinstance(e, NotFound) and self.open_tokens.is_current(seq) and not w.library.loading
                    and w.load_count != loads):
                self.open_case(case_id, focus, push, keep_scroll)  # a load finished meanwhile: ask again
                return
            self._open_failed(seq, case_id, e)

        w.library.open_case(case_id, on_done=done, on_error=failed)

    def open_lesson(self, lesson_id: str, push: bool = True, keep_scroll: bool = False) -> None:
        w = self.window_
        if not w.library.ready:
            return
        seq = self.open_tokens.next()
        w.case_panel.leave_for(("lesson", lesson_id))

        def done(doc):
            if self.open_tokens.is_current(seq):
                self._show_doc(doc, ("lesson", lesson_id), push, False, keep_scroll)

        w.library.open_lesson(lesson_id, on_done=done, on_error=lambda e: self._open_failed(seq, lesson_id, e))

    def _open_failed(self, seq: int, ident: str, error) -> None:
        w = self.window_
        if not self.open_tokens.is_current(seq) or is_cancellation(error):
            return
        if isinstance(error, NotFound) and w.library.loading:
            # the search saw the new index before the load finished: open it once the load is done
            self._retry_open = ident
            return
        if isinstance(error, NotFound):
            w.status_area.say(lambda: QCoreApplication.translate("MainWindow", "“{0}” is no longer in the case folder").format(ident))
            if self.current_entry() and self.current_entry()[1] == ident:
                w.case_panel.show_empty()
            else:
                w.case_panel.stay()
        else:
            w.status_area.say(lambda: QCoreApplication.translate("MainWindow", "Could not open {0}: {1}").format(ident, error))
            w.case_panel.stay()

    def _show_doc(self, doc, entry, push: bool, focus: bool, keep_scroll: bool) -> None:
        w = self.window_
        if push and self.current_entry() != entry:
            del self.entries[self.pos + 1:]
            self.entries.append(entry)
            self.pos = len(self.entries) - 1
        w.case_panel.show_doc(doc, w.library.vocab, self.pos > 0, keep_scroll)
        w.act_back.setEnabled(self.pos > 0)
        if isinstance(doc, CaseDoc):  # read only when earned (views/reading.py ReadTracker) or marked by hand
            w.caseShown.emit(doc.case.id)
        if focus:
            w.case_panel.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def current_entry(self):
        return self.entries[self.pos] if 0 <= self.pos < len(self.entries) else None

    def go_back(self) -> None:
        if self.pos <= 0:
            return
        self.pos -= 1
        kind, ident = self.entries[self.pos]
        (self.open_case if kind == "case" else self.open_lesson)(ident, push=False)

    def clear(self) -> None:
        """Another case folder: nothing to go back to."""
        self.entries.clear()
        self.pos = -1

    def after_load(self) -> None:
        """An open that raced the load runs again; else the page on screen is shown as it now is."""
        retry, self._retry_open = self._retry_open, None
        if retry and self._last_open and self._last_open[0] == retry:
            self.open_case(*self._last_open)
        else:
            self._refresh_page()

    def _refresh_page(self) -> None:
        """After a reload: show the page on screen again, as it now is on disk."""
        entry = self.current_entry()
        if entry and self.window_.case_panel.view.doc is not None:
            kind, ident = entry
            (self.open_case if kind == "case" else self.open_lesson)(ident, push=False, keep_scroll=True)
