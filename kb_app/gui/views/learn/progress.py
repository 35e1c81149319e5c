"""The Learn view's Progress page: how much of each soft skill and incident kind has been read.

Coverage per skill as a radar or as bars (a switch remembered by the wiring), what to read next
with the reason in words ("You have read 1 of 9 cases on 抗压力"), and coverage per kind as bars.
The counts come in LearnData (data.py); the charts are kb_app/gui/widgets/charts.py. Context "Learn".
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QStackedWidget, QToolButton, QVBoxLayout, QWidget

from ...models import VocabLabels
from ...widgets import readmark
from ...widgets.charts import Bar, BarChart, RadarChart
from .common import PageBrowser, esc, segment


def next_html(data, vocab, lang: str) -> str:
    labels = VocabLabels(vocab)
    sug = data.progress.suggestions
    if not sug:
        all_read = QCoreApplication.translate("Learn", "You have read every case. Time to write one.")
        return f'<p class="muted">{esc(all_read)}</p>'
    items = []
    for s in sug:
        reason = reason_text(labels.label("skills", s.skill), s.read, s.total)
        items.append(f'<tr><td><a href="case:{esc(s.case_id)}"><b>{esc(s.title)}</b></a>'
                     f'<br/><span class="reason">{esc(reason)}</span>'
                     f' &nbsp; <a class="small" href="practise:{esc(s.case_id)}">{esc(readmark.practise_text())}</a>'
                     f'</td></tr>')
    return '<table cellspacing="0" cellpadding="5" width="100%">' + "".join(items) + "</table>"


def reason_text(skill_label: str, read: int, total: int) -> str:
    """"You have read 1 of 9 cases on 抗压力" in the UI language."""
    if total == 1:
        return QCoreApplication.translate("Learn", "You have read {0} of the 1 case on {1}").format(read, skill_label)
    return QCoreApplication.translate("Learn", "You have read {0} of {1} cases on {2}").format(read, total, skill_label)


def coverage_bars(labels: VocabLabels, table: str, counts) -> list[Bar]:
    """One chart bar per skill or kind: its label, read and total."""
    return [Bar(labels.label(table, c.key), c.read, c.total, c.key) for c in counts]


class ProgressPage(QWidget):
    """Coverage by soft skill (radar | bars), what to read next, coverage by incident kind."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("learnProgressPage")
        pl = QVBoxLayout(self)
        pl.setContentsMargins(14, 10, 14, 10)
        pl.setSpacing(6)
        chart_head = QHBoxLayout()
        self.skills_title = QLabel(self)
        self.skills_title.setObjectName("learnSection")
        chart_head.addWidget(self.skills_title, 1)
        self.show_radar = QToolButton(self)
        self.show_bars = QToolButton(self)
        self.chart_group = QButtonGroup(self)
        segment(self.chart_group, chart_head, self.show_radar, self.show_bars)
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

    def retranslateUi(self) -> None:
        self.skills_title.setText(QCoreApplication.translate("Learn", "Reading coverage by soft skill"))
        self.show_radar.setText(QCoreApplication.translate("Learn", "Radar"))
        self.show_bars.setText(QCoreApplication.translate("Learn", "Bars"))
        self.next_title.setText(QCoreApplication.translate("Learn", "What to read next"))
        self.kinds_title.setText(QCoreApplication.translate("Learn", "Reading coverage by incident kind"))

    def show_data(self, data, vocab, lang: str) -> None:
        p = data.progress
        labels = VocabLabels(vocab)
        skills = coverage_bars(labels, "skills", p.skills)
        self.radar.set_bars(skills)
        self.skill_bars.set_bars(skills)
        self.kind_bars.set_bars(coverage_bars(labels, "kinds", p.kinds))
        self.next_page.show_html(next_html(data, vocab, lang))
