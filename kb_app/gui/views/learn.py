"""The Learn view: what a new hire reads, and how far they got.

Four pages: Lessons (by soft skill or by incident kind, with "抗压力 · 3 / 9 read" on every
group; each lesson card says what it teaches, its cases with their outcomes and how many are
read), Progress (coverage chart per skill and per kind, and what to read next with the reason in
words), Paths (reading paths from cases/paths/: where the reader is, what comes next) and the
Practice journal. Data come from kb_app.core.learning.progress / reading_paths / practice, computed on the
writer thread (state.db's connection lives there) by ``load_learn_data``.

``install(window)`` wires the view into the main window: a tab beside Search and Describe, a Learn
menu (Ctrl+Shift+L learn, Ctrl+D mark read/unread, Ctrl+P practise, exports) and the honest-reading
hooks of the case panel. Strings are in resources/translations/learn_*.ts (context "Learn").
"""
from __future__ import annotations

import html
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QEvent, QModelIndex, QRect, Qt, Signal, QUrl
from PySide6.QtGui import QAction, QColor, QFontMetrics, QKeySequence, QPainter
from PySide6.QtWidgets import (QButtonGroup, QFileDialog, QHBoxLayout, QLabel, QListView, QMenu, QScrollArea,
                               QSplitter, QStackedWidget, QTabWidget, QTextBrowser, QToolButton, QVBoxLayout, QWidget)

from .. import i18n
from ..models import ROLE_ID, VocabLabels
from ..widgets import readmark
from ..widgets.cards import (MARGIN_X, MARGIN_Y, MUTED, PAD, TEXT, TEXT_SOFT, TextBlock, _CardDelegate,
                             install as install_cards, paint_pill, pill_size, tone_colors)
from ..widgets.charts import Bar, BarChart, RadarChart

ROLE_GROUP = Qt.ItemDataRole.UserRole + 40  # above models.py ROLE_* (1-14): roles never collide
ROLE_LESSON = Qt.ItemDataRole.UserRole + 41


# -- data, built on the writer thread (no widgets) ------------------------------------------------------------

@dataclass
class LearnData:
    progress: object                        # core.progress.Progress
    paths: list                             # [core.reading_paths.ReadingPath]
    path_problems: list
    journal: list                           # [core.practice.Entry]
    read_cases: set[str]
    read_lessons: set[str]
    cases: dict = field(default_factory=dict)    # id -> (title, kind, status, skills), titles in the reader's script
    lessons: dict = field(default_factory=dict)  # id -> title
    lang: str = ""                               # the UI language the titles were converted for


def load_learn_data(kb) -> LearnData:
    from kb_app.core.learning import practice, progress, reading_paths

    prog = progress.for_kb(kb)
    rc, rl = progress.read_sets(kb.state)
    paths, problems = reading_paths.load_paths(kb.cases_dir, kb.corpus)
    # read in your own script: titles in the reader's script (core/convert.py), computed here
    from kb_app.core.analysis.convert import for_reader

    lang = i18n.current_language()
    tx = (lambda t: for_reader(t, lang)) if lang in ("zh-Hans", "zh-Hant") else (lambda t: t)
    for info in prog.lessons.values():
        info.title = tx(info.title)
        info.teaches = tx(info.teaches)
        info.cases = [(cid, tx(t), st, r) for cid, t, st, r in info.cases]
    for sgg in prog.suggestions:
        sgg.title = tx(sgg.title)
    cases = {c.id: (tx(c.title), c.kind, c.outcome.status, list(c.soft_skills)) for c in kb.corpus.cases.values()}
    lessons = {l.id: tx(l.title) for l in kb.corpus.lessons.values()}
    data = LearnData(prog, paths, problems, practice.journal(kb.state), rc, rl, cases, lessons)
    data.lang = lang
    return data


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
        if role == Qt.ItemDataRole.DisplayRole:
            return group_text(self.label(index.row()), c.read, c.total)
        if role == ROLE_ID:
            return c.key
        if role == ROLE_GROUP:
            return c
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return group_text(self.label(index.row()), c.read, c.total)
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
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#e5e7eb"))
        painter.drawRoundedRect(x, y, w, 4, 2, 2)
        if c.read:
            painter.setBrush(QColor("#059669") if c.read >= c.total else QColor("#2563eb"))
            painter.drawRoundedRect(x, y, max(4, int(w * c.fraction)), 4, 2, 2)
        painter.restore()


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
        sep = ", " if i18n.current_language() == "en" else "、"
        skills = sep.join(labels.label("skills", s) for s in l.skills)
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


