"""The core stays Qt-free: importing it with PySide6 blocked must work."""
import subprocess
import sys
import textwrap


def test_core_and_cli_import_without_qt():
    code = textwrap.dedent("""
        import sys
        class Block:
            def find_spec(self, name, path=None, target=None):
                if name.split('.')[0] in ('PySide6', 'shiboken6', 'PyQt5', 'PyQt6'):
                    raise ImportError('Qt is blocked in the core: ' + name)
        sys.meta_path.insert(0, Block())
        import kb_app.core.service, kb_app.core.cases.render, kb_app.cli
        print('ok')
    """)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "ok"


# -- the import graph ---------------------------------------------------------------------------------------

import ast  # noqa: E402
from pathlib import Path  # noqa: E402

PKG_ROOT = Path(__file__).resolve().parent.parent / "kb_app"

# The core's floors, lowest first. A module may import from its own package or from a lower floor,
# never up and never sideways into a sibling on the same floor.
FLOORS = [
    {"domain", "fsutil", "safeyaml", "clock"},
    {"analysis"},
    {"cases"},
    {"retrieval", "learning", "team"},
    {"storage", "importing"},
    {"service"},
]
ROOT_MODULES = {"__init__", "service", "domain", "fsutil", "safeyaml", "clock"}


def _modules():
    mods = {}
    for p in PKG_ROOT.rglob("*.py"):
        parts = list(p.relative_to(PKG_ROOT.parent).with_suffix("").parts)
        is_pkg = parts[-1] == "__init__"
        if is_pkg:
            parts = parts[:-1]
        mods[".".join(parts)] = (p, is_pkg)
    return mods


def import_graph():
    """{module: {modules it imports}}, at any depth of the file (lazy imports count too). Importing
    a.b.c also runs a and a.b, so the packages on the way are edges as well."""
    mods = _modules()
    graph = {}
    for name, (path, is_pkg) in mods.items():
        pkg = name if is_pkg else name.rsplit(".", 1)[0]
        out = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom):
                if node.level:
                    base = pkg.split(".")[: len(pkg.split(".")) - (node.level - 1)]
                    mod = ".".join(base + ([node.module] if node.module else []))
                else:
                    mod = node.module or ""
                targets = [mod] + [f"{mod}.{a.name}" for a in node.names]
            elif isinstance(node, ast.Import):
                targets = [a.name for a in node.names]
            else:
                continue
            for t in targets:
                parts = t.split(".")
                for i in range(1, len(parts) + 1):
                    m = ".".join(parts[:i])
                    if m in mods and m != name and not name.startswith(m + "."):
                        out.add(m)
        graph[name] = out
    return graph


def _cycles(graph):
    index, low, stack, on, found, counter = {}, {}, [], set(), [], [0]

    def visit(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in graph.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                found.append(sorted(comp))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def test_no_import_circle_between_modules():
    assert _cycles(import_graph()) == []


def test_no_import_circle_between_the_cores_packages():
    graph = import_graph()
    pkgs = {}
    for src, dsts in graph.items():
        if not src.startswith("kb_app.core."):
            continue
        a = src.split(".")[2]
        for d in dsts:
            if d.startswith("kb_app.core.") and d.split(".")[2] != a:
                pkgs.setdefault(a, set()).add(d.split(".")[2])
    assert _cycles(pkgs) == []


def _floor(top: str) -> int:
    return next(i for i, f in enumerate(FLOORS) if top in f)


def test_the_core_imports_downward_only():
    wrong = []
    for src, dsts in import_graph().items():
        if not src.startswith("kb_app.core.") or src == "kb_app.core":
            continue
        a = src.split(".")[2]
        for d in dsts:
            if not d.startswith("kb_app.core.") or d == "kb_app.core":
                if d.startswith("kb_app.") and not d.startswith("kb_app.core") and d != "kb_app.paths" and d != "kb_app":
                    wrong.append(f"{src} -> {d} (the core imports nothing above it)")
                continue
            b = d.split(".")[2]
            if a != b and not _floor(a) > _floor(b):
                wrong.append(f"{src} -> {d}")
    assert wrong == []


def test_the_cores_root_holds_the_facade_and_a_few_shared_modules():
    root = {p.stem for p in (PKG_ROOT / "core").glob("*.py")}
    assert root <= ROOT_MODULES, root - ROOT_MODULES
    for pkg in (PKG_ROOT / "core").iterdir():
        if pkg.is_dir() and (pkg / "__init__.py").exists():
            assert _floor(pkg.name) is not None
            doc = ast.get_docstring(ast.parse((pkg / "__init__.py").read_text(encoding="utf-8")))
            assert doc and len(doc.splitlines()) >= 2, f"{pkg.name}/__init__.py says what it owns"


def test_the_graph_sees_a_circle_when_there_is_one():
    # the checker itself: a two-module loop and a loop through a package are found
    assert _cycles({"a": {"b"}, "b": {"a"}}) == [["a", "b"]]
    assert _cycles({"p": {"p.x"}, "p.x": {"q"}, "q": {"p"}}) != []
