"""The Whoosh index: schema, full and incremental builds, and recovery from a bad index.

The index is derived data: it lives in the user data dir (never inside cases/) and can be
thrown away at any time. A manifest beside it records the content hash of every indexed
file, so an update reindexes only what changed; a manifest from another index version, a
vocabulary change or an index that fails to open triggers a full rebuild, with a message.
"""
from __future__ import annotations

import json
import logging
import os
import shutil
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from whoosh import index as windex
from whoosh.fields import ID, KEYWORD, STORED, TEXT, Schema

from kb_app.core.analysis import text
from kb_app.core.analysis.profile import analyse
from kb_app.core.domain import Case, Lesson
from kb_app.core.fsutil import atomic_write, lock_holder  # noqa: F401 - lock_holder re-exported
from kb_app.core.analysis.vocab import Vocab
from . import whoosh_io

whoosh_io.install()  # segments read through the mapping, not copied per reader (see whoosh_io)

log = logging.getLogger(__name__)

# Bump when the schema, the analyzer or the derived features change: old indexes are rebuilt.
INDEX_VERSION = 13  # 11/12: negations kept apart (field `negated`), situations, stake words, English vocabulary by
#     stems, merged with main (issue 16); 13: no stored term counts, the engine reads them from the posting
#     lists (issue 17), merged with issue 16
MANIFEST = "manifest.json"

Progress = Callable[[int, int, str], None]  # (done, total, message)
Cancel = Callable[[], bool]

FIELD_BOOSTS = {"title": 3.0, "meta": 2.0, "outcome": 1.5, "body": 1.0}
NEGATED_BOOST = 0.1  # words the case says did not happen ("無資料遺失"): found, but ranked after real mentions


def make_schema() -> Schema:
    """Text fields hold terms from the one analyzer (text.terms), joined by spaces: every
    document is analyzed once in case_document. `length` stores the number of the case's title
    and body terms (the precedent engine's length normalisation; each term's count it reads from
    the title and body posting lists, retrieval.bulk.term_counts); `raw` keeps the body as
    written, for snippets."""
    pre = text.pre_analyzed()
    return Schema(
        id=ID(stored=True, unique=True),
        title=TEXT(analyzer=pre, stored=False, phrase=False, field_boost=FIELD_BOOSTS["title"]),
        meta=TEXT(analyzer=pre, phrase=False, field_boost=FIELD_BOOSTS["meta"]),
        outcome=TEXT(analyzer=pre, phrase=False, field_boost=FIELD_BOOSTS["outcome"]),
        body=TEXT(analyzer=pre, phrase=False),
        negated=TEXT(analyzer=pre, phrase=False),  # words inside negations ("no data was lost", 未造成数据丢失)
        bigram=TEXT(analyzer=pre, phrase=False),
        kind=ID(stored=True),
        skills=KEYWORD(stored=True, commas=True),
        status=ID(stored=True),
        language=ID(stored=True),
        date=ID(stored=True, sortable=True),
        industry=ID(stored=True),
        stakes=KEYWORD(stored=True, commas=True),
        concepts=KEYWORD(stored=True, commas=True),
        concept_terms=STORED,  # glossary group / "s:" situation -> the case's own words for it (true reasons)
        stake_terms=STORED,    # stake -> the case's own words that carry it
        name=STORED,
        raw=STORED,
        length=STORED,
        content_size=STORED,  # distinct content words of title and body (no filler, no fragments)
        summary=STORED,
        lessons=STORED,
        severity=STORED,
        path=STORED,
    )


class IndexCancelled(Exception):
    pass


# -- integrity (feat/state) ------------------------------------------------------------------------
# The manifest records the size and checksum of every index file (Whoosh's TOC and segments). They
# are verified when the index is opened (by the loader, off the UI thread; again only when a file's
# size or mtime changed), and any read error during a search marks the index corrupt: either way
# the next load rebuilds it, with a message. Leftovers of interrupted builds are removed.

class IndexCorrupt(Exception):
    """The index could not be read as written: it is rebuilt on the next load."""

    code = "index-corrupt"


