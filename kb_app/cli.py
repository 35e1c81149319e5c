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


def _progress_printer(stream=None):
    stream = stream or sys.stderr  # the stderr of now, not of import time (feat/rebuild)
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
    from kb_app.core.service import KnowledgeBase

    try:
        return KnowledgeBase(args.cases, args.data)
    except Exception as e:  # noqa: BLE001
        from kb_app.core.fsutil import describe_error

        sys.exit(f"kb: {describe_error(e)}")


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
          f"({_n(len(rep.errors), 'error')}, {_n(len(rep.problems) - len(rep.errors), 'warning')})")
    return 0


def cmd_check(args):
    from kb_app.core.cases.parsing import load_corpus
    from kb_app.core.analysis.vocab import load_vocab
    from . import paths

    cases = Path(args.cases or paths.bundled_cases_dir())
    if not cases.is_dir():
        sys.exit(f"kb: case folder not found: {cases}")
    vocab, vproblems = load_vocab(cases, paths.bundled_cases_dir())
    corpus = load_corpus(cases, vocab)
    problems = vproblems + corpus.problems
    problems += _team_problems(cases)  # compare: rubrics, ratings, standards
    from kb_app.core.learning.reading_paths import load_paths  # learn: reading paths are checked like case files
    paths_found, path_problems = load_paths(cases, corpus)
    problems += path_problems
    # every problem by default, errors first (then by file and line); --errors-only hides warnings
    errors = [p for p in problems if p.level == "error"]
    warnings = [p for p in problems if p.level != "error"]
    order = lambda p: (p.path, p.line or 0)  # noqa: E731
    _print_problems(sorted(errors, key=order))
    if not args.errors_only:
        _print_problems(sorted(warnings, key=order))
    files = len({p.path for p in problems})
    _print(f"{len(corpus.cases)} cases, {len(corpus.lessons)} lessons, {_n(len(paths_found), 'reading path')}: "
           f"{_n(len(errors), 'error')}, "
           f"{_n(len(warnings), 'warning')}" + (f" in {_n(files, 'file')}" if files else "")
           + (" (warnings not listed: --errors-only)" if args.errors_only and warnings else ""))
    from kb_app.core.importing.review import count as _to_review

    pending = _to_review(corpus.cases.values())
    if pending:
        _print(f"{pending} imported case{'s' if pending != 1 else ''} to review")
    return 1 if errors else 0


def _n(count: int, noun: str) -> str:
    return f"{count} {noun}" + ("" if count == 1 else "s")


# -- compare: rubrics, ratings, standards ------------------------------------------------------------------

def _team_problems(cases):
    from kb_app.core.team.report import load_team_files

    return load_team_files(cases).problems


def _compare_report(args):
    from kb_app.core.team.compare import MAX_CASES, cases_of_kind
    from kb_app.core.team.report import build_report

    from . import paths
    from kb_app.core.team.report import load_team_files
    from kb_app.core.cases.parsing import load_corpus
    from kb_app.core.analysis.vocab import load_vocab

    # no index needed: the case files, the vocabularies and the team files are enough
    cases_dir = Path(args.cases or paths.bundled_cases_dir())
    if not cases_dir.is_dir():
        sys.exit(f"kb: case folder not found: {cases_dir}")
    fallback = paths.bundled_cases_dir()
    vocab, _ = load_vocab(cases_dir, fallback)
    corpus = load_corpus(cases_dir, vocab)
    team = load_team_files(cases_dir, fallback if fallback != cases_dir else None)
    if args.ids:
        ids = [x.strip() for x in args.ids.split(",") if x.strip()]
        missing = [i for i in ids if i not in corpus.cases]
        if missing:
            sys.exit(f"kb: no case with id {', '.join(missing)}")
        cases = [corpus.cases[i] for i in ids]
    else:
        cases = cases_of_kind(corpus.cases.values(), args.kind, MAX_CASES)
    if len(cases) < 2:
        sys.exit(f"kb: {len(cases)} case(s) of kind {args.kind!r}; a comparison needs 2 to {MAX_CASES}")
    if len(cases) > MAX_CASES:
        sys.exit(f"kb: at most {MAX_CASES} cases side by side")
    if args.rubric not in team.rubrics:
        sys.exit(f"kb: no rubric {args.rubric!r} (have: {', '.join(team.rubrics) or 'none'}); see cases/rubrics/")
    for p in team.problems:
        print(str(p), file=sys.stderr)
    lessons = {lid: lesson.title for lid, lesson in corpus.lessons.items()}
    return vocab, build_report(cases, team, vocab, args.rubric), lessons


