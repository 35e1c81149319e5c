"""What every format importer shares (after Obsidian Importer's format-importer): one Importer per
format reads a source file into Drafts; the run (run.py) turns each Draft into a case. An
ImportContext counts what was done, skipped and failed with the reason, reports progress through
a plain callback and stops when its cancel flag says so, so the same run serves the CLI, a Qt
worker and a test.

Everything read here may be hostile: sizes are bounded before anything is read or unpacked (a
zip bomb is refused by its declared sizes), text is cleaned of control and bidi-override
characters, images are recognised by their bytes (never by their name) and named by us.
"""
from __future__ import annotations

import re
import struct
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator

from kb_app.core.domain import Problem
from kb_app.core.fsutil import is_inside

# -- limits against hostile or runaway files -----------------------------------------------------
MAX_SOURCE_BYTES = 50 * 1024 * 1024      # a source file larger than this is refused unread
MAX_UNPACKED_BYTES = 200 * 1024 * 1024   # a .docx / .xlsx may unpack to at most this much ...
MAX_PACK_RATIO = 200                     # ... and no member may be compressed more than this (zip bomb)
MAX_IMAGE_BYTES = 10 * 1024 * 1024       # one image
MAX_IMAGES = 200                         # images kept per document
MAX_BODY_CHARS = 600_000                 # converted text of one case (the case file limit is 2 MB)
MAX_ROWS = 20_000                        # rows read from one sheet


class SourceProblem(Exception):
    """A source that cannot be imported: a stable code, an English message, the values it names."""

    def __init__(self, code: str, message: str, args: tuple = (), line: int | None = None):
        super().__init__(message)
        self.code, self.message, self.args_, self.line = code, message, tuple(args), line


@dataclass
class Image:
    data: bytes
    ext: str           # png, jpg, gif, bmp, webp: from the bytes
    alt: str = ""


@dataclass
class Given:
    """A value the source states itself (a column, a front-matter key, a document property)."""

    value: object
    why: str           # column | front-matter | document-property | ...
    words: tuple = ()  # what carried it: the column name and cell, the key


@dataclass
class Draft:
    """One document, or one spreadsheet row, read and converted; not yet a case."""

    file: Path                      # the source file
    label: str                      # how `source:` names it: "案例/存储.docx", "INC0012 (tickets.xlsx, row 5)"
    fmt: str                        # docx, xlsx, csv, html, md, txt, pdf
    title: str = ""
    title_why: str = ""             # document-title | first-heading | html-title | front-matter | column | first-line | file-name
    markdown: str = ""              # the body; images as kbimg:N placeholders
    original: str = ""              # the text as converted, kept as assets/<id>/original.txt
    images: list[Image] = field(default_factory=list)
    given: dict[str, Given] = field(default_factory=dict)   # date, kind, severity, outcome_summary, tags ...
    warnings: list[Problem] = field(default_factory=list)
    row: int | None = None          # spreadsheet row (1-based, as the spreadsheet shows it)
    narrative: str = ""             # what suggestions read when not the whole body (a row: not its field table)


class Importer:
    """One per format. read() yields Drafts, or raises SourceProblem for the whole file."""

    fmt = ""
    extensions: tuple[str, ...] = ()

    def read(self, path: Path, ctx: "ImportContext", root: Path) -> Iterator[Draft]:  # pragma: no cover
        raise NotImplementedError


# -- what happened to each source -------------------------------------------------------------------
@dataclass
class ImportRecord:
    status: str                 # created | skipped | failed
    file: str                   # the source file
    source: str = ""            # its label (file, or ticket and row)
    code: str = ""              # skipped/failed: already-imported, duplicate, import-damaged ...
    message: str = ""           # English; the window words `code` + `args` itself
    args: tuple = ()
    case_id: str = ""
    path: str = ""              # the case file (created, or would be in a dry run)
    title: str = ""
    kind: str = ""
    language: str = ""
    duplicate_of: str = ""
    row: int | None = None
    dry_run: bool = False
    suggestions: dict = field(default_factory=dict)  # field -> suggest.Suggestion (created only)
    warnings: list = field(default_factory=list)     # Problems that did not stop it (an image dropped)

    def to_json(self) -> dict:
        if self.status == "created":
            d = {"id": self.case_id, "path": self.path, "title": self.title, "kind": self.kind,
                 "language": self.language, "source": self.source, "review": True}
            if self.dry_run:
                d["dry_run"] = True
            if self.duplicate_of:
                d["duplicate_of"] = self.duplicate_of
            return d
        if self.status == "skipped":
            d = {"skipped": self.source or self.file, "reason": self.message, "code": self.code}
            if self.duplicate_of:
                d["duplicate_of"] = self.duplicate_of
            return d
        d = {"problem": self.message, "file": self.file, "code": self.code}
        if self.row:
            d["row"] = self.row
        return d