class IndexLocked(Exception):
    """Another process writes the index; the message says which."""

    code = "index-locked"


WRITER_TIMEOUT = 30.0  # s an incremental update waits for Whoosh's write lock


def _is_index_file(name: str) -> bool:
    return not name.startswith(".") and name != MANIFEST and not name.endswith("WRITELOCK")


def file_sums(d: Path, known: dict | None = None) -> dict[str, list]:
    """{file name: [size, blake2b]} of every index file in d. `known` ({name: (size, mtime_ns,
    ctime_ns, inode, digest)}, filled in here) saves hashing a file again whose size, mtime, ctime and
    inode have not changed since it was hashed: Whoosh never rewrites a segment file, so after an
    update only the new files are read (a one-file change at 10,000 cases hashed 50 MB), and a new
    process trusts what the manifest recorded when it wrote them (issue 17: a cold `kb search` hashed
    40 MB). Any write through the file system, a copy or a restore changes the ctime (which no
    program can set back) or the inode, so the file is hashed again."""
    import hashlib

    out = {}
    for p in sorted(Path(d).iterdir()):
        if not _is_index_file(p.name) or not p.is_file():
            continue
        st = p.stat()
        now = (st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino)
        seen = (known or {}).get(p.name)
        if seen is not None and tuple(seen[:4]) == now:
            out[p.name] = [st.st_size, seen[4]]
            continue
        h = hashlib.blake2b(digest_size=16)
        with open(p, "rb") as f:
            for chunk in iter(lambda: f.read(1 << 20), b""):
                h.update(chunk)
        out[p.name] = [st.st_size, h.hexdigest()]
        if known is not None:
            known[p.name] = (*now, out[p.name][1])
    return out


def _recorded(files: dict, stat) -> dict:
    """The manifest's record, as file_sums' `known`: {name: (size, mtime_ns, ctime_ns, inode, digest)}."""
    out = {}
    if not isinstance(stat, dict):
        return out
    for name, rec in files.items():
        st = stat.get(name)
        if isinstance(st, list) and len(st) == 3 and isinstance(rec, list) and len(rec) == 2:
            out[name] = (rec[0], *st, rec[1])
    return out


def _stat_sig(d: Path) -> tuple:
    sig = []
    for p in sorted(Path(d).iterdir()):
        if _is_index_file(p.name) or p.name == MANIFEST:
            st = p.stat()
            sig.append((p.name, st.st_size, st.st_mtime_ns))
    return tuple(sig)


def remove_leftovers(index_dir: Path) -> list[str]:
    """Remove what interrupted builds left beside the index (index.building-*, index.old-*).
    Call only while holding the library's update lock: a build in progress is never touched."""
    index_dir = Path(index_dir)
    gone = []
    if not index_dir.parent.is_dir():
        return gone
    for p in index_dir.parent.iterdir():
        if p.is_dir() and (p.name.startswith(index_dir.name + ".building-") or p.name.startswith(index_dir.name + ".old-")):
            shutil.rmtree(p, ignore_errors=True)
            if not p.exists():
                gone.append(p.name)
    return gone


# -- why_rebuild() reasons by code (issue 11 §8: the window words them; the English is for the CLI) --
REBUILD_REASONS = ("rebuild-requested", "index-missing", "index-incomplete", "index-other-version",
                   "vocab-changed", "index-damaged", "index-unopenable")


def rebuild_reason_code(reason: str) -> tuple[str, str]:
    """(code, detail) of a why_rebuild() reason; code is one of REBUILD_REASONS ("" if unknown)."""
    def detail(prefix: str) -> str:
        rest = reason[len(prefix):].strip(" :")
        return rest[1:-1] if rest.startswith("(") and rest.endswith(")") else rest

    for prefix, code in (("rebuild requested", "rebuild-requested"), ("no index yet", "index-missing"),
                         ("the index is missing or incomplete", "index-incomplete"),
                         ("the index was made by another version", "index-other-version"),
                         ("the vocabularies changed", "vocab-changed"), ("the index is damaged", "index-damaged"),
                         ("the index could not be opened", "index-unopenable")):
        if reason.startswith(prefix):
            return code, detail(prefix)
    return "", reason


