"""Safe files: crash-safe writes (committed whole or not at all, keeping the file's mode), the
team-file writer (a lock held across read, merge and write, so several writers lose nothing),
folders that stay inside the cases folder (no links out), and CSV a spreadsheet reads safely."""
from __future__ import annotations

import contextlib
import csv
import errno
import hashlib
import io
import os
import re
import stat
import tempfile
import time
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows: no advisory locks
    fcntl = None

TEMP_GLOB = ".*.tmp"           # what atomic_write leaves behind when killed mid-write
TEMP_STALE_SECONDS = 3600      # a temp file this old belongs to no live write, whoever made it
_TEMP_OWNER_RE = re.compile(r"\.~([0-9a-f]{6})-(\d+)\.[^.]*\.tmp$")


def _host_tag() -> str:
    import socket

    return hashlib.blake2b(socket.gethostname().encode("utf-8", "replace"), digest_size=3).hexdigest()


def _temp_prefix(path: Path) -> str:
    """.<name>.~<host>-<pid>. : a temp file says who writes it, so one left by a killed process on
    this machine is recognised at once (another machine's, on a shared folder, by its age)."""
    return f".{path.name}.~{_host_tag()}-{os.getpid()}."


def _owner_dead(name: str) -> bool:
    m = _TEMP_OWNER_RE.search(name)
    if m is None or m.group(1) != _host_tag():
        return False
    pid = int(m.group(2))
    if pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except (PermissionError, OSError):
        return False
    return False


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


def _write_temp(path: Path, data: bytes, mode: int) -> str:
    """`data` whole in a temp file beside `path` (named for its writer), fsynced, with `mode`; errors
    name the user's file, never the temp file (issue 19)."""
    try:
        fd, tmp = tempfile.mkstemp(prefix=_temp_prefix(path), suffix=".tmp", dir=path.parent)
    except OSError as e:
        raise about(e, path) from None
    try:
        if hasattr(os, "fchmod"):
            os.fchmod(fd, mode)
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
    except BaseException as e:
        _unlink(tmp)
        if isinstance(e, OSError):
            raise about(e, path) from e
        raise
    return tmp


def _unlink(path: str) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass


def _sync_dir(folder: Path) -> None:
    """Make a rename or link in `folder` durable where the platform allows it."""
    try:
        dfd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(dfd)
        finally:
            os.close(dfd)
    except OSError:
        pass


def atomic_write(path: Path, data: bytes | str, encoding: str = "utf-8") -> None:
    """Write to a temp file beside `path`, fsync it, then os.replace it over `path`; the file keeps
    its permissions (a new one gets the usual ones)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode(encoding)
    tmp = _write_temp(path, data, file_mode(path))
    try:
        os.replace(tmp, path)
    except BaseException as e:
        _unlink(tmp)
        if isinstance(e, OSError):
            raise about(e, path) from e
        raise
    _sync_dir(path.parent)


def about(e: OSError, path: Path) -> OSError:
    """`e` as an error about `path` (the file the user asked for), whatever file the system named."""
    if e.errno is None or e.filename == str(path):
        return e
    return OSError(e.errno, e.strerror, str(path))  # OSError(errno, ...) is PermissionError, ... again


_OS_WORDS = {errno.EACCES: "permission denied", errno.EPERM: "permission denied",
             errno.EROFS: "the disk is read-only", errno.ENOSPC: "the disk is full",
             errno.EDQUOT: "the disk quota is used up", errno.ENOENT: "it does not exist",
             errno.EISDIR: "it is a folder", errno.ENOTDIR: "a part of its path is not a folder",
             errno.EEXIST: "it exists already", errno.EBUSY: "it is in use by another program",
             errno.ENAMETOOLONG: "its name is too long", errno.ELOOP: "it leads through too many links",
             errno.EIO: "the disk could not be read or written"}


def describe_error(e: BaseException) -> str:
    """An error in words for a person (the CLI's last word on a failure): the file it is about and
    the problem, never an exception's class name nor a temp file's name."""
    if isinstance(e, OSError) and e.errno is not None:
        what = _OS_WORDS.get(e.errno) or (e.strerror or "").lower() or f"system error {e.errno}"
        return f"{e.filename}: {what}" if e.filename else what
    text = str(getattr(e, "message", "") or e).strip()
    return text or "an unexpected problem"


# -- inside the cases folder ---------------------------------------------------------------------------

class OutsideFolder(OSError):
    """A path that leads out of the cases folder (through a link, or ..)."""


class NotRegularFile(OSError):
    """A shared file's name held by a pipe, device, socket or folder: never read (a pipe would
    block the reader forever) nor replaced."""


def read_regular(path: Path, limit: int | None = None) -> bytes | None:
    """The bytes of a regular file (at most `limit` + 1 of them when given, so the caller can tell
    it is larger), None when there is none; NotRegularFile for anything else. Opened without
    blocking and checked on the open descriptor, so a pipe swapped in after a check cannot hang
    the reader."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except FileNotFoundError:
        return None
    except IsADirectoryError:
        raise NotRegularFile(errno.EISDIR, "not a regular file", str(path)) from None
    with os.fdopen(fd, "rb") as f:
        if not stat.S_ISREG(os.fstat(f.fileno()).st_mode):
            raise NotRegularFile(errno.EINVAL, "not a regular file", str(path))
        return f.read() if limit is None else f.read(limit + 1)


