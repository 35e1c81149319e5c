"""The Qt-free core: parsing, text analysis, index, search, similarity and storage.

Nothing under kb_app.core may import Qt: the CLI, the GUI and the tests all call it.
"""
