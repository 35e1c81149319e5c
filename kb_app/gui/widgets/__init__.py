"""Reusable painted pieces shared by the views.

cards.py          painting of result rows, suggestion rows, chips and outcome badges
charts.py         QPainter coverage bars and the soft-skill radar (no QtCharts: see its docstring)
readmark.py       the "✓ read" pill every list paints, and the words around honest reading
reviewmark.py     the "imported, not reviewed" pill on the cards of imported cases (issue 15)
score_chart.py    per-criterion score bars with the raters' spread (Compare)
standard_card.py  the standard of the inferred kind, shown in the incident pane
notices.py        the notice bar: state.db, data folder and index notices in the UI language
"""
