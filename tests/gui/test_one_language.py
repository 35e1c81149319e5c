"""One language on screen (issue 11, §8): everything follows the UI language, live, on switching."""
from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel

from kb_app.gui import i18n

from .conftest import WORK_MS, describe, open_window, search

CJK = re.compile(r"[\u3400-\u9fff]")
DESC = ("证券客户的集中交易系统存储阵列故障，工程师误操作导致客户数据丢失，客户威胁起诉索赔，"
        "工程师已经连续工作了30小时。")


@pytest.fixture
def lang():
    yield i18n.instance().set_language
    i18n.instance().set_language("en")


def test_status_bar_follows_a_language_switch(window, lang):
    assert window.status_label.text().startswith("Ready")
    lang("zh-Hans")
    assert window.status_label.text().startswith("就绪")
    lang("en")
    assert window.status_label.text().startswith("Ready") and not CJK.search(window.status_label.text())


def test_counts_have_plurals(app, qtbot, tmp_path, gui_data):
    folder = tmp_path / "one"
    folder.mkdir()
    one = folder / "one.md"
    one.write_text("---\nid: one\ntitle: 唯一的案例\nkind: storage-failure\ndate: 2023-01-02\n---\n正文\n", "utf-8")
    (folder / "bad.md").write_text("---\nid: bad\ntitle: [x\n---\nb\n", "utf-8")
    w = open_window(qtbot, folder, gui_data)
    assert w.count_label.text() == "1 case · 0 lessons"
    assert w.problems_button.text() == "⚠ Problems: 1"
    (folder / "bad.md").unlink()
    one.write_text(one.read_text("utf-8").replace("2023-01-02", "2024-13-45"), "utf-8")
    w.reload()
    qtbot.waitUntil(lambda: w.problems_model.rowCount() == 1 and w.problems_model.errors() == 0, timeout=WORK_MS)
    assert w.problems_button.text() == "Warnings: 1"
    w.close()


def test_reason_chips_are_labelled_in_the_ui_language(window, qtbot, lang):
    from kb_app.gui.models import ROLE_REASONS

    describe(qtbot, window, DESC)
    model = window.incident.model

    def labels():
        out = {}
        for row in range(model.rowCount()):
            for r in model.data(model.index(row), ROLE_REASONS):
                out.setdefault(r.type, r.label)
        return out

    en = labels()
    assert "stakes" in en and "kind" in en
    assert not CJK.search(en["stakes"]) and not CJK.search(en["kind"])  # English labels, ", " between
    assert "、" not in en["stakes"]
    lang("zh-Hant")
    tw = labels()  # the same answer, relabelled at once, no new query
    vocab = window.library.vocab
    assert tw["kind"] in {vocab.label("kinds", k, "zh-Hant") for k in vocab.kinds}
    assert "数据" not in tw["stakes"] and "資料" in tw["stakes"] or "數據" in tw["stakes"]


def test_calendar_follows_the_language(window, lang):
    cal = window.search.date_from.calendarWidget()
    lang("zh-Hans")
    assert cal.locale().language() == QLocale.Language.Chinese
    lang("en")
    assert cal.locale().language() == QLocale.Language.English
    assert window.search.date_from.locale().language() == QLocale.Language.English
    assert QLocale().monthName(1) == "January"


def test_problems_are_in_the_ui_language(window, qtbot, gui_cases, lang):
    (gui_cases / "bad-date.md").write_text("---\nid: bad-date\ntitle: t\nkind: storage-failure\ndate: 2024-13-45\n---\nb\n",
                                           "utf-8")
    window.reload()
    model = window.problems_model
    qtbot.waitUntil(lambda: model.rowCount() > 0, timeout=WORK_MS)
    assert "2024-13-45" in model.data(model.index(0, 3)) and not CJK.search(model.data(model.index(0, 3)))
    lang("zh-Hans")
    text = model.data(model.index(0, 3))
    assert "2024-13-45" in text and "日期" in text
    lang("zh-Hant")
    assert "日期「2024-13-45」" in model.data(model.index(0, 3))
    assert model.headerData(3, Qt.Orientation.Horizontal) != "Problem"


