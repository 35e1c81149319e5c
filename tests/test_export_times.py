"""Issue 19: one rule for every time a person reads in an export or a list: local time with its
offset, or the local date of that moment. Times are stored in UTC; an export that printed the
stored text showed UTC as if it were local, next to a local "exported" date."""
from __future__ import annotations

import re
import time
from pathlib import Path

import pytest

from kb_app.core import clock
from kb_app.core.analysis.vocab import load_vocab
from kb_app.core.cases.parsing import load_corpus
from kb_app.core.learning import practice, progress
from kb_app.core.storage.store import StateStore

ROOT = Path(__file__).resolve().parents[1]
CASES = ROOT / "cases"
STORED = "2026-05-01T20:30:00+00:00"   # late evening in UTC is the next morning at UTC+8


@pytest.fixture
def utc_plus_8(monkeypatch):
    monkeypatch.setenv("TZ", "CST-8")  # POSIX: UTC+8, no tz database needed
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_clock_reads_a_stored_time_in_local_time_with_its_offset(utc_plus_8):
    assert clock.local(STORED) == "2026-05-02 04:30 +08:00"
    assert clock.local(STORED, True) == "2026-05-02T04:30:00+08:00"
    assert clock.local_date(STORED) == "2026-05-02"
    assert clock.local("2026-05-01T20:30:00") == "2026-05-02 04:30 +08:00"  # no offset: as stored, UTC
    assert clock.local("not a time") == "not a time"


def test_progress_journal_and_compare_exports_use_local_time_with_its_offset(tmp_path, utc_plus_8, monkeypatch):
    vocab, _ = load_vocab(CASES)
    corpus = load_corpus(CASES, vocab)
    cid = "securities-storage-30h"
    monkeypatch.setattr(progress, "_now", lambda: STORED)
    monkeypatch.setattr(practice, "_now", lambda: STORED)
    s = StateStore(tmp_path / "state.db")
    progress.mark(s, cid)
    e = practice.start(s, cid)
    practice.save_answer(s, e.id, "先换人")
    rows = progress.read_rows(s)
    prog = progress.compute(corpus, {cid}, set())
    md = progress.export_markdown(prog, rows, corpus, vocab, "en")
    assert f"- 2026-05-02 · case `{cid}`" in md and "2026-05-01 ·" not in md
    assert re.search(r"Exported \d{4}-\d\d-\d\d \d\d:\d\d \+08:00", md)
    csv_text = progress.export_csv(prog, rows, corpus, vocab, "en", bom=False)
    assert "2026-05-02T04:30:00+08:00" in csv_text and STORED not in csv_text
    journal = practice.export_markdown(practice.journal(s), corpus)
    assert "2026-05-02 04:30 +08:00" in journal and "2026-05-01 20:30" not in journal
    s.close()

    from kb_app.core.team.compare import cases_of_kind
    from kb_app.core.team.compare_export import to_markdown
    from kb_app.core.team.report import build_report, load_team_files

    rep = build_report(cases_of_kind(corpus.cases.values(), "storage-failure"), load_team_files(CASES), vocab)
    for lang in ("en", "zh-Hans"):
        assert re.search(r"\d{4}-\d\d-\d\d \d\d:\d\d \+08:00", to_markdown(rep, vocab, lang))
