"""Compare: rubrics, per-rater rating files, agreement, aggregates, comparison, standards."""
from __future__ import annotations

import math
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from kb_app.core.team.agreement import aggregate, ordinal_alpha, reading
from kb_app.core.team.compare import cases_of_kind, compare_cases, durations, split_sections, steps_of, themes_of
from kb_app.core.team.report import build_report, load_team_files
from kb_app.core.team.compare_export import to_csv, to_markdown
from kb_app.core.cases.parsing import load_corpus, parse_case
from kb_app.core.team.ratings import RaterFile, Score, load_rater_file, load_ratings, parse_rater_file, rater_path, rater_slug, save_ratings
from kb_app.core.team.rubrics import TeamFileError, load_rubric, load_rubrics, parse_rubric
from kb_app.core.team.standard_draft import new_standard
from kb_app.core.team.standards import check_case, load_standard, parse_standard, standard_path, write_standard
from kb_app.core.storage.store import StateStore
from kb_app.core.analysis.vocab import load_vocab

ROOT = Path(__file__).resolve().parents[1]
CASES = ROOT / "cases"
NAN = None

RUBRIC = """\
id: mini
title: {en: Mini, zh-Hans: 小}
scale: {min: 1, max: 5}
criteria:
  - key: judgment
    label: {en: Judgment, zh-Hans: 判断力}
    weight: 2
    levels:
      1: {en: poor}
      5: {en: "excellent, fast"}
  - key: communication
    label: {en: Communication, zh-Hans: 沟通力}
    weight: 1
"""


@pytest.fixture
def mini(tmp_path):
    p = tmp_path / "rubrics" / "mini.yaml"
    p.parent.mkdir()
    p.write_text(RUBRIC, "utf-8")
    r, probs = load_rubric(p)
    assert probs == []
    return r


# -- rubrics -----------------------------------------------------------------------------------------------

def test_bundled_default_rubric_has_the_six_skills_and_outcome_in_three_scripts():
    r, probs = load_rubric(CASES / "rubrics" / "default.yaml")
    assert probs == []
    assert r.keys == ["responsibility", "judgment", "communication", "composure", "persistence", "learning", "outcome"]
    assert r.criterion("communication").name("zh-Hans") == "沟通力"
    assert r.criterion("communication").name("zh-Hant") == "溝通力"
    for c in r.criteria:
        for level in c.levels.values():
            assert set(level) == {"zh-Hans", "zh-Hant", "en"} and all(level.values())
    assert (r.scale_min, r.scale_max) == (1, 5)


@pytest.mark.parametrize("text, code, line", [
    ("id: bad\ntitle: x\n  oops: y\n", "yaml-broken", 3),
    ("- a list\n", "not-a-mapping", 1),
    ("id: other\ncriteria: [{key: a}]\n", "bad-id", 1),
    ("id: r\ncriteria: []\n", "no-criteria", 2),
    ("id: r\ncriteria:\n  - key: a\n  - key: a\n", "duplicate-key", 4),
    ("id: r\ncriteria:\n  - key: a\n    weight: heavy\n", "bad-weight", 4),
    ("id: r\ncriteria:\n  - key: a\n    weight: -1\n", "bad-weight", 4),
    ("id: r\nscale: {min: 1, max: 5}\ncriteria:\n  - key: a\n    levels:\n      9: too high\n", "level-out-of-scale", 6),
    ("id: r\ncriteria:\n  - key: a\n    label: {fr: x}\n", "bad-language", 4),
    ("id: r\nscale: {min: 5, max: 1}\ncriteria: [{key: a}]\n", "bad-scale", 2),
    ("id: r\ncriteria: &x [{key: a}]\nmore: *x\n", "yaml-alias", None),
])
def test_bad_rubrics_are_named_with_code_and_line(tmp_path, text, code, line):
    p = tmp_path / "r.yaml" if "id: r\n" in text else tmp_path / "bad.yaml"
    p.write_text(text, "utf-8")
    r, probs = load_rubric(p)
    assert r is None
    assert probs[0].code == code and probs[0].path == str(p)
    if line is not None:
        assert probs[0].line == line