def is_inside(root: Path, path: Path) -> bool:
    """Does `path`, links resolved, stay inside `root` (links resolved too)?"""
    try:
        real_root = os.path.realpath(root)
        real = os.path.realpath(path)
    except (OSError, ValueError):
        return False
    return real == real_root or real.startswith(real_root.rstrip(os.sep) + os.sep)


def check_inside(root: Path, path: Path) -> Path:
    """`path` if it stays inside `root`, else OutsideFolder. For a path that does not exist yet, its
    nearest existing folder decides (so a linked `ratings/` is refused before anything is made)."""
    path = Path(path)
    probe = path
    while not probe.exists() and not probe.is_symlink() and probe != probe.parent:
        probe = probe.parent
    if not is_inside(root, probe) or (probe == path and path.is_symlink() and not is_inside(root, path)):
        raise OutsideFolder(f"{path} leads outside {root}")
    return path


def folder_files(root: Path, sub: str, suffixes: tuple[str, ...]) -> tuple[list[Path], list[Path]]:
    """The files of root/sub with these suffixes, hidden files and READMEs left out, as
    (inside, outside): a file or the folder itself linked out of `root` is never read."""
    d = Path(root) / sub
    try:
        if not d.is_dir():
            return [], []
        if not is_inside(root, d):
            return [], [d]
        names = sorted(d.iterdir())
    except OSError:
        return [], []
    inside, outside = [], []
    for p in names:
        if p.name.startswith(".") or p.suffix.lower() not in suffixes or p.name.lower() == "readme.md":
            continue
        (inside if is_inside(root, p) else outside).append(p)
    return inside, outside


# -- the team-file writer ------------------------------------------------------------------------------

@contextlib.contextmanager
def folder_lock(folder: Path):
    """An exclusive advisory lock on a folder (flock on the folder itself: no lock file to litter the
    cases folder or git), held across a read-modify-write of a file in it."""
    fd = None
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        fd = None
    try:
        if fd is not None and fcntl is not None:
            fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        if fd is not None:
            os.close(fd)


def update_file(root: Path, path: Path, change, encoding: str = "utf-8"):
    """The one way a shared file in the cases folder is rewritten: inside `root` only, under the
    folder's lock, `change(old_text or None)` -> new text (None: leave the file), atomic replace that
    keeps the mode. Two writers at once are serialised: the second reads what the first wrote."""
    root, path = Path(root), Path(path)
    check_inside(root, path)
    path.parent.mkdir(parents=True, exist_ok=True)
    check_inside(root, path)
    with folder_lock(path.parent):
        raw = read_regular(path)
        old = raw.decode(encoding) if raw is not None else None
        new = change(old)
        if new is not None and new != old:
            atomic_write(path, new, encoding)
        return new


def create_file(root: Path, path: Path, data: bytes | str, encoding: str = "utf-8") -> Path:
    """Write a new file atomically; FileExistsError if it is there already, even when another
    process makes it at the same moment (the name is claimed with O_EXCL before the write)."""
    root, path = Path(root), Path(path)
    check_inside(root, path)
    path.parent.mkdir(parents=True, exist_ok=True)
    check_inside(root, path)
    with folder_lock(path.parent):
        if path.is_symlink():
            raise FileExistsError(str(path))
        create_new(path, data, encoding)   # hard link: never over a file, even a non-locking writer's
    return path


