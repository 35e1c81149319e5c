"""Vocabularies kept as YAML in cases/vocab/: kinds, skills, outcomes, stakes, industries, glossary,
situations (roles, pressures and situations: an engineer working through the night, a customer
demanding a new lead, a lawyer's letter), regional words.

A case folder without its own vocab/ (say ../shared/corpus) uses the bundled one. A vocab
file that is missing or broken is reported as a problem and replaced by the bundled file,
so one bad edit never stops the app.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml

from kb_app.core.domain import Problem
from kb_app.core.fsutil import atomic_write, content_hash
from kb_app.core import safeyaml
from . import text

VOCAB_FILES = ("kinds", "skills", "outcomes", "stakes", "industries", "glossary", "regional", "situations")
SITUATION_TYPES = ("situation", "role", "pressure")


@dataclass
class Match:
    """One vocabulary hit in a text: category ('kind', 'stake', 'industry', 'concept', 'situation'), key, term."""

    category: str
    key: str
    term: str
    start: int = 0  # span in the folded, lower-cased text
    end: int = 0


@dataclass
class Vocab:
    kinds: dict = field(default_factory=dict)
    skills: dict = field(default_factory=dict)
    outcomes: dict = field(default_factory=dict)
    stakes: dict = field(default_factory=dict)
    industries: dict = field(default_factory=dict)
    glossary: list = field(default_factory=list)  # list of term groups (lists of strings)
    regional: dict = field(default_factory=dict)  # {"regional": {tw: [cn...]}, "ambiguous": {...}} (text.set_regional)
    situations: dict = field(default_factory=dict)  # slug -> {label, type: situation|role|pressure, terms}
    digest: str = ""
    _automaton: object = None
    _sequences: dict = field(default_factory=dict, repr=False, compare=False)  # English terms by stems
    _tokens: dict = field(default_factory=dict, repr=False, compare=False)

    # -- labels ---------------------------------------------------------------------------
    def label(self, table: str, key: str, lang: str = "zh-Hans") -> str:
        entry = getattr(self, table).get(key) if table != "glossary" else None
        if not entry:
            return key
        labels = entry.get("label") or {}
        return labels.get(lang) or labels.get("en") or key

    def glossary_label(self, group: int, lang: str = "zh-Hans") -> str:
        """'存储阵列 / storage array' for a glossary group, Chinese first in the user's script."""
        terms = self.glossary[group]
        zh = next((t for t in terms if text.CJK_RE.search(t)), None)
        en = next((t for t in terms if not text.CJK_RE.search(t)), None)
        parts = [text.to_script(zh, lang) if zh else None, en]
        return " / ".join(p for p in parts if p)

    # -- matching ---------------------------------------------------------------------------
    def _build(self):
        import ahocorasick

        entries: dict[str, list[tuple[str, str]]] = {}

        def add(term, category, key):
            t = text.fold(str(term)).lower().strip()
            if len(t) < 2:
                return
            entries.setdefault(t, [])
            if (category, key) not in entries[t]:
                entries[t].append((category, key))

        for table, category in (("kinds", "kind"), ("stakes", "stake"), ("industries", "industry"),
                                ("situations", "situation")):
            for key, entry in getattr(self, table).items():
                for term in (entry or {}).get("terms") or []:
                    add(term, category, key)
        for i, group in enumerate(self.glossary):
            for term in group:
                add(term, "concept", str(i))
        a = ahocorasick.Automaton()
        seqs: dict[str, list] = {}
        for t, cats in entries.items():
            a.add_word(t, (t, tuple(cats)))
            stems = _stem_seq(t)
            if stems and (len(stems) > 1 or len(stems[0]) >= 4):
                seqs.setdefault(stems[0], []).append((stems, t, tuple(cats)))
        if len(a):
            a.make_automaton()
        self._sequences = seqs
        self._automaton = a

    def match(self, raw: str) -> list[Match]:
        """Every vocabulary term found in `raw` (folded, lower-cased). ASCII terms match whole
        words, with up to three letters of inflection for terms of five letters or more."""
        return self.match_folded(text.fold(raw).lower())

    def match_folded(self, hay: str) -> list[Match]:
        """match() over a text folded and lower-cased already (analysis.profile does it once)."""
        if self._automaton is None:
            self._build()
        a = self._automaton
        if not len(a):
            return []
        found = []
        n = len(hay)
        for end, (term, cats) in a.iter(hay):
            start = end - len(term) + 1
            if term.isascii():
                if start > 0 and hay[start - 1].isalnum() and hay[start - 1].isascii():
                    continue
                j = end + 1
                if len(term) >= 5:
                    k = j
                    while k < n and k - j < 3 and hay[k].isascii() and hay[k].isalpha():
                        k += 1
                    j = k
                if j < n and hay[j].isascii() and hay[j].isalnum():
                    continue
            found.append((start, end + 1, term, cats))
        found.extend(self._match_sequences(hay))
        # a term inside a longer vocabulary term is not a mention of its own: 网络存储 (NAS) does not
        # say 存储 (storage array), 光纤交换机 does not say 交换机 on its own
        found.sort(key=lambda x: (x[0], -x[1]))
        out: list[Match] = []
        # situations are a layer of their own: "notify the regulator" (a situation) does not hide the stake
        # "regulator", nor "storage vendor" the concept "storage"
        for layer in (lambda c: c != "situation", lambda c: c == "situation"):
            reach = -1
            seen = set()
            for start, stop, term, cats in found:
                cats = tuple((c, k) for c, k in cats if layer(c))
                if not cats or (start, stop, term) in seen:
                    continue
                seen.add((start, stop, term))
                if stop <= reach:
                    continue
                reach = max(reach, stop)
                for category, key in cats:
                    out.append(Match(category, key, term, start, stop))
        out.sort(key=lambda m: (m.start, -m.end))
        return out

    def _match_sequences(self, hay: str) -> list:
        """English vocabulary terms found by their stems, so inflections and articles do not matter:
        "worked through the night" is found in "engineers working through the nights", "storage array"
        in "storage arrays". Words of fewer than four letters must be written as in the term."""
        if not self._sequences or not _ASCII_WORD.search(hay):
            return []
        toks = [(m.start(), m.end(), _stem(m.group(0))) for m in _ASCII_WORD.finditer(hay)
                if m.group(0) not in _SKIP_WORDS]
        out = []
        for i, (s0, _, st) in enumerate(toks):
            for stems, term, cats in self._sequences.get(st, ()):
                n = len(stems)
                if tuple(t for _, _, t in toks[i:i + n]) == stems:
                    # words must be adjacent in the text (only articles between them)
                    if all(_only_skipped(hay[toks[j][1]:toks[j + 1][0]]) for j in range(i, i + n - 1)):
                        out.append((s0, toks[i + n - 1][1], term, cats))
        return out

    def term_tokens(self, term: str, mode: str = "search") -> tuple[str, ...]:
        """The analyzer's terms of one vocabulary word (kept: the same few hundred words recur)."""
        key = (term, mode)
        got = self._tokens.get(key)
        if got is None:
            got = self._tokens[key] = tuple(text.terms(term, mode))
        return got


