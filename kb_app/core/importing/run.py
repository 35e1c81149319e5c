"""One import run: sources in, imported cases (to review) out.

    ctx = ImportContext(progress=cb, cancel=flag.is_set)
    import_paths([folder, file], cases_dir, vocab, cases, lessons, ImportOptions(dry_run=False), ctx,
                 similar=lambda text: [(id, title, score, kind, engine score), ...])
    ctx.records  # one ImportRecord per case created, source skipped, or file failed

For each source: read it (its format's Importer), then for each document or row: skip it when the
same content was imported before ("already imported"; the `source_hash` in the front matter
remembers it); suggest its metadata (suggest.py); report it as a likely duplicate when a case
has the same title and date, or the precedent engine finds one above DUPLICATE_SCORE (imported
anyway only with allow_duplicates, then linked as related); else write it: images, the original
text and the suggestions under assets/<id>/, then the case file, each created exclusively
(fsutil.create_new: an existing file is never overwritten) and atomically. A file that fails is
named with its problem and the others go on. Nothing is written outside the case folder, and
nothing at all in a dry run.
"""
from __future__ import annotations

import datetime as _dt
import json
import os
import re
import shutil
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from kb_app.core.analysis import text as _text
from kb_app.core.cases import ids
from kb_app.core.cases.casefile import CaseFile, template
from kb_app.core.cases.parsing import MAX_BYTES, split_front_matter
from kb_app.core.domain import Problem
from kb_app.core.fsutil import content_hash, create_new
from . import review
from .base import (MAX_BODY_CHARS, Draft, ImportContext, ImportRecord, Importer, SourceProblem, inside, one_line)
from .notes import NotesImporter
from .pdf import PdfImporter
from .sheet import SheetImporter
from .suggest import Suggestion, _stem, suggest
from .web import WebImporter
from .word import WordImporter

DUPLICATE_SCORE = 0.75   # the precedent engine's score above which a document is the same incident
# ... and only when it also says the same thing: a close precedent (same kind, component and pressure)
# scores as high as a copy since issue 16, so the share of the document's words that the case holds
# (or the case's in the document, the shorter of the two) caps the score: a copy under a new title
# shares ~1.0, another incident of the same kind 0.3-0.6
# (bench on the bundled cases: a case's own text scores 0.80-0.97 against it, the closest other case 0.58)

# documents we cannot read, named as problems when met in a folder (other files there are ignored)
UNSUPPORTED = {".doc": ".docx", ".xls": ".xlsx", ".ppt": None, ".pptx": None, ".rtf": ".docx", ".odt": ".docx",
               ".ods": ".xlsx", ".wps": ".docx", ".et": ".xlsx", ".pages": ".docx", ".numbers": ".xlsx",
               ".msg": None, ".eml": None, ".mht": ".html", ".mhtml": ".html", ".epub": None}


@dataclass
class ImportOptions:
    dry_run: bool = False
    allow_duplicates: bool = False
    column_map: dict = field(default_factory=dict)    # spreadsheet column name -> field (sheet.FIELDS)
    duplicate_score: float = DUPLICATE_SCORE


def importers(options: ImportOptions) -> dict[str, Importer]:
    out: dict[str, Importer] = {}
    for imp in (WordImporter(), WebImporter(), NotesImporter(), SheetImporter(options.column_map), PdfImporter()):
        for ext in imp.extensions:
            out[ext] = imp
    return out


# -- finding the sources ----------------------------------------------------------------------------------
@dataclass
class Source:
    file: Path
    root: Path         # images and links may be taken from inside this folder only
    label: str         # the file as `source:` names it