def test_folder_dialog_is_qts_own_in_the_ui_language(window, qtbot, lang):
    lang("zh-Hant")
    seen = {}

    def inspect():
        dlg = next((w for w in QApplication.topLevelWidgets() if isinstance(w, QFileDialog) and w.isVisible()), None)
        if dlg is None:
            QTimer.singleShot(50, inspect)
            return
        seen["native"] = dlg.testOption(QFileDialog.Option.DontUseNativeDialog)
        seen["labels"] = [l.text() for l in dlg.findChildren(QLabel) if l.text()]
        dlg.reject()

    QTimer.singleShot(50, inspect)
    window.choose_folder()
    assert seen["native"] is True
    joined = " ".join(seen["labels"])
    assert "Look in" not in joined and "Files of type" not in joined
    assert "尋找於" in joined


def test_english_ui_has_english_placeholder_and_separators(window, qtbot):
    assert not CJK.search(window.incident.editor.placeholderText())
    search(qtbot, window, "")
    model = window.search.model
    from kb_app.gui.models import ROLE_META

    metas = [model.data(model.index(r), ROLE_META) for r in range(model.rowCount())]
    assert any(", " in m for m in metas) and not any("、" in m for m in metas)


def test_no_match_hint_speaks_of_words_not_fonts(window, qtbot, lang):
    search(qtbot, window, "zzqqxx不存在的词")
    lang("zh-Hans")
    assert "字体" not in window.search.empty_title.text()
    lang("zh-Hant")
    assert "字體" not in window.search.empty_title.text() and "字型" not in window.search.empty_title.text()


def test_escape_in_the_case_goes_back_to_the_results(window, qtbot):
    search(qtbot, window, "存储")
    window.search.view.setFocus()
    window.search.open_current(True)
    qtbot.waitUntil(lambda: window.case_panel.view.hasFocus(), timeout=WORK_MS)
    qtbot.keyClick(window.case_panel.view, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.search.view.hasFocus(), timeout=WORK_MS)


def test_kind_filter_offers_only_kinds_with_cases_and_cuts_no_label(window, qtbot):
    combo = window.search.kind_combo
    kinds = {combo.itemData(i) for i in range(1, combo.count())}
    present = {c.kind for c in window.library._kb.corpus.cases.values()}
    assert kinds == present - {"unknown"}
    skill = window.search.skill_combo
    skill.setCurrentIndex(skill.findData("composure"))
    assert skill.currentText() == "Composure under pressure"
    window.resize(640, 600)
    window.splitter.setSizes([300, 340])
    qtbot.wait(50)
    if not skill.full_text_fits():
        assert "Composure under pressure" in skill.toolTip()  # elided on screen, whole in the tip


def test_date_box_shows_any_whole_at_640px(window, qtbot):
    window.resize(640, 600)
    qtbot.wait(50)
    d = window.search.date_from
    assert d.width() >= d.fontMetrics().horizontalAdvance("any") + 30
    assert d.width() >= d.fontMetrics().horizontalAdvance("0000-00-00")


def test_clear_clears_the_query_too(window, qtbot):
    search(qtbot, window, "存储")
    assert window.search.clear_filters.isEnabled()
    window.search.clear_filters.click()
    assert window.search.query() == ""


def test_problems_panel_closes_when_fixed_and_stays_closed_on_a_clean_folder(app, qtbot, gui_cases, gui_data):
    bad = gui_cases / "bad.md"
    bad.write_text("---\nid: bad\ntitle: [x\n---\nb\n", "utf-8")
    w = open_window(qtbot, gui_cases, gui_data)
    assert w.problems_dock.isVisible()
    bad.unlink()
    w.reload()
    qtbot.waitUntil(lambda: w.problems_model.rowCount() == 0, timeout=WORK_MS)
    assert not w.problems_dock.isVisible() and not w.problems_button.isVisible()
    w.problems_dock.show()
    w.close()  # the saved state has the panel open
    w2 = open_window(qtbot, gui_cases, gui_data)
    assert not w2.problems_dock.isVisible()
    w2.close()


