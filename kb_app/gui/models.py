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
ROLE_REVIEW = Qt.ItemDataRole.UserRole + 15   # issue 15: an imported case not reviewed yet
ROLE_SECTION = Qt.ItemDataRole.UserRole + 14  # issue 12: heading shown above a row that starts a section
ROLE_WHY = Qt.ItemDataRole.UserRole + 15  # issue 16: why a close case is close ("same kind, same component ...")

TONES = ("good", "mixed", "bad")


class VocabLabels:
    """Vocabulary keys -> labels in the current UI language (keys shown when no vocab)."""

    def __init__(self, vocab=None):
        self.vocab = vocab

    def label(self, table: str, key: str) -> str:
        if not key:
            return ""
        entry = (getattr(self.vocab, table, None) or {}).get(key) if self.vocab is not None else None
        if key == "unknown" and not entry:  # the app's own word for "not given" (a kind not chosen yet)
            return QCoreApplication.translate("Vocab", "unknown")
        if self.vocab is None:
            return key
        return self.vocab.label(table, key, i18n.current_language())

    def tone(self, status: str) -> str:
        entry = (getattr(self.vocab, "outcomes", None) or {}).get(status) or {}
        tone = entry.get("tone")
        return tone if tone in TONES else "neutral"


def list_separator(lang: str | None = None) -> str:
    """How the UI language joins a list: ", " in English, "、" in Chinese."""
    return ", " if (lang or i18n.current_language()) == "en" else "、"


def join_list(items, lang: str | None = None) -> str:
    return list_separator(lang).join(str(x) for x in items)


def reason_label(reason, vocab) -> str:
    """A reason's label in the UI language (the core labels it in the description's language)."""
    keys = tuple(getattr(reason, "keys", ()) or ())
    if not keys:
        return reason.label
    lang = i18n.current_language()
    try:
        if reason.type == "terms":
            return join_list(keys, lang)
        if vocab is None:
            return reason.label
        if reason.type == "glossary":
            if lang == "en":  # the English term of the group, when it has one
                from kb_app.core.analysis import text as _text

                en = next((t for t in vocab.glossary[int(keys[0])] if not _text.CJK_RE.search(t)), None)
                if en:
                    return en
            return vocab.glossary_label(int(keys[0]), lang)
        if reason.type == "kind":
            return vocab.label("kinds", keys[0], lang)
        if reason.type == "industry":
            return vocab.label("industries", keys[0], lang)
        if reason.type == "stakes":
            # each stake with the case's own words that carry it: "Fatigue (连续工作)"
            from kb_app.core.analysis import convert, text as _text

            words = list(getattr(reason, "case_terms", None) or [])
            if lang == "en":  # one language on a chip (issue 19): a Chinese case's words are left to the case
                words = [] if any(_text.CJK_RE.search(w) for w in words) else words
            else:  # the case's words in the reader's script
                words = [convert.for_reader(w, lang) for w in words]
            if len(words) == len(keys):
                op, cl = (" (", ")") if lang == "en" else ("（", "）")
                return join_list((f"{vocab.label('stakes', k, lang)}{op}{w}{cl}" for k, w in zip(keys, words)), lang)
            return join_list((vocab.label("stakes", k, lang) for k in keys), lang)
        if reason.type == "situation":
            return vocab.label("situations", keys[0], lang)
    except (IndexError, KeyError, TypeError, ValueError):
        pass
    return reason.label


def format_date(iso: str, lang: str | None = None) -> str:
    """An ISO date (2023-04-12) as the UI language writes it: 12 Apr 2023 / 2023年4月12日."""
    from PySide6.QtCore import QDate, QLocale

    d = QDate.fromString(iso or "", "yyyy-MM-dd")
    if not d.isValid():
        return iso or ""
    lang = lang or i18n.current_language()
    fmt = "d MMM yyyy" if lang == "en" else "yyyy年M月d日"
    return i18n.qt_locale(lang).toString(d, fmt) if hasattr(i18n, "qt_locale") else QLocale().toString(d, fmt)


