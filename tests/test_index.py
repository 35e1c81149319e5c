"""Incremental reindexing, recovery from a broken or outdated index, and derived data location."""
import json
import shutil

from kb_app.core.retrieval import index as index_mod
from kb_app.core.service import KnowledgeBase


def test_index_lives_in_data_dir_not_in_cases(cases_copy, data_dir):
    before = sorted(p.name for p in cases_copy.rglob("*"))
    kb = KnowledgeBase(cases_copy, data_dir)
    kb.load()
    assert kb.index.dir.is_relative_to(data_dir)
    assert sorted(p.name for p in cases_copy.rglob("*")) == before


def test_incremental_reindex_touches_only_changed_files(cases_copy, data_dir):
    kb = KnowledgeBase(cases_copy, data_dir)
    first = kb.load()
    assert first.index.rebuilt
    assert kb.load().index.changed == 0  # nothing changed, nothing reindexed

    p = cases_copy / "securities-storage-30h.md"
    p.write_text(p.read_text("utf-8").replace("## 情况", "## 情况\n新增的线索：蓝鲸控制器。"), "utf-8")
    (cases_copy / "brand-new.md").write_text("---\nid: brand-new\ntitle: 新案例：独角兽网关故障\nkind: network\n---\n独角兽网关\n", "utf-8")
    (cases_copy / "tw-db-accidental-delete.md").unlink()
    rep = kb.load().index
    assert (rep.added, rep.updated, rep.removed, rep.rebuilt) == (1, 1, 1, False)
    assert [h.id for h in kb.search("蓝鲸").hits] == ["securities-storage-30h"]
    assert [h.id for h in kb.search("独角兽").hits] == ["brand-new"]
    assert kb.case("tw-db-accidental-delete") is None

    # a fresh process (new KnowledgeBase) sees the same state and reindexes nothing
    kb.close()
    kb2 = KnowledgeBase(cases_copy, data_dir)
    assert kb2.load().index.changed == 0
    assert [h.id for h in kb2.search("蓝鲸").hits] == ["securities-storage-30h"]


def test_lesson_title_change_reindexes_the_cases_that_link_it(cases_copy, data_dir):
    kb = KnowledgeBase(cases_copy, data_dir)
    kb.load()
    p = cases_copy / "lessons" / "rotate-exhausted-engineers.md"
    p.write_text(p.read_text("utf-8").replace("title: ", "title: 火烈鸟原则 ", 1), "utf-8")
    rep = kb.load().index
    assert rep.updated >= 1 and not rep.rebuilt
    assert "securities-storage-30h" in [h.id for h in kb.search("火烈鸟").hits]


def test_corrupt_index_is_rebuilt_with_a_message(cases_copy, data_dir):
    kb = KnowledgeBase(cases_copy, data_dir)
    kb.load()
    kb.close()
    for seg in kb.index.dir.glob("*.seg"):
        seg.write_bytes(b"garbage" * 10)
    for toc in kb.index.dir.glob("_MAIN_*.toc"):
        toc.write_bytes(b"\x00\x01garbage")
    kb2 = KnowledgeBase(cases_copy, data_dir)
    rep = kb2.load()
    assert rep.index.rebuilt and any("Rebuilding" in m for m in rep.messages)
    assert kb2.search("存储").hits


def test_outdated_index_version_is_rebuilt(cases_copy, data_dir, monkeypatch):
    kb = KnowledgeBase(cases_copy, data_dir)
    kb.load()
    kb.close()
    manifest = kb.index.dir / "manifest.json"
    m = json.loads(manifest.read_text())
    m["version"] = 0
    manifest.write_text(json.dumps(m))
    rep = KnowledgeBase(cases_copy, data_dir).load()
    assert rep.index.rebuilt and "another version" in rep.index.reason


def test_deleted_index_folder_is_rebuilt(cases_copy, data_dir):
    kb = KnowledgeBase(cases_copy, data_dir)
    kb.load()
    kb.close()
    shutil.rmtree(kb.index.dir)
    kb2 = KnowledgeBase(cases_copy, data_dir)
    assert kb2.load().index.rebuilt and kb2.search("存储").hits


def test_cancelled_rebuild_keeps_the_old_index(cases_copy, data_dir):
    kb = KnowledgeBase(cases_copy, data_dir)
    kb.load()
    calls = []

    def cancel():
        calls.append(1)
        return len(calls) > 3

    try:
        kb.load(cancel=cancel, force=True)
    except index_mod.IndexCancelled:
        pass
    else:
        raise AssertionError("not cancelled")
    assert kb.search("存储").hits  # the old index is still there and works


def test_broken_file_in_copy_is_named_and_rest_still_indexes(cases_copy, data_dir):
    (cases_copy / "broken.md").write_text("---\nid: broken\ntitle: [oops\n---\n", "utf-8")
    kb = KnowledgeBase(cases_copy, data_dir)
    rep = kb.load()
    assert [p.path.endswith("broken.md") for p in rep.errors] == [True]
    assert rep.cases >= 40
    assert kb.search("數據丟失").hits
