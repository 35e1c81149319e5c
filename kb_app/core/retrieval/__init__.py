"""Finding cases: the Whoosh index, search with filters, and precedent (similar) with its reasons.

- index.py     the index on disk: build (in parts, cancellable), update what changed, manifest,
               damage checks, locks
- search.py    a query to ranked results with snippets, across scripts and languages
- similar.py   a description to precedent: scores, closeness, reasons that are true

Consumes the profiles made by analysis/; knows nothing of team files or user state.
"""
