"""The package map: every module imports, lists its public API, and no import circle exists
(counting imports inside functions, which is where the old clean -> engine -> clean circle hid)."""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import pytest

PKG = Path(__file__).resolve().parents[1] / "src" / "analysis"


def _module_name(path: Path) -> str:
    rel = path.relative_to(PKG.parent).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


MODULES = {_module_name(p): p for p in sorted(PKG.rglob("*.py"))}


def _imports(name: str, path: Path) -> set[str]:
    """analysis modules `name` imports anywhere in its code (top level or inside functions)."""
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    out = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                mod = ".".join(base + ([node.module] if node.module else []))
            else:
                mod = node.module or ""
            subs = [f"{mod}.{a.name}" for a in node.names if f"{mod}.{a.name}" in MODULES]
            candidates = subs or [mod]  # `from . import dates` imports analysis.dates, not analysis
        elif isinstance(node, ast.Import):
            candidates = [a.name for a in node.names]
        else:
            continue
        out |= {c for c in candidates if c in MODULES and c != name}
    return out


def test_no_import_circle():
    graph = {name: _imports(name, path) for name, path in MODULES.items()}
    # a package's __init__ re-exporting its submodules is not a circle
    graph = {n: {d for d in deps if not n.startswith(d + ".")} for n, deps in graph.items()}
    state: dict[str, int] = {}

    def visit(n, trail):
        if state.get(n) == 1:
            pytest.fail("import circle: " + " -> ".join(trail[trail.index(n):] + [n]))
        if state.get(n) == 2:
            return
        state[n] = 1
        for d in sorted(graph[n]):
            visit(d, trail + [n])
        state[n] = 2

    for n in sorted(graph):
        visit(n, [])


def test_the_circle_detector_can_fail(monkeypatch):
    monkeypatch.setitem(MODULES, "analysis.a", PKG / "a.py")
    fake = {"analysis.a": "from . import b\n", "analysis.b": "def f():\n    from .a import x\n"}
    monkeypatch.setitem(MODULES, "analysis.b", PKG / "b.py")
    monkeypatch.setattr(Path, "read_text", lambda self, encoding=None: fake[_module_name(self)])
    graph = {n: _imports(n, MODULES[n]) for n in ("analysis.a", "analysis.b")}
    assert graph == {"analysis.a": {"analysis.b"}, "analysis.b": {"analysis.a"}}


@pytest.mark.parametrize("name", sorted(MODULES))
def test_module_imports_and_states_its_api(name):
    mod = importlib.import_module(name)
    assert mod.__doc__, f"{name} has no docstring saying what it is for"
    if hasattr(mod, "__all__"):
        missing = [n for n in mod.__all__ if not hasattr(mod, n)]
        assert not missing, f"{name}.__all__ lists names it does not define: {missing}"


def _private_imports(path: Path) -> list[str]:
    """Private names (`_x`) a module imports from another module: `from .dates import _year`."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level:
            found += [f"{node.module}.{a.name}" for a in node.names if a.name.startswith("_") and not a.name.startswith("__")]
    return found


@pytest.mark.parametrize("name", sorted(n for n, p in MODULES.items() if p.parent == PKG))
def test_top_level_modules_import_no_private_name(name):
    """A helper another module needs is public API of its home (metadata_dates once imported
    dates._safe_date and dates._year); a subpackage's internals stay within the subpackage."""
    assert not _private_imports(MODULES[name]), f"{name} imports private names; make them public where they live"


def test_the_private_import_check_can_fail(monkeypatch):
    monkeypatch.setattr(Path, "read_text", lambda self, encoding=None: "from .dates import _year, MONTHS\n")
    assert _private_imports(PKG / "metadata_dates.py") == ["dates._year"]


NOTEBOOKS = sorted((PKG.parents[1] / "notebooks").glob("[0-9][0-9]_*.ipynb"))


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebooks_read_the_articles_table_by_schemas_name(path):
    """Notebooks 02 and 03 read "articles.parquet" by its literal name: renaming the table in
    schema (the one home of its name) would have left them reading a file no run writes."""
    import json

    from analysis import schema

    code = "\n".join("".join(c["source"]) for c in json.loads(path.read_text(encoding="utf-8"))["cells"]
                     if c["cell_type"] == "code")
    spelled = [node for call in ast.walk(ast.parse(code)) if isinstance(call, ast.Call)
               and getattr(call.func, "attr", None) == "read_table"
               for node in ast.walk(call) if isinstance(node, ast.Constant) and node.value == schema.ARTICLES_DIR]
    assert NOTEBOOKS and not spelled, f"{path.name} reads {schema.ARTICLES_DIR!r} by its literal name"


def test_the_status_tables_caption_does_not_count_its_total_row_as_a_kind():
    """Notebook 01's accounting said '2 kinds of input status' over a table of one kind (ok) and
    its 'all inputs' total (WCXB screenshot; '3 kinds' on FA-KES's two): its caption, as the
    notebook's call gives it, counts rows, not kinds."""
    import json

    import pandas as pd

    from analysis.display import people_table
    from analysis.tables import status_accounting

    nb = next(p for p in NOTEBOOKS if p.name.startswith("01_"))
    calls = [node for c in json.loads(nb.read_text(encoding="utf-8"))["cells"] if c["cell_type"] == "code"
             for node in ast.walk(ast.parse("".join(c["source"])))
             if isinstance(node, ast.Call) and getattr(node.func, "attr", None) == "people_table"
             and any(getattr(a.func, "attr", None) == "status_accounting" for a in node.args if isinstance(a, ast.Call))]
    assert len(calls) == 1
    what = next(k.value.value for k in calls[0].keywords if k.arg == "what")
    table = status_accounting(pd.DataFrame({"status": ["ok"] * 3}))
    caption = people_table(table, what=what).caption
    assert not caption.startswith(f"{len(table)} kinds"), caption