def remove_stale_temps(root: Path, max_depth: int = 3, now: float | None = None) -> list[Path]:
    """Remove what killed writes left in `root` and its team folders: a temp file whose writer on this
    machine is gone, or any older than TEMP_STALE_SECONDS; returns what was removed. Links are never
    followed."""
    now = time.time() if now is None else now
    removed: list[Path] = []
    stack = [(Path(root), 0)]
    while stack:
        d, depth = stack.pop()
        try:
            entries = list(os.scandir(d))
        except OSError:
            continue
        for e in entries:
            try:
                if e.is_dir(follow_symlinks=False):
                    if depth < max_depth and not e.name.startswith("."):
                        stack.append((Path(e.path), depth + 1))
                elif e.name.startswith(".") and e.name.endswith(".tmp") and e.is_file(follow_symlinks=False) \
                        and (_owner_dead(e.name) or now - e.stat(follow_symlinks=False).st_mtime > TEMP_STALE_SECONDS):
                    os.unlink(e.path)
                    removed.append(Path(e.path))
            except OSError:
                continue
    return removed


def create_new(path: Path, data: bytes | str, encoding: str = "utf-8") -> None:
    """Write a NEW file whole, or not at all, and never over an existing one: the data goes to a
    temp file beside `path` (fsync), which is then hard-linked to `path` -- link() fails with
    FileExistsError when the name is taken, so whatever is there stays as it was. Where the file
    system has no hard links, O_CREAT|O_EXCL keeps the "never over" promise (the file may then be
    seen half-written for a moment). The new file gets the usual mode (0666 less the umask)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode(encoding)
    mode = 0o666 & ~_umask()
    tmp = _write_temp(path, data, mode)
    try:
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
        _unlink(tmp)
    _sync_dir(path.parent)


# -- CSV for spreadsheets ------------------------------------------------------------------------------

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "＝", "＋", "－", "＠")  # and their full-width forms (CJK IMEs)
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
    # spaces first do not make it safe: some spreadsheets trim a cell before reading it
    if s.lstrip(" \u3000\n").startswith(_FORMULA_START) and not _NUMBER_RE.match(s):
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


# -- who holds a lock (feat/state; issue 19) ------------------------------------------------------------
# /proc/locks lists flock() locks (FLOCK) and fcntl() byte-range locks (POSIX; OFDLCK): SQLite takes
# POSIX locks, its writer a WRITE lock on the database (rollback journal, or locking_mode=EXCLUSIVE)
# or on the -shm file (WAL), while every reader holds READ locks on the database too. So the holder
# of a database is found among the WRITE locks on the file and its -wal/-shm first; lines starting
# with "->" are processes waiting for a lock, not holding it; this process is named only when no
# other one holds anything.

def _proc_locks() -> list[tuple[str, int, int, int, int]]:
    """(access, pid, major, minor, inode) of each lock held, from /proc/locks ([] where there is none)."""
    out = []
    try:
        with open("/proc/locks", encoding="ascii", errors="replace") as f:
            lines = f.read().splitlines()
    except OSError:
        return out
    for line in lines:
        parts = line.split()
        # 1: POSIX  ADVISORY  WRITE 1234 fe:00:5678 1073741824 1073741824
        if len(parts) < 6 or parts[1] == "->":
            continue
        try:
            major, minor, ino = parts[5].split(":")
            out.append((parts[3], int(parts[4]), int(major, 16), int(minor, 16), int(ino)))
        except ValueError:
            continue
    return out


def lock_owner(path: Path) -> tuple[int, str] | None:
    """The process holding a lock on `path` (a database: or on its -wal / -shm), as the system
    tells: (pid, its command line), or None when it cannot be known."""
    files = []
    for p in (Path(path), Path(f"{path}-shm"), Path(f"{path}-wal")):
        try:
            st = os.stat(p)
        except OSError:
            continue
        files.append((st.st_ino, os.major(st.st_dev), os.minor(st.st_dev)))
    if not files:
        return None
    locks = _proc_locks()
    inodes = {ino for ino, _, _ in files}
    exact = [lk for lk in locks if (lk[4], lk[2], lk[3]) in files]
    # the same inode on another device number: an overlay or bind mount shows the lower file's device
    candidates = exact or [lk for lk in locks if lk[4] in inodes]
    me = os.getpid()

    def rank(lk):  # writers first, other processes first, the database before its -shm / -wal
        order = next(i for i, f in enumerate(files) if f[0] == lk[4])
        return (lk[0] != "WRITE", lk[1] == me, order)

    for access, pid, _, _, _ in sorted((lk for lk in candidates if lk[1] > 0), key=rank):
        try:
            cmd = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode("utf-8", "replace")
            cmd = " ".join(cmd.split())[:120]
        except OSError:
            cmd = ""
        return pid, cmd
    return None


def lock_holder(path: Path) -> str:
    """Who holds a lock on `path`, in English for the CLI and the log: 'pid 123 (kb index)'."""
    owner = lock_owner(path)
    if owner is None:
        return "another process"
    pid, cmd = owner
    return f"pid {pid}" + (f" ({cmd})" if cmd else "")
