"""Never lose a word, measured: type into the real editor, save at random, kill -9 at random.

    python bench/torture_editor.py [--tries 50] [--seed 1] [--case securities-storage-30h] [--keep DIR]

Each try starts the real app (kb_app.gui MainWindow, QT_QPA_PLATFORM=offscreen unless set)
in a child process on a private copy of the bundled cases, opens one case in the editor, and
types at the end of its body (ASCII through key events, now and then a Chinese character
through insertPlainText, as an input method commits it), 15-50 characters a second, pressing
Save at random moments. The child logs every character it typed (time + character, flushed:
the log survives the kill). After a random 1.5-8 s the driver sends SIGKILL, then checks:

- torn: the case file must be whole and parseable, and be the old version or a saved one:
  its front matter unchanged and its body exactly the old body plus a prefix of what was typed;
- the draft in state.db (what the next start offers to restore, core.drafts) together with the
  file must hold everything typed up to 2 s before the kill: lost_beyond_window (must be 0),
  max_lost_within_window (characters typed in the last 2 s and not kept).

The last output line is one JSON object: tries, torn, lost_beyond_window, max_lost_within_window
(characters) and a few more figures.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
WINDOW_S = 2.0
CJK = "存储故障客户数据恢复工程师判断沟通责任压力"


# -- the child: the real app, typing --------------------------------------------------------------------------

def child(args) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtTest import QTest

    from kb_app.gui.app import create_application
    from kb_app.gui.main_window import MainWindow

    rnd = random.Random(args.seed)
    app = create_application([sys.argv[0]], "en")
    log = open(args.log, "a", encoding="utf-8")
    w = MainWindow(args.cases, args.data)
    w.resize(1300, 820)
    w.show()
    state = {"started": False}

    def say(obj):
        log.write(json.dumps(obj, ensure_ascii=False) + "\n")
        log.flush()

    def begin():
        if state["started"]:
            return
        state["started"] = True
        w.edit_case(args.case)
        wait_open()

    def wait_open():
        ed = w.editor
        if not (ed.is_open and ed.case_id == args.case):
            QTimer.singleShot(20, wait_open)
            return
        ed.body.setFocus()
        cur = ed.body.textCursor()
        cur.movePosition(cur.MoveOperation.End)
        ed.body.setTextCursor(cur)
        say({"ready": time.time(), "body_len": len(ed.body.toPlainText())})
        QTimer.singleShot(0, type_one)

    def type_one():
        ed = w.editor
        r = rnd.random()
        if r < 0.06:
            ch = rnd.choice(CJK)
            ed.body.insertPlainText(ch)
        elif r < 0.09:
            ch = "\n"
            QTest.keyClick(ed.body, Qt.Key.Key_Return)
        else:
            ch = rnd.choice("abcdefghijklmnopqrstuvwxyz     ,.")
            QTest.keyClicks(ed.body, ch)
        say({"t": time.time(), "c": ch})
        if rnd.random() < 1 / 45:
            say({"save": time.time()})
            ed.save()
        QTimer.singleShot(rnd.randint(20, 65), type_one)

    w.indexReady.connect(lambda: QTimer.singleShot(50, begin))
    QTimer.singleShot(0, w.start)
    return app.exec()


# -- the driver ---------------------------------------------------------------------------------------------

def _front_and_body(text: str):
    from kb_app.core.cases.casefile import CaseFile

    cf = CaseFile.parse(text)
    return cf.text()[: len(cf.text()) - len(cf.body)], cf.body


def _typed_prefix_len(base_body: str, body: str, typed: str) -> int | None:
    """k if body == base_body + typed[:k], else None."""
    if not body.startswith(base_body):
        return None
    extra = body[len(base_body):]
    return len(extra) if typed.startswith(extra) else None


def driver(args) -> int:
    from kb_app.core.cases import drafts as core_drafts
    from kb_app.core.cases.parsing import parse_case
    from kb_app.core.storage.store import StateStore

    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="torture-editor-"))
    cases, data = work / "cases", work / "data"
    if not cases.exists():
        shutil.copytree(ROOT / "cases", cases, ignore=lambda s, n: [x for x in n if x.startswith(".")])
    path = cases / f"{args.case}.md"
    rnd = random.Random(args.seed)
    env = {**os.environ, "PYTHONPATH": str(ROOT), "KB_DATA_DIR": str(data)}
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["XDG_CONFIG_HOME"] = str(work / "config")  # QSettings of the child, away from the user's
    totals = {"tries": 0, "torn": 0, "lost_beyond_window": 0, "max_lost_within_window": 0, "typed": 0,
              "saves_requested": 0, "tries_with_draft": 0, "tries_file_changed": 0, "startup_failures": 0}
    for i in range(args.tries):
        # start each try from what is on disk now, with no draft left over
        st = StateStore(data / "state.db") if (data / "state.db").exists() else None
        if st is not None:
            for d in core_drafts.all_drafts(st):
                core_drafts.delete(st, d.id)
            st.close()
        before = path.read_text("utf-8")
        front0, body0 = _front_and_body(before)
        log = work / f"try-{i:03d}.log"
        log.unlink(missing_ok=True)
        proc = subprocess.Popen([sys.executable, str(Path(__file__).resolve()), "--child", "--cases", str(cases),
                                 "--data", str(data), "--log", str(log), "--case", args.case,
                                 "--seed", str(rnd.randrange(1 << 30))],
                                env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        t0 = time.time()
        ready = None
        while time.time() - t0 < 90 and proc.poll() is None:
            if log.exists():
                first = log.read_text("utf-8").splitlines()[:1]
                if first and "ready" in first[0]:
                    ready = json.loads(first[0])
                    break
            time.sleep(0.05)
        if ready is None:
            proc.kill()
            err = proc.communicate()[1].decode("utf-8", "replace")[-800:]
            totals["startup_failures"] += 1
            print(f"try {i}: the app did not open the editor\n{err}", file=sys.stderr)
            continue
        time.sleep(rnd.uniform(1.5, 8.0))
        kill_at = time.time()
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        events = [json.loads(l) for l in log.read_text("utf-8").splitlines() if l.strip()]
        # a line cut by the kill cannot happen (one write + flush per line), but be strict anyway
        typed_ev = [e for e in events if "c" in e]
        typed = "".join(e["c"] for e in typed_ev)
        n_total = len(typed)
        n_before = sum(1 for e in typed_ev if e["t"] <= kill_at - WINDOW_S)
        totals["saves_requested"] += sum(1 for e in events if "save" in e)
        totals["typed"] += n_total

        # the file: whole, parseable, old or a saved version
        torn = False
        k = 0
        try:
            after = path.read_text("utf-8")
            parse_case(path)
            front1, body1 = _front_and_body(after)
            k = _typed_prefix_len(body0, body1, typed)
            torn = front1 != front0 or k is None
        except Exception as e:  # noqa: BLE001 - anything unreadable is torn
            print(f"try {i}: file unreadable: {e}", file=sys.stderr)
            torn = True
        k = k or 0
        if k:
            totals["tries_file_changed"] += 1
        # the draft the next start offers
        st = StateStore(data / "state.db")
        d = core_drafts.for_path(st, str(path)) or core_drafts.load(st, f"case:{args.case}")
        st.close()
        m = 0
        if d is not None:
            totals["tries_with_draft"] += 1
            m = _typed_prefix_len(body0, d.body, typed)
            if m is None:
                # a draft holding something else than what was typed is a loss, not a pass
                m = 0
                print(f"try {i}: the draft does not match the typed text", file=sys.stderr)
        kept = max(k, m)
        lost_beyond = max(0, n_before - kept)
        lost_within = max(0, n_total - max(kept, n_before))
        totals["tries"] += 1
        totals["torn"] += int(torn)
        totals["lost_beyond_window"] += lost_beyond
        totals["max_lost_within_window"] = max(totals["max_lost_within_window"], lost_within)
        print(f"try {i:2}: typed {n_total:4} (before window {n_before:4}), file +{k:4}, draft +{m:4}"
              f"{'' if d else ' (no draft)'}; torn={torn} lost_beyond={lost_beyond} lost_within={lost_within}",
              flush=True)
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    print(json.dumps(totals))
    return 0 if totals["torn"] == 0 and totals["lost_beyond_window"] == 0 else 1


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--tries", type=int, default=50)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--case", default="securities-storage-30h")
    p.add_argument("--keep", metavar="DIR", help="work in DIR and keep it (default: a temp folder, removed)")
    p.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    p.add_argument("--cases", help=argparse.SUPPRESS)
    p.add_argument("--data", help=argparse.SUPPRESS)
    p.add_argument("--log", help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    return child(args) if args.child else driver(args)


if __name__ == "__main__":
    sys.exit(main())
