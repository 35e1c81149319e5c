"""The import runs in a child process (`kb-app --import-worker`), as a full index build does.

Reading Word files, converting them and suggesting their metadata is Python work that holds the
interpreter lock for long stretches; on a worker thread of the window it made the window stall
for hundreds of milliseconds (bench/gui_import.py). In a child process it has its own
interpreter: the window's writer thread only waits on a pipe.

    ctx = run_in_child(cases_dir, data_dir, paths, allow_duplicates, progress, cancel)

The parent writes one JSON request line to the child's stdin (paths, options) and "cancel" when
asked to stop (the child stops after its current document, as the in-process run does, so no case
is half written); the child prints JSON lines: {"progress": [done, total, file]}, {"record": {...}}
for each ImportRecord, then {"done": {"total", "done", "cancelled"}} or {"error": "..."}. The
returned ImportContext holds the records as the in-process run would (without the suggestion
objects, which the window reads from import.json at review). Qt-free on both sides.
"""
from __future__ import annotations

import json
import logging
import os
import queue
import subprocess
import sys
import threading
from dataclasses import fields

log = logging.getLogger(__name__)

_SKIP = {"suggestions", "warnings"}   # not sent: the review reads them from assets/<id>/import.json


class ChildFailed(RuntimeError):
    """The import worker could not start or ended without finishing."""


def command(cases_dir, data_dir) -> list[str]:
    base = [sys.executable] if getattr(sys, "frozen", False) else [sys.executable, "-m", "kb_app"]
    return base + ["--import-worker", "--cases", str(cases_dir), "--data", str(data_dir)]


def _record_to_json(rec) -> dict:
    return {f.name: getattr(rec, f.name) for f in fields(rec) if f.name not in _SKIP}


def _record_from_json(d: dict):
    from kb_app.core.importing.base import ImportRecord

    known = {f.name for f in fields(ImportRecord)}
    kw = {k: v for k, v in d.items() if k in known and k not in _SKIP}
    kw["args"] = tuple(kw.get("args") or ())
    return ImportRecord(**kw)


def run_in_child(cases_dir, data_dir, paths, allow_duplicates=False, progress=None, cancel=None):
    """Import in a child process; returns its ImportContext. Raises ChildFailed if it cannot run."""
    from kb_app.core.importing.base import ImportContext

    env = dict(os.environ, PYTHONIOENCODING="utf-8", QT_QPA_PLATFORM="offscreen")
    if not getattr(sys, "frozen", False):  # the child runs this very kb_app, wherever the window's came from
        from pathlib import Path

        import kb_app

        here = str(Path(kb_app.__file__).resolve().parent.parent)
        env["PYTHONPATH"] = os.pathsep.join([here] + [p for p in env.get("PYTHONPATH", "").split(os.pathsep) if p])
    try:
        proc = subprocess.Popen(command(cases_dir, data_dir), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                stderr=subprocess.STDOUT, text=True, encoding="utf-8", errors="replace", env=env,
                                creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0))
    except OSError as e:
        raise ChildFailed(f"cannot start the import worker: {e}") from e
    try:
        proc.stdin.write(json.dumps({"paths": [str(p) for p in paths], "allow_duplicates": bool(allow_duplicates)},
                                    ensure_ascii=True) + "\n")
        proc.stdin.flush()
    except OSError as e:
        proc.kill()
        raise ChildFailed(f"the import worker did not take the request: {e}") from e
    lines: queue.Queue = queue.Queue()

    def pump():
        for line in proc.stdout:
            lines.put(line)
        lines.put(None)

    threading.Thread(target=pump, name="kb-import-pipe", daemon=True).start()
    ctx = ImportContext()
    finished, error, asked = False, "", False
    while True:
        if not asked and cancel is not None and cancel():
            asked = True
            try:
                proc.stdin.write("cancel\n")
                proc.stdin.flush()
            except OSError:
                pass
        try:
            line = lines.get(timeout=0.1)
        except queue.Empty:
            continue
        if line is None:
            break
        try:
            msg = json.loads(line)
        except ValueError:
            log.debug("import worker: %s", line.rstrip())
            continue
        if "progress" in msg:
            if progress is not None:
                progress(*msg["progress"])
        elif "record" in msg:
            ctx.records.append(_record_from_json(msg["record"]))
        elif "done" in msg:
            d = msg["done"]
            ctx.total, ctx.done, ctx.cancelled = int(d["total"]), int(d["done"]), bool(d["cancelled"])
            finished = True
        elif "error" in msg:
            error = str(msg["error"])
    rc = proc.wait()
    try:
        proc.stdin.close()
    except OSError:
        pass
    if not finished:
        raise ChildFailed(error or f"the import worker ended with status {rc}")
    return ctx


def child_main(args) -> int:
    """`kb-app --import-worker --cases DIR --data DIR`: one request on stdin, JSON lines out."""
    from kb_app.core.importing.run import ImportOptions
    from kb_app.core.service import KnowledgeBase

    lock = threading.Lock()

    def emit(obj) -> None:
        with lock:
            sys.stdout.write(json.dumps(obj, ensure_ascii=True, default=str) + "\n")
            sys.stdout.flush()

    try:
        req = json.loads(sys.stdin.readline() or "{}")
    except ValueError as e:
        emit({"error": f"bad request: {e}"})
        return 2
    stop = threading.Event()

    def listen():
        for line in sys.stdin:   # "cancel", or the end of the pipe: the window went away
            if line.strip() == "cancel":
                break
        stop.set()

    threading.Thread(target=listen, name="kb-import-cancel", daemon=True).start()
    kb = KnowledgeBase(args.cases, args.data)
    try:
        kb.warm_up()
        ctx = kb.import_paths(req.get("paths") or [], ImportOptions(allow_duplicates=bool(req.get("allow_duplicates"))),
                              progress=lambda d, t, m: emit({"progress": [d, t, str(m)]}), cancel=stop.is_set,
                              on_record=lambda r: emit({"record": _record_to_json(r)}))
    except Exception as e:  # noqa: BLE001 - reported to the window, which says so
        emit({"error": f"{type(e).__name__}: {e}"})
        return 1
    finally:
        kb.close()
    emit({"done": {"total": ctx.total, "done": ctx.done, "cancelled": ctx.cancelled}})
    return 0