def format_time(iso: str, lang: str | None = None) -> str:
    """A stored (UTC) time in local time as the UI language writes it, with its offset (issue 19:
    one rule for every time shown or exported, core/clock.py): 2026/5/1 14:03 +08:00."""
    from PySide6.QtCore import QDateTime

    from kb_app.core import clock

    t = clock.parse(iso)
    if t is None:
        return iso or ""
    loc = i18n.qt_locale(lang or i18n.current_language())
    qt = QDateTime(t.date(), t.time().replace(microsecond=0))
    return f"{loc.toString(qt, loc.dateTimeFormat(loc.FormatType.ShortFormat))} {clock.offset(t)}"


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
        self.review_ids: set[str] = set()  # imported, not reviewed (issue 15): the card says so
        self.sections: dict[int, str] = {}  # row -> heading above it ("Nearest, not close"), set by the view

    # -- feeding --------------------------------------------------------------------------------
    def set_vocab(self, vocab) -> None:
        self.labels.vocab = vocab
        self.relabel()

    def set_read_ids(self, ids) -> None:
        self.read_ids = set(ids)
        if self._hits:
            self.dataChanged.emit(self.index(0), self.index(len(self._hits) - 1), [ROLE_READ, ROLE_META])

    def set_review_ids(self, ids) -> None:
        ids = set(ids)
        if ids == self.review_ids:
            return
        self.review_ids = ids
        if self._hits:
            self.dataChanged.emit(self.index(0), self.index(len(self._hits) - 1), [ROLE_REVIEW])

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

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        h = self.hit(index.row()) if index.isValid() else None
        if h is None:
            return None
        v = self._common(h, role)
        if v is not None or role in (ROLE_SUMMARY,):
            return v
        return self._data(h, role)

    def _data(self, h, role):
        """What a row says beyond the roles both lists share (a subclass's own roles)."""
        return None

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
        if role == ROLE_REVIEW:
            return h.id in self.review_ids
        if role == ROLE_SUMMARY:
            return h.summary
        return None


class SearchResultsModel(_HitListModel):
    """Rows of kb_app.core.retrieval.search.SearchHit."""

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

    def _data(self, h, role):
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
            parts.append(format_date(h.date))
        if h.industry:
            parts.append(self.labels.label("industries", h.industry))
        if h.skills:
            parts.append(join_list(self.labels.label("skills", s) for s in h.skills))
        return "  ·  ".join(p for p in parts if p)


class SimilarModel(_HitListModel):
    """Rows of kb_app.core.retrieval.similar.SimilarHit, with `close` from the SimilarResult."""

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

    def _data(self, h, role):
        if role == ROLE_SCORE:
            return float(h.score)
        if role == ROLE_WHY:
            from kb_app.core.retrieval.similar import CLOSE_THRESHOLD

            return why_close_text(getattr(h, "why", ())) if h.score >= CLOSE_THRESHOLD else ""
        if role == ROLE_REASONS:
            from dataclasses import replace

            return [replace(r, label=label) for r, label in zip(h.reasons, self._reason_labels(h))]
        if role == ROLE_LESSONS:
            return list(h.lessons)
        if role == ROLE_META:
            parts = [self.labels.label("kinds", h.kind)]
            if h.industry:
                parts.append(self.labels.label("industries", h.industry))
            return "  ·  ".join(p for p in parts if p)
        if role == Qt.ItemDataRole.ToolTipRole:
            why = "\n".join(f"{reason_type_label(r.type)}: {label}  (+{r.weight * 100:.0f}%)"
                            for r, label in zip(h.reasons, self._reason_labels(h)))
            return f"{h.title}\n{why}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{h.score * 100:.0f}% {h.title}"
        return None


    def _reason_labels(self, h) -> list[str]:
        """Each reason's label in the UI language; a glossary reason's words in the reader's script."""
        lang = i18n.current_language()
        words = ((getattr(h, "reader", None) or {}).get(lang) or {}).get("glossary") or {}
        vocab = self.labels.vocab
        return [words.get(i) or (reason_label(r, vocab) if getattr(r, "keys", None) else r.label)
                for i, r in enumerate(h.reasons)]


def why_close_text(why) -> str:
    """Why a close case is close, from SimilarHit.why: "Close: same kind, same component, same pressure"."""
    names = {
        "kind": QCoreApplication.translate("Reason", "same kind"),
        "component": QCoreApplication.translate("Reason", "same component"),
        "situation": QCoreApplication.translate("Reason", "same situation"),
        "role": QCoreApplication.translate("Reason", "same role"),
        "pressure": QCoreApplication.translate("Reason", "same pressure"),
        "industry": QCoreApplication.translate("Reason", "same industry"),
    }
    parts = [names[d] for d in why or () if d in names]
    if not parts:
        return ""
    return QCoreApplication.translate("Reason", "Close: {0}").format(join_list(parts))


