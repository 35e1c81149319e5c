"""The terminal is safe and every problem is named: `kb` over hostile case files (issue 11, §6-7).

Asserts behaviour (exit code, the file and line named, nothing raw reaching the terminal),
never one library's wording.
"""
import json
import os
import subprocess
import sys

import pytest

from kb_app.core.cases.parsing import load_corpus, parse_case
from kb_app.core.analysis.vocab import load_vocab

from conftest import BUNDLED

OSC52 = "\x1b]52;c;SGVsbG8=\x07"          # write "Hello" to the clipboard
CSI_CLEAR = "\x1b[2J"
C1_CSI = "\x9b2J"                          # the one-byte C1 form of CSI
PAYLOADS = (OSC52, CSI_CLEAR, C1_CSI)


def kb_raw(*args, data, cases=None, input_bytes=None):
    cmd = [sys.executable, "-m", "kb_app.cli", "--data", str(data)]
    if cases:
        cmd += ["--cases", str(cases)]
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(cmd + list(args), capture_output=True, env=env)


def no_raw_controls(b: bytes) -> bool:
    text = b.decode("utf-8", "replace")
    bad = [c for c in text if (ord(c) < 0x20 and c not in "\n\t") or 0x7f <= ord(c) <= 0x9f]
    return not bad


@pytest.fixture
def hostile_cases(cases_copy):
    """A case whose every printed field carries an escape sequence, and a file named with one."""
    esc = "\\e]52;c;SGVsbG8=\\a"    # YAML's own escapes: raw control characters are not YAML
    c1, clear = "\\x9b2J", "\\e[2J"
    body = (f"---\nid: hostile\ntitle: \"存储阵列 {esc} 控制器{clear}\"\nkind: \"storage{esc}\"\n"
            f"industry: \"securities{c1}\"\ndate: 2023-04-12\n"
            f"outcome:\n  status: \"resolved{esc}\"\n  summary: \"换人后恢复{esc}{c1}\"\n"
            f"lessons: [\"rotate-exhausted-engineers\", \"nolesson{esc}\"]\n"
            f"related: [\"securities-storage-30h\", \"other{esc}\"]\n---\n"
            f"## 情况\n存储阵列控制器故障 {OSC52} 工程师连续工作{CSI_CLEAR}。\n")
    (cases_copy / "hostile.md").write_text(body, "utf-8")
    (cases_copy / f"bad{OSC52}name.md").write_text("---\nid: x\ntitle: t\n---\nb\n", "utf-8")
    return cases_copy


COMMANDS = [
    ("index",),
    ("check",),
    ("search", "存储阵列"),
    ("search", "存储阵列", "--json"),
    ("search", "控制器", "--kind", f"storage{OSC52}"),
    ("similar", "存储阵列控制器故障，工程师连续工作"),
    ("similar", "存储阵列控制器故障，工程师连续工作", "--json"),
    ("show", "hostile"),
    ("show", f"nope{OSC52}"),
]


@pytest.mark.parametrize("args", COMMANDS, ids=lambda a: " ".join(a).encode("unicode_escape").decode())
def test_no_command_passes_escape_sequences_to_the_terminal(hostile_cases, tmp_path, args):
    out = kb_raw(*args, data=tmp_path / "data", cases=hostile_cases)
    assert no_raw_controls(out.stdout), out.stdout
    assert no_raw_controls(out.stderr), out.stderr


def test_hostile_case_is_read(hostile_cases):
    corpus = load_corpus(hostile_cases, load_vocab(BUNDLED)[0])
    assert OSC52 in corpus.cases["hostile"].title and OSC52 in corpus.cases["hostile"].kind


def test_escapes_are_visible_not_dropped(hostile_cases, tmp_path):
    out = kb_raw("show", "hostile", data=tmp_path / "data", cases=hostile_cases)
    text = out.stdout.decode()
    assert out.returncode == 0
    assert "\\x1b]52;c;SGVsbG8=\\x07" in text       # the title, shown escaped
    assert "\\x9b2J" in text                         # C1 too
    out = kb_raw("check", data=tmp_path / "data", cases=hostile_cases)
    assert "bad\\x1b]52" in out.stdout.decode()     # the file name, escaped


def test_queries_file_json_is_escaped(hostile_cases, tmp_path):
    q = tmp_path / "q.txt"
    q.write_text(f"存储阵列 {OSC52}{C1_CSI}\n", "utf-8")
    out = kb_raw("similar", "--queries", str(q), "--json", data=tmp_path / "data", cases=hostile_cases)
    assert no_raw_controls(out.stdout)
    row = json.loads(out.stdout.decode().splitlines()[0])
    assert OSC52 in row["query"] and C1_CSI in row["query"]  # still the same text for a program


def test_search_json_round_trips_the_title(hostile_cases, tmp_path):
    out = kb_raw("search", "控制器", "--json", "--limit", "100", data=tmp_path / "data", cases=hostile_cases)
    rows = [json.loads(l) for l in out.stdout.decode().splitlines()]
    assert any(OSC52 in r["title"] for r in rows)


# -- §6: problems named, all listed ----------------------------------------------------------------

def _case(cases, name, extra="", body="## 情况\n正文。\n"):
    (cases / f"{name}.md").write_text(f"---\nid: {name}\ntitle: 标题\nkind: storage-failure\n{extra}---\n{body}", "utf-8")


