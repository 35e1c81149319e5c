"""Every problem / notice code the core can emit is worded in the UI language (issue 11 §8).

The codes are collected from the core's source (an AST walk over kb_app/core/*.py), so a code
added later without a GUI wording fails here, in zh-Hans and in zh-Hant."""
from __future__ import annotations

import ast
import errno
import os
import re
from pathlib import Path

import pytest

from kb_app.gui import i18n

from .conftest import WORK_MS, open_window

CORE = Path(__file__).resolve().parents[2] / "kb_app" / "core"
CJK = re.compile(r"[\u3400-\u9fff]")

# where each constructor / helper of the core takes its code (positional index; `code=` always counts)
_CODE_ARG = {"Problem": 4, "TeamFileError": 2, "ParseError": 2, "YamlRefused": 2, "as_number": 3, "err": 2,
             "warn": 2, "FieldProblem": 1, "note": 0, "_notice": 0}
_CODE_RE = re.compile(r"^[a-z][a-z0-9]*(-[a-z0-9]+)+$|^unexpected$|^unreadable$")


def _strings(node):
    """String constants a code expression can take (a literal, either side of `x if c else y`, `a or b`)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.IfExp):
        return _strings(node.body) + _strings(node.orelse)
    if isinstance(node, ast.BoolOp):
        return [s for v in node.values for s in _strings(v)]
    return []


def core_codes() -> dict[str, set[str]]:
    """code -> how it is made ("FieldProblem", "_notice", "note", "class", "problem")."""
    out: dict[str, set[str]] = {}
    for f in sorted(CORE.rglob("*.py")):
        for node in ast.walk(ast.parse(f.read_text("utf-8"))):
            found = []
            if isinstance(node, ast.Call):
                fn = node.func
                name = fn.attr if isinstance(fn, ast.Attribute) else getattr(fn, "id", "")
                exprs = [k.value for k in node.keywords if k.arg == "code"]
                if name in _CODE_ARG and len(node.args) > _CODE_ARG[name]:
                    exprs.append(node.args[_CODE_ARG[name]])
                kind = name if name in ("FieldProblem", "_notice", "note") else "problem"
                found = [(s, kind) for e in exprs for s in _strings(e)]
            elif isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "code" for t in node.targets):
                found = [(s, "class") for s in _strings(node.value)]
            elif (isinstance(node, ast.Assign) and isinstance(node.value, ast.Tuple) and node.value.elts
                  and any(isinstance(t, ast.Subscript) and getattr(t.value, "attr", "") == "coded" for t in node.targets)):
                found = [(s, "note") for s in _strings(node.value.elts[0])]  # report.coded[message] = (code, args)
            for s, kind in found:
                if _CODE_RE.match(s):
                    out.setdefault(s, set()).add(kind)
    return out


def test_the_code_collector_finds_the_core_codes():
    codes = core_codes()
    for c in ("folder-unreadable", "folder-too-deep", "link-dangling", "link-loop", "link-outside",
              "lessons-unreadable", "vocab-unreadable", "file-unreadable", "bad-weight", "bad-score",
              "bad-duration", "path-no-steps", "path-unknown-case", "title-missing", "date-impossible",
              "state-kept-aside", "index-busy", "index-rebuilding", "index-corrupt", "data-read-only", "yaml-alias"):
        assert c in codes, c
    assert len(codes) > 100


def _english_and(lang, fn):
    i18n.instance().set_language("en")
    en = fn()
    i18n.instance().set_language(lang)
    try:
        return en, fn()
    finally:
        i18n.instance().set_language("en")


def _wording(code: str, kinds: set[str]):
    """A function giving the GUI's words for `code`, or None if the GUI has none."""
    from kb_app.gui.library import Notice
    from kb_app.gui.models import _problem_templates, status_text
    from kb_app.gui.views.editor.form import problem_text as editor_text
    from kb_app.gui.widgets.notices import NoticeBar

    from kb_app.core.cases.editing import FieldProblem

    if kinds & {"problem"} or code in _problem_templates():
        return lambda: _problem_templates().get(code)
    if "FieldProblem" in kinds:
        return lambda: editor_text(FieldProblem("f", code, "x"))
    bar = NoticeBar()
    if bar.text_for(Notice(code, "warning", "/p", "d")) or not status_text("m", {"m": (code, ("x",))}) == "m":
        return lambda: bar.text_for(Notice(code, "warning", "/p", "d")) or status_text("m", {"m": (code, ("x",))})
    return lambda: ""


@pytest.mark.parametrize("lang", ["zh-Hans", "zh-Hant"])
def test_every_core_code_is_worded_in_chinese(app, lang):
    missing, untranslated = [], []
    for code, kinds in sorted(core_codes().items()):
        fn = _wording(code, kinds)
        en, zh = _english_and(lang, fn)
        if not en or en == code:
            missing.append(code)
        elif zh == en or not CJK.search(zh or ""):
            untranslated.append(code)
    assert not missing, f"codes the GUI has no words for: {missing}"
    assert not untranslated, f"codes not translated into {lang}: {untranslated}"


