"""The kb command, run as a user would."""
import json
import os
import subprocess
import sys

from conftest import BUNDLED, SHARED_CORPUS
import pytest


def kb(*args, data, cases=None, check=True):
    cmd = [sys.executable, "-m", "kb_app.cli", "--data", str(data)]
    if cases:
        cmd += ["--cases", str(cases)]
    out = subprocess.run(cmd + list(args), capture_output=True, text=True, env={**os.environ, "PYTHONIOENCODING": "utf-8"})
    if check and out.returncode != 0:
        raise AssertionError(out.stderr + out.stdout)
    return out


def test_check_passes_on_bundled_cases(tmp_path):
    out = kb("check", data=tmp_path)
    assert "0 errors" in out.stdout


def test_check_fails_and_names_the_bad_file(cases_copy, tmp_path):
    (cases_copy / "bad.md").write_bytes("---\nid: bad\ntitle: 坏文件\n---\n".encode("gbk"))
    out = kb("check", data=tmp_path, cases=cases_copy, check=False)
    assert out.returncode == 1
    line = next(l for l in out.stdout.splitlines() if "bad.md" in l)
    assert ": error:" in line and "1 error," in out.stdout.splitlines()[-1]


def test_search_json(tmp_path):
    out = kb("search", "數據丟失", "--json", "--limit", "3", data=tmp_path)
    rows = [json.loads(l) for l in out.stdout.splitlines()]
    assert 0 < len(rows) <= 3
    assert {"id", "title", "kind", "score"} <= set(rows[0])


def test_search_filters_and_text_output(tmp_path):
    out = kb("search", "故障", "--kind", "storage-failure", "--skill", "judgment", data=tmp_path)
    assert "[storage-failure]" in out.stdout and "[data-loss]" not in out.stdout


def test_similar_queries_file_gives_one_json_line_each(tmp_path):
    q = tmp_path / "q.txt"
    q.write_text("证券客户存储阵列故障，工程师连续工作30小时\n\nA customer's data was lost and they sued us\n", "utf-8")
    out = kb("similar", "--queries", str(q), "--json", data=tmp_path)
    rows = [json.loads(l) for l in out.stdout.splitlines()]
    assert len(rows) == 2 and [r["line"] for r in rows] == [1, 3]
    for r in rows:
        assert "elapsed_ms" in r and r["results"]
        assert {"id", "title", "kind", "score", "reasons"} <= set(r["results"][0])
    assert rows[0]["results"][0]["id"] == "securities-storage-30h"


def test_show_and_unknown_id(tmp_path):
    out = kb("show", "financial-data-noon-deadline", data=tmp_path)
    assert "financial-data-noon-deadline" in out.stdout and "outcome:" in out.stdout
    bad = kb("show", "../etc/passwd", data=tmp_path, check=False)
    assert bad.returncode != 0 and "../etc/passwd" in bad.stderr and not bad.stdout


def test_missing_case_folder_is_a_clear_error(tmp_path):
    out = kb("search", "x", data=tmp_path, cases=tmp_path / "nope", check=False)
    assert out.returncode != 0 and "not found" in out.stderr


@pytest.mark.skipif(not SHARED_CORPUS.is_dir(), reason="../shared/corpus is not present")
def test_shared_corpus_indexes_with_warnings_only_for_unknown_kinds(tmp_path):
    out = kb("check", data=tmp_path, cases=SHARED_CORPUS, check=False)
    assert out.returncode == 0, out.stdout
    assert ": warning:" in out.stdout
    out = kb("index", data=tmp_path, cases=SHARED_CORPUS)
    assert "205 cases" in out.stdout or "cases" in out.stdout
    out = kb("search", "certificate expired", "--json", data=tmp_path, cases=SHARED_CORPUS)
    assert out.stdout.strip()


def test_common_options_after_the_command(tmp_path):
    cmd = [sys.executable, "-m", "kb_app.cli", "search", "索赔", "--json", "--cases", str(BUNDLED), "--data", str(tmp_path)]
    out = subprocess.run(cmd, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout.splitlines()[0])["id"]


def test_standard_approve_turns_a_draft_into_the_standard(cases_copy, tmp_path):
    from kb_app.core.team.standards import load_standard

    path = cases_copy / "standards" / "storage-failure.md"
    path.write_text(path.read_text("utf-8").replace("kind: storage-failure\n", "kind: storage-failure\nstatus: draft\n", 1),
                    "utf-8")
    assert not load_standard(path)[0].approved
    out = kb("standard", "approve", "storage-failure", data=tmp_path, cases=cases_copy)
    assert str(path) in out.stdout and load_standard(path)[0].approved
    out = kb("standard", "approve", "data-loss", data=tmp_path, cases=cases_copy, check=False)
    assert out.returncode == 1 and "no standard" in out.stderr
