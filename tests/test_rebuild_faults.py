"""A full rebuild while a folder cannot be read loses nothing (issue 11 §4, feat/rebuild).

Tests run as root, for whom chmod does not make a folder unreadable: os.scandir is made to raise
PermissionError for the folder under test instead (as in test_folder_faults.py)."""
import json
import os
import sqlite3
import subprocess
import sys
import zlib
from pathlib import Path

import pytest

import kb_app.core.retrieval.index as index_mod
import kb_app.core.retrieval.similar as similar_mod
from kb_app.core.cases.parsing import FolderUnreadable
from kb_app.core.service import KnowledgeBase
from test_folder_faults import CLI_UNREADABLE, refuse_listing

ROOT = Path(__file__).resolve().parents[1]


def with_archive(cases_copy, n=5):
    sub = cases_copy / "archive"
    sub.mkdir()
    moved = sorted(cases_copy.glob("*.md"))[:n]
    for p in moved:
        p.rename(sub / p.name)
    return sub, {p.stem for p in moved}


def db_ids(kb, table="cases"):
    with sqlite3.connect(kb.kb_db_path) as db:
        return {r[0] for r in db.execute(f"SELECT id FROM {table}")}


def need_rebuild(kb, why):
    """Make the next load a full rebuild, the way `why` happens in real life."""
    if why == "force":
        return True
    path = kb.index.dir / "manifest.json"
    m = json.loads(path.read_text("utf-8"))
    m["version" if why == "version" else "vocab"] = 1 if why == "version" else "another vocabulary"
    path.write_text(json.dumps(m), "utf-8")
    return False


@pytest.mark.parametrize("why", ["force", "version", "vocab"])
def test_rebuild_with_an_unreadable_subfolder_keeps_its_cases(cases_copy, data_dir, monkeypatch, why):
    sub, moved = with_archive(cases_copy)
    first = KnowledgeBase(cases_copy, data_dir)
    n = first.load().cases
    tags = {cid: first.case(cid).tags for cid in moved}
    first.close()
    refuse_listing(monkeypatch, sub)
    kb = KnowledgeBase(cases_copy, data_dir)  # a new process: nothing parsed in memory
    rep = kb.load(force=need_rebuild(kb, why))
    assert rep.index.rebuilt
    bad = [p for p in rep.problems if p.code == "folder-unreadable"]
    assert [(p.path, p.level) for p in bad] == [(str(sub), "error")]
    assert "folder-unreadable" in rep.codes and any(str(sub) in m for m in rep.messages)
    assert rep.cases == n
    assert not [p for p in rep.problems if p.code == "related-missing" and set(p.args[0]) & moved]
    assert moved <= {h.id for h in kb.search("", limit=500).hits}  # searchable
    assert all(kb.case(cid) is not None for cid in moved)  # the window's lists (corpus)
    assert moved <= db_ids(kb)  # kb.db
    some = kb.case(sorted(moved)[0])
    assert some.title and some.body and str(some.path).startswith(str(sub))
    kb.close()
    # the folder readable again: its cases are read from their files, nothing was lost
    monkeypatch.undo()
    again = KnowledgeBase(cases_copy, data_dir)
    rep = again.load()
    assert rep.cases == n and rep.index.removed == 0
    assert not [p for p in rep.problems if p.code == "folder-unreadable"]
    assert {cid: again.case(cid).tags for cid in moved} == tags


def test_rebuild_in_the_same_process_keeps_the_parsed_cases(cases_copy, data_dir, monkeypatch):
    sub, moved = with_archive(cases_copy)
    kb = KnowledgeBase(cases_copy, data_dir)
    n = kb.load().cases
    tags = {cid: kb.case(cid).tags for cid in moved}
    refuse_listing(monkeypatch, sub)
    rep = kb.repair()  # what the window's "Rebuild index from scratch" runs
    assert rep.index.rebuilt and rep.cases == n
    assert {cid: kb.case(cid).tags for cid in moved} == tags  # as parsed, tags included
    assert moved <= {h.id for h in kb.search("", limit=500).hits} and moved <= db_ids(kb)


def test_rebuild_when_the_previous_index_cannot_give_the_cases_keeps_everything(cases_copy, data_dir, monkeypatch):
    sub, moved = with_archive(cases_copy)
    first = KnowledgeBase(cases_copy, data_dir)
    first.load()
    first.close()
    manifest = (first.index.dir / "manifest.json").read_bytes()
    kb_db = first.kb_db_path.read_bytes()
    refuse_listing(monkeypatch, sub)

    def unreadable(*a, **k):
        raise zlib.error("Error -3 while decompressing data")

    monkeypatch.setattr(index_mod, "stored_cases", unreadable)
    kb = KnowledgeBase(cases_copy, data_dir)
    with pytest.raises(FolderUnreadable) as e:
        kb.load(force=True)
    assert e.value.code == "folder-unreadable" and str(sub) in str(e.value)
    assert (first.index.dir / "manifest.json").read_bytes() == manifest
    assert first.kb_db_path.read_bytes() == kb_db


