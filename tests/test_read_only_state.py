"""A read-only data folder keeps showing what was read (issue 19): state.db in WAL mode cannot be
opened with mode=ro where SQLite cannot make its -shm file, so it is read immutable instead."""
import os
import shutil
import subprocess
import sys

import pytest

from kb_app.core.learning import progress
from kb_app.core.storage.store import StateStore


def _read_only_mount(src, dst):
    """A read-only bind mount of `src` at `dst` (root on Linux); None where that is not allowed."""
    if sys.platform != "linux" or os.geteuid() != 0 or not shutil.which("mount"):
        return None
    dst.mkdir()
    ok = subprocess.run(["mount", "--bind", str(src), str(dst)], capture_output=True).returncode == 0 and \
        subprocess.run(["mount", "-o", "remount,ro,bind", str(dst)], capture_output=True).returncode == 0
    if not ok:
        subprocess.run(["umount", str(dst)], capture_output=True)
        return None
    return dst


def _mark(folder):
    st = StateStore(folder / "state.db")
    progress.mark(st, "securities-storage-30h", "case", "dwell", 5.0)
    st.close()


def test_progress_is_read_from_a_read_only_disk(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    _mark(data)
    ro = _read_only_mount(data, tmp_path / "ro")
    if ro is None:
        pytest.skip("needs a read-only bind mount (root on Linux)")
    try:
        st = StateStore(ro / "state.db")
        assert st.mode == "read-only"
        assert progress.read_sets(st)[0] == {"securities-storage-30h"}
        st.close()
    finally:
        subprocess.run(["umount", str(ro)], capture_output=True)


def test_connect_ro_falls_back_to_immutable_when_mode_ro_cannot_open(tmp_path, monkeypatch):
    import sqlite3

    from kb_app.core.storage import store

    _mark(tmp_path)
    real = sqlite3.connect

    class NoShm:  # what SQLite does on a read-only disk: mode=ro needs the -shm it cannot make
        def execute(self, *a):
            raise sqlite3.OperationalError("unable to open database file")

        def close(self):
            pass

    def no_shm(database, *a, **kw):
        if isinstance(database, str) and database.endswith("?mode=ro"):
            return NoShm()
        return real(database, *a, **kw)

    monkeypatch.setattr(store.sqlite3, "connect", no_shm)
    conn = store._connect_ro(tmp_path / "state.db", 0.2)
    assert conn.execute("SELECT item_id FROM progress").fetchall() == [("securities-storage-30h",)]
    conn.close()
