"""Segments are read through the mapping (retrieval.whoosh_io): the view must read exactly as the
BytesIO copy it replaces, and an index must search the same through it."""
from __future__ import annotations

import io
import os
import random

import pytest

from kb_app.core.retrieval import whoosh_io


def test_view_reads_as_bytesio_does():
    rnd = random.Random(5)
    data = bytes(rnd.randrange(256) for _ in range(5000)) + b"line one\nline two\n"
    view, ref = whoosh_io._View(memoryview(data)), io.BytesIO(data)
    for _ in range(3000):
        op = rnd.choice(["read", "seek", "seek_cur", "seek_end", "readline", "tell"])
        if op == "read":
            n = rnd.choice([-1, 0, 1, 7, 100, 9000])
            assert view.read(n) == ref.read(n)
        elif op == "seek":
            p = rnd.randrange(len(data) + 50)
            assert view.seek(p) == ref.seek(p)
        elif op == "seek_cur":
            d = rnd.randrange(-300, 200)
            assert view.seek(d, os.SEEK_CUR) == ref.seek(d, os.SEEK_CUR)
        elif op == "seek_end":
            d = -rnd.randrange(0, 6000)
            assert view.seek(d, os.SEEK_END) == ref.seek(d, os.SEEK_END)
        elif op == "readline":
            assert view.readline() == ref.readline()
        assert view.tell() == ref.tell()
    for f in (view, ref):
        with pytest.raises(ValueError):
            f.seek(-1)
        with pytest.raises(ValueError):
            f.seek(0, 7)
    with pytest.raises(OSError):
        view.write(b"x")
    view.close(), ref.close()
    for f in (view, ref):
        for call in (f.tell, f.read, lambda: f.seek(0)):
            with pytest.raises(ValueError):
                call()


def test_an_index_opens_its_segments_without_copying(tmp_path):
    from whoosh import fields, index
    from whoosh.qparser import QueryParser

    import kb_app.core.retrieval.index  # noqa: F401 - installs the view

    ix = index.create_in(str(tmp_path), fields.Schema(id=fields.ID(stored=True), body=fields.TEXT))
    w = ix.writer()
    for i in range(300):
        w.add_document(id=str(i), body=f"storage array {i % 7} controller firmware {'lost' if i % 3 else 'kept'}")
    w.commit()
    with ix.searcher() as s:
        terms = s.reader()._terms  # Whoosh's terms reader: its terms and postings parts
        files = [terms._dbfile, terms._postfile]
        hits = [h["id"] for h in s.search(QueryParser("body", ix.schema).parse("controller kept"), limit=None)]
    assert sorted(hits, key=int) == [str(i) for i in range(0, 300, 3)]
    assert files and all(isinstance(f, whoosh_io.ViewBufferFile) for f in files)