def test_check_lists_every_problem_errors_first_with_counts(cases_copy, tmp_path):
    _case(cases_copy, "baddate", "date: 2024-13-45\n")
    (cases_copy / "broken.md").write_text("---\nid: broken\ntitle: [x\n---\nb\n", "utf-8")
    out = kb_raw("check", data=tmp_path / "data", cases=cases_copy)
    lines = out.stdout.decode().splitlines()
    assert out.returncode == 1
    i_err = next(i for i, l in enumerate(lines) if "broken.md" in l)
    i_warn = next(i for i, l in enumerate(lines) if "baddate.md:5" in l)  # shown by default, with its line
    assert i_err < i_warn
    assert ": error:" in lines[i_err] and ": warning:" in lines[i_warn]
    assert "1 error," in lines[-1] and "1 warning" in lines[-1] and "2 files" in lines[-1]
    hidden = kb_raw("check", "--errors-only", data=tmp_path / "data", cases=cases_copy).stdout.decode()
    assert "broken.md" in hidden and "baddate.md" not in hidden and "1 warning" in hidden.splitlines()[-1]


def test_check_counts_are_singular_and_plural(cases_copy, tmp_path):
    _case(cases_copy, "a1", "date: 2024-13-45\n")
    _case(cases_copy, "a2", "date: 2024-02-30\n")
    last = kb_raw("check", data=tmp_path / "data", cases=cases_copy).stdout.decode().splitlines()[-1]
    assert "0 errors, 2 warnings in 2 files" in last


def test_nul_byte_in_body_is_named_with_its_line(tmp_path):
    vocab = load_vocab(BUNDLED)[0]
    p = tmp_path / "nul.md"
    p.write_bytes(b"---\nid: nul\ntitle: t\nkind: database\n---\nline one\nline \x00 two\n")
    case, warns = parse_case(p, vocab)
    nul = [w for w in warns if w.code == "nul-byte"]
    assert nul and nul[0].line == 7 and nul[0].level == "warning"
    assert "\x00" not in case.body


def test_nul_byte_is_listed_by_kb_check(cases_copy, tmp_path):
    (cases_copy / "nul.md").write_bytes(b"---\nid: nul\ntitle: t\nkind: database\n---\nline one\nline \x00 two\n")
    out = kb_raw("check", data=tmp_path / "data", cases=cases_copy).stdout.decode()
    assert "nul.md:7" in out


def test_long_impossible_date_is_quoted_whole(tmp_path):
    vocab = load_vocab(BUNDLED)[0]
    p = tmp_path / "d.md"
    p.write_text("---\nid: d\ntitle: t\nkind: database\ndate: 99999-01-01\n---\nx\n", "utf-8")
    case, warns = parse_case(p, vocab)
    w = [w for w in warns if w.code == "date-invalid"]
    assert w and w[0].args == ("99999-01-01",) and "99999-01-01" in w[0].message and w[0].line == 5
    assert case.date == ""


def test_lessons_that_is_a_number_is_a_warning_that_keeps_the_case(cases_copy):
    """docs/case-format.md: a link to a lesson that does not exist is a warning; the case stays."""
    vocab = load_vocab(BUNDLED)[0]
    _case(cases_copy, "five", "lessons: 5\n")
    corpus = load_corpus(cases_copy, vocab)
    probs = [p for p in corpus.problems if p.path.endswith("five.md")]
    assert [(p.code, p.level, p.line) for p in probs] == [("lesson-missing", "warning", 5)]
    assert "five" in corpus.cases
    doc = (BUNDLED.parent / "docs" / "case-format.md").read_text("utf-8")
    warn_part = " ".join(doc[doc.index("Warnings (the case is kept)"):].split())
    assert "lesson that does not exist" in warn_part


def test_query_that_is_not_utf8_gets_a_clear_message(tmp_path):
    cmd = [os.fsencode(sys.executable), b"-m", b"kb_app.cli", b"--data", os.fsencode(tmp_path), b"search", b"\xff\xfeabc"]
    out = subprocess.run(cmd, capture_output=True, env={**os.environ, "PYTHONIOENCODING": "utf-8", "LC_ALL": "C.UTF-8"})
    err = out.stderr.decode("utf-8", "replace")
    assert out.returncode != 0
    assert "Traceback" not in err and "surrogates" not in err
    assert "0xff" in err and "argument" in err


def test_every_core_problem_has_a_code(cases_copy):
    """Problems carry a stable code whatever their wording (the GUI translates by code)."""
    vocab = load_vocab(BUNDLED)[0]
    for name, text in {
        "e1": "", "e2": "no front\n", "e3": "---\nid: e3\n", "e4": "---\n- a\n---\n",
        "e5": "---\nid: e5\ntitle: [x\n---\n", "e6": "---\nid: ../x\ntitle: t\n---\n",
        "e7": "---\nid: other\ntitle: t\n---\n", "e8": "---\nid: e8\n---\n", "e9": "---\nid: e9\ntitle: [a]\n---\n",
        "w1": "---\nid: w1\ntitle: t\nkind: alien\nsoft_skills: [flying]\noutcome: {status: weird}\n"
              "date: 2024-13-45\nseverity: extreme\nlanguage: klingon\nrelated: [nobody]\nlessons: [nolesson]\n---\nb\n",
    }.items():
        (cases_copy / f"{name}.md").write_text(text, "utf-8")
    (cases_copy / "g.md").write_bytes("---\nid: g\ntitle: 坏文件\n---\n".encode("gbk"))
    corpus = load_corpus(cases_copy, vocab)
    assert len(corpus.problems) >= 18
    assert all(p.code for p in corpus.problems), [str(p) for p in corpus.problems if not p.code]
