"""Add (or update) messages of one context in one catalogue, then compile it.

    python scripts/i18n_add.py <catalogue-prefix> <context> <table.tsv>

The TSV has one message a line: English<TAB>zh_CN<TAB>zh_TW (a line starting with # is skipped;
write a real tab between the columns, and \\n for a line break inside a message). Each message goes
into resources/translations/<prefix>_{zh_CN,zh_TW,en}.ts under <context> (the context is made if the
catalogue lacks it; a message already there gets the new translation), then pyside6-lrelease
compiles the three .qm files. The .ts files are edited as text, so the rest of them is unchanged:
no lupdate run, which over another file list would drop messages.

Sources with %n are written as numerus messages: Chinese has one form; English "(s)" is dropped for
one and made "s" for many. A prefix without catalogues yet gets new, empty ones first.
"""
from __future__ import annotations

import html
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parents[1] / "resources" / "translations"
LANGS = ("zh_CN", "zh_TW", "en")


def _esc(s: str) -> str:
    return html.escape(s, quote=True).replace("&#x27;", "&apos;")


def _message(source: str, translation: str, lang: str = "") -> str:
    if "%n" in source:
        # Chinese has one form; English "(s)" is dropped for one and made "s" for many
        forms = ([source.replace("(s)", ""), source.replace("(s)", "s")] if lang == "en" and translation == source
                 else [translation])
        body = "".join(f"            <numerusform>{_esc(f)}</numerusform>\n" for f in forms)
        return (f'    <message numerus="yes">\n        <source>{_esc(source)}</source>\n'
                f"        <translation>\n{body}        </translation>\n    </message>\n")
    return (f"    <message>\n        <source>{_esc(source)}</source>\n"
            f"        <translation>{_esc(translation)}</translation>\n    </message>\n")


def _context_span(text: str, context: str) -> tuple[int, int] | None:
    for m in re.finditer(r"<context>\s*<name>(.*?)</name>", text, re.S):
        if html.unescape(m.group(1)) == context:
            end = text.index("</context>", m.end())
            return m.start(), end
    return None


def add(text: str, context: str, rows: list[tuple[str, str]], lang: str = "") -> str:
    span = _context_span(text, context)
    if span is None:
        close = text.rindex("</TS>")
        text = text[:close] + f"<context>\n    <name>{_esc(context)}</name>\n</context>\n" + text[close:]
        span = _context_span(text, context)
    for source, translation in rows:
        start, end = span
        block = text[start:end]
        found = None
        for m in re.finditer(r"<message\b[^>]*>.*?</message>\s*\n?", block, re.S):
            src = re.search(r"<source>(.*?)</source>", m.group(0), re.S)
            if src and html.unescape(src.group(1)) == source:
                found = m
                break
        new = _message(source, translation, lang)
        if found is not None:  # keep the message (and where lupdate said it is): a new translation only
            tr = re.search(r"<translation\b.*?(</translation>|/>)", new, re.S).group(0)
            msg = re.sub(r"<translation\b.*?(</translation>|/>)", lambda _: tr, found.group(0), count=1, flags=re.S)
            block = block[:found.start()] + msg + block[found.end():]
        else:
            block = block.rstrip(" ") + new
        text = text[:start] + block + text[end:]
        span = (start, start + len(block))
    return text


def read_tsv(path: Path) -> list[tuple[str, str, str]]:
    rows = []
    for n, line in enumerate(path.read_text("utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 3:
            sys.exit(f"{path}:{n}: want English<TAB>zh_CN<TAB>zh_TW, got {len(parts)} column(s)")
        rows.append(tuple(p.replace("\\n", "\n") for p in parts))
    return rows


def main(argv: list[str]) -> int:
    if len(argv) != 3:
        print(__doc__)
        return 2
    prefix, context, tsv = argv
    rows = read_tsv(Path(tsv))
    for lang in LANGS:
        ts = HERE / f"{prefix}_{lang}.ts"
        if not ts.is_file():  # a new catalogue (e.g. import_*.ts): made empty, then filled
            ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                          f'<TS version="2.1" language="{lang}" sourcelanguage="en">\n</TS>\n', "utf-8")
        col = {"zh_CN": 1, "zh_TW": 2, "en": 0}[lang]
        ts.write_text(add(ts.read_text("utf-8"), context, [(r[0], r[col]) for r in rows], lang), "utf-8")
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    for lang in LANGS:
        ts = HERE / f"{prefix}_{lang}.ts"
        subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)
    print(f"{len(rows)} message(s) in {context} of {prefix}_*.ts")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
