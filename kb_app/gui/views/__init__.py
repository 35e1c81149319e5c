"""One module per screen of the main window (as Vorta's views/): a newcomer finds a room by name.

search.py    search bar, filters and the result list
incident.py  "describe an incident": live precedent with reasons
case.py      the offline case / lesson reader
"""