def cmd_compare(args):
    from kb_app.core.team.compare_export import to_csv, to_markdown

    if not args.kind and not args.ids:
        sys.exit("kb: give --kind K or --ids a,b,c")
    if args.format == "docx" and not args.output:
        sys.exit("kb: --format docx needs -o FILE.docx")
    vocab, rep, lessons = _compare_report(args)
    if args.format == "docx":
        from kb_app.core.team.compare_export import to_docx
        from kb_app.core.fsutil import atomic_write

        atomic_write(Path(args.output), to_docx(rep, vocab, args.lang, sections=args.sections, lessons=lessons))
        print(f"wrote {_line(args.output)}", file=sys.stderr)
        return 0
    if args.output:
        if args.format == "csv":
            _write_out(to_csv(rep, vocab, args.lang, bom=True, lessons=lessons), args.output, raw=True)
        else:
            _write_out(to_markdown(rep, vocab, args.lang, sections=args.sections, lessons=lessons), args.output)
        return 0
    if args.format == "csv":
        sys.stdout.write(to_csv(rep, vocab, args.lang, bom=False, lessons=lessons))  # csv_text made every cell safe
    else:
        sys.stdout.write(_safe(to_markdown(rep, vocab, args.lang, sections=args.sections, lessons=lessons)))
    return 0


def _write_out(text: str, output: str | None, raw: bool = False) -> None:
    """A report: to the file asked for (atomically, as written), else to the terminal, escaped
    (`raw`: made safe already, as CSV is by fsutil.csv_text)."""
    if output:
        from kb_app.core.fsutil import atomic_write

        atomic_write(Path(output), text)
        print(f"wrote {_line(output)}", file=sys.stderr)
    else:
        sys.stdout.write(text if raw else _safe(text))


def cmd_rate(args):
    from . import paths
    from kb_app.core.team.report import load_team_files
    from kb_app.core.cases.parsing import case_files
    from kb_app.core.team.ratings import Score, default_rater, save_ratings, valid_case_id
    from kb_app.core.team.rubrics import TeamFileError

    cases = Path(args.cases or paths.bundled_cases_dir())
    team = load_team_files(cases, paths.bundled_cases_dir())
    rubric = team.rubrics.get(args.rubric)
    if rubric is None:
        sys.exit(f"kb: no rubric {args.rubric!r}")
    crit = rubric.criterion(args.criterion)
    if crit is None:
        sys.exit(f"kb: rubric {rubric.id} has no criterion {args.criterion!r} (have: {', '.join(rubric.keys)})")
    if not rubric.scale_min <= args.score <= rubric.scale_max:
        sys.exit(f"kb: score must be {rubric.scale_min}..{rubric.scale_max}")
    rater = args.rater or os.environ.get("KB_RATER") or default_rater(cases)
    if not rater:
        sys.exit("kb: who is rating? give --rater NAME (or set git's user.name)")
    if not valid_case_id(args.case):
        sys.exit(f"kb: {_line(args.case)} is not a case id")
    if args.case not in {p.stem for p in case_files(cases)}:
        sys.exit(f"kb: no case {_line(args.case)} in {_line(cases)}")
    try:
        path = save_ratings(cases, rater, rubric, {args.case: {crit.key: Score(args.score, args.comment or "")}})
    except TeamFileError as e:
        sys.exit(f"kb: {_line(e.message)}")
    print(f"{_line(path)}: {_line(args.case)} {crit.key} = {args.score}")
    return 0


