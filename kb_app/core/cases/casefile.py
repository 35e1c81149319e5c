"""Writing case files without disturbing them.

A case file is edited surgically: only the lines of the front-matter keys whose value really
changed are replaced; every other byte (comments, quoting, key order, unknown keys, line
endings, the body's own spacing) stays as it was. So opening a file and saving it without a
change gives back the same bytes, and `git diff` after an edit shows only what the mentor
changed.

    cf = CaseFile.parse(text)          # never loses anything it does not understand
    cf.form()                          # the editor's fields, normalised (links without [[ ]])
    cf.apply_form(form); cf.body = ... # touches only the keys that differ
    cf.text()                          # the new file text
    save_text(path, cf.text())         # atomic: temp beside it, fsync, os.replace, fsync folder

Written format (Obsidian can edit it in its Properties view): flat `outcome_status` /
`outcome_summary`, and lesson / related links as "[[id]]" in list properties. The nested
`outcome:` mapping is still read; it is rewritten to the flat form only when the outcome
changes (or by `kb migrate-format`).
"""
from __future__ import annotations

import datetime as _dt
import json
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from kb_app.core import safeyaml
from kb_app.core.fsutil import atomic_write
from .parsing import ParseError, link_id

# the canonical order of the keys the app writes; a new key goes after its nearest predecessor
KEY_ORDER = ("id", "title", "kind", "date", "industry", "severity", "soft_skills", "stakes", "outcome_status",
             "outcome_summary", "lessons", "related", "language", "tags")
LIST_KEYS = {"soft_skills", "stakes", "lessons", "related", "tags"}
LINK_KEYS = {"lessons", "related"}
FORM_KEYS = KEY_ORDER

_FENCE_RE = re.compile(r"^---[ \t]*\r?$")
_KEY_RE = re.compile(r"^([A-Za-z_][A-Za-z0-9_.-]*)[ \t]*:(?=[ \t]|\r?$)")


def _lines(text: str) -> list[str]:
    return text.splitlines(keepends=True)


@dataclass
class _Block:
    key: str | None       # None: a comment, blank or anything else kept as it is
    lines: list[str]