@pytest.mark.parametrize("lang", ["zh-Hans", "zh-Hant"])
def test_index_rebuild_reasons_are_worded(app, lang):
    from kb_app.core.retrieval.index import REBUILD_REASONS, rebuild_reason_code
    from kb_app.gui.models import status_text

    assert rebuild_reason_code("the index is damaged: a search could not read it (x)") == \
        ("index-damaged", "a search could not read it (x)")
    assert rebuild_reason_code("the vocabularies changed") == ("vocab-changed", "")
    for reason in REBUILD_REASONS:
        coded = {"m": ("index-rebuilding", (reason, "x"))}
        en, zh = _english_and(lang, lambda: status_text("m", coded))
        assert en.startswith("Rebuilding the search index") and CJK.search(zh) and zh != en, reason
    en, zh = _english_and(lang, lambda: status_text("m", {"m": ("index-leftovers-removed", (2,))}))
    assert CJK.search(zh) and zh != en


def test_core_messages_carry_their_code(tmp_path):
    """The index's status messages carry (code, args) beside their English (kept for the CLI)."""
    from kb_app.core.service import KnowledgeBase

    cases = tmp_path / "cases"
    cases.mkdir()
    (cases / "a.md").write_text("---\nid: a\ntitle: A\nkind: storage-failure\n---\nbody\n", "utf-8")
    kb = KnowledgeBase(cases, tmp_path / "data")
    try:
        kb.load()
        rep = kb.load(force=True)
        msg = next(m for m in rep.messages if m.startswith("Rebuilding the search index"))
        assert rep.coded[msg] == ("index-rebuilding", ("rebuild-requested", ""))
    finally:
        kb.close()


# -- the problems panel, live, in Chinese --------------------------------------------------------------------

def _panel_texts(w) -> dict[str, str]:
    m = w.problems_model
    return {Path(m.problem(r).path).name: m.data(m.index(r, 3)) for r in range(m.rowCount())}


def test_unreadable_subfolder_and_broken_rubric_are_chinese_in_the_panel(app, qtbot, tmp_path, gui_data, monkeypatch):
    cases = tmp_path / "cases"
    (cases / "locked").mkdir(parents=True)
    (cases / "rubrics").mkdir()
    (cases / "ok.md").write_text("---\nid: ok\ntitle: 好的案例\nkind: storage-failure\n---\n正文\n", "utf-8")
    (cases / "locked" / "hidden.md").write_text("---\nid: hidden\ntitle: H\nkind: storage-failure\n---\nb\n", "utf-8")
    (cases / "rubrics" / "broken.yaml").write_text(
        "id: broken\ntitle: T\nscale: {min: 1, max: 5}\ncriteria:\n  - key: calm\n    label: Calm\n    weight: -2\n"
        "    levels: {1: bad, 5: good}\n", "utf-8")
    real_scandir = os.scandir
    locked = str(cases / "locked")

    def scandir(path="."):  # tests run as root: a chmod 000 folder would still be readable
        if os.fspath(path) == locked:
            raise PermissionError(errno.EACCES, "Permission denied", locked)
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    i18n.instance().set_language("zh-Hans")
    w = open_window(qtbot, cases, gui_data)
    try:
        qtbot.waitUntil(lambda: {"locked", "broken.yaml"} <= set(_panel_texts(w)), timeout=WORK_MS)
        codes = {Path(p.path).name: p.code for p in (w.problems_model.problem(r) for r in range(w.problems_model.rowCount()))}
        assert codes["locked"] == "folder-unreadable" and codes["broken.yaml"] == "bad-weight"
        texts = _panel_texts(w)
        assert texts["locked"] == "无法读取该文件夹（权限不足）；其中的案例保持上次索引时的样子。", texts["locked"]
        assert "权重" in texts["broken.yaml"], texts["broken.yaml"]
        # live: Traditional, then English, without reloading
        i18n.instance().set_language("zh-Hant")
        texts = _panel_texts(w)
        assert texts["locked"].startswith("無法讀取此資料夾") and "權重" in texts["broken.yaml"]
        i18n.instance().set_language("en")
        texts = _panel_texts(w)
        assert texts["locked"].startswith("The folder cannot be read") and not CJK.search(texts["broken.yaml"])
    finally:
        w.close()


def test_a_missing_case_folder_is_said_in_chinese(app, qtbot, tmp_path, gui_data):
    i18n.instance().set_language("zh-Hans")
    w = open_window(qtbot, tmp_path / "nowhere", gui_data, wait=False)
    try:
        w.start()
        qtbot.waitUntil(lambda: not w.library.loading and bool(w.library.last_error), timeout=WORK_MS)
        assert w.status_label.text().startswith("无法打开案例文件夹") and "不存在" in w.status_label.text()
        i18n.instance().set_language("zh-Hant")
        assert "資料夾" in w.status_label.text() and "不存在" in w.status_label.text()
        i18n.instance().set_language("en")
        assert w.status_label.text().startswith("Could not open the case folder: the folder")
    finally:
        w.close()
