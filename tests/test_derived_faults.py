"""Derived data is never silently wrong (issue 11 §3): checksummed index, rebuilt when damaged,
leftovers of killed builds removed, a read-only data folder still searches, lock errors name the holder."""
import errno
import re
import os
import signal
import subprocess
import sys
import textwrap
import zlib
from pathlib import Path

import pytest

import kb_app.core.retrieval.index as index_mod
import kb_app.core.service as service
from kb_app.core.retrieval.index import IndexCancelled, IndexCorrupt, IndexLocked
from kb_app.core.service import DataReadOnly, KnowledgeBase

ROOT = Path(__file__).resolve().parents[1]


def kb_cli(*args, data, cases):
    return subprocess.run([sys.executable, "-m", "kb_app.cli", "--data", str(data), "--cases", str(cases), *args],
                          capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(ROOT),
                                                               "PYTHONIOENCODING": "utf-8"})


def ids(res):
    return [h.id for h in res.hits]


def damage_segment(kb, offset_fraction=0.6, n=64):
    seg = next(p for p in kb.index.dir.iterdir() if p.suffix == ".seg")
    data = bytearray(seg.read_bytes())
    pos = int(len(data) * offset_fraction)
    data[pos:pos + n] = bytes((b ^ 0x5A) for b in data[pos:pos + n])
    seg.write_bytes(bytes(data))


def test_damaged_segment_is_detected_and_rebuilt(cases_copy, data_dir):
    kb = KnowledgeBase(cases_copy, data_dir)
    kb.load()
    want = ids(kb.search("故障", limit=50))
    kb.close()
    damage_segment(kb)
    kb2 = KnowledgeBase(cases_copy, data_dir)
    assert "damaged" in kb2.index.why_rebuild(kb2._load_vocab())
    rep = kb2.load()
    assert rep.index.rebuilt and "index-corrupt" in rep.codes
    assert ids(kb2.search("故障", limit=50)) == want