_ASCII_WORD = __import__("re").compile(r"[a-z][a-z0-9]*(?:'[a-z]+)?")
_SKIP_WORDS = frozenset({"the", "a", "an", "our", "their", "his", "her", "its", "my", "your", "this", "that"})
_GAP = __import__("re").compile(r"^[\s,-]*((the|a|an|our|their|his|her|its|my|your|this|that)[\s,-]+)*$")


def _only_skipped(between: str) -> bool:
    return len(between) < 40 and bool(_GAP.match(between))


def _stem(word: str) -> str:
    w = word.split("'")[0]
    return text.normalize_en(w) if len(w) >= 4 else w


def _stem_seq(term: str) -> tuple | None:
    """The stems of an English term made of plain words ('worked through the night' -> (work, through,
    night)); None for terms with other characters (ci/cd, rm -rf, ora-, 30小时)."""
    if not term.isascii() or not all(w.isalpha() for w in term.split()):
        return None
    words = [w for w in term.split() if w not in _SKIP_WORDS]
    return tuple(_stem(w) for w in words) if words else None


def _load_yaml(path: Path, problems: list[Problem], got):
    """(parsed data, the file's content hash), or (None, None) with a problem recorded. `got`: the
    file's bytes as _Snapshot read them, or the OSError of reading it."""
    try:
        if isinstance(got, OSError):
            raise got
        return safeyaml.load(got.decode("utf-8")), content_hash(got)
    except UnicodeDecodeError:
        problems.append(Problem(str(path), "not UTF-8: re-save the file as UTF-8", code="not-utf8", args=("",)))
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        problems.append(Problem(str(path), f"broken YAML: {getattr(e, 'problem', e)}",
                                line=mark.line + 1 if mark else None, code=getattr(e, "code", "") or "yaml-broken",
                                args=(str(getattr(e, 'problem', e)),)))
    except OSError as e:
        problems.append(Problem(str(path), f"cannot read: {e.strerror}", code="file-unreadable", args=(str(e.strerror),)))
    return None, None