class ImportContext:
    """Counts, progress and cancel for one run. progress(done, total, message) is called after each
    source file (and every few rows of a large sheet); cancel() is polled between documents."""

    def __init__(self, progress: Callable[[int, int, str], None] | None = None,
                 cancel: Callable[[], bool] | None = None, on_record: Callable[[ImportRecord], None] | None = None):
        self._progress, self._cancel, self._on_record = progress, cancel, on_record
        self.records: list[ImportRecord] = []
        self.total = 0
        self.done = 0
        self.cancelled = False

    @property
    def created(self) -> int:
        return sum(1 for r in self.records if r.status == "created")

    @property
    def skipped(self) -> int:
        return sum(1 for r in self.records if r.status == "skipped")

    @property
    def failed(self) -> int:
        return sum(1 for r in self.records if r.status == "failed")

    def should_stop(self) -> bool:
        if not self.cancelled and self._cancel is not None and self._cancel():
            self.cancelled = True
        return self.cancelled

    def progress(self, message: str = "") -> None:
        if self._progress is not None:
            self._progress(self.done, self.total, message)

    def add(self, rec: ImportRecord) -> ImportRecord:
        self.records.append(rec)
        if self._on_record is not None:
            self._on_record(rec)
        return rec


# -- text and files ------------------------------------------------------------------------------------
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b\u202a-\u202e\u2066-\u2069\ufeff\ufffe\uffff]")


def clean_text(s: str) -> str:
    """Control, zero-width and bidi-override characters dropped; line ends made \\n."""
    s = (s or "").replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROL_RE.sub("", s)


def one_line(s: str, limit: int = 200) -> str:
    s = re.sub(r"\s+", " ", clean_text(s)).strip()
    return s if len(s) <= limit else s[: limit - 1].rstrip() + "…"


