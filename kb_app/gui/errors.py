"""An error as the user reads it, in the UI language (issue 19): the file it is about and the
problem in words, never an exception's class name (`ValueError`) nor the name of a temp file
beside the user's file (fsutil.atomic_write names the user's file in its errors).

    say(QCoreApplication.translate("CompareView", "Ratings not saved: {0}").format(error_text(e)))
"""
from __future__ import annotations

import errno
import sqlite3

from PySide6.QtCore import QCoreApplication


def _tr(text: str) -> str:
    return QCoreApplication.translate("Errors", text)


def _os_words(code: int) -> str:
    words = {
        errno.EACCES: lambda: _tr("you have no permission to change it"),
        errno.EPERM: lambda: _tr("you have no permission to change it"),
        errno.EROFS: lambda: _tr("the disk is read-only"),
        errno.ENOSPC: lambda: _tr("the disk is full"),
        errno.EDQUOT: lambda: _tr("your disk quota is used up"),
        errno.ENOENT: lambda: _tr("it does not exist"),
        errno.EISDIR: lambda: _tr("it is a folder, not a file"),
        errno.ENOTDIR: lambda: _tr("a part of its path is not a folder"),
        errno.EEXIST: lambda: _tr("it exists already"),
        errno.EBUSY: lambda: _tr("another program is using it"),
        errno.ENAMETOOLONG: lambda: _tr("its name is too long"),
        errno.ELOOP: lambda: _tr("it leads through too many links"),
        errno.EIO: lambda: _tr("the disk could not be read or written"),
    }.get(code)
    return words() if words else _tr("the system refused (error {0})").format(code)


def error_text(e: BaseException) -> str:
    """`e` in words for the user: '{file}: {problem}' for a file's error, else the problem."""
    if isinstance(e, OSError) and e.errno is not None:
        what = _os_words(e.errno)
        return _tr("{0}: {1}").format(e.filename, what) if e.filename else what
    if isinstance(e, OSError) and type(e).__name__ == "OutsideFolder":
        return _tr("it leads outside the case folder")
    if isinstance(e, sqlite3.OperationalError) and "locked" in str(e).lower():
        return _tr("another program is using the file")
    if isinstance(e, sqlite3.Error):
        return _tr("the app's own data file could not be used")
    text = str(getattr(e, "message", "") or e).strip()
    if isinstance(e, KeyError) and len(e.args) == 1:
        text = _tr("{0} was not found").format(e.args[0])
    return text or _tr("an unexpected problem")