def _checked_entry(src: str, key: str, entry, problems: list[Problem]) -> dict:
    """One vocabulary entry with the shape the app reads ({label: {lang: text}, terms: [...]});
    a part of the wrong shape is dropped with a warning naming the file and the key."""
    if not isinstance(entry, dict):
        if entry is not None:
            problems.append(Problem(src, f"{key}: expected label/terms fields; the entry is kept without them", None, "warning",
                                    "vocab-entry-shape", (key,)))
        return {}
    out = dict(entry)
    label = entry.get("label")
    if label is not None and not (isinstance(label, dict) and all(isinstance(x, str) for x in label.values())):
        problems.append(Problem(src, f"{key}: label must map zh-Hans/zh-Hant/en to text; ignored", None, "warning",
                                "vocab-label-shape", (key,)))
        out.pop("label")
    terms = entry.get("terms")
    if terms is not None and not (isinstance(terms, list) and all(isinstance(x, str) for x in terms)):
        problems.append(Problem(src, f"{key}: terms must be a list of words; ignored", None, "warning",
                                "vocab-terms-shape", (key,)))
        out.pop("terms")
    return out


def vocab_signature(cases_dir: Path, fallback_dir: Path | None = None) -> tuple:
    """Cheap fingerprint (paths, sizes, mtimes) of the vocab files load_vocab would read."""
    sig = []
    for d in (Path(cases_dir) / "vocab", Path(fallback_dir) / "vocab" if fallback_dir else None):
        if d is None:
            continue
        for name in VOCAB_FILES:
            try:
                st = (d / f"{name}.yaml").stat()
                sig.append((str(d), name, st.st_size, st.st_mtime_ns))
            except OSError:
                sig.append((str(d), name, None, None))
    return tuple(sig)


def load_vocab(cases_dir: Path, fallback_dir: Path | None = None,
               cache: Path | None = None) -> tuple[Vocab, list[Problem]]:
    """The vocabularies of `cases_dir` (the bundled ones in `fallback_dir` where it has none), with
    the problems found in them, and the matcher built.

    `cache` (a file in the data folder) keeps what was built, keyed by the bytes of every vocab
    file and of the code and libraries that read them: a cold `kb search` unpickles it in a few ms
    instead of parsing the YAML and building the matcher (~60 ms at a cold start). Each file is
    read once, and the same bytes are both hashed and parsed, so a save in between cannot file
    one vocabulary under another's key. The body carries its own checksum, checked before it is
    unpickled (the matcher's pickle is raw memory: a damaged one could crash the process).
    Derived data only: a missing, stale, damaged or foreign cache is rebuilt, never trusted over
    the files. It belongs in the user's own data folder, never in a shared cases folder: a pickle
    is code, as Whoosh's own segment tables (pickled too) in the same folder are."""
    snap = _Snapshot()
    key = _cache_key(cases_dir, fallback_dir, snap) if cache else None
    if key is not None:
        got = _read_cache(Path(cache), key)
        if got is not None:
            _install_regional(got[0].regional)
            return got
    v, problems = _load_vocab(cases_dir, fallback_dir, snap)
    if key is not None:
        v._build()
        _write_cache(Path(cache), key, (v, problems))
    return v, problems


