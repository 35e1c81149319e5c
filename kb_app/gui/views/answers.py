"""The list of answers that the search and the incident panes share: cards that follow typing.

It owns what the two panes do alike with theirs: the pause after typing before a request goes
out, the list of cards (painted by a widgets/cards.py delegate) whose keys the pane filters,
keeping the selected case selected when a newer answer arrives, and stepping through the list
from the keyboard (Ctrl+J / Ctrl+K, which text editors claim for themselves and so ask here).
"""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtWidgets import QListView

from ..models import ROLE_ID
from ..widgets import cards


def pause_timer(parent, ms: int, slot) -> QTimer:
    """The pause after typing: a single-shot timer that each change restarts, then `slot` runs."""
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(ms)
    timer.timeout.connect(slot)
    return timer


def card_list(pane, name: str, model, delegate) -> QListView:
    """A list of `model`'s answers painted as cards by `delegate`; `pane` filters its keys."""
    view = QListView(pane)
    view.setObjectName(name)
    view.setModel(model)
    cards.install(view, delegate)
    view.installEventFilter(pane)
    return view


def current_id(view: QListView) -> str | None:
    """The id of the selected answer, or None."""
    idx = view.currentIndex()
    return idx.data(ROLE_ID) if idx.isValid() else None


def reselect(view: QListView, model, item_id: str | None, quiet: bool = False) -> None:
    """After a new answer: the case that was selected is selected again, if it is still listed
    (quiet: with the selection model's signals blocked meanwhile)."""
    if not item_id:
        return
    row = model.row_of(item_id)
    if row < 0:
        return
    if quiet:
        view.selectionModel().blockSignals(True)
    view.setCurrentIndex(model.index(row))
    if quiet:
        view.selectionModel().blockSignals(False)


def step_to(view: QListView, model, step: int) -> QModelIndex | None:
    """Move the selection `step` rows (the first row when none is selected), kept inside the
    list and scrolled to; the new index, or None when the list is empty."""
    n = model.rowCount()
    if not n:
        return None
    row = view.currentIndex().row()
    row = 0 if row < 0 else max(0, min(n - 1, row + step))
    idx = model.index(row)
    view.setCurrentIndex(idx)
    view.scrollTo(idx)
    return idx


def next_prev_step(event) -> int:
    """Ctrl+J -> +1, Ctrl+K -> -1, else 0 (text editors claim Ctrl+K on X11, so they ask here)."""
    if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier != Qt.KeyboardModifier.ControlModifier:
        return 0
    return {Qt.Key.Key_J: 1, Qt.Key.Key_K: -1}.get(Qt.Key(event.key()), 0)