def test_a_broken_rubric_leaves_the_others_working(tmp_path, mini):
    (tmp_path / "rubrics" / "broken.yaml").write_text("id: broken\ntitle: x\n  oops: y\n", "utf-8")
    rubrics, probs = load_rubrics(tmp_path)
    assert set(rubrics) == {"mini"}
    assert [p.code for p in probs] == ["yaml-broken"]


# -- rating files ---------------------------------------------------------------------------------------------

def test_rater_slug_is_a_safe_file_name():
    assert rater_slug("Dana Ruiz") == "dana-ruiz"
    assert rater_slug("老陈") == "老陈"
    assert rater_slug("../../etc/passwd") == "etc-passwd"
    with pytest.raises(ValueError):
        rater_slug("..")


def test_rating_file_roundtrip_and_merge(tmp_path, mini):
    save_ratings(tmp_path, "Dana Ruiz", mini, {"case-a": {"judgment": Score(4, "fast: escalated at once")}},
                 today="2026-11-01")
    path = save_ratings(tmp_path, "Dana Ruiz", mini, {"case-a": {"communication": Score(3)},
                                                       "case-b": {"judgment": Score(2)}})
    assert path == tmp_path / "ratings" / "dana-ruiz.yaml"
    rf, probs = load_rater_file(path, mini)
    assert probs == []
    assert rf.rater == "Dana Ruiz" and rf.rubric == "mini"
    assert rf.cases["case-a"]["judgment"] == Score(4, "fast: escalated at once")
    assert rf.cases["case-a"]["communication"].score == 3
    assert rf.cases["case-b"]["judgment"].score == 2
    # clearing a cell removes it; a case with nothing left disappears
    save_ratings(tmp_path, "Dana Ruiz", mini, {"case-b": {"judgment": Score(None, "")}})
    rf, _ = load_rater_file(path, mini)
    assert "case-b" not in rf.cases
    assert not list((tmp_path / "ratings").glob(".*.tmp"))  # atomic: no temp file left behind


def test_saving_is_atomic_when_the_write_fails(tmp_path, mini, monkeypatch):
    path = save_ratings(tmp_path, "a", mini, {"c": {"judgment": Score(5)}})
    before = path.read_bytes()
    import kb_app.core.fsutil as fsutil

    def boom(*a, **k):
        raise OSError("disk full")

    monkeypatch.setattr(fsutil.os, "replace", boom)
    with pytest.raises(OSError):
        save_ratings(tmp_path, "a", mini, {"c": {"judgment": Score(1)}})
    assert path.read_bytes() == before
    assert not list(path.parent.glob(".*.tmp"))


def test_each_rater_writes_only_their_own_file(tmp_path, mini):
    save_ratings(tmp_path, "alice", mini, {"c": {"judgment": Score(5)}})
    alice = (tmp_path / "ratings" / "alice.yaml").read_bytes()
    save_ratings(tmp_path, "bob", mini, {"c": {"judgment": Score(1)}})
    assert (tmp_path / "ratings" / "alice.yaml").read_bytes() == alice
    files, probs = load_ratings(tmp_path, {"mini": mini})
    assert sorted(f.rater for f in files) == ["alice", "bob"] and probs == []