class _Snapshot:
    """Each vocab file read once: what it held (bytes), that it is not a file (None), or why it
    could not be read (OSError)."""

    def __init__(self):
        self._got: dict[Path, object] = {}

    def get(self, p: Path):
        if p not in self._got:
            try:
                is_file = p.is_file()
            except OSError as e:  # the folder itself cannot be looked into
                self._got[p] = _Unlistable(e)
                return self._got[p]
            try:
                self._got[p] = p.read_bytes() if is_file else None
            except OSError as e:
                self._got[p] = e
        return self._got[p]


class _Unlistable:
    def __init__(self, err: OSError):
        self.err = err
        self.errno = err.errno


_CACHE_MAGIC = b"kb-vocab-cache 2\n"
_SUM = 32  # blake2b digest of the pickled body, after the key


def _code_parts() -> list:
    """What shapes the built vocabulary besides its files: the source of the modules that parse,
    check and fold it, and the versions of the libraries underneath (the matcher's pickle is the
    raw layout of one pyahocorasick build)."""
    import platform
    import sys

    import ahocorasick
    import opencc
    import whoosh
    import yaml as _yaml

    import kb_app
    from kb_app.core import domain, fsutil

    here = Path(__file__).parent
    files = sorted(here.glob("*.py")) + [Path(safeyaml.__file__), Path(domain.__file__), Path(fsutil.__file__)]
    so = Path(ahocorasick.__file__)
    st = so.stat()
    return ([f.read_bytes() for f in files]
            + [repr((sys.version_info[:3], platform.machine(), kb_app.__version__, _yaml.__version__,
                     getattr(whoosh, "__version__", None), getattr(opencc, "__version__", None),
                     str(so), st.st_size, st.st_mtime_ns)).encode()])


def _cache_key(cases_dir: Path, fallback_dir: Path | None, snap: _Snapshot) -> bytes | None:
    """A digest of everything the built vocabulary depends on: each vocab file's path and bytes
    (or its absence), and _code_parts()."""
    import hashlib

    h = hashlib.blake2b(digest_size=20)
    try:
        for part in _code_parts():
            h.update(len(part).to_bytes(8, "little") + part)
    except (OSError, ImportError, AttributeError):
        return None  # no sources beside the modules (a frozen build): no cache, same answers
    for d in (Path(cases_dir) / "vocab", Path(fallback_dir) / "vocab" if fallback_dir else None):
        if d is None:
            continue
        for name in VOCAB_FILES:
            p = d / f"{name}.yaml"
            got = snap.get(p)
            h.update(str(p).encode("utf-8", "surrogateescape") + b"\0")
            if isinstance(got, bytes):
                h.update(b"\3" + len(got).to_bytes(8, "little") + got)
            elif got is None:
                h.update(b"\1absent")
            else:
                h.update(f"\2{got.errno}".encode())
            h.update(b"\0")
    return h.digest()


def _read_cache(path: Path, key: bytes):
    import hashlib
    import pickle

    try:
        raw = path.read_bytes()
        head = _CACHE_MAGIC + key
        if not raw.startswith(head) or len(raw) < len(head) + _SUM:
            return None
        want, body = raw[len(head):len(head) + _SUM], raw[len(head) + _SUM:]
        if hashlib.blake2b(body, digest_size=_SUM).digest() != want:
            return None  # damaged: never unpickled
        v, problems = pickle.loads(body)
        if isinstance(v, Vocab) and isinstance(problems, list) and v._automaton is not None:
            return v, problems
    except Exception:  # noqa: BLE001 - any damage to derived data means "rebuild"
        pass
    return None


