"""The setup every notebook runs first: display options and its output folders.

Public API: setup.
"""

from __future__ import annotations

from pathlib import Path

from .paths import notebook_path
from .tables import display_options

__all__ = ["setup"]


def setup(processed_dir: str | Path, figures_dir: str | Path) -> tuple[Path, Path]:
    """Tables shown the same on every run; (processed, figures) as Paths (relative ones read
    against the notebooks folder, see paths.notebook_path), figures created."""
    display_options()
    figures = notebook_path(figures_dir)  # relative paths mean what they do in Jupyter, from any folder
    figures.mkdir(parents=True, exist_ok=True)
    return notebook_path(processed_dir), figures