def test_preferences_show_the_folder_and_the_language_in_force(app, qtbot, gui_data, lang, monkeypatch):
    from kb_app import paths
    from kb_app.gui import dialogs

    from kb_app.gui.main_window import MainWindow

    w = MainWindow(None, str(gui_data))  # the bundled cases
    qtbot.addWidget(w)
    w.show()
    with qtbot.waitSignal(w.indexReady, timeout=WORK_MS):
        w.start()
    lang("zh-Hans")  # as --lang zh-Hans does, with no saved preference
    made = {}

    def fake_exec(self):
        made["folder"] = self.folder_edit.text()
        made["lang"] = self.language_combo.currentData()
        return 0

    monkeypatch.setattr(dialogs.PreferencesDialog, "exec", fake_exec)
    w.show_preferences()
    assert made["folder"] == str(paths.bundled_cases_dir().resolve()) or \
        made["folder"] == str(paths.bundled_cases_dir())
    if i18n.system_language() != "zh-Hans":
        assert made["lang"] == "zh-Hans"
    w.close()


# -- issue 19: one language on screen, everywhere ---------------------------------------------------------------

LATIN = re.compile(r"[A-Za-z]")


def simplified_only(text: str) -> set[str]:
    """Characters of `text` that OpenCC writes differently in Traditional: Simplified-only forms."""
    from kb_app.core.analysis.text import _converter

    s2t = _converter("s2t")
    return {c for c in set(CJK.findall(text)) if s2t.convert(c) != c}


def _card_text(card) -> str:
    from PySide6.QtGui import QTextDocument

    doc = QTextDocument()
    doc.setHtml(card.title.text() + "<br>" + card.body.text())
    return doc.toPlainText()


def test_the_standard_card_follows_the_ui_language(window, qtbot, lang):
    window.focus_incident()
    card = window.incident.standard_card
    with qtbot.waitSignal(card.shown, timeout=WORK_MS):
        describe(qtbot, window, "证券客户存储阵列控制器故障，交易系统 IO 超时，明天开盘前必须恢复")
    st = card.standard
    own = [st.title, *st.situations, *(e.action for e in st.expected)]

    def labels(text: str, own_texts) -> str:
        for t in sorted(own_texts, key=len, reverse=True):
            text = text.replace(t, "")
        return text

    # English: every label, heading and theme is English; only the team's own words are Chinese
    en = _card_text(card)
    assert not CJK.search(labels(en, own)), labels(en, own)
    assert not CJK.search(card.title.text())
    # Traditional: not one Simplified-only character, the standard's words included (read in the reader's script)
    lang("zh-Hant")
    tw = _card_text(card)
    assert CJK.search(tw) and not simplified_only(tw), simplified_only(tw)
    # Simplified: the labels carry no Latin letters
    lang("zh-Hans")
    cn = _card_text(card)
    assert CJK.search(cn) and not LATIN.search(labels(cn, own)), labels(cn, own)


def traditional_only(text: str) -> set[str]:
    from kb_app.core.analysis.text import _converter

    t2s = _converter("t2s")
    return {c for c in set(CJK.findall(text)) if t2s.convert(c) != c}


def test_a_glossary_chip_is_in_one_script(window, qtbot, lang):
    """The user's words and a Traditional case's words for one concept: one script on a chip."""
    from kb_app.gui.models import ROLE_REASONS

    describe(qtbot, window, "证券客户的集中交易系统存储阵列故障，现场工程师误操作导致客户数据丢失，多路径软件版本不兼容")
    model = window.incident.model

    def chips():
        return [r.label for row in range(model.rowCount()) for r in model.data(model.index(row), ROLE_REASONS)
                if r.type == "glossary"]

    assert any(CJK.search(c) for c in chips())
    lang("zh-Hans")
    mixed = {c: traditional_only(c) for c in chips() if traditional_only(c)}
    assert not mixed, mixed
    lang("zh-Hant")
    mixed = {c: simplified_only(c) for c in chips() if simplified_only(c)}
    assert not mixed, mixed