# -- HTML pages (paths, what next, journal) --------------------------------------------------------------------

PAGE_CSS = """
body { color: #1f2937; }
h2 { font-size: 15px; color: #111827; margin: 14px 0 4px 0; }
.muted { color: #6b7280; }
.small { font-size: 12px; }
.done { color: #059669; }
.next { color: #1d4ed8; font-weight: 600; }
a { color: #1d4ed8; text-decoration: none; }
.reason { color: #6b7280; font-size: 12px; }
.answer { color: #374151; }
"""


def _esc(s) -> str:
    return html.escape(str(s or ""))


def bar_image(read: int, total: int, width: int, height: int = 8):
    from PySide6.QtGui import QImage

    img = QImage(max(10, width), height, QImage.Format.Format_ARGB32)
    img.fill(Qt.GlobalColor.transparent)
    p = QPainter(img)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor("#e5e7eb"))
    p.drawRoundedRect(0, 0, img.width(), height, height / 2, height / 2)
    if total and read:
        p.setBrush(QColor("#059669") if read >= total else QColor("#2563eb"))
        p.drawRoundedRect(0, 0, max(height, int(img.width() * read / total)), height, height / 2, height / 2)
    p.end()
    return img


def paths_html(data: LearnData, lang: str) -> str:
    from kb_app.core.learning.reading_paths import pick, where

    if not data.paths:
        none_yet = QCoreApplication.translate("Learn", "No reading path yet.")
        return (f'<p class="muted">{_esc(none_yet)}</p><p class="small muted">'
                + _esc(QCoreApplication.translate("Learn", "A mentor writes one as a file in the paths/ folder of the case folder; "
                          "see docs/case-format.md.")) + "</p>")
    parts = []
    for rp in data.paths:
        st = where(rp, data.read_cases, data.read_lessons)
        parts.append(f'<h2>{_esc(rp.text("title", lang))}</h2>')
        intro = rp.text("intro", lang)
        if intro:
            parts.append(f'<p>{_esc(" ".join(intro.split()) if lang == "en" else intro.replace(chr(10), ""))}</p>')
        state = (QCoreApplication.translate("Learn", "Finished: all {0} steps read").format(st.total) if st.finished
                 else QCoreApplication.translate("Learn", "{0} of {1} steps read").format(st.read, st.total))
        parts.append(f'<p class="small"><b>{_esc(state)}</b><br/><img src="bar:{st.read}/{st.total}/320" /></p>')
        nxt = st.next_index
        if nxt is not None:
            s = rp.steps[nxt]
            title = data.cases.get(s.id, (s.id,))[0] if s.type == "case" else data.lessons.get(s.id, s.id)
            kind = QCoreApplication.translate("Learn", "case") if s.type == "case" else QCoreApplication.translate("Learn", "lesson")
            next_label = QCoreApplication.translate("Learn", "Next:")
            parts.append(f'<p style="margin-top:10px;">{_esc(next_label)} <a href="{s.type}:{_esc(s.id)}"><b>'
                         f'{_esc(title)}</b></a> <span class="muted small">({_esc(kind)})</span>'
                         + (f' &nbsp; <a href="practise:{_esc(s.id)}">{_esc(readmark.practise_text())}</a>'
                            if s.type == "case" else "") + "</p>")
        items = []
        for i, (s, done) in enumerate(zip(rp.steps, st.done)):
            title = data.cases.get(s.id, (s.id,))[0] if s.type == "case" else data.lessons.get(s.id, s.id)
            kind = QCoreApplication.translate("Learn", "case") if s.type == "case" else QCoreApplication.translate("Learn", "lesson")
            note = pick(s.note, lang)
            mark = ('<span class="done">✓</span>' if done else
                    '<span class="next">→</span>' if i == nxt else '<span class="muted">○</span>')
            cls = ' class="next"' if i == nxt else ""
            items.append(f'<tr><td width="22" valign="top">{mark}</td><td{cls}>'
                         f'<a href="{s.type}:{_esc(s.id)}">{_esc(title)}</a> '
                         f'<span class="muted small">· {_esc(kind)}</span>'
                         + (f'<br/><span class="reason">{_esc(note)}</span>' if note else "") + "</td></tr>")
        parts.append('<table cellspacing="0" cellpadding="3" style="margin-top:6px;">' + "".join(items) + "</table>")
    if data.path_problems:
        parts.append('<p class="small" style="color:#b45309;">'
                     + _esc(QCoreApplication.translate("Learn", "{0} problem(s) in the reading path files; run kb check for details.").format(
                         len(data.path_problems))) + "</p>")
    return "\n".join(parts)


