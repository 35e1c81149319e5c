"""The review flag of imported cases: what a review queue needs.

An imported case carries `review: imported` in its front matter (and `source:` naming the
original file or ticket, `source_hash:` so the same source is never imported twice). Beside it,
inside the case folder, `assets/<id>/` holds its images, `original.txt` (the document's text as
converted, before anything was suggested) and `import.json` (every suggestion with its reason:
the words that carried it).

    items = queue(corpus.cases.values(), cases_dir)   # imported cases not yet reviewed, newest first
    original_text(cases_dir, case_id)         # the original document's text, or None
    import_info(cases_dir, case_id)           # {"suggestions": {field: {value, why, words}}, ...}
    clear(path)                               # the flag removed (atomic, surgical); the editor's save
    clear_text(text)                          # ... or on the text it is about to write
"""
from __future__ import annotations

import json
import re
import os
from dataclasses import dataclass
from pathlib import Path

from kb_app.core.cases.casefile import CaseFile, save_text
from kb_app.core.cases.parsing import ID_RE

REVIEW_KEY = "review"
IMPORTED = "imported"
SOURCE_KEY = "source"
HASH_KEY = "source_hash"
ASSETS = "assets"
ORIGINAL = "original.txt"
INFO = "import.json"
MAX_READ = 4 * 1024 * 1024


def needs_review(case) -> bool:
    return str((case.extra or {}).get(REVIEW_KEY) or "").strip().lower() == IMPORTED


@dataclass
class ReviewItem:
    id: str
    title: str
    path: str
    source: str
    kind: str
    language: str
    date: str
    imported_at: str = ""


def queue(cases, cases_dir: Path | None = None) -> list[ReviewItem]:
    """Imported cases still to review, newest import first (then by id)."""
    items = []
    for c in cases:
        if not needs_review(c):
            continue
        info = import_info(cases_dir, c.id) if cases_dir is not None else {}
        items.append(ReviewItem(c.id, c.title, str(c.path), str((c.extra or {}).get(SOURCE_KEY) or ""), c.kind,
                                c.language, c.date, str(info.get("imported_at") or "")))
    items.sort(key=lambda i: (i.imported_at, i.id), reverse=True)
    return items


def count(cases) -> int:
    return sum(1 for c in cases if needs_review(c))


def assets_dir(cases_dir: Path, case_id: str) -> Path | None:
    """cases/assets/<id>/, or None for an id that could leave the folder or a folder that does."""
    if not ID_RE.match(case_id or "") or ".." in case_id:
        return None
    d = Path(cases_dir) / ASSETS / case_id
    root = os.path.realpath(cases_dir)
    real = os.path.realpath(d)
    if not real.startswith(root.rstrip(os.sep) + os.sep):
        return None
    return d


def _read(path: Path) -> bytes | None:
    try:
        if path.is_symlink() or not path.is_file():
            return None
        with open(path, "rb") as f:
            return f.read(MAX_READ)
    except OSError:
        return None


def original_text(cases_dir: Path, case_id: str) -> str | None:
    d = assets_dir(cases_dir, case_id)
    data = _read(d / ORIGINAL) if d is not None else None
    return data.decode("utf-8", "replace") if data is not None else None


def import_info(cases_dir: Path, case_id: str) -> dict:
    d = assets_dir(cases_dir, case_id)
    data = _read(d / INFO) if d is not None else None
    if not data:
        return {}
    try:
        info = json.loads(data.decode("utf-8"))
    except (ValueError, UnicodeDecodeError):
        return {}
    return info if isinstance(info, dict) else {}


def clear_text(text: str) -> str:
    """The file text without the review flag (only that line changes)."""
    cf = CaseFile.parse(text)
    cf.set(REVIEW_KEY, None)
    return cf.text()


def clear(path: Path) -> bool:
    """Mark an imported case reviewed: the `review:` line removed, atomically. True if it changed."""
    path = Path(path)
    text = path.read_bytes().decode("utf-8")
    new = clear_text(text)
    if new == text:
        return False
    save_text(path, new)
    return True


_IMAGE_RE = re.compile(r"!\[([^\]]*)\]\(kbimg:(\d+|drop)\)")
_EMPHASIS_RE = re.compile(r"(?<!\\)\*{1,3}")


def readable_original(text: str, image: str = "[image {0}]") -> str:
    """The kept original as a reviewer reads it beside the case: the words of the document without
    the emphasis marks of its conversion (`**上午 9:1***0 起` reads 上午 9:10 起) and its image
    placeholders named (`image`: the words for one, {0} its number or alt text). Headings, lists
    and tables stay as lines."""
    def img(m):
        alt = m.group(1).strip()
        return image.format(alt or (int(m.group(2)) + 1 if m.group(2).isdigit() else ""))

    out = []
    for line in (text or "").split("\n"):
        line = _IMAGE_RE.sub(img, line)
        out.append(_EMPHASIS_RE.sub("", line).replace("\\*", "*"))
    return "\n".join(out)