def test_the_remote_image_placeholder_speaks_the_ui_language(window, qtbot, gui_cases, lang):
    path = gui_cases / "remote-image-case.md"
    path.write_text("---\nid: remote-image-case\ntitle: 远程图片测试\nkind: storage-failure\n---\n\n"
                    "情况如下。\n\n![拓扑](https://example.com/topology.png)\n\n![](https://example.com/x.png)\n", "utf-8")
    qtbot.waitUntil(lambda: "remote-image-case" in search(qtbot, window, "远程图片测试"), timeout=WORK_MS)
    with qtbot.waitSignal(window.caseShown, timeout=WORK_MS):
        window.open_case("remote-image-case")
    view = window.case_panel.view
    en = view.toPlainText()
    assert "\ue000" not in en and "topology" not in en  # named by its alt text, the mark worded
    lang("zh-Hans")
    text = view.toPlainText()
    assert "拓扑" in text and "\ue000" not in text
    # the placeholders have no Latin letter left in Chinese, but for the image's own address
    body = text.split("情况如下。", 1)[1].replace("https://example.com/x.png", "")
    assert body.strip() and not LATIN.search(body), body


def test_the_editors_history_merge_and_preview_speak_the_ui_language(window, qtbot, lang):
    """Issue 19: "--- version / +++ current", "<<<<<<< mine / >>>>>>> disk" and "unknown" under Chinese."""
    from pathlib import Path

    from kb_app.core.cases.casefile import CaseFile

    lang("zh-Hans")
    w = window
    w.edit_case("securities-storage-30h")
    ed = w.editor
    qtbot.waitUntil(lambda: ed.is_open and ed.case_id == "securities-storage-30h", timeout=WORK_MS)
    for text in ("第一版改动", "第二版改动"):
        ed.summary.setPlainText(text)
        with qtbot.waitSignal(ed.saved, timeout=WORK_MS):
            ed.save()
    ed.show_history()
    qtbot.waitUntil(lambda: getattr(ed, "history_dialog", None) is not None, timeout=WORK_MS)
    dlg = ed.history_dialog
    dlg.list.setCurrentRow(1)
    heads = [l for l in dlg.diff.toPlainText().splitlines() if l.startswith(("---", "+++"))]
    assert len(heads) == 2 and all(CJK.search(h) and not LATIN.search(h) for h in heads), heads
    dlg.reject()
    # a conflict merged by hand: the markers name the two sides in the UI language
    ed.title.setText("我的标题")
    path = Path(ed.path)
    raw = path.read_text("utf-8")
    old_title = CaseFile.parse(raw).form()["title"]
    path.write_text(raw.replace(f"title: {old_title}", "title: 磁盘上的标题"), "utf-8")
    with qtbot.waitSignal(ed.conflictShown, timeout=WORK_MS):
        ed.save()
    ed.conflict_view.merge_by_hand()
    markers = [l for l in ed.conflict_view.merged.toPlainText().splitlines() if l.startswith(("<<<<<<<", ">>>>>>>"))]
    assert len(markers) == 2 and all(CJK.search(m) and not LATIN.search(m) for m in markers), markers
    # a new case's preview before a kind is chosen: no "unknown"
    ed = w.editor
    with qtbot.waitSignal(ed.previewShown, timeout=WORK_MS):
        w.new_case()
    text = ed.preview_pane.view.toPlainText()
    kicker = text.strip().splitlines()[0]
    assert "unknown" not in text and CJK.search(kicker) and not LATIN.search(kicker), kicker
