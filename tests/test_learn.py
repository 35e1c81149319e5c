"""Issue 8, the core: honest reading rules, coverage and suggestions, reading paths, case-method
practice, the m010 migration from the previous schema, and progress that survives rebuilds and moves."""
from __future__ import annotations

import csv
import io
import shutil
import sqlite3
from pathlib import Path

import pytest
import sqlite_utils
from sqlite_utils.migrations import Migrations

from kb_app.core.learning import practice, progress, reading_paths
from kb_app.core.service import KnowledgeBase
from kb_app.core.storage.store import StateStore, m001_initial, m002_progress_position

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def kb(cases_copy, tmp_path):
    k = KnowledgeBase(cases_copy, tmp_path / "data")
    k.load()
    yield k
    k.close()


# -- the rule -------------------------------------------------------------------------------------------

def test_read_needs_time_and_the_end():
    assert not progress.counts_as_read(0.2, True)           # stepping past a short case
    assert not progress.counts_as_read(30, False)           # open long, never scrolled down
    assert progress.counts_as_read(progress.MIN_SECONDS, True)
    assert progress.reached_end(0, 0)                        # fits on the screen: nothing to scroll
    assert not progress.reached_end(10, 1000)
    assert progress.reached_end(1000, 1000)


def test_the_end_is_visible_on_the_whole_page_not_on_a_lagging_scroll_range():
    assert progress.end_visible(0, 700, 400)                 # a page that fits: its end is on screen
    assert progress.end_visible(0, 700, 702)                 # a pixel or two over still fits
    assert not progress.end_visible(0, 700, 3000)            # a long page at its top
    assert progress.end_visible(2300, 700, 3000)             # scrolled to its end
    assert not progress.end_visible(150, 700, 3000)          # a scroll range clamped by a half-laid-out page
    assert progress.remaining_seconds(1.0, 4.0) == 3.0
    assert progress.remaining_seconds(5.0, 4.0) == 0.0


# -- coverage ---------------------------------------------------------------------------------------------

def test_counts_per_skill_and_kind_and_suggestions_follow_reading(kb):
    corpus = kb.corpus
    composure = [c.id for c in corpus.cases.values() if "composure" in c.soft_skills]
    p0 = progress.for_kb(kb)
    assert p0.skill("composure").total == len(composure) and p0.skill("composure").read == 0
    assert len(p0.suggestions) == 5 and p0.suggestions[0].read == 0
    for cid in composure[:3]:
        progress.mark(kb.state, cid, "case", "dwell", 6.0)
    p1 = progress.for_kb(kb)
    assert p1.skill("composure").read == 3
    assert p1.cases_read == 3
    kind = corpus.cases[composure[0]].kind
    assert p1.kind(kind).read >= 1
    # composure is no longer among the least-read skills: no suggestion gives it as its reason
    assert all(s.skill != "composure" for s in p1.suggestions)
    assert all(s.case_id not in composure[:3] for s in p1.suggestions)
    s = p1.suggestions[0]
    assert s.reason("X") == f"you have read {s.read} of {s.total} cases on X"
    progress.unmark(kb.state, composure[0])
    assert progress.for_kb(kb).skill("composure").read == 2


def test_lessons_know_their_cases_kinds_and_what_they_teach(kb):
    p = progress.for_kb(kb)
    l = p.lessons["rotate-exhausted-engineers"]
    ids = [c[0] for c in l.cases]
    assert "securities-storage-30h" in ids
    assert "storage-failure" in l.kinds
    assert l.teaches.startswith("连续工作超过 16 小时")
    progress.mark(kb.state, "securities-storage-30h", "case")
    progress.mark(kb.state, "rotate-exhausted-engineers", "lesson")
    p = progress.for_kb(kb)
    assert p.lessons["rotate-exhausted-engineers"].cases_read == 1
    assert p.lessons["rotate-exhausted-engineers"].read
    assert p.lessons_read == 1


def test_mark_validates_and_keeps_first_read_time(kb):
    with pytest.raises(ValueError):
        progress.mark(kb.state, "x", "chapter")
    progress.mark(kb.state, "securities-storage-30h", "case", "dwell", 5.0)
    first = progress.read_rows(kb.state)[0]["read_at"]
    progress.mark(kb.state, "securities-storage-30h", "case", "manual")
    rows = progress.read_rows(kb.state)
    assert len(rows) == 1 and rows[0]["read_at"] == first and rows[0]["source"] == "manual"


