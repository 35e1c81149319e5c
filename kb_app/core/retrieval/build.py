"""Full index builds on every core (issue 17): analysis in worker processes, one bulk segment writer.

A 10,000-case build spent ~30% of its time analysing (folding, segmentation, concepts) and ~70% in
Whoosh's writer: every posting pickled to a sort run, read back, merged, and handed one by one to
the codec, which looked up the document's field length for each. Here:

  * the cases are analysed in chunks (`prepare_chunk`: index.case_document, then each field's terms
    as Whoosh's own field.index gives them), in worker processes above a size the caller chooses;
    each worker loads the analyzer (OpenCC, rjieba, the regional table, the vocabularies) once;
  * one writer in this process (`BulkSegmentWriter`) writes each document's stored fields, lengths
    and columns through Whoosh's per-document writer, and collects the postings as numpy arrays;
    at the end it sorts them per field (term bytes, then document) and writes each posting list
    through Whoosh's own postings writer a whole block (128 postings) at a time, so the files are
    Whoosh's format, block for block, as its writer would make them;
  * a segment holds at most SEGMENT_POSTINGS postings (memory); a bigger library gets several.

tests/test_build.py holds a bulk-built index to one Whoosh's writer builds from the same cases:
the same stored documents, lengths, terms, posting lists and term statistics.
"""
from __future__ import annotations

import logging
import os
from array import array
from collections import Counter
from typing import Callable

import numpy as np
from whoosh import formats
from whoosh.columns import VarBytesColumn
from whoosh.system import emptybytes
from whoosh.util.numeric import byte_to_length, length_to_byte

from kb_app.core.analysis import text

log = logging.getLogger(__name__)
SEGMENT_POSTINGS = 8_000_000   # postings held before a segment is written (~100 MB of arrays)
CHUNK = 48                     # cases analysed per task


class Unsupported(Exception):
    """A field this writer does not know how to write in bulk: build with Whoosh's writer."""


class Cancelled(Exception):
    """The caller's cancel() said stop (index.py raises its IndexCancelled for it)."""


# -- analysis (in a worker process, or here) -----------------------------------------------------------
_state: dict = {}


def init_worker(vocab, lessons, document, make_schema) -> None:
    """Load the analyzer once per worker: the vocabularies (and their regional word table), the
    lessons' titles, the segmenter and OpenCC. `document(case, lessons, vocab)` gives a case's index
    fields and `make_schema()` the schema (index.case_document and index.make_schema, passed by name)."""
    from kb_app.core.analysis import vocab as vocab_mod

    vocab_mod._install_regional(vocab.regional)
    _state.update(vocab=vocab, lessons=lessons, schema=make_schema(), document=document)
    text.warm_up()


def _value_kind(field) -> str:
    fmt = field.format
    if type(fmt) is formats.Frequency:
        return "freq"
    if type(fmt) is formats.Existence:
        return "none"
    raise Unsupported(f"format {type(fmt).__name__}")


def _field_items(field, value) -> list[tuple[str, int]]:
    """(term, frequency) of a field value, as field.index gives them (checked)."""
    kind = _value_kind(field)
    fb = field.format.field_boost
    if kind == "freq" and isinstance(field.analyzer, text.SpaceTokenizer) and isinstance(value, str):
        # pre-analysed terms joined by spaces: SpaceTokenizer splits them, Frequency counts them
        return list(Counter(value.split()).items())
    out = []
    for tbytes, freq, weight, vbytes in field.index(value):
        if weight != freq * fb or (vbytes != (formats.pack_uint(freq) if kind == "freq" else emptybytes)):
            raise Unsupported("a posting that is not its frequency times the field boost")
        out.append((tbytes.decode("utf-8"), freq))
    return out