def collect(paths, cases_dir: Path, known: dict, ctx: ImportContext) -> list[Source]:
    """Every importable file under the given paths (folders recursively, links to folders not
    followed, dot files skipped). Unreadable paths, and documents of a kind we cannot read, are
    recorded as failed; the case folder itself is never read as a source."""
    out: list[Source] = []
    cases_real = os.path.realpath(cases_dir)
    seen: set[str] = set()

    def in_cases(p: str) -> bool:
        r = os.path.realpath(p)
        return r == cases_real or r.startswith(cases_real.rstrip(os.sep) + os.sep)

    def add(f: Path, root: Path, label: str, explicit: bool):
        ext = f.suffix.lower()
        real = os.path.realpath(f)
        if real in seen:
            return
        seen.add(real)
        try:
            regular = stat.S_ISREG(os.stat(f).st_mode)
        except OSError:
            regular = True  # let the reader name why it cannot be read
        if not regular:  # a pipe or device named like a document: opening it could block for ever
            if ext in known or ext in UNSUPPORTED or explicit:
                ctx.add(ImportRecord("failed", str(f), label, "import-unreadable", "not a regular file",
                                     ("not a regular file",)))
            return
        if ext in known:
            out.append(Source(f, root, label))
        elif ext in UNSUPPORTED or explicit:
            to = UNSUPPORTED.get(ext)
            ctx.add(ImportRecord("failed", str(f), label, "import-unsupported",
                                 f"{ext or 'this kind of file'} cannot be imported" + (f"; save it as {to}" if to else ""),
                                 (ext, to or "")))

    for p in paths:
        p = Path(p).expanduser()
        if not os.path.lexists(p):
            ctx.add(ImportRecord("failed", str(p), p.name, "import-not-found", "no such file or folder", ()))
            continue
        if in_cases(str(p)):
            ctx.add(ImportRecord("skipped", str(p), p.name, "inside-case-folder",
                                 "inside the case folder: its cases are already here", ()))
            continue
        if p.is_file():
            add(p, p.parent, p.name, True)
            continue
        if not p.is_dir():
            ctx.add(ImportRecord("failed", str(p), p.name, "import-unreadable", "not a regular file or folder",
                                 ("not a regular file or folder",)))
            continue
        base = p.resolve().parent
        for dirpath, dirnames, filenames in os.walk(p, followlinks=False,
                                                    onerror=lambda e: ctx.add(ImportRecord(
                                                        "failed", str(e.filename), Path(e.filename).name,
                                                        "import-unreadable", f"cannot read the folder: {e.strerror}",
                                                        (str(e.strerror),)))):
            dirnames[:] = sorted(d for d in dirnames if not d.startswith(".") and not in_cases(os.path.join(dirpath, d)))
            for name in sorted(filenames):
                if name.startswith((".", "~$")):
                    continue
                f = Path(dirpath) / name
                if f.is_symlink() and not f.is_file():
                    continue
                try:
                    label = str(f.resolve().relative_to(base)) if not f.is_symlink() else str(f.relative_to(p.parent))
                except ValueError:
                    label = name
                add(f, p, label, False)
    return out


# -- duplicates ---------------------------------------------------------------------------------------------
def title_key(title: str) -> str:
    return re.sub(r"[\W_]+", "", _text.fold(title or "").lower())


@dataclass
class Known:
    """What the library holds, for duplicates and fresh ids (grown by each case of the run)."""

    hashes: dict[str, str] = field(default_factory=dict)          # source_hash -> case id
    titles: dict[str, list[tuple[str, str, str]]] = field(default_factory=dict)  # title key -> [(id, date, title)]
    ids: set[str] = field(default_factory=set)

    @classmethod
    def of(cls, cases, cases_dir: Path) -> "Known":
        k = cls()
        for c in cases:
            k.ids.add(c.id)
            h = str((c.extra or {}).get(review.HASH_KEY) or "")
            if h:
                k.hashes.setdefault(h, c.id)
            k.titles.setdefault(title_key(c.title), []).append((c.id, c.date or "", c.title))
        try:
            k.ids.update(e.name for e in os.scandir(Path(cases_dir) / review.ASSETS) if e.is_dir(follow_symlinks=False))
        except OSError:
            pass
        return k


