"""The one way this app reads YAML written by people: safe, bounded, and literal.

- safe: no tags that build objects (a safe loader);
- bounded: anchors/aliases are refused (a few hundred bytes of nested aliases expand to
  gigabytes: "billion laughs"), and so is nesting deeper than MAX_DEPTH, which would overflow
  the C loader's stack. Both are checked on the event stream before anything is built;
- literal: scalars stay the strings the person typed. YAML 1.1 would turn `no` into False,
  `0123` into 83, `12:30:00` into 45000 and `2024-13-45` into a crash; here only `~`/empty
  mean "no value", and dates are checked by the parser with a proper message.
"""
from __future__ import annotations

import re

import yaml

MAX_DEPTH = 40
_Base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class LiteralLoader(_Base):
    pass


# keep only the null resolver: everything else stays a string
LiteralLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag == "tag:yaml.org,2002:null"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


class YamlRefused(yaml.YAMLError):
    """Refused by our own rules. `code` says which, whatever the wording: "yaml-alias", "yaml-too-deep"."""

    def __init__(self, problem: str, mark=None, code: str = ""):
        super().__init__(problem)
        self.code = code
        self.problem = problem
        self.problem_mark = mark
        self.context = None
        self.context_mark = None


_CONFLICT_START = re.compile(r"^<<<<<<<(?: |$)", re.M)
_CONFLICT_END = re.compile(r"^>>>>>>>(?: |$)", re.M)


def conflict_line(text: str) -> int | None:
    """The line of a git merge conflict left in `text` (<<<<<<< ... >>>>>>>), or None."""
    m = _CONFLICT_START.search(text or "")
    if m is None or _CONFLICT_END.search(text, m.end()) is None:
        return None
    return text.count("\n", 0, m.start()) + 1


def _check_events(text: str, loader, duplicates: list | None = None) -> None:
    depth = 0
    stack: list = []  # per open collection: None for a sequence, [keys seen, next is a key] for a mapping
    for ev in yaml.parse(text, Loader=loader):
        if isinstance(ev, yaml.AliasEvent) or getattr(ev, "anchor", None):
            raise YamlRefused("anchors and aliases (& and *) are not allowed", ev.start_mark, "yaml-alias")
        top = stack[-1] if stack else None
        is_key = top is not None and top[1]
        if top is not None and not isinstance(ev, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
            top[1] = not top[1]
        if is_key and isinstance(ev, yaml.ScalarEvent):
            if ev.value in top[0]:
                if duplicates is None:
                    raise YamlRefused(f"the key {ev.value!r} is given twice (only one would count)", ev.start_mark,
                                      "yaml-duplicate-key")
                duplicates.append((ev.value, ev.start_mark.line + 1))
            top[0].add(ev.value)
        if isinstance(ev, (yaml.SequenceStartEvent, yaml.MappingStartEvent)):
            depth += 1
            if depth > MAX_DEPTH:
                raise YamlRefused(f"nested more than {MAX_DEPTH} levels deep", ev.start_mark, "yaml-too-deep")
            stack.append([set(), True] if isinstance(ev, yaml.MappingStartEvent) else None)
        elif isinstance(ev, (yaml.SequenceEndEvent, yaml.MappingEndEvent)):
            depth -= 1
            stack.pop()


def load(text: str, duplicates: list | None = None):
    """Load YAML written by a person. A key given twice in one mapping is refused (code
    yaml-duplicate-key), unless `duplicates` is a list: then each (key, line) is added to it and
    the last one counts, for a caller that warns instead."""
    line = conflict_line(text)
    if line is not None:
        raise YamlRefused("an unresolved git merge conflict (<<<<<<< ... >>>>>>>): keep one side and remove "
                          "the markers", yaml.Mark("", 0, line - 1, 0, None, None), "merge-conflict")
    try:
        _check_events(text, _Base, duplicates)
    except YamlRefused:
        raise
    except yaml.YAMLError:
        # The C scanner reads a whole flow collection ahead and may give up on its own limits
        # (libyaml's nesting limit, with its own wording) before our rule sees the depth. The
        # pure-Python scanner has no such limit: ask it, so our rule decides, the same way
        # whatever the libyaml version. Only on this error path, so the fast path stays C.
        if _Base is not yaml.SafeLoader:
            _check_events(text, yaml.SafeLoader, duplicates)
        raise
    return yaml.load(text, Loader=LiteralLoader)
