"""Work-arounds for binding bugs, applied once when the GUI package is imported.

PySide6/shiboken6 6.12.0 on CPython < 3.12: every call of a Qt method that returns void hands
back None without taking a reference, so None's reference count falls by one per call (a
QLabel.setText, a QTimer.start, a QPainter.drawText ...). From Python 3.12 on, None is immortal
and nothing happens; on 3.11 the count reaches zero after some thousands of calls and the
interpreter aborts with "Fatal Python error: none_dealloc" (seen here at exit, and it would
come mid-session in a long one).

guard_none_refcount() measures the drift on a cheap void call and, only if None really loses
references, adds a very large number of references to None, True and False (the bools were
seen to lose references too): they then cannot be freed, which is exactly what Python 3.12
does for them (PEP 683). Nothing else is touched.
"""
from __future__ import annotations

import ctypes
import logging
import sys

log = logging.getLogger(__name__)

_applied = False
BUMP = 1 << 40


def none_drift(calls: int = 64) -> int:
    """How None's reference count changes over `calls` void Qt calls (0 when the binding is sound)."""
    from PySide6.QtCore import QObject

    import gc

    probe = QObject()
    enabled = gc.isenabled()
    gc.disable()  # a collection inside the loop frees objects that held None: not a leak
    try:
        before = sys.getrefcount(None)
        for _ in range(calls):
            probe.setObjectName("probe")
        after = sys.getrefcount(None)
    finally:
        if enabled:
            gc.enable()
    del probe
    return after - before


def guard_none_refcount() -> bool:
    """Make None effectively immortal if the binding leaks its references. True if applied."""
    global _applied
    if _applied or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return _applied
    drift = none_drift()
    if drift > -32:  # the leaking binding loses exactly one reference per call (-64); noise is a few
        return False
    # True and False lose references the same way on some paths (seen: "bool_dealloc" at exit)
    for singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(singleton)).value += BUMP
    _applied = True
    try:
        import PySide6

        version = PySide6.__version__
    except Exception:  # noqa: BLE001
        version = "?"
    log.info("PySide6 %s drops a reference to None per void call (drift %d over 64 calls); "
             "None made immortal as on Python 3.12", version, drift)
    return True