def cmd_standard_approve(args):
    """`kb standard approve KIND`: the draft standard becomes the team's standard (status: approved)."""
    from . import paths
    from kb_app.core.team.rubrics import TeamFileError
    from kb_app.core.team.standards import approve_standard, standard_path

    cases = Path(args.cases or paths.bundled_cases_dir())
    try:
        path = standard_path(cases, args.kind)
        approve_standard(cases, args.kind)
    except ValueError:
        sys.exit(f"kb: {_line(args.kind)} is not a kind")
    except FileNotFoundError:
        sys.exit(f"kb: no standard for {_line(args.kind)} in {_line(cases / 'standards')}")
    except TeamFileError as e:
        sys.exit(f"kb: {_line(path)}{f':{e.line}' if e.line else ''}: {_line(e.message)}")
    print(f"{_line(path)}: approved")
    return 0


def _filters(args):
    from kb_app.core.retrieval.search import Filters

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
            print(_json(d))
        return 0
    if not res.hits:
        print("no match: try fewer or other words, or drop a filter")
        return 0
    if res.partial:
        print("(no case has every word; closest partial matches)")
    import html

    for i, h in enumerate(res.hits, 1):
        snip = html.unescape(h.snippet.replace("<b>", BOLD_ON).replace("</b>", BOLD_OFF))
        _print(f"{i:2}. {_line(h.title)}  [{_line(h.kind)}] {_line(h.id)}  ({h.score:.2f})"
               + (f"  via glossary: {_line(h.via)}" if h.via else ""))
        _print(f"    {_line(snip)}")
        if h.summary:
            _print(f"    → {_line(h.status)}: {_line(h.summary)}")
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
        except OSError as e:
            from kb_app.core.fsutil import describe_error

            sys.exit(f"kb: cannot read {describe_error(e)}")
        except UnicodeDecodeError:
            sys.exit(f"kb: cannot read {args.queries}: it is not UTF-8 text")
        # lines answered before a damaged index was repaired are not answered again (feat/rebuild)
        answered = args.__dict__.setdefault("_answered", set())
        for n, line in enumerate(lines, 1):
            if not line.strip() or n in answered:
                continue
            res = kb.similar(line, args.limit)
            print(_json({"line": n, "query": line, "close": res.close, "elapsed_ms": round(res.elapsed_ms, 2),
                         "results": [h.to_dict() for h in res.hits]}))
            answered.add(n)
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
        if h.why and h.score >= similar_threshold():
            _print("     close: " + ", ".join(f"same {d}" for d in h.why))
        _print("     why: " + " · ".join(f"{_line(r.type)}: {_line(r.label)}" + (f" +{r.more} more" if r.more else "")
                                     for r in h.reasons))
        if h.summary:
            _print(f"     outcome ({_line(h.status)}): {_line(h.summary)}")
        if h.lessons:
            _print("     lessons: " + "; ".join(_line(x) for x in h.lessons[:3]))
    print(f"({res.elapsed_ms:.1f} ms)")
    return 0


def similar_threshold() -> float:
    from kb_app.core.retrieval.similar import CLOSE_THRESHOLD

    return CLOSE_THRESHOLD


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


# -- writing cases (issue 10: the mentor's editor, from the terminal too) ---------------------------------

def cmd_new(args):
    from kb_app.core.cases import editing

    kb = _kb(args)
    if not kb.cases_dir.is_dir():
        sys.exit(f"kb: case folder not found: {kb.cases_dir}")
    vocab = kb._load_vocab()
    if vocab.kinds and args.kind not in vocab.kinds:
        sys.exit(f"kb: unknown kind {args.kind!r}; known kinds: {', '.join(vocab.kinds)}")
    if not args.title.strip():
        sys.exit("kb: the title is empty")
    if args.date:
        import datetime as _dt

        try:
            _dt.date.fromisoformat(args.date)
        except ValueError:
            sys.exit(f"kb: {args.date!r} is not a real date (YYYY-MM-DD)")
    path = editing.new_case(kb, args.title, args.kind, args.language or "", args.date)
    kb.load()  # incremental: the new file is searchable at once
    print(path)
    return 0


def cmd_migrate_format(args):
    from kb_app.core.cases import editing
    from . import paths

    cases = Path(args.cases or paths.bundled_cases_dir())
    if not cases.is_dir():
        sys.exit(f"kb: case folder not found: {cases}")
    changes = editing.migrate_format(cases, dry_run=args.dry_run)
    bad = 0
    for m in changes:
        if m.error:
            bad += 1
            print(f"{m.path}: skipped: {m.error}", file=sys.stderr)
        else:
            print(f"{m.path}: {'would rewrite' if args.dry_run else 'rewrote'} {', '.join(m.keys)}")
    n = sum(1 for m in changes if not m.error)
    print(f"{n} file(s) {'to rewrite' if args.dry_run else 'rewritten'}, {bad} skipped")
    return 1 if bad else 0
