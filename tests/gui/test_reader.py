"""The case reader never freezes the window and opens every case (issue 11, §5)."""
from __future__ import annotations

import os
import threading

import pytest
from PySide6.QtCore import QUrl

from kb_app.core.cases.render import FIRST_PIECES, PIECE_ROWS

from .conftest import WORK_MS, search


def _write(cases, ident, body, title="阅读器测试"):
    (cases / f"{ident}.md").write_text(f"---\nid: {ident}\ntitle: {title} {ident}\nkind: storage-failure\n---\n{body}",
                                       "utf-8")


def _open(qtbot, window, ident):
    qtbot.waitUntil(lambda: ident in search(qtbot, window, ident), timeout=WORK_MS)
    with qtbot.waitSignal(window.caseShown, timeout=WORK_MS):
        window.open_case(ident)
    return window.case_panel.view


def _rows(view) -> int:
    return view.toHtml().count("<tr>")


def test_a_huge_table_opens_in_part_and_the_rest_follows_piece_by_piece(window, qtbot, gui_cases):
    n = 32_000
    table = "| 时间 | 事件 |\n|---|---|\n" + "".join(f"| 10:{i % 60:02d} | 第{i}行 控制器重启 |\n" for i in range(n))
    _write(gui_cases, "huge-table", "## 时间线\n\n" + table + "\n结尾一句。\n")
    view = _open(qtbot, window, "huge-table")
    # what the UI thread laid out at once is a few pieces, not 32,000 rows
    assert _rows(view) <= PIECE_ROWS + 4  # the header and the outcome box are rows too
    assert view.doc.more_rows == n - PIECE_ROWS
    assert f"Show the rest (rows left: {n - PIECE_ROWS})" in view.toPlainText()
    assert view.has_more()
    # "show the rest": one piece per turn of the event loop; the window answers meanwhile
    view.anchorClicked.emit(QUrl("kb:more"))
    qtbot.waitUntil(lambda: view.pieces_appended >= 5, timeout=WORK_MS)
    assert "Show the rest" not in view.toPlainText()
    assert search(qtbot, window, "证券")  # searching still answers while the table grows
    # a batch at a time: then the link again, with what is left
    qtbot.waitUntil(lambda: view.pieces_appended == view.BATCH_PIECES and not view._more_timer.isActive(),
                    timeout=WORK_MS)
    left = n - PIECE_ROWS * (1 + view.BATCH_PIECES)
    assert f"Show the rest (rows left: {left})" in view.toPlainText()
    assert view.has_more()
    # past the reader's limit the rest stays in the file, and the page says so
    while view.has_more():
        view.anchorClicked.emit(QUrl("kb:more"))
        qtbot.waitUntil(lambda: not view._more_timer.isActive(), timeout=WORK_MS)
    assert view.truncated and view.pieces_appended == view.MAX_PIECES
    assert "too long to show here" in view.toPlainText()


def test_a_list_nested_10000_deep_opens_as_plain_text_with_a_message(window, qtbot, gui_cases):
    _write(gui_cases, "deep-list", "- " * 10_000 + "最深处\n")
    view = _open(qtbot, window, "deep-list")
    text = view.toPlainText()
    assert "shown as plain text" in text and "最深处" in text
    assert view.doc.notes == ["plain-text"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_an_image_that_is_a_fifo_is_never_read(window, qtbot, gui_cases):
    os.mkfifo(gui_cases / "pipe.png")
    _write(gui_cases, "fifo-image", "![拓扑](pipe.png)\n\n正文。\n")
    before = threading.active_count()
    for _ in range(3):  # each open used to block a read thread forever
        view = _open(qtbot, window, "fifo-image")
        assert not view._images  # nothing was read from the pipe
        qtbot.waitUntil(lambda: any(u.endswith("pipe.png") for u in view.refused), timeout=WORK_MS)  # a placeholder
    assert "securities-storage-30h" in search(qtbot, window, "证券")
    describe_ok = window.library.runner is not None
    assert describe_ok and threading.active_count() <= before + 1


def test_only_small_regular_files_are_read_as_images(tmp_path):
    from kb_app.gui.views.case import read_image_file

    (tmp_path / "ok.png").write_bytes(b"\x89PNG" + b"0" * 100)
    (tmp_path / "big.png").write_bytes(b"0" * 2000)
    assert read_image_file(tmp_path / "ok.png") is not None
    assert read_image_file(tmp_path / "big.png", limit=1000) is None
    assert read_image_file(tmp_path) is None                      # a folder
    if hasattr(os, "mkfifo"):
        os.mkfifo(tmp_path / "p.png")
        assert read_image_file(tmp_path / "p.png") is None        # returns at once, reads nothing


def test_blockquotes_are_drawn_and_task_lists_show_boxes(window, qtbot, gui_cases):
    _write(gui_cases, "quote-tasks", "> 客户原话：必须开盘前恢复。\n\n- [ ] 通知客户\n- [x] 切换备机\n")
    view = _open(qtbot, window, "quote-tasks")
    text = view.toPlainText()
    assert "[ ]" not in text and "[x]" not in text and "\u2610" in text and "\u2611" in text
    html = view.toHtml()
    assert 'bgcolor="#cbd5e1"' in html  # the quote's bar, which QTextDocument paints


def test_show_original_applies_to_the_one_case_shown(window, qtbot):
    """Issue 16: asking for the original text of one case does not show every case opened after it unconverted."""
    from PySide6.QtCore import QUrl

    from kb_app.gui import i18n

    i18n.instance().set_language("zh-Hant")
    try:
        view = window.case_panel.view
        with qtbot.waitSignal(window.caseShown, timeout=WORK_MS):
            window.open_case("securities-storage-30h")
        assert "證券客戶" in view.toPlainText()                 # converted to the reader's script
        view.anchorClicked.emit(QUrl("script:original"))
        assert "证券客户" in view.toPlainText()                 # the original, on request
        with qtbot.waitSignal(window.caseShown, timeout=WORK_MS):
            window.open_case("engineer-misoperation-data-loss-claim")
        text = view.toPlainText()
        assert "工程師" in text and "显示原文" not in text and "用繁體顯示" not in text  # converted again
        with qtbot.waitSignal(window.caseShown, timeout=WORK_MS):
            window.open_case("securities-storage-30h")
        assert "證券客戶" in view.toPlainText()
    finally:
        i18n.instance().set_language("en")