def _write_cache(path: Path, key: bytes, value) -> None:
    import hashlib
    import pickle

    try:
        body = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
        atomic_write(path, _CACHE_MAGIC + key + hashlib.blake2b(body, digest_size=_SUM).digest() + body)
    except Exception:  # noqa: BLE001 - a read-only or full data folder: next time builds again
        pass


def _load_vocab(cases_dir: Path, fallback_dir: Path | None, snap: _Snapshot) -> tuple[Vocab, list[Problem]]:
    problems: list[Problem] = []
    v = Vocab()
    digest_parts = []
    for name in VOCAB_FILES:
        expected = list if name == "glossary" else dict
        data = None
        for d in (Path(cases_dir) / "vocab", Path(fallback_dir) / "vocab" if fallback_dir else None):
            if d is None:
                continue
            p = d / f"{name}.yaml"
            got = snap.get(p)
            if got is None:
                continue
            if isinstance(got, _Unlistable):  # an unreadable vocab/: the bundled vocabularies serve (feat/state)
                e = got.err
                if not any(x.code == "vocab-unreadable" and x.path == str(d) for x in problems):
                    problems.append(Problem(str(d), f"cannot read the vocabularies ({e.strerror or e}); "
                                                    "the bundled ones are used", None, "warning",
                                            code="vocab-unreadable", args=(str(e.strerror or e),)))
                continue
            data, digest = _load_yaml(p, problems, got)
            if data is not None and not isinstance(data, expected):
                problems.append(Problem(str(p), f"expected a {'list' if expected is list else 'mapping'} at the top",
                                        code="vocab-top-shape", args=('list' if expected is list else 'mapping',)))
                data = None
            if data is not None:
                digest_parts.append(digest)
                break
        if data is None:
            data = expected()
        src = str(p) if data else f"vocab/{name}.yaml"
        if name == "regional":
            data = _checked_regional(src, data, problems)
        elif name == "glossary":
            groups = []
            for i, g in enumerate(data, 1):
                if isinstance(g, list) and g and all(isinstance(t, str) for t in g):
                    groups.append(g)
                else:
                    problems.append(Problem(src, f"glossary group {i} is not a list of terms; it is skipped", None, "warning",
                                            "glossary-group-shape", (i,)))
            data = groups
        else:
            data = {str(k): _checked_entry(src, str(k), e, problems) for k, e in data.items()}
            if name == "situations":
                for k, e in data.items():
                    if e.get("type") not in SITUATION_TYPES:
                        e["type"] = "situation"
        setattr(v, name, data)
    v.digest = content_hash("|".join(digest_parts).encode())
    _install_regional(v.regional)
    return v, problems


_installed_regional = None


def _install_regional(table: dict) -> None:
    """The regional word table is part of the one analyzer (text.fold): install it once per content."""
    global _installed_regional
    key = repr(sorted((k, sorted((w, tuple(r)) for w, r in (table.get(k) or {}).items())) for k in table))
    if key != _installed_regional:
        _installed_regional = key
        text.set_regional(table.get("regional"), table.get("ambiguous"))


def _checked_regional(src: str, data: dict, problems: list[Problem]) -> dict:
    """regional.yaml: {regional: {word: [readings]}, ambiguous: {word: [readings]}}; bad entries dropped."""
    out = {}
    for part in ("regional", "ambiguous"):
        table = data.get(part) or {}
        if not isinstance(table, dict):
            problems.append(Problem(src, f"{part}: expected a mapping of words to readings; ignored", None, "warning",
                                    code="vocab-regional-shape", args=(part,)))
            continue
        good = {}
        for word, rs in table.items():
            if isinstance(rs, str):
                rs = [rs]
            if not (isinstance(rs, list) and rs and all(isinstance(r, str) for r in rs)):
                problems.append(Problem(src, f"{part}: {word}: readings must be a list of words; skipped", None,
                                        "warning", code="vocab-regional-entry", args=(part, str(word))))
                continue
            good[str(word)] = rs
        out[part] = good
    return out