def test_damage_is_found_even_with_the_mtime_put_back(cases_copy, data_dir):
    """A new process hashes only index files whose stat changed since the manifest recorded them
    (issue 17): bytes changed in place with the old size and mtime restored still change the ctime."""
    kb = KnowledgeBase(cases_copy, data_dir)
    kb.load()
    kb.close()
    seg = next(p for p in kb.index.dir.iterdir() if p.suffix == ".seg")
    st = seg.stat()
    damage_segment(kb)
    os.utime(seg, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert seg.stat().st_size == st.st_size and seg.stat().st_mtime_ns == st.st_mtime_ns
    kb2 = KnowledgeBase(cases_copy, data_dir)
    assert "damaged" in kb2.index.why_rebuild(kb2._load_vocab())


def test_an_unchanged_index_is_not_hashed_again_by_a_new_process(cases_copy, data_dir, monkeypatch):
    kb = KnowledgeBase(cases_copy, data_dir)
    kb.load()
    kb.close()
    opened = []  # file_sums reads a file to hash it

    def spy(path, *a, **k):
        opened.append(str(path))
        return open(path, *a, **k)

    monkeypatch.setattr(index_mod, "open", spy, raising=False)
    kb2 = KnowledgeBase(cases_copy, data_dir)
    assert kb2.index.why_rebuild(kb2._load_vocab()) == ""
    assert not [p for p in opened if p.endswith((".seg", ".toc"))]
    damage_segment(kb2)  # ... and a changed one is hashed (and found damaged)
    kb3 = KnowledgeBase(cases_copy, data_dir)
    assert "damaged" in kb3.index.why_rebuild(kb3._load_vocab())
    assert [p for p in opened if p.endswith(".seg")]


def test_kb_index_repairs_a_damaged_index(cases_copy, tmp_path):
    data = tmp_path / "d"
    assert kb_cli("index", data=data, cases=cases_copy).returncode == 0
    kb = KnowledgeBase(cases_copy, data)
    damage_segment(kb)
    out = kb_cli("index", data=data, cases=cases_copy)
    assert out.returncode == 0 and "rebuilt" in out.stdout
    assert KnowledgeBase(cases_copy, data).index.why_rebuild(kb._load_vocab()) == ""


def test_read_error_during_search_is_corruption(cases_copy, data_dir, monkeypatch):
    kb = KnowledgeBase(cases_copy, data_dir)
    kb.load()

    def broken(*a, **k):
        raise zlib.error("Error -3 while decompressing data")

    monkeypatch.setattr(service, "run_search", broken)
    with pytest.raises(IndexCorrupt) as e:
        kb.search("故障")
    assert e.value.code == "index-corrupt"
    monkeypatch.undo()
    rep = kb.load()  # the next load rebuilds it
    assert rep.index.rebuilt and kb.search("故障").hits
    assert KnowledgeBase(cases_copy, data_dir).index.why_rebuild(kb.vocab) == ""


def test_search_cli_rebuilds_after_a_read_error(cases_copy, tmp_path):
    data = tmp_path / "d"
    kb_cli("index", data=data, cases=cases_copy)
    kb = KnowledgeBase(cases_copy, data)
    kb.load()
    kb.index.mark_corrupt("TypeError: 'NoneType' object")  # what a search saw last time
    out = kb_cli("search", "故障", data=data, cases=cases_copy)
    assert out.returncode == 0 and re.search(r"^ *1\. ", out.stdout, re.M)  # a hit listed, after the repair


def test_killed_build_leaves_nothing_after_the_next_load(cases_copy, tmp_path):
    data = tmp_path / "d"
    child = textwrap.dedent(f"""
        import sys, time
        from kb_app.core.service import KnowledgeBase
        kb = KnowledgeBase({str(cases_copy)!r}, {str(data)!r})
        def progress(done, total, msg):
            if total and done > 1:
                print("building", flush=True)
                time.sleep(60)
        kb.load(progress=progress, force=True)
    """)
    p = subprocess.Popen([sys.executable, "-c", child], stdout=subprocess.PIPE, text=True,
                         env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert p.stdout.readline().strip() == "building"
    os.kill(p.pid, signal.SIGKILL)
    p.wait()
    kb = KnowledgeBase(cases_copy, data)
    assert list(kb.lib_dir.glob("index.building-*"))
    (kb.lib_dir / "index.old-xyz").mkdir()
    rep = kb.load()
    assert "index-leftovers-removed" in rep.codes
    assert not list(kb.lib_dir.glob("index.building-*")) and not list(kb.lib_dir.glob("index.old-*"))
    assert kb.search("故障").hits


def _read_only(monkeypatch):
    def refuse(path):
        raise OSError(errno.EROFS, "Read-only file system", str(path))

    monkeypatch.setattr(service, "_open_lock", refuse)


def test_read_only_data_folder_searches_the_index_it_has(cases_copy, data_dir, monkeypatch):
    kb = KnowledgeBase(cases_copy, data_dir)
    kb.load()
    kb.close()
    p = cases_copy / "securities-storage-30h.md"
    p.write_text(p.read_text("utf-8") + "\n补充一句。\n", "utf-8")
    _read_only(monkeypatch)
    kb2 = KnowledgeBase(cases_copy, data_dir)
    rep = kb2.ensure_index()
    assert rep is not None and "data-read-only" in rep.codes
    assert kb2.search("故障").hits
    rep = KnowledgeBase(cases_copy, data_dir).load()  # the window's load
    assert "data-read-only" in rep.codes and rep.cases > 0


def test_read_only_data_folder_without_an_index_says_so(cases_copy, data_dir, monkeypatch):
    _read_only(monkeypatch)
    with pytest.raises(DataReadOnly) as e:
        KnowledgeBase(cases_copy, data_dir).load()
    assert e.value.code == "data-read-only" and not e.value.usable


def test_lock_error_names_the_holder(cases_copy, data_dir, monkeypatch):
    kb = KnowledgeBase(cases_copy, data_dir)
    kb.load()
    p = cases_copy / "securities-storage-30h.md"
    p.write_text(p.read_text("utf-8") + "\n补充。\n", "utf-8")
    from whoosh import index as windex

    holder = windex.open_dir(str(kb.index.dir)).writer()  # another writer holds Whoosh's lock
    monkeypatch.setattr(index_mod, "WRITER_TIMEOUT", 0.2)
    try:
        with pytest.raises(IndexLocked) as e:
            KnowledgeBase(cases_copy, data_dir).load()
        assert f"pid {os.getpid()}" in str(e.value) and e.value.code == "index-locked"
    finally:
        holder.cancel()


def test_busy_library_names_who_updates_it_and_a_cancelled_wait_returns(cases_copy, data_dir):
    import fcntl

    kb = KnowledgeBase(cases_copy, data_dir)
    kb.load()
    p = cases_copy / "securities-storage-30h.md"
    p.write_text(p.read_text("utf-8") + "\n补充。\n", "utf-8")
    with open(kb.lib_dir / "update.lock", "a+") as f:
        fcntl.flock(f, fcntl.LOCK_EX)
        rep = KnowledgeBase(cases_copy, data_dir).ensure_index()
        assert "index-busy" in rep.codes and f"pid {os.getpid()}" in rep.messages[0]
        with pytest.raises(IndexCancelled):
            KnowledgeBase(cases_copy, data_dir).load(cancel=lambda: True)


def test_a_kill_between_the_index_and_kb_db_is_repaired_at_the_next_load(cases_copy, data_dir):
    """kill -9 after the index took a change but before kb.db did: the next load rebuilds kb.db."""
    import sqlite3
    import subprocess
    import sys

    from conftest import ROOT

    kb = KnowledgeBase(cases_copy, data_dir)
    kb.load()
    kb.close()
    p = cases_copy / "securities-storage-30h.md"
    p.write_text(p.read_text("utf-8").replace("title: ", "title: 改过的标题 ", 1), "utf-8")
    code = ("import os, sys; from kb_app.core import service; from kb_app.core.storage import store\n"
            "store.update_kb_db = lambda *a, **k: os._exit(9)\n"
            "store.rebuild_kb_db = lambda *a, **k: os._exit(9)\n"
            "service.KnowledgeBase(sys.argv[1], sys.argv[2]).load()\n")
    out = subprocess.run([sys.executable, "-c", code, str(cases_copy), str(data_dir)], cwd=ROOT)
    assert out.returncode == 9
    kb = KnowledgeBase(cases_copy, data_dir)
    kb.load()
    path = kb.kb_db_path
    kb.close()
    with sqlite3.connect(path) as db:
        (title,) = db.execute("SELECT title FROM cases WHERE id = 'securities-storage-30h'").fetchone()
    assert title.startswith("改过的标题")


def test_a_full_data_disk_still_searches_the_index_it_has(cases_copy, data_dir, monkeypatch):
    """ENOSPC while an edited case is indexed: the old index answers, with a notice, no raw OSError."""
    kb = KnowledgeBase(cases_copy, data_dir)
    kb.load()
    kb.close()
    p = cases_copy / "securities-storage-30h.md"
    p.write_text(p.read_text("utf-8") + "\n补充一句。\n", "utf-8")

    def full(self, *a, **k):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(index_mod.CaseIndex, "sync", full)
    kb2 = KnowledgeBase(cases_copy, data_dir)
    rep = kb2.ensure_index()
    assert rep is not None and "data-read-only" in rep.codes
    assert any(h.id == "securities-storage-30h" for h in kb2.search("证券").hits)
    rep = KnowledgeBase(cases_copy, data_dir).load()  # the window's load
    assert "data-read-only" in rep.codes and rep.cases > 0