@dataclass
class IndexReport:
    added: int = 0
    updated: int = 0
    removed: int = 0
    rebuilt: bool = False
    reason: str = ""
    seconds: float = 0.0
    messages: list[str] = field(default_factory=list)
    changed_ids: list[str] = field(default_factory=list)
    removed_ids: list[str] = field(default_factory=list)
    coded: dict = field(default_factory=dict)  # message -> (code, args): a UI words it in its language

    @property
    def changed(self) -> int:
        return self.added + self.updated + self.removed


def case_document(case: Case, lessons: dict[str, Lesson], vocab: Vocab) -> dict:
    """The fields of one case's index document (and its similarity features)."""
    def labels(table, key):
        entry = getattr(vocab, table).get(key) or {}
        return " ".join((entry.get("label") or {}).values()) or key

    lesson_titles = " ".join(lessons[l].title for l in case.lessons if l in lessons)
    meta = " ".join([labels("kinds", case.kind), " ".join(labels("skills", s) for s in case.soft_skills),
                     " ".join(case.tags), labels("industries", case.industry) if case.industry else ""])
    outcome_labels = " ".join([labels("outcomes", case.outcome.status), lesson_titles])
    # only a declared industry counts: guessed from the text it mis-tags too often ("broker" in
    # a Kafka outage is not a securities firm)
    industry = case.industry
    # the case's declared script decides how an ambiguous regional word reads (Taiwan 程序 = 进程)
    script = {"zh-Hant": "hant", "zh-Hans": "hans"}.get(case.language) or text.script_of(case.title + case.body)
    # each part read once, with the vocabularies: what it finds (stakes, concepts, situations, each with the
    # words that carried it) and what it negates ("無資料遺失": kept out of the body, in `negated`)
    parts = [analyse(t, vocab, script=script, language=case.language)
             for t in (case.title, " ".join(case.tags), case.body, case.outcome.summary)]
    title, tags, body, summary = parts
    feats = merged_features(parts)
    title_terms, title_neg = title.split_terms()
    body_terms, body_neg = body.split_terms()
    summary_terms, summary_neg = summary.split_terms()
    counts: dict[str, int] = {}
    for t in title_terms + body_terms:
        counts[t] = counts.get(t, 0) + 1
    return dict(
        id=case.id, name=case.title, title=" ".join(title_terms), meta=" ".join(text.terms(meta)),
        outcome=" ".join(text.terms(outcome_labels) + summary_terms), body=" ".join(body_terms),
        negated=" ".join(title_neg + body_neg + summary_neg),
        bigram=" ".join(title.bigrams() + body.bigrams()), raw=case.body,
        length=len(title_terms) + len(body_terms),
        content_size=sum(1 for t in counts if text.is_content(t)),
        kind=case.kind, skills=",".join(case.soft_skills),
        status=case.outcome.status, language=case.language, date=case.date or "0000-00-00",
        industry=industry or "", stakes=",".join(sorted(feats["stake"])),
        concepts=",".join(sorted(feats["concept"], key=int) + [SITUATION + k for k in sorted(feats["situation"])]),
        concept_terms={**feats["concept"], **{SITUATION + k: v for k, v in feats["situation"].items()}},
        stake_terms=dict(feats["stake"]),
        summary=case.outcome.summary,
        lessons=list(case.lessons), severity=case.severity, path=str(case.path),
    )


SMALL_SEGMENT = 500   # documents: a segment an incremental update wrote
SMALL_SEGMENTS = 8    # ... merged once there are this many


def _merge_policy(writer, segments):
    """Whoosh's MERGE_SMALL re-merged the small segments of earlier updates at every commit (a
    one-file change at 10,000 cases rewrote up to ~50 documents' postings); here they are left
    alone until SMALL_SEGMENTS of them pile up, then merged as MERGE_SMALL would. Searches read
    every segment (retrieval/bulk.py), so a few small ones cost them next to nothing."""
    from whoosh.writing import MERGE_SMALL

    small = [s for s in segments if s.doc_count_all() < SMALL_SEGMENT]
    if len(small) < SMALL_SEGMENTS:
        return list(segments)
    return MERGE_SMALL(writer, segments)


