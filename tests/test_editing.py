"""The case editor's core: surgical writes, ids, drafts, history, conflicts, migration, kb new."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from kb_app.core.cases import conflicts, drafts, editing, history, ids
from kb_app.core.cases.casefile import CaseFile
from kb_app.core.cases.parsing import ID_RE, parse_case
from kb_app.core.storage.store import StateStore

from conftest import BUNDLED, ROOT, SHARED_CORPUS

CORPUS = Path(os.environ.get("KB_SHARED_CORPUS", SHARED_CORPUS))


def _md_files(folder: Path):
    return sorted(p for p in folder.rglob("*.md") if p.read_bytes().startswith(b"---"))


@pytest.mark.parametrize("path", _md_files(BUNDLED), ids=lambda p: p.name)
def test_bundled_round_trip_is_byte_identical(path):
    raw = path.read_bytes().decode("utf-8")
    cf = CaseFile.parse(raw)
    assert cf.text() == raw
    cf.apply_form(cf.form())          # the editor's fields written back unchanged
    cf.body = cf.body
    assert cf.text() == raw


@pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is not present")
def test_shared_corpus_round_trip_is_byte_identical():
    files = _md_files(CORPUS)
    assert files
    for p in files:
        raw = p.read_bytes().decode("utf-8")
        cf = CaseFile.parse(raw)
        assert cf.text() == raw, p
        cf.apply_form(cf.form())
        assert cf.text() == raw, p


NESTED = """---
id: demo-case   # the file name
title: "旧标题: with a colon"
kind: storage-failure            # a key of kinds.yaml
date: 2023-04-12
soft_skills: [judgment]
outcome:
  status: resolved
  summary: 换人后恢复。
lessons: [rotate-exhausted-engineers]
source: somewhere   # unknown key, kept
---

