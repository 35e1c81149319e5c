"""The Learn view's Lessons page: lessons by soft skill or by incident kind.

On the left the groups, each with "抗压力 · 3 / 9 read" and a thin bar (GroupModel, GroupDelegate);
on the right the chosen group's description and its lesson cards: what each lesson teaches, its
cases with their outcomes and how many are read (LessonModel, LessonDelegate). LessonsPage keeps
the grouping (skills or kinds) and the chosen group across fresh data. Context "Learn".
"""
from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, QRect, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QListView, QSplitter, QToolButton, QVBoxLayout, QWidget

from ... import i18n
from ...models import ROLE_ID, VocabLabels, list_separator
from ...widgets import readmark
from ...widgets.cards import (MARGIN_X, MARGIN_Y, MUTED, PAD, TEXT, TEXT_SOFT, TextBlock, _CardDelegate,
                              install as install_cards, paint_pill, pill_size, tone_colors)
from .common import esc, paint_bar, segment

ROLE_GROUP = Qt.ItemDataRole.UserRole + 40  # above models.py ROLE_* (1-14): roles never collide
ROLE_LESSON = Qt.ItemDataRole.UserRole + 41


# -- models -----------------------------------------------------------------------------------------------

class GroupModel(QAbstractListModel):
    """Soft skills or incident kinds, each with its read / total cases."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list = []      # [core.progress.Count]
        self.table = "skills"
        self.labels = VocabLabels()

    def set_rows(self, rows, table: str, vocab) -> None:
        self.beginResetModel()
        self.rows, self.table, self.labels.vocab = list(rows), table, vocab
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def label(self, row: int) -> str:
        return self.labels.label(self.table, self.rows[row].key)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        c = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return group_text(self.label(index.row()), c.read, c.total)
        if role == ROLE_ID:
            return c.key
        if role == ROLE_GROUP:
            return c
        return None


def group_text(label: str, read: int, total: int) -> str:
    """"抗压力 · 3 / 9 read" in the UI language."""
    return QCoreApplication.translate("Learn", "{0} · {1} / {2} read").format(label, read, total)


class LessonModel(QAbstractListModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.lessons: list = []   # [core.progress.LessonInfo]
        self.labels = VocabLabels()

    def set_lessons(self, lessons, vocab) -> None:
        self.beginResetModel()
        self.lessons, self.labels.vocab = list(lessons), vocab
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.lessons)

    def ids(self) -> list[str]:
        return [l.id for l in self.lessons]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        l = self.lessons[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return l.title
        if role == ROLE_ID:
            return l.id
        if role == ROLE_LESSON:
            return l
        return None


# -- painting -------------------------------------------------------------------------------------------------

class GroupDelegate(_CardDelegate):
    """A skill or kind: its label, "3 / 9 read" and a thin bar."""

    def build(self, option, index, width: int) -> dict:
        f = self.fonts(option.font)
        inner = width - 2 * MARGIN_X - 2 * PAD + 8
        c = index.data(ROLE_GROUP)
        count = QCoreApplication.translate("Learn", "{0} / {1} read").format(c.read, c.total)
        count_w = QFontMetrics(f["meta"]).horizontalAdvance(count) + 4
        title = TextBlock(index.model().label(index.row()), f["body"], inner, 2)
        meta = TextBlock(count, f["meta"], max(40, inner), 1)
        return {"height": MARGIN_Y * 2 + 16 + title.height + meta.height + 10, "title": title, "meta": meta,
                "count_w": count_w, "fonts": f}

    def paint_content(self, painter, card: QRect, lay, option, index) -> None:
        x, y = card.left() + PAD - 4, card.top() + 8
        lay["title"].draw(painter, x, y, TEXT)
        y += lay["title"].height + 2
        lay["meta"].draw(painter, x, y, MUTED)
        y += lay["meta"].height + 3
        c = index.data(ROLE_GROUP)
        w = card.width() - 2 * (PAD - 4)
        paint_bar(painter, x, y, w, 4, max(4, int(w * c.fraction)) if c.read else None, c.read >= c.total)


class LessonDelegate(_CardDelegate):
    """A lesson: title (+ read pill), what it teaches, its cases with outcomes and how many are read."""

    MAX_CASES = 4

    def build(self, option, index, width: int) -> dict:
        f = self.fonts(option.font)
        l = index.data(ROLE_LESSON)
        inner = width - 2 * MARGIN_X - 2 * PAD
        read_w = readmark.pill_size(f["badge"]).width() + 8 if l.read else 0
        title = TextBlock(l.title, f["title"], inner - read_w, 2)
        labels = index.model().labels
        skills = list_separator().join(labels.label("skills", s) for s in l.skills)
        teaches = TextBlock(l.teaches, f["body"], inner, 3) if l.teaches else None
        n = len(l.cases)
        head_text = (QCoreApplication.translate("Learn", "{0} cases · {1} read").format(n, l.cases_read) if n != 1
                     else QCoreApplication.translate("Learn", "1 case · {0} read").format(l.cases_read))
        if skills:
            head_text += "  ·  " + skills
        head = TextBlock(head_text, f["meta"], inner, 1)
        rows = []
        for cid, ctitle, status, read in l.cases[: self.MAX_CASES]:
            badge_text = labels.label("outcomes", status or "unknown")
            b = pill_size(QFontMetrics(f["chip"]), badge_text, 6, 1)
            rows.append((TextBlock(ctitle, f["meta"], inner - b.width() - 26, 1), badge_text, b, status, read))
        more = n - len(rows)
        more_block = TextBlock(QCoreApplication.translate("Learn", "and {0} more").format(more), f["small"], inner, 1) if more > 0 else None
        h = MARGIN_Y * 2 + PAD * 2 + title.height + 4 + head.height
        if teaches:
            h += 6 + teaches.height
        if rows:
            h += 6 + sum(max(r[0].height, r[2].height()) + 3 for r in rows)
        if more_block:
            h += more_block.height
        return {"height": h, "title": title, "teaches": teaches, "head": head, "rows": rows, "more": more_block,
                "fonts": f}

    def paint_content(self, painter, card: QRect, lay, option, index) -> None:
        f = lay["fonts"]
        l = index.data(ROLE_LESSON)
        x, y = card.left() + PAD, card.top() + PAD
        right = card.right() - PAD
        if l.read:
            rs = readmark.pill_size(f["badge"])
            readmark.paint_read_pill(painter, QRect(right - rs.width() + 1, y, rs.width(), rs.height()), f["badge"])
        lay["title"].draw(painter, x, y, TEXT)
        y += lay["title"].height + 4
        lay["head"].draw(painter, x, y, MUTED)
        y += lay["head"].height
        if lay["teaches"]:
            y += 6
            lay["teaches"].draw(painter, x, y, TEXT_SOFT)
            y += lay["teaches"].height
        if lay["rows"]:
            y += 6
        for block, badge_text, b, status, read in lay["rows"]:
            h = max(block.height, b.height())
            painter.save()
            painter.setPen(QColor("#059669") if read else QColor("#9ca3af"))
            painter.setFont(f["meta"])
            painter.drawText(QRect(x, y, 18, h), int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                             "✓" if read else "○")
            painter.restore()
            block.draw(painter, x + 18, y + (h - block.height) / 2, TEXT_SOFT)
            fg, bg = tone_colors(index.model().labels.tone(status or "unknown"))
            paint_pill(painter, QRect(right - b.width() + 1, y, b.width(), b.height()), badge_text, fg, bg, f["chip"])
            y += h + 3
        if lay["more"]:
            lay["more"].draw(painter, x + 18, y, MUTED)


# -- the page -------------------------------------------------------------------------------------------------

class LessonsPage(QWidget):
    """By soft skill | By incident kind; the groups on the left, the chosen group's lessons on the right."""

    lessonRequested = Signal(str)

    def __init__(self, library, parent=None):
        super().__init__(parent)
        self.library = library
        self.data = None                  # LearnData
        self.group_table = "skills"
        self.current_group: str | None = None
        lp = QVBoxLayout(self)
        lp.setContentsMargins(8, 8, 8, 0)
        seg = QHBoxLayout()
        seg.setSpacing(0)
        self.by_skill = QToolButton(self)
        self.by_skill.setObjectName("bySkill")
        self.by_kind = QToolButton(self)
        self.by_kind.setObjectName("byKind")
        self.seg_group = QButtonGroup(self)
        segment(self.seg_group, seg, self.by_skill, self.by_kind)
        self.by_skill.setChecked(True)
        self.by_skill.clicked.connect(lambda: self.set_grouping("skills"))
        self.by_kind.clicked.connect(lambda: self.set_grouping("kinds"))
        seg.addStretch(1)
        lp.addLayout(seg)
        self.groups_model = GroupModel(self)
        self.groups = QListView(self)
        self.groups.setObjectName("learnGroups")
        self.groups.setModel(self.groups_model)
        install_cards(self.groups, GroupDelegate)
        self.groups.selectionModel().currentChanged.connect(lambda cur, prev: self._group_chosen(cur))
        self.lessons_model = LessonModel(self)
        self.lessons = QListView(self)
        self.lessons.setObjectName("learnLessons")
        self.lessons.setModel(self.lessons_model)
        install_cards(self.lessons, LessonDelegate)
        for opened in (self.lessons.clicked, self.lessons.activated):
            opened.connect(lambda ix: self.lessonRequested.emit(ix.data(ROLE_ID)))
        self.group_desc = QLabel(self)
        self.group_desc.setObjectName("groupDescription")
        self.group_desc.setWordWrap(True)
        right = QWidget(self)
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.setSpacing(2)
        rl.addWidget(self.group_desc)
        rl.addWidget(self.lessons, 1)
        self.lessons_split = QSplitter(Qt.Orientation.Horizontal, self)
        self.lessons_split.addWidget(self.groups)
        self.lessons_split.addWidget(right)
        self.lessons_split.setStretchFactor(1, 1)
        self.lessons_split.setSizes([190, 420])
        self.lessons_split.setChildrenCollapsible(False)
        lp.addWidget(self.lessons_split, 1)

    def retranslateUi(self) -> None:
        self.by_skill.setText(QCoreApplication.translate("Learn", "By soft skill"))
        self.by_kind.setText(QCoreApplication.translate("Learn", "By incident kind"))

    def show_data(self, data) -> None:
        self.data = data
        self._fill_groups()

    def set_grouping(self, table: str) -> None:
        if table == self.group_table:
            return
        self.group_table = table
        self.current_group = None
        (self.by_skill if table == "skills" else self.by_kind).setChecked(True)
        self._fill_groups()

    def _fill_groups(self) -> None:
        if self.data is None:
            return
        p = self.data.progress
        rows = p.skills if self.group_table == "skills" else p.kinds
        keep = self.current_group
        self.groups_model.set_rows(rows, self.group_table, self.library.vocab)
        keys = [c.key for c in rows]
        row = keys.index(keep) if keep in keys else 0
        if rows:
            self.groups.setCurrentIndex(self.groups_model.index(row))
            self._group_chosen(self.groups_model.index(row))

    def _group_chosen(self, index) -> None:
        if self.data is None or not index.isValid():
            return
        key = index.data(ROLE_ID)
        self.current_group = key
        lessons = [l for l in self.data.progress.lessons.values()
                   if (key in l.skills if self.group_table == "skills" else key in l.kinds)]
        lessons.sort(key=lambda l: (l.read, -len(l.cases), l.id))
        self.lessons_model.set_lessons(lessons, self.library.vocab)
        vocab = self.library.vocab
        desc = ""
        if vocab is not None:
            entry = getattr(vocab, self.group_table, {}).get(key) or {}
            d = entry.get("description") or {}
            desc = d.get(i18n.current_language()) or d.get("en") or "" if isinstance(d, dict) else str(d)
        c = index.data(ROLE_GROUP)
        head = group_text(self.groups_model.label(index.row()), c.read, c.total)
        count = (QCoreApplication.translate("Learn", "{0} lessons").format(len(lessons)) if len(lessons) != 1 else QCoreApplication.translate("Learn", "1 lesson"))
        self.group_desc.setText(f"<b>{esc(head)}</b> &nbsp;<span style='color:#6b7280'>{esc(count)}</span>"
                                + (f"<br/><span style='color:#4b5563'>{esc(desc)}</span>" if desc else ""))

    def group_counts(self) -> dict[str, str]:
        """What the group list shows, row by row (for tests and accessibility)."""
        return {self.groups_model.rows[i].key: self.groups_model.data(self.groups_model.index(i))
                for i in range(self.groups_model.rowCount())}
