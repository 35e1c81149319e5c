"""The parser names the file, the line and the fault, and one bad file never stops the others."""
from pathlib import Path

import pytest

from kb_app.core.cases.parsing import load_corpus, parse_case, ParseError
from kb_app.core.analysis.vocab import load_vocab

from conftest import BUNDLED

GOOD = """---
id: {id}
title: 测试案例
kind: storage-failure
soft_skills: [judgment]
outcome:
  status: resolved
  summary: 已恢复
lessons: [rotate-exhausted-engineers]
---
## 情况
存储阵列故障。
"""


@pytest.fixture(scope="module")
def vocab():
    return load_vocab(BUNDLED)[0]


def problems_for(cases_copy, vocab, name, content):
    p = cases_copy / name
    if isinstance(content, bytes):
        p.write_bytes(content)
    else:
        p.write_text(content, "utf-8")
    corpus = load_corpus(cases_copy, vocab)
    return corpus, [x for x in corpus.problems if Path(x.path).name == name]


def test_bundled_cases_are_clean(vocab):
    corpus = load_corpus(BUNDLED, vocab)
    assert corpus.problems == []
    assert len(corpus.cases) >= 40 and len(corpus.lessons) >= 25
    assert {"securities-storage-30h", "engineer-misoperation-data-loss-claim", "financial-data-noon-deadline"} <= set(corpus.cases)
    assert {c.language for c in corpus.cases.values()} == {"zh-Hans", "zh-Hant", "en"}
    assert len({c.kind for c in corpus.cases.values()}) >= 8


@pytest.mark.parametrize("name, content, code, line", [
    ("broken-yaml.md", "---\nid: broken-yaml\ntitle: [unclosed\n---\nbody\n", "yaml-broken", 3),
    ("no-id.md", "---\ntitle: 没有编号\nkind: data-loss\n---\n正文\n", "id-missing", 2),
    ("no-title.md", "---\nid: no-title\nkind: data-loss\n---\n正文\n", "title-missing", 2),
    ("empty.md", "", "file-empty", None),
    ("no-front.md", "# 只是正文\n没有前言\n", "no-front-matter", 1),
    ("unclosed.md", "---\nid: unclosed\ntitle: x\n", "front-matter-unclosed", 1),
    ("evil.md", "---\nid: evil\ntitle: x\nkind: !!python/object/apply:os.system ['touch /tmp/pwned']\n---\nx\n",
     "yaml-tag", 4),
    ("list-front.md", "---\n- a\n- b\n---\nx\n", "front-matter-not-mapping", 2),
    ("traversal.md", "---\nid: ../../etc/passwd\ntitle: x\n---\nx\n", "id-bad", 2),
    ("slash.md", "---\nid: a/b\ntitle: x\n---\nx\n", "id-bad", 2),
    ("mismatch.md", "---\nid: other-name\ntitle: x\n---\nx\n", "id-mismatch", 2),
    ("list-title.md", "---\nid: list-title\ntitle: [a, b]\n---\nx\n", "field-not-single", 3),
    ("crlf-broken.md", "---\r\nid: crlf-broken\r\ntitle: [x\r\n---\r\nx\r\n", "yaml-broken", 3),
])
def test_bad_files_are_named_with_their_problem(cases_copy, vocab, name, content, code, line):
    corpus, probs = problems_for(cases_copy, vocab, name, content)
    assert probs, f"no problem reported for {name}"
    assert probs[0].code == code
    assert probs[0].level == "error"
    assert probs[0].line == line
    assert name in str(probs[0])
    assert Path(name).stem not in corpus.cases
    assert "securities-storage-30h" in corpus.cases  # the rest keeps working


def test_yaml_tag_is_never_executed(cases_copy, vocab, tmp_path):
    marker = tmp_path / "pwned"
    content = f"---\nid: evil\ntitle: !!python/object/apply:os.system ['touch {marker}']\n---\nx\n"
    problems_for(cases_copy, vocab, "evil.md", content)
    assert not marker.exists()


