"""The window's rebuild with a folder that cannot be read keeps its cases (issue 11 §4, feat/rebuild).

Tests run as root: os.scandir is made to refuse the folder instead of chmod."""
import json
import os

import kb_app.core.cases.parsing as parsing

from .conftest import WORK_MS, open_window, search


def test_window_rebuild_with_an_unreadable_subfolder_keeps_its_cases(app, qtbot, gui_cases, gui_data, monkeypatch):
    from kb_app.core.service import KnowledgeBase

    sub = gui_cases / "archive"
    sub.mkdir()
    moved = sorted(gui_cases.glob("*.md"))[:3]
    for p in moved:
        p.rename(sub / p.name)
    kb = KnowledgeBase(gui_cases, gui_data)
    n = kb.load().cases
    kb.close()
    manifest = kb.index.dir / "manifest.json"  # made by another version: the window rebuilds it
    m = json.loads(manifest.read_text("utf-8"))
    m["version"] = 1
    manifest.write_text(json.dumps(m), "utf-8")
    real = os.scandir

    def scandir(p="."):
        if os.path.abspath(str(p)) == str(sub):
            raise PermissionError(13, "Permission denied", str(p))
        return real(p)

    monkeypatch.setattr(parsing.os, "scandir", scandir)
    w = open_window(qtbot, gui_cases, gui_data)
    try:
        assert w.library.last_outcome.index_summary == "rebuilt"
        assert w.library.last_outcome.cases == n
        assert [p.path for p in w.problems_model._rows if p.code == "folder-unreadable"] == [str(sub)]
        assert {p.stem for p in moved} <= set(search(qtbot, w, ""))
        loads = w.load_count  # Ctrl+Shift+F5: the same again
        w.act_rebuild.trigger()
        qtbot.waitUntil(lambda: w.load_count > loads and not w.library.loading, timeout=WORK_MS)
        assert w.library.last_outcome.cases == n
        assert {p.stem for p in moved} <= set(search(qtbot, w, ""))
    finally:
        w.close()