# -- import (issue 15): a team's write-ups become cases to review --------------------------------------------

def _import_progress(stream=None):
    stream = stream or sys.stderr
    if not stream.isatty():
        return None
    last = [0.0]

    def cb(done, total, msg):
        now = time.monotonic()
        if now - last[0] < 0.1 and done != total:
            return
        last[0] = now
        width = 24
        filled = int(width * done / total) if total else 0
        name = _line(msg)[-40:]
        stream.write(f"\r  importing [{'#' * filled}{'.' * (width - filled)}] {done}/{total} {name}\x1b[K")
        if total and done == total:
            stream.write("\n")
        stream.flush()

    return cb


def cmd_import(args):
    from kb_app.core.importing.run import ImportOptions
    from kb_app.core.importing.sheet import parse_map

    try:
        column_map = parse_map(args.map)
    except ValueError as e:
        sys.exit(f"kb: {e}")
    kb = _kb(args)
    if not kb.cases_dir.is_dir():
        sys.exit(f"kb: case folder not found: {kb.cases_dir}")
    opts = ImportOptions(dry_run=args.dry_run, allow_duplicates=args.allow_duplicates, column_map=column_map)

    def show(rec):
        if args.json:
            print(_json(rec.to_json()), flush=True)
            return
        if rec.status == "created":
            verb = "would create" if rec.dry_run else "created"
            _print(f"{verb} {_line(rec.case_id)}  {_line(rec.title)}  [{_line(rec.kind or 'kind?')}] "
                   f"{_line(rec.language)}  <- {_line(rec.source)}")
            if args.verbose:
                for f, s in rec.suggestions.items():
                    if f == "title":
                        continue
                    _print(f"    {f}: {_line(s.value)}   ({_line(s.reason())})")
                for w in rec.warnings:
                    _print(f"    note: {_line(w.message)}")
        elif rec.status == "skipped":
            _print(f"skipped {_line(rec.source or rec.file)}: {_line(rec.message)}")
        else:
            _print(f"problem {_line(rec.file)}" + (f" row {rec.row}" if rec.row else "") + f": {_line(rec.message)}",
                   file=sys.stderr if not args.json else None)

    ctx = kb.import_paths([Path(p) for p in args.paths], opts, progress=None if args.json else _import_progress(),
                          on_record=show)
    if not args.json:
        what = "would be created" if args.dry_run else "created"
        review = "" if args.dry_run else f"; {len(kb.review_queue())} imported case(s) to review"
        print(f"{ctx.created} case(s) {what}, {ctx.skipped} skipped, {ctx.failed} failed{review}"
              + (" (dry run: nothing written)" if args.dry_run else ""), file=sys.stderr)
    return 1 if ctx.failed else 0


def cmd_export(args):
    from kb_app.core.cases.docx_export import case_to_docx

    kb = _kb(args)
    _ready(kb, args)
    case = kb.case(args.id)
    if case is None:
        sys.exit(f"kb: no case with id {args.id!r}")
    if not args.output:
        sys.exit("kb: give -o FILE.docx")
    data = case_to_docx(case, kb.vocab, args.lang, kb.cases_dir, kb.lesson_title)
    from kb_app.core.fsutil import atomic_write

    atomic_write(Path(args.output), data)
    print(f"wrote {_line(args.output)}", file=sys.stderr)
    return 0


# -- learn (issue 8): lessons, reading progress, reading paths, practice journal -------------------------

def _learn_kb(args):
    kb = _kb(args)
    _ready(kb, args)
    if kb.corpus is None:
        kb.load()
    return kb


def _lang(args) -> str:
    return getattr(args, "lang", None) or "en"


