"""One module per screen of the main window (as Vorta's views/): a newcomer finds a room by name.

search.py    search bar, filters and the result list (and "nearest, not close")
incident.py  "describe an incident": live precedent with reasons, the kind's standard
answers.py   the answer list those two share: typing pause, card list, selection kept, Ctrl+J / Ctrl+K
case.py      the offline case / lesson reader
reading.py   its honest-reading tracker: when the page on screen has earned "read"
editor/      the case editor: form, Markdown body, live preview, drafts, history, recovery (a package)
conflict.py  the file changed on disk while editing: merge, or both sides to choose from
learn/       the Learn tab: lessons by skill / kind, progress chart, what next, reading paths, journal
practice.py  case-method practice: the situation only, your answer, then the reveal beside it
compare/     2-10 cases of one kind side by side, the rating pane, aggregates, "write standard", export
importing.py what an import did: the summary (new cases, already imported, likely duplicates, problems)
review.py    the review queue of imported cases: original beside the case, suggestions and their reasons
"""