@pytest.mark.parametrize("text, code, line", [
    ("rater: x\ncases: [1, 2]\n", "bad-cases", 2),
    ("rater: x\ncases:\n  c1:\n    judgment: lots\n", "bad-score", 4),
    ("rater: x\ncases:\n  c1:\n    judgment: 3.5\n", "bad-score", 4),
    ("rater: x\ncases:\n  c1: 5\n", "bad-scores", 3),
    ("rater: x\ncases:\n  c1:\n    judgment: {score: 2\n", "yaml-broken", 4),
    ("just text\n", "not-a-mapping", 1),
])
def test_bad_rating_files_are_named_with_code_and_line(tmp_path, mini, text, code, line):
    d = tmp_path / "ratings"
    d.mkdir()
    (d / "good.yaml").write_text("rater: good\nrubric: mini\ncases:\n  c1:\n    judgment: 4\n", "utf-8")
    (d / "x.yaml").write_text(text, "utf-8")
    files, probs = load_ratings(tmp_path, {"mini": mini})
    assert [f.rater for f in files] == ["good"]  # the rest keeps working
    errors = [p for p in probs if p.level == "error"]
    assert errors[0].code == code and errors[0].line == line and errors[0].path.endswith("x.yaml")


def test_unknown_criterion_and_off_scale_score_are_warnings_that_drop_one_score(tmp_path, mini):
    text = "rater: x\nrubric: mini\ncases:\n  c1:\n    judgment: 9\n    empathy: 3\n    communication: 2\n"
    rf, warns = parse_rater_file(text, tmp_path / "x.yaml", mini)
    assert {(w.code, w.line) for w in warns} == {("score-out-of-scale", 5), ("unknown-criterion", 6)}
    assert list(rf.cases["c1"]) == ["communication"]


def _git(cwd, *args):
    return subprocess.run(["git", "-C", str(cwd), *args], capture_output=True, text=True, check=True)


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
def test_two_raters_on_two_branches_merge_without_conflict(tmp_path, mini):
    repo = tmp_path / "team"
    (repo / "rubrics").mkdir(parents=True)
    (repo / "rubrics" / "mini.yaml").write_text(RUBRIC, "utf-8")
    _git(tmp_path, "init", "-q", "-b", "main", str(repo))
    for k, v in (("user.name", "Lead"), ("user.email", "lead@example.com"), ("commit.gpgsign", "false")):
        _git(repo, "config", k, v)
    save_ratings(repo, "alice", mini, {"c1": {"judgment": Score(3)}}, today="2026-11-01")
    _git(repo, "add", "-A")
    _git(repo, "commit", "-qm", "base")
    _git(repo, "checkout", "-qb", "alice")
    save_ratings(repo, "alice", mini, {"c1": {"judgment": Score(5, "changed my mind")}, "c2": {"judgment": Score(4)}})
    _git(repo, "commit", "-qam", "alice rates")
    _git(repo, "checkout", "-q", "main")
    _git(repo, "checkout", "-qb", "bob")
    save_ratings(repo, "bob", mini, {"c1": {"judgment": Score(2)}, "c2": {"communication": Score(3)}})
    _git(repo, "add", "-A")
    _git(repo, "commit", "-qm", "bob rates")
    merged = subprocess.run(["git", "-C", str(repo), "merge", "--no-edit", "alice"], capture_output=True, text=True)
    assert merged.returncode == 0, merged.stdout + merged.stderr
    files, probs = load_ratings(repo, {"mini": mini})
    by = {f.rater: f for f in files}
    assert by["alice"].cases["c1"]["judgment"] == Score(5, "changed my mind")
    assert by["bob"].cases["c1"]["judgment"].score == 2 and probs == []


def test_default_rater_is_git_user_name_only_inside_a_repository(tmp_path):
    from kb_app.core.team.ratings import default_rater

    assert default_rater(tmp_path) == ""
    if shutil.which("git") is None:
        return
    _git(tmp_path, "init", "-q")
    _git(tmp_path, "config", "user.name", "Dana Ruiz")
    assert default_rater(tmp_path) == "Dana Ruiz"


# -- agreement (the krippendorff package) against hand-computed and textbook values ------------------------

def test_alpha_hand_computed_two_raters_three_units():
    # units (1,1), (2,2), (1,2): coincidences o11=2, o22=2, o12=o21=1; n1=n2=3, n=6.
    # ordinal delta^2(1,2) = (n1 + n2 - (n1 + n2)/2)^2 = 9; Do = (1/6)(9 + 9) = 3;
    # De = (1/(6*5)) * 2 * 3 * 3 * 9 = 5.4; alpha = 1 - 3/5.4 = 4/9
    ag = ordinal_alpha([[1, 2, 1], [1, 2, 2]], [1, 2, 3, 4, 5])
    assert ag.alpha == pytest.approx(4 / 9)
    assert ag.level == "disagree"


