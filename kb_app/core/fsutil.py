"""Crash-safe file writes: a write is committed whole or not at all."""
from __future__ import annotations

import csv
import hashlib
import io
import os
import re
import stat
import tempfile
from pathlib import Path


def _umask() -> int:
    """The process umask, read without changing it (os.umask would race other threads)."""
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    return 0o022


def file_mode(path: Path) -> int:
    """The mode a rewrite of `path` must keep: the file's own, or what a new file would get
    (0666 less the umask). mkstemp makes 0600, which would take colleagues' read access away."""
    try:
        return stat.S_IMODE(os.stat(path).st_mode)
    except OSError:
        return 0o666 & ~_umask()


def atomic_write(path: Path, data: bytes | str, encoding: str = "utf-8") -> None:
    """Write to a temp file beside `path`, fsync it, then os.replace it over `path`; the file keeps
    its permissions (a new one gets the usual ones)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode(encoding)
    mode = file_mode(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        if hasattr(os, "fchmod"):
            os.fchmod(fd, mode)
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    try:  # make the rename itself durable where the platform allows it
        dfd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(dfd)
        finally:
            os.close(dfd)
    except OSError:
        pass


def create_new(path: Path, data: bytes | str, encoding: str = "utf-8") -> None:
    """Write a NEW file whole, or not at all, and never over an existing one: the data goes to a
    temp file beside `path` (fsync), which is then hard-linked to `path` -- link() fails with
    FileExistsError when the name is taken, so whatever is there stays as it was. Where the file
    system has no hard links, O_CREAT|O_EXCL keeps the "never over" promise (the file may then be
    seen half-written for a moment). The new file gets the usual mode (0666 less the umask)."""
    import errno

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode(encoding)
    mode = 0o666 & ~_umask()
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        if hasattr(os, "fchmod"):
            os.fchmod(fd, mode)
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        try:
            os.link(tmp, path)
        except FileExistsError:
            raise
        except OSError as e:
            if e.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV, errno.EMLINK, errno.ENOSYS):
                raise
            out = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), mode)
            with os.fdopen(out, "wb") as f:
                f.write(data)
                f.flush()
                os.fsync(f.fileno())
    finally:
        try:
            os.unlink(tmp)
        except OSError:
            pass
    try:
        dfd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(dfd)
        finally:
            os.close(dfd)
    except OSError:
        pass


# -- CSV for spreadsheets ------------------------------------------------------------------------------

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER_RE = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$")
_CELL_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def csv_cell(value) -> str:
    """One cell as a spreadsheet will read it safely: a text that Excel or LibreOffice would run as
    a formula (=, +, -, @, tab, CR first) gets a leading apostrophe (OWASP); numbers stay numbers;
    control and bidi-override characters are dropped."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else ""
    if isinstance(value, (int, float)):
        return f"{value:g}" if isinstance(value, float) else str(value)
    s = _CELL_CONTROL_RE.sub("", str(value))
    if s.startswith(_FORMULA_START) and not _NUMBER_RE.match(s):
        return "'" + s
    return s


def csv_text(rows, bom: bool = True) -> str:
    """Rows as CSV text (RFC 4180 line ends), every cell through csv_cell. `bom`: a UTF-8 byte-order
    mark first, which Excel on Chinese Windows needs to read UTF-8 (for files; not for a pipe)."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for row in rows:
        w.writerow([csv_cell(v) for v in row])
    return ("\ufeff" if bom else "") + buf.getvalue()


def content_hash(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=16).hexdigest()


# -- who holds a lock (feat/state) -------------------------------------------------------------------
def lock_holder(path: Path) -> str:
    """Who holds an advisory lock on `path`, as well as the system tells: 'pid 123 (kb index)'."""
    try:
        ino = os.stat(path).st_ino
        with open("/proc/locks", encoding="ascii", errors="replace") as f:
            for line in f:
                parts = line.split()
                # 1: FLOCK  ADVISORY  WRITE 1234 fd:01:5678 0 EOF   (an entry may start with "->")
                if parts and parts[0] == "->":
                    parts = parts[1:]
                if len(parts) >= 6 and parts[5].rsplit(":", 1)[-1] == str(ino):
                    pid = parts[4]
                    try:
                        cmd = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(
                            "utf-8", "replace")
                        cmd = " ".join(cmd.split())
                    except OSError:
                        cmd = ""
                    return f"pid {pid}" + (f" ({cmd[:120]})" if cmd else "")
    except OSError:
        pass
    return "another process"
