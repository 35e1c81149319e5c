"""KnowledgeBase: the one API the CLI and the GUI call. Plain callbacks, no Qt.

    kb = KnowledgeBase(cases_dir, data_dir)
    report = kb.load(progress=cb)        # parse, index incrementally, rebuild kb.db
    kb.search("數據丟失"); kb.similar("证券客户存储阵列故障……")

Thread-safety: search/similar may be called from any worker thread; they share one Whoosh
searcher under a lock. load()/refresh() must not run concurrently with each other (the GUI
runs them on one serial worker).
"""
from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import logging
import os
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

try:
    import fcntl
except ImportError:  # Windows: no advisory locks; one app instance is the normal case there
    fcntl = None

from .. import paths
from kb_app.core.analysis import text
from kb_app.core.domain import Case, Lesson, Problem
from kb_app.core.retrieval.index import CaseIndex, IndexCorrupt, IndexReport
from kb_app.core.fsutil import atomic_write, remove_stale_temps
from kb_app.core.cases.parsing import Corpus, file_names, load_corpus, parse_case
from kb_app.core.retrieval.search import Filters, SearchResult, run_search
from kb_app.core.retrieval.similar import Engine, SimilarResult
from kb_app.core.analysis.vocab import Vocab, load_vocab, vocab_signature

if TYPE_CHECKING:
    from kb_app.core.storage.store import StateStore

log = logging.getLogger(__name__)

# -- a case folder that does not exist, by code (issue 11 §8: the window words it) -------------
class CaseFolderMissing(FileNotFoundError):
    code = "folder-missing"

    def __init__(self, cases_dir: Path):
        super().__init__(errno.ENOENT, f"case folder not found: {cases_dir}", str(cases_dir))

    def __str__(self) -> str:
        return self.strerror


# -- a data folder that cannot be written (feat/state) --------------------------------------------
_READ_ONLY_ERRNOS = {errno.EROFS, errno.EACCES, errno.EPERM}
_FULL_ERRNOS = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}  # a full disk: read what is there


def _open_lock(path: Path):
    return open(path, "a+")


class DataReadOnly(OSError):
    """The library's data folder cannot be written: search what is there, update nothing."""

    code = "data-read-only"

    def __init__(self, lib_dir: Path, error: OSError, usable: bool = True):
        self.lib_dir, self.error, self.usable = lib_dir, error, usable
        why = error.strerror or str(error)
        if usable:
            msg = (f"The data folder {lib_dir} cannot be written ({why}): searching the index as it is; "
                   "changes in the case folder are not indexed until it can be written.")
        else:
            msg = (f"The data folder {lib_dir} cannot be written ({why}) and has no usable index: "
                   "choose another data folder (--data) or make it writable.")
        super().__init__(error.errno, msg)

    def __str__(self) -> str:
        return self.strerror


@dataclass
class LoadReport:
    cases: int = 0
    lessons: int = 0
    problems: list[Problem] = field(default_factory=list)
    index: IndexReport | None = None
    messages: list[str] = field(default_factory=list)
    seconds: float = 0.0
    codes: list[str] = field(default_factory=list)  # what happened, whatever the wording (feat/state)
    notes: list[tuple[str, str]] = field(default_factory=list)  # (code, the English message) of those
    coded: dict = field(default_factory=dict)  # message -> (code, args): the window words it (issue 11 §8)

    def note(self, code: str, message: str, args: tuple = ()) -> None:
        self.codes.append(code)
        self.notes.append((code, message))
        self.messages.append(message)
        self.coded[message] = (code, tuple(args))

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.level == "error"]


_loads = 0


def _settle_gc() -> None:
    """Take what a load keeps (the corpus: 10,000 cases, their paths and problems) out of the cycle
    collector's way. Otherwise a full collection walks it all (~100 ms at 10,000 cases) every few
    loads: a one-file change doubles, and in the window the thread that happens to allocate (the
    UI thread, often) stalls. Frozen objects are still freed by reference counting when released;
    every 20th load collects first, so cycles released meanwhile are not kept."""
    import gc

    global _loads
    _loads += 1
    if _loads % 20 == 0:
        gc.unfreeze()
        gc.collect()
    gc.freeze()


