"""Bodies of any shape become HTML pieces small enough to show within a frame (issue 11, §5)."""
from kb_app.core.cases import render
from kb_app.core.cases.render import PIECE_ROWS, render_body

HEAD = "| 时间 | 事件 | 负责人 |\n|---|---|---|\n"


def table(n):
    return HEAD + "".join(f"| 10:{i % 60:02d} | 控制器 {i} 重启 | 张三 |\n" for i in range(n))


def test_a_huge_table_is_cut_into_pieces_of_a_few_rows_each():
    r = render_body("前言\n\n" + table(32_000) + "\n结尾\n")
    assert sum(r.rows) == 32_000 and max(r.rows) <= PIECE_ROWS
    html = r.html
    assert html.count("<tr>") == 32_000 + 1          # every row, the header once
    assert html.count("<thead>") == 1                 # continuations show the rows alone
    assert "控制器 31999 重启" in r.pieces[-2] or "控制器 31999 重启" in r.pieces[-1]
    assert "结尾" in r.pieces[-1] and "前言" in r.pieces[0]
    assert not r.notes


def test_a_list_nested_10000_deep_is_plain_text_with_a_note():
    for src in ["- " * 10_000 + "x\n", "".join("  " * i + "- x\n" for i in range(3000)), ">" * 10_000 + " x\n"]:
        r = render_body(src)
        assert r.notes == ["plain-text"]
        assert all(p.startswith('<pre class="plain">') for p in r.pieces)


def test_ordinary_bodies_are_one_piece_and_unchanged():
    src = "## 情况\n\n正文 **重点**。\n\n```\ncode | not a table\n```\n\n| a | b |\n|---|---|\n| 1 | 2 |\n"
    r = render_body(src)
    assert len(r.pieces) == 1 and r.html == render.markdown_to_html("\n" + src.replace("| a |", "\n| a |", 1)) or \
        "<strong>重点</strong>" in r.html and "<table>" in r.html and "<code>" in r.html


def test_long_code_block_stays_code_in_every_piece():
    src = "```\n" + "\n".join(f"line {i}" for i in range(5000)) + "\n```\n"
    r = render_body(src)
    assert len(r.pieces) > 1 and all("<pre><code>" in p for p in r.pieces)
    assert "line 4999" in r.html


def test_task_lists_show_boxes_not_brackets():
    html = render.markdown_to_html("- [ ] 通知客户\n- [x] 切换备机\n")
    assert "[ ]" not in html and "[x]" not in html
    assert "\u2610 通知客户" in html and "\u2611 切换备机" in html