def precedents(draft: Draft, similar) -> list[tuple]:
    """The precedent engine's closest cases for a document, asked once: [(id, title, duplicate score,
    kind, score)] (a `similar` that gives (id, title, score) only gives no kind and no vote)."""
    if similar is None:
        return []
    body = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", draft.markdown)
    try:
        hits = similar((draft.title or _stem(draft)) + "\n" + body[:6000])
    except Exception:  # noqa: BLE001 - no index, a busy one: the title check and the cues stand alone
        return []
    return [tuple(h) if len(h) >= 5 else (h[0], h[1], float(h[2]), "", float(h[2])) for h in hits or []]


def _duplicate(draft: Draft, sugg: dict, known: Known, hits: list, threshold: float):
    """(case id, title, how, score) of the case this document most likely repeats, or None."""
    date = str(sugg["date"].value) if "date" in sugg else ""
    for cid, cdate, ctitle in known.titles.get(title_key(draft.title), []):
        if not date or not cdate or date == cdate:
            return cid, ctitle, "title-date", 1.0
    for cid, ctitle, score, *_ in sorted(hits, key=lambda h: -h[2])[:1]:
        if score >= threshold:
            return cid, ctitle, "similar", float(score)
    return None


def word_overlap(a: str, b: str) -> float:
    """Share of the shorter text's analyzed words that the other holds (0..1)."""
    wa, wb = set(_text.terms(a or "")), set(_text.terms(b or ""))
    if not wa or not wb:
        return 0.0
    return len(wa & wb) / min(len(wa), len(wb))


# -- writing -------------------------------------------------------------------------------------------------
_PLACEHOLDER_RE = re.compile(r"\]\(kbimg:(\d+|drop)\)")


def _body(draft: Draft, ident: str) -> tuple[str, list[str]]:
    names = [f"image-{i + 1}.{img.ext}" for i, img in enumerate(draft.images)]

    def repl(m):
        if m.group(1) == "drop" or int(m.group(1)) >= len(names):
            return "]()"
        return f"]({review.ASSETS}/{ident}/{names[int(m.group(1))]})"

    body = _PLACEHOLDER_RE.sub(repl, draft.markdown)
    body = re.sub(r"!\[[^\]]*\]\(\)", "", body)
    return body, names


def case_text(draft: Draft, sugg: dict[str, Suggestion], ident: str, source_hash: str,
              related: list[str] | None = None) -> tuple[str, list[str]]:
    body, names = _body(draft, ident)
    v = {k: s.value for k, s in sugg.items()}
    form = {"kind": v.get("kind", ""), "industry": v.get("industry", ""), "severity": v.get("severity", ""),
            "soft_skills": v.get("soft_skills", []), "stakes": v.get("stakes", []),
            "outcome_status": v.get("outcome_status", "unknown"), "outcome_summary": v.get("outcome_summary", ""),
            "lessons": v.get("lessons", []), "related": related or [], "tags": v.get("tags", [])}
    text = template(v["title"], v.get("kind", ""), v.get("language", ""), ident, v.get("date", ""), body, form)
    cf = CaseFile.parse(text)
    # each new key goes right after the last known one: set in reverse to read review, source, hash
    cf.set(review.HASH_KEY, source_hash)
    cf.set(review.SOURCE_KEY, draft.label)
    cf.set(review.REVIEW_KEY, review.IMPORTED)
    text = cf.text()
    split_front_matter(text)  # it must read back as a case (raises ParseError otherwise)
    return text, names


def _safe_dir(cases_dir: Path, d: Path) -> bool:
    """d (existing or not) stays inside the case folder once links are resolved."""
    return inside(d, cases_dir) and os.path.realpath(d) != os.path.realpath(cases_dir)


