"""Take the README screenshots of the real window (run under Xvfb, or offscreen).

    Xvfb :99 -screen 0 1440x900x24 &
    DISPLAY=:99 .venv/bin/python scripts/screenshots.py            # all four, into docs/screenshots/
    DISPLAY=:99 .venv/bin/python scripts/screenshots.py --lang en  # one language

Each language gets a fresh temp data dir and settings, the bundled sample cases, a window of
1440x860, a search with a case open (main-<lang>.png) and a described incident with its
suggestions and the top suggestion open (incident-<lang>.png).

    xvfb-run -a -s "-screen 0 1024x768x24" .venv/bin/python scripts/screenshots.py --small --lang zh-Hans

--small (issue 19): every view at 1024x700, the smallest window the app is made for:
small-main, small-incident, small-learn, small-editor, small-compare-rating (Compare while a score
is being chosen) and small-compare-standard-card (the standard in the incident pane), -<lang>.png.
"""
from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SCENES = {
    "zh-Hans": {
        "query": "存储",
        "open": "securities-storage-30h",
        "incident": "某券商集中交易系统的存储阵列故障，IO超时反复出现，我方工程师已经连续工作30小时仍未解决，"
                    "客户信息技术部总监要求明天开盘前必须恢复，否则要向监管报告。",
    },
    "zh-Hant": {
        "query": "儲存陣列 控制器",
        "open": "securities-storage-30h",
        "incident": "證券客戶的儲存陣列故障，IO逾時反覆出現，工程師已連續工作30小時仍未解決，客戶要求明天開盤前恢復。",
    },
    "en": {
        "query": "storage",
        "open": "broker-storage-controller-outage",
        "incident": "A brokerage customer's storage array keeps timing out; our engineer has worked 30 hours straight "
                    "without a fix, and trading must resume before the market opens tomorrow.",
    },
}


def wait_until(app, pred, timeout=60.0) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        app.processEvents()
        if pred():
            return True
        time.sleep(0.01)
    return pred()


def settle(app, seconds=0.4):
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def shoot(lang: str, out_dir: Path, cases: Path | None, width: int, height: int) -> list[Path]:
    from PySide6.QtCore import QSettings

    tmp = Path(tempfile.mkdtemp(prefix=f"kb-shots-{lang}-"))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp / "settings"))
    from kb_app.gui.app import create_application
    from kb_app.gui.main_window import MainWindow

    app = create_application([sys.argv[0]], lang)
    from kb_app.gui import i18n

    i18n.instance().set_language(lang)
    scene = SCENES[lang]
    win = MainWindow(str(cases) if cases else None, str(tmp / "data"))
    win.resize(width, height)
    win.splitter.setSizes([600, width - 600])
    win.show()
    win.start()
    shots = []
    try:
        assert wait_until(app, lambda: win.library.ready, 120), "load"
        # main window: search results + the case
        shown = []
        win.search.searchShown.connect(shown.append)
        win.search.search_edit.setText(scene["query"])
        win.search.run_search()
        seq = win.search.tokens.current()
        assert wait_until(app, lambda: seq in shown), "search"
        opened = []
        win.caseShown.connect(opened.append)
        row = win.search.model.row_of(scene["open"])
        if row < 0:
            row = 0
        win.search.view.setCurrentIndex(win.search.model.index(row))
        win.open_case(win.search.model.hit(row).id)
        assert wait_until(app, lambda: opened), "open"
        settle(app)
        p = out_dir / f"main-{lang}.png"
        win.grab().save(str(p))
        shots.append(p)
        # incident pane with suggestions
        win.focus_incident()
        got = []
        win.incident.suggestionsShown.connect(got.append)
        win.incident.editor.setPlainText(scene["incident"])
        win.incident.request()
        seq = win.incident.tokens.current()
        assert wait_until(app, lambda: seq in got), "similar"
        if win.incident.model.rowCount():
            win.incident.view.setCurrentIndex(win.incident.model.index(0))
            opened.clear()
            win.open_case(win.incident.model.hit(0).id)
            wait_until(app, lambda: opened)
        win.incident.view.setFocus()
        settle(app)
        p = out_dir / f"incident-{lang}.png"
        win.grab().save(str(p))
        shots.append(p)
    finally:
        win.close()
        app.processEvents()
        shutil.rmtree(tmp, ignore_errors=True)
    return shots


