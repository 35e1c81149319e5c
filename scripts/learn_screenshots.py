"""Screenshots of the Learn view and a practice round (docs/screenshots/learn-*.png).

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/learn_screenshots.py          # zh-Hans and en
    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/learn_screenshots.py --lang zh-Hant

Each language gets a fresh temp data dir in which a new hire has read a few cases and lessons
(seeded through kb_app.core.learning.progress, as the window would record them) and done one practice
round; then the window shows the Learn view's pages and the practice window before and after
the reveal.
"""
from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from screenshots import settle, wait_until  # noqa: E402

READ_CASES = ["engineer-misoperation-data-loss-claim", "securities-storage-30h", "financial-data-noon-deadline",
              "wrong-server-reboot-trading", "hospital-ransomware-his", "payment-gateway-cert-expired",
              "tw-db-accidental-delete", "erp-outage-penalty-arbitration", "bank-core-db-failover-split-brain",
              "broker-storage-controller-outage", "telco-bgp-misconfig-outage"]
READ_LESSONS = ["own-the-mistake-first", "rotate-exhausted-engineers", "verify-backups-by-restore"]
SCENES = {
    "zh-Hans": {"lesson": "manager-on-site-absorbs-pressure", "group": "composure",
                "practice": "storage-vendor-blame-legal-letter",
                "answer": "1. 先不争论是谁的责任：今天的目标是恢复调度数据平台，责任以后按事实和合同谈。\n"
                          "2. 把原厂、集成商和我们拉进同一个技术会议，指定一个人统一对客户说话。\n"
                          "3. 收到律师函后马上通知公司法务，整理时间线和日志，保住证据，不再口头承诺。\n"
                          "为什么：客户要的是系统恢复；互相推诿只会让他们更愤怒，也让索赔更难谈。"},
    "zh-Hant": {"lesson": "manager-on-site-absorbs-pressure", "group": "composure",
                "practice": "storage-vendor-blame-legal-letter",
                "answer": "1. 先不爭論責任歸屬，今天的目標是恢復系統。\n2. 把原廠、整合商和我們拉進同一場技術會議，由一人統一對客戶說明。\n"
                          "3. 收到律師函立刻通知法務，整理時間線與日誌，保全證據。"},
    "en": {"lesson": "manager-on-site-absorbs-pressure", "group": "composure",
           "practice": "retail-mysql-checkout-deadlock",
           "answer": "1. Stop the bleeding first: switch checkout to the read-only fallback page and shed the "
                     "promotion traffic, so orders queue instead of failing.\n"
                     "2. Get the DBA on the deadlock graph, but give the fix 20 minutes before we roll back the "
                     "morning's release.\n"
                     "3. Tell the business owner every 15 minutes what works, what doesn't and the next step.\n"
                     "Why: 35 minutes of lost orders in a flash sale costs more than the root cause is worth right now."},
}


def seed(data: Path, cases: Path, lang: str) -> None:
    from kb_app.core.learning import practice, progress
    from kb_app.core.service import KnowledgeBase

    kb = KnowledgeBase(cases, data)
    kb.load()
    for cid in READ_CASES:
        progress.mark(kb.state, cid, "case", "dwell", 42.0)
    for lid in READ_LESSONS:
        progress.mark(kb.state, lid, "lesson", "dwell", 20.0)
    e = practice.start(kb.state, "securities-storage-30h")
    practice.reveal(kb.state, e.id, SCENES["zh-Hans" if lang != "en" else "en"]["answer"].split("\n")[0])
    kb.close()


def shoot(lang: str, out_dir: Path, width: int, height: int) -> list[Path]:
    from PySide6.QtCore import QSettings

    tmp = Path(tempfile.mkdtemp(prefix=f"kb-learn-shots-{lang}-"))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp / "settings"))
    from kb_app import paths
    from kb_app.gui.app import create_application
    from kb_app.gui.main_window import MainWindow

    cases = paths.bundled_cases_dir()
    seed(tmp / "data", cases, lang)
    app = create_application([sys.argv[0]], lang)
    from kb_app.gui import i18n

    i18n.instance().set_language(lang)
    scene = SCENES[lang]
    win = MainWindow(str(cases), str(tmp / "data"))
    win.resize(width, height)
    win.show()
    win.start()
    shots = []

    def save(widget, name):
        settle(app, 0.5)
        p = out_dir / f"learn-{name}-{lang}.png"
        widget.grab().save(str(p))
        shots.append(p)

    try:
        assert wait_until(app, lambda: win.library.ready, 120), "load"
        view = win.learn.view
        if lang == "zh-Hant":  # read in your own script: a Simplified case, converted and marked
            win.splitter.setSizes([600, width - 600])
            win.search.search_edit.setText("儲存陣列 控制器")
            win.search.run_search()
            wait_until(app, lambda: win.search.model.rowCount() > 0, 20)
            win.open_case("securities-storage-30h")
            wait_until(app, lambda: win.case_panel.current_item() == ("case", "securities-storage-30h"))
            save(win, "script")
        win.learn.show_learn()
        win.splitter.setSizes([700, width - 700])
        view.refresh()
        assert wait_until(app, lambda: view.data is not None), "learn data"
        keys = [c.key for c in view.groups_model.rows]
        view.groups.setCurrentIndex(view.groups_model.index(keys.index(scene["group"])))
        win.open_lesson(scene["lesson"])
        assert wait_until(app, lambda: win.case_panel.current_item() == ("lesson", scene["lesson"])), "lesson"
        save(win, "lessons")
        view.pages.setCurrentIndex(1)
        win.open_case("storage-vendor-blame-legal-letter")
        wait_until(app, lambda: win.case_panel.current_item() == ("case", "storage-vendor-blame-legal-letter"))
        save(win, "progress")
        view.pages.setCurrentIndex(2)
        save(win, "paths")
        # a practice round
        win.learn.open_practice(scene["practice"])
        assert wait_until(app, lambda: win.learn.practice_window is not None
                          and win.learn.practice_window.doc is not None), "practice"
        pw = win.learn.practice_window
        pw.resize(width, height)
        pw.answer.setPlainText(scene["answer"])
        save(pw, "practice")
        pw.reveal()
        assert wait_until(app, lambda: pw.doc.entry.revealed), "reveal"
        save(pw, "reveal")
        pw.close()
        view.pages.setCurrentIndex(3)
        view.refresh()
        wait_until(app, lambda: len(view.data.journal) >= 2, 10)
        save(win, "journal")
    finally:
        win.close()
        app.processEvents()
        shutil.rmtree(tmp, ignore_errors=True)
    return shots


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--lang", action="append", choices=sorted(SCENES), help="default: zh-Hans and en")
    ap.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    ap.add_argument("--size", default="1440x860")
    args = ap.parse_args(argv)
    width, height = (int(x) for x in args.size.lower().split("x"))
    args.out.mkdir(parents=True, exist_ok=True)
    if not os.environ.get("DISPLAY") and not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    for lang in args.lang or ["zh-Hans", "en"]:
        for p in shoot(lang, args.out, width, height):
            print(p)
    return 0


if __name__ == "__main__":
    sys.exit(main())
