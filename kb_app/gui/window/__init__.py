"""The parts the main window is assembled from (main_window.py puts them together).

menus.py       actions, shortcuts and the menu bar (File, Go, View, Help), in the UI language
status.py      the status bar: messages, indexing progress and Cancel, counts; the problems panel
watcher.py     the file watcher and the poll that reload the case folder after an outside change
history.py     opening cases and lessons in the case panel, and the back history of what was shown
editing.py     the case editor in the central stack, its ways in, and draft recovery after a crash
remembered.py  what the window remembers between runs: geometry, splitters, tab, last query
importing.py   File > Import, drops, the import's progress and Cancel, its summary, the count of
               cases to review and the review queue's page (issue 15)
"""
