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


_CONTROL_RE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _safe(text: str) -> str:
    """Case text for a terminal: control characters (ESC sequences...) shown as '?'."""
    return _CONTROL_RE.sub("?", text or "")


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
            stream.write(f"\r  {msg}…")
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
            print(m, file=sys.stderr)
        if rep.errors:
            print(f"kb: {len(rep.errors)} file(s) could not be read; run 'kb check' for details", file=sys.stderr)


def _print_problems(problems):
    for p in problems:
        print(str(p))


def cmd_index(args):
    kb = _kb(args)
    try:
        rep = kb.load(progress=_progress_printer(), force=args.rebuild)
    except FileNotFoundError as e:
        sys.exit(f"kb: {e}")
    for m in rep.messages:
        print(m, file=sys.stderr)
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
    shown = [p for p in problems if args.warnings or p.level == "error"]
    _print_problems(shown)
    errors = [p for p in problems if p.level == "error"]
    warnings = len(problems) - len(errors)
    print(f"{len(corpus.cases)} cases, {len(corpus.lessons)} lessons: {len(errors)} errors, {warnings} warnings"
          + ("" if args.warnings or not warnings else " (--warnings to list them)"))
    return 1 if errors else 0


def _filters(args):
    from .core.search import Filters

    return Filters(kind=args.kind, skill=args.skill, status=getattr(args, "outcome", None),
                   language=getattr(args, "language", None),
                   same_language=bool(getattr(args, "same_language", False)))


def cmd_search(args):
    kb = _kb(args)
    _ready(kb, args)
    t0 = time.perf_counter()
    res = kb.search(args.query, _filters(args), args.limit)
    ms = (time.perf_counter() - t0) * 1000
    if args.json:
        for h in res.hits:
            d = {"id": h.id, "title": h.title, "kind": h.kind, "score": h.score,
                 "outcome": {"status": h.status, "summary": h.summary}, "snippet": h.snippet,
                 "partial": res.partial, "language": h.language}
            if h.via:
                d["via_glossary"] = h.via  # found through this glossary link, not the query's own words
            print(json.dumps(d, ensure_ascii=False))
        return 0
    if not res.hits:
        print("no match: try fewer words, another script, or drop a filter")
        return 0
    if res.partial:
        print("(no case has every word; closest partial matches)")
    import html

    bold, plain = ("\x1b[1m", "\x1b[0m") if sys.stdout.isatty() else ("", "")
    for i, h in enumerate(res.hits, 1):
        snip = html.unescape(h.snippet.replace("<b>", "\ue000").replace("</b>", "\ue001"))
        snip = _safe(snip).replace("\ue000", bold).replace("\ue001", plain)
        print(f"{i:2}. {_safe(h.title)}  [{h.kind}] {h.id}  ({h.score:.2f})"
              + (f"  via glossary: {_safe(h.via)}" if h.via else ""))
        print(f"    {snip}")
        if h.summary:
            print(f"    → {h.status}: {_safe(h.summary)}")
    print(_count_line(res, ms))
    return 0


def _count_line(res, ms: float) -> str:
    """'16 matches, showing 10 in 3.1 ms' / '1 match in 2.0 ms' -- never a total that the list contradicts."""
    def n_matches(n):
        return f"{n} match" if n == 1 else f"{n} matches"

    shown = len(res.hits)
    head = n_matches(res.total) if res.exact_total else "about " + n_matches(res.total)
    if res.total > shown:
        head += f", showing {shown}"
    if res.via_glossary:
        head += f" ({res.via_glossary} through the glossary)"
    return f"{head} in {ms:.1f} ms"


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
            print(json.dumps({"line": n, "query": line, "close": res.close, "elapsed_ms": round(res.elapsed_ms, 2),
                              "results": [h.to_dict() for h in res.hits]}, ensure_ascii=False))
        return 0
    if not args.text:
        sys.exit("kb: give a description, or --queries FILE")
    desc = " ".join(args.text)
    res = kb.similar(desc, args.limit)
    if args.json:
        print(json.dumps({"query": desc, "close": res.close, "elapsed_ms": round(res.elapsed_ms, 2),
                          "results": [h.to_dict() for h in res.hits]}, ensure_ascii=False))
        return 0
    if not res.hits:
        print("no similar case found")
        return 0
    print("close precedents:" if res.close else "no close precedent; nearest cases:")
    for i, h in enumerate(res.hits, 1):
        print(f"{i:2}. {h.score * 100:3.0f}%  {h.title}  [{h.kind}] {h.id}")
        print("     why: " + " · ".join(f"{r.type}: {r.label}" + (f" +{r.more} more" if r.more else "")
                                     for r in h.reasons))
        if h.summary:
            print(f"     outcome ({h.status}): {h.summary}")
        if h.lessons:
            print("     lessons: " + "; ".join(h.lessons[:3]))
    print(f"({res.elapsed_ms:.1f} ms)")
    return 0


def cmd_show(args):
    kb = _kb(args)
    _ready(kb, args)
    case = kb.case(args.id)
    if case is None:
        sys.exit(f"kb: no case with id {args.id!r}")
    print(f"# {_safe(case.title)}\n")
    print(f"id: {case.id}  kind: {case.kind}  date: {case.date}  industry: {case.industry}  "
          f"severity: {case.severity}  language: {case.language}")
    print(f"outcome: {case.outcome.status} — {case.outcome.summary}")
    if case.lessons:
        print("lessons: " + "; ".join(f"{l} ({kb.lesson_title(l)})" for l in case.lessons))
    if case.related:
        print("related: " + ", ".join(case.related))
    print(f"file: {case.path}\n")
    print(_safe(case.body))
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

    s = command("check", "validate the case files; exit 1 if any file is bad")
    s.add_argument("--warnings", action="store_true", help="list warnings too")
    s.set_defaults(func=cmd_check)

    s = command("search", "search cases")
    s.add_argument("query")
    s.add_argument("--kind")
    s.add_argument("--skill", choices=["responsibility", "judgment", "communication", "composure", "persistence", "learning"])
    s.add_argument("--outcome", help="outcome status, e.g. resolved")
    s.add_argument("--language", choices=["zh-Hans", "zh-Hant", "en"])
    s.add_argument("--same-language", action="store_true",
                   help="only cases in the query's own language (no glossary links to the other language)")
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


def main(argv=None) -> int:
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
        print(f"kb: {type(e).__name__}: {e}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
