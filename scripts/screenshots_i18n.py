"""Screenshots of the English UI after switching from Chinese and back (issue 11, §8).

    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python scripts/screenshots_i18n.py

The window opens in English on a copy of the bundled cases with one broken and one warned file,
a search and an incident described; the language goes to 简体中文, then 繁體中文, then back to
English. Saved in docs/screenshots/: i18n-en-main.png (status bar, chips, problems panel),
i18n-en-calendar.png, i18n-en-folder-dialog.png, and for comparison i18n-zh-Hant-main.png and
i18n-zh-Hant-folder-dialog.png (Qt's own dialog in the UI language).
"""
from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
OUT = ROOT / "docs" / "screenshots"


def main() -> int:
    tmp = Path(tempfile.mkdtemp(prefix="kb-shots-"))
    cases = tmp / "cases"
    shutil.copytree(ROOT / "cases", cases)
    (cases / "broken-front-matter.md").write_text("---\nid: broken-front-matter\ntitle: [未闭合\n---\n正文\n", "utf-8")
    p = cases / "securities-storage-30h.md"
    import re

    p.write_text(re.sub(r"^date: .*$", "date: 2024-13-45", p.read_text("utf-8"), count=1, flags=re.M), "utf-8")
    from PySide6.QtCore import QSettings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp / "settings"))
    from kb_app.gui import i18n
    from kb_app.gui.app import create_application, wait_until
    from kb_app.gui.dialogs import directory_dialog
    from kb_app.gui.main_window import MainWindow

    app = create_application([sys.argv[0]], "en")
    win = MainWindow(str(cases), str(tmp / "data"))
    win.resize(1400, 860)
    win.show()
    win.start()
    wait_until(lambda: win.library.ready, 300)
    wait_until(lambda: win.search.model.rowCount() > 0, 30)
    win.incident.editor.setPlainText("证券客户的存储阵列故障，工程师误操作导致客户数据丢失，客户威胁起诉索赔，"
                                     "工程师已经连续工作了30小时。")
    win.focus_incident()
    win.incident.request()
    wait_until(lambda: win.incident.model.rowCount() > 0, 30)
    win.open_case(win.incident.model.hit(0).id)
    wait_until(lambda: win.case_panel.view.doc is not None, 30)
    settle = lambda s=0.6: wait_until(lambda: False, s)  # noqa: E731

    def shot(widget, name):
        settle()
        widget.grab().save(str(OUT / name))
        print("saved", OUT / name)

    def dialog_shot(name):
        dlg = directory_dialog(win, win.tr("Choose the case folder"), str(cases))
        dlg.resize(760, 460)
        dlg.show()
        shot(dlg, name)
        dlg.close()

    i18n.instance().set_language("zh-Hans")
    settle()
    i18n.instance().set_language("zh-Hant")
    shot(win, "i18n-zh-Hant-main.png")
    dialog_shot("i18n-zh-Hant-folder-dialog.png")
    i18n.instance().set_language("en")
    shot(win, "i18n-en-main.png")
    cal = win.search.date_from.calendarWidget()
    from PySide6.QtCore import QDate

    cal.setSelectedDate(QDate(2024, 3, 12))
    cal.resize(cal.sizeHint().expandedTo(cal.minimumSizeHint()).width() + 40, 220)
    shot(cal, "i18n-en-calendar.png")
    dialog_shot("i18n-en-folder-dialog.png")
    win.close()
    app.processEvents()
    shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