def _stored_blob(stored: dict):
    """The stored fields as Whoosh's stored column writes them (pickled, then compressed), made
    here so the one writer only copies bytes; None where that column is not the one we know."""
    import pickle
    import zlib

    from whoosh import columns
    from whoosh.codec.whoosh3 import STORED_COLUMN

    child = getattr(STORED_COLUMN, "_child", None)
    if type(STORED_COLUMN) is not columns.PickleColumn or type(child) is not columns.CompressedBytesColumn \
            or getattr(child, "_module", "zlib") != "zlib":
        return None
    return zlib.compress(pickle.dumps(stored, 2), child._level)


def pack_documents(docs: list[dict], schema) -> dict:
    """The documents of a chunk as the writer needs them: per document its stored fields (as the
    stored column's bytes), the lengths of its scorable fields and its column values; per field
    the chunk's terms (str: their order is their UTF-8 bytes' order) and (term, document,
    frequency) arrays."""
    perdoc = []
    fields: dict[str, tuple[dict, list, list, list]] = {}
    for i, doc in enumerate(docs):
        stored, lengths, cols = {}, {}, {}
        for fieldname in sorted(n for n in doc if not n.startswith("_")):
            value = doc[fieldname]
            if value is None:
                continue
            field = schema[fieldname]
            if field.separate_spelling() or field.vector:
                raise Unsupported(f"{fieldname}: spelling or vectors")
            if field.indexed:
                items = _field_items(field, value)
                if items:
                    vmap, tids, dids, freqs = fields.setdefault(fieldname, ({}, [], [], []))
                    tids.extend([vmap.setdefault(t, len(vmap)) for t, _ in items])
                    dids.extend([i] * len(items))
                    freqs.extend([f for _, f in items])
                    if field.scorable:
                        length = sum(f for _, f in items)
                        if length:
                            lengths[fieldname] = length
            if field.stored:
                stored[fieldname] = value
            if field.column_type:
                cols[fieldname] = field.to_column_value(value)
        blob = _stored_blob(stored) if stored else None
        perdoc.append((blob if blob is not None else stored, lengths, cols))
    packed = {name: (list(v), np.array(t, np.int32), np.array(d, np.int32), np.array(f, np.int32))
              for name, (v, t, d, f) in fields.items()}
    return {"perdoc": perdoc, "fields": packed, "n": len(docs)}


def prepare_chunk(cases: list, cancel: Callable | None = None) -> dict:
    """Analyse a chunk of cases (in a worker: init_worker ran) into packed documents."""
    vocab, lessons, schema, document = _state["vocab"], _state["lessons"], _state["schema"], _state["document"]
    docs = []
    for c in cases:
        if cancel and cancel():
            raise Cancelled()
        docs.append(document(c, lessons, vocab))
    out = pack_documents(docs, schema)
    out["ids"] = [c.id for c in cases]
    return out


# -- the writer --------------------------------------------------------------------------------------------
_DECODED = np.array([byte_to_length(b) for b in range(256)], dtype=np.int64)


