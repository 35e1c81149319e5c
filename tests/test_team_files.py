"""Team files as safe as case files (issue 19): one writer with a lock held across read, merge
and write; rater identity by exact name; nothing read or written through links out of the folder."""
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
import yaml

from kb_app.core.fsutil import OutsideFolder, create_file, remove_stale_temps, update_file
from kb_app.core.team.ratings import Score, load_ratings, rater_path, save_ratings
from kb_app.core.team.report import load_team_files
from kb_app.core.team.rubrics import TeamFileError, load_rubrics
from conftest import BUNDLED, ROOT
from test_cli import kb

posix = pytest.mark.skipif(sys.platform == "win32", reason="links and flock")


def _rubric(cases):
    return load_rubrics(cases, BUNDLED)[0]["default"]


def _scores(cases, rater):
    rf = next(r for r in load_ratings(cases)[0] if r.rater == rater)
    return {cid: {k: s.score for k, s in row.items()} for cid, row in rf.cases.items()}


@posix
def test_two_writers_at_once_lose_nothing(tmp_path):
    """Many processes merge into one rater's file at the same moment: every rating lands."""
    cases = tmp_path / "cases"
    (cases / "ratings").mkdir(parents=True)
    code = ("import sys; from pathlib import Path; from kb_app.core.fsutil import update_file\n"
            "p = Path(sys.argv[1]) / 'ratings' / 'x.yaml'\n"
            "for i in range(int(sys.argv[3])):\n"
            "    update_file(Path(sys.argv[1]), p, lambda old: (old or '') + sys.argv[2] + str(i) + '\\n')\n")
    procs = [subprocess.Popen([sys.executable, "-c", code, str(cases), w, "40"], cwd=ROOT) for w in "ab"]
    assert [p.wait() for p in procs] == [0, 0]
    lines = (cases / "ratings" / "x.yaml").read_text().split()
    assert sorted(lines) == sorted([f"a{i}" for i in range(40)] + [f"b{i}" for i in range(40)])


@posix
def test_two_kb_rate_runs_for_one_rater_keep_both(cases_copy, tmp_path):
    cases = [c for c in sorted(p.stem for p in cases_copy.glob("*.md"))][:6]
    procs = []
    for i, cid in enumerate(cases):
        cmd = [sys.executable, "-m", "kb_app.cli", "--data", str(tmp_path / f"d{i}"), "--cases", str(cases_copy),
               "rate", cid, "judgment", "3", "--rater", "Same Rater"]
        procs.append(subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE))
    assert [p.wait() for p in procs] == [0] * len(cases)
    assert set(_scores(cases_copy, "Same Rater")) == set(cases)


def test_raters_whose_names_slug_alike_never_share_a_file(cases_copy):
    rubric = _rubric(cases_copy)
    before = _scores(cases_copy, "Dana Ruiz")
    save_ratings(cases_copy, "DANA-RUIZ", rubric, {"securities-storage-30h": {"judgment": Score(2)}})
    assert _scores(cases_copy, "Dana Ruiz") == before
    assert _scores(cases_copy, "DANA-RUIZ") == {"securities-storage-30h": {"judgment": 2}}
    save_ratings(cases_copy, "a/b", rubric, {"securities-storage-30h": {"judgment": Score(4)}})
    save_ratings(cases_copy, "a:b", rubric, {"securities-storage-30h": {"judgment": Score(1)}})
    assert rater_path(cases_copy, "a/b") != rater_path(cases_copy, "a:b")
    assert _scores(cases_copy, "a/b") == {"securities-storage-30h": {"judgment": 4}}
    assert _scores(cases_copy, "a:b") == {"securities-storage-30h": {"judgment": 1}}
    # and each keeps finding their own file afterwards
    assert rater_path(cases_copy, "DANA-RUIZ") == rater_path(cases_copy, "DANA-RUIZ")
    assert rater_path(cases_copy, "Dana Ruiz").name == "dana-ruiz.yaml"