class CaseFile:
    """One case (or lesson) file: front matter as key blocks of original lines, plus the body."""

    def __init__(self, head: str, blocks: list[_Block], close: str, sep: str, body: str, nl: str):
        self.head = head          # the opening fence line (with a BOM if there was one)
        self.blocks = blocks
        self.close = close        # the closing fence line
        self.sep = sep            # what lies between the closing fence and the body (blank lines)
        self.body = body
        self.nl = nl

    # -- reading -------------------------------------------------------------------------------------
    @classmethod
    def parse(cls, text: str) -> "CaseFile":
        lines = _lines(text)
        if not lines or not _FENCE_RE.match(lines[0].lstrip("\ufeff").rstrip("\n")):
            raise ParseError("no YAML front matter: the file must start with a '---' line", 1, "no-front-matter")
        nl = "\r\n" if lines[0].endswith("\r\n") else "\n"
        end = next((i for i in range(1, len(lines)) if _FENCE_RE.match(lines[i].rstrip("\n"))), None)
        if end is None:
            raise ParseError("the front matter is not closed: add a '---' line after it", 1, "no-closing-fence")
        blocks: list[_Block] = []
        for line in lines[1:end]:
            m = _KEY_RE.match(line)
            if m:
                blocks.append(_Block(m.group(1), [line]))
            elif blocks and blocks[-1].key is not None and (line[:1] in (" ", "\t") or not line.strip()):
                blocks[-1].lines.append(line)  # a continuation (nested mapping, block list, folded text)
            else:
                blocks.append(_Block(None, [line]))
        # trailing blank lines of a key block belong to the layout, not to the value
        fixed: list[_Block] = []
        for b in blocks:
            tail = []
            while b.key is not None and len(b.lines) > 1 and not b.lines[-1].strip():
                tail.insert(0, b.lines.pop())
            fixed.append(b)
            fixed.extend(_Block(None, [t]) for t in tail)
        rest = "".join(lines[end + 1:])
        body = rest.lstrip("\r\n")
        sep = rest[: len(rest) - len(body)]
        return cls(lines[0], fixed, lines[end], sep, body, nl)

    @classmethod
    def read(cls, path: Path) -> "CaseFile":
        return cls.parse(Path(path).read_bytes().decode("utf-8"))

    def text(self) -> str:
        return self.head + "".join("".join(b.lines) for b in self.blocks) + self.close + self.sep + self.body

    def keys(self) -> list[str]:
        return [b.key for b in self.blocks if b.key is not None]

    def _block(self, key: str) -> _Block | None:
        return next((b for b in self.blocks if b.key == key), None)

    def data(self) -> dict:
        fm = "".join("".join(b.lines) for b in self.blocks)
        try:
            d = safeyaml.load(fm) if fm.strip() else {}
        except yaml.YAMLError as e:
            mark = getattr(e, "problem_mark", None)
            raise ParseError(f"broken YAML in the front matter: {getattr(e, 'problem', e)}",
                             mark.line + 2 if mark else None, "yaml-broken") from None
        return d if isinstance(d, dict) else {}

    def get(self, key: str):
        return self.data().get(key)

    def form(self) -> dict:
        """The fields the editor shows, normalised: strings and lists of strings."""
        d = self.data()
        out = {k: (_norm_list(d.get(k), k in LINK_KEYS) if k in LIST_KEYS else _norm_str(d.get(k))) for k in FORM_KEYS}
        oc = d.get("outcome")
        if "outcome_status" not in d and "outcome_summary" not in d:
            if isinstance(oc, dict):
                out["outcome_status"], out["outcome_summary"] = _norm_str(oc.get("status")), _norm_str(oc.get("summary"))
            elif oc:
                out["outcome_status"], out["outcome_summary"] = "", _norm_str(oc)
        return out

    # -- writing -------------------------------------------------------------------------------------
    def set(self, key: str, value) -> bool:
        """Set one top-level key (None or empty removes it). Returns True if the text changed.

        The key's lines are replaced only when the value differs from what is there (compared
        normalised, so "[[a]]" and "a" are the same link); a kept comment after a one-line
        value stays on the line.
        """
        d = self.data()
        empty = value is None or value == "" or value == []
        if key in d and not empty and _same(d.get(key), value, key):
            return False
        b = self._block(key)
        if empty:
            if b is None:
                return False
            self.blocks.remove(b)
            return True
        line = f"{key}: {format_value(value, key in LINK_KEYS)}"
        if b is not None:
            comment = _trailing_comment(b.lines[0]) if len(b.lines) == 1 else ""
            b.lines = [line + comment + self.nl]
        else:
            self._insert(_Block(key, [line + self.nl]))
        return True

    def _insert(self, block: _Block) -> None:
        order = list(KEY_ORDER)
        pos = order.index(block.key) if block.key in order else len(order)
        present = {b.key: i for i, b in enumerate(self.blocks) if b.key is not None}
        for k in reversed(order[:pos]):  # after the nearest key that comes before it
            if k in present:
                self.blocks.insert(present[k] + 1, block)
                return
        for k in order[pos + 1:]:
            if k in present:
                self.blocks.insert(present[k], block)
                return
        # after the last key (before trailing comments/blank lines)
        last = max(present.values(), default=-1)
        self.blocks.insert(last + 1, block)

    def apply_form(self, form: dict) -> list[str]:
        """Write the editor's fields; returns the keys that changed."""
        changed = []
        cur = self.form()
        for k in FORM_KEYS:
            if k not in form or k in ("outcome_status", "outcome_summary"):
                continue
            if _canon(form[k], k) != _canon(cur.get(k), k) and self.set(k, form[k]):
                changed.append(k)
        st, su = form.get("outcome_status", cur["outcome_status"]), form.get("outcome_summary", cur["outcome_summary"])
        if _canon(st, "") != _canon(cur["outcome_status"], "") or _canon(su, "") != _canon(cur["outcome_summary"], ""):
            if self._edit_nested_outcome(st, su):
                changed.append("outcome")
            else:
                changed += self.flatten_outcome(st, su)
        return changed

    def _edit_nested_outcome(self, status, summary) -> bool:
        """Change status / summary inside a nested `outcome:` mapping, line by line (the smallest
        diff); False when that is not possible (no mapping, a multi-line value, a missing key)."""
        b = self._block("outcome")
        if b is None or not isinstance(self.get("outcome"), dict):
            return False
        cur = self.form()
        want = {"status": status, "summary": summary}
        have = {"status": cur["outcome_status"], "summary": cur["outcome_summary"]}
        lines = list(b.lines)
        for key in ("status", "summary"):
            if _canon(want[key], "") == _canon(have[key], ""):
                continue
            idx = [i for i, l in enumerate(lines) if re.match(rf"^[ \t]+{key}[ \t]*:", l)]
            if len(idx) != 1 or not want[key]:
                return False
            i = idx[0]
            nxt = lines[i + 1] if i + 1 < len(lines) else ""
            indent = re.match(r"^([ \t]+)", lines[i]).group(1)
            if nxt.startswith(indent + " ") or nxt.startswith(indent + "\t"):
                return False  # a folded / multi-line value
            comment = _trailing_comment(lines[i].lstrip(" \t"))
            lines[i] = f"{indent}{key}: {format_value(want[key])}{comment}{self.nl}"
        old = b.lines
        b.lines = lines
        f = self.form()
        if _canon(f["outcome_status"], "") != _canon(status, "") or _canon(f["outcome_summary"], "") != _canon(summary, ""):
            b.lines = old
            return False
        return True

    def flatten_outcome(self, status=None, summary=None) -> list[str]:
        """The nested `outcome:` mapping -> flat outcome_status / outcome_summary (in its place)."""
        cur = self.form()
        status = cur["outcome_status"] if status is None else status
        summary = cur["outcome_summary"] if summary is None else summary
        changed = []
        old = self._block("outcome")
        if old is not None:
            i = self.blocks.index(old)
            new = []
            if status:
                new.append(_Block("outcome_status", [f"outcome_status: {format_value(status)}{self.nl}"]))
            if summary:
                new.append(_Block("outcome_summary", [f"outcome_summary: {format_value(summary)}{self.nl}"]))
            # keep the summary's own spelling when it was a one-line value in the mapping
            for line in old.lines[1:]:
                m = re.match(r"^[ \t]+summary:[ \t]+(.*?)(\r?\n)?$", line)
                if m and summary and _same(_load_scalar(m.group(1)), summary, "") and len(new) == 2:
                    new[1].lines = [f"outcome_summary: {m.group(1)}{self.nl}"]
            self.blocks[i:i + 1] = new
            changed.append("outcome")
        for k, v in (("outcome_status", status), ("outcome_summary", summary)):
            if self.set(k, v):
                changed.append(k)
        return changed

    def link_lists(self) -> list[str]:
        """Lesson / related ids -> "[[id]]" links (for kb migrate-format); returns the keys changed."""
        changed = []
        d = self.data()
        for k in ("lessons", "related"):
            if k not in d:
                continue
            ids = _norm_list(d[k], True)
            raw = d[k] if isinstance(d[k], list) else None
            if raw is not None and all(isinstance(x, str) and x.startswith("[[") for x in raw):
                continue
            b = self._block(k)
            if b is None:
                continue
            comment = _trailing_comment(b.lines[0]) if len(b.lines) == 1 else ""
            b.lines = [f"{k}: {format_value(ids, True)}{comment}{self.nl}"] if ids else b.lines
            changed.append(k)
        return changed


