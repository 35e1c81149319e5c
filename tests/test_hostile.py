"""Hostile input found in review: every one gives a message and leaves the rest working."""
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from kb_app.core.cases.parsing import load_corpus, parse_case
from kb_app.core.service import KnowledgeBase
from kb_app.core.storage.store import StateError, StateStore
from kb_app.core.analysis.vocab import load_vocab

from conftest import BUNDLED


def problems_named(corpus, name):
    return [p for p in corpus.problems if Path(p.path).name == name]


@pytest.fixture(scope="module")
def vocab():
    return load_vocab(BUNDLED)[0]


def test_billion_laughs_is_refused_fast(cases_copy, vocab):
    lines = ["---", "id: bomb", 'a: &a ["x","x","x","x","x","x","x","x","x"]']
    for i, n in enumerate("bcdefghij"):
        prev = "abcdefghij"[i]
        lines.append(f"{n}: &{n} [" + ",".join([f"*{prev}"] * 9) + "]")
    lines += ["title: *j", "---", "x"]
    (cases_copy / "bomb.md").write_text("\n".join(lines), "utf-8")
    corpus = load_corpus(cases_copy, vocab)
    probs = problems_named(corpus, "bomb.md")
    assert probs and probs[0].code == "yaml-alias" and probs[0].line == 3
    assert "securities-storage-30h" in corpus.cases


def test_deep_nesting_is_refused_without_crashing(cases_copy, vocab):
    (cases_copy / "deep.md").write_text("---\nid: deep\ntitle: t\nx: " + "[" * 30000 + "]" * 30000 + "\n---\nb\n", "utf-8")
    probs = problems_named(load_corpus(cases_copy, vocab), "deep.md")
    # refused by our rule (named, with the line), whatever the YAML library calls it
    assert probs and probs[0].code == "yaml-too-deep" and probs[0].line == 4 and probs[0].level == "error"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_pipe_named_md_does_not_block(cases_copy, vocab):
    os.mkfifo(cases_copy / "pipe.md")
    probs = problems_named(load_corpus(cases_copy, vocab), "pipe.md")
    assert probs and probs[0].code == "not-regular-file" and probs[0].level == "error"


def test_yaml_values_stay_what_was_typed(tmp_path, vocab):
    p = tmp_path / "0123.md"
    p.write_text("---\nid: 0123\ntitle: no\nkind: database\ndate: 2024-13-45\ntags: [on, 0x1F]\n---\nx\n", "utf-8")
    case, warns = parse_case(p, vocab)
    assert (case.id, case.title, case.tags, case.date) == ("0123", "no", ["on", "0x1F"], "")
    assert any(w.code == "date-invalid" and w.args == ("2024-13-45",) and w.line == 5 for w in warns)


def test_vocab_entry_of_the_wrong_shape_is_a_warning(cases_copy, data_dir):
    kinds = cases_copy / "vocab" / "kinds.yaml"
    kinds.write_text(kinds.read_text("utf-8") + "weird:\n  label: just text\n  terms: 5\n", "utf-8")
    kb = KnowledgeBase(cases_copy, data_dir)
    rep = kb.load()
    assert any(p.code == "vocab-terms-shape" and p.args == ("weird",) and p.path.endswith("kinds.yaml")
               for p in rep.problems)
    assert kb.similar("存储阵列控制器故障").hits


def test_warnings_do_not_pile_up_across_reloads(cases_copy, data_dir):
    p = cases_copy / "securities-storage-30h.md"
    p.write_text(p.read_text("utf-8").replace("related: [", "related: [no-such-case, ", 1), "utf-8")
    kb = KnowledgeBase(cases_copy, data_dir)
    counts = [sum(x.code == "related-missing" and "no-such-case" in x.args[0] for x in kb.load().problems)
              for _ in range(3)]
    assert counts == [1, 1, 1]


def test_locked_state_db_is_left_alone(tmp_path):
    """Another program holding the database must never make us move the user's file aside."""
    path = tmp_path / "state.db"
    s = StateStore(path)
    s.save_draft("d", "我写了一半的案例")
    s.close()
    holder = sqlite3.connect(path, timeout=0)
    holder.execute("PRAGMA locking_mode=EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    holder.execute("UPDATE drafts SET title = 'x'")
    try:
        try:
            _open_quick(path)
        except StateError as e:
            assert "nothing was changed" in str(e)
    finally:
        holder.rollback()
        holder.close()
    assert not list(tmp_path.glob("state.db.unreadable-*"))
    assert StateStore(path).drafts()[0]["content"] == "我写了一半的案例"


def _open_quick(path):
    import kb_app.core.storage.store as store

    real = store.BUSY_TIMEOUT
    store.BUSY_TIMEOUT = 0.2
    try:
        s = StateStore(path)
        assert s.mode == "locked" and [n.code for n in s.notices] == ["state-locked"]
        return s
    finally:
        store.BUSY_TIMEOUT = real


def test_no_reason_without_weight(bundled_kb):
    for text in ["回收站 overwritten", "追责", "法务"]:
        for h in bundled_kb.similar(text, 5).hits:
            assert h.score > 0 and all(r.weight > 0 for r in h.reasons)


def test_cli_prints_a_message_not_a_traceback(cases_copy, tmp_path):
    (cases_copy / "vocab" / "kinds.yaml").write_bytes(b"\xff\xfe broken")
    out = subprocess.run([sys.executable, "-m", "kb_app.cli", "--cases", str(cases_copy), "--data", str(tmp_path),
                          "search", "存储"], capture_output=True, text=True)
    assert "Traceback" not in out.stderr
    assert out.returncode == 0 and out.stdout.strip()
