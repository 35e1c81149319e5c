"""A new hire's learning: reading progress, practice and reading paths.

- progress.py        what counts as read, coverage per soft skill and kind, what to read next
- practice.py        practise on a case: answer first, then reveal, the journal
- reading_paths.py   the team's reading paths (cases/paths/*.yaml) and where a reader is on each

The records themselves live in state.db (storage/store.py); this package decides what they mean.
"""
