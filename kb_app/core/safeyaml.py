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


def _check_events(text: str, loader) -> None:
    depth = 0
    for ev in yaml.parse(text, Loader=loader):
        if isinstance(ev, yaml.AliasEvent) or getattr(ev, "anchor", None):
            raise YamlRefused("anchors and aliases (& and *) are not allowed", ev.start_mark, "yaml-alias")
        if isinstance(ev, (yaml.SequenceStartEvent, yaml.MappingStartEvent)):
            depth += 1
            if depth > MAX_DEPTH:
                raise YamlRefused(f"nested more than {MAX_DEPTH} levels deep", ev.start_mark, "yaml-too-deep")
        elif isinstance(ev, (yaml.SequenceEndEvent, yaml.MappingEndEvent)):
            depth -= 1


def load(text: str):
    try:
        _check_events(text, _Base)
    except YamlRefused:
        raise
    except yaml.YAMLError:
        # The C scanner reads a whole flow collection ahead and may give up on its own limits
        # (libyaml's nesting limit, with its own wording) before our rule sees the depth. The
        # pure-Python scanner has no such limit: ask it, so our rule decides, the same way
        # whatever the libyaml version. Only on this error path, so the fast path stays C.
        if _Base is not yaml.SafeLoader:
            _check_events(text, yaml.SafeLoader)
        raise
    return yaml.load(text, Loader=LiteralLoader)