def next_html(data: LearnData, vocab, lang: str) -> str:
    labels = VocabLabels(vocab)
    sug = data.progress.suggestions
    if not sug:
        all_read = QCoreApplication.translate("Learn", "You have read every case. Time to write one.")
        return f'<p class="muted">{_esc(all_read)}</p>'
    items = []
    for s in sug:
        reason = reason_text(labels.label("skills", s.skill), s.read, s.total)
        items.append(f'<tr><td><a href="case:{_esc(s.case_id)}"><b>{_esc(s.title)}</b></a>'
                     f'<br/><span class="reason">{_esc(reason)}</span>'
                     f' &nbsp; <a class="small" href="practise:{_esc(s.case_id)}">{_esc(readmark.practise_text())}</a>'
                     f'</td></tr>')
    return '<table cellspacing="0" cellpadding="5" width="100%">' + "".join(items) + "</table>"


def reason_text(skill_label: str, read: int, total: int) -> str:
    """"You have read 1 of 9 cases on 抗压力" in the UI language."""
    if total == 1:
        return QCoreApplication.translate("Learn", "You have read {0} of the 1 case on {1}").format(read, skill_label)
    return QCoreApplication.translate("Learn", "You have read {0} of {1} cases on {2}").format(read, total, skill_label)


def journal_html(data: LearnData, lang: str) -> str:
    if not data.journal:
        none_yet = QCoreApplication.translate("Learn", "No practice yet.")
        return (f'<p class="muted">{_esc(none_yet)}</p><p class="small muted">'
                + _esc(QCoreApplication.translate("Learn", "Open a case and press Practise (Ctrl+P): you read only the situation, write what you "
                          "would do first and why, then see what was done. Your answers are kept here.")) + "</p>")
    from PySide6.QtCore import QDateTime

    loc = i18n.qt_locale(lang)
    items = []
    for e in data.journal:
        title = data.cases.get(e.case_id, (e.case_id,))[0]
        from PySide6.QtCore import QTimeZone

        when = QDateTime.fromString(e.updated_at[:19], "yyyy-MM-ddTHH:mm:ss")
        when.setTimeZone(QTimeZone.utc())
        when_text = loc.toString(when.toLocalTime(), loc.dateTimeFormat(loc.FormatType.ShortFormat)) if when.isValid() else e.updated_at[:16]
        state = QCoreApplication.translate("Learn", "revealed") if e.revealed else QCoreApplication.translate("Learn", "not revealed yet")
        answer = e.answer.strip()
        if len(answer) > 220:
            answer = answer[:220] + "…"
        items.append(f'<h2><a href="journal:{e.id}">{_esc(title)}</a></h2>'
                     f'<p class="small muted">{_esc(when_text)} · {_esc(state)}</p>'
                     f'<p class="answer">{_esc(answer).replace(chr(10), "<br/>")}</p>')
    return "\n".join(items)


