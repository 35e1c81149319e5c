"""`kb`: the command line over the core (index, check, search, similar, show)."""
from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time
from pathlib import Path

from . import __version__


# -- a safe terminal ----------------------------------------------------------------------------
# Everything printed may come from a case file (titles, kinds, file names...). Control characters
# (C0 but newline and tab, DEL, C1, and so ESC / CSI / OSC: set the title, clear the screen,
# write the clipboard with OSC 52) are shown escaped, visibly: "\x1b]52;c;..." is printed as text.
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_CONTROL_NL_RE = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_JSON_RAW_RE = re.compile(r"[\x7f-\x9f]")  # json.dumps escapes C0 itself, never DEL and C1
BOLD_ON, BOLD_OFF = "\ue000", "\ue001"       # our own highlighting, turned into SGR after escaping


def _escape_char(m) -> str:
    return f"\\x{ord(m.group(0)):02x}"


def _safe(text, multiline: bool = True) -> str:
    """Text for a terminal: control characters escaped visibly (ESC -> \\x1b)."""
    return (_CONTROL_RE if multiline else _CONTROL_NL_RE).sub(_escape_char, str(text if text is not None else ""))


def _line(text) -> str:
    """One-line text (a title, a kind, a file name): newlines escaped too."""
    return _safe(text, multiline=False)


def _json(obj) -> str:
    """json.dumps for a terminal: C0 comes out as \\u001b already; DEL and C1 too here."""
    return _JSON_RAW_RE.sub(lambda m: f"\\u{ord(m.group(0)):04x}", json.dumps(obj, ensure_ascii=False))


def _print(text="", file=None) -> None:
    """print() for anything that may hold case text: escaped, then our highlighting applied."""
    out = _safe(text)
    if BOLD_ON in out or BOLD_OFF in out:
        tty = (file or sys.stdout).isatty()
        out = out.replace(BOLD_ON, "\x1b[1m" if tty else "").replace(BOLD_OFF, "\x1b[0m" if tty else "")
    print(out, file=file or sys.stdout)


def _progress_printer(stream=sys.stderr):
    if not stream.isatty():
        return None
    last = [0.0]

    def cb(done, total, msg):
        now = time.monotonic()
        if total and (now - last[0] > 0.1 or done == total):
            last[0] = now
            width = 30
            filled = int(width * done / total)
            stream.write(f"\r  indexing [{'#' * filled}{'.' * (width - filled)}] {done}/{total}")
            if done == total:
                stream.write("\n")
            stream.flush()
        elif not total:
            stream.write(f"\r  {_line(msg)}…")
            stream.flush()

    return cb


def _kb(args):
    from .core.service import KnowledgeBase

    try:
        return KnowledgeBase(args.cases, args.data)
    except Exception as e:  # noqa: BLE001
        sys.exit(f"kb: {e}")


def _ready(kb, args):
    """Make sure the index is current; print what load() had to say."""
    try:
        rep = kb.ensure_index(progress=_progress_printer())
    except FileNotFoundError as e:
        sys.exit(f"kb: {e}")
    if rep is not None:
        for m in rep.messages:
            _print(m, file=sys.stderr)
        if rep.errors:
            print(f"kb: {len(rep.errors)} file(s) could not be read; run 'kb check' for details", file=sys.stderr)


def _print_problems(problems):
    for p in problems:
        _print(_line(str(p)))


def cmd_index(args):
    kb = _kb(args)
    try:
        rep = kb.load(progress=_progress_printer(), force=args.rebuild)
    except FileNotFoundError as e:
        sys.exit(f"kb: {e}")
    for m in rep.messages:
        _print(m, file=sys.stderr)
    _print_problems(rep.errors)
    ix = rep.index
    what = "rebuilt" if ix.rebuilt else f"{ix.added} added, {ix.updated} updated, {ix.removed} removed"
    print(f"{rep.cases} cases, {rep.lessons} lessons; index {what} in {ix.seconds:.2f} s "
          f"({len(rep.errors)} errors, {len(rep.problems) - len(rep.errors)} warnings)")
    return 0


