"""One module per screen of the main window (as Vorta's views/): a newcomer finds a room by name.

search.py    search bar, filters and the result list
incident.py  "describe an incident": live precedent with reasons
case.py      the offline case / lesson reader
editor.py    the case editor: form, Markdown body, live preview, drafts, history, recovery
conflict.py  the file changed on disk while editing: merge, or both sides to choose from
"""
