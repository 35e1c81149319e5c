"""Issue 19, the team's standards in the window: a draft is never shown to managers as the
standard, approving one (Compare, or `kb standard approve`), changes on disk followed without F5,
and "opened" said only when a program opened the file."""
from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import describe, open_window

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
    qtbot.waitUntil(lambda: card.isVisible() and card.kind == KIND, timeout=10_000)
    path = gui_cases / "standards" / f"{KIND}.md"
    text = path.read_text("utf-8")
    replace_file(gui_cases, path, text.replace("以最高级别向存储原厂开单", "立刻给原厂打电话并开最高级别工单", 1))
    qtbot.waitUntil(lambda: "立刻给原厂打电话" in card.body.text(), timeout=15_000)
    # a standard for a kind that had none
    card = card_for(qtbot, w, PAYMENT)
    qtbot.waitUntil(lambda: bool(card.kind) and not card.isVisible(), timeout=10_000)
    other = card.kind
    new = (gui_cases / "standards" / f"{other}.md")
    new.write_text(text.replace(f"kind: {KIND}", f"kind: {other}", 1)
                   .replace("以最高级别向存储原厂开单", "先确认证书链并准备回退证书", 1), "utf-8")
    qtbot.waitUntil(lambda: card.isVisible() and "先确认证书链" in card.body.text(), timeout=15_000)


def test_a_reading_path_added_on_disk_shows_without_f5(window, qtbot, gui_cases):
    w = window
    view = w.learn.view
    w.learn.show_learn()
    qtbot.waitUntil(lambda: view.data is not None, timeout=10_000)
    src = (gui_cases / "paths" / "onboarding.yaml").read_text("utf-8")
    (gui_cases / "paths" / "second-look.yaml").write_text(src.replace("id: onboarding", "id: second-look", 1), "utf-8")
    qtbot.waitUntil(lambda: view.data is not None and "second-look" in [p.id for p in view.data.paths],
                    timeout=15_000)