class BulkSegmentWriter:
    """Writes packed documents into new segments of a Whoosh index (one writer, this process)."""

    def __init__(self, ix, segment_postings: int | None = None):
        self.ix = ix
        self.budget = segment_postings or SEGMENT_POSTINGS
        self.cancel_check = None  # writing the postings stops between terms when this says so
        self.w = None
        self._start()

    def _start(self):
        self.w = self.ix.writer()
        self.schema = self.w.schema
        self.n = 0
        self.held = 0
        self.fields: dict[str, list] = {}    # name -> [term -> id, [tids], [docs], [freqs]]
        self.lengths: dict[str, array] = {}  # scorable field -> decoded length per document

    def add_packed(self, chunk: dict) -> None:
        w, pdw, schema = self.w, self.w.perdocwriter, self.schema
        base = self.n
        for stored, lengths, cols in chunk["perdoc"]:
            docnum = self.n
            pdw.start_doc(docnum)
            # what add_document hands the per-document writer: lengths of the scorable fields,
            # column values, the stored fields (the only other thing add_field does)
            for fieldname in sorted(set(lengths) | set(cols)):
                field = schema[fieldname]
                length = lengths.get(fieldname, 0)
                if length:
                    pdw.add_field(fieldname, field, None, length)
                    lens = self.lengths.setdefault(fieldname, array("q"))
                    if len(lens) < docnum:
                        lens.extend([0] * (docnum - len(lens)))
                    lens.append(int(_DECODED[length_to_byte(length)]))
                if fieldname in cols:
                    pdw.add_column_value(fieldname, field.column_type, cols[fieldname])
            if isinstance(stored, bytes):  # pickled and compressed in the worker: copied as it is
                pdw.finish_doc()
                VarBytesColumn.Writer.add(pdw._get_column("_stored")._child, docnum, stored)
            else:
                pdw._storedfields.update(stored)
                pdw.finish_doc()
            self.n += 1
        for fieldname, (terms, tids, dids, freqs) in chunk["fields"].items():
            entry = self.fields.setdefault(fieldname, [{}, [], [], []])  # terms as str
            tmap = entry[0]
            remap = np.fromiter((tmap.setdefault(t, len(tmap)) for t in terms), dtype=np.int32, count=len(terms))
            entry[1].append(remap[tids])
            entry[2].append(dids + base)
            entry[3].append(freqs)
            self.held += len(tids)
        w.docnum = self.n
        w._added = True
        if self.held >= self.budget:
            self._commit_segment()
            self._start()

    def commit(self) -> None:
        if self.n:
            self._commit_segment()
        else:
            self.w.cancel()
        self.w = None

    def cancel(self) -> None:
        if self.w is not None:
            self.w.cancel()
            self.w = None

    # -- one segment, as SegmentWriter.commit(merge=False) writes it ---------------------------------
    def _commit_segment(self) -> None:
        w = self.w
        segments = w._merge_segments(None, None, False)  # keep the segments written before
        w.perdocwriter.close()
        self._write_postings(w.fieldwriter)
        w.fieldwriter.close()
        w._close_segment()
        w._assemble_segment()
        segments.append(w.get_segment())
        w._commit_toc(segments)
        w._finish()

    def _write_postings(self, fw) -> None:
        schema = self.schema
        for fieldname in sorted(self.fields):
            tmap, tid_parts, doc_parts, freq_parts = self.fields.pop(fieldname)
            field = schema[fieldname]
            kind = _value_kind(field)
            fb = field.format.field_boost
            terms = list(tmap)
            del tmap
            tids = np.concatenate(tid_parts)
            docs = np.concatenate(doc_parts).astype(np.int64)
            freqs = np.concatenate(freq_parts)
            del tid_parts, doc_parts, freq_parts
            order = sorted(range(len(terms)), key=terms.__getitem__)   # terms in byte order
            rank = np.empty(len(terms), dtype=np.int64)
            rank[order] = np.arange(len(terms))
            keys = rank[tids]
            del tids
            perm = np.lexsort((docs, keys))
            keys, docs, freqs = keys[perm], docs[perm], freqs[perm]
            del perm
            bounds = np.flatnonzero(np.diff(keys)) + 1
            starts = np.concatenate(([0], bounds)).tolist()
            ends = np.concatenate((bounds, [len(keys)])).tolist()
            lens = None
            if field.scorable and fieldname in self.lengths:
                lens = np.frombuffer(self.lengths[fieldname], dtype=np.int64)
                if len(lens) < self.n:
                    lens = np.concatenate((lens, np.zeros(self.n - len(lens), np.int64)))
            weights = (freqs.astype(np.float64) * fb).astype(np.float32)  # freq * field boost, as Whoosh
            fw.start_field(fieldname, field)
            pw = fw._postwriter
            limit = pw._blocklimit
            for k, (s, e) in enumerate(zip(starts, ends)):
                if k % 2048 == 0 and self.cancel_check and self.cancel_check():
                    raise Cancelled()
                fw.start_term(terms[order[keys[s]]].encode("utf-8"))
                for b in range(s, e, limit):
                    be = min(b + limit, e)
                    _fill_block(pw, docs[b:be], weights[b:be], freqs[b:be], lens, kind)
                    if be < e:
                        pw._write_block()
                fw.finish_term()     # writes the last block (Whoosh's finish_postings)
            fw.finish_field()
        self.lengths.clear()
        self.held = 0