def _parse_without_gc(fn, *args):
    """Parse the folder with the cycle collector off, then freeze what it made (gc.freeze). A full
    collection during the parse walked the new corpus holding the GIL (~55 ms at 10,000 cases: the
    window froze, bench/gui_typing.py); parsing makes no cyclic garbage (measured: nothing unreachable
    after 10,000 cases), so nothing is lost by not looking, and frozen objects are still freed by
    reference counting when the corpus is replaced."""
    import gc

    was = gc.isenabled()
    gc.disable()
    try:
        return fn(*args)
    finally:
        if was:
            gc.enable()
        gc.freeze()


def library_dir(data_dir: Path, cases_dir: Path) -> Path:
    """Derived data of one case folder: <data>/libraries/<folder name>-<hash of its path>."""
    key = hashlib.sha1(str(cases_dir).encode("utf-8")).hexdigest()[:10]
    safe = "".join(c if c.isalnum() or c in "-_" else "_" for c in cases_dir.name)[:40] or "cases"
    return Path(data_dir) / "libraries" / f"{safe}-{key}"


class KnowledgeBase:
    def __init__(self, cases_dir: Path | str | None = None, data_dir: Path | str | None = None):
        self.cases_dir = Path(cases_dir or paths.bundled_cases_dir()).expanduser().resolve()
        self.data_dir = Path(data_dir or paths.default_data_dir()).expanduser()
        self.lib_dir = library_dir(self.data_dir, self.cases_dir)
        self.index = CaseIndex(self.lib_dir / "index")
        self.kb_db_path = self.lib_dir / "kb.db"
        self.vocab: Vocab | None = None
        self.vocab_problems: list[Problem] = []
        self.corpus: Corpus | None = None
        self._state: StateStore | None = None
        self._searcher = None
        self._lock = threading.RLock()
        self._engine: Engine | None = None
        self._vocab_sig: tuple | None = None
        self._corpus_vocab: str | None = None
        self._swept = float("-inf")  # when stale temp files were last swept (remove_stale_temps)

    # -- lifecycle -------------------------------------------------------------------------------
    @property
    def state(self) -> StateStore:
        if self._state is None:
            from kb_app.core.storage.store import StateStore  # sqlite-utils: only commands that need state

            self._state = StateStore(self.data_dir / "state.db")
        return self._state

    def close(self) -> None:
        with self._lock:
            if self._searcher is not None:
                self._searcher.close()
                self._searcher = None
            self.index.close()
        if self._state is not None:
            self._state.close()
            self._state = None

    def warm_up(self) -> float:
        """Load the segmenter and OpenCC dictionaries and build the vocabulary matcher, so the
        first similar() a user waits for pays for none of it. Call it from a worker thread at
        start-up; returns the seconds taken."""
        t0 = time.perf_counter()
        text.warm_up()
        self._load_vocab().match("预热 warm-up")
        return time.perf_counter() - t0

    def _load_vocab(self) -> Vocab:
        """(Re)load the vocabularies when their files changed; else keep the ones in memory."""
        fallback = paths.bundled_cases_dir()
        fallback = fallback if fallback != self.cases_dir else None
        sig = vocab_signature(self.cases_dir, fallback)
        if self.vocab is not None and sig == self._vocab_sig:
            return self.vocab
        vocab, problems = load_vocab(self.cases_dir, fallback, cache=self.lib_dir / "vocab.cache")
        self.vocab, self.vocab_problems, self._vocab_sig = vocab, problems, sig
        self._engine = Engine(vocab)
        return vocab

    @contextlib.contextmanager
    def _exclusive(self, wait: bool = True, cancel=None):
        """One process at a time updates a library's derived data (an advisory file lock).

        The lock file names its holder (pid, command, since when) for the others' messages.
        Waiting polls, so a cancelled load (the window closing) never hangs on another process.
        A data folder that cannot be written raises DataReadOnly."""
        try:
            self.lib_dir.mkdir(parents=True, exist_ok=True)
            f = _open_lock(self.lib_dir / "update.lock")
        except OSError as e:
            if e.errno in _READ_ONLY_ERRNOS:
                raise DataReadOnly(self.lib_dir, e) from e
            raise
        with f:
            if fcntl is not None:
                if not wait:
                    fcntl.flock(f, fcntl.LOCK_EX | fcntl.LOCK_NB)
                else:
                    while True:
                        try:
                            fcntl.flock(f, fcntl.LOCK_EX | fcntl.LOCK_NB)
                            break
                        except BlockingIOError:
                            if cancel is not None and cancel():
                                from kb_app.core.retrieval.index import IndexCancelled

                                raise IndexCancelled() from None
                            time.sleep(0.1)
            try:
                try:
                    f.seek(0)
                    f.truncate()
                    f.write(json.dumps({"pid": os.getpid(), "command": " ".join(sys.argv)[:200],
                                        "since": time.strftime("%Y-%m-%d %H:%M:%S")}))
                    f.flush()
                except OSError:
                    pass
                yield
            finally:
                if fcntl is not None:
                    fcntl.flock(f, fcntl.LOCK_UN)

    def lock_holder(self) -> str:
        """Who updates this library now: 'pid 123 (kb index, since 10:02:03)', as well as known."""
        from kb_app.core.retrieval.index import lock_holder

        path = self.lib_dir / "update.lock"
        who = lock_holder(path)
        try:
            info = json.loads(path.read_text("utf-8") or "{}")
            if who == "another process" and info.get("pid"):
                who = f"pid {info['pid']} ({info.get('command', '')})"
            if info.get("since"):
                who += f", since {info['since']}"
        except (OSError, ValueError, AttributeError):
            pass
        return who

    def load(self, progress=None, cancel=None, force: bool = False) -> LoadReport:
        """Read the case folder and bring the index and kb.db up to date (incrementally)."""
        if not self.cases_dir.is_dir():
            raise CaseFolderMissing(self.cases_dir)
        try:
            with self._exclusive(cancel=cancel):
                return self._load(progress, cancel, force)
        except DataReadOnly as e:
            return self._load_read_only(e)
        except OSError as e:
            if e.errno not in _FULL_ERRNOS:
                raise
            return self._load_read_only(DataReadOnly(self.lib_dir, e))

    def _load_read_only(self, err: "DataReadOnly") -> LoadReport:
        """The data folder cannot be written: search the index it has, say updates are not possible."""
        t0 = time.perf_counter()
        vocab = self._load_vocab()
        corpus = load_corpus(self.cases_dir, vocab, self.corpus if self._corpus_vocab == vocab.digest else None)
        corpus.problems[:0] = self.vocab_problems
        try:  # feat/rebuild: an unreadable folder's cases stay in the lists here too
            self._carry_over(corpus)
        except OSError as e:
            log.warning("cases of an unreadable folder not carried over: %s", e)
        why = self.index.why_rebuild(vocab)
        if why and why != "the vocabularies changed":
            raise DataReadOnly(self.lib_dir, err.error, usable=False)
        with self._lock:
            if self._searcher is not None:
                self._searcher.close()
                self._searcher = None
            self.corpus, self._corpus_vocab = corpus, vocab.digest
        rep = LoadReport(len(corpus.cases), len(corpus.lessons), list(corpus.problems), IndexReport(),
                         [], time.perf_counter() - t0)
        rep.note(DataReadOnly.code, str(err))
        if self._state is not None:
            rep.messages.extend(self._state.messages)
        return rep

    def _load(self, progress, cancel, force) -> LoadReport:
        t0 = time.perf_counter()
        from kb_app.core.retrieval.index import remove_leftovers

        leftovers = remove_leftovers(self.index.dir)  # we hold the update lock: no build is running
        if time.monotonic() - self._swept > 60:  # what killed writes left in the cases folder (old enough
            remove_stale_temps(self.cases_dir)    # to be dead): a walk of the folder, once a minute at most
            self._swept = time.monotonic()
        vocab = self._load_vocab()
        # reuse parsed cases only if they were parsed with these vocabularies
        previous = self.corpus if self._corpus_vocab == vocab.digest else None
        if progress:
            progress(0, 0, "reading case files")
        corpus = _parse_without_gc(load_corpus, self.cases_dir, vocab, previous)
        corpus.problems[:0] = self.vocab_problems
        corpus.problems.extend(self.team_problems())  # compare: bad rubric / rating / standard files
        carried = self._carry_over(corpus)  # feat/rebuild: folders that cannot be read
        # Searches keep using the current searcher while the index is brought up to date (a
        # rebuild writes beside the old index and swaps it in at the end); only the swap to a
        # fresh searcher holds the lock.
        # kb.db follows the index; a process killed between the two left kb.db behind ("0 updated" with
        # old titles): a marker set while they may differ says to rebuild it whole next time
        pending = self.lib_dir / "kb.db.pending"
        kb_db_behind = pending.exists()
        pending.touch()
        from kb_app.core.storage.maintenance import build_workers

        rep = self.index.sync(corpus.cases, corpus.lessons, vocab, progress=progress, cancel=cancel, force=force,
                              keep_under=corpus.unreadable, workers=build_workers(len(corpus.cases)))
        with self._lock:  # the new cases and the new index become visible together
            if self._searcher is not None:
                self._searcher.close()
                self._searcher = None
            self.corpus, self._corpus_vocab = corpus, vocab.digest
        from kb_app.core.storage.store import rebuild_kb_db, update_kb_db  # sqlite-utils: not for a cold search

        if rep.rebuilt or kb_db_behind or not self.kb_db_path.exists():
            rebuild_kb_db(self.kb_db_path, corpus)
        else:
            try:
                update_kb_db(self.kb_db_path, corpus, rep.changed_ids, rep.removed_ids)
            except Exception as e:  # noqa: BLE001 - derived data: rebuild it whole
                log.warning("kb.db update failed (%s); rebuilding it", e)
                rebuild_kb_db(self.kb_db_path, corpus)
        atomic_write(self.lib_dir / "files.json", json.dumps(corpus.signatures))
        pending.unlink(missing_ok=True)
        _settle_gc()
        report = LoadReport(len(corpus.cases), len(corpus.lessons), list(corpus.problems), rep,
                            list(rep.messages), time.perf_counter() - t0)
        report.coded.update(rep.coded)
        for folder, n in (c for c in carried if c[1]):
            report.note("folder-unreadable", f"Cannot read {folder}: its {n} case(s) are kept as they were "
                                             "indexed until it can be read again.", (str(folder),))
        if leftovers:
            report.note("index-leftovers-removed", f"Removed {len(leftovers)} leftover(s) of an interrupted "
                                                   "index build.", (len(leftovers),))
        if rep.rebuilt and "damaged" in rep.reason:
            report.codes.append(IndexCorrupt.code)
            report.notes.append((IndexCorrupt.code, rep.reason))
        if self._state is not None:
            report.messages.extend(self._state.messages)
        return report

    # -- folders that cannot be read during a load (issue 11 §4, feat/rebuild) -----------------------
    # The walk reports a (sub)folder or lessons/ it cannot list. Its cases are CARRIED OVER from
    # what is known of them, so that any build, incremental or full (index version or vocabulary
    # change, a damaged index, `kb index --rebuild`, the window's "Rebuild index from scratch"),
    # writes the index, kb.db and the window's lists with them:
    #   1. the cases parsed earlier in this process (load_corpus already keeps those), else
    #   2. the previous index's stored documents for files under the folder (stored_cases).
    # Chosen over "keep the previous index untouched": a rebuild is often needed because the old
    # index cannot serve (another version, other vocabularies, damaged), so keeping it would leave
    # the whole library stale or broken for the sake of one folder; carrying over keeps every other
    # folder current and re-analyses the carried cases with today's analyzer and vocabularies. Only
    # when the previous index holds documents but cannot give them (it cannot be read at all) is
    # nothing concluded: FolderUnreadable is raised before anything is written, so the previous
    # index and kb.db stay as they were. A case folder that cannot be listed at all already raises
    # FolderUnreadable in load_corpus, before any build (the whole previous index is kept).
    def _carry_over(self, corpus: Corpus) -> list[tuple[str, int]]:
        """Add the cases (and lessons) of unreadable folders from what is known of them; returns
        [(folder, cases kept)] for the report."""
        from kb_app.core.cases.parsing import FolderUnreadable

        lessons_dir = str(self.cases_dir / "lessons")
        if lessons_dir in corpus.unreadable and not corpus.lessons:
            corpus.lessons.update(self._known_lessons())
        folders = [d for d in corpus.unreadable if d != lessons_dir]
        if not folders:
            return []
        under = [d.rstrip(os.sep) + os.sep for d in folders]
        m = self.index.read_manifest() or {}
        if m.get("docs"):
            try:
                from kb_app.core.retrieval.index import stored_cases

                known = stored_cases(self.index, folders)
            except Exception as e:  # noqa: BLE001 - an index that cannot be read cannot tell us
                self.index.close()
                raise FolderUnreadable(
                    errno.EACCES, f"cannot read the folder {folders[0]}, and the previous index cannot give its "
                                  f"cases ({type(e).__name__}: {e}); the previous index and kb.db are kept",
                    folders[0]) from e
            digests = self._kb_db_digests()
            for cid, case in known.items():
                if cid not in corpus.cases:
                    case.digest = digests.get(cid, "")
                    corpus.cases[cid] = case
            if known:  # links to the carried cases are not "not found"
                kept = []
                for p in corpus.problems:
                    if p.code == "related-missing" and p.args:
                        still = tuple(r for r in p.args[0] if r not in corpus.cases)
                        if not still:
                            continue
                        if len(still) < len(p.args[0]):
                            p = Problem(p.path, f"related case(s) not found: {', '.join(still)}", p.line,
                                        p.level, p.code, (still,))
                    kept.append(p)
                corpus.problems[:] = kept
        return [(d, sum(1 for c in corpus.cases.values() if str(c.path).startswith(u)))
                for d, u in zip(folders, under)]

    def _kb_db_digests(self) -> dict[str, str]:
        """{case id: content digest} as kb.db recorded them (so a carried case is not reindexed)."""
        import sqlite3

        try:
            with contextlib.closing(sqlite3.connect(f"file:{self.kb_db_path}?mode=ro", uri=True)) as db:
                return {r[0]: r[1] or "" for r in db.execute("SELECT id, digest FROM cases")}
        except sqlite3.Error:
            return {}

    def _known_lessons(self) -> dict[str, Lesson]:
        """The lessons as last read (this process), else as kb.db lists them (without their text)."""
        if self.corpus is not None and self.corpus.lessons:
            return dict(self.corpus.lessons)
        import sqlite3

        out: dict[str, Lesson] = {}
        try:
            with contextlib.closing(sqlite3.connect(f"file:{self.kb_db_path}?mode=ro", uri=True)) as db:
                skills: dict[str, list[str]] = {}
                for lid, skill in db.execute("SELECT lesson_id, skill FROM lesson_skills"):
                    skills.setdefault(lid, []).append(skill)
                for lid, title, language, path in db.execute("SELECT id, title, language, path FROM lessons"):
                    out[lid] = Lesson(lid, title or lid, skills.get(lid, []), "", Path(path or ""),
                                      language=language or "zh-Hans")
        except sqlite3.Error:
            return {}
        return out

    def ensure_index(self, progress=None) -> LoadReport | None:
        """For one-shot commands: use the index as it is if it is current, else load().

        "Current" = same index version and vocabulary, and every case file has the size and
        mtime it had when indexed; checking that costs a stat per file, not a parse.
        """
        vocab = self._load_vocab()
        if not self.index.why_rebuild(vocab) and self._files_unchanged():
            return None
        if not self.cases_dir.is_dir():
            raise CaseFolderMissing(self.cases_dir)
        try:
            with self._exclusive(wait=False):
                return self._load(progress, None, False)
        except DataReadOnly as e:
            return self._load_read_only(e)
        except BlockingIOError:
            if self.index.why_rebuild(vocab):
                with self._exclusive():  # nothing usable yet: wait for the other process
                    return self._load(progress, None, False)
            rep = LoadReport()
            holder = self.lock_holder()
            rep.note("index-busy", f"The index is being updated by {holder}; searching it as it is.", (holder,))
            return rep
        except OSError as e:
            if e.errno not in _FULL_ERRNOS:
                raise
            return self._load_read_only(DataReadOnly(self.lib_dir, e))

    def _files_unchanged(self) -> bool:
        sig_path = self.lib_dir / "files.json"
        try:
            sigs = json.loads(sig_path.read_text("utf-8"))
        except (OSError, ValueError):
            return False
        if not isinstance(sigs, dict):
            return False
        stat = os.stat
        names = file_names(self.cases_dir)
        if len(names) != len(sigs):
            return False
        for name in names:
            want = sigs.get(name)
            try:
                st = stat(name)
            except OSError:
                return False
            if want != [st.st_mtime_ns, st.st_size]:
                return False
        return True

    # -- queries -----------------------------------------------------------------------------------
    def _get_searcher(self):
        if self._searcher is None:
            self._searcher = self.index.open().searcher()
        return self._searcher

    def search(self, query: str, filters: Filters | None = None, limit: int = 20, lang: str = "zh-Hans") -> SearchResult:
        with self._lock, self._reading():
            return run_search(self._get_searcher(), query or "", filters, limit, self.vocab, lang)

    def similar(self, description: str, limit: int = 5, cancel=None) -> SimilarResult:
        if self._engine is None:
            self._load_vocab()
        with self._lock, self._reading():
            return self._engine.run(self._get_searcher(), description or "", limit, cancel, self.lesson_title)

    @contextlib.contextmanager
    def _reading(self):
        """Any read error inside the index is corruption: the index is marked for a rebuild and
        IndexCorrupt (with code) is raised, never a raw 'Block tag error' or a wrong answer."""
        from kb_app.core.retrieval.similar import Cancelled

        try:
            yield
        except (Cancelled, IndexCorrupt, KeyboardInterrupt, MemoryError):
            raise
        except Exception as e:  # noqa: BLE001 - zlib, struct, TypeError ... from a damaged segment
            if isinstance(e, (OSError,)) and not self.index.dir.exists():
                raise
            reason = f"{type(e).__name__}: {e}"
            log.warning("search index read error (%s); it will be rebuilt", reason)
            if self._searcher is not None:
                try:
                    self._searcher.close()
                except Exception:  # noqa: BLE001
                    pass
                self._searcher = None
            self.index.mark_corrupt(reason)
            raise IndexCorrupt(f"the search index is damaged ({reason}); it is being rebuilt") from e

    def repair(self, progress=None) -> LoadReport:
        """After IndexCorrupt: rebuild the index whole."""
        return self.load(progress=progress, force=True)

    # -- documents -----------------------------------------------------------------------------------
    def case(self, case_id: str) -> Case | None:
        if self.corpus is not None:
            return self.corpus.cases.get(case_id)
        with self._lock, self._reading():
            stored = self._get_searcher().document(id=case_id)
        if not stored:
            return None
        case, _ = parse_case(Path(stored["path"]), self.vocab)
        return case

    def lesson(self, lesson_id: str) -> Lesson | None:
        if self.corpus is None:
            from kb_app.core.cases.parsing import ID_RE, ParseError, parse_lesson

            if not ID_RE.match(lesson_id or "") or ".." in lesson_id:
                return None
            try:
                return parse_lesson(self.cases_dir / "lessons" / f"{lesson_id}.md", self.vocab)[0]
            except (ParseError, OSError):
                return None  # `kb check` names the file; here the link just shows its id
        return self.corpus.lessons.get(lesson_id)

    def lesson_title(self, lesson_id: str) -> str:
        l = self.lesson(lesson_id)
        return l.title if l else lesson_id

    # -- compare: rubrics, ratings, standards (files in the case folder) -----------------------------------
    def team_files(self):
        from kb_app.core.team.report import load_team_files

        fallback = paths.bundled_cases_dir()
        return load_team_files(self.cases_dir, fallback if fallback != self.cases_dir else None)

    def team_problems(self) -> list[Problem]:
        """The problems of the team files, read again only when one of them changed (a load after
        a one-file change parsed every rubric and rater's file; issue 17)."""
        try:
            sig = self._team_signature()
            cached = getattr(self, "_team_cache", None)
            if cached is not None and cached[0] == sig:
                return list(cached[1])
            problems = self.team_files().problems
            self._team_cache = (sig, list(problems))
            return problems
        except Exception as e:  # noqa: BLE001 - never let a team file stop the cases loading
            log.warning("team files not read: %s", e)
            return []

    def _team_signature(self) -> tuple:
        """Name, size, mtime, ctime and inode of every entry of the folders the team files come from."""
        sig = []
        for root in dict.fromkeys((str(self.cases_dir), str(paths.bundled_cases_dir()))):
            for sub in ("rubrics", "ratings", "standards"):
                d = os.path.join(root, sub)
                try:
                    with os.scandir(d) as it:
                        for e in it:
                            try:
                                st = e.stat()
                                sig.append((e.path, st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino))
                            except OSError as err:
                                sig.append((e.path, err.errno))
                    sig.append((d, os.path.realpath(d)))
                except OSError as err:
                    sig.append((d, err.errno))
        return tuple(sorted(sig, key=str))

    @property
    def problems(self) -> list[Problem]:
        return list(self.corpus.problems) if self.corpus else list(self.vocab_problems)

    # -- bringing a team's library in (issue 15): import and the review queue -----------------------------
    def import_paths(self, paths, options=None, progress=None, cancel=None, on_record=None):
        """Import files and folders (importing/run.py) with a plain progress(done, total, message)
        callback and a cancel() flag, for a worker thread as for the CLI. Duplicates are looked for
        in the index as it is; afterwards the new cases are indexed (searchable at once). Returns
        the ImportContext: records (created / skipped / failed, each with code and args), counts,
        and whether it was cancelled."""
        from kb_app.core.importing.base import ImportContext
        from kb_app.core.importing.run import ImportOptions, import_paths, word_overlap

        options = options or ImportOptions()
        if self.corpus is None:
            self.load()
        vocab = self._load_vocab()
        ctx = ImportContext(progress, cancel, on_record)

        def similar(desc):
            # one search per document serves both the duplicate check and the kind vote:
            # (id, title, closeness as a duplicate, kind, the engine's own closeness). A duplicate says
            # the same thing: the engine's closeness capped by the words the two share
            out = []
            for h in self.similar(desc, 5).hits:
                case = self.corpus.cases.get(h.id)
                same = word_overlap(desc, f"{case.title}\n{case.body}") if case is not None else 0.0
                out.append((h.id, h.title, min(h.score, same), h.kind, h.score))
            return sorted(out, key=lambda x: -x[2])

        import_paths(paths, self.cases_dir, vocab, list(self.corpus.cases.values()), dict(self.corpus.lessons),
                     options, ctx, similar)
        if ctx.created and not options.dry_run:
            self.load()
        return ctx

    def review_queue(self):
        """Imported cases still to review (importing.review.ReviewItem), newest import first."""
        from kb_app.core.importing import review

        if self.corpus is None:
            self.load()
        return review.queue(self.corpus.cases.values(), self.cases_dir)

    def review_original(self, case_id: str) -> str | None:
        """The original document's text of an imported case (assets/<id>/original.txt)."""
        from kb_app.core.importing import review

        return review.original_text(self.cases_dir, case_id)

    def review_info(self, case_id: str) -> dict:
        """Source, time of import and every suggestion with its reason (assets/<id>/import.json)."""
        from kb_app.core.importing import review

        return review.import_info(self.cases_dir, case_id)

    def mark_reviewed(self, case_id: str, reload: bool = True) -> bool:
        """Clear the review flag of an imported case (atomic; only that line changes)."""
        from kb_app.core.importing import review

        case = self.case(case_id)
        if case is None:
            return False
        changed = review.clear(Path(case.path))
        if changed and reload:
            self.load()
        return changed
