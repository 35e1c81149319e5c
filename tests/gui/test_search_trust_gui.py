"""Issue 12 in the window: the best suggestion first after every answer, far cards under their own
heading, glossary hits marked on their card and under their own heading, a same-language box."""
from __future__ import annotations

from .conftest import WORK_MS, describe, search
from kb_app.gui.models import ROLE_SECTION

LONG_30H = ("证券客户的核心交易系统存储阵列出现故障，IO 超时，委托下单缓慢，我方驻场工程师已经连续工作了30小时还没有找到原因，"
            "客户的信息技术总监非常不满，要求今天收盘前必须恢复，否则要追究责任。我们已经重启过一个控制器，切换了光纤交换机端口，"
            "多路径软件也重新扫描过，症状时好时坏。厂商二线支持还没有介入，现场只有一名工程师，备件库存也不清楚，怎么办？")


def test_new_answer_scrolls_to_the_best_match_and_separates_the_far_ones(window, qtbot):
    pane = window.incident
    window.focus_incident()
    window.resize(1280, 560)
    pane.splitter.setSizes([300, 200])
    hits = describe(qtbot, window, LONG_30H)
    assert hits and hits[0].id == "securities-storage-30h"
    bar = pane.view.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0, timeout=WORK_MS)
    bar.setValue(bar.maximum())  # the user scrolled down the old list
    hits = describe(qtbot, window, LONG_30H + " 客户是证券公司。")
    assert bar.value() == 0, "a new answer shows its best match first"
    from kb_app.core.retrieval.similar import CLOSE_THRESHOLD

    far = [i for i, h in enumerate(hits) if h.score < CLOSE_THRESHOLD]
    assert far and far[0] > 0
    heads = {i: pane.model.index(i).data(ROLE_SECTION) for i in range(len(hits))}
    assert heads[far[0]] == "Nearest, not close"
    assert all(v is None for i, v in heads.items() if i != far[0])
    # the heading makes the row taller than its card alone
    from PySide6.QtWidgets import QStyleOptionViewItem

    d = pane.view.itemDelegate()
    opt = QStyleOptionViewItem()
    opt.font = pane.view.font()
    idx = pane.model.index(far[0])
    assert d.sizeHint(opt, idx).height() == d.layout_for(opt, idx)["height"] + d.SECTION_H


def test_glossary_hits_are_marked_and_the_box_keeps_to_the_query_language(window, qtbot):
    panel = window.search
    ids = search(qtbot, window, "backup")
    hits = [panel.model.hit(i) for i in range(len(ids))]
    linked = [i for i, h in enumerate(hits) if h.via]
    assert linked, "Chinese backup cases are found through the glossary"
    assert all(hits[i].via == "backup / 备份" for i in linked)
    assert panel.model.index(linked[0]).data(ROLE_SECTION) == "Through the glossary, in the other language"
    assert all(not h.via for h in hits[: linked[0]])
    # the card says which link found it
    from PySide6.QtWidgets import QStyleOptionViewItem

    opt = QStyleOptionViewItem()
    opt.font = panel.view.font()
    lay = panel.view.itemDelegate().layout_for(opt, panel.model.index(linked[0]))
    assert lay["via"] is not None and "backup / 备份" in lay["via"].text
    shown = []
    panel.searchShown.connect(shown.append)
    panel.same_language.setChecked(True)
    seq = panel.tokens.current()
    qtbot.waitUntil(lambda: seq in shown, timeout=WORK_MS)
    hits = [panel.model.hit(i) for i in range(panel.model.rowCount())]
    assert hits and all(h.language == "en" and not h.via for h in hits)
    assert panel.clear_filters.isEnabled()
    panel.reset_filters()
    assert not panel.same_language.isChecked()


def test_new_strings_are_in_the_ui_language(app, window, qtbot):
    from kb_app.gui import i18n

    i18n.instance().set_language("zh-Hans")
    try:
        assert window.search.same_language.text() == "仅限查询语言"
        describe(qtbot, window, LONG_30H + " 证券")
        pane = window.incident
        heads = [pane.model.index(i).data(ROLE_SECTION) for i in range(pane.model.rowCount())]
        assert "最接近，但不算相近" in heads
    finally:
        i18n.instance().set_language("en")
    i18n.instance().set_language("zh-Hant")
    try:
        assert window.search.same_language.text() == "僅限查詢語言"
    finally:
        i18n.instance().set_language("en")
