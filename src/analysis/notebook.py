"""The setup every notebook runs first: display options and its output folders.

Public API: setup.
"""

from __future__ import annotations

from pathlib import Path

from .ingest import check_raw_dir
from .paths import notebook_path, shown_path
from .tables import display_options

__all__ = ["setup"]


def setup(processed_dir: str | Path, figures_dir: str | Path, raw_dir: str | Path | None = None) -> tuple[Path, Path]:
    """Tables shown the same on every run; (processed, figures) as Paths (relative ones read
    as Jupyter reads them, see paths.notebook_path), figures created. Prints the folders
    (paths.shown_path: absolute outside the working directory and the checkout), so a notebook
    run from a copy says which data it reads and overwrites."""
    display_options()
    if raw_dir is not None:  # before any folder is made: a run that cannot read leaves none (QA8 7)
        check_raw_dir(notebook_path(raw_dir))
    figures = notebook_path(figures_dir)
    figures.mkdir(parents=True, exist_ok=True)
    processed = notebook_path(processed_dir)
    if raw_dir is not None:
        print(f"reading articles from {shown_path(notebook_path(raw_dir))}")
    print(f"tables in {shown_path(processed)}\nfigures in {shown_path(figures)}")
    return processed, figures