def test_exports_for_a_mentor(kb):
    progress.mark(kb.state, "securities-storage-30h", "case", "dwell", 5.0)
    p = progress.for_kb(kb)
    rows = progress.read_rows(kb.state)
    data = list(csv.reader(io.StringIO(progress.export_csv(p, rows, kb.corpus, kb.vocab, "zh-Hans", bom=False))))
    assert data[0][:3] == ["section", "type", "id"]
    assert data[1][:3] == ["read", "case", "securities-storage-30h"] and data[1][5] == "dwell"
    skill_rows = {r[2]: r for r in data if r[0] == "skill"}
    assert skill_rows["composure"][3] == "抗压力" and skill_rows["composure"][6] == "1"
    md = progress.export_markdown(p, rows, kb.corpus, kb.vocab, "en")
    assert "| Composure under pressure | 1 / " in md and "`securities-storage-30h`" in md


# -- never lost ---------------------------------------------------------------------------------------------

def test_progress_survives_rebuild_and_a_moved_file(kb, cases_copy):
    progress.mark(kb.state, "securities-storage-30h", "case", "dwell", 5.0)
    kb.load(force=True)
    assert "securities-storage-30h" in progress.read_sets(kb.state)[0]
    (cases_copy / "2023").mkdir()
    shutil.move(cases_copy / "securities-storage-30h.md", cases_copy / "2023" / "securities-storage-30h.md")
    kb.load()
    assert kb.corpus.cases["securities-storage-30h"].path.parent.name == "2023"
    assert progress.for_kb(kb).cases_read == 1


def _previous_release_state(path: Path) -> None:
    """A state.db as the current release leaves it: only m001 + m002, with rows in every table."""
    old = Migrations("kb_state")
    old()(m001_initial)
    old()(m002_progress_position)
    db = sqlite_utils.Database(path)
    db.enable_wal()
    old.apply(db)
    db["progress"].insert_all([
        {"item_type": "case", "item_id": "securities-storage-30h", "read_at": "2026-01-02T03:04:05+00:00",
         "position": 0.4},
        {"item_type": "case", "item_id": "tw-db-accidental-delete", "read_at": "2026-01-03T03:04:05+00:00",
         "position": None}])
    db["ratings"].insert({"case_id": "securities-storage-30h", "rater": "wang", "criterion": "speed", "score": 4,
                          "note": "快", "updated_at": "2026-01-02"})
    db["drafts"].insert({"id": "d1", "case_id": None, "title": "草稿", "content": "没写完的", "updated_at": "2026-01-02"})
    db.close()


def test_migration_from_the_previous_schema_keeps_every_row(tmp_path):
    path = tmp_path / "state.db"
    _previous_release_state(path)
    st = StateStore(path)
    try:
        rows = {r["item_id"]: r for r in st.db["progress"].rows}
        assert set(rows) == {"securities-storage-30h", "tw-db-accidental-delete"}
        assert rows["securities-storage-30h"]["read_at"] == "2026-01-02T03:04:05+00:00"
        assert rows["securities-storage-30h"]["position"] == 0.4
        assert rows["securities-storage-30h"]["source"] == "opened"   # read by the old rule: said so
        assert st.ratings("securities-storage-30h")[0]["note"] == "快"
        assert st.drafts()[0]["content"] == "没写完的"
        assert st.db["practice"].exists()
        assert any("m010_learn_progress" in m for m in st.messages)
        entry = practice.start(st, "securities-storage-30h")
        practice.save_answer(st, entry.id, "先换人")
    finally:
        st.close()
    backup = tmp_path / "state.db.before-m010_learn_progress"
    assert backup.exists()
    b = sqlite3.connect(backup)
    assert b.execute("SELECT COUNT(*) FROM progress").fetchone()[0] == 2
    assert "source" not in [r[1] for r in b.execute("PRAGMA table_info(progress)")]
    b.close()
    # opening again: nothing pending, nothing lost, no new backup
    st = StateStore(path)
    try:
        assert len(list(st.db["progress"].rows)) == 2
        assert practice.journal(st)[0].answer == "先换人"
        assert not st.messages
    finally:
        st.close()


def test_migration_is_idempotent(tmp_path):
    from kb_app.core.storage.store import m010_learn_progress

    st = StateStore(tmp_path / "state.db")
    m010_learn_progress(st.db)  # run again over its own result: no error, no duplicate column
    assert list(st.db["progress"].columns_dict).count("source") == 1
    st.close()


def test_a_crash_mid_write_loses_nothing_committed(tmp_path):
    """WAL: a process killed after commit leaves the row; the next open reads it."""
    import subprocess
    import sys

    path = tmp_path / "state.db"
    code = (f"import os; from kb_app.core.storage.store import StateStore; from kb_app.core.learning import progress;"
            f"st = StateStore({str(path)!r}); progress.mark(st, 'securities-storage-30h', 'case', 'dwell', 5.0);"
            f"os._exit(9)")
    subprocess.run([sys.executable, "-c", code], check=False, cwd=ROOT, env={"PYTHONPATH": str(ROOT)})
    st = StateStore(path)
    assert progress.read_sets(st)[0] == {"securities-storage-30h"}
    st.close()