def _fill_block(pw, ids, weights, freqs, lens, kind) -> None:
    """Put a block of postings in Whoosh's postings writer as add_posting() would have."""
    pw._ids = array("I")
    pw._ids.frombytes(ids.astype(np.uint32).tobytes())
    pw._weights = array("f")
    pw._weights.frombytes(weights.tobytes())
    pw._values = [freqs.astype(">u4").tobytes()] if kind == "freq" else []
    pw._maxweight = max(0, float(weights.max()))
    if lens is None:
        pw._minlength, pw._maxlength = None, 0
    else:
        ls = lens[ids]
        ls = ls[ls > 0]
        pw._minlength = int(ls.min()) if len(ls) else None
        pw._maxlength = int(ls.max()) if len(ls) else 0


# -- the build ---------------------------------------------------------------------------------------------
def build(ix, cases: list, lessons: dict, vocab, document: Callable, make_schema: Callable, workers: int = 0,
          progress: Callable | None = None, cancel: Callable | None = None) -> None:
    """Index `cases` into the (empty) index `ix`: analysis on `workers` processes (0: here).
    `document` and `make_schema`: see init_worker. Raises Cancelled when cancel() says so."""
    init = (vocab, lessons, document, make_schema)
    writer = BulkSegmentWriter(ix)
    total = len(cases)
    chunks = [cases[i:i + CHUNK] for i in range(0, total, CHUNK)]
    state = {"done": 0, "chunks": 0}

    def add(packed):
        writer.add_packed(packed)
        state["done"] += packed["n"]
        state["chunks"] += 1
        if progress:
            progress(state["done"], total, packed["ids"][-1] if packed["ids"] else "")

    try:
        if workers > 0:
            try:
                for packed in _in_workers(chunks, init, workers, cancel):
                    add(packed)
            except _WorkersFailed as e:  # no worker could start (or one died): go on here
                log.warning("analysis workers failed (%s); analysing in this process", e)
        if state["chunks"] < len(chunks):
            init_worker(*init)
            for chunk in chunks[state["chunks"]:]:
                add(prepare_chunk(chunk, cancel))
        if cancel and cancel():
            raise Cancelled()
        writer.cancel_check = cancel
        writer.commit()
    except BaseException:
        writer.cancel()
        raise


class _WorkersFailed(Exception):
    pass


# -- worker processes ------------------------------------------------------------------------------------
# Plain child processes (`python -c ...`, or the frozen app with --analysis-worker) that speak framed
# pickles over their stdin/stdout: unlike multiprocessing's spawn they never re-run the caller's main
# module, so any script, the CLI and the window's index worker can build in parallel alike.

def worker_command() -> list[str]:
    import sys

    if getattr(sys, "frozen", False):
        return [sys.executable, "--analysis-worker"]
    return [sys.executable, "-c", "from kb_app.core.retrieval.build import worker_main; worker_main()"]


def _send(f, obj) -> None:
    import pickle

    data = pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)
    f.write(len(data).to_bytes(8, "little"))
    f.write(data)
    f.flush()


def _recv(f):
    import pickle

    head = f.read(8)
    if len(head) < 8:
        raise EOFError
    n = int.from_bytes(head, "little")
    data = f.read(n)
    if len(data) < n:
        raise EOFError
    return pickle.loads(data)


