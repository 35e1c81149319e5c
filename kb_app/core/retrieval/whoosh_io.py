"""Reading a Whoosh segment without copying it.

Whoosh maps a compound segment file (mmap) and hands each part to its readers as a BufferFile,
which wraps the mapped bytes in a BytesIO: that copies the whole part. At 10,000 cases the
postings part is ~18 MB and the terms part ~3 MB, copied again for every reader opened, which
was most of what a cold `kb search` spent opening the index (~90 ms of its ~150 ms).

ViewBufferFile reads the same bytes through a memoryview of the mapping instead: seek, tell and
read behave as BytesIO's do, and nothing is copied until a reader asks for bytes. Installed once,
by retrieval.index, for this process; Whoosh's on-disk format and its readers are untouched.
"""
from __future__ import annotations

import os

from whoosh.filedb import compound
from whoosh.filedb.structfile import BufferFile


class _View:
    """The file-object part of BytesIO that StructFile uses, over a memoryview (read-only)."""

    __slots__ = ("_mv", "_pos", "closed")

    def __init__(self, buf):
        self._mv = memoryview(buf)
        self._pos = 0
        self.closed = False

    def read(self, n: int | None = -1) -> bytes:
        self._check_open()
        start = self._pos
        end = len(self._mv) if n is None or n < 0 else min(len(self._mv), start + n)
        if end <= start:
            return b""
        self._pos = end
        return self._mv[start:end].tobytes()

    def readline(self, limit: int | None = -1) -> bytes:
        self._check_open()
        mv, start = self._mv, self._pos
        stop = len(mv) if limit is None or limit < 0 else min(len(mv), start + limit)
        i = start
        while i < stop:  # lines are not how segments are read; kept for BytesIO parity
            if mv[i] == 10:
                i += 1
                break
            i += 1
        self._pos = i
        return mv[start:i].tobytes()

    def seek(self, pos: int, whence: int = os.SEEK_SET) -> int:
        self._check_open()
        if whence == os.SEEK_CUR:
            pos = max(0, pos + self._pos)  # as BytesIO: relative seeks stop at the start
        elif whence == os.SEEK_END:
            pos = max(0, pos + len(self._mv))
        elif whence != os.SEEK_SET:
            raise ValueError(f"invalid whence ({whence})")
        if pos < 0:
            raise ValueError(f"negative seek position {pos}")
        self._pos = pos
        return pos

    def tell(self) -> int:
        self._check_open()
        return self._pos

    def _check_open(self) -> None:
        if self.closed:
            raise ValueError("I/O operation on closed file.")

    def __iter__(self):
        while True:
            line = self.readline()
            if not line:
                return
            yield line

    def write(self, _b):
        raise OSError("a mapped segment is read-only")

    def flush(self) -> None:
        pass

    def close(self) -> None:
        if not self.closed:
            self.closed = True
            self._mv.release()


class ViewBufferFile(BufferFile):
    """A BufferFile whose sequential reads go through a memoryview rather than a BytesIO copy."""

    def __init__(self, buf, name=None, onclose=None):
        self._buf = buf
        self._name = name
        self.file = _View(buf)
        self.onclose = onclose
        self.is_real = False
        self.is_closed = False


_installed = False


def install() -> None:
    """Make Whoosh's compound segments hand out ViewBufferFiles (idempotent)."""
    global _installed
    if not _installed:
        compound.BufferFile = ViewBufferFile
        _installed = True
