"""A script's --help says its whole purpose: bench_e2e's was its docstring's first line, cut
mid-sentence ("... against a bare") (QA7 9). A benchmark whose --help is taken from its
docstring shows at least the docstring's whole first paragraph."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def _words(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("script", sorted(p.name for p in (REPO / "benchmarks").glob("bench_*.py")))
def test_a_benchmarks_help_does_not_stop_mid_sentence(script):
    path = REPO / "benchmarks" / script
    doc = ast.get_docstring(ast.parse(path.read_text(encoding="utf-8"))) or ""
    res = subprocess.run([sys.executable, str(path), "--help"], capture_output=True, text=True, timeout=120, cwd=REPO)
    assert res.returncode == 0, res.stderr
    shown = _words(res.stdout)
    first_line = _words(doc.splitlines()[0]) if doc else ""
    if not first_line or first_line not in shown:
        pytest.skip(f"{script}: --help is not taken from its docstring")
    assert _words(doc.split("\n\n", 1)[0]) in shown, f"{script}: --help cuts its docstring's first paragraph"


@pytest.mark.parametrize("script", sorted(p.relative_to(REPO).as_posix() for d in ("benchmarks", "scripts")
                                          for p in (REPO / d).glob("*.py")))
def test_a_scripts_help_keeps_its_docstrings_lines(script):
    """A docstring laid out as usage lines (`bench_dates.py --peer  # HTML ...`) reads as one run-on
    paragraph unless argparse keeps its line breaks (RawDescriptionHelpFormatter)."""
    path = REPO / script
    doc = ast.get_docstring(ast.parse(path.read_text(encoding="utf-8"))) or ""
    if "argparse" not in path.read_text(encoding="utf-8") or not doc:
        pytest.skip(f"{script}: no argparse help from a docstring")
    res = subprocess.run([sys.executable, str(path), "--help"], capture_output=True, text=True, timeout=120, cwd=REPO)
    assert res.returncode == 0, res.stderr
    shown = {ln.strip() for ln in res.stdout.splitlines()}
    if _words(doc.splitlines()[0]) not in _words(res.stdout):
        pytest.skip(f"{script}: --help is not taken from its docstring")
    lines = [ln.strip() for ln in doc.splitlines() if ln.strip()]
    assert all(ln in shown for ln in lines), f"{script}: --help runs its docstring's lines together"