def shoot_small(lang: str, out_dir: Path, cases: Path | None, width: int = 1024, height: int = 700) -> list[Path]:
    """Every view at the smallest size the window is made for (issue 19)."""
    from PySide6.QtCore import QSettings

    tmp = Path(tempfile.mkdtemp(prefix=f"kb-small-{lang}-"))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp / "settings"))
    from kb_app.gui.app import create_application
    from kb_app.gui.main_window import MainWindow

    app = create_application([sys.argv[0]], lang)
    from kb_app.gui import i18n, settings

    i18n.instance().set_language(lang)
    settings.set_value(settings.RATER, "王芳" if lang != "en" else "Sam Lee")  # a rater with nothing rated yet
    scene = SCENES[lang]
    win = MainWindow(str(cases) if cases else None, str(tmp / "data"))
    win.show()
    win.resize(width, height)
    win.start()
    shots = []

    def save(widget, name):
        settle(app, 0.6)
        p = out_dir / f"{name}-{lang}.png"
        widget.grab().save(str(p))
        shots.append(p)

    try:
        assert wait_until(app, lambda: win.library.ready, 120), "load"
        assert win.width() <= width and win.minimumSizeHint().width() <= width, win.minimumSizeHint()
        shown = []
        win.search.searchShown.connect(shown.append)
        win.search.search_edit.setText(scene["query"])
        win.search.run_search()
        seq = win.search.tokens.current()
        assert wait_until(app, lambda: seq in shown), "search"
        opened = []
        win.caseShown.connect(opened.append)
        row = max(0, win.search.model.row_of(scene["open"]))
        win.search.view.setCurrentIndex(win.search.model.index(row))
        win.open_case(win.search.model.hit(row).id)
        assert wait_until(app, lambda: opened), "open"
        save(win, "small-main")
        win.focus_incident()
        got = []
        win.incident.suggestionsShown.connect(got.append)
        win.incident.editor.setPlainText(scene["incident"])
        win.incident.request()
        seq = win.incident.tokens.current()
        assert wait_until(app, lambda: seq in got), "similar"
        card = win.incident.standard_card
        wait_until(app, lambda: card.isVisible(), 10)
        if win.incident.model.rowCount():
            win.incident.view.setCurrentIndex(win.incident.model.index(0))
            opened.clear()
            win.open_case(win.incident.model.hit(0).id)
            wait_until(app, lambda: opened)
        save(win, "small-incident")
        if card.isVisible():
            save(card, "small-compare-standard-card")
        win.tabs.setCurrentIndex(2)
        save(win, "small-learn")
        win.tabs.setCurrentIndex(0)
        win.edit_case(scene["open"])
        wait_until(app, lambda: win.editor.is_open and win.editor.case_id == scene["open"], 30)
        save(win, "small-editor")
        win.editor.close_editor() if hasattr(win.editor, "close_editor") else None
        win.show_compare()
        cw = win._compare
        cw.resize(width, height)
        view = cw.view
        assert wait_until(app, lambda: view.bundle is not None and view.bundle.report is not None, 60), "compare"
        view.show_kind("storage-failure")
        wait_until(app, lambda: view.bundle is not None and view.bundle.report is not None
                   and view.bundle.report.comparison.kind == "storage-failure", 60)
        view.select_case(view.bundle.report.comparison.ids[1])
        rows = list(view.pane._rows.values())
        for r, score in zip(rows[:3], (4, 3, 5)):   # scores being chosen: the draft line, the level texts
            r["group"].button(score).click()
        save(cw, "small-compare-rating")
        view.flush_drafts()
        cw.close()
    finally:
        win.close()
        app.processEvents()
        shutil.rmtree(tmp, ignore_errors=True)
    return shots


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--lang", action="append", choices=sorted(SCENES), help="default: zh-Hans and en")
    ap.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    ap.add_argument("--cases", type=Path, help="case folder (default: the bundled samples)")
    ap.add_argument("--size", default="1440x860")
    ap.add_argument("--small", action="store_true", help="every view at 1024x700 (small-*.png)")
    args = ap.parse_args(argv)
    width, height = (int(x) for x in args.size.lower().split("x"))
    args.out.mkdir(parents=True, exist_ok=True)
    if not os.environ.get("DISPLAY") and not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    for lang in args.lang or ["zh-Hans", "en"]:
        shots = shoot_small(lang, args.out, args.cases) if args.small else shoot(lang, args.out, args.cases, width, height)
        for p in shots:
            print(p)
    return 0


if __name__ == "__main__":
    sys.exit(main())