# -- values ------------------------------------------------------------------------------------------

def _norm_str(v) -> str:
    if v is None:
        return ""
    if isinstance(v, (_dt.date, _dt.datetime)):
        return v.isoformat()[:10]
    if isinstance(v, (list, dict)):
        return ""
    return str(v).strip()


def _norm_list(v, links: bool = False) -> list[str]:
    if v is None or v == "":
        return []
    if isinstance(v, str):
        items = [s.strip() for s in re.split(r"[,，、]", v) if s.strip()]
    elif isinstance(v, (list, tuple)):
        items = list(v)
    else:
        items = [v]
    out = [link_id(x) if links else _norm_str(x) for x in items]
    return [x for x in out if x]


def _canon(v, key: str):
    if key in LIST_KEYS:
        return _norm_list(v, key in LINK_KEYS)
    if isinstance(v, (list, tuple)):
        return _norm_list(v)
    return _norm_str(v)


def _same(old, new, key: str) -> bool:
    return _canon(old, key) == _canon(new, key)


def _load_scalar(text: str):
    try:
        return safeyaml.load(f"v: {text}").get("v")
    except Exception:  # noqa: BLE001
        return None


def _plain_ok(s: str, flow: bool) -> bool:
    if not s or s != s.strip() or "\n" in s or "\r" in s:
        return False
    if flow and any(c in s for c in ",[]{}"):
        return False
    if s.startswith(("[", "{", "!", "&", "*", "|", ">", "'", '"', "%", "@", "`", "#", "-", "?", ":")):
        return False
    try:
        got = safeyaml.load(f"v: [{s}]" if flow else f"v: {s}")
    except Exception:  # noqa: BLE001
        return False
    got = got.get("v") if isinstance(got, dict) else None
    if flow:
        return isinstance(got, list) and got == [s]
    return got == s or (isinstance(got, (_dt.date, _dt.datetime)) and got.isoformat()[:10] == s)


