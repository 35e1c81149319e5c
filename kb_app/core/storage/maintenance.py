"""Maintenance policy, Qt-free: when a full index build runs in a child process and how it is
driven, which folders to watch, what versions to report. The GUI's job runner only carries it out.

Building the whole index keeps a thread inside Whoosh, OpenCC and rjieba for a minute at 10,000
cases, and those release and retake the GIL so often that the GUI thread starves (event-loop
stalls of 200-400 ms were measured). A full build of a large folder therefore runs in a child
process (`kb-app --index-worker`, the same core code); small folders and incremental updates stay
in-process, where they take well under a second.
"""
from __future__ import annotations

import json
import logging
import os
import queue
import subprocess
import sys
import threading
from pathlib import Path

log = logging.getLogger(__name__)

# Building the whole index keeps the writer thread inside Whoosh, OpenCC and rjieba for a minute
# at 10,000 cases, and those release and retake the GIL so often that the GUI thread starves
# (event-loop stalls of 200-400 ms were measured). A full build therefore runs in a child process
# (`kb-app --index-worker`, the same core code) and the window only reads the finished index;
# small folders and incremental updates stay in-process, where they take well under a second.

SUBPROCESS_MIN_FILES = 400

# A full build analyses its cases in worker processes (retrieval/build.py) from this many cases: a
# spawned worker takes ~0.5 s to start and load the analyzer, which a library under ~1,500 cases does not win back (bench: 1,000 cases 3.7 s with two workers, 3.2 s without; 10,000 cases 15.8 s vs 20.3 s).
PARALLEL_MIN_CASES = 2000


def build_workers(n_cases: int) -> int:
    """Policy: worker processes for a full build of `n_cases` (0: analyse in this process)."""
    if n_cases < PARALLEL_MIN_CASES or os.environ.get("KB_BUILD_WORKERS") == "0":
        return 0
    from kb_app.core.retrieval.build import default_workers

    try:
        return max(0, int(os.environ["KB_BUILD_WORKERS"]))
    except (KeyError, ValueError):
        return default_workers()


def build_out_of_process(kb, force: bool, n_files: int) -> bool:
    """Policy: a full build of a folder this large goes to a child process."""
    return (force or needs_full_build(kb)) and n_files >= SUBPROCESS_MIN_FILES


def needs_full_build(kb) -> bool:
    from kb_app.core.retrieval.index import INDEX_VERSION

    m = kb.index.read_manifest()
    # a damaged index (checksums, feat/state) is rebuilt whole too
    return m is None or m.get("version") != INDEX_VERSION or bool(kb.index.verify())


def index_command(cases_dir, data_dir, force: bool) -> list[str]:
    base = [sys.executable] if getattr(sys, "frozen", False) else [sys.executable, "-m", "kb_app"]
    return base + ["--index-worker", "--cases", str(cases_dir), "--data", str(data_dir)] + (
        ["--rebuild"] if force else [])


def build_in_subprocess(kb, force: bool, progress=None, cancel=None) -> bool:
    """Run kb.load() in a child process, relaying its progress; True if it finished the build.

    `progress(done, total, message)` and `cancel() -> bool` are plain callables (the GUI passes
    its job's). Cancelling kills the child: the core builds into a side folder and swaps it in only when
    complete, so the previous index stays intact."""
    from kb_app.core.retrieval.index import IndexCancelled

    env = dict(os.environ, PYTHONIOENCODING="utf-8", QT_QPA_PLATFORM="offscreen")
    flags = getattr(subprocess, "CREATE_NO_WINDOW", 0)
    try:
        proc = subprocess.Popen(index_command(kb.cases_dir, kb.data_dir, force), stdout=subprocess.PIPE,
                                stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, text=True, encoding="utf-8",
                                errors="replace", env=env, creationflags=flags)
    except OSError as e:
        log.warning("cannot start the index worker (%s); indexing in-process", e)
        return False
    lines: queue.Queue = queue.Queue()

    def pump():
        for line in proc.stdout:
            lines.put(line)
        lines.put(None)

    threading.Thread(target=pump, name="kb-index-pipe", daemon=True).start()
    ok = False
    while True:
        if cancel is not None and cancel():
            proc.kill()
            proc.wait(10)
            raise IndexCancelled()
        try:
            line = lines.get(timeout=0.1)
        except queue.Empty:
            continue
        if line is None:
            break
        try:
            msg = json.loads(line)
        except ValueError:
            log.debug("index worker: %s", line.rstrip())
            continue
        if "progress" in msg:
            if progress is not None:
                progress(*msg["progress"])
        elif "done" in msg:
            ok = True
        elif "error" in msg:
            log.warning("index worker failed: %s", msg["error"])
    rc = proc.wait()
    return ok and rc == 0


# The team's folders (standards, ratings, rubrics, reading paths): a file added, replaced or removed
# there changes what the window shows (the incident pane's standard, Compare, Learn), so they are
# watched like the case folders; the case walk never enters them.
TEAM_DIRS = ("standards", "ratings", "rubrics", "paths")


def walk_dirs(root: Path) -> list[str]:
    """The folders to watch: those the case walk lists (iterative, depth-limited, no links), plus
    lessons/, vocab/ and the team folders (feat/state: os.walk recursed, and crashed on a folder
    nested 1,100 deep)."""
    from kb_app.core.cases.parsing import scan_cases, scan_lessons

    out = list(scan_cases(Path(root)).dirs) + scan_lessons(Path(root)).dirs
    for name in ("vocab",) + TEAM_DIRS:
        d = Path(root) / name
        try:
            if d.is_dir() and not d.is_symlink():
                out.append(str(d))
        except OSError:
            pass
    return out


def versions() -> dict:
    import platform

    from kb_app import __version__

    v = {"app": __version__, "python": platform.python_version()}
    try:
        import whoosh

        v["whoosh"] = whoosh.versionstring()
    except Exception:  # noqa: BLE001
        v["whoosh"] = "?"
    try:
        from importlib.metadata import version

        for dist, key in (("rjieba", "rjieba"), ("opencc", "opencc")):
            try:
                v[key] = version(dist)
            except Exception:  # noqa: BLE001
                v[key] = "?"
    except ImportError:
        pass
    return v