def cmd_check(args):
    from .core.parsing import load_corpus
    from .core.vocab import load_vocab
    from . import paths

    cases = Path(args.cases or paths.bundled_cases_dir())
    if not cases.is_dir():
        sys.exit(f"kb: case folder not found: {cases}")
    vocab, vproblems = load_vocab(cases, paths.bundled_cases_dir())
    corpus = load_corpus(cases, vocab)
    problems = vproblems + corpus.problems
    # every problem by default, errors first (then by file and line); --errors-only hides warnings
    errors = [p for p in problems if p.level == "error"]
    warnings = [p for p in problems if p.level != "error"]
    order = lambda p: (p.path, p.line or 0)  # noqa: E731
    _print_problems(sorted(errors, key=order))
    if not args.errors_only:
        _print_problems(sorted(warnings, key=order))
    files = len({p.path for p in problems})
    _print(f"{len(corpus.cases)} cases, {len(corpus.lessons)} lessons: {_n(len(errors), 'error')}, "
           f"{_n(len(warnings), 'warning')}" + (f" in {_n(files, 'file')}" if files else "")
           + (" (warnings not listed: --errors-only)" if args.errors_only and warnings else ""))
    return 1 if errors else 0


def _n(count: int, noun: str) -> str:
    return f"{count} {noun}" + ("" if count == 1 else "s")


def _filters(args):
    from .core.search import Filters

    return Filters(kind=args.kind, skill=args.skill, status=getattr(args, "outcome", None),
                   language=getattr(args, "language", None))


def cmd_search(args):
    kb = _kb(args)
    _ready(kb, args)
    t0 = time.perf_counter()
    res = kb.search(args.query, _filters(args), args.limit)
    ms = (time.perf_counter() - t0) * 1000
    if args.json:
        for h in res.hits:
            print(_json({"id": h.id, "title": h.title, "kind": h.kind, "score": h.score,
                         "outcome": {"status": h.status, "summary": h.summary}, "snippet": h.snippet,
                         "partial": res.partial}))
        return 0
    if not res.hits:
        print("no match: try fewer or other words, or drop a filter")
        return 0
    if res.partial:
        print("(no case has every word; closest partial matches)")
    import html

    for i, h in enumerate(res.hits, 1):
        snip = html.unescape(h.snippet.replace("<b>", BOLD_ON).replace("</b>", BOLD_OFF))
        _print(f"{i:2}. {_line(h.title)}  [{_line(h.kind)}] {_line(h.id)}  ({h.score:.2f})")
        _print(f"    {_line(snip)}")
        if h.summary:
            _print(f"    → {_line(h.status)}: {_line(h.summary)}")
    print(f"{res.total} match(es) in {ms:.1f} ms")
    return 0


