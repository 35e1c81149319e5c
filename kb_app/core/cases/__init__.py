"""Case files, the truth: reading, validating, writing and rendering them.

- parsing.py    a folder of cases and lessons into a Corpus (with every problem, file and line)
- casefile.py   one case file as text: surgical front-matter edits, templates
- editing.py    the mentor's save: conflict check, history, draft, atomic write
- ids.py        new ids and file names (pypinyin slugs)
- drafts.py, history.py, conflicts.py   unsaved drafts, per-case history, three-way merges
- render.py     Markdown to sanitized HTML, offline, in pieces for long bodies

Uses analysis/ (folding for ids and sections); used by retrieval, learning, team, storage.
"""
