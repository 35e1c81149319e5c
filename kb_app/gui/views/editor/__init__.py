"""The case editor used by mentors, one module per part of the screen (import the module you need:
this file imports nothing, so importing one part never drags in the rest).

view.py      EditorView: assembles the parts, opens a case or a new one, undo / redo over everything
form.py      the form: every front-matter field, its problems (problem_text), the "New…" lesson dialog
fields.py    the form's field widgets: checkable vocabulary keys, lesson / case pickers, a date with a calendar
body.py      the Markdown body and its live preview (rendered as the case view renders a case)
drafts.py    drafts in state.db as the mentor types, discarding them, and the recovery dialog after a crash
saving.py    saving the case, and the file changed on disk meanwhile (the conflict view, views/conflict.py)
history.py   earlier versions of the case: the diff against the current text, restoring one
lessons.py   new lessons from the lesson picker, kept with the case until its save writes them
"""
