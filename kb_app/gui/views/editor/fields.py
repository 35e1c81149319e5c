"""The form's own field widgets: checkable vocabulary keys, link pickers, an ISO date with a calendar.

Each emits `changed` when the mentor changes it and has value() / set_value() (set_value quietly,
so the editor's undo and drafts see only what was typed). Their translated hints and buttons are
set by the form (form.py).
"""
from __future__ import annotations

from PySide6.QtCore import QDate, QLocale, QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (QCalendarWidget, QCheckBox, QCompleter, QGridLayout, QHBoxLayout, QLineEdit,
                               QListWidget, QListWidgetItem, QMenu, QToolButton, QVBoxLayout, QWidget,
                               QWidgetAction)

from ...models import VocabLabels


class CheckGrid(QWidget):
    """Checkable vocabulary keys (soft skills, stakes) in two columns, labels in the UI language."""

    changed = Signal()

    def __init__(self, table: str, parent=None):
        super().__init__(parent)
        self.table = table
        self.boxes: dict[str, QCheckBox] = {}
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(12)
        self.grid.setVerticalSpacing(2)

    def set_keys(self, keys, labels: VocabLabels) -> None:
        chosen = self.value()
        for b in self.boxes.values():
            b.deleteLater()
        self.boxes = {}
        for i, k in enumerate(list(keys) + [c for c in chosen if c not in keys]):
            b = QCheckBox(labels.label(self.table, k), self)
            b.setObjectName(f"{self.table}_{k}")
            b.setChecked(k in chosen)
            b.toggled.connect(self.changed)
            self.boxes[k] = b
            self.grid.addWidget(b, i // 2, i % 2)

    def relabel(self, labels: VocabLabels) -> None:
        for k, b in self.boxes.items():
            b.setText(labels.label(self.table, k))

    def value(self) -> list[str]:
        # the order the file had, then newly checked ones (so a save does not reorder the line)
        checked = [k for k, b in self.boxes.items() if b.isChecked()]
        order = [k for k in getattr(self, "_order", []) if k in checked]
        return order + [k for k in checked if k not in order]

    def set_value(self, keys) -> None:
        keys = list(keys or [])
        self._order = list(keys)
        for k in keys:
            if k not in self.boxes:
                b = QCheckBox(k, self)
                b.toggled.connect(self.changed)
                n = len(self.boxes)
                self.boxes[k] = b
                self.grid.addWidget(b, n // 2, n % 2)
        for k, b in self.boxes.items():
            b.blockSignals(True)
            b.setChecked(k in keys)
            b.blockSignals(False)


class LinkPicker(QWidget):
    """Chosen ids (lessons or related cases) + search-as-you-type to add one (+ create, for lessons).

    The list offered as the mentor types comes from a core TitleIndex, so the picker finds titles as search
    finds cases (issue 16): in either script (備份 finds 备份), regional words, and through the glossary."""

    changed = Signal()
    createRequested = Signal(str)

    def __init__(self, name: str, can_create: bool, parent=None):
        super().__init__(parent)
        self.setObjectName(name)
        self.titles: dict[str, str] = {}
        self.ids: list[str] = []
        self.list = QListWidget(self)
        self.list.setObjectName(f"{name}List")
        self.list.setMaximumHeight(92)
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.itemDoubleClicked.connect(lambda it: self._remove(it))
        self.search = QLineEdit(self)
        self.search.setObjectName(f"{name}Search")
        self.search.setClearButtonEnabled(True)
        self.model = QStringListModel(self)
        self.index = None  # kb_app.core.retrieval.search.TitleIndex over self.titles
        self.completer = QCompleter(self.model, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        # the index decides what matches (folding, glossary); the popup shows its answer as it is
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setMaxVisibleItems(10)
        self.completer.activated[str].connect(self._picked)
        self.search.setCompleter(self.completer)
        self.search.textEdited.connect(self._offer)
        self.search.returnPressed.connect(lambda: self._picked(self.search.text()))
        self.remove = QToolButton(self)
        self.remove.setObjectName(f"{name}Remove")
        self.remove.clicked.connect(lambda: self._remove(self.list.currentItem()))
        self.create = QToolButton(self) if can_create else None
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.search, 1)
        if self.create is not None:
            self.create.setObjectName(f"{name}Create")
            self.create.clicked.connect(lambda: self.createRequested.emit(self.search.text().strip()))
            row.addWidget(self.create)
        row.addWidget(self.remove)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        lay.addWidget(self.list)
        lay.addLayout(row)

    def set_choices(self, titles: dict[str, str], index=None, vocab=None) -> None:
        """`index`: a TitleIndex over `titles` built off the UI thread; without one (a few lesson titles)
        it is built here with `vocab` (folding only, no segmenter)."""
        from kb_app.core.retrieval.search import TitleIndex

        self.titles = dict(titles)
        self.index = index if index is not None else TitleIndex(self.titles, vocab)
        self._offer(self.search.text())
        self._fill()

    def matches(self, text: str) -> list[str]:
        """Ids offered for what was typed (all titles, in title order, for nothing typed)."""
        if not (text or "").strip() or self.index is None:
            return [i for i, _ in sorted(self.titles.items(), key=lambda kv: kv[1])]
        return [i for i in self.index.match(text) if i in self.titles]

    def _offer(self, text: str) -> None:
        self.model.setStringList([f"{self.titles[i]}  ·  {i}" for i in self.matches(text)])
        if (text or "").strip() and self.search.hasFocus():
            self.completer.complete()

    def _picked(self, text: str) -> None:
        text = (text or "").strip()
        ident = text.rsplit("  ·  ", 1)[-1].strip() if "  ·  " in text else text
        if ident not in self.titles:
            # a typed title or id: the one match (or the one whose title is exactly what was typed)
            hits = self.matches(text) if text else []
            exact = [i for i in hits if self.titles[i].strip().lower() == text.lower()]
            if len(hits) == 1:
                ident = hits[0]
            elif len(exact) == 1:
                ident = exact[0]
            else:
                return
        self.add(ident)
        QTimer.singleShot(0, self.search.clear)

    def add(self, ident: str) -> None:
        if ident and ident not in self.ids:
            self.ids.append(ident)
            self._fill()
            self.changed.emit()

    def _remove(self, item) -> None:
        if item is None:
            return
        ident = item.data(Qt.ItemDataRole.UserRole)
        if ident in self.ids:
            self.ids.remove(ident)
            self._fill()
            self.changed.emit()

    def _fill(self) -> None:
        self.list.clear()
        for i in self.ids:
            it = QListWidgetItem("• " + self.titles.get(i, '⚠ ' + i), self.list)
            it.setData(Qt.ItemDataRole.UserRole, i)
            it.setToolTip(i)

    def value(self) -> list[str]:
        return list(self.ids)

    def set_value(self, ids) -> None:
        self.ids = list(dict.fromkeys(ids or []))
        self._fill()


class DateField(QWidget):
    """ISO date text (so an impossible date can be shown as such) + a calendar in the UI language."""

    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.setObjectName("dateEdit")
        self.edit.setPlaceholderText("YYYY-MM-DD")
        self.edit.textChanged.connect(self.changed)
        self.button = QToolButton(self)
        self.button.setObjectName("dateCalendar")
        self.button.setText("…")
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu = QMenu(self)
        self.calendar = QCalendarWidget(self.menu)
        self.calendar.setObjectName("dateCalendarWidget")
        self.calendar.setGridVisible(True)
        act = QWidgetAction(self.menu)
        act.setDefaultWidget(self.calendar)
        self.menu.addAction(act)
        self.menu.aboutToShow.connect(self._prepare)
        self.calendar.clicked.connect(self._picked)
        self.button.setMenu(self.menu)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.edit, 1)
        lay.addWidget(self.button)

    def _prepare(self) -> None:
        self.calendar.setLocale(QLocale())  # the UI language (i18n sets QLocale.setDefault)
        d = QDate.fromString(self.edit.text().strip(), "yyyy-MM-dd")
        self.calendar.setSelectedDate(d if d.isValid() else QDate.currentDate())

    def _picked(self, d: QDate) -> None:
        self.edit.setText(d.toString("yyyy-MM-dd"))
        self.menu.close()

    def value(self) -> str:
        return self.edit.text().strip()

    def set_value(self, v: str) -> None:
        self.edit.blockSignals(True)
        self.edit.setText(v or "")
        self.edit.blockSignals(False)