def test_two_new_raters_whose_names_slug_alike_racing_for_one_file(cases_copy, monkeypatch):
    """'Kim Lee' and 'KIM-LEE' rate for the first time at the same moment: both see kim-lee.yaml
    free, one of them writes it first. The other's save must not merge into that file."""
    import kb_app.core.team.ratings as R

    rubric = _rubric(cases_copy)
    real = R.rater_path
    calls = []

    def racing(cases, rater):
        if rater != "Kim Lee":
            return real(cases, rater)
        path = real(cases, rater)
        if not calls:  # the other rater wins the race to the file between our look and our lock
            save_ratings(cases, "KIM-LEE", rubric, {"securities-storage-30h": {"judgment": Score(5)}})
        calls.append(path.name)
        return path

    monkeypatch.setattr(R, "rater_path", racing)
    path = save_ratings(cases_copy, "Kim Lee", rubric, {"securities-storage-30h": {"judgment": Score(1)}})
    monkeypatch.setattr(R, "rater_path", real)
    assert _scores(cases_copy, "KIM-LEE") == {"securities-storage-30h": {"judgment": 5}}
    assert _scores(cases_copy, "Kim Lee") == {"securities-storage-30h": {"judgment": 1}}
    assert path.name != "kim-lee.yaml" and path == real(cases_copy, "Kim Lee")


def test_a_case_id_the_reader_rejects_is_never_written(cases_copy):
    with pytest.raises(TeamFileError) as e:
        save_ratings(cases_copy, "Someone", _rubric(cases_copy), {"../../x y": {"judgment": Score(3)}})
    assert e.value.code == "bad-case-id"
    assert not rater_path(cases_copy, "Someone").exists()


def test_kb_rate_refuses_bad_and_unknown_case_ids(cases_copy, tmp_path):
    bad = kb("rate", "../../x y", "judgment", "3", "--rater", "Q", data=tmp_path, cases=cases_copy, check=False)
    unknown = kb("rate", "no-such-case", "judgment", "3", "--rater", "Q", data=tmp_path, cases=cases_copy, check=False)
    assert bad.returncode != 0 and unknown.returncode != 0
    assert "no-such-case" in unknown.stderr
    assert not rater_path(cases_copy, "Q").exists()


@posix
def test_linked_team_files_and_folders_are_never_read_or_written(cases_copy, tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "outsider.yaml").write_text("rater: Outsider\nrubric: default\ncases:\n  securities-storage-30h: {judgment: 1}\n")
    os.symlink(outside / "outsider.yaml", cases_copy / "ratings" / "outsider.yaml")
    team = load_team_files(cases_copy, BUNDLED)
    assert "Outsider" not in {r.rater for r in team.ratings}
    assert any(p.code == "link-outside" and "outsider.yaml" in p.path for p in team.problems)
    # the whole ratings folder a link out: nothing read there, nothing written there
    real = cases_copy / "ratings"
    real.rename(tmp_path / "moved-ratings")
    os.symlink(outside, real)
    team = load_team_files(cases_copy, BUNDLED)
    assert team.ratings == [] and any(p.code == "link-outside" for p in team.problems)
    with pytest.raises(TeamFileError) as e:
        save_ratings(cases_copy, "Inside", _rubric(cases_copy), {"securities-storage-30h": {"judgment": Score(3)}})
    assert e.value.code == "link-outside"
    assert sorted(p.name for p in outside.iterdir()) == ["outsider.yaml"]
    with pytest.raises(OutsideFolder):
        update_file(cases_copy, real / "new.yaml", lambda old: "x")


def test_create_file_never_replaces(tmp_path):
    create_file(tmp_path, tmp_path / "a.md", "one")
    with pytest.raises(FileExistsError):
        create_file(tmp_path, tmp_path / "a.md", "two")
    assert (tmp_path / "a.md").read_text() == "one"


