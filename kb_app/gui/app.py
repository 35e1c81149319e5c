"""Application start-up: QApplication, translators, fonts, style, the window, and --self-test.

    kb-app [--cases DIR] [--data DIR] [--lang zh-Hans|zh-Hant|en] [--self-test]

The window shows at once; the case folder is read and indexed on the serial worker after the
event loop has started, with progress in the status bar.
"""
from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

_T0 = time.perf_counter()


def parse_args(argv=None) -> argparse.Namespace:
    from .. import __version__

    p = argparse.ArgumentParser(prog="kb-app", description="Crisis-case knowledge base (desktop window).")
    p.add_argument("--version", action="version", version=f"kb-app {__version__}")
    p.add_argument("--cases", metavar="DIR", help="case folder (default: the last one opened, else the bundled samples)")
    p.add_argument("--data", metavar="DIR", help="data folder for the index and databases (default: the user data dir)")
    p.add_argument("--lang", choices=["zh-Hans", "zh-Hant", "en"], help="UI language (default: preference, else system)")
    p.add_argument("--self-test", action="store_true",
                   help="open the window offscreen, index into a temp folder, search, suggest, exit 0 if all works")
    p.add_argument("--index-worker", action="store_true", help=argparse.SUPPRESS)  # full builds, off the GUI process
    p.add_argument("--rebuild", action="store_true", help=argparse.SUPPRESS)
    p.add_argument("--import-worker", action="store_true", help=argparse.SUPPRESS)  # imports, off the GUI process
    args, _qt_args = p.parse_known_args(argv)
    return args


def _stylesheet() -> str:
    from .. import paths

    try:
        qss = (paths.resources_dir() / "styles" / "app.qss").read_text("utf-8")
    except OSError:
        return ""
    icons = (paths.resources_dir() / "icons").as_posix()
    return qss.replace("@ICONS@", icons)


def app_icon():
    from PySide6.QtGui import QIcon

    from .. import paths

    icon = QIcon()
    d = paths.resources_dir() / "icons"
    for name in ("kb-app.svg", "kb-app-256.png", "kb-app-64.png", "kb-app-32.png"):
        if (d / name).is_file():
            icon.addFile(str(d / name))
    return icon


def configure_application(app, lang: str | None = None) -> None:
    """Names (QSettings), style, icon and the UI language. Safe to call on an existing app."""
    from PySide6.QtWidgets import QStyleFactory

    from . import i18n, settings

    app.setOrganizationName(settings.ORGANIZATION)
    app.setApplicationName(settings.APPLICATION)
    from .. import __version__

    app.setApplicationVersion(__version__)
    if "Fusion" in QStyleFactory.keys():
        app.setStyle("Fusion")
    app.setWindowIcon(app_icon())
    app.setStyleSheet(_stylesheet())
    pref = lang or settings.value(settings.LANGUAGE, "", str) or None
    i18n.install_translator(app, pref)
    # Workers run Python (similar(), parsing) while the UI thread paints through Python
    # delegates: every call back into Python waits for the GIL, up to the switch interval each
    # time (5 ms by default, several waits per repaint). 1 ms keeps a repaint within a frame.
    sys.setswitchinterval(0.001)


def create_application(argv=None, lang: str | None = None):
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    app = QApplication.instance()
    if app is None:
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
        app = QApplication(list(argv or [sys.argv[0]]))
    configure_application(app, lang)
    # before any window shows: the segmenter and OpenCC hold the GIL while they load (~300 ms in all),
    # which on a worker thread froze the window (bench/gui_typing.py, issue 17)
    from kb_app.core.analysis import text

    text.preload_native()
    return app


def make_window(cases: str | None, data: str | None):
    from . import settings
    from .main_window import MainWindow

    cases_dir = cases or settings.value(settings.CASES_DIR, "", str) or None
    return MainWindow(cases_dir, data)


def main(argv=None) -> int:
    if (sys.argv[1:] if argv is None else argv)[:1] == ["--analysis-worker"]:  # a build's analysis process
        from kb_app.core.retrieval.build import worker_main

        worker_main()
        return 0
    args = parse_args(sys.argv[1:] if argv is None else argv)
    if args.index_worker:
        return index_worker(args)
    if args.import_worker:
        from .import_child import child_main

        return child_main(args)
    if args.self_test:
        return self_test(args)
    app = create_application([sys.argv[0]] + ([] if argv is not None else sys.argv[1:]), args.lang)
    win = make_window(args.cases, args.data)
    win.show()
    from PySide6.QtCore import QTimer

    QTimer.singleShot(0, win.start)
    if os.environ.get("KB_APP_TIMING"):
        def shown():
            _say(f"window usable after {time.perf_counter() - _T0:.2f} s (from module import)")
        QTimer.singleShot(0, shown)
        win.indexReady.connect(lambda: _say(f"index ready after {time.perf_counter() - _T0:.2f} s"))
    if os.environ.get("KB_APP_EXIT_WHEN_READY"):  # benchmarks: quit once the index is ready
        win.indexReady.connect(lambda: QTimer.singleShot(200, win.close))
    return app.exec()


# -- index worker (a child process of the window) -------------------------------------------------------------------