@pytest.mark.parametrize("encoding, label", [("gbk", "GBK"), ("big5", "Big5")])
def test_legacy_encodings_are_named_not_garbled(cases_copy, vocab, encoding, label):
    text = GOOD.format(id="legacy").replace("测试案例", "數據丟失與硬碟故障的處理經過" if encoding == "big5" else "数据丢失与硬盘故障的处理经过")
    text += ("客户要求在明天中午之前恢复全部财务数据，工程师已经连续工作。" if encoding == "gbk"
             else "客戶要求在明天中午之前恢復全部財務資料，工程師已經連續工作。") * 5
    if encoding == "big5":
        text = text.replace("情况", "情況").replace("存储阵列", "儲存陣列").replace("已恢复", "已恢復")
    corpus, probs = problems_for(cases_copy, vocab, "legacy.md", text.encode(encoding))
    assert probs and probs[0].code == "not-utf8" and probs[0].level == "error"
    assert label in probs[0].args[0]  # the guess, named
    assert "legacy" not in corpus.cases


def test_oversized_file(cases_copy, vocab):
    big = GOOD.format(id="big") + ("存储阵列故障。" * 250_000)
    assert len(big.encode()) > 5_000_000
    corpus, probs = problems_for(cases_copy, vocab, "big.md", big)
    assert probs[0].code == "file-too-big" and "big" not in corpus.cases


def test_duplicate_id_names_both_files(cases_copy, vocab):
    sub = cases_copy / "archive"
    sub.mkdir()
    (sub / "securities-storage-30h.md").write_text(GOOD.format(id="securities-storage-30h"), "utf-8")
    corpus = load_corpus(cases_copy, vocab)
    dup = [p for p in corpus.problems if p.code == "id-duplicate"]
    assert len(dup) == 1 and "archive" in dup[0].path and dup[0].args[1].endswith("securities-storage-30h.md")
    assert corpus.cases["securities-storage-30h"].path.parent == cases_copy  # the first one stays


def test_missing_lesson_link_is_a_warning_and_the_case_stays(cases_copy, vocab):
    content = GOOD.format(id="dangling").replace("rotate-exhausted-engineers", "no-such-lesson")
    corpus, probs = problems_for(cases_copy, vocab, "dangling.md", content)
    assert (probs[0].level, probs[0].code, probs[0].args, probs[0].line) == (
        "warning", "lesson-missing", (("no-such-lesson",),), 9)
    assert "dangling" in corpus.cases


def test_unknown_kind_is_a_warning(cases_copy, vocab):
    corpus, probs = problems_for(cases_copy, vocab, "odd-kind.md", GOOD.format(id="odd-kind").replace("storage-failure", "alien-invasion"))
    assert [(p.level, p.code, p.args) for p in probs] == [("warning", "kind-unknown", ("alien-invasion",))]
    assert corpus.cases["odd-kind"].kind == "alien-invasion"


def test_language_detected_when_missing(tmp_path, vocab):
    for name, body, lang in [("a", "資料庫與硬碟同時故障，客戶非常著急。", "zh-Hant"),
                             ("b", "数据库与硬盘同时故障，客户非常着急。", "zh-Hans"),
                             ("c", "The database and the disk failed together.", "en")]:
        p = tmp_path / f"{name}.md"
        p.write_text(f"---\nid: {name}\ntitle: t\nkind: database\n---\n{body}\n", "utf-8")
        case, _ = parse_case(p, vocab)
        assert case.language == lang


def test_date_and_lists_are_normalised(tmp_path, vocab):
    p = tmp_path / "n.md"
    p.write_text("---\nid: n\ntitle: 123\nkind: database\ndate: 2024-03-05\nsoft_skills: judgment, learning\n"
                 "outcome: 只有一句话\n---\nx\n", "utf-8")
    case, _ = parse_case(p, vocab)
    assert (case.title, case.date, case.soft_skills) == ("123", "2024-03-05", ["judgment", "learning"])
    assert (case.outcome.status, case.outcome.summary) == ("unknown", "只有一句话")


def test_parse_error_carries_line():
    with pytest.raises(ParseError):
        raise ParseError("x", 3)
