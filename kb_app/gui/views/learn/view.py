"""The Learn view: what a new hire reads, and how far they got.

LearnView puts together the heading ("12 of 51 cases read · 3 of 20 lessons read"), the Export
button and four pages: Lessons (lessons.py), Progress (progress.py), Reading paths (paths.py) and
the Practice journal (journal.py). It asks the Library for fresh LearnData (data.py, computed on the
writer thread) when progress changes, hands it to every page, and sends the pages' links out as
signals; the main window's side of it is wiring.py. Strings are in resources/translations/learn_*.ts
(context "Learn").
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QScrollArea, QTabWidget, QToolButton, QVBoxLayout, QWidget

from ... import i18n
from .common import PageBrowser, Retranslating
from .data import LearnData
from .journal import journal_entry, journal_html
from .lessons import LessonsPage
from .paths import paths_html
from .progress import ProgressPage


class LearnView(Retranslating):
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

        self.lessons_page = LessonsPage(library, self)
        self.lessons_page.lessonRequested.connect(self.lessonRequested)
        self.pages.addTab(self.lessons_page, "")

        self.progress_page = ProgressPage(self)
        scroll = QScrollArea(self)
        scroll.setObjectName("learnProgressScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.progress_page)
        self.pages.addTab(scroll, "")

        self.paths_page = PageBrowser(self)
        self.paths_page.setObjectName("pathsPage")
        self.pages.addTab(self.paths_page, "")

        self.journal_page = PageBrowser(self)
        self.journal_page.setObjectName("journalPage")
        self.pages.addTab(self.journal_page, "")

        # the pages' parts, as the wiring, the tests and scripts/learn_screenshots.py reach them
        lp, pp = self.lessons_page, self.progress_page
        self.by_skill, self.by_kind, self.groups, self.groups_model = lp.by_skill, lp.by_kind, lp.groups, lp.groups_model
        self.lessons, self.lessons_model, self.group_desc = lp.lessons, lp.lessons_model, lp.group_desc
        self.show_radar, self.show_bars, self.chart_stack = pp.show_radar, pp.show_bars, pp.chart_stack
        self.radar, self.skill_bars, self.kind_bars, self.next_page = pp.radar, pp.skill_bars, pp.kind_bars, pp.next_page

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
        self.lessons_page.retranslateUi()
        self.progress_page.retranslateUi()
        if self.data is not None:
            self.show_data(self.data)
            if self.data.lang != i18n.current_language():
                self.refresh()  # titles in the new reader's script
        else:
            self.summary.setText(QCoreApplication.translate("Learn", "Opening the case library…"))

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
        self.lessons_page.show_data(data)
        self.progress_page.show_data(data, vocab, lang)
        self.paths_page.show_html(paths_html(data, lang))
        self.journal_page.show_html(journal_html(data, lang))
        self.pages.setTabText(3, QCoreApplication.translate("Learn", "Practice journal") + (f" ({len(data.journal)})" if data.journal else ""))
        self.dataShown.emit()

    # -- the lessons page's grouping, as the wiring and the tests ask for it -------------------------------------
    @property
    def group_table(self) -> str:
        """"skills" or "kinds": how the Lessons page groups."""
        return self.lessons_page.group_table

    def set_grouping(self, table: str) -> None:
        self.lessons_page.set_grouping(table)

    def group_counts(self) -> dict[str, str]:
        """What the group list shows, row by row (for tests and accessibility)."""
        return self.lessons_page.group_counts()

    # -- links -------------------------------------------------------------------------------------------------
    def _link(self, scheme: str, target: str) -> None:
        if scheme == "case":
            self.caseRequested.emit(target)
        elif scheme == "lesson":
            self.lessonRequested.emit(target)
        elif scheme == "practise":
            self.practiseRequested.emit(target, 0)
        elif scheme == "journal":
            entry = journal_entry(self.data, target)
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