def worker_main() -> None:
    """A worker: ("init", vocab, lessons, document, make_schema), then ("chunk", seq, cases) -> ("ok", seq, packed), until EOF."""
    import sys
    import traceback

    out = os.fdopen(os.dup(sys.stdout.fileno()), "wb")
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())  # stray prints must not enter the pipe
    inp = sys.stdin.buffer
    while True:
        try:
            msg = _recv(inp)
        except EOFError:
            return
        if msg[0] == "init":
            init_worker(*msg[1:])
            _send(out, ("ready", -1, None))
        elif msg[0] == "chunk":
            try:
                _send(out, ("ok", msg[1], prepare_chunk(msg[2])))
            except Exception:  # noqa: BLE001 - the parent raises it
                _send(out, ("error", msg[1], traceback.format_exc()))


class _Worker:
    def __init__(self, results, init):
        import queue
        import subprocess
        import sys
        import threading

        import kb_app

        env = dict(os.environ)
        root = str(os.path.dirname(os.path.dirname(os.path.abspath(kb_app.__file__))))
        env["PYTHONPATH"] = root + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
        self.proc = subprocess.Popen(worker_command(), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     stderr=None, env=env, creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0))
        self.tasks: queue.Queue = queue.Queue()
        self.tasks.put(init)
        self.results = results
        self.inflight = 0
        threading.Thread(target=self._send_loop, daemon=True, name="kb-build-send").start()
        threading.Thread(target=self._recv_loop, daemon=True, name="kb-build-recv").start()
        del sys

    def _send_loop(self):
        try:
            while True:
                msg = self.tasks.get()
                if msg is None:
                    break
                _send(self.proc.stdin, msg)
            self.proc.stdin.close()
        except (OSError, ValueError):
            pass

    def _recv_loop(self):
        try:
            while True:
                self.results.put(_recv(self.proc.stdout))
        except (EOFError, OSError, ValueError):
            self.results.put(("died", -1, None))

    def submit(self, seq, cases):
        self.inflight += 1
        self.tasks.put(("chunk", seq, cases))

    def stop(self, kill=False):
        self.tasks.put(None)
        if kill and self.proc.poll() is None:
            self.proc.kill()
        try:
            self.proc.wait(10)
        except Exception:  # noqa: BLE001
            self.proc.kill()


def _in_workers(chunks, init, workers, cancel):
    """Packed chunks in order, analysed by `workers` child processes; at most two chunks per
    worker in flight, so memory stays flat."""
    import dataclasses
    import queue

    vocab, lessons, document, make_schema = init
    light = dataclasses.replace(vocab, _automaton=None, _tokens={})  # the matcher is rebuilt there
    results: queue.Queue = queue.Queue()
    try:
        pool = [_Worker(results, ("init", light, lessons, document, make_schema)) for _ in range(workers)]
    except OSError as e:
        raise _WorkersFailed(str(e)) from e
    owner: dict[int, _Worker] = {}
    ready: dict[int, dict] = {}
    nxt = 0      # next chunk to hand out
    want = 0     # next chunk to yield
    ok = False
    try:
        while want < len(chunks):
            for w in pool:
                while w.inflight < 2 and nxt < len(chunks) and nxt - want < 4 * workers:
                    w.submit(nxt, chunks[nxt])
                    owner[nxt] = w
                    nxt += 1
            while want in ready:
                packed = ready.pop(want)
                want += 1
                yield packed
            if want >= len(chunks):
                break
            if cancel and cancel():
                raise Cancelled()
            try:
                kind, seq, payload = results.get(timeout=0.1)
            except queue.Empty:
                continue
            if kind == "ready":
                continue
            if kind == "died":
                raise _WorkersFailed("an analysis worker stopped")
            if kind == "error":
                raise RuntimeError(f"analysing cases failed in a worker:\n{payload}")
            owner.pop(seq).inflight -= 1
            ready[seq] = payload
        ok = True
    except _WorkersFailed:
        raise
    finally:
        for w in pool:
            w.stop(kill=not ok)


def default_workers() -> int:
    """Worker processes for a large build: every core (the writer mostly waits for them)."""
    return max(1, os.cpu_count() or 1)
