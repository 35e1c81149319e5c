"""A case folder that cannot be read is never taken for an empty one (issue 11 §4).

Tests run as root, for whom chmod does not make a folder unreadable: os.scandir / is_file are
made to raise PermissionError for the folder under test instead."""
import os
from pathlib import Path

import pytest

import kb_app.core.cases.parsing as parsing
from kb_app.core.storage import maintenance
from kb_app.core.cases.parsing import FolderUnreadable, case_files, scan_cases
from kb_app.core.service import KnowledgeBase


def refuse_listing(monkeypatch, folder: Path):
    real = os.scandir

    def scandir(p="."):
        if os.path.abspath(str(p)) == str(folder):
            raise PermissionError(13, "Permission denied", str(p))
        return real(p)

    monkeypatch.setattr(parsing.os, "scandir", scandir)


def codes(problems):
    return [p.code for p in problems]


def test_unlistable_case_folder_keeps_the_previous_index(cases_copy, data_dir, monkeypatch):
    kb = KnowledgeBase(cases_copy, data_dir)
    n = kb.load().cases
    refuse_listing(monkeypatch, cases_copy)
    with pytest.raises(FolderUnreadable) as e:
        kb.load()
    assert str(cases_copy) in str(e.value)
    assert kb.corpus is not None and len(kb.corpus.cases) == n
    assert len(kb.search("", limit=500).hits) == n
    kb2 = KnowledgeBase(cases_copy, data_dir)
    with pytest.raises(FolderUnreadable):
        kb2.load()
    monkeypatch.undo()
    assert len(KnowledgeBase(cases_copy, data_dir).search("", limit=500).hits) == n


def test_unreadable_subfolder_is_an_error_and_its_cases_stay(cases_copy, data_dir, monkeypatch):
    sub = cases_copy / "archive"
    sub.mkdir()
    moved = sorted(cases_copy.glob("*.md"))[:5]
    for p in moved:
        p.rename(sub / p.name)
    kb = KnowledgeBase(cases_copy, data_dir)
    n = kb.load().cases
    refuse_listing(monkeypatch, sub)
    rep = kb.load()
    bad = [p for p in rep.problems if p.code == "folder-unreadable"]
    assert len(bad) == 1 and bad[0].path == str(sub) and bad[0].level == "error"
    assert rep.cases == n and rep.index.removed == 0
    fresh = KnowledgeBase(cases_copy, data_dir)  # no parsed cases in memory: the index keeps them
    rep2 = fresh.load()
    assert rep2.index.removed == 0
    assert {p.stem for p in moved} <= {h.id for h in fresh.search("", limit=500).hits}


def test_unreadable_lessons_is_one_problem(cases_copy, data_dir, monkeypatch):
    refuse_listing(monkeypatch, cases_copy / "lessons")
    rep = KnowledgeBase(cases_copy, data_dir).load()
    errors = [p for p in rep.problems if p.level == "error"]
    assert codes(errors) == ["lessons-unreadable"]
    assert errors[0].path == str(cases_copy / "lessons")


def test_unreadable_vocab_falls_back_to_the_bundled_one(cases_copy, data_dir, monkeypatch):
    vocab_dir = cases_copy / "vocab"
    real = Path.is_file

    def is_file(self):
        if self.parent == vocab_dir:
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "is_file", is_file)
    kb = KnowledgeBase(cases_copy, data_dir)
    rep = kb.load()
    assert codes([p for p in rep.problems if p.path == str(vocab_dir)]) == ["vocab-unreadable"]
    assert rep.cases > 40 and kb.vocab.kinds and kb.similar("存储阵列控制器故障").hits


def test_deep_nesting_is_walked_without_recursion(cases_copy, data_dir):
    deep = str(cases_copy)
    for _ in range(1100):  # os.makedirs itself recurses
        deep += "/a"
        os.mkdir(deep)
    (cases_copy / "a" / "a" / "nested-case.md").write_text(
        "---\nid: nested-case\ntitle: 嵌套的案例\nkind: storage-failure\n---\n存储故障。\n", "utf-8")
    try:
        scan = scan_cases(cases_copy)
        assert codes(scan.problems) == ["folder-too-deep"]
        assert any(p.name == "nested-case.md" for p in scan.files)
        assert len(maintenance.walk_dirs(cases_copy)) < 200
        rep = KnowledgeBase(cases_copy, data_dir).load()
        assert "folder-too-deep" in codes(rep.problems) and rep.cases > 40
    finally:
        (cases_copy / "a" / "a" / "nested-case.md").unlink()
        while deep != str(cases_copy):  # shutil.rmtree (pytest's clean-up) recurses too
            os.rmdir(deep)
            deep = os.path.dirname(deep)


def test_bad_links_are_reported_once_and_do_not_cause_reloads(cases_copy, data_dir):
    (cases_copy / "dangling.md").symlink_to(cases_copy / "nowhere.md")
    (cases_copy / "loop.md").symlink_to(cases_copy / "loop.md")
    kb = KnowledgeBase(cases_copy, data_dir)
    rep = kb.load()
    got = [(Path(p.path).name, p.code) for p in rep.problems if p.code.startswith("link-")]
    assert sorted(got) == [("dangling.md", "link-dangling"), ("loop.md", "link-loop")]
    assert not any(p.name in ("dangling.md", "loop.md") for p in case_files(cases_copy))
    # the poll finds nothing changed: no reload every 5 s
    assert kb.ensure_index() is None
    assert kb.ensure_index() is None


def test_links_to_files_outside_the_folder_are_not_read(cases_copy, data_dir, tmp_path):
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (outside / "secret.md").write_text("---\nid: secret\ntitle: 外面的文件\n---\n不该被读。\n", "utf-8")
    (cases_copy / "secret.md").symlink_to(outside / "secret.md")
    inside = sorted(cases_copy.glob("*.md"))[0]
    (cases_copy / "sub").mkdir()
    (cases_copy / "sub" / inside.name).symlink_to(inside)  # inside the folder: read (a duplicate id)
    kb = KnowledgeBase(cases_copy, data_dir)
    rep = kb.load()
    assert [p.code for p in rep.problems if p.path.endswith("secret.md")] == ["link-outside"]
    assert kb.case("secret") is None
    assert any("duplicate" in p.message and p.path.endswith(f"sub/{inside.name}") for p in rep.problems)


CLI_UNREADABLE = """
import os, sys
import kb_app.core.cases.parsing as parsing
folder = os.path.abspath(sys.argv[1])
real = os.scandir
def scandir(p="."):
    if os.path.abspath(str(p)) == folder:
        raise PermissionError(13, "Permission denied", str(p))
    return real(p)
parsing.os.scandir = scandir
from kb_app.cli import main
sys.exit(main(sys.argv[2:]))
"""


def test_kb_index_on_an_unlistable_folder_is_an_error_and_keeps_the_index(cases_copy, tmp_path):
    import subprocess
    import sys

    data = tmp_path / "d"
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    base = [sys.executable, "-m", "kb_app.cli", "--cases", str(cases_copy), "--data", str(data)]
    assert subprocess.run(base + ["index"], env=env, capture_output=True).returncode == 0
    out = subprocess.run([sys.executable, "-c", CLI_UNREADABLE, str(cases_copy), "--cases", str(cases_copy),
                          "--data", str(data), "index"], env=env, capture_output=True, text=True)
    assert out.returncode != 0 and str(cases_copy) in out.stderr
    assert "removed" not in out.stdout
    kb = KnowledgeBase(cases_copy, data)
    assert len(kb.search("", limit=500).hits) >= 50
