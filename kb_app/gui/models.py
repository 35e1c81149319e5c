"""Item models for the lists: search results, similar-case suggestions, problems.

Plain row lists behind QAbstractListModel / QAbstractTableModel with small data() helpers;
they hold core objects (SearchHit, SimilarHit, Problem) and turn vocabulary keys into labels
in the UI language (Vocab.label), so delegates only paint. Testable without a window.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QAbstractListModel, QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QColor

from . import i18n

ROLE_ID = Qt.ItemDataRole.UserRole + 1
ROLE_HIT = Qt.ItemDataRole.UserRole + 2
ROLE_KIND_LABEL = Qt.ItemDataRole.UserRole + 3
ROLE_OUTCOME_LABEL = Qt.ItemDataRole.UserRole + 4
ROLE_OUTCOME_TONE = Qt.ItemDataRole.UserRole + 5
ROLE_META = Qt.ItemDataRole.UserRole + 6
ROLE_READ = Qt.ItemDataRole.UserRole + 7
ROLE_SNIPPET = Qt.ItemDataRole.UserRole + 8
ROLE_SCORE = Qt.ItemDataRole.UserRole + 9
ROLE_REASONS = Qt.ItemDataRole.UserRole + 10
ROLE_LESSONS = Qt.ItemDataRole.UserRole + 11
ROLE_SUMMARY = Qt.ItemDataRole.UserRole + 12
ROLE_PATH = Qt.ItemDataRole.UserRole + 13
ROLE_SECTION = Qt.ItemDataRole.UserRole + 40  # issue 12: heading shown above a row that starts a section

TONES = ("good", "mixed", "bad")


class VocabLabels:
    """Vocabulary keys -> labels in the current UI language (keys shown when no vocab)."""

    def __init__(self, vocab=None):
        self.vocab = vocab

    def label(self, table: str, key: str) -> str:
        if not key:
            return ""
        if self.vocab is None:
            return key
        return self.vocab.label(table, key, i18n.current_language())

    def tone(self, status: str) -> str:
        entry = (getattr(self.vocab, "outcomes", None) or {}).get(status) or {}
        tone = entry.get("tone")
        return tone if tone in TONES else "neutral"


def language_label(lang: str) -> str:
    return {"zh-Hans": QCoreApplication.translate("Language", "Simplified Chinese"), "zh-Hant": QCoreApplication.translate("Language", "Traditional Chinese"),
            "en": QCoreApplication.translate("Language", "English")}.get(lang, lang)


class _HitListModel(QAbstractListModel):
    """Shared by the two hit lists: rows of core hits with id, kind and outcome."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._hits: list = []
        self.labels = VocabLabels()
        self.read_ids: set[str] = set()
        self.sections: dict[int, str] = {}  # row -> heading above it ("Nearest, not close"), set by the view

    # -- feeding --------------------------------------------------------------------------------
    def set_vocab(self, vocab) -> None:
        self.labels.vocab = vocab
        self.relabel()

    def set_read_ids(self, ids) -> None:
        self.read_ids = set(ids)
        if self._hits:
            self.dataChanged.emit(self.index(0), self.index(len(self._hits) - 1), [ROLE_READ, ROLE_META])

    def relabel(self) -> None:
        """The UI language or the vocabulary changed: repaint every row."""
        if self._hits:
            self.dataChanged.emit(self.index(0), self.index(len(self._hits) - 1))

    def _set_hits(self, hits) -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self.sections = {}
        self.endResetModel()

    def set_sections(self, sections: dict[int, str]) -> None:
        self.sections = dict(sections)
        if self._hits:
            self.dataChanged.emit(self.index(0), self.index(len(self._hits) - 1))

    def clear(self) -> None:
        self._set_hits([])

    # -- reading ----------------------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._hits)

    def hit(self, row: int):
        return self._hits[row] if 0 <= row < len(self._hits) else None

    def ids(self) -> list[str]:
        return [h.id for h in self._hits]

    def row_of(self, case_id: str) -> int:
        for i, h in enumerate(self._hits):
            if h.id == case_id:
                return i
        return -1

    def _common(self, h, role):
        if role == Qt.ItemDataRole.DisplayRole:
            return h.title
        if role == ROLE_SECTION:
            return self.sections.get(self.row_of(h.id)) or None
        if role == ROLE_ID:
            return h.id
        if role == ROLE_HIT:
            return h
        if role == ROLE_KIND_LABEL:
            return self.labels.label("kinds", h.kind)
        if role == ROLE_OUTCOME_LABEL:
            return self.labels.label("outcomes", h.status or "unknown")
        if role == ROLE_OUTCOME_TONE:
            return self.labels.tone(h.status or "unknown")
        if role == ROLE_READ:
            return h.id in self.read_ids
        if role == ROLE_SUMMARY:
            return h.summary
        return None


