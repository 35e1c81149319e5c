"""Issue 12: search a manager can trust -- across languages through the glossary, a filter to keep
to the query's own language, plain-text snippets, counts that match the list."""
import re

import pytest

from kb_app.core.retrieval.search import Filters, SearchResult, _plain, snippet

CHINESE_BACKUP = "备份"


def test_backup_finds_the_chinese_backup_cases_marked_as_glossary(bundled_kb):
    res = bundled_kb.search("backup", limit=50)
    exact = [h for h in res.hits if not h.via]
    linked = [h for h in res.hits if h.via]
    assert exact and all(h.language == "en" for h in exact)
    zh = [h for h in linked if h.language.startswith("zh")]
    assert len(zh) >= 5
    assert all(h.via == "backup / 备份" for h in linked)
    # every exact match ranks before every glossary match
    assert res.hits.index(linked[0]) == len(exact)
    # the Chinese cases found really speak of backup, and their snippet shows it
    for h in zh:
        body = bundled_kb.case(h.id).body
        assert "备份" in body or "備份" in body
        assert "<b>" in h.snippet
    assert res.via_glossary == len(linked)


def test_same_language_filter_keeps_to_the_query_language(bundled_kb):
    res = bundled_kb.search("backup", Filters(same_language=True), limit=50)
    assert res.hits and all(h.language == "en" and not h.via for h in res.hits)
    res = bundled_kb.search("備份", Filters(same_language=True), limit=50)
    assert res.hits and all(h.language in ("zh-Hans", "zh-Hant") for h in res.hits)
    assert {"zh-Hans", "zh-Hant"} <= {h.language for h in res.hits}  # script is not language


def test_chinese_query_finds_english_cases_through_the_glossary(bundled_kb):
    res = bundled_kb.search("存储阵列", limit=50)
    linked = [h for h in res.hits if h.via]
    assert any(h.language == "en" for h in linked)
    assert all(h.via.startswith("存储阵列 / ") for h in linked)


@pytest.mark.parametrize("md, bad", [
    ("Before <script>alert('x')</script> after the storage fault.", ["<script", "alert", "</script"]),
    ("| 时间 | 事件 |\n|---|---|\n| 09:00 | 存储告警 |", ["|", "---"]),
    ("See ![diagram](img/a.png) of the storage array.", ["![", "img/a.png", "]("]),
    ("A [vendor note](http://x.example/n) on **storage** and `iostat`.", ["](", "http://", "**", "`"]),
    ("<div class='x'>存储</div><!-- hidden --><style>p{}</style>", ["<div", "hidden", "p{}", "<!--"]),
])
def test_snippets_are_plain_text(md, bad):
    plain = _plain(md)
    for b in bad:
        assert b not in plain, (b, plain)
    out = snippet(md, {"storag", "存储", "storage"})
    text_only = re.sub(r"</?b>", "", out)
    assert "<" not in text_only.replace("&lt;", "")
    for b in bad:
        assert b not in text_only


def test_bundled_snippets_hold_no_markup(bundled_kb):
    for q in ("存储", "数据丢失", "backup", "律师函", "時間"):
        for h in bundled_kb.search(q, limit=50).hits:
            t = re.sub(r"</?b>", "", h.snippet)
            assert not re.search(r"<[a-zA-Z/!]|\|\s*-{3}|!\[|\]\(", t), (q, h.id, t)


def test_counts_never_contradict_the_list(bundled_kb):
    from kb_app.cli import _count_line

    for q in ("存储", "backup", "故障", "数据丢失"):
        res = bundled_kb.search(q, limit=9)
        line = _count_line(res, 1.0)
        if res.total <= len(res.hits):
            assert res.total == len(res.hits)
            assert "showing" not in line
        else:
            assert f"showing {len(res.hits)}" in line
        big = bundled_kb.search(q, limit=500)
        assert big.total == len(big.hits)  # everything found is listed: the count is exact
    one = SearchResult(hits=[object()], total=1)
    assert _count_line(one, 2.0).startswith("1 match in")


def test_cli_storage_in_three_scripts_and_backup_through_the_glossary(tmp_path):
    import json

    from test_cli import kb

    sets = []
    for q in ("儲存", "存储", "存儲"):
        out = kb("search", q, "--json", "--limit", "100", data=tmp_path)
        sets.append({json.loads(l)["id"] for l in out.stdout.splitlines()})
    assert sets[0] == sets[1] == sets[2] and sets[0]
    rows = [json.loads(l) for l in kb("search", "backup", "--json", "--limit", "50", data=tmp_path).stdout.splitlines()]
    linked = [r for r in rows if r.get("via_glossary")]
    assert linked and all(r["via_glossary"] == "backup / 备份" for r in linked)
    assert any(r["language"].startswith("zh") for r in linked)
    text = kb("search", "backup", "--limit", "50", data=tmp_path).stdout
    assert "via glossary: backup / 备份" in text and "through the glossary" in text
    only = [json.loads(l) for l in kb("search", "backup", "--same-language", "--json", data=tmp_path).stdout.splitlines()]
    assert only and all(r["language"] == "en" and "via_glossary" not in r for r in only)