def index_worker(args) -> int:
    """Build the index of --cases into --data, printing JSON lines: progress, then done or error."""
    import json

    from kb_app.core.service import KnowledgeBase

    def emit(obj) -> None:
        sys.stdout.write(json.dumps(obj, ensure_ascii=True) + "\n")
        sys.stdout.flush()

    # below the window in the scheduler's eyes: a build (with its analysis workers, which inherit this)
    # uses every core, and on a busy machine the window's thread must still get its turn at once
    if hasattr(os, "nice"):
        try:
            os.nice(10)
        except OSError:
            pass
    kb = KnowledgeBase(args.cases, args.data)
    try:
        kb.warm_up()
        rep = kb.load(progress=lambda d, t, m: emit({"progress": [d, t, str(m)]}), force=args.rebuild)
    except Exception as e:  # noqa: BLE001 - reported to the parent, which then indexes in-process
        emit({"error": f"{type(e).__name__}: {e}"})
        return 1
    finally:
        kb.close()
    emit({"done": {"cases": rep.cases, "seconds": round(rep.seconds, 2)}})
    return 0


# -- self-test -------------------------------------------------------------------------------------------------------

def _say(msg: str) -> None:
    for stream in (sys.stdout, sys.stderr):
        if stream is not None:
            try:
                stream.write(msg + "\n")
                stream.flush()
                return
            except (OSError, ValueError):
                continue


def wait_until(predicate, timeout: float) -> bool:
    from PySide6.QtCore import QCoreApplication, QEventLoop

    end = time.monotonic() + timeout
    while time.monotonic() < end:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        if predicate():
            return True
        time.sleep(0.005)
    return predicate()


SELF_TEST_QUERY = "儲存陣列 控制器"   # Traditional: must find the Simplified sample case
SELF_TEST_DESCRIPTION = "证券客户存储阵列故障，IO超时，工程师已经连续工作30小时仍未解决，客户要求明天开盘前恢复"
SELF_TEST_CASE = "securities-storage-30h"


def self_test(args) -> int:
    """Open the real window offscreen against a temp data dir; search, suggest, open a case."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    t0 = time.perf_counter()
    tmp = Path(tempfile.mkdtemp(prefix="kb-selftest-"))
    failures: list[str] = []
    try:
        from PySide6.QtCore import QSettings

        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp / "settings"))
        os.environ["KB_DATA_DIR"] = str(Path(args.data) if args.data else tmp / "data")
        app = create_application([sys.argv[0]], args.lang or "en")
        from .main_window import MainWindow
        from .. import paths

        win = MainWindow(args.cases or None, os.environ["KB_DATA_DIR"])
        win.show()
        win.start()
        bundled = not args.cases or Path(args.cases).resolve() == paths.bundled_cases_dir().resolve()
        if not wait_until(lambda: win.library.ready or bool(win.library.last_error), 300):
            failures.append("the case folder did not load within 300 s")
        elif not win.library.ready:
            failures.append(f"loading failed: {win.library.last_error}")
        else:
            out = win.library.last_outcome
            _say(f"loaded {out.cases} cases, {out.lessons} lessons, {len(out.problems)} problems "
                 f"in {out.seconds:.2f} s")
            if out.cases == 0:
                failures.append("no cases loaded")
            # search
            shown = []
            win.search.searchShown.connect(shown.append)
            win.search.search_edit.setText(SELF_TEST_QUERY)
            win.search.run_search()
            seq = win.search.tokens.current()
            if not wait_until(lambda: seq in shown, 30):
                failures.append("search: no answer within 30 s")
            else:
                ids = win.search.model.ids()
                _say(f"search {SELF_TEST_QUERY!r}: {len(ids)} hits: {', '.join(ids[:5])}")
                if not ids:
                    failures.append("search: no hits")
                elif bundled and SELF_TEST_CASE not in ids:
                    failures.append(f"search: {SELF_TEST_CASE} not found")
            # suggestions
            got = []
            win.incident.suggestionsShown.connect(got.append)
            win.incident.editor.setPlainText(SELF_TEST_DESCRIPTION)
            win.incident.request()
            seq = win.incident.tokens.current()
            if not wait_until(lambda: seq in got, 30):
                failures.append("similar: no answer within 30 s")
            else:
                hits = [win.incident.model.hit(i) for i in range(win.incident.model.rowCount())]
                _say("similar: " + ", ".join(f"{h.id} {h.score:.0%}" for h in hits[:5]))
                if not hits:
                    failures.append("similar: no suggestions")
                elif not hits[0].reasons:
                    failures.append("similar: the first suggestion has no reasons")
                elif bundled and SELF_TEST_CASE not in [h.id for h in hits[:3]]:
                    failures.append(f"similar: {SELF_TEST_CASE} not in the top 3")
            # open a case
            ids = win.search.model.ids()
            if ids:
                opened = []
                win.caseShown.connect(opened.append)
                win.open_case(ids[0])
                if not wait_until(lambda: ids[0] in opened, 15):
                    failures.append("case view: the case did not open")
                elif win.case_panel.view.refused and any(u.startswith(("http", "//")) for u in win.case_panel.view.refused):
                    pass  # refused remote resources are fine: nothing was fetched
        win.close()
        app.processEvents()
    except Exception as e:  # noqa: BLE001 - report any crash as a failed self-test
        import traceback

        failures.append(f"crash: {type(e).__name__}: {e}")
        _say(traceback.format_exc())
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    if failures:
        for f in failures:
            _say(f"SELF-TEST FAILED: {f}")
        return 1
    _say(f"self-test passed in {time.perf_counter() - t0:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