def cmd_lessons(args):
    from kb_app.core.learning import progress

    kb = _learn_kb(args)
    prog = progress.for_kb(kb)
    lang = _lang(args)
    rows = [l for l in prog.lessons.values()
            if (not args.skill or args.skill in l.skills) and (not args.kind or args.kind in l.kinds)]
    rows.sort(key=lambda l: (-len(l.cases), l.id))
    if args.json:
        for l in rows:
            print(_json({"id": l.id, "title": l.title, "skills": l.skills, "kinds": l.kinds, "teaches": l.teaches,
                         "cases": len(l.cases), "cases_read": l.cases_read, "read": l.read,
                         "case_ids": [c[0] for c in l.cases]}))
        return 0
    if not rows:
        print("no lesson matches")
        return 0
    for l in rows:
        mark = "✓" if l.read else " "
        skills = ", ".join(kb.vocab.label("skills", s, lang) for s in l.skills)
        print(f"{mark} {_safe(l.title)}  ({l.id})")
        _print(f"    {len(l.cases)} case(s), {l.cases_read} read · {skills}")
    print(f"{len(rows)} lesson(s)")
    return 0


def _pad(text: str, width: int) -> str:
    """Pad for a terminal column: CJK characters take two cells."""
    import unicodedata

    cells = sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)
    return text + " " * max(1, width - cells)


def cmd_progress(args):
    from kb_app.core.learning import progress

    kb = _learn_kb(args)
    prog = progress.for_kb(kb)
    lang = _lang(args)
    fmt = "csv" if args.csv else args.export
    if fmt:
        rows = progress.read_rows(kb.state)
        if fmt == "csv":  # csv_text made every cell safe: written as it is, a BOM for a file only
            text = progress.export_csv(prog, rows, kb.corpus, kb.vocab, lang, bom=bool(args.output))
        else:
            text = progress.export_markdown(prog, rows, kb.corpus, kb.vocab, lang)
        _write_out(text, args.output, raw=fmt == "csv")
        return 0
    print(f"cases read: {prog.cases_read} / {prog.cases_total}; lessons read: {prog.lessons_read} / {prog.lessons_total}")
    print("\nby soft skill:")
    for c in prog.skills:
        _print(f"  {_pad(kb.vocab.label('skills', c.key, lang), 26)}{c.read:>3} / {c.total:<3} {progress._bar(c.fraction)}")
    print("\nby incident kind:")
    for c in prog.kinds:
        _print(f"  {_pad(kb.vocab.label('kinds', c.key, lang), 26)}{c.read:>3} / {c.total:<3} {progress._bar(c.fraction)}")
    if prog.suggestions:
        print("\nwhat to read next:")
        for s in prog.suggestions:
            _print(f"  {s.case_id}: {s.title}\n      {s.reason(kb.vocab.label('skills', s.skill, lang))}")
    return 0


def cmd_paths(args):
    from kb_app.core.learning import progress, reading_paths

    kb = _learn_kb(args)
    lang = _lang(args)
    found, problems = reading_paths.load_paths(kb.cases_dir, kb.corpus)
    for p in problems:
        print(str(p), file=sys.stderr)
    rc, rl = progress.read_sets(kb.state)
    if not found:
        print(f"no reading path in {kb.cases_dir / reading_paths.PATHS_DIR}")
        return 0
    for rp in found:
        st = reading_paths.where(rp, rc, rl)
        print(f"{_safe(rp.text('title', lang))}  ({rp.id})  {st.read} / {st.total} read")
        if args.verbose:
            print("    " + _safe(rp.text("intro", lang)).replace("\n", "\n    "))
        for i, (step, done) in enumerate(zip(rp.steps, st.done)):
            obj = (kb.corpus.cases if step.type == "case" else kb.corpus.lessons).get(step.id)
            here = "→" if i == st.next_index else " "
            print(f"  {here} {'✓' if done else '·'} {i + 1:2}. {step.type:<6} {_safe(obj.title if obj else step.id)}")
        nxt = st.next_step
        print("  finished" if st.finished else f"  next: {nxt.type} {nxt.id}")
    return 0