class PageBrowser(QTextBrowser):
    """An HTML page of the Learn view; its links (case:, lesson:, practise:, journal:) go out by signal."""

    linkActivated = Signal(str, str)   # scheme, target

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.document().setDefaultStyleSheet(PAGE_CSS)
        self.document().setDocumentMargin(14)
        self.anchorClicked.connect(self._anchor)

    def _anchor(self, url: QUrl) -> None:
        text = url.toString()
        scheme, _, target = text.partition(":")
        self.linkActivated.emit(scheme.lower(), target)

    def loadResource(self, type_, url):
        """Only the progress bars drawn here (bar:READ/TOTAL/WIDTH); nothing is ever fetched."""
        text = url.toString()
        if text.startswith("bar:"):
            try:
                read, total, width = (int(x) for x in text[4:].split("/"))
            except ValueError:
                return None
            return bar_image(read, total, width)
        return None


# -- the view ------------------------------------------------------------------------------------------------

class LearnView(QWidget):
    caseRequested = Signal(str)
    lessonRequested = Signal(str)
    practiseRequested = Signal(str, int)     # case id, journal entry id (0: continue or start)
    exportRequested = Signal(str)            # "csv" | "md" | "journal"
    dataShown = Signal()

    def __init__(self, library, parent=None):
        super().__init__(parent)
        self.setObjectName("learnView")
        self.library = library
        self.data: LearnData | None = None
        self.group_table = "skills"
        self.current_group: str | None = None
        self._pending = False
        self._loading = False

        self.heading = QLabel(self)
        self.heading.setObjectName("learnHeading")
        self.summary = QLabel(self)
        self.summary.setObjectName("learnSummary")
        self.export_button = QToolButton(self)
        self.export_button.setObjectName("learnExport")
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.export_menu = QMenu(self)
        self.act_export_csv = self.export_menu.addAction("", lambda: self.exportRequested.emit("csv"))
        self.act_export_md = self.export_menu.addAction("", lambda: self.exportRequested.emit("md"))
        self.export_menu.addSeparator()
        self.act_export_journal = self.export_menu.addAction("", lambda: self.exportRequested.emit("journal"))
        self.export_button.setMenu(self.export_menu)
        top = QWidget(self)
        top.setObjectName("learnTop")
        tl = QVBoxLayout(top)
        tl.setContentsMargins(14, 10, 14, 6)
        tl.setSpacing(2)
        row = QHBoxLayout()
        row.addWidget(self.heading, 1)
        row.addWidget(self.export_button)
        tl.addLayout(row)
        tl.addWidget(self.summary)

        self.pages = QTabWidget(self)
        self.pages.setObjectName("learnPages")
        self.pages.setDocumentMode(True)

        # lessons page
        lessons_page = QWidget(self)
        lp = QVBoxLayout(lessons_page)
        lp.setContentsMargins(8, 8, 8, 0)
        seg = QHBoxLayout()
        seg.setSpacing(0)
        self.by_skill = QToolButton(self)
        self.by_skill.setObjectName("bySkill")
        self.by_kind = QToolButton(self)
        self.by_kind.setObjectName("byKind")
        self.seg_group = QButtonGroup(self)
        for b in (self.by_skill, self.by_kind):
            b.setCheckable(True)
            b.setProperty("segment", True)
            self.seg_group.addButton(b)
            seg.addWidget(b)
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
        self.lessons.clicked.connect(lambda ix: self.lessonRequested.emit(ix.data(ROLE_ID)))
        self.lessons.activated.connect(lambda ix: self.lessonRequested.emit(ix.data(ROLE_ID)))
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
        self.pages.addTab(lessons_page, "")

        # progress page
        prog = QWidget(self)
        prog.setObjectName("learnProgressPage")
        pl = QVBoxLayout(prog)
        pl.setContentsMargins(14, 10, 14, 10)
        pl.setSpacing(6)
        chart_head = QHBoxLayout()
        self.skills_title = QLabel(self)
        self.skills_title.setObjectName("learnSection")
        chart_head.addWidget(self.skills_title, 1)
        self.show_radar = QToolButton(self)
        self.show_bars = QToolButton(self)
        self.chart_group = QButtonGroup(self)
        for b in (self.show_radar, self.show_bars):
            b.setCheckable(True)
            b.setProperty("segment", True)
            self.chart_group.addButton(b)
            chart_head.addWidget(b)
        self.show_radar.setChecked(True)
        pl.addLayout(chart_head)
        self.radar = RadarChart(self)
        self.radar.setObjectName("skillsRadar")
        self.skill_bars = BarChart(self)
        self.skill_bars.setObjectName("skillBars")
        self.chart_stack = QStackedWidget(self)
        self.chart_stack.addWidget(self.radar)
        self.chart_stack.addWidget(self.skill_bars)
        self.show_radar.clicked.connect(lambda: self.chart_stack.setCurrentWidget(self.radar))
        self.show_bars.clicked.connect(lambda: self.chart_stack.setCurrentWidget(self.skill_bars))
        pl.addWidget(self.chart_stack)
        self.next_title = QLabel(self)
        self.next_title.setObjectName("learnSection")
        pl.addWidget(self.next_title)
        self.next_page = PageBrowser(self)
        self.next_page.setObjectName("readNext")
        self.next_page.setMinimumHeight(236)
        pl.addWidget(self.next_page)
        self.kinds_title = QLabel(self)
        self.kinds_title.setObjectName("learnSection")
        pl.addWidget(self.kinds_title)
        self.kind_bars = BarChart(self)
        self.kind_bars.setObjectName("kindBars")
        pl.addWidget(self.kind_bars)
        pl.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setObjectName("learnProgressScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(prog)
        self.pages.addTab(scroll, "")

        # paths page
        self.paths_page = PageBrowser(self)
        self.paths_page.setObjectName("pathsPage")
        self.pages.addTab(self.paths_page, "")

        # journal page
        self.journal_page = PageBrowser(self)
        self.journal_page.setObjectName("journalPage")
        self.pages.addTab(self.journal_page, "")

        for page in (self.next_page, self.paths_page, self.journal_page):
            page.linkActivated.connect(self._link)

        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        lay.addWidget(top)
        lay.addWidget(self.pages, 1)
        self.setStyleSheet(LEARN_QSS)
        self.retranslateUi()
        self.library.progressChanged.connect(self.refresh)
        self.library.loaded.connect(lambda out: self.refresh())

    # -- text ---------------------------------------------------------------------------------------------
    def retranslateUi(self) -> None:
        self.heading.setText(QCoreApplication.translate("Learn", "Learn from the cases"))
        self.export_button.setText(QCoreApplication.translate("Learn", "Export ▾"))
        self.export_button.setToolTip(QCoreApplication.translate("Learn", "Export your progress or your practice journal for a mentor"))
        self.act_export_csv.setText(QCoreApplication.translate("Learn", "Reading progress as CSV…"))
        self.act_export_md.setText(QCoreApplication.translate("Learn", "Reading progress as Markdown…"))
        self.act_export_journal.setText(QCoreApplication.translate("Learn", "Practice journal as Markdown…"))
        self.pages.setTabText(0, QCoreApplication.translate("Learn", "Lessons"))
        self.pages.setTabText(1, QCoreApplication.translate("Learn", "Progress"))
        self.pages.setTabText(2, QCoreApplication.translate("Learn", "Reading paths"))
        self.pages.setTabText(3, QCoreApplication.translate("Learn", "Practice journal"))
        self.by_skill.setText(QCoreApplication.translate("Learn", "By soft skill"))
        self.by_kind.setText(QCoreApplication.translate("Learn", "By incident kind"))
        self.skills_title.setText(QCoreApplication.translate("Learn", "Reading coverage by soft skill"))
        self.show_radar.setText(QCoreApplication.translate("Learn", "Radar"))
        self.show_bars.setText(QCoreApplication.translate("Learn", "Bars"))
        self.next_title.setText(QCoreApplication.translate("Learn", "What to read next"))
        self.kinds_title.setText(QCoreApplication.translate("Learn", "Reading coverage by incident kind"))
        if self.data is not None:
            self.show_data(self.data)
            if self.data.lang != i18n.current_language():
                self.refresh()  # titles in the new reader's script
        else:
            self.summary.setText(QCoreApplication.translate("Learn", "Opening the case library…"))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    # -- data ------------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Ask for fresh progress (coalesced: at most one request in flight)."""
        if not self.library.ready:
            return
        if self._loading:
            self._pending = True
            return
        self._loading = True

        def done(data):
            self._loading = False
            self.show_data(data)
            if self._pending:
                self._pending = False
                self.refresh()

        def failed(e):
            self._loading = False
            self._pending = False

        self.library.learn_data(done, failed)

    def show_data(self, data: LearnData) -> None:
        self.data = data
        vocab = self.library.vocab
        lang = i18n.current_language()
        p = data.progress
        self.summary.setText(QCoreApplication.translate("Learn", "{0} of {1} cases read · {2} of {3} lessons read").format(
            p.cases_read, p.cases_total, p.lessons_read, p.lessons_total))
        self._fill_groups()
        labels = VocabLabels(vocab)
        skills = [Bar(labels.label("skills", c.key), c.read, c.total, c.key) for c in p.skills]
        self.radar.set_bars(skills)
        self.skill_bars.set_bars(skills)
        self.kind_bars.set_bars([Bar(labels.label("kinds", c.key), c.read, c.total, c.key) for c in p.kinds])
        self._set_html(self.next_page, next_html(data, vocab, lang))
        self._set_html(self.paths_page, paths_html(data, lang))
        self._set_html(self.journal_page, journal_html(data, lang))
        self.pages.setTabText(3, QCoreApplication.translate("Learn", "Practice journal") + (f" ({len(data.journal)})" if data.journal else ""))
        self.dataShown.emit()

    @staticmethod
    def _set_html(browser: QTextBrowser, body: str) -> None:
        pos = browser.verticalScrollBar().value()
        browser.setHtml(body)
        browser.verticalScrollBar().setValue(pos)

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
        self.group_desc.setText(f"<b>{_esc(head)}</b> &nbsp;<span style='color:#6b7280'>{_esc(count)}</span>"
                                + (f"<br/><span style='color:#4b5563'>{_esc(desc)}</span>" if desc else ""))

    def group_counts(self) -> dict[str, str]:
        """What the group list shows, row by row (for tests and accessibility)."""
        return {self.groups_model.rows[i].key: self.groups_model.data(self.groups_model.index(i))
                for i in range(self.groups_model.rowCount())}

    # -- links -------------------------------------------------------------------------------------------------
    def _link(self, scheme: str, target: str) -> None:
        if scheme == "case":
            self.caseRequested.emit(target)
        elif scheme == "lesson":
            self.lessonRequested.emit(target)
        elif scheme == "practise":
            self.practiseRequested.emit(target, 0)
        elif scheme == "journal":
            entry = next((e for e in (self.data.journal if self.data else []) if str(e.id) == target), None)
            if entry is not None:
                self.practiseRequested.emit(entry.case_id, entry.id)


LEARN_QSS = """
QWidget#learnTop { background: #ffffff; border-bottom: 1px solid #eceef1; }
QLabel#learnHeading { font-size: 13pt; font-weight: 600; color: #111827; }
QLabel#learnSummary { color: #4b5563; }
QLabel#learnSection { font-weight: 600; color: #111827; font-size: 10.5pt; padding-top: 6px; }
QLabel#groupDescription { color: #111827; padding: 6px 8px 2px 8px; }
QWidget#learnProgressPage { background: #ffffff; }
QListView#learnGroups, QListView#learnLessons { background: #f4f5f7; border: none; outline: none; }
QTextBrowser#readNext, QTextBrowser#pathsPage, QTextBrowser#journalPage { background: #ffffff; border: none; }
QTextBrowser#readNext { border: 1px solid #eceef1; border-radius: 6px; }
QToolButton[segment="true"] { padding: 4px 12px; border: 1px solid #d5dae1; background: #ffffff; color: #374151; }
QToolButton[segment="true"]:checked { background: #e0ecff; color: #1d4ed8; border-color: #93b4f5; font-weight: 600; }
QToolButton#learnExport { color: #2563eb; padding: 4px 10px; border: 1px solid #d5dae1; border-radius: 6px;
                          background: #ffffff; }
QToolButton#learnExport::menu-indicator { image: none; width: 0; }
"""


# -- wiring into the main window -------------------------------------------------------------------------------

class LearnWiring(QWidget):
    """Holds the Learn menu and actions of one main window and keeps their text in the UI language."""

    def __init__(self, window):
        super().__init__(window)
        self.hide()
        self.window_ = window
        lib = window.library
        self.view = LearnView(lib, window)
        window.tabs.addTab(self.view, "")
        self.tab_index = window.tabs.indexOf(self.view)
        self.practice_window = None

        def action(name, slot, keys):
            a = QAction(window)
            a.setObjectName(name)
            a.setShortcuts([QKeySequence(k) for k in keys])
            a.triggered.connect(slot)
            window.addAction(a)
            return a

        self.act_learn = action("actLearn", self.show_learn, ["Ctrl+Shift+L"])  # Ctrl+L is Search's
        self.act_mark = action("actMarkRead", window.case_panel.toggle_read, ["Ctrl+D"])
        self.act_practise = action("actPractise", self.practise_current, ["Ctrl+P"])
        self.act_export_csv = action("actExportProgressCsv", lambda: self.export("csv"), [])
        self.act_export_md = action("actExportProgressMd", lambda: self.export("md"), [])
        self.act_export_journal = action("actExportJournal", lambda: self.export("journal"), [])
        self.menu = QMenu(window)
        self.menu.setObjectName("menuLearn")
        for a in (self.act_learn, None, self.act_mark, self.act_practise, None, self.act_export_csv,
                  self.act_export_md, self.act_export_journal):
            self.menu.addSeparator() if a is None else self.menu.addAction(a)
        window.menuBar().insertMenu(window.menu_help.menuAction(), self.menu)

        panel = window.case_panel
        panel.is_read = lib.is_read
        panel.tracker.earned.connect(lambda t, i, s: lib.set_read(t, i, True, "dwell", s))
        panel.readToggled.connect(lambda t, i, r: lib.set_read(t, i, r, "manual"))
        panel.practiseRequested.connect(lambda cid: self.open_practice(cid, 0))
        lib.readIdsChanged.connect(lambda ids: self._sync_read_button())
        lib.progressChanged.connect(self._sync_read_button)
        self.view.caseRequested.connect(lambda cid: window.open_case(cid))
        self.view.lessonRequested.connect(lambda lid: window.open_lesson(lid))
        self.view.practiseRequested.connect(self.open_practice)
        self.view.exportRequested.connect(self.export)
        window.tabs.currentChanged.connect(self._tab_changed)
        self.retranslateUi()
        self._restore_state()
        window.installEventFilter(self)
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, self._restore_tab)  # after the window restored its own tabs (0 and 1)

    # -- remembered state (QSettings, saved when the window closes) -------------------------------------------
    KEYS = ("learn/page", "learn/grouping", "learn/chart", "learn/open")

    def _restore_state(self) -> None:
        from .. import settings

        v = self.view
        page = settings.value(self.KEYS[0], 0, int)
        if isinstance(page, int) and 0 <= page < v.pages.count():
            v.pages.setCurrentIndex(page)
        if settings.value(self.KEYS[1], "skills", str) == "kinds":
            v.set_grouping("kinds")
        if settings.value(self.KEYS[2], "radar", str) == "bars":
            v.show_bars.setChecked(True)
            v.chart_stack.setCurrentWidget(v.skill_bars)

    def _restore_tab(self) -> None:
        from .. import settings

        if settings.value(self.KEYS[3], False, bool):
            self.window_.tabs.setCurrentIndex(self.tab_index)

    def save_state(self) -> None:
        from .. import settings

        s = settings.settings()
        v = self.view
        s.setValue(self.KEYS[0], v.pages.currentIndex())
        s.setValue(self.KEYS[1], v.group_table)
        s.setValue(self.KEYS[2], "bars" if v.chart_stack.currentWidget() is v.skill_bars else "radar")
        s.setValue(self.KEYS[3], self.window_.tabs.currentIndex() == self.tab_index)
        s.sync()

    def eventFilter(self, obj, event) -> bool:
        if obj is self.window_ and event.type() == QEvent.Type.Close and not getattr(self.window_, "_closed", False):
            self.save_state()
            if self.practice_window is not None:
                self.practice_window.save()  # a pending answer goes to state.db before the runner stops
        return False

    def retranslateUi(self) -> None:
        w = self.window_
        w.tabs.setTabText(self.tab_index, QCoreApplication.translate("Learn", "Learn"))
        w.tabs.setTabToolTip(self.tab_index, QCoreApplication.translate("Learn", "Lessons by soft skill and kind, your progress, reading paths (Ctrl+Shift+L)"))
        self.menu.setTitle(QCoreApplication.translate("Learn", "&Learn"))
        self.act_learn.setText(QCoreApplication.translate("Learn", "Learn from the cases"))
        self.act_mark.setText(QCoreApplication.translate("Learn", "Mark as read / unread"))
        self.act_practise.setText(QCoreApplication.translate("Learn", "Practise on this case…"))
        self.act_export_csv.setText(QCoreApplication.translate("Learn", "Export reading progress as CSV…"))
        self.act_export_md.setText(QCoreApplication.translate("Learn", "Export reading progress as Markdown…"))
        self.act_export_journal.setText(QCoreApplication.translate("Learn", "Export practice journal as Markdown…"))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def show_learn(self) -> None:
        w = self.window_
        w.tabs.setCurrentWidget(self.view)
        self.view.pages.setFocus()

    def _tab_changed(self, index: int) -> None:
        if index != self.tab_index:
            return
        sizes = self.window_.splitter.sizes()
        total = sum(sizes)
        if total and sizes[0] < min(640, total * 0.46):
            left = int(min(680, total * 0.5))
            self.window_.splitter.setSizes([left, total - left])
        if self.view.data is None:
            self.view.refresh()

    def _sync_read_button(self) -> None:
        panel = self.window_.case_panel
        item = panel.current_item()
        if item is not None:
            read = self.window_.library.is_read(*item)
            panel._set_read_button(read)
            panel.tracker.done = read or panel.tracker.done

    def practise_current(self) -> None:
        item = self.window_.case_panel.current_item()
        if item and item[0] == "case":
            self.open_practice(item[1], 0)
        else:
            self.window_.status_label.setText(QCoreApplication.translate("Learn", "Open a case first, then practise on it (Ctrl+P)."))

    def open_practice(self, case_id: str, entry_id: int = 0) -> None:
        from .practice import PracticeWindow

        if self.practice_window is None:
            self.practice_window = PracticeWindow(self.window_.library, self.window_)
            self.practice_window.caseRequested.connect(lambda cid: self.window_.open_case(cid))
            self.practice_window.lessonRequested.connect(lambda lid: self.window_.open_lesson(lid))
        self.practice_window.open(case_id, entry_id or None)

    def export(self, what: str) -> None:
        w = self.window_
        if not w.library.ready:
            return
        names = {"csv": ("reading-progress.csv", QCoreApplication.translate("Learn", "CSV files (*.csv)")),
                 "md": ("reading-progress.md", QCoreApplication.translate("Learn", "Markdown files (*.md)")),
                 "journal": ("practice-journal.md", QCoreApplication.translate("Learn", "Markdown files (*.md)"))}
        name, filt = names[what]
        target, _ = QFileDialog.getSaveFileName(w, QCoreApplication.translate("Learn", "Export for a mentor"), str(Path.home() / name), filt)
        if not target:
            return
        w.library.export_learning(what, i18n.current_language(), target,
                                  on_done=lambda t: w.status_label.setText(QCoreApplication.translate("Learn", "Exported to {0}").format(t)),
                                  on_error=lambda e: w.status_label.setText(QCoreApplication.translate("Learn", "Could not export: {0}").format(e)))


def install(window) -> LearnWiring:
    """Add the Learn view, its menu and shortcuts, and honest reading to a MainWindow."""
    return LearnWiring(window)