# -- reading paths -------------------------------------------------------------------------------------------------

def test_bundled_onboarding_path_covers_the_six_skills(kb):
    found, problems = reading_paths.load_paths(kb.cases_dir, kb.corpus)
    assert not problems
    rp = next(p for p in found if p.id == "onboarding")
    assert "软技能" in rp.text("title", "zh-Hans") and rp.text("title", "en").startswith("Onboarding")
    assert rp.text("intro", "zh-Hans")
    skills = set()
    for s in rp.steps:
        if s.type == "case":
            skills.update(kb.corpus.cases[s.id].soft_skills)
    assert skills >= {"responsibility", "judgment", "communication", "composure", "persistence", "learning"}


def test_path_position_advances(kb):
    rp = reading_paths.load_paths(kb.cases_dir, kb.corpus)[0][0]
    st = reading_paths.where(rp, set(), set())
    assert st.next_index == 0 and st.read == 0
    first = rp.steps[0]
    st = reading_paths.where(rp, {first.id}, set())
    assert st.next_index == 1 and st.next_step.type == "lesson"
    all_c = {s.id for s in rp.steps if s.type == "case"}
    all_l = {s.id for s in rp.steps if s.type == "lesson"}
    assert reading_paths.where(rp, all_c, all_l).finished


def _write(d: Path, name: str, text: str) -> Path:
    (d / "paths").mkdir(exist_ok=True)
    p = d / "paths" / name
    p.write_text(text, "utf-8")
    return p


def test_broken_paths_are_named_with_file_line_and_code(kb, cases_copy):
    _write(cases_copy, "bad-yaml.yaml", "id: bad-yaml\ntitle: x\nsteps:\n  - case: [unclosed\n")
    _write(cases_copy, "unknown.yaml", "id: unknown\ntitle: T\nsteps:\n  - case: securities-storage-30h\n"
                                       "  - case: no-such-case\n  - lesson: no-such-lesson\n  - video: x\n")
    _write(cases_copy, "nosteps.yaml", "id: nosteps\ntitle: T\n")
    _write(cases_copy, "wrong-id.yaml", "id: other\ntitle: T\nsteps: [securities-storage-30h]\n")
    _write(cases_copy, "mentor.md", "---\nid: mentor\ntitle: 导师路径\nsteps:\n  - case: securities-storage-30h\n"
                                    "  - lesson: nope\n---\n先读这个。\n")
    found, problems = reading_paths.load_paths(cases_copy, kb.corpus)
    by = {(Path(p.path).name, p.code): p for p in problems}
    assert by[("bad-yaml.yaml", "path-yaml")].line == 4
    assert by[("unknown.yaml", "path-unknown-case")].line == 5
    assert by[("unknown.yaml", "path-unknown-lesson")].line == 6
    assert by[("unknown.yaml", "path-bad-step")].line == 7
    assert by[("nosteps.yaml", "path-no-steps")]
    assert by[("wrong-id.yaml", "path-id-mismatch")].line == 1
    assert by[("mentor.md", "path-unknown-lesson")].line == 6
    ids = {p.id for p in found}
    assert ids == {"onboarding", "unknown", "mentor"}            # the rest keeps working
    mentor = next(p for p in found if p.id == "mentor")
    assert mentor.text("intro", "zh-Hans") == "先读这个。" and len(mentor.steps) == 1


def test_kb_check_names_a_broken_path(cases_copy, tmp_path, capsys, monkeypatch):
    from kb_app import cli

    monkeypatch.setattr(cli, "_progress_printer", lambda stream=None: None)

    _write(cases_copy, "broken.yaml", "id: broken\ntitle: T\nsteps:\n  - case: no-such-case\n")
    rc = cli.main(["check", "--cases", str(cases_copy)])
    out = capsys.readouterr().out
    assert rc == 1
    assert "broken.yaml:4: error" in out


def test_a_path_md_file_is_not_taken_for_a_case(kb, cases_copy):
    _write(cases_copy, "mentor.md", "---\nid: mentor\ntitle: T\nsteps: [securities-storage-30h]\n---\nintro\n")
    kb.load()
    assert "mentor" not in kb.corpus.cases
    assert not [p for p in kb.corpus.problems if "mentor" in p.path]


# -- practice -------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("case_id", ["securities-storage-30h", "tw-db-accidental-delete", "broker-storage-controller-outage"])
def test_split_hides_actions_outcome_lessons_in_three_scripts(kb, case_id):
    case = kb.corpus.cases[case_id]
    parts = practice.split_case(case.body)
    assert parts.found
    assert set(parts.hidden) == {"actions", "outcome", "lessons"}
    assert parts.situation and parts.hidden["actions"] not in parts.situation
    for word in ("行动", "行動", "Actions", "结果", "結果", "Outcome"):
        assert f"## {word}" not in parts.situation
    assert parts.headings["actions"] in ("行动", "行動", "Actions")