def test_alpha_textbook_example_with_missing_ratings():
    # Krippendorff (2011), "Computing Krippendorff's alpha-reliability", the 4 observers x 12 units
    # example with missing values: ordinal alpha = 0.815 (nominal 0.743, interval 0.849).
    data = [[1, 2, 3, 3, 2, 1, 4, 1, 2, NAN, NAN, NAN],
            [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, NAN, 3],
            [NAN, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, NAN],
            [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, NAN]]
    ag = ordinal_alpha(data, [1, 2, 3, 4, 5])
    assert round(ag.alpha, 3) == 0.815
    assert ag.units == 11  # unit 12 has a single rating: not pairable
    assert ag.level == "agree"


def test_alpha_perfect_agreement_and_degenerate_cases():
    assert ordinal_alpha([[1, 3, 5], [1, 3, 5]], [1, 2, 3, 4, 5]).alpha == pytest.approx(1.0)
    assert ordinal_alpha([[3, 3], [3, 3]], [1, 2, 3, 4, 5]).level == "uniform"
    assert ordinal_alpha([[3, None], [None, 4]], [1, 2, 3, 4, 5]).level == "unknown"
    assert ordinal_alpha([[3, 4]], [1, 2, 3, 4, 5]).alpha is None


# -- aggregates ------------------------------------------------------------------------------------------------

def _rf(rater, rows):
    return RaterFile(rater, "mini", {cid: {k: Score(v) for k, v in crit.items()} for cid, crit in rows.items()})


def test_aggregate_weighted_scores_spread_best_and_missing(mini):
    files = [_rf("a", {"c1": {"judgment": 5, "communication": 3}, "c2": {"judgment": 2, "communication": 4}}),
             _rf("b", {"c1": {"judgment": 4, "communication": 1}, "c2": {"judgment": 2}}),  # missing one
             _rf("c", {"c1": {"judgment": 5}})]
    agg = aggregate(mini, files, ["c1", "c2", "c3"])
    c1 = agg.cases["c1"]
    assert c1.cells["judgment"].mean == pytest.approx(14 / 3)
    assert c1.cells["communication"].mean == pytest.approx(2.0)
    assert c1.cells["communication"].sd == pytest.approx(1.0)
    # weighted: (2 * 14/3 + 1 * 2) / 3
    assert c1.weighted == pytest.approx((2 * 14 / 3 + 2) / 3)
    assert c1.percent == pytest.approx(100 * (c1.weighted - 1) / 4)
    c2 = agg.cases["c2"]
    assert c2.weighted == pytest.approx((2 * 2 + 4) / 3)
    assert agg.cases["c3"].weighted is None
    assert agg.best == ["c1"]
    assert agg.raters == ["a", "b", "c"]
    assert agg.per_criterion["judgment"].units == 2
    # judgment matrix raters x (c1, c2, c3): a=5,2,- b=4,2,- c=5,-,-
    exp = ordinal_alpha([[5, 2, None], [4, 2, None], [5, None, None]], mini.scale)
    assert agg.per_criterion["judgment"].alpha == pytest.approx(exp.alpha)


def test_drafts_count_over_the_file(mini):
    files = [_rf("a", {"c1": {"judgment": 1}}), _rf("b", {"c1": {"judgment": 5}})]
    agg = aggregate(mini, files, ["c1", "c2"], drafts={"a": {"c1": {"judgment": Score(5)}, "c2": {"judgment": Score(3)}}})
    assert agg.cases["c1"].cells["judgment"].mean == 5
    assert agg.cases["c2"].cells["judgment"].scores == {"a": 3}