def test_leftover_temp_files_are_removed_at_start_and_ignored_by_git(tmp_path):
    (tmp_path / "ratings").mkdir()
    old = tmp_path / "ratings" / ".r.yaml.abc123.tmp"
    fresh = tmp_path / ".case.md.def456.tmp"
    keep = tmp_path / "case.md"
    for f in (old, fresh, keep):
        f.write_text("x")
    os.utime(old, (time.time() - 7200, time.time() - 7200))
    assert remove_stale_temps(tmp_path) == [old]
    assert fresh.exists() and keep.exists() and not old.exists()
    # a temp file of a writer killed on this machine goes at once; a live writer's stays
    from kb_app.core.fsutil import _temp_prefix

    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    pid = int(dead.stdout)
    killed = tmp_path / (_temp_prefix(keep).replace(f"-{os.getpid()}.", f"-{pid}.") + "abc.tmp")
    live = tmp_path / (_temp_prefix(keep) + "def.tmp")
    killed.write_text("x")
    live.write_text("x")
    assert remove_stale_temps(tmp_path) == [killed] and live.exists()
    ignore = (BUNDLED / ".gitignore").read_text()
    assert ".*.tmp" in ignore.split()


@posix
def test_two_kb_new_with_one_title_at_once_write_two_files(cases_copy, tmp_path):
    before = {p.name for p in cases_copy.glob("*.md")}
    procs = [subprocess.Popen([sys.executable, "-m", "kb_app.cli", "--data", str(tmp_path / f"d{i}"), "--cases",
                               str(cases_copy), "new", "--title", "同一个标题的事故", "--kind", "storage-failure",
                               "--date", "2026-01-02"], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              text=True) for i in range(4)]
    outs = [p.communicate() for p in procs]
    assert [p.returncode for p in procs] == [0] * 4, outs
    made = {p.name for p in cases_copy.glob("*.md")} - before
    assert len(made) == 4 and len({o[0].strip() for o in outs}) == 4


# -- checks of what people write ---------------------------------------------------------------------------

CONFLICT = "<<<<<<< HEAD\n{a}\n=======\n{b}\n>>>>>>> their-branch\n"


def _problems_of(cases, name):
    return [p for p in _corpus(cases).problems if p.path.endswith(name)]


def test_conflict_markers_in_a_case_body_are_an_error_naming_the_line(cases_copy):
    p = cases_copy / "securities-storage-30h.md"
    raw = p.read_text("utf-8")
    p.write_text(raw + "\n" + CONFLICT.format(a="我们的版本", b="他们的版本"), "utf-8")
    probs = _problems_of(cases_copy, p.name)
    hit = [x for x in probs if x.code == "merge-conflict-text"]
    assert hit and hit[0].level == "error" and hit[0].line == raw.count("\n") + 2


def test_conflict_markers_in_the_front_matter_are_called_a_merge_conflict(cases_copy):
    p = cases_copy / "securities-storage-30h.md"
    raw = p.read_text("utf-8")
    p.write_text(raw.replace("severity:", CONFLICT.format(a="severity: high", b="severity: critical")
                             + "x_severity:", 1), "utf-8")
    probs = _problems_of(cases_copy, p.name)
    assert [x.code for x in probs] == ["merge-conflict"] and probs[0].line > 1


def test_conflict_markers_in_a_ratings_file_are_a_merge_conflict(cases_copy):
    f = cases_copy / "ratings" / "dana-ruiz.yaml"
    f.write_text(f.read_text("utf-8") + CONFLICT.format(a="  x: {judgment: 1}", b="  x: {judgment: 2}"), "utf-8")
    team = load_team_files(cases_copy, BUNDLED)
    assert any(p.code == "merge-conflict" and p.path.endswith("dana-ruiz.yaml") for p in team.problems)


def test_a_key_given_twice_is_never_silently_last_wins(cases_copy):
    f = cases_copy / "ratings" / "dana-ruiz.yaml"
    f.write_text("rater: Dana Ruiz\nrubric: default\nrubric: other\ncases: {}\n", "utf-8")
    team = load_team_files(cases_copy, BUNDLED)
    assert any(p.code == "yaml-duplicate-key" and p.line == 3 for p in team.problems)
    case = cases_copy / "securities-storage-30h.md"
    case.write_text(case.read_text("utf-8").replace("severity:", "kind: network-outage\nseverity:", 1), "utf-8")
    probs = _problems_of(cases_copy, case.name)
    twice = [p for p in probs if p.code == "key-twice"]
    assert len(twice) == 1 and twice[0].args == ("kind",) and twice[0].level == "warning"


