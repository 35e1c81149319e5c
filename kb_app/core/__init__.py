"""The Qt-free core. Nothing under kb_app.core may import Qt: the CLI, the GUI and the tests call it.

Floors, lowest first; a module imports only from its own package or from a lower floor
(tests/test_architecture.py enforces it):

    domain, fsutil, safeyaml   shared by all: types, atomic writes, the safe YAML loader
    analysis/                  the one analyzer and the vocabularies
    cases/                     case files: parse, write, edit, render
    retrieval/ learning/ team/ index and search; progress and practice; rubrics, ratings, standards
    storage/ importing/        state.db and derived-data maintenance; kb import (formats, suggestions, review)
    service.py                 KnowledgeBase, the façade the CLI and the GUI call

docs/architecture.md walks a case, a description and a rating through them.
"""
