"""Opening a huge case never freezes the window: a benchmark of the real case reader (not a test).

    .venv/bin/python bench/reader_bench.py            # a 1.2 MB, 32,000-row table in one case

Opens the window offscreen on a copy of the bundled cases plus one case whose body is a
32,000-row Markdown table, opens it, then (if the reader offers it) asks for the rest and
waits until every row is on screen. A 5 ms timer (bench/gui_typing.GapRecorder) measures the
longest event-loop stall and the longest stretch of UI-thread CPU work at once.
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
sys.path.insert(0, str(ROOT / "bench"))


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from gui_typing import GapRecorder
    from PySide6.QtCore import QSettings, QUrl

    tmp = Path(tempfile.mkdtemp(prefix="kb-reader-"))
    cases = tmp / "cases"
    shutil.copytree(ROOT / "cases", cases)
    n = 32_000
    rows = "".join(f"| 2023-04-12 {i // 60 % 24:02d}:{i % 60:02d} | 控制器 {i} 告警 |\n" for i in range(n))
    body = "## 时间线\n\n| 时间 | 事件 |\n|---|---|\n" + rows
    (cases / "huge-table.md").write_text("---\nid: huge-table\ntitle: 超大表格\nkind: storage-failure\n---\n" + body,
                                         "utf-8")
    print(f"case body: {len(body.encode()) / 1e6:.2f} MB, {n} table rows", flush=True)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp / "settings"))
    from kb_app.gui.app import create_application, wait_until
    from kb_app.gui.main_window import MainWindow

    app = create_application([sys.argv[0]], "en")
    win = MainWindow(str(cases), str(tmp / "data"))
    win.resize(1400, 860)
    win.show()
    win.start()
    wait_until(lambda: win.library.ready, 300)
    shown = []
    win.caseShown.connect(shown.append)
    gaps = GapRecorder(5)
    gaps.start()
    t0 = time.perf_counter()
    win.open_case("huge-table")
    wait_until(lambda: shown, 600)
    t_open = time.perf_counter() - t0
    view = win.case_panel.view
    first_rows = view.toHtml().count("<tr>")
    t_all = None
    if hasattr(view, "has_more") and view.has_more():
        t1 = time.perf_counter()
        clicks = 0
        while view.has_more():  # "show the rest" again after each batch, as a reader would
            view.anchorClicked.emit(QUrl("kb:more"))
            clicks += 1
            wait_until(lambda: bool(view.doc.more) and not view._more_timer.isActive(), 600)
        print(f"  'show the rest' clicked {clicks} times"
              + (f"; stopped at the reader's limit ({view.MAX_PIECES} pieces), the rest is in the file"
                 if getattr(view, "truncated", False) else ""))
        t_all = time.perf_counter() - t0
        print(f"  rest appended in {time.perf_counter() - t1:.1f} s ({view.pieces_appended} pieces)")
    else:
        t_all = t_open
    wait_until(lambda: False, 0.5)
    gaps.stop()
    print(f"  case on screen        {t_open:.2f} s after open_case ({first_rows} table rows laid out at first)")
    print(f"  all that is shown     {t_all:.1f} s after open_case")
    print(f"  longest stall         {gaps.stall_ms():.1f} ms; longest UI-thread work at once {gaps.busy_ms():.1f} ms "
          f"(p99 gap {gaps.p99_ms():.1f} ms)")
    win.close()
    app.processEvents()
    shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
