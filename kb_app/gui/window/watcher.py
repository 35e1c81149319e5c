"""Reloading the case folder when a file changes outside the app.

It owns the QFileSystemWatcher over the files and folders the last load read (cases, lessons,
vocab, and the team folders standards/, ratings/, rubrics/, paths/ with their files: a file added
or replaced there reloads what shows it, the incident pane's standard included), kept in step
with each load and filled in batches so a big folder never freezes the window; the short
pause that gathers a burst of changes into one reload; and the poll that takes over when the
system will not watch every path.
"""
from __future__ import annotations

import logging

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer

log = logging.getLogger(__name__)


class FolderWatcher(QObject):
    """Watches what the library read and calls window.reload() after a change (parented to the window)."""

    RELOAD_DEBOUNCE_MS = 500
    POLL_MS = 5000
    WATCH_BATCH = 100  # paths added per turn of the event loop (10,000 at once stalled it ~250 ms)

    def __init__(self, window):
        super().__init__(window)
        self.window_ = window
        self.watcher = QFileSystemWatcher(window)
        self.paused = False
        self._watched: set[str] = set()   # what we asked the watcher to follow
        self._watch_queue: list[str] = []
        self._watch_failed = 0
        self._watch_timer: QTimer | None = None
        self.watcher.fileChanged.connect(self._fs_changed)
        self.watcher.directoryChanged.connect(self._fs_changed)
        self.reload_timer = QTimer(window)
        self.reload_timer.setSingleShot(True)
        self.reload_timer.setInterval(self.RELOAD_DEBOUNCE_MS)
        self.reload_timer.timeout.connect(window.reload)
        self.poll_timer = QTimer(window)
        self.poll_timer.setInterval(self.POLL_MS)
        self.poll_timer.timeout.connect(window.library.poll)

    def update(self, files: list[str], dirs: list[str]) -> None:
        """Follow these paths from now on (what the last load read)."""
        want = set(files)
        want.update(dirs)
        have = self._watched  # our own record: asking the watcher copies 10,000 paths each time
        gone = list(have - want)
        if gone:
            self.watcher.removePaths(gone)
            have.difference_update(gone)
        # added in batches, one per turn of the event loop, so a big folder never freezes the window
        self._watch_queue = list(want - have)
        self._watch_failed = 0
        if self._watch_timer is None:
            self._watch_timer = QTimer(self.window_)
            self._watch_timer.setInterval(0)
            self._watch_timer.timeout.connect(self._watch_step)
        self._watch_timer.start()

    def _watch_step(self) -> None:
        closed = self.window_._closed
        batch, self._watch_queue = self._watch_queue[:self.WATCH_BATCH], self._watch_queue[self.WATCH_BATCH:]
        if batch and not closed:
            failed = self.watcher.addPaths(batch)
            self._watch_failed += len(failed)
            self._watched.update(set(batch) - set(failed))
        if self._watch_queue and not closed:
            return
        self._watch_timer.stop()
        if self._watch_failed:
            log.info("cannot watch %d paths; polling the folder every %d s", self._watch_failed, self.POLL_MS // 1000)
            self.poll_timer.start()
        else:
            self.poll_timer.stop()

    def _fs_changed(self, path: str) -> None:
        if path in self._watched and path in self.watcher.files():
            # an editor that saves by replacing the file leaves the old watch dead: renew it on reload
            self.watcher.removePath(path)
            self._watched.discard(path)
        if self.paused:  # an import is writing the folder: the load after it reads everything at once
            return
        self.reload_timer.start()

    def pause(self, paused: bool) -> None:
        """While the app itself writes many files (an import), no reload per change: a reload
        queued behind the import would show the index's progress and Cancel for its whole length."""
        self.paused = bool(paused)
        if paused:
            self.reload_timer.stop()

    def stop(self) -> None:
        """The window closes: no reload, no poll, nothing watched."""
        self.reload_timer.stop()
        self.poll_timer.stop()
        if self._watch_timer is not None:
            self._watch_timer.stop()
        watched = self.watcher.files() + self.watcher.directories()
        if watched:
            self.watcher.removePaths(watched)
        self._watched.clear()
