"""Honest reading in the case panel: ReadTracker decides when the page on screen has earned "read".

The rule is the core's (kb_app.core.learning.progress: counts_as_read, end_visible, MIN_SECONDS);
this is only its clock and its eyes on the case view (views/case.py), which the Learn wiring
(views/learn/wiring.py) turns into progress in state.db.
"""
from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QTextBrowser


class ReadTracker(QObject):
    """Honest reading (kb_app.core.learning.progress): a page earns "read" when it stayed open
    the dwell time (``progress.MIN_SECONDS``, read when each page starts) AND its end was on
    screen (a page that fits on the screen is at its end).

    Only the page on screen, while it is on screen, can earn it: the panel stops the clock before
    anything else is shown (a link, Back, the next result), and what the view does while it
    replaces its text (the scroll range collapsing and growing again) is never taken for reading.
    A timer that fires a little early (Qt's coarse timers do, by up to 5 %) asks again for the
    time that is left instead of giving up on the page."""

    earned = Signal(str, str, float)   # item_type ("case" | "lesson"), id, seconds open

    def __init__(self, view: QTextBrowser, parent=None):
        super().__init__(parent)
        self.view = view
        self.min_seconds: float | None = None   # None: progress.MIN_SECONDS when a page starts
        self._dwell = 0.0
        self.item: tuple[str, str] | None = None
        self.done = False
        self._end_seen = False
        self._clock = QElapsedTimer()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self.check)
        bar = view.verticalScrollBar()
        bar.valueChanged.connect(self._scrolled)
        bar.rangeChanged.connect(lambda *_: self._scrolled())

    def dwell(self) -> float:
        from kb_app.core.learning import progress

        return progress.MIN_SECONDS if self.min_seconds is None else self.min_seconds

    def start(self, item_type: str, item_id: str, already_read: bool) -> None:
        if self.item == (item_type, item_id) and (self.done or self._timer.isActive()):
            return  # the same page shown again (a reload, the original text): keep its clock
        self.item = (item_type, item_id)
        self.done = already_read
        self._end_seen = False
        self._dwell = self.dwell()
        self._clock.start()
        self._timer.stop()
        if not already_read:
            self._timer.start(int(self._dwell * 1000))
            QTimer.singleShot(0, self._scrolled)

    def stop(self) -> None:
        """The page is being left: nothing from here on counts for it."""
        self.item = None
        self._end_seen = False
        self._timer.stop()

    def set_done(self, done: bool) -> None:
        """Marked by hand, or unmarked: either way the reader has said what this page is, so this
        showing earns nothing more (an unmarked page is not marked again behind the reader's back;
        it counts again when it is shown again and read)."""
        self.done = True
        self._timer.stop()

    def seconds(self) -> float:
        return self._clock.elapsed() / 1000.0 if self._clock.isValid() else 0.0

    def at_end(self) -> bool:
        """The end of the page on screen is visible, measured on the whole page as laid out."""
        from kb_app.core.learning.progress import end_visible

        v = self.view
        if not v.isVisible() or getattr(v, "rendering", False):
            return False
        return end_visible(v.verticalScrollBar().value(), v.viewport().height(), v.document().size().height())

    def _scrolled(self, *args) -> None:
        if self.item is None or self.done or getattr(self.view, "rendering", False):
            return
        if self.at_end():
            self._end_seen = True
            self.check()

    def check(self) -> None:
        from kb_app.core.learning.progress import counts_as_read, remaining_seconds

        if self.item is None or self.done or getattr(self.view, "rendering", False):
            return
        end = self._end_seen or self.at_end()
        self._end_seen = end
        seconds = self.seconds()
        if counts_as_read(seconds, end, self._dwell):
            self.done = True
            self._timer.stop()
            self.earned.emit(self.item[0], self.item[1], round(seconds, 1))
        elif end and not self._timer.isActive():
            # the end is on screen, the time not yet up (or the timer fired early): ask again then
            self._timer.start(max(1, int(remaining_seconds(seconds, self._dwell) * 1000) + 1))
