"""The built vocabulary is cached in the data folder (a cold `kb search` skips the YAML and the
matcher build), but the files stay the truth: any change to them, or damage to the cache, rebuilds."""
from __future__ import annotations

import shutil
from pathlib import Path

from kb_app.core.analysis import vocab as V

BUNDLED = Path(__file__).resolve().parents[1] / "cases"


def _copy_vocab(tmp_path) -> Path:
    cases = tmp_path / "cases"
    shutil.copytree(BUNDLED / "vocab", cases / "vocab")
    return cases


def test_cache_gives_what_the_files_give(tmp_path):
    cases, cache = _copy_vocab(tmp_path), tmp_path / "data" / "vocab.cache"
    fresh, fresh_problems = V.load_vocab(cases)
    first, _ = V.load_vocab(cases, cache=cache)
    assert cache.is_file()
    calls = []
    real = V._load_vocab
    V._load_vocab = lambda *a: calls.append(a) or real(*a)
    try:
        cached, problems = V.load_vocab(cases, cache=cache)
    finally:
        V._load_vocab = real
    assert calls == []                                             # served from the cache
    assert cached.digest == fresh.digest and problems == fresh_problems
    hay = "证券客户存储阵列故障，律师函，工程师通宵 storage array failed overnight"
    assert [(m.category, m.key) for m in cached.match(hay)] == [(m.category, m.key) for m in fresh.match(hay)]


def test_an_edited_vocab_file_is_read_again(tmp_path):
    cases, cache = _copy_vocab(tmp_path), tmp_path / "vocab.cache"
    V.load_vocab(cases, cache=cache)
    kinds = cases / "vocab" / "kinds.yaml"
    kinds.write_text(kinds.read_text("utf-8") + "\nzz-kind:\n  label: {en: Zeta}\n  terms: [zetaquux failure]\n", "utf-8")
    v, _ = V.load_vocab(cases, cache=cache)
    assert "zz-kind" in v.kinds and any(m.key == "zz-kind" for m in v.match("a zetaquux failure today"))
    kinds.write_text("kinds: [broken\n", "utf-8")                 # a broken file: its problem is reported, not cached away
    v, problems = V.load_vocab(cases, cache=cache)
    assert "zz-kind" not in v.kinds and any(p.path.endswith("kinds.yaml") for p in problems)


def test_a_damaged_or_foreign_cache_is_rebuilt(tmp_path):
    cases, cache = _copy_vocab(tmp_path), tmp_path / "vocab.cache"
    good, _ = V.load_vocab(cases)
    for junk in (b"", V._CACHE_MAGIC + b"\0" * 20 + b"not a pickle", b"\x80\x05garbage"):
        cache.write_bytes(junk)
        v, _ = V.load_vocab(cases, cache=cache)
        assert v.digest == good.digest and v.match("存储阵列")
    assert cache.read_bytes().startswith(V._CACHE_MAGIC)          # rewritten whole


def test_a_damaged_body_under_the_right_key_is_never_unpickled(tmp_path, monkeypatch):
    """The matcher's pickle is raw memory: a flipped byte could crash the process when loaded, so
    the body's checksum is checked first and a damaged body rebuilt."""
    import pickle

    cases, cache = _copy_vocab(tmp_path), tmp_path / "vocab.cache"
    V.load_vocab(cases, cache=cache)
    raw = bytearray(cache.read_bytes())
    raw[len(raw) // 2] ^= 0xFF
    cache.write_bytes(bytes(raw))
    loads = []
    real = pickle.loads
    monkeypatch.setattr(pickle, "loads", lambda b, *a, **k: loads.append(len(b)) or real(b, *a, **k))
    v, _ = V.load_vocab(cases, cache=cache)
    assert loads == [] and v.match("存储阵列")
    assert cache.read_bytes() != bytes(raw)                        # written again, whole


def test_other_code_reading_the_files_means_another_key(tmp_path, monkeypatch):
    """An upgrade that changes how vocab files are parsed or checked (safeyaml, the problems it
    reports) must not be served the vocabulary the old code built."""
    cases, cache = _copy_vocab(tmp_path), tmp_path / "vocab.cache"
    V.load_vocab(cases, cache=cache)
    calls = []
    real = V._load_vocab
    monkeypatch.setattr(V, "_load_vocab", lambda *a: calls.append(1) or real(*a))
    V.load_vocab(cases, cache=cache)
    assert calls == []
    parts = V._code_parts()
    monkeypatch.setattr(V, "_code_parts", lambda: parts + [b"safeyaml of another version"])
    V.load_vocab(cases, cache=cache)
    assert calls == [1]


def test_each_vocab_file_is_read_once(tmp_path, monkeypatch):
    """Hashed and parsed from the same bytes: a save between two reads cannot put one version's
    vocabulary under the other's key."""
    cases, cache = _copy_vocab(tmp_path), tmp_path / "vocab.cache"
    reads = []
    real = Path.read_bytes
    monkeypatch.setattr(Path, "read_bytes", lambda self: (reads.append(self) if self.suffix == ".yaml" else None) or real(self))
    V.load_vocab(cases, cache=cache)
    assert reads and len(reads) == len(set(reads))


def test_an_unwritable_cache_place_changes_nothing(tmp_path):
    cases = _copy_vocab(tmp_path)
    blocker = tmp_path / "file"
    blocker.write_text("x")
    v, _ = V.load_vocab(cases, cache=blocker / "vocab.cache")    # its folder is a file: no cache, same answer
    assert v.match("存储阵列")