def test_split_without_known_headings_still_hides_the_rest():
    parts = practice.split_case("First paragraph.\n\nWhat we did.\n\nHow it ended.")
    assert not parts.found and parts.situation == "First paragraph." and "How it ended" in parts.hidden["actions"]
    parts = practice.split_case("## 背景\n客户报障\n## 处置\n换人\n### 细节\n更多\n## 结局\n好\n")
    assert parts.situation == "客户报障" and "细节" in parts.hidden["actions"] and parts.hidden["outcome"] == "好"


def test_journal_autosave_reveal_and_export(kb):
    e = practice.start(kb.state, "securities-storage-30h")
    assert practice.start(kb.state, "securities-storage-30h").id == e.id     # same attempt continues
    assert practice.journal(kb.state) == []                                  # nothing written yet
    practice.save_answer(kb.state, e.id, "先让小周休息，换人")
    e2 = practice.reveal(kb.state, e.id, "先让小周休息，换人。\n再找原厂。")
    assert e2.revealed and e2.answer.endswith("再找原厂。")
    assert practice.start(kb.state, "securities-storage-30h").id != e.id     # a revealed attempt is closed
    j = practice.journal(kb.state)
    assert [x.id for x in j] == [e.id]
    md = practice.export_markdown(j, kb.corpus)
    assert "> 先让小周休息，换人。" in md and "resolved:" in md


# -- the terminal ---------------------------------------------------------------------------------------------------

def test_cli_learn_commands(cases_copy, tmp_path, capsys, monkeypatch):
    from kb_app import cli

    monkeypatch.setattr(cli, "_progress_printer", lambda stream=None: None)  # its default stream is import-time

    args = ["--cases", str(cases_copy), "--data", str(tmp_path / "d")]
    assert cli.main(["read", "securities-storage-30h", *args]) == 0
    assert cli.main(["read", "--lesson", "rotate-exhausted-engineers", *args]) == 0
    capsys.readouterr()
    assert cli.main(["progress", "--lang", "zh-Hans", *args]) == 0
    out = capsys.readouterr().out
    assert "抗压力" in out and "what to read next" in out
    assert cli.main(["progress", "--csv", *args]) == 0
    assert capsys.readouterr().out.startswith("section,type,id")
    assert cli.main(["progress", "--export", "md", "-o", str(tmp_path / "p.md"), *args]) == 0
    assert "Reading progress" in (tmp_path / "p.md").read_text("utf-8")
    assert cli.main(["lessons", "--skill", "judgment", "--json", *args]) == 0
    import json

    rows = [json.loads(l) for l in capsys.readouterr().out.splitlines()]
    rot = next(r for r in rows if r["id"] == "rotate-exhausted-engineers")
    assert rot["cases"] >= 2 and rot["cases_read"] == 1 and rot["read"] is True
    assert cli.main(["paths", *args]) == 0
    assert "next: case" in capsys.readouterr().out
    assert cli.main(["unread", "securities-storage-30h", *args]) == 0
    assert cli.main(["journal", *args]) == 0
    assert "no practice answers" in capsys.readouterr().out
    with pytest.raises(SystemExit):
        cli.main(["read", "no-such-case", *args])


def test_every_learn_command_is_documented():
    from kb_app import cli

    readme = (ROOT / "README.md").read_text("utf-8")
    sub = next(a for a in cli.build_parser()._actions if getattr(a, "choices", None) and "lessons" in a.choices)
    for name in ("lessons", "progress", "paths", "read", "unread", "journal"):
        assert name in sub.choices
        assert f"kb {name}" in readme, name


# -- read in your own script -------------------------------------------------------------------------------------

def test_conversion_for_the_reader_keeps_tags_and_highlights():
    from kb_app.core.analysis import convert

    html = '双控<b>存储</b>阵列上的数据库 &amp; <a href="case:x">软件</a>'
    out = convert.convert_html(html, "zh-Hans", "zh-Hant")
    assert out == '雙控<b>儲存</b>陣列上的資料庫 &amp; <a href="case:x">軟體</a>'
    assert convert.convert_html("儲存<b>陣列</b>", "zh-Hant", "zh-Hans") == "储存<b>阵列</b>"   # characters, not 数组
    assert convert.convert_html(html, "zh-Hans", "zh-Hans") == html and convert.target("en", "zh-Hant") is None
    assert convert.for_reader("疲劳的工程师要换下来", "zh-Hant") == "疲勞的工程師要換下來"
    assert convert.for_reader("Keep evidence", "zh-Hant") == "Keep evidence"
    assert convert.for_reader("疲劳的工程师", "en") == "疲劳的工程师"