SITUATION = "s:"  # situations share the `concepts` field with glossary groups, as "s:<slug>"


def merged_features(profiles) -> dict[str, dict[str, str]]:
    """{category: {key: the words that first carried it}} over several parts of one case."""
    out: dict[str, dict[str, str]] = {"stake": {}, "concept": {}, "situation": {}}
    for p in profiles:
        for cat, surfaces in (("stake", p.stake_surfaces), ("concept", p.concept_surfaces),
                              ("situation", p.situation_surfaces)):
            for k, w in surfaces.items():
                out[cat].setdefault(k, w)
    return out


class CaseIndex:
    """Owns one Whoosh index directory and its manifest."""

    def __init__(self, index_dir: Path):
        self.dir = Path(index_dir)
        self._ix = None
        self._verified = None  # stat signature of the files last verified (feat/state)
        self._sums: dict = {}  # {file: (size, mtime_ns, digest)} hashed in this process (file_sums)
        self._corrupt = ""  # a read error seen where the manifest could not be written

    # -- manifest ---------------------------------------------------------------------------
    def read_manifest(self) -> dict | None:
        """The manifest as on disk (parsed again only when the file changed; do not modify it)."""
        path = self.dir / MANIFEST
        try:
            st = os.stat(path)
            key = (st.st_mtime_ns, st.st_size, st.st_ino)
            cached = getattr(self, "_manifest", None)
            if cached is not None and cached[0] == key:
                return cached[1]
            m = json.loads(path.read_text("utf-8"))
            m = m if isinstance(m, dict) and isinstance(m.get("docs"), dict) else None
            self._manifest = (key, m)
            return m
        except (OSError, ValueError):
            return None

    def _write_manifest(self, docs: dict[str, str], vocab_digest: str) -> None:
        files = file_sums(self.dir, self._sums)
        # what each file's stat was when it was hashed: a later process hashes only what changed since
        stat = {n: list(self._sums[n][1:4]) for n in files if n in self._sums}
        atomic_write(self.dir / MANIFEST, json.dumps(
            {"version": INDEX_VERSION, "vocab": vocab_digest, "docs": docs, "files": files, "stat": stat},
            ensure_ascii=False))
        self._verified = _stat_sig(self.dir)

    def verify(self) -> str:
        """'' if every index file is as the manifest recorded it, else what is wrong."""
        m = self.read_manifest() or {}
        want = m.get("files")
        if m.get("corrupt"):
            return f"a search could not read it ({m['corrupt']})"
        if not isinstance(want, dict) or not want:
            return "it has no checksums"
        try:
            sig = _stat_sig(self.dir)
            if sig == getattr(self, "_verified", None):
                return ""
            self._sums = {}
            # kept only if every file is as recorded: a damaged one is never remembered
            fresh: dict = _recorded(want, m.get("stat"))
            have = file_sums(self.dir, fresh)
        except OSError as e:
            return f"it cannot be read ({e.strerror or e})"
        for name, (size, digest) in want.items():
            if name not in have:
                return f"{name} is missing"
            if have[name] != [size, digest]:
                return f"{name} is damaged (checksum)"
        extra = [n for n in have if n not in want and n.endswith(".toc")]
        if extra:
            return f"{extra[0]} was not recorded (an update was interrupted)"
        self._verified = sig
        self._sums = fresh
        return ""

    def mark_corrupt(self, reason: str) -> None:
        """A read failed: remember it (on disk if possible) so the next load rebuilds."""
        self._verified = None
        self._sums = {}
        self.close()
        m = self.read_manifest()
        if m is None:
            return
        m = dict(m, corrupt=reason[:300])
        try:
            atomic_write(self.dir / MANIFEST, json.dumps(m, ensure_ascii=False))
        except OSError:
            self._corrupt = reason

    # -- opening ----------------------------------------------------------------------------
    def open(self):
        """Open the index, or raise if it is missing or unreadable."""
        if self._ix is None:
            self._ix = windex.open_dir(str(self.dir))
            # touch it: a truncated segment fails here, not in the middle of a search
            with self._ix.reader() as r:
                r.doc_count()
        return self._ix

    def close(self) -> None:
        if self._ix is not None:
            self._ix.close()
            self._ix = None

    def why_rebuild(self, vocab: Vocab) -> str:
        m = self.read_manifest()
        if not self.dir.exists():
            return "no index yet"
        if m is None:
            return "the index is missing or incomplete"
        if m.get("version") != INDEX_VERSION:
            return f"the index was made by another version ({m.get('version')} -> {INDEX_VERSION})"
        if m.get("vocab") != vocab.digest:
            return "the vocabularies changed"
        bad = getattr(self, "_corrupt", "") and f"a search could not read it ({self._corrupt})"
        bad = bad or self.verify()
        if bad:
            self.close()
            return f"the index is damaged: {bad}"
        try:
            self.open()
        except Exception as e:  # noqa: BLE001 - any failure to open means: rebuild
            self.close()
            return f"the index could not be opened ({type(e).__name__}: {e})"
        return ""

    # -- building ---------------------------------------------------------------------------
    def sync(self, cases: dict[str, Case], lessons: dict[str, Lesson], vocab: Vocab,
             progress: Progress | None = None, cancel: Cancel | None = None, force: bool = False,
             keep_under: Iterable[str] = (), workers: int = 0) -> IndexReport:
        """Bring the index in line with `cases`: full rebuild when needed, else only the changes.
        A full rebuild analyses on `workers` processes (0: in this one; storage.maintenance decides)."""
        t0 = time.perf_counter()
        report = IndexReport()
        reason = "rebuild requested" if force else self.why_rebuild(vocab)
        lesson_digest = {l.id: l.digest for l in lessons.values()}

        wanted = self._wanted(cases, lesson_digest)
        if reason:
            report.rebuilt, report.reason = True, reason
            if reason not in ("no index yet",):
                report.messages.append(f"Rebuilding the search index: {reason}.")
                report.coded[report.messages[-1]] = ("index-rebuilding", rebuild_reason_code(reason))
            self._rebuild(cases, lessons, vocab, wanted, progress, cancel, workers)
            report.added = len(cases)
        else:
            have = self.read_manifest()["docs"]
            changed = [cid for cid, d in wanted.items() if have.get(cid) != d]
            removed = [cid for cid in have if cid not in wanted]
            keep_under = [str(d).rstrip(os.sep) + os.sep for d in keep_under]
            if removed and keep_under:  # a folder that could not be read is not a folder emptied
                with self.open().searcher() as s:
                    kept = [cid for cid in removed
                            if str((s.document(id=cid) or {}).get("path", "")).startswith(tuple(keep_under))]
                for cid in kept:
                    wanted[cid] = have[cid]
                removed = [cid for cid in removed if cid not in kept]
            if changed or removed:
                ix = self.open()
                try:
                    w = ix.writer(limitmb=128, timeout=WRITER_TIMEOUT, delay=0.25)
                except windex.LockError:
                    raise IndexLocked(f"the search index {self.dir} is being written by "
                                      f"{lock_holder(self.dir / 'MAIN_WRITELOCK')}; try again when it "
                                      "has finished") from None
                try:
                    for i, cid in enumerate(changed):
                        if cancel and cancel():
                            raise IndexCancelled()
                        w.update_document(**case_document(cases[cid], lessons, vocab))
                        if progress:
                            progress(i + 1, len(changed), cid)
                    for cid in removed:
                        w.delete_by_term("id", cid)
                except BaseException:
                    w.cancel()
                    raise
                w.commit(mergetype=_merge_policy)
                self._write_manifest(wanted, vocab.digest)
                report.added = sum(1 for c in changed if c not in have)
                report.updated = len(changed) - report.added
                report.removed = len(removed)
                report.changed_ids, report.removed_ids = changed, removed
        report.seconds = time.perf_counter() - t0
        return report

    def _wanted(self, cases: dict[str, Case], lesson_digest: dict[str, str]) -> dict[str, str]:
        """{case id: digest of its document}: the case's own digest and its lessons' (a case's document
        also shows its lessons' titles). Kept for the case objects a load reused (the same object is the
        same file), so a one-file change computes one entry, not 10,000."""
        before, known = getattr(self, "_wanted_memo", (None, {}))
        if before != lesson_digest:
            known = {}
        out, memo = {}, {}
        for cid, c in cases.items():
            hit = known.get(cid)
            if hit is not None and hit[0] is c:
                d = hit[1]
            else:
                d = c.digest + "".join([lesson_digest.get(l, "-") for l in c.lessons]) if c.lessons else c.digest
            out[cid] = d
            memo[cid] = (c, d)
        self._wanted_memo = (dict(lesson_digest), memo)
        return out

    def _rebuild(self, cases, lessons, vocab, wanted, progress, cancel, workers=0) -> None:
        from . import build

        self.close()
        self._corrupt = ""
        self._sums = {}
        self.dir.parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=self.dir.name + ".building-", dir=self.dir.parent))
        try:
            ix = windex.create_in(str(tmp), make_schema())
            try:
                build.build(ix, list(cases.values()), lessons, vocab, case_document, make_schema, workers,
                            progress, cancel)
            except build.Cancelled:
                raise IndexCancelled() from None
            except build.Unsupported as e:  # a field the bulk writer cannot write: Whoosh's writer
                log.warning("bulk index build not possible (%s); using Whoosh's writer", e)
                ix.close()
                shutil.rmtree(tmp, ignore_errors=True)
                tmp.mkdir()
                ix = windex.create_in(str(tmp), make_schema())
                self._plain_build(ix, cases, lessons, vocab, progress, cancel)
        except BaseException:
            try:
                ix.close()
            except Exception:  # noqa: BLE001
                pass
            shutil.rmtree(tmp, ignore_errors=True)
            raise
        ix.close()
        # the finished index replaces the old one only now: a cancelled build leaves the old intact
        old = Path(tempfile.mkdtemp(prefix=self.dir.name + ".old-", dir=self.dir.parent))
        old.rmdir()
        if self.dir.exists():
            self.dir.rename(old)
        tmp.rename(self.dir)
        shutil.rmtree(old, ignore_errors=True)
        self._write_manifest(wanted, vocab.digest)

    @staticmethod
    def _plain_build(ix, cases, lessons, vocab, progress, cancel) -> None:
        """One document at a time through Whoosh's writer (the bulk writer's fallback)."""
        w = ix.writer(limitmb=64)
        total = len(cases)
        try:
            for i, case in enumerate(cases.values()):
                if cancel and cancel():
                    raise IndexCancelled()
                w.add_document(**case_document(case, lessons, vocab))
                if progress and (i % 25 == 0 or i + 1 == total):
                    progress(i + 1, total, case.id)
            w.commit()
        except BaseException:
            w.cancel()
            raise