def cmd_read(args, unread=False):
    from kb_app.core.learning import progress

    kb = _learn_kb(args)
    typ = "lesson" if args.lesson else "case"
    known = kb.corpus.lessons if typ == "lesson" else kb.corpus.cases
    for ident in args.ids:
        if ident not in known and not unread:
            sys.exit(f"kb: no {typ} with id {ident!r}")
        if unread:
            progress.unmark(kb.state, ident, typ)
        else:
            progress.mark(kb.state, ident, typ, "manual")
        print(f"{typ} {ident}: {'unread' if unread else 'read'}")
    return _state_saved(kb)


def _state_saved(kb) -> int:
    """0 when every change reached state.db. A read-only or locked one keeps changes in memory
    (StateStore.apply): a command has no later moment to write them, so say so, exit 1. (feat/integrate)"""
    st = kb.state
    if st.pending and not st.retry():
        why = next((n.message for n in reversed(st.notices)
                    if n.code in ("state-read-only", "state-locked", "state-newer", "state-not-a-file")), "")
        print(f"kb: {st.pending} change(s) could not be saved: {why}", file=sys.stderr)
        return 1
    return 0


def cmd_journal(args):
    from kb_app.core import clock
    from kb_app.core.learning import practice

    kb = _learn_kb(args)
    entries = practice.journal(kb.state, args.case)
    if args.export == "md":
        text = practice.export_markdown(entries, kb.corpus)
        _write_out(text, args.output)
        return 0
    if not entries:
        print("no practice answers yet (Practise on a case in the app: open a case, then Practise or Ctrl+P)")
        return 0
    for e in entries:
        case = kb.corpus.cases.get(e.case_id)
        print(f"{clock.local(e.updated_at)}  {_safe(case.title if case else e.case_id)}  ({e.case_id})"
              + ("" if e.revealed else "  [not revealed]"))
        for line in e.answer.strip().splitlines():
            print(f"    {_safe(line)}")
    return 0