@pytest.mark.parametrize("why", ["force", "version", "vocab"])
def test_rebuild_with_an_unlistable_case_folder_keeps_the_whole_previous_index(cases_copy, data_dir,
                                                                               monkeypatch, why):
    first = KnowledgeBase(cases_copy, data_dir)
    n = first.load().cases
    first.close()
    kb = KnowledgeBase(cases_copy, data_dir)
    force = need_rebuild(kb, why)
    manifest = (kb.index.dir / "manifest.json").read_bytes()
    kb_db = kb.kb_db_path.read_bytes()
    refuse_listing(monkeypatch, cases_copy)
    with pytest.raises(FolderUnreadable) as e:
        kb.load(force=force)
    assert str(cases_copy) in str(e.value)
    assert (kb.index.dir / "manifest.json").read_bytes() == manifest and kb.kb_db_path.read_bytes() == kb_db
    monkeypatch.undo()
    if why == "force":
        assert len(KnowledgeBase(cases_copy, data_dir).search("", limit=500).hits) == n
    assert KnowledgeBase(cases_copy, data_dir).load().cases == n


def test_rebuild_with_unreadable_lessons_keeps_the_lessons(cases_copy, data_dir, monkeypatch):
    first = KnowledgeBase(cases_copy, data_dir)
    rep = first.load()
    lessons = db_ids(first, "lessons")
    first.close()
    assert rep.lessons and lessons
    refuse_listing(monkeypatch, cases_copy / "lessons")
    kb = KnowledgeBase(cases_copy, data_dir)
    rep2 = kb.load(force=True)
    assert [p.code for p in rep2.errors] == ["lessons-unreadable"]
    assert rep2.lessons == rep.lessons and db_ids(kb, "lessons") == lessons
    some = sorted(lessons)[0]
    assert kb.lesson_title(some) != some


def run_cli(*args, env_extra=None):
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONIOENCODING": "utf-8"}
    return subprocess.run([sys.executable, *args], capture_output=True, text=True, env=env)


def test_kb_index_rebuild_with_an_unreadable_subfolder(cases_copy, tmp_path):
    sub, moved = with_archive(cases_copy)
    data = tmp_path / "d"
    base = ["--cases", str(cases_copy), "--data", str(data)]
    assert run_cli("-m", "kb_app.cli", *base, "index").returncode == 0
    out = run_cli("-c", CLI_UNREADABLE, str(sub), *base, "index", "--rebuild")
    assert out.returncode == 0, out.stderr
    assert str(sub) in out.stdout + out.stderr and "rebuilt" in out.stdout
    kb = KnowledgeBase(cases_copy, data)
    assert moved <= {h.id for h in kb.search("", limit=500).hits}
    assert moved <= db_ids(kb)


def test_similar_queries_after_a_damaged_index_prints_each_answer_once(cases_copy, data_dir, tmp_path,
                                                                       monkeypatch, capsys):
    from kb_app.cli import main

    queries = tmp_path / "q.txt"
    queries.write_text("存储阵列控制器故障\n\n数据库主从切换失败\n证券交易系统宕机\n", "utf-8")
    assert main(["--cases", str(cases_copy), "--data", str(data_dir), "index"]) == 0
    capsys.readouterr()
    real = similar_mod.Engine.run
    calls = {"n": 0}

    def run(self, *a, **k):
        calls["n"] += 1
        if calls["n"] == 2:  # the second query finds the index damaged
            raise zlib.error("Error -3 while decompressing data")
        return real(self, *a, **k)

    monkeypatch.setattr(similar_mod.Engine, "run", run)
    assert main(["--cases", str(cases_copy), "--data", str(data_dir), "similar", "--queries", str(queries)]) == 0
    out, err = capsys.readouterr()
    lines = [json.loads(l)["line"] for l in out.splitlines() if l.strip()]
    assert lines == [1, 3, 4]
    assert "damaged" in err


def test_read_only_data_folder_with_an_unreadable_subfolder_lists_its_cases(cases_copy, data_dir, monkeypatch):
    import errno

    import kb_app.core.service as service

    sub, moved = with_archive(cases_copy)
    first = KnowledgeBase(cases_copy, data_dir)
    n = first.load().cases
    first.close()
    refuse_listing(monkeypatch, sub)

    def refuse(path):
        raise OSError(errno.EROFS, "Read-only file system", str(path))

    monkeypatch.setattr(service, "_open_lock", refuse)
    kb = KnowledgeBase(cases_copy, data_dir)
    rep = kb.load()
    assert "data-read-only" in rep.codes and rep.cases == n
    assert all(kb.case(cid) is not None for cid in moved)
