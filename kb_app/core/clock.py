"""Times, one rule everywhere (issue 19): stored in UTC as ISO 8601 with its offset (+00:00), shown
and exported in local time *with its offset* (2026-05-01 14:03 +08:00), or as the local date of that
moment (2026-05-01). A reader in another time zone, or a mentor reading an export, can never take
a UTC time for a local one.

    now()                   '2026-05-01T06:03:05+00:00'    what the stores write
    local(iso)              '2026-05-01 14:03 +08:00'      shown in a report, a list, a dialog
    local(iso, True)        '2026-05-01T14:03:05+08:00'    a CSV cell (still ISO 8601)
    local_date(iso)         '2026-05-01'                   the local day of that moment
    today()                 '2026-05-01'                   the local day now

A stored time without an offset (none is written so) is taken as UTC, as every store writes.
"""
from __future__ import annotations

import datetime as _dt


def now() -> str:
    return _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds")


def parse(iso: str) -> _dt.datetime | None:
    """A stored time as an aware datetime in local time (None when it is not a time)."""
    try:
        t = _dt.datetime.fromisoformat(str(iso or "").strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    if t.tzinfo is None:
        t = t.replace(tzinfo=_dt.timezone.utc)
    return t.astimezone()


def offset(t: _dt.datetime) -> str:
    """'+08:00' / '-05:30' / '+00:00'."""
    off = t.utcoffset() or _dt.timedelta(0)
    minutes = int(off.total_seconds() // 60)
    sign = "-" if minutes < 0 else "+"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def local(iso: str, iso_format: bool = False) -> str:
    """A stored time in local time with its offset (the text as it is if it is not a time)."""
    t = parse(iso)
    if t is None:
        return str(iso or "")
    if iso_format:
        return t.isoformat(timespec="seconds")
    return f"{t:%Y-%m-%d %H:%M} {offset(t)}"


def local_date(iso: str) -> str:
    """The local date of a stored time ('' / the text's first ten characters if it is not a time)."""
    t = parse(iso)
    return t.date().isoformat() if t is not None else str(iso or "")[:10]


def today() -> str:
    return _dt.date.today().isoformat()


def local_now() -> str:
    return local(now())