def _write(cases_dir: Path, draft: Draft, ident: str, text: str, names: list[str], info: dict) -> Path:
    """assets/<id>/ first (images, original.txt, import.json), the case file last; every file created
    exclusively. On any failure what this call created is removed again."""
    assets = Path(cases_dir) / review.ASSETS
    d = assets / ident
    if not _safe_dir(cases_dir, assets) or not _safe_dir(cases_dir, d):
        raise SourceProblem("import-write-failed", "the assets folder leads out of the case folder; nothing written",
                            ("assets leads out of the case folder",))
    assets.mkdir(exist_ok=True)
    d.mkdir()  # FileExistsError: taken meanwhile -> the caller picks another id
    path = Path(cases_dir) / f"{ident}.md"
    try:
        for img, name in zip(draft.images, names):
            create_new(d / name, img.data)
        create_new(d / review.ORIGINAL, draft.original or draft.markdown)
        create_new(d / review.INFO, json.dumps(info, ensure_ascii=False, indent=1, default=str) + "\n")
        create_new(path, text)
    except BaseException:
        shutil.rmtree(d, ignore_errors=True)
        raise
    return path


# -- the run ---------------------------------------------------------------------------------------------------
def import_paths(paths, cases_dir: Path, vocab, cases=(), lessons: dict | None = None,
                 options: ImportOptions | None = None, ctx: ImportContext | None = None,
                 similar: Callable[[str], list] | None = None) -> ImportContext:
    """Import files and folders into `cases_dir`. `cases`: the library's cases (duplicates, ids);
    `lessons`: {id: Lesson} to match lessons against; `similar(text) -> [(id, title, score)]`: the
    precedent engine (KnowledgeBase.similar), for duplicates by content. Returns the context."""
    options = options or ImportOptions()
    ctx = ctx or ImportContext()
    cases_dir = Path(cases_dir)
    known_exts = importers(options)
    known = Known.of(list(cases), cases_dir)
    sources = collect(paths, cases_dir, known_exts, ctx)
    ctx.total = len(sources)
    ctx.progress("")
    for src in sources:
        if ctx.should_stop():
            break
        imp = known_exts[src.file.suffix.lower()]
        ctx.progress(src.label)
        try:
            for item in imp.read(src.file, ctx, src.root):
                if ctx.should_stop():
                    break
                if isinstance(item, SourceProblem):  # one row that cannot be a case; the file goes on
                    status = "skipped" if item.code == "import-row-empty" else "failed"
                    ctx.add(ImportRecord(status, str(src.file), f"{src.label}" + (f", row {item.line}" if item.line else ""),
                                         item.code, item.message, item.args_, row=item.line))
                    continue
                item.label = item.label or src.label
                _one(item, cases_dir, vocab, lessons or {}, options, ctx, known, similar)
        except SourceProblem as e:
            ctx.add(ImportRecord("failed", str(src.file), src.label, e.code, e.message, e.args_, row=e.line))
        except (MemoryError, RecursionError) as e:
            ctx.add(ImportRecord("failed", str(src.file), src.label, "import-too-complex",
                                 f"the file is too large or too deeply nested to read ({type(e).__name__})",
                                 (type(e).__name__,)))
        except Exception as e:  # noqa: BLE001 - one bad file never stops the others
            ctx.add(ImportRecord("failed", str(src.file), src.label, "import-unexpected",
                                 f"unexpected problem: {type(e).__name__}: {one_line(str(e), 160)}",
                                 (f"{type(e).__name__}: {one_line(str(e), 160)}",)))
        ctx.done += 1
        ctx.progress(src.label)
    return ctx


