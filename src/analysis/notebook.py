"""The setup every notebook runs first: display options and its output folders.

Public API: setup.
"""

from __future__ import annotations

from pathlib import Path

from .tables import display_options

__all__ = ["setup"]


def setup(processed_dir: str | Path, figures_dir: str | Path) -> tuple[Path, Path]:
    """Tables shown the same on every run; (processed, figures) as Paths, figures created."""
    display_options()
    figures = Path(figures_dir)
    figures.mkdir(parents=True, exist_ok=True)
    return Path(processed_dir), figures