def test_reading_in_words(mini):
    files = [_rf("a", {"c1": {"judgment": 5, "communication": 1}, "c2": {"judgment": 1, "communication": 5},
                       "c3": {"judgment": 3, "communication": 3}}),
             _rf("b", {"c1": {"judgment": 5, "communication": 5}, "c2": {"judgment": 1, "communication": 1},
                       "c3": {"judgment": 3, "communication": 2}})]
    agg = aggregate(mini, files, ["c1", "c2", "c3"])
    words = reading(agg, lambda k: {"communication": "沟通力"}.get(k, k))
    codes = [(c, k) for c, k, _ in words]
    assert ("criterion-disagree", "communication") in codes
    assert any(s == "raters disagree on 沟通力: discuss it first" for _, _, s in words)
    assert ("criterion-disagree", "judgment") not in codes
    assert reading(aggregate(mini, [], ["c1", "c2"]))[0][0] == "no-ratings"
    assert reading(aggregate(mini, files[:1], ["c1", "c2"]))[0][0] == "one-rater"


# -- comparison -----------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def corpus():
    vocab, _ = load_vocab(CASES)
    return load_corpus(CASES, vocab), vocab


def test_sections_in_three_scripts(corpus):
    c, _ = corpus
    for cid in ("securities-storage-30h", "broker-storage-controller-outage", "tw-securities-san-multipath"):
        secs = split_sections(c.cases[cid].body)
        assert all(secs[s] for s in ("situation", "actions", "outcome", "lessons")), cid


def test_steps_and_themes():
    steps = steps_of("老陈赶到现场。以 P1 级别向存储原厂开单。\n\nDana was updated every 20 minutes.")
    assert len(steps) == 3
    assert "vendor-escalation" in themes_of(steps[1])
    assert "status-cadence" in themes_of(steps[2])
    assert "vendor-escalation" in themes_of("同時向儲存原廠開立最高等級案件")  # Traditional folds to Simplified


def test_durations():
    assert [d.minutes for d in durations("网银中断 2 小时 14 分")] == [134]
    assert [d.minutes for d in durations("82 minutes after the open")] == [82]
    assert durations("第 9 天")[0].minutes == 9 * 1440


def test_compare_storage_failures(corpus):
    c, vocab = corpus
    cases = cases_of_kind(c.cases.values(), "storage-failure")
    assert len(cases) == 5
    cmp = compare_cases(cases, vocab)
    col = {x.id: x for x in cmp.columns}
    assert col["bank-san-firmware-upgrade-outage"].summary.resolution == "2 小时 14 分"
    assert col["broker-storage-controller-outage"].summary.resolution_minutes == 82
    assert "regulatory" in col["broker-storage-controller-outage"].summary.stakes
    themes = {r.theme: r for r in cmp.steps}
    assert all(themes["vendor-escalation"].cells[i] for i in cmp.ids if i != "hospital-pacs-nas-double-disk")
    assert "freeze-writes" in cmp.only["hospital-pacs-nas-double-disk"]
    with pytest.raises(ValueError):
        compare_cases(cases[:1], vocab)


def test_report_and_exports_with_bundled_ratings(corpus):
    c, vocab = corpus
    team = load_team_files(CASES)
    assert team.problems == []
    assert len({rf.rater for rf in team.ratings}) == 3
    rep = build_report(cases_of_kind(c.cases.values(), "storage-failure"), team, vocab)
    assert rep.aggregate.best == ["securities-storage-30h"]
    assert rep.aggregate.per_criterion["communication"].level == "disagree"
    md = to_markdown(rep, vocab, "zh-Hans")
    assert "★ 处理最佳" in md and "| 沟通力 ×1 |" in md and "α = " in md
    rows = to_csv(rep, vocab, bom=False).splitlines()
    assert rows[0].startswith("case_id,title,outcome_status")
    assert len(rows) == 6
    assert rep.standard is not None and set(rep.checks) == set(rep.comparison.ids)


# -- standards ------------------------------------------------------------------------------------------------