def reason_type_label(kind: str) -> str:
    """Short name of a reason type, shown at the head of its chip."""
    return {
        "terms": QCoreApplication.translate("Reason", "Words"),
        "glossary": QCoreApplication.translate("Reason", "Concept"),
        "kind": QCoreApplication.translate("Reason", "Kind"),
        "stakes": QCoreApplication.translate("Reason", "Stakes"),
        "situation": QCoreApplication.translate("Reason", "Situation"),
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

    def error_files(self) -> int:
        """Files that could not be read (several problems in one file count once)."""
        return len({p.path for p in self._rows if p.level == "error"})

    def warning_files(self) -> int:
        return len({p.path for p in self._rows if p.level != "error"})

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
            return problem_text(p)
        if role == Qt.ItemDataRole.ToolTipRole:
            where = self.display_path(p.path) + (f":{p.line}" if p.line else "")
            return f"{where}\n{problem_text(p)}"
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


# -- problems in the UI language -------------------------------------------------------------------------------
# The core names each problem with a stable code and the values it names (Problem.code / args);
# its English `message` is for the CLI and logs. Here each code has its sentence in the UI
# language; a code this table does not know (a newer core) shows the core's message.

def _problem_templates() -> dict:
    return {
        "file-empty": QCoreApplication.translate("Problem", "The file is empty."),
        "file-too-big": QCoreApplication.translate("Problem", "The file is {0} MB; a case may be at most {1} MB. Split it, or move attachments out of the text."),
        "not-utf8": QCoreApplication.translate("Problem", "Not UTF-8 text ({0}). Re-save it as UTF-8; nothing was read from it."),
        "no-front-matter": QCoreApplication.translate("Problem", "No YAML front matter: the file must start with a '---' line."),
        "front-matter-unclosed": QCoreApplication.translate("Problem", "The front matter is not closed: add a '---' line after it."),
        "front-matter-not-mapping": QCoreApplication.translate("Problem", "The front matter must be a set of fields (key: value)."),
        "yaml-broken": QCoreApplication.translate("Problem", "Broken YAML in the front matter ({0})."),
        "yaml-tag": QCoreApplication.translate("Problem", "A YAML tag is not allowed here ({0}); only plain values are read."),
        "yaml-alias": QCoreApplication.translate("Problem", "YAML anchors and aliases (& and *) are not allowed."),
        "yaml-too-deep": QCoreApplication.translate("Problem", "The front matter is nested too deeply."),
        "id-missing": QCoreApplication.translate("Problem", "The id is missing."),
        "id-bad": QCoreApplication.translate("Problem", "Bad id '{0}': use letters, digits, '-', '_' and '.', with no path separators or '..'."),
        "id-mismatch": QCoreApplication.translate("Problem", "The id '{0}' does not match the file name '{1}': rename the file or fix the id."),
        "id-duplicate": QCoreApplication.translate("Problem", "Duplicate id '{0}', already used by {1}; this file is skipped."),
        "title-missing": QCoreApplication.translate("Problem", "The title is missing."),
        "field-not-single": QCoreApplication.translate("Problem", "The field '{0}' must be a single value, not a list or mapping."),
        "not-regular-file": QCoreApplication.translate("Problem", "Not a regular file (a pipe, device or socket); skipped."),
        "file-unreadable": QCoreApplication.translate("Problem", "The file cannot be read ({0})."),
        "unexpected": QCoreApplication.translate("Problem", "Unexpected problem: {0}"),
        "kind-missing": QCoreApplication.translate("Problem", "No kind: the case is listed under 'unknown'."),
        "kind-unknown": QCoreApplication.translate("Problem", "Unknown kind '{0}' (not in vocab/kinds.yaml); the case is still listed."),
        "skill-unknown": QCoreApplication.translate("Problem", "Unknown soft skill(s): {0}. Known: {1}."),
        "outcome-unknown": QCoreApplication.translate("Problem", "Unknown outcome status '{0}'."),
        "date-invalid": QCoreApplication.translate("Problem", "The date '{0}' is not a real date (YYYY-MM-DD); it is ignored."),
        "severity-unknown": QCoreApplication.translate("Problem", "Unknown severity '{0}'; use one of {1}."),
        "language-unknown": QCoreApplication.translate("Problem", "Unknown language '{0}'; detected from the text instead."),
        "nul-byte": QCoreApplication.translate("Problem", "The text holds a NUL byte; it is left out."),
        "lesson-no-skill": QCoreApplication.translate("Problem", "A lesson should name at least one soft skill."),
        "lesson-duplicate": QCoreApplication.translate("Problem", "Duplicate lesson id '{0}' (also in {1}); this file is skipped."),
        "lesson-missing": QCoreApplication.translate("Problem", "Links to lesson(s) that do not exist: {0} (looked in lessons/)."),
        "related-missing": QCoreApplication.translate("Problem", "Related case(s) not found: {0}."),
        "vocab-entry-shape": QCoreApplication.translate("Problem", "{0}: expected label and terms fields; the entry is kept without them."),
        "vocab-label-shape": QCoreApplication.translate("Problem", "{0}: the label must map zh-Hans / zh-Hant / en to text; ignored."),
        "vocab-terms-shape": QCoreApplication.translate("Problem", "{0}: terms must be a list of words; ignored."),
        "vocab-top-shape": QCoreApplication.translate("Problem", "Expected a {0} at the top of the file."),
        "glossary-group-shape": QCoreApplication.translate("Problem", "Glossary group {0} is not a list of terms; it is skipped."),
        **_more_problem_templates(),
    }


def _more_problem_templates() -> dict:
    """Issue 11 §8: the codes of the case folder walk, team files (rubrics, ratings, standards),
    reading paths and vocabularies, so none of them reaches the window in English."""
    return {
        # the case folder
        "folder-unreadable": QCoreApplication.translate("Problem", "The folder cannot be read ({0}); the cases in it are kept as they were indexed."),
        "folder-too-deep": QCoreApplication.translate("Problem", "Folders nested more than {0} deep are not read ({1} folder(s) inside it skipped)."),
        "lessons-unreadable": QCoreApplication.translate("Problem", "The lessons/ folder cannot be read ({0}); links to lessons are not checked."),
        "vocab-unreadable": QCoreApplication.translate("Problem", "The vocabularies cannot be read ({0}); the bundled ones are used."),
        "link-dangling": QCoreApplication.translate("Problem", "A link to a file that does not exist ({0}); not read."),
        "link-loop": QCoreApplication.translate("Problem", "A link loop; not read."),
        "link-unreadable": QCoreApplication.translate("Problem", "The link cannot be followed ({0}); not read."),
        "link-folder": QCoreApplication.translate("Problem", "A link to a folder; links to folders are not followed."),
        "link-outside": QCoreApplication.translate("Problem", "A link to a file outside the case folder ({0}); files outside are not read."),
        "no-closing-fence": QCoreApplication.translate("Problem", "The front matter is not closed: add a '---' line after it."),
        "vocab-regional-shape": QCoreApplication.translate("Problem", "{0}: expected a mapping of words to their readings; ignored."),
        "vocab-regional-entry": QCoreApplication.translate("Problem", "{0}: {1}: the readings must be a list of words; skipped."),
        # an imported document's notes (issue 15): it went in, with these
        "import-front-matter": QCoreApplication.translate("Problem", "Its front matter could not be read ({0}); imported without it."),
        "import-image-dropped": QCoreApplication.translate("Problem", "{0} image(s) not kept (remote, outside the folder, not a picture, or a tracking pixel)."),
        # team files: rubrics, ratings, standards (the line column says where)
        "not-a-file": QCoreApplication.translate("Problem", "Not a regular file; skipped."),
        "too-large": QCoreApplication.translate("Problem", "The file is too large to be read as a team file."),
        "unreadable": QCoreApplication.translate("Problem", "The file cannot be read."),
        "not-a-mapping": QCoreApplication.translate("Problem", "The file must be a set of fields (key: value)."),
        "unclosed-front-matter": QCoreApplication.translate("Problem", "The front matter is not closed: add a '---' line after it."),
        "missing-text": QCoreApplication.translate("Problem", "A text is missing here."),
        "bad-language": QCoreApplication.translate("Problem", "Unknown language: use zh-Hans, zh-Hant or en."),
        "bad-text": QCoreApplication.translate("Problem", "Expected a text, or zh-Hans / zh-Hant / en: text."),
        "bad-id": QCoreApplication.translate("Problem", "The rubric id must be the file name."),
        "bad-scale": QCoreApplication.translate("Problem", "Bad scale: give min and max as whole numbers with 0 <= min < max <= 10."),
        "no-criteria": QCoreApplication.translate("Problem", "The criteria must be a non-empty list."),
        "bad-criterion": QCoreApplication.translate("Problem", "A criterion must be a set of fields (key, label, weight, levels)."),
        "bad-key": QCoreApplication.translate("Problem", "A key may only hold letters, digits, '-' and '_'."),
        "duplicate-key": QCoreApplication.translate("Problem", "This key is used twice in the rubric."),
        "bad-weight": QCoreApplication.translate("Problem", "The weight must be a number above 0 and at most 1000."),
        "unknown-rubric": QCoreApplication.translate("Problem", "The rubric “{0}” is not in rubrics/: these ratings are not counted."),
        "merge-conflict": QCoreApplication.translate("Problem", "An unresolved git merge conflict (<<<<<<< … >>>>>>>): keep one side and remove the markers."),
        "merge-conflict-text": QCoreApplication.translate("Problem", "An unresolved git merge conflict in the text (<<<<<<< … >>>>>>>): both sides would show. Keep one side and remove the markers."),
        "yaml-duplicate-key": QCoreApplication.translate("Problem", "A key is given twice here; only one would count. Keep one."),
        "key-twice": QCoreApplication.translate("Problem", "The key “{0}” is given twice; the last one counts."),
        "path-too-long": QCoreApplication.translate("Problem", "Too many steps: a reading path may have at most 500."),
        "more-problems": QCoreApplication.translate("Problem", "… and {0} more problems in this file."),
        "bad-levels": QCoreApplication.translate("Problem", "The levels must map a score to its description."),
        "bad-level": QCoreApplication.translate("Problem", "A level must be a whole number."),
        "level-out-of-scale": QCoreApplication.translate("Problem", "A level is outside the rubric's scale."),
        "bad-cases": QCoreApplication.translate("Problem", "'cases' must map a case id to its scores."),
        "bad-case-id": QCoreApplication.translate("Problem", "Bad case id in the ratings."),
        "bad-scores": QCoreApplication.translate("Problem", "Expected 'criterion: score' lines under the case."),
        "bad-score": QCoreApplication.translate("Problem", "A score must be a whole number (or score and comment)."),
        "unknown-criterion": QCoreApplication.translate("Problem", "This criterion is not in the rubric; the score is ignored."),
        "score-out-of-scale": QCoreApplication.translate("Problem", "The score is outside the rubric's scale; it is ignored."),
        "other-rubric": QCoreApplication.translate("Problem", "The ratings file is for another rubric."),
        "unsaved-broken-file": QCoreApplication.translate("Problem", "The ratings file cannot be read; fix it before saving."),
        "rater-file-taken": QCoreApplication.translate("Problem", "The ratings file belongs to another rater; nothing was saved."),
        "missing-kind": QCoreApplication.translate("Problem", "The standard names no kind."),
        "kind-not-file-name": QCoreApplication.translate("Problem", "The kind must be the file name."),
        "bad-expected": QCoreApplication.translate("Problem", "'expected' must be a list of actions (id, action, within/every)."),
        "bad-expected-id": QCoreApplication.translate("Problem", "An action id may only hold letters, digits and '-'."),
        "missing-action": QCoreApplication.translate("Problem", "The action is missing."),
        "bad-terms": QCoreApplication.translate("Problem", "The terms must be a list of words."),
        "bad-duration": QCoreApplication.translate("Problem", "Not a duration: write 30m, 2h or 1d."),
        "bad-list": QCoreApplication.translate("Problem", "This field must be a list."),
        "bad-status": QCoreApplication.translate("Problem", "The status must be draft or approved."),
        "bad-when": QCoreApplication.translate("Problem", "'when' must be a few words (the situation the action is for)."),
        # reading paths
        "path-empty": QCoreApplication.translate("Problem", "The reading path file is empty."),
        "path-not-mapping": QCoreApplication.translate("Problem", "A reading path must be a set of fields (id, title, intro, steps)."),
        "path-unreadable": QCoreApplication.translate("Problem", "The reading path file cannot be read."),
        "path-yaml": QCoreApplication.translate("Problem", "Broken YAML in the reading path."),
        "path-bad-id": QCoreApplication.translate("Problem", "Bad path id: use letters, digits, '-', '_' and '.'."),
        "path-id-mismatch": QCoreApplication.translate("Problem", "The path id does not match the file name."),
        "path-no-title": QCoreApplication.translate("Problem", "The reading path has no title."),
        "path-no-steps": QCoreApplication.translate("Problem", "No steps: list the cases and lessons under 'steps:' (- case: ID / - lesson: ID)."),
        "path-bad-step": QCoreApplication.translate("Problem", "A step must be '- case: ID' or '- lesson: ID'."),
        "path-unknown-case": QCoreApplication.translate("Problem", "This step names a case that is not in the folder; it is skipped."),
        "path-unknown-lesson": QCoreApplication.translate("Problem", "This step names a lesson that is not in the folder; it is skipped."),
        "path-duplicate-step": QCoreApplication.translate("Problem", "This step is already on the path; skipped."),
        "path-duplicate": QCoreApplication.translate("Problem", "Another reading path has this id; this file is skipped."),
        "path-unknown-language": QCoreApplication.translate("Problem", "Unknown language: use zh-Hans, zh-Hant or en; ignored."),
        "path-bad-text": QCoreApplication.translate("Problem", "Expected a text, or a mapping of language: text."),
    }


# -- status-bar messages of a load in the UI language (issue 11 §8) ------------------------------------------------
# LoadOutcome.coded maps each English message of the core to (code, args).

def rebuild_reason_text(code: str, detail: str) -> str:
    return {
        "rebuild-requested": QCoreApplication.translate("Status", "rebuild requested"),
        "index-missing": QCoreApplication.translate("Status", "there is no index yet"),
        "index-incomplete": QCoreApplication.translate("Status", "the index is missing or incomplete"),
        "index-other-version": QCoreApplication.translate("Status", "the index was made by another version ({0})"),
        "vocab-changed": QCoreApplication.translate("Status", "the vocabularies changed"),
        "index-damaged": QCoreApplication.translate("Status", "the index is damaged ({0})"),
        "index-unopenable": QCoreApplication.translate("Status", "the index could not be opened ({0})"),
    }.get(code, detail).format(detail)


def status_text(message: str, coded: dict | None = None) -> str:
    """One status-bar message of the core in the UI language (its English if it has no code)."""
    code, args = (coded or {}).get(message, ("", ()))
    args = tuple(args or ())
    if code == "index-rebuilding" and args:
        reason = rebuild_reason_text(str(args[0]), str(args[1]) if len(args) > 1 else "")
        return QCoreApplication.translate("Status", "Rebuilding the search index: {0}.").format(reason)
    if code == "index-leftovers-removed":  # no count: one sentence reads right in every language
        return QCoreApplication.translate("Status", "Removed what an interrupted index build had left behind.")
    if code == "folder-missing":
        return QCoreApplication.translate("Status", "the folder {0} does not exist").format(args[0] if args else "")
    if code == "index-busy":
        return QCoreApplication.translate("Status", "The index is being updated by {0}; searching it as it is.").format(
            args[0] if args else "?")
    return message


# codes whose first arg is the system's reason (strerror), said in the UI language when it is a common one
_OS_ERROR_CODES = {"folder-unreadable", "file-unreadable", "lessons-unreadable", "vocab-unreadable", "link-unreadable"}


def os_error_text(reason: str) -> str:
    import errno
    import os

    words = {
        errno.EACCES: QCoreApplication.translate("Problem", "permission denied"),
        errno.EPERM: QCoreApplication.translate("Problem", "operation not permitted"),
        errno.ENOENT: QCoreApplication.translate("Problem", "no such file or folder"),
        errno.EIO: QCoreApplication.translate("Problem", "input/output error"),
        errno.ELOOP: QCoreApplication.translate("Problem", "too many levels of links"),
        errno.ENOTDIR: QCoreApplication.translate("Problem", "not a folder"),
        errno.EISDIR: QCoreApplication.translate("Problem", "is a folder"),
    }
    for num, text in words.items():
        if reason == os.strerror(num):
            return text
    return reason


def problem_text(p) -> str:
    """A Problem in the UI language, from its code and args; the core's message otherwise."""
    code = getattr(p, "code", "") or ""
    template = _problem_templates().get(code)
    if template is None:
        return p.message
    args = []
    for a in getattr(p, "args", ()) or ():
        if isinstance(a, (list, tuple)):
            args.append(join_list(a))
        else:
            args.append(str(a))
    if code == "not-utf8":
        args = [args[0] if args and args[0] else QCoreApplication.translate("Problem", "encoding unknown")]
    if code in _OS_ERROR_CODES and args:
        args[0] = os_error_text(args[0])
    try:
        return template.format(*args)
    except (IndexError, KeyError, ValueError):
        return p.message
