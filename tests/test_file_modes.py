"""A save keeps the file's permissions: colleagues on a shared folder keep their read access."""
import os
import stat
import sys

import pytest

from kb_app.core.fsutil import atomic_write, file_mode
from test_cli import kb

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")


def _mode(p):
    return stat.S_IMODE(os.stat(p).st_mode)


def test_a_rewrite_keeps_the_files_mode(tmp_path):
    f = tmp_path / "case.md"
    f.write_text("old")
    os.chmod(f, 0o644)
    atomic_write(f, "new")
    assert f.read_text() == "new" and _mode(f) == 0o644
    os.chmod(f, 0o640)
    atomic_write(f, "newer")
    assert _mode(f) == 0o640


def test_a_new_file_gets_what_the_umask_allows_not_0600(tmp_path):
    old = os.umask(0o022)
    try:
        atomic_write(tmp_path / "new.md", "x")
        assert _mode(tmp_path / "new.md") == 0o644
        assert file_mode(tmp_path / "missing") == 0o644
    finally:
        os.umask(old)


def test_kb_rate_keeps_a_shared_ratings_file_readable(cases_copy, tmp_path):
    ratings = cases_copy / "ratings"
    ratings.mkdir(exist_ok=True)
    kb("rate", "securities-storage-30h", "judgment", "4", "--rater", "Mode Tester", data=tmp_path, cases=cases_copy)
    written = [p for p in ratings.glob("*.yaml") if "Mode Tester" in p.read_text(encoding="utf-8")]
    assert len(written) == 1
    os.chmod(written[0], 0o644)
    kb("rate", "securities-storage-30h", "judgment", "5", "--rater", "Mode Tester", data=tmp_path, cases=cases_copy)
    assert _mode(written[0]) == 0o644
    assert not list(ratings.glob(".*.tmp"))


def test_a_failed_write_names_the_users_file_in_words(tmp_path, monkeypatch):
    """Issue 19: an error from atomic_write named the temp file beside the user's file; the words
    for it name the file and the problem, never an exception class."""
    import errno
    import re

    from kb_app.core import fsutil

    target = tmp_path / "ratings" / "ro.yaml"

    def refuse(prefix="", suffix="", dir=None, **kw):
        raise PermissionError(errno.EACCES, "Permission denied", f"{dir}/{prefix}g0zp0144{suffix}")

    monkeypatch.setattr(fsutil.tempfile, "mkstemp", refuse)
    with pytest.raises(PermissionError) as e:
        fsutil.atomic_write(target, "x")
    assert e.value.filename == str(target)
    words = fsutil.describe_error(e.value)
    assert str(target) in words and ".tmp" not in words and not re.search(r"Error\b|Errno", words)
    assert not re.search(r"Error\b", fsutil.describe_error(ValueError("bad kind 'x'")))