def _scalar(s: str, flow: bool = False) -> str:
    s = str(s)
    return s if _plain_ok(s, flow) else json.dumps(s, ensure_ascii=False)


def format_value(value, links: bool = False) -> str:
    """One YAML value on one line: plain when YAML reads it back unchanged, else double-quoted."""
    if isinstance(value, (list, tuple)):
        items = [f'"[[{v}]]"' if links else _scalar(v, True) for v in value]
        return "[" + ", ".join(items) + "]"
    return _scalar(_norm_str(value))


def _trailing_comment(line: str) -> str:
    """' # comment' after a one-line value, if the value reads the same without it."""
    raw = line.rstrip("\r\n")
    m = _KEY_RE.match(raw)
    if not m:
        return ""
    rest = raw[m.end():]
    for hit in re.finditer(r"[ \t]+#", rest):
        value = rest[: hit.start()]
        try:
            with_c = safeyaml.load("v:" + rest)
            without = safeyaml.load("v:" + value)
        except Exception:  # noqa: BLE001
            continue
        if with_c == without:
            # keep the spacing before the comment as it was
            return rest[hit.start():]
    return ""


# -- files ----------------------------------------------------------------------------------------------

def save_text(path: Path, text: str) -> None:
    """Atomically replace the file (temp in the same folder, flush + fsync, os.replace, fsync folder)."""
    atomic_write(Path(path), text.encode("utf-8"))


def template(title: str, kind: str, language: str, ident: str, date: str = "", body: str | None = None,
             extra: dict | None = None) -> str:
    """The text of a new case: front matter in the written format and the four sections."""
    cf = CaseFile.parse(f"---\nid: {format_value(ident)}\n---\n\n")
    form = {"title": title, "kind": kind, "date": date, "language": language,
            "outcome_status": "unknown"}
    form.update(extra or {})
    cf.apply_form(form)
    cf.body = body if body is not None else section_template(language)
    return cf.text()


SECTIONS = {
    "zh-Hans": ("情况", "行动", "结果", "经验教训"),
    "zh-Hant": ("情況", "行動", "結果", "經驗教訓"),
    "en": ("Situation", "Actions", "Outcome", "Lessons learned"),
}


def section_template(language: str, situation: str = "") -> str:
    names = SECTIONS.get(language, SECTIONS["en"])
    parts = []
    for i, n in enumerate(names):
        parts.append(f"## {n}\n" + (situation.strip() + "\n" if i == 0 and situation.strip() else "") + "\n")
    return "".join(parts)
