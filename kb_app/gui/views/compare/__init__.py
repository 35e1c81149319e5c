"""Compare: 2-10 cases of one kind side by side, rated against a rubric by several raters.

window.py    CompareView (top bar, status line; loads and assembles the parts) and CompareWindow
load.py      what one load brings back (Bundle) and the load itself, a job on the serial writer
grid.py      the cases side by side: case headers with score and chart, aligned rows, empty state
rating.py    the rating pane: all raters' aggregates, this rater's scores and comments, drafts
export.py    the comparison as Markdown, CSV or PDF
standard.py  "Write standard": cases/standards/<kind>.md from the best-rated cases
texts.py     texts other windows show for Compare (tr_text: menu action, Preferences)

Nothing is imported here: importing one module of the package does not drag in the others.
"""
