"""Add or update translations in the Qt Linguist catalogues, then compile them (no lupdate run,
so no other message moves between catalogues):

    python scripts/i18n_add.py kb Problem scripts/i18n/problems.tsv

The table is tab-separated: English source, zh_CN, zh_TW (a line per message; '#' starts a comment).
The English catalogue gets the identity. Run from the project folder with the venv's Python.
"""
from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TR = ROOT / "resources" / "translations"


def read_table(path: Path) -> list[tuple[str, str, str]]:
    rows = []
    for n, line in enumerate(path.read_text("utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 3:
            sys.exit(f"{path}:{n}: expected source<TAB>zh_CN<TAB>zh_TW")
        rows.append(tuple(p.replace("\\n", "\n") for p in parts))
    return rows


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;") \
        .replace("'", "&apos;")


def add(prefix: str, context: str, rows) -> None:
    """Insert the messages a catalogue does not have yet into `context` (text edits: the rest of the
    file stays byte for byte), then compile it with lrelease."""
    for lang, col in (("zh_CN", 1), ("zh_TW", 2), ("en", 0)):
        ts = TR / f"{prefix}_{lang}.ts"
        text = ts.read_text("utf-8")
        root = re.sub(r"^\s*<\?xml[^>]*\?>\s*(?:<!DOCTYPE[^>]*>\s*)?", "", text)  # with or without DOCTYPE
        have = {m.findtext("source") for c in ET.fromstring(root).findall("context")
                if c.findtext("name") == context for m in c.findall("message")}
        new = "".join(f"    <message>\n        <source>{_esc(r[0])}</source>\n"
                      f"        <translation>{_esc(r[col])}</translation>\n    </message>\n"
                      for r in rows if r[0] not in have)
        if new:
            head = f"<context>\n    <name>{_esc(context)}</name>\n"
            i = text.find(head)
            if i < 0:
                j = text.rindex("</TS>")
                text = text[:j] + head + new + "</context>\n" + text[j:]
            else:
                j = text.index("</context>", i)
                text = text[:j] + new + text[j:]
            ts.write_text(text, "utf-8")
        lrelease = Path(sys.executable).with_name("pyside6-lrelease")
        subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    add(sys.argv[1], sys.argv[2], read_table(Path(sys.argv[3])))