def add_learn_commands(command):
    skills = ["responsibility", "judgment", "communication", "composure", "persistence", "learning"]
    langs = ["zh-Hans", "zh-Hant", "en"]
    s = command("lessons", "list lessons with the number of cases behind each")
    s.add_argument("--skill", choices=skills)
    s.add_argument("--kind")
    s.add_argument("--lang", choices=langs, help="labels in this language (default en)")
    s.add_argument("--json", action="store_true", help="one JSON object per line")
    s.set_defaults(func=cmd_lessons)

    s = command("progress", "reading coverage per soft skill and per kind, and what to read next")
    s.add_argument("--csv", action="store_true", help="same as --export csv")
    s.add_argument("--export", choices=["csv", "md"], help="print (or -o write) a report for a mentor")
    s.add_argument("-o", "--output", metavar="FILE")
    s.add_argument("--lang", choices=langs)
    s.set_defaults(func=cmd_progress)

    s = command("paths", "reading paths (cases/paths/) and where you are on each")
    s.add_argument("-v", "--verbose", action="store_true", help="show each path's introduction")
    s.add_argument("--lang", choices=langs)
    s.set_defaults(func=cmd_paths)

    s = command("read", "mark cases (or --lesson lessons) as read by hand")
    s.add_argument("ids", nargs="+")
    s.add_argument("--lesson", action="store_true")
    s.set_defaults(func=cmd_read)

    s = command("unread", "mark cases (or --lesson lessons) as not read")
    s.add_argument("ids", nargs="+")
    s.add_argument("--lesson", action="store_true")
    s.set_defaults(func=lambda a: cmd_read(a, unread=True))

    s = command("journal", "the practice journal: what you answered before each reveal")
    s.add_argument("--case", help="only this case")
    s.add_argument("--export", choices=["md"])
    s.add_argument("-o", "--output", metavar="FILE")
    s.set_defaults(func=cmd_journal)


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

    s = command("compare", "cases of one kind side by side, with weighted scores, spread and agreement")
    s.add_argument("--kind", help="incident kind, e.g. storage-failure (its newest 10 cases)")
    s.add_argument("--ids", help="or: the case ids to compare, comma-separated (2 to 10)")
    s.add_argument("--rubric", default="default", help="rubric id in cases/rubrics/ (default: default)")
    s.add_argument("--format", choices=["md", "csv", "docx"], default="md", help="docx: a Word document (-o FILE)")
    s.add_argument("-o", "--output", metavar="FILE", help="write to FILE (needed for docx)")
    s.add_argument("--lang", choices=["zh-Hans", "zh-Hant", "en"], default="en", help="labels' language")
    s.add_argument("--sections", action="store_true", help="md: add the cases' sections, aligned")
    s.set_defaults(func=cmd_compare)

    s = command("rate", "rate one case on one criterion (writes your own cases/ratings/<you>.yaml)")
    s.add_argument("case")
    s.add_argument("criterion")
    s.add_argument("score", type=int)
    s.add_argument("--comment")
    s.add_argument("--rater", help="your name (default: $KB_RATER, else git's user.name)")
    s.add_argument("--rubric", default="default")
    s.set_defaults(func=cmd_rate)

    s = command("standard", "the team's standards (cases/standards/<kind>.md)")
    st = s.add_subparsers(dest="standard_cmd", required=True)
    a = st.add_parser("approve", help="make a draft standard the team's standard (status: approved)",
                      parents=[common])
    a.add_argument("kind", help="the kind whose standard to approve, e.g. storage-failure")
    a.set_defaults(func=cmd_standard_approve)

    s = command("show", "show one case")
    s.add_argument("id")
    s.set_defaults(func=cmd_show)

    s = command("new", "write a new case from the template; prints its path")
    s.add_argument("--title", required=True)
    s.add_argument("--kind", required=True, help="a key of vocab/kinds.yaml, e.g. storage-failure")
    s.add_argument("--language", choices=["zh-Hans", "zh-Hant", "en"], help="default: detected from the title")
    s.add_argument("--date", help="YYYY-MM-DD (default: today)")
    s.set_defaults(func=cmd_new)

    s = command("migrate-format", "rewrite case files to the flat, Obsidian-editable format "
                                  "(outcome_status/outcome_summary, [[links]]); only the keys that change")
    s.add_argument("--dry-run", action="store_true", help="list what would change, write nothing")
    s.set_defaults(func=cmd_migrate_format)
    s = command("import", "bring documents in as cases to review: .docx, .xlsx/.csv (a case per row), "
                          ".html, .md/.txt, .pdf; files and folders")
    s.add_argument("paths", nargs="+", metavar="PATH")
    s.add_argument("--dry-run", action="store_true", help="write nothing; show what would be created")
    s.add_argument("--allow-duplicates", action="store_true",
                   help="import documents that look like an existing case too (linked to it as related)")
    s.add_argument("--map", action="append", metavar="COLUMN=field",
                   help="spreadsheets: read COLUMN as field (number, title, description, category, priority, "
                        "opened, resolved, resolution, actions, group, ...); repeat for more")
    s.add_argument("--json", action="store_true", help="one JSON object per line: created, skipped, problem")
    s.add_argument("-v", "--verbose", action="store_true", help="show each suggestion with its reason")
    s.set_defaults(func=cmd_import)

    s = command("export", "export a case for people outside the app (--docx -o FILE)")
    s.add_argument("id")
    s.add_argument("--docx", action="store_true", help="as a Word document (the default and only format)")
    s.add_argument("-o", "--output", metavar="FILE")
    s.add_argument("--lang", choices=["zh-Hans", "zh-Hant", "en"], help="labels' language (default: the case's)")
    s.set_defaults(func=cmd_export)
    add_learn_commands(command)  # learn (issue 8)
    return p


# -- a damaged index is rebuilt, then the command runs again (feat/state) ----------------------------
def _run_repairing(args) -> int:
    from kb_app.core.retrieval.index import IndexCorrupt

    try:
        return args.func(args) or 0
    except IndexCorrupt as e:
        print(f"kb: {e}", file=sys.stderr)
        rep = _kb(args).repair(progress=_progress_printer())
        for m in rep.messages:
            print(m, file=sys.stderr)
        return args.func(args) or 0


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
        return _run_repairing(args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except SystemExit:
        raise
    except Exception as e:  # noqa: BLE001 - a message, not a traceback (KB_DEBUG=1 shows it)
        if os.environ.get("KB_DEBUG"):
            raise
        from kb_app.core.fsutil import describe_error

        _print(f"kb: {describe_error(e)}", file=sys.stderr)  # the file and the problem, no class name
        return 1


if __name__ == "__main__":
    sys.exit(main())