def test_bundled_standard_and_check_case(corpus):
    c, _ = corpus
    st, probs = load_standard(CASES / "standards" / "storage-failure.md")
    assert probs == []
    assert st.expected[0].id == "vendor-escalation" and st.expected[0].within == 120
    assert st.expected[1].every == 30
    checks = {ch.expected.id: ch for ch in check_case(c.cases["securities-storage-30h"], st)}
    assert checks["status-cadence"].status == "met" and "30" in checks["status-cadence"].stated
    assert checks["freeze-writes"].status == "missed"
    hosp = {ch.expected.id: ch for ch in check_case(c.cases["hospital-pacs-nas-double-disk"], st)}
    assert hosp["freeze-writes"].status == "met"
    assert hosp["status-cadence"].status == "late"  # twice a day is not every 30 minutes


@pytest.mark.parametrize("text, code, line", [
    ("kind: x\n", "no-front-matter", 1),
    ("---\nkind: x\n", "unclosed-front-matter", 1),
    ("---\nkind: other\n---\n", "kind-not-file-name", 2),
    ("---\nkind: x\nexpected:\n  - id: a\n    action: do it\n    within: soon\n---\n", "bad-duration", 6),
    ("---\nkind: x\nexpected:\n  - id: a\n---\n", "missing-action", 4),
    ("---\nkind: x\nexpected: [\n---\n", "yaml-broken", 3),
])
def test_bad_standards_are_named_with_code_and_line(tmp_path, text, code, line):
    p = tmp_path / "x.md"
    p.write_text(text, "utf-8")
    st, probs = load_standard(p)
    assert st is None and probs[0].code == code and probs[0].line == line


def test_new_standard_from_best_case_reads_back(tmp_path, corpus):
    c, vocab = corpus
    r, _ = load_rubric(CASES / "rubrics" / "default.yaml")
    best = c.cases["securities-storage-30h"]
    for lang in ("zh-Hans", "zh-Hant", "en"):
        text = new_standard("storage-failure", [best], r, lang, vocab.label("kinds", "storage-failure", lang))
        st = parse_standard(text, tmp_path / "storage-failure.md")
        ids = [e.id for e in st.expected]
        assert "vendor-escalation" in ids and "status-cadence" in ids
        assert next(e for e in st.expected if e.id == "status-cadence").every == 30
        assert st.based_on == [best.id]
        assert r.criterion("communication").name(lang) in text
    path = write_standard(tmp_path, "storage-failure", text)
    assert path == standard_path(tmp_path, "storage-failure")
    with pytest.raises(FileExistsError):
        write_standard(tmp_path, "storage-failure", text)


def test_team_folders_are_not_read_as_cases(tmp_path):
    shutil.copytree(CASES, tmp_path / "cases")
    vocab, _ = load_vocab(tmp_path / "cases")
    corpus = load_corpus(tmp_path / "cases", vocab)
    assert "storage-failure" not in corpus.cases
    assert not [p for p in corpus.problems if "standards" in p.path]


def test_kb_load_reports_bad_team_files_and_keeps_the_cases(tmp_path):
    from kb_app.core.service import KnowledgeBase

    shutil.copytree(CASES, tmp_path / "cases")
    (tmp_path / "cases" / "ratings" / "broken.yaml").write_text("rater: b\ncases:\n  c1: {judgment: [\n", "utf-8")
    (tmp_path / "cases" / "rubrics" / "bad.yaml").write_text("id: bad\ncriteria: 3\n", "utf-8")
    kb = KnowledgeBase(tmp_path / "cases", tmp_path / "data")
    try:
        rep = kb.load()
        bad = {Path(p.path).name: p for p in rep.problems if p.level == "error"}
        assert bad["broken.yaml"].code == "yaml-broken" and bad["broken.yaml"].line == 3
        assert bad["bad.yaml"].code == "no-criteria" and bad["bad.yaml"].line == 2
        assert rep.cases == 51
        assert len([f for f in kb.team_files().ratings]) == 3
    finally:
        kb.close()