class SearchResultsModel(_HitListModel):
    """Rows of kb_app.core.search.SearchHit."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.total = 0
        self.partial = False
        self.query = ""

    def set_result(self, result, query: str = "") -> None:
        self.total = result.total
        self.partial = result.partial
        self.query = query
        self._set_hits(result.hits)

    def clear(self) -> None:
        self.total, self.partial = 0, False
        super().clear()

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        h = self.hit(index.row()) if index.isValid() else None
        if h is None:
            return None
        v = self._common(h, role)
        if v is not None or role in (ROLE_SUMMARY,):
            return v
        if role == ROLE_SNIPPET:
            return h.snippet
        if role == ROLE_PATH:
            return h.path
        if role == ROLE_META:
            return self.meta(h)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{h.title}\n{self.labels.label('outcomes', h.status or 'unknown')}: {h.summary}" if h.summary else h.title
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{h.title}. {self.labels.label('outcomes', h.status or 'unknown')}."
        return None

    def meta(self, h) -> str:
        parts = [self.labels.label("kinds", h.kind)]
        if h.date:
            parts.append(h.date)
        if h.industry:
            parts.append(self.labels.label("industries", h.industry))
        if h.skills:
            sep = ", " if i18n.current_language() == "en" else "、"
            parts.append(sep.join(self.labels.label("skills", s) for s in h.skills))
        return "  ·  ".join(p for p in parts if p)


class SimilarModel(_HitListModel):
    """Rows of kb_app.core.similar.SimilarHit, with `close` from the SimilarResult."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.close = False
        self.elapsed_ms = 0.0

    def set_result(self, result) -> None:
        self.close = bool(result.close)
        self.elapsed_ms = float(getattr(result, "elapsed_ms", 0.0) or 0.0)
        self._set_hits(result.hits)

    def clear(self) -> None:
        self.close = False
        super().clear()

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        h = self.hit(index.row()) if index.isValid() else None
        if h is None:
            return None
        v = self._common(h, role)
        if v is not None or role in (ROLE_SUMMARY,):
            return v
        if role == ROLE_SCORE:
            return float(h.score)
        if role == ROLE_REASONS:
            return list(h.reasons)
        if role == ROLE_LESSONS:
            return list(h.lessons)
        if role == ROLE_META:
            parts = [self.labels.label("kinds", h.kind)]
            if h.industry:
                parts.append(self.labels.label("industries", h.industry))
            return "  ·  ".join(p for p in parts if p)
        if role == Qt.ItemDataRole.ToolTipRole:
            why = "\n".join(f"{reason_type_label(r.type)}: {r.label}  (+{r.weight * 100:.0f}%)" for r in h.reasons)
            return f"{h.title}\n{why}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{h.score * 100:.0f}% {h.title}"
        return None


def reason_type_label(kind: str) -> str:
    """Short name of a reason type, shown at the head of its chip."""
    return {
        "terms": QCoreApplication.translate("Reason", "Words"),
        "glossary": QCoreApplication.translate("Reason", "Concept"),
        "kind": QCoreApplication.translate("Reason", "Kind"),
        "stakes": QCoreApplication.translate("Reason", "Stakes"),
        "industry": QCoreApplication.translate("Reason", "Industry"),
    }.get(kind, kind)


class ProblemsModel(QAbstractTableModel):
    """Files that could not be read (errors) or were read with a remark (warnings)."""

    COLUMNS = ("file", "line", "level", "message")

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list = []
        self.base: Path | None = None

    def set_problems(self, problems, base_dir: str | Path | None = None) -> None:
        self.beginResetModel()
        # errors first, then by file and line
        self._rows = sorted(problems, key=lambda p: (p.level != "error", p.path, p.line or 0))
        self.base = Path(base_dir) if base_dir else None
        self.endResetModel()

    def problem(self, row: int):
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def errors(self) -> int:
        return sum(1 for p in self._rows if p.level == "error")

    def warnings(self) -> int:
        return len(self._rows) - self.errors()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def display_path(self, path: str) -> str:
        if self.base is not None:
            try:
                return str(Path(path).relative_to(self.base))
            except ValueError:
                pass
        return path

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        p = self.problem(index.row())
        if p is None:
            return None
        col = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if col == "file":
                return self.display_path(p.path)
            if col == "line":
                return str(p.line) if p.line else ""
            if col == "level":
                return QCoreApplication.translate("ProblemsModel", "Error") if p.level == "error" else QCoreApplication.translate("ProblemsModel", "Warning")
            return p.message
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(p)
        if role == ROLE_PATH:
            return p.path
        if role == Qt.ItemDataRole.ForegroundRole and col == "level":
            return QColor("#b91c1c") if p.level == "error" else QColor("#a16207")
        if role == Qt.ItemDataRole.TextAlignmentRole and col == "line":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            "file": QCoreApplication.translate("ProblemsModel", "File"),
            "line": QCoreApplication.translate("ProblemsModel", "Line"),
            "level": QCoreApplication.translate("ProblemsModel", "Level"),
            "message": QCoreApplication.translate("ProblemsModel", "Problem"),
        }[self.COLUMNS[section]]

    def relabel(self) -> None:
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(self.COLUMNS) - 1))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.COLUMNS) - 1)
