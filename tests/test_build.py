"""Full builds (retrieval/build.py): the bulk writer writes what Whoosh's own writer writes.

Same cases, two indexes: one through Whoosh's writer a document at a time, one through the bulk
writer (analysis here or in worker processes). They must hold the same stored documents, field
lengths, terms, posting lists (documents, weights, frequencies) and term statistics.
"""
from __future__ import annotations

import shutil
import sys
import threading
from pathlib import Path

import pytest
from whoosh import index as windex

from kb_app.core.cases.parsing import load_corpus
from kb_app.core.analysis.vocab import load_vocab
from kb_app.core.retrieval import build, bulk
from kb_app.core.retrieval.index import CaseIndex, IndexCancelled, case_document, make_schema
from kb_app.core.service import KnowledgeBase

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def corpus300(tmp_path_factory):
    sys.path.insert(0, str(ROOT))
    from bench.make_corpus import generate

    cases = generate(tmp_path_factory.mktemp("gen") / "cases", 300)
    vocab, _ = load_vocab(cases)
    return vocab, load_corpus(cases, vocab)


@pytest.fixture(scope="module")
def bundled():
    vocab, _ = load_vocab(ROOT / "cases")
    return vocab, load_corpus(ROOT / "cases", vocab)


def _plain(tmp, vocab, corpus):
    ix = windex.create_in(str(tmp), make_schema())
    CaseIndex._plain_build(ix, corpus.cases, corpus.lessons, vocab, None, None)
    return windex.open_dir(str(tmp))


def _bulk(tmp, vocab, corpus, workers=0, **kw):
    ix = windex.create_in(str(tmp), make_schema())
    try:
        build.build(ix, list(corpus.cases.values()), corpus.lessons, vocab, case_document, make_schema, workers, **kw)
    except build.Cancelled:
        ix.close()
        raise IndexCancelled() from None
    return windex.open_dir(str(tmp))


def _content(ix) -> dict:
    """Everything a reader can tell about an index, by case id (not document number)."""
    out = {"postings": {}, "terms": {}, "docs": {}, "lengths": {}}
    with ix.reader() as r:
        ids = {}
        for docnum, stored in r.iter_docs():
            ids[docnum] = stored["id"]
            out["docs"][stored["id"]] = stored
        schema = r.schema
        scorable = [n for n in schema.names() if schema[n].scorable]
        for docnum, cid in ids.items():
            out["lengths"][cid] = tuple(r.doc_field_length(docnum, f, 0) for f in scorable)
        out["field_lengths"] = {f: r.field_length(f) for f in scorable}
        out["count"] = (r.doc_count(), r.doc_count_all())
        for fieldname, tbytes in r.all_terms():
            ti = r.term_info(fieldname, tbytes)
            out["terms"][(fieldname, tbytes)] = (ti.doc_frequency(), ti.weight(), ti.min_length(), ti.max_length(),
                                                 ti.max_weight())
            m = r.postings(fieldname, tbytes)
            post = []
            while m.is_active():
                post.append((ids[m.id()], m.weight(), m.value()))
                m.next()
            out["postings"][(fieldname, tbytes)] = sorted(post)
    return out


def _assert_same(a, b):
    assert a["count"] == b["count"]
    assert a["docs"] == b["docs"]
    assert a["lengths"] == b["lengths"]
    assert a["field_lengths"] == b["field_lengths"]
    assert a["terms"].keys() == b["terms"].keys()
    assert a["terms"] == b["terms"]
    assert a["postings"] == b["postings"]


@pytest.mark.parametrize("which", ["bundled", "corpus300"])
def test_the_bulk_writer_writes_what_whooshs_writer_writes(tmp_path, request, which):
    vocab, corpus = request.getfixturevalue(which)
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    plain, fast = _plain(tmp_path / "a", vocab, corpus), _bulk(tmp_path / "b", vocab, corpus)
    try:
        _assert_same(_content(plain), _content(fast))
        assert len(fast._segments()) == 1
    finally:
        plain.close()
        fast.close()


def test_worker_processes_build_the_same_index(tmp_path, corpus300):
    vocab, corpus = corpus300
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    seen = []
    here = _bulk(tmp_path / "a", vocab, corpus)
    there = _bulk(tmp_path / "b", vocab, corpus, workers=2, progress=lambda d, t, m: seen.append((d, t)))
    try:
        _assert_same(_content(here), _content(there))
    finally:
        here.close()
        there.close()
    assert seen[-1] == (300, 300) and [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_a_large_build_is_written_in_several_segments_that_search_alike(tmp_path, corpus300, monkeypatch):
    vocab, corpus = corpus300
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    one = _bulk(tmp_path / "a", vocab, corpus)
    monkeypatch.setattr(build, "SEGMENT_POSTINGS", 40_000)
    several = _bulk(tmp_path / "b", vocab, corpus)
    try:
        assert len(several._segments()) > 2
        a, b = _content(one), _content(several)
        a.pop("terms"), b.pop("terms")  # per-segment statistics differ; the postings do not
        _assert_same({**a, "terms": {}}, {**b, "terms": {}})
        from whoosh import query as Q

        with one.searcher() as s1, several.searcher() as s2:
            for word in ("存储", "故障", "数据", "客户", "storage", "outage"):
                q = Q.Or([Q.Term(f, word, boost=w) for f, w in (("title", 3.0), ("body", 1.0))])
                r1 = [(h["id"], round(h.score, 9)) for h in bulk.search(s1, q, limit=20)]
                r2 = [(h["id"], round(h.score, 9)) for h in bulk.search(s2, q, limit=20)]
                assert r1 == r2
    finally:
        one.close()
        several.close()


def test_cancelling_a_parallel_build_stops_it_and_its_workers(tmp_path, corpus300):
    vocab, corpus = corpus300
    (tmp_path / "a").mkdir()
    seen = []
    with pytest.raises(IndexCancelled):
        _bulk(tmp_path / "a", vocab, corpus, workers=2, progress=lambda d, t, m: seen.append(d),
              cancel=lambda: len(seen) >= 2)
    assert seen and seen[-1] < 300
    assert not [t for t in threading.enumerate() if t.name.startswith("kb-build-") and t.is_alive()
                and not t.daemon]


def test_workers_that_cannot_start_leave_the_build_to_this_process(tmp_path, corpus300, monkeypatch):
    vocab, corpus = corpus300
    monkeypatch.setattr(build, "worker_command", lambda: [sys.executable, "-c", "import sys; sys.exit(3)"])
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    fast = _bulk(tmp_path / "a", vocab, corpus, workers=2)
    here = _bulk(tmp_path / "b", vocab, corpus)
    try:
        _assert_same(_content(fast), _content(here))
    finally:
        fast.close()
        here.close()


def test_a_bulk_built_index_takes_incremental_updates(tmp_path):
    cases = tmp_path / "cases"
    shutil.copytree(ROOT / "cases", cases)
    kb = KnowledgeBase(cases, tmp_path / "data")
    try:
        assert kb.load().index.rebuilt
        victim = sorted(cases.glob("*.md"))[3]
        victim.write_text(victim.read_text("utf-8") + "\n\n独一无二的追加词语甲乙丙。\n", "utf-8")
        rep = kb.load()
        assert rep.index.updated == 1 and not rep.index.rebuilt
        assert [h.id for h in kb.search("甲乙丙").hits] == [victim.stem]
        assert kb.index.verify() == ""
    finally:
        kb.close()