## 情况
text
"""


def test_only_changed_keys_are_rewritten_and_comments_stay():
    cf = CaseFile.parse(NESTED)
    form = cf.form()
    assert form["outcome_status"] == "resolved" and form["lessons"] == ["rotate-exhausted-engineers"]
    form["kind"] = "hardware-failure"
    changed = cf.apply_form(form)
    assert changed == ["kind"]
    out = cf.text()
    assert "kind: hardware-failure            # a key of kinds.yaml\n" in out
    assert out.replace("kind: hardware-failure", "kind: storage-failure") == NESTED


def test_links_written_as_obsidian_links_and_read_either_way(tmp_path):
    cf = CaseFile.parse(NESTED)
    form = cf.form()
    form["related"] = ["other-case"]
    form["lessons"] = ["rotate-exhausted-engineers", "new-lesson"]
    form["outcome_summary"] = "改了"
    cf.apply_form(form)
    out = cf.text()
    assert 'related: ["[[other-case]]"]' in out
    assert 'lessons: ["[[rotate-exhausted-engineers]]", "[[new-lesson]]"]' in out
    assert "outcome:\n  status: resolved\n  summary: 改了\n" in out  # a nested outcome is edited in place
    p = tmp_path / "demo-case.md"
    p.write_text(out, "utf-8")
    case, _ = parse_case(p)
    assert case.lessons == ["rotate-exhausted-engineers", "new-lesson"] and case.related == ["other-case"]
    assert case.outcome.status == "resolved" and case.outcome.summary == "改了"
    cf = CaseFile.parse(out)
    cf.flatten_outcome()
    p.write_text(cf.text(), "utf-8")
    assert "outcome_status: resolved\noutcome_summary: 改了\n" in cf.text() and "outcome:" not in cf.text()
    case, _ = parse_case(p)
    assert case.outcome.status == "resolved" and case.outcome.summary == "改了"
    # unquoted [[id]] (a nested YAML list) and [[id|alias]] are links too
    p.write_text(NESTED.replace("lessons: [rotate-exhausted-engineers]", "lessons: [[rotate-exhausted-engineers]]")
                 .replace("soft_skills: [judgment]", 'soft_skills: [judgment]\nrelated: ["[[x|an alias]]"]'), "utf-8")
    case, _ = parse_case(p)
    assert case.lessons == ["rotate-exhausted-engineers"] and case.related == ["x"]


def test_new_keys_go_in_canonical_order_and_values_are_quoted_when_needed():
    cf = CaseFile.parse("---\nid: a\ntitle: t\nlanguage: en\n---\nbody\n")
    cf.apply_form({"kind": "x", "severity": "high", "title": "a: b # c", "tags": ["x, y", "z"]})
    out = cf.text()
    assert out.splitlines()[1:6] == ["id: a", 'title: "a: b # c"', "kind: x", "severity: high", "language: en"]
    assert CaseFile.parse(out).form()["tags"] == ["x, y", "z"]
    assert CaseFile.parse(out).form()["title"] == "a: b # c"


def test_crlf_files_keep_crlf():
    raw = NESTED.replace("\n", "\r\n")
    cf = CaseFile.parse(raw)
    assert cf.text() == raw
    f = cf.form()
    f["severity"] = "high"
    cf.apply_form(f)
    assert "severity: high\r\n" in cf.text() and "\n" not in cf.text().replace("\r\n", "")


@pytest.mark.parametrize("title", ["证券客户存储阵列故障", "Storage ../../etc/passwd", "證券客戶", "???", "a/b\\c", "x" * 300])
def test_ids_are_safe_readable_and_never_collide(tmp_path, title):
    i1 = ids.new_id(title, "2026-12-01", folder=tmp_path)
    assert ID_RE.match(i1) and "/" not in i1 and "\\" not in i1 and ".." not in i1 and i1.isascii()
    assert i1.startswith("2026-12-01-") and len(i1) < 70
    (tmp_path / f"{i1}.md").write_text("x")
    i2 = ids.new_id(title, "2026-12-01", folder=tmp_path)
    assert i2 != i1 and i2 == f"{i1}-2"
    assert ids.new_id(title, "2026-12-01", taken={i1, i2}) == f"{i1}-3"


def test_pinyin_slug():
    assert ids.slugify("证券客户存储故障") == "zheng-quan-ke-hu-cun-chu-gu-zhang"


def test_drafts_survive_reopen_and_are_deleted_only_up_to_the_saved_revision(tmp_path):
    st = StateStore(tmp_path / "state.db")
    d = drafts.Draft(drafts.new_draft_id(), form={"title": "草稿", "kind": "x"}, body="## 情况\n第一行\n", cursor=5,
                     base_text=None, rev=3)
    drafts.save(st, d)
    st.close()
    st = StateStore(tmp_path / "state.db")  # as after a crash: a new process opens it
    (got,) = drafts.all_drafts(st)
    assert got.form["title"] == "草稿" and got.body == d.body and got.cursor == 5 and got.rev == 3
    assert got.first_lines() == "第一行"
    assert not drafts.delete(st, d.id, up_to_rev=2)  # something newer was typed meanwhile
    assert drafts.delete(st, d.id, up_to_rev=3)
    assert drafts.all_drafts(st) == []
    st.close()


def test_migration_is_idempotent_on_an_existing_state_db(tmp_path):
    st = StateStore(tmp_path / "state.db")
    from kb_app.core.storage.store import m030_editor_drafts, m030_editor_history

    m030_editor_drafts(st.db)
    m030_editor_history(st.db)
    assert {"form", "body", "cursor", "base_text", "rev"} <= {c.name for c in st.db["drafts"].columns}
    st.close()


def test_history_keeps_versions_lists_diffs_and_restores(tmp_path):
    st = StateStore(tmp_path / "state.db")
    for i in range(30):
        history.record(st, "c1", "/x/c1.md", f"text {i}\n")
    history.record(st, "c1", "/x/c1.md", "text 29\n")  # the same text twice is one version
    vs = history.versions(st, "c1")
    assert len(vs) == 30 and vs[0].text == "text 29\n"
    assert "-text 0" in history.diff(vs[-1].text, "text new\n") and "+text new" in history.diff(vs[-1].text, "text new\n")
    assert history.restore(st, vs[-1].id) == "text 0\n"
    for i in range(60):
        history.record(st, "c1", "/x/c1.md", f"more {i}\n")
    assert len(history.versions(st, "c1")) == history.KEEP >= 20
    st.close()


BASE = "".join(f"line {i}\n" for i in range(20))


def test_conflicts_merge_when_apart_and_show_both_when_overlapping():
    mine = BASE.replace("line 2\n", "line 2 mine\n")
    disk = BASE.replace("line 15\n", "line 15 disk\n")
    c = conflicts.check(BASE, mine, disk)
    assert c.kind == "merged" and "line 2 mine" in c.merged and "line 15 disk" in c.merged
    disk2 = BASE.replace("line 2\n", "line 2 disk\n")
    c = conflicts.check(BASE, mine, disk2)
    assert c.kind == "overlap" and c.regions == 1 and conflicts.has_markers(c.marked)
    assert any(tag == "replace" and m == ["line 2 mine"] and d == ["line 2 disk"] for tag, m, d in c.sides)
    assert conflicts.check(BASE, mine, None).kind == "deleted"
    assert conflicts.check(BASE, mine, BASE).kind == "none"


def test_validation_codes():
    probs = editing.validate({"title": " ", "kind": "nope", "date": "2023-02-30", "lessons": ["x"], "related": ["y"]},
                             "", {"a"}, {"b"}, {"storage-failure"})
    assert {(p.field, p.code) for p in probs if p.blocking} == {("title", "title-missing"), ("kind", "kind-unknown"),
                                                  ("date", "date-impossible"), ("lessons", "lesson-dangling"),
                                                  ("related", "related-dangling")}
    assert editing.validate({"title": "t", "kind": "storage-failure", "date": "2024-02-29"}, "text", (), (),
                            {"storage-failure"}) == []


def test_likely_slips_are_warnings_that_do_not_block():
    import datetime as dt

    today = dt.date(2025, 6, 1)
    ok = {"title": "t", "kind": "storage-failure"}

    def warn(form, body="Something happened."):
        probs = editing.validate(dict(ok, **form), body, (), (), {"storage-failure"}, today=today)
        assert all(not p.blocking for p in probs)
        return {(p.field, p.code, p.value) for p in probs}

    assert warn({"date": "9999-01-01"}) == {("date", "date-future", "9999-01-01")}
    assert warn({"date": "2026-07-01"}) == {("date", "date-future", "2026-07-01")}
    assert warn({"date": "2026-05-30"}) == set()                 # within a year ahead: planned work
    assert warn({"date": "1969-12-31"}) == {("date", "date-too-early", "1969-12-31")}
    assert warn({"date": "1970-01-01"}) == set()
    assert warn({}, "## Situation\n\n## Actions\n   \n## Outcome\n") == {("body", "body-empty", "")}
    assert warn({}, "") == {("body", "body-empty", "")}
    assert warn({"tags": ["backup", "SAN", "Backup", "san", "raid"]}) == {("tags", "tag-twice", "Backup"),
                                                                         ("tags", "tag-twice", "san")}
    assert warn({"tags": ["backup", "raid"]}) == set()


@pytest.fixture
def kb(cases_copy, tmp_path):
    from kb_app.core.service import KnowledgeBase

    k = KnowledgeBase(cases_copy, tmp_path / "data")
    k.load()
    yield k
    k.close()


def test_save_case_keeps_history_and_is_searchable_at_once(kb):
    path = kb.cases_dir / "securities-storage-30h.md"
    base = path.read_text("utf-8")
    form = CaseFile.parse(base).form()
    body = CaseFile.parse(base).body
    form["outcome_summary"] = "独一无二的结论词语甲乙丙"
    res = editing.save_case(kb, path, form, body, base)
    assert res.ok, res
    assert history.versions(kb.state, "securities-storage-30h")[0].text == base
    assert kb.search("独一无二的结论词语甲乙丙").hits[0].id == "securities-storage-30h"
    assert kb.index.why_rebuild(kb.vocab) in (None, "", False)


def test_save_stops_at_a_conflict_and_refuses_an_invalid_case(kb):
    path = kb.cases_dir / "securities-storage-30h.md"
    base = path.read_text("utf-8")
    cf = CaseFile.parse(base)
    form, body = cf.form(), cf.body
    path.write_text(base.replace(body[:20], "外面改的" + body[:20], 1), "utf-8")
    res = editing.save_case(kb, path, {**form, "title": "新标题"}, body, base)
    assert not res.ok and res.conflict.kind == "merged"
    assert "外面改的" in res.conflict.merged and "title: 新标题" in res.conflict.merged
    res = editing.save_case(kb, path, {**form, "title": ""}, body, base)
    assert not res.ok and [p.code for p in res.problems] == ["title-missing"]
    path.unlink()
    res = editing.save_case(kb, path, form, body, base)
    assert res.conflict.kind == "deleted"


def test_new_case_and_lesson(kb):
    lid, lpath = editing.create_lesson(kb.cases_dir, "先止血再查根因的新教训", ["judgment"])
    form = {"title": "证券客户新案例测试", "kind": "storage-failure", "date": "2026-12-01", "language": "zh-Hans",
            "lessons": [lid], "outcome_status": "resolved"}
    kb.load()
    res = editing.save_case(kb, None, form, "## 情况\n一个独特的词汇丁戊己\n", None)
    assert res.ok and Path(res.path).name == "2026-12-01-zheng-quan-ke-hu-xin-an-li-ce-shi.md"
    case, warns = parse_case(Path(res.path), kb.vocab)
    assert case.lessons == [lid] and not warns
    assert kb.search("丁戊己").hits[0].id == res.case_id


def test_a_new_lesson_is_written_only_by_the_save_of_the_case_that_links_it(kb):
    lessons_dir = kb.cases_dir / "lessons"
    before = sorted(p.name for p in lessons_dir.iterdir())
    nl = editing.plan_lesson(kb.cases_dir, "备件要提前到现场", ["judgment"], ["storage-failure"], "zh-Hans", "先备件。")
    unlinked = editing.plan_lesson(kb.cases_dir, "没有被链接的教训", [], pending=[nl.id])
    assert nl.id != unlinked.id
    assert sorted(p.name for p in lessons_dir.iterdir()) == before        # planned: nothing written
    form = {"title": "带新教训的案例", "kind": "storage-failure", "date": "2026-11-01", "language": "zh-Hans",
            "lessons": [nl.id], "outcome_status": "resolved"}
    # a save that is refused writes no lesson
    res = editing.save_case(kb, None, {**form, "title": ""}, "## 情况\n正文\n", None, new_lessons=[nl, unlinked])
    assert not res.ok and sorted(p.name for p in lessons_dir.iterdir()) == before
    # the save writes the lesson the case links (not the one it no longer links)
    res = editing.save_case(kb, None, form, "## 情况\n正文\n", None, new_lessons=[nl, unlinked])
    assert res.ok and res.lessons == [nl.id]
    assert sorted(p.name for p in lessons_dir.iterdir()) == sorted(before + [f"{nl.id}.md"])
    assert "先备件。" in (lessons_dir / f"{nl.id}.md").read_text("utf-8")
    assert kb.lesson(nl.id) is not None and kb.case(res.case_id).lessons == [nl.id]


def test_a_new_lesson_whose_id_was_taken_meanwhile_gets_the_next_and_the_link_follows(kb):
    nl = editing.plan_lesson(kb.cases_dir, "交接要写清楚", [])
    editing.create_lesson(kb.cases_dir, "交接要写清楚", [])   # someone else, meanwhile
    kb.load()
    form = {"title": "交接案例", "kind": "storage-failure", "date": "2026-11-02", "language": "zh-Hans",
            "lessons": [nl.id], "outcome_status": "resolved"}
    res = editing.save_case(kb, None, form, "## 情况\n正文\n", None, new_lessons=[nl])
    assert res.ok and res.lessons and res.lessons[0] != nl.id
    assert kb.case(res.case_id).lessons == res.lessons


def test_a_draft_keeps_its_new_lessons(tmp_path):
    st = StateStore(tmp_path / "state.db")
    nl = editing.NewLesson("bei-jian", "备件", ["judgment"], [], "zh-Hans", "正文")
    drafts.save(st, drafts.Draft(drafts.new_draft_id(), form={"title": "t", "lessons": ["bei-jian"]}, body="x",
                                 new_lessons=[nl.to_dict()]))
    (got,) = drafts.all_drafts(st)
    assert got.form == {"title": "t", "lessons": ["bei-jian"]}
    assert [editing.NewLesson.from_dict(d) for d in got.new_lessons] == [nl]
    st.close()


def test_migrate_format_rewrites_only_what_changes(tmp_path):
    d = tmp_path / "c"
    d.mkdir()
    (d / "demo-case.md").write_text(NESTED, "utf-8")
    (changed,) = editing.migrate_format(d, dry_run=True)
    assert changed.keys == ["outcome", "lessons"] and (d / "demo-case.md").read_text("utf-8") == NESTED
    editing.migrate_format(d)
    out = (d / "demo-case.md").read_text("utf-8")
    assert out == NESTED.replace("outcome:\n  status: resolved\n  summary: 换人后恢复。\n",
                                 "outcome_status: resolved\noutcome_summary: 换人后恢复。\n").replace(
        "lessons: [rotate-exhausted-engineers]", 'lessons: ["[[rotate-exhausted-engineers]]"]')
    assert editing.migrate_format(d) == []  # a second run changes nothing


def test_cli_new_passes_check_and_is_found(tmp_path, cases_copy):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    data = tmp_path / "d"
    run = lambda *a: subprocess.run([sys.executable, "-m", "kb_app.cli", *a, "--cases", str(cases_copy),
                                     "--data", str(data)], capture_output=True, text=True, env=env, cwd=ROOT)
    out = run("new", "--title", "Quantum flux capacitor meltdown", "--kind", "hardware-failure", "--language", "en")
    assert out.returncode == 0, out.stderr
    path = Path(out.stdout.strip())
    assert path.is_file() and path.parent == cases_copy and "## Situation" in path.read_text("utf-8")
    assert run("check").returncode == 0
    found = run("search", "capacitor", "--json")
    assert path.stem in found.stdout


def test_a_nested_outcome_is_edited_in_place():
    cf = CaseFile.parse(NESTED)
    f = cf.form()
    f["outcome_summary"] = "另一个结论"
    assert cf.apply_form(f) == ["outcome"]
    assert cf.text() == NESTED.replace("  summary: 换人后恢复。", "  summary: 另一个结论")


def test_lines_not_edited_keep_their_bytes_through_a_text_widget():
    base = NESTED.replace("\n", "\r\n").replace("text\r\n", "no\u00a0break text\r\nsecond\r\n")
    body = CaseFile.parse(base).body
    widget = body.replace("\r\n", "\n").replace("\u00a0", " ")  # what QPlainTextEdit hands back
    form = CaseFile.parse(base).form()
    assert editing.compose(base, form, widget, "demo-case") == base
    out = editing.compose(base, form, widget.replace("second", "2nd"), "demo-case")
    assert out == base.replace("second", "2nd")


@pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is not present")
def test_shared_corpus_survives_the_editor_unchanged():
    for p in _md_files(CORPUS):
        raw = p.read_bytes().decode("utf-8")
        cf = CaseFile.parse(raw)
        widget = cf.body.replace("\r\n", "\n").replace("\u00a0", " ")
        assert editing.compose(raw, cf.form(), widget, p.stem) == raw, p


def test_cli_new_refuses_an_unknown_kind_and_an_impossible_date(tmp_path, cases_copy):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    base = [sys.executable, "-m", "kb_app.cli", "new", "--cases", str(cases_copy), "--data", str(tmp_path / "d")]
    out = subprocess.run(base + ["--title", "x", "--kind", "no-such-kind"], capture_output=True, text=True, env=env)
    assert out.returncode != 0 and "no-such-kind" in out.stderr
    out = subprocess.run(base + ["--title", "x", "--kind", "storage-failure", "--date", "2023-02-30"],
                         capture_output=True, text=True, env=env)
    assert out.returncode != 0 and "2023-02-30" in out.stderr