def _one(draft: Draft, cases_dir: Path, vocab, lessons: dict, options: ImportOptions, ctx: ImportContext,
         known: Known, similar) -> None:
    file = str(draft.file)
    if not draft.title.strip() and not draft.markdown.strip():
        ctx.add(ImportRecord("skipped", file, draft.label, "import-empty", "no text to import", (), row=draft.row))
        return
    if len(draft.markdown) > MAX_BODY_CHARS:
        ctx.add(ImportRecord("failed", file, draft.label, "import-too-large",
                             f"the text is {len(draft.markdown) // 1000} thousand characters; a case holds at most "
                             f"{MAX_BODY_CHARS // 1000} thousand", (len(draft.markdown) // 1000, MAX_BODY_CHARS // 1000),
                             row=draft.row))
        return
    source_hash = content_hash(("\x00".join([draft.fmt if draft.fmt not in ("xlsx", "csv") else "row", draft.title,
                                             draft.original or draft.markdown])).encode("utf-8"))
    if source_hash in known.hashes:
        cid = known.hashes[source_hash]
        ctx.add(ImportRecord("skipped", file, draft.label, "already-imported", f"already imported (as {cid})", (cid,),
                             case_id=cid, row=draft.row))
        return
    hits = precedents(draft, similar)
    sugg = suggest(draft, vocab, lessons, [(h[3], h[4], h[0], h[1]) for h in hits if h[3]])
    draft.title = str(sugg["title"].value)
    dup = _duplicate(draft, sugg, known, hits, options.duplicate_score)
    if dup is not None and not options.allow_duplicates:
        cid, ctitle, how, score = dup
        why = "same title and date" if how == "title-date" else f"similarity {score:.2f}"
        ctx.add(ImportRecord("skipped", file, draft.label, "duplicate",
                             f"likely duplicate of {cid} ({one_line(ctitle, 80)}; {why}); not imported "
                             "(--allow-duplicates imports it anyway)", (cid, ctitle, how, round(score, 3)),
                             duplicate_of=cid, row=draft.row))
        return
    date = str(sugg["date"].value) if "date" in sugg else None
    info = {"format": 1, "source": draft.label, "source_format": draft.fmt, "row": draft.row,
            "source_hash": source_hash, "imported_at": _dt.datetime.now().astimezone().isoformat(timespec="seconds"),
            "suggestions": {k: s.to_dict() for k, s in sugg.items()},
            "duplicate_of": ({"id": dup[0], "title": dup[1], "how": dup[2], "score": round(dup[3], 3)} if dup else None),
            "warnings": [{"code": w.code, "message": w.message, "args": list(w.args)} for w in draft.warnings]}
    for attempt in range(20):
        ident = ids.new_id(draft.title, date, known.ids, cases_dir)
        text, names = case_text(draft, sugg, ident, source_hash, [dup[0]] if dup else None)
        if len(text.encode("utf-8")) > MAX_BYTES:
            ctx.add(ImportRecord("failed", file, draft.label, "import-too-large", "the case would be larger than 2 MB",
                                 (len(text.encode("utf-8")) // 1048576, MAX_BYTES // 1048576), row=draft.row))
            return
        path = cases_dir / f"{ident}.md"
        if not options.dry_run:
            info["images"] = names
            try:
                path = _write(cases_dir, draft, ident, text, names, info)
            except FileExistsError:
                known.ids.add(ident)  # taken meanwhile by someone else: the next free id
                continue
            except SourceProblem as e:
                ctx.add(ImportRecord("failed", file, draft.label, e.code, e.message, e.args_, row=draft.row))
                return
            except OSError as e:
                ctx.add(ImportRecord("failed", file, draft.label, "import-write-failed",
                                     f"cannot write the case: {e.strerror or e}", (str(e.strerror or e),), row=draft.row))
                return
        break
    else:
        ctx.add(ImportRecord("failed", file, draft.label, "import-write-failed", "no free file name for the case",
                             ("no free file name",), row=draft.row))
        return
    known.ids.add(ident)
    known.hashes[source_hash] = ident
    known.titles.setdefault(title_key(draft.title), []).append((ident, date or "", draft.title))
    v = {k: s.value for k, s in sugg.items()}
    ctx.add(ImportRecord("created", file, draft.label, "created", "", (), case_id=ident, path=str(path),
                         title=draft.title, kind=str(v.get("kind", "")), language=str(v.get("language", "")),
                         duplicate_of=dup[0] if dup else "", row=draft.row, dry_run=options.dry_run,
                         suggestions=sugg, warnings=list(draft.warnings)))


def problems_of(ctx: ImportContext) -> list[Problem]:
    """The failed sources as Problems (file, row, code, args) for a problems panel."""
    return [Problem(r.file, r.message, r.row, "error", r.code, r.args) for r in ctx.records if r.status == "failed"]