# -- drafts in state.db ------------------------------------------------------------------------------------------

def test_rating_drafts_survive_reopening(tmp_path):
    st = StateStore(tmp_path / "state.db")
    st.save_rating_draft("陈伟", "default", "c1", "judgment", 4, "good")
    st.save_rating_draft("陈伟", "default", "c1", "judgment", 5, "better")
    st.save_rating_draft("陈伟", "default", "c2", "communication", None, "comment only")
    st.save_rating_draft("bob", "default", "c1", "judgment", 1)
    st.close()
    st = StateStore(tmp_path / "state.db")
    rows = st.rating_drafts("陈伟", "default")
    assert [(r["case_id"], r["criterion"], r["score"], r["comment"]) for r in rows] == [
        ("c1", "judgment", 5, "better"), ("c2", "communication", None, "comment only")]
    st.clear_rating_drafts("陈伟", "default")
    assert st.rating_drafts("陈伟", "default") == [] and len(st.rating_drafts("bob", "default")) == 1
    st.close()


def test_migration_is_idempotent_on_a_db_that_has_the_table(tmp_path):
    import sqlite_utils

    from kb_app.core.storage.store import m020_compare_rating_drafts

    db = sqlite_utils.Database(tmp_path / "x.db")
    m020_compare_rating_drafts(db)
    m020_compare_rating_drafts(db)
    assert "compare_rating_drafts" in db.table_names()


# -- CLI ------------------------------------------------------------------------------------------------------

def test_cli_compare_md_csv_and_check(tmp_path, capsys):
    from kb_app.cli import main

    data = tmp_path / "data"
    assert main(["--data", str(data), "compare", "--kind", "storage-failure"]) == 0
    out = capsys.readouterr().out
    assert "securities-storage-30h" in out and "★ best handled" in out and "raters disagree on Communication" in out
    assert main(["--data", str(data), "compare", "--kind", "storage-failure", "--format", "csv"]) == 0
    assert capsys.readouterr().out.count("\n") == 6
    cases = tmp_path / "cases"
    shutil.copytree(CASES, cases)
    (cases / "ratings" / "x.yaml").write_text("rater: x\ncases:\n  c1:\n    judgment: lots\n", "utf-8")
    assert main(["check", "--cases", str(cases)]) == 1
    out = capsys.readouterr().out
    assert f"{cases / 'ratings' / 'x.yaml'}:4: error" in out
    assert main(["rate", "--cases", str(cases), "--rater", "Eve", "securities-storage-30h", "judgment", "4",
                 "--comment", "ok"]) == 0
    rf, _ = load_rater_file(cases / "ratings" / "eve.yaml")
    assert rf.cases["securities-storage-30h"]["judgment"] == Score(4, "ok")
    with pytest.raises(SystemExit):
        main(["rate", "--cases", str(cases), "--rater", "Eve", "securities-storage-30h", "judgment", "9"])


# -- issue 19: a written standard is a draft until approved; the draft reads as a standard would -------------

NAMES = ("老陈", "小周", "小林", "Dana", "Ruiz")


def test_a_written_standard_is_a_draft_of_short_distinct_items_with_situations(tmp_path, corpus):
    c, vocab = corpus
    best = [c.cases["securities-storage-30h"], c.cases["tw-securities-san-multipath"]]
    for lang in ("zh-Hans", "zh-Hant", "en"):
        text = new_standard("storage-failure", best, None, lang, vocab.label("kinds", "storage-failure", lang))
        st = parse_standard(text, tmp_path / "storage-failure.md")
        assert st.status == "draft" and not st.approved
        actions = [e.action for e in st.expected]
        assert len(actions) >= 4 and len(set(actions)) == len(actions)            # no duplicates
        limit = 80 if lang == "en" else 40
        assert all(len(a) <= limit for a in actions), actions                      # short items
        assert not [a for a in actions if any(n in a for n in NAMES)]              # no names, no narrative
        assert len(st.situations) == 2                                             # what the cases were
        when = {e.id: e.when for e in st.expected}
        assert "30" in when["rotate-people"]                                       # "连续工作约 30 小时"
        assert when["version-check"]                                               # after a part was changed
        assert all(len(w) <= 41 for w in when.values())