def cmd_similar(args):
    kb = _kb(args)
    _ready(kb, args)
    kb.warm_up()
    if args.queries:
        try:
            lines = Path(args.queries).read_text("utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as e:
            sys.exit(f"kb: cannot read {args.queries}: {e}")
        for n, line in enumerate(lines, 1):
            if not line.strip():
                continue
            res = kb.similar(line, args.limit)
            print(_json({"line": n, "query": line, "close": res.close, "elapsed_ms": round(res.elapsed_ms, 2),
                         "results": [h.to_dict() for h in res.hits]}))
        return 0
    if not args.text:
        sys.exit("kb: give a description, or --queries FILE")
    desc = " ".join(args.text)
    res = kb.similar(desc, args.limit)
    if args.json:
        print(_json({"query": desc, "close": res.close, "elapsed_ms": round(res.elapsed_ms, 2),
                     "results": [h.to_dict() for h in res.hits]}))
        return 0
    if not res.hits:
        print("no similar case found")
        return 0
    print("close precedents:" if res.close else "no close precedent; nearest cases:")
    for i, h in enumerate(res.hits, 1):
        _print(f"{i:2}. {h.score * 100:3.0f}%  {_line(h.title)}  [{_line(h.kind)}] {_line(h.id)}")
        _print("     why: " + " · ".join(f"{_line(r.type)}: {_line(r.label)}" for r in h.reasons))
        if h.summary:
            _print(f"     outcome ({_line(h.status)}): {_line(h.summary)}")
        if h.lessons:
            _print("     lessons: " + "; ".join(_line(x) for x in h.lessons[:3]))
    print(f"({res.elapsed_ms:.1f} ms)")
    return 0


def cmd_show(args):
    kb = _kb(args)
    _ready(kb, args)
    case = kb.case(args.id)
    if case is None:
        sys.exit(f"kb: no case with id {args.id!r}")
    _print(f"# {_line(case.title)}\n")
    _print(f"id: {_line(case.id)}  kind: {_line(case.kind)}  date: {_line(case.date)}  "
           f"industry: {_line(case.industry)}  severity: {_line(case.severity)}  language: {_line(case.language)}")
    _print(f"outcome: {_line(case.outcome.status)} — {_line(case.outcome.summary)}")
    if case.lessons:
        _print("lessons: " + "; ".join(f"{_line(l)} ({_line(kb.lesson_title(l))})" for l in case.lessons))
    if case.related:
        _print("related: " + ", ".join(_line(r) for r in case.related))
    _print(f"file: {_line(case.path)}\n")
    _print(case.body)
    return 0


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="kb", description="Crisis-case knowledge base: offline precedent search.")
    p.add_argument("--version", action="version", version=f"kb {__version__}")
    # --cases/--data are accepted before or after the command (kb --cases D search x, kb search x --cases D)
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--cases", metavar="DIR", default=argparse.SUPPRESS,
                        help="case folder (default: the bundled sample cases)")
    common.add_argument("--data", metavar="DIR", default=argparse.SUPPRESS,
                        help="data folder for the index and databases (default: the user data dir)")
    p.add_argument("--cases", metavar="DIR", help="case folder (default: the bundled sample cases)")
    p.add_argument("--data", metavar="DIR", help="data folder for the index and databases (default: the user data dir)")
    sub = p.add_subparsers(dest="cmd", required=True)

    def command(name, help):
        return sub.add_parser(name, help=help, parents=[common])

    s = command("index", "index the case folder (only what changed)")
    s.add_argument("--rebuild", action="store_true", help="rebuild the index from scratch")
    s.set_defaults(func=cmd_index)

    s = command("check", "validate the case files (every problem, errors first); exit 1 if any file is bad")
    s.add_argument("--errors-only", action="store_true", help="list errors only (warnings are still counted)")
    s.add_argument("--warnings", action="store_true", help=argparse.SUPPRESS)  # the old default; kept working
    s.set_defaults(func=cmd_check)

    s = command("search", "search cases")
    s.add_argument("query")
    s.add_argument("--kind")
    s.add_argument("--skill", choices=["responsibility", "judgment", "communication", "composure", "persistence", "learning"])
    s.add_argument("--outcome", help="outcome status, e.g. resolved")
    s.add_argument("--language", choices=["zh-Hans", "zh-Hant", "en"])
    s.add_argument("--limit", type=int, default=10)
    s.add_argument("--json", action="store_true", help="one JSON object per line")
    s.set_defaults(func=cmd_search)

    s = command("similar", "similar past cases for an incident description")
    s.add_argument("text", nargs="*")
    s.add_argument("--queries", metavar="FILE", help="one description per line; one JSON line out per query")
    s.add_argument("--limit", type=int, default=5)
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_similar)

    s = command("show", "show one case")
    s.add_argument("id")
    s.set_defaults(func=cmd_show)
    return p


def _check_utf8(argv) -> None:
    """An argument that is not valid UTF-8 (bytes the shell passed through as surrogates) gets a
    clear message, not "UnicodeEncodeError ... surrogates not allowed" from deep inside."""
    for n, a in enumerate(sys.argv[1:] if argv is None else argv, 1):
        if not isinstance(a, str):
            continue
        try:
            a.encode("utf-8")
        except UnicodeEncodeError as e:
            byte = a[e.start].encode("utf-8", "surrogateescape")[:1].hex()
            shown = _line(a.encode("utf-8", "surrogateescape").decode("utf-8", "replace"))
            sys.exit(f"kb: argument {n} ({shown}) is not valid UTF-8 text: byte 0x{byte} at character "
                     f"{e.start + 1}; type it again in a UTF-8 terminal, or re-save the file it came from as UTF-8")


def main(argv=None) -> int:
    _check_utf8(argv)
    args = build_parser().parse_args(argv)
    if getattr(args, "limit", 1) is not None and getattr(args, "limit", 1) < 1:
        sys.exit("kb: --limit must be at least 1")
    try:
        return args.func(args) or 0
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except SystemExit:
        raise
    except Exception as e:  # noqa: BLE001 - a message, not a traceback (KB_DEBUG=1 shows it)
        if os.environ.get("KB_DEBUG"):
            raise
        _print(f"kb: {type(e).__name__}: {e}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