# -- the cases of a folder that cannot be read, as the previous index holds them (feat/rebuild) ------
def stored_cases(index: CaseIndex, folders: Iterable[str]) -> dict[str, Case]:
    """The cases the index holds for files under `folders`, rebuilt from their stored fields
    (title, body as written, kind, skills, outcome, lessons ...; tags and related links are not
    stored, so they are missing). Raises if the index cannot be opened or read."""
    from kb_app.core.domain import Outcome

    under = tuple(str(d).rstrip(os.sep) + os.sep for d in folders)
    out: dict[str, Case] = {}
    if not under:
        return out
    with index.open().reader() as r:
        for _, d in r.iter_docs():
            path = str(d.get("path") or "")
            if not d.get("id") or not path.startswith(under):
                continue
            date = d.get("date") or ""
            out[d["id"]] = Case(
                id=d["id"], title=d.get("name") or d["id"], kind=d.get("kind") or "", body=d.get("raw") or "",
                path=Path(path), date="" if date == "0000-00-00" else date, industry=d.get("industry") or "",
                severity=d.get("severity") or "", soft_skills=[s for s in (d.get("skills") or "").split(",") if s],
                outcome=Outcome(d.get("status") or "unknown", d.get("summary") or ""),
                lessons=list(d.get("lessons") or []), language=d.get("language") or "")
    return out
