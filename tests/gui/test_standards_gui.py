"""Issue 19, the team's standards in the window: a draft is never shown to managers as the
standard, approving one (Compare, or `kb standard approve`), changes on disk followed without F5,
and "opened" said only when a program opened the file."""
from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import WORK_MS, describe, open_window

pytest.importorskip("krippendorff")

KIND = "storage-failure"
STORAGE = "证券客户存储阵列控制器故障，交易系统 IO 超时，明天开盘前必须恢复"
PAYMENT = "支付网关证书过期，所有交易失败"


def card_for(qtbot, w, text):
    w.focus_incident()
    card = w.incident.standard_card
    describe(qtbot, w, text)
    return card


def replace_file(cases, path: Path, text: str) -> None:
    """As an editor or git writes: a new file renamed over the old one."""
    from kb_app.core.fsutil import update_file

    update_file(cases, path, lambda old: text)


# -- 8: changes on disk are followed -------------------------------------------------------------------------

def test_a_standard_changed_or_added_on_disk_shows_without_f5(window, qtbot, gui_cases):
    w = window
    card = card_for(qtbot, w, STORAGE)
    qtbot.waitUntil(lambda: card.isVisible() and card.kind == KIND, timeout=WORK_MS)
    path = gui_cases / "standards" / f"{KIND}.md"
    text = path.read_text("utf-8")
    replace_file(gui_cases, path, text.replace("以最高级别向存储原厂开单", "立刻给原厂打电话并开最高级别工单", 1))
    qtbot.waitUntil(lambda: "立刻给原厂打电话" in card.body.text(), timeout=WORK_MS)
    # a standard for a kind that had none
    card = card_for(qtbot, w, PAYMENT)
    qtbot.waitUntil(lambda: bool(card.kind) and not card.isVisible(), timeout=WORK_MS)
    other = card.kind
    new = (gui_cases / "standards" / f"{other}.md")
    new.write_text(text.replace(f"kind: {KIND}", f"kind: {other}", 1)
                   .replace("以最高级别向存储原厂开单", "先确认证书链并准备回退证书", 1), "utf-8")
    qtbot.waitUntil(lambda: card.isVisible() and "先确认证书链" in card.body.text(), timeout=WORK_MS)


def test_a_reading_path_added_on_disk_shows_without_f5(window, qtbot, gui_cases):
    w = window
    view = w.learn.view
    w.learn.show_learn()
    qtbot.waitUntil(lambda: view.data is not None, timeout=WORK_MS)
    src = (gui_cases / "paths" / "onboarding.yaml").read_text("utf-8")
    (gui_cases / "paths" / "second-look.yaml").write_text(src.replace("id: onboarding", "id: second-look", 1), "utf-8")
    qtbot.waitUntil(lambda: view.data is not None and "second-look" in [p.id for p in view.data.paths],
                    timeout=WORK_MS)


# -- 7: a draft is never shown as the standard; Approve makes it one ----------------------------------------

def open_compare(qtbot, w, kind=KIND):
    w.show_compare()
    view = w._compare.view
    qtbot.addWidget(w._compare)
    with qtbot.waitSignal(view.reportShown, timeout=WORK_MS):
        view.rater_edit.setText("陈伟")
        view.show_kind(kind)
    return view


def test_a_written_standard_shows_as_a_draft_until_approved_in_compare(app, qtbot, gui_cases, gui_data):
    from kb_app.core.team.standards import load_standard

    path = gui_cases / "standards" / f"{KIND}.md"
    path.unlink()
    w = open_window(qtbot, gui_cases, gui_data)
    view = open_compare(qtbot, w)
    view.open_external = lambda url: True
    assert not view.approve_button.isEnabled()            # nothing to approve yet
    with qtbot.waitSignal(view.standardWritten, timeout=WORK_MS):
        view.standard_button.click()
    assert load_standard(path)[0].status == "draft"
    qtbot.waitUntil(lambda: view.approve_button.isEnabled(), timeout=WORK_MS)
    # the incident pane: marked as a draft, its actions folded away, not the standard
    card = card_for(qtbot, w, STORAGE)
    qtbot.waitUntil(lambda: card.isVisible() and card.kind == KIND, timeout=WORK_MS)
    assert card.is_draft() and not card.body.isVisible()
    draft_title = card.title.text()
    card.toggle.click()                                   # a manager may still look
    assert card.body.isVisible() and card.body.text()
    # approved in Compare: the file says so, and the pane shows it as the standard
    with qtbot.waitSignal(view.standardApproved, timeout=WORK_MS):
        view.approve_button.click()
    assert load_standard(path)[0].approved
    qtbot.waitUntil(lambda: card.standard is not None and not card.is_draft(), timeout=WORK_MS)
    assert card.body.isVisible() and card.title.text() != draft_title
    qtbot.waitUntil(lambda: not view.approve_button.isEnabled(), timeout=WORK_MS)
    w.close()


def test_a_standard_written_by_hand_without_status_is_the_standard(window, qtbot):
    card = card_for(qtbot, window, STORAGE)
    qtbot.waitUntil(lambda: card.isVisible() and card.kind == KIND, timeout=WORK_MS)
    assert card.standard.approved and not card.is_draft() and card.body.isVisible()


# -- 9: "opened" only when a program opened it ---------------------------------------------------------------

def test_opened_is_said_only_when_a_program_opened_the_standard(window, qtbot, gui_cases):
    from PySide6.QtCore import QCoreApplication

    view = open_compare(qtbot, window)
    path = str(gui_cases / "standards" / f"{KIND}.md")    # exists: Write standard only opens it
    claim = QCoreApplication.translate("CompareView", "{0} already exists: opened it.").format(path)
    for could in (False, True):
        view.status.setText("")
        view.open_external = lambda url, could=could: could
        with qtbot.waitSignal(view.standardWritten, timeout=WORK_MS):
            view.standard_button.click()
        qtbot.waitUntil(lambda: bool(view.status.text()), timeout=WORK_MS)
        assert path in view.status.text()
        assert (view.status.text() == claim) is could


def test_show_file_says_when_no_program_could_open_the_folder(window, qtbot, monkeypatch):
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QDesktopServices

    from .conftest import search

    ids = search(qtbot, window, "存储")
    with qtbot.waitSignal(window.caseShown, timeout=WORK_MS):
        window.open_case(ids[0])
    path = window.case_panel._path
    shown = QCoreApplication.translate("MainWindow", "File: {0} (path copied)").format(path)
    for could in (True, False):
        monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url, could=could: could))
        window.case_panel.reveal_button.click()
        assert path in window.status_label.text()
        assert (window.status_label.text() == shown) is could