def read_bounded(path: Path, limit: int = MAX_SOURCE_BYTES) -> bytes:
    """A regular file's bytes, refused (SourceProblem) when it is larger than `limit`."""
    import os
    import stat

    try:
        st = os.stat(path)
        if not stat.S_ISREG(st.st_mode):
            raise SourceProblem("import-unreadable", "not a regular file", ("not a regular file",))
        if st.st_size > limit:
            raise SourceProblem("import-too-large", f"the file is {st.st_size / 1048576:.1f} MB; at most "
                                f"{limit // 1048576} MB can be imported", (f"{st.st_size / 1048576:.1f}", limit // 1048576))
        with open(path, "rb") as f:
            return f.read(limit + 1)
    except OSError as e:
        raise SourceProblem("import-unreadable", f"cannot read the file: {e.strerror or e}", (str(e.strerror or e),))


OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def check_office_zip(path: Path, what: str, required: str) -> None:
    """An Office Open XML file must be a zip holding `required` (word/document.xml ...), unpacking to a
    sane size. An encrypted .docx/.xlsx is an OLE file holding EncryptedPackage; an old .doc/.xls is an
    OLE file without it."""
    try:
        with open(path, "rb") as f:
            head = f.read(8)
    except OSError as e:
        raise SourceProblem("import-unreadable", f"cannot read the file: {e.strerror or e}", (str(e.strerror or e),))
    if head == OLE_MAGIC:
        data = read_bounded(path)
        if "EncryptedPackage".encode("utf-16-le") in data:
            raise SourceProblem("import-encrypted", "the file is encrypted (password-protected); save an "
                                "unprotected copy to import it")
        raise SourceProblem("import-unsupported", f"an old binary Office file, not {what}; save it as {what} "
                            "(File > Save As) to import it", (what,))
    try:
        with zipfile.ZipFile(path) as z:
            infos = z.infolist()
            names = {i.filename for i in infos}
            if required not in names:
                raise SourceProblem("import-damaged", f"not a readable {what} file (no {required} inside)",
                                    (f"no {required}",))
            total = 0
            for i in infos:
                total += i.file_size
                if i.file_size > 1024 * 1024 and i.compress_size and i.file_size / i.compress_size > MAX_PACK_RATIO:
                    raise SourceProblem("import-expands-too-much", f"{i.filename} inside would unpack to "
                                        f"{i.file_size / 1048576:.0f} MB from {i.compress_size / 1024:.0f} KB "
                                        "(a zip bomb?); not opened", (i.filename, f"{i.file_size / 1048576:.0f}"))
            if total > MAX_UNPACKED_BYTES:
                raise SourceProblem("import-expands-too-much", f"the file would unpack to {total / 1048576:.0f} MB; "
                                    f"at most {MAX_UNPACKED_BYTES // 1048576} MB is opened",
                                    ("", f"{total / 1048576:.0f}"))
    except zipfile.BadZipFile as e:
        raise SourceProblem("import-damaged", f"the file is damaged (not a valid {what}: {e})", (str(e),))
    except OSError as e:
        raise SourceProblem("import-unreadable", f"cannot read the file: {e.strerror or e}", (str(e.strerror or e),))


# -- images ---------------------------------------------------------------------------------------------
def sniff_image(data: bytes) -> str | None:
    """The image type from its first bytes (png, jpg, gif, bmp, webp), or None: SVG (may hold
    scripts), EMF/WMF (nothing offline shows them) and anything else are not kept."""
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if data.startswith(b"\xff\xd8\xff"):
        return "jpg"
    if data.startswith((b"GIF87a", b"GIF89a")):
        return "gif"
    if data.startswith(b"BM") and len(data) > 26:
        return "bmp"
    if data.startswith(b"RIFF") and data[8:12] == b"WEBP":
        return "webp"
    return None


def image_size(data: bytes, ext: str) -> tuple[int, int] | None:
    try:
        if ext == "png":
            return struct.unpack(">II", data[16:24])
        if ext == "gif":
            return struct.unpack("<HH", data[6:10])
        if ext == "bmp":
            w, h = struct.unpack("<ii", data[18:26])
            return abs(w), abs(h)
    except struct.error:
        return None
    return None


def accept_image(data: bytes, alt: str = "") -> tuple[Image | None, str]:
    """(Image, "") when the bytes are an image worth keeping; else (None, why): too-big, not-an-image,
    tracking-pixel."""
    if len(data) > MAX_IMAGE_BYTES:
        return None, "too-big"
    ext = sniff_image(data)
    if ext is None:
        return None, "not-an-image"
    size = image_size(data, ext)
    if size is not None and size[0] * size[1] <= 4:
        return None, "tracking-pixel"
    return Image(data, ext, one_line(alt, 120)), ""


def inside(path: Path, root: Path) -> bool:
    """True when `path`, links resolved, is `root` or under it (fsutil.is_inside, arguments as here)."""
    return is_inside(root, path)


def decode_text(data: bytes) -> str:
    """Text of a file from another tool: UTF-8 (with or without BOM), UTF-16 with a BOM, else the
    best guess among GB18030 and Big5 (charset-normalizer); SourceProblem when nothing fits."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    text = data.decode("utf-8", "replace")  # UTF-8 with a few broken bytes: the bytes go, the text stays
    if text.count("\ufffd") <= max(3, len(text) // 200) and len(text) > 20:
        return text.replace("\ufffd", "")
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data[:262144], cp_isolation=["gb18030", "big5", "utf_16", "cp1252"]).best()
    except Exception:  # noqa: BLE001 - a guess only
        best = None
    if best is not None:
        try:
            return data.decode(best.encoding)
        except (UnicodeDecodeError, LookupError):
            pass
    raise SourceProblem("import-encoding", "the text is in an encoding that could not be recognised; "
                        "re-save it as UTF-8")