def test_a_weight_that_would_make_scores_infinite_is_refused(cases_copy):
    r = cases_copy / "rubrics" / "default.yaml"
    text = r.read_text("utf-8")
    assert "weight:" in text
    r.write_text(text.replace("weight: ", "weight: 1e308 #", 1), "utf-8")
    rubrics, probs = load_rubrics(cases_copy)
    assert "default" not in rubrics and any(p.code == "bad-weight" for p in probs)


def test_ratings_for_a_rubric_that_is_not_there_are_reported(cases_copy):
    f = cases_copy / "ratings" / "dana-ruiz.yaml"
    f.write_text(f.read_text("utf-8").replace("rubric: default", "rubric: gone"), "utf-8")
    team = load_team_files(cases_copy, BUNDLED)
    assert any(p.code == "unknown-rubric" and p.args == ("gone",) for p in team.problems)


def test_a_huge_reading_path_gives_one_message_not_thousands(cases_copy):
    from kb_app.core.learning.reading_paths import load_paths

    (cases_copy / "paths").mkdir(exist_ok=True)
    steps = "".join(f"  - case: nope-{i}\n" for i in range(100_000))
    (cases_copy / "paths" / "huge.yaml").write_text(f"id: huge\ntitle: 巨大\nsteps:\n{steps}", "utf-8")
    bad = "".join(f"  - case: nope-{i}\n" for i in range(300))
    (cases_copy / "paths" / "bad.yaml").write_text(f"id: bad\ntitle: 坏\nsteps:\n{bad}", "utf-8")
    _, probs = load_paths(cases_copy, _corpus(cases_copy))
    huge = [p for p in probs if p.path.endswith("huge.yaml")]
    assert [p.code for p in huge] == ["path-too-long"]
    many = [p for p in probs if p.path.endswith("bad.yaml")]
    assert len(many) <= 25 and many[-1].code == "more-problems"


def _corpus(cases):
    from kb_app.core.analysis.vocab import load_vocab
    from kb_app.core.cases.parsing import load_corpus

    return load_corpus(cases, load_vocab(cases)[0])


@posix
def test_a_pipe_named_as_a_team_file_is_refused_not_waited_on(cases_copy, tmp_path):
    """A pipe where a rater's file or a standard should be: a reader would block forever on it.
    `kb rate` and `kb standard approve` name the file and its problem and return."""
    (cases_copy / "ratings").mkdir(exist_ok=True)
    os.mkfifo(cases_copy / "ratings" / "pipe-rater.yaml")
    (cases_copy / "standards").mkdir(exist_ok=True)
    std = cases_copy / "standards" / "power.md"
    std.unlink(missing_ok=True)
    os.mkfifo(std)
    def run(*args):  # bounded: a hang is the failure this test is about (a loaded machine still finishes)
        return subprocess.run([sys.executable, "-m", "kb_app.cli", "--data", str(tmp_path / "d"), "--cases",
                               str(cases_copy), *args], capture_output=True, text=True, timeout=300, cwd=ROOT,
                              env={**os.environ, "PYTHONIOENCODING": "utf-8"})

    r = run("rate", "securities-storage-30h", "judgment", "3", "--rater", "pipe rater")
    assert r.returncode == 1 and "pipe-rater.yaml" in r.stderr
    r = run("standard", "approve", "power")
    assert r.returncode == 1 and "power.md" in r.stderr and "::" not in r.stderr
    with pytest.raises(TeamFileError) as e:
        save_ratings(cases_copy, "pipe rater", _rubric(cases_copy), {"securities-storage-30h": {"judgment": Score(3)}})
    assert e.value.code == "not-a-file"
    with pytest.raises(OSError):
        update_file(cases_copy, std, lambda old: "x")
    assert (cases_copy / "ratings" / "pipe-rater.yaml").is_fifo() and std.is_fifo()
