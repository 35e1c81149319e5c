"""Reusable painted pieces shared by the views.

cards.py     painting of result rows, suggestion rows, chips and outcome badges
charts.py    QPainter coverage bars and the soft-skill radar (no QtCharts: see its docstring)
readmark.py  the "✓ read" pill every list paints, and the words around honest reading
"""