def test_a_standard_without_status_is_approved_and_a_bad_status_is_named(tmp_path):
    path = tmp_path / "storage-failure.md"
    legacy = (CASES / "standards" / "storage-failure.md").read_text("utf-8")
    assert "status:" not in legacy
    assert parse_standard(legacy, path).approved                       # written by people before drafts existed
    bad = legacy.replace("kind: storage-failure\n", "kind: storage-failure\nstatus: maybe\n", 1)
    path.write_text(bad, "utf-8")
    st, probs = load_standard(path)
    assert st is None and probs[0].code == "bad-status" and probs[0].line == 3


def test_approving_a_draft_changes_only_its_status_line(tmp_path, corpus):
    from kb_app.core.team.standards import approve_standard

    c, vocab = corpus
    text = new_standard("storage-failure", [c.cases["securities-storage-30h"]], None, "zh-Hans", "存储故障")
    path = write_standard(tmp_path, "storage-failure", text)
    assert approve_standard(tmp_path, "storage-failure") == path
    after = path.read_text("utf-8")
    assert after == text.replace("status: draft", "status: approved", 1)
    assert load_standard(path)[0].approved
    assert approve_standard(tmp_path, "storage-failure") == path and path.read_text("utf-8") == after  # again: same
    # a file written by people, without status: the line is added after kind
    legacy = (CASES / "standards" / "storage-failure.md").read_text("utf-8")
    path.write_text(legacy, "utf-8")
    approve_standard(tmp_path, "storage-failure")
    assert path.read_text("utf-8") == legacy.replace("kind: storage-failure\n", "kind: storage-failure\nstatus: approved\n", 1)
    with pytest.raises(FileNotFoundError):
        approve_standard(tmp_path, "data-loss")


@pytest.mark.parametrize("lang", ["zh-Hans", "zh-Hant"])
def test_exports_speak_the_export_language(corpus, lang):
    """Issue 19: a Chinese export carried English readings ("raters disagree ..."), raw severity keys
    and lesson ids. Labels, readings and vocabulary are in the export language; lessons by their
    titles; only the cases' own words, ids, numbers and α stay as they are."""
    import csv
    import io

    c, vocab = corpus
    cases = cases_of_kind(c.cases.values(), "storage-failure")
    rep = build_report(cases, load_team_files(CASES), vocab)
    lessons = {lid: lesson.title for lid, lesson in c.lessons.items()}
    md = to_markdown(rep, vocab, lang, sections=True, lessons=lessons)
    own = [x for case in cases for x in (case.title, case.outcome.summary, case.id, *case.lessons)]
    own += [s for col in rep.comparison.columns for s in col.sections.values()]
    own += [s for row in rep.comparison.steps for steps in row.cells.values() for s in steps]
    own += list(rep.aggregate.raters) + [e.action for e in rep.standard.expected] + [rep.standard.title]
    own += [col.summary.resolution for col in rep.comparison.columns]
    rest = md
    for t in sorted((t for t in own if t), key=len, reverse=True):
        rest = rest.replace(t, "")
    latin = sorted(set(re.findall(r"[A-Za-z]{2,}", rest)))
    assert not latin, latin  # no English label, reading, severity key or lesson id
    for lid in {l for case in cases for l in case.lessons}:
        assert lessons[lid] in md
    rows = list(csv.reader(io.StringIO(to_csv(rep, vocab, lang, bom=False, lessons=lessons))))
    assert not re.search(r"[A-Za-z]", "".join(rows[0]))   # headers in the export language
    for row in rows[1:]:
        cells = row[2:3] + row[6:11] + row[13:14]          # status, industry, severity, stakes, skills, lessons, best
        assert not re.search(r"[A-Za-z]{2,}", "".join(cells)), cells
