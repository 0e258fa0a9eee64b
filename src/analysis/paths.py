"""Where the notebooks are, and what a notebook's relative paths mean.

A notebook's default parameters ("../data/raw") are written as Jupyter reads them: relative
to the notebook's own folder. papermill runs a notebook in whatever folder it was started
from, so the notebooks resolve their paths with `notebook_path`, which reads them against
the notebooks folder, never the working directory. After a non-editable `pip install`, the
notebooks come with the package (installed under <prefix>/share/analysis/notebooks).
"""

from __future__ import annotations

import sys
import sysconfig
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
REPO_ROOT = PACKAGE_DIR.parents[1]
NOTEBOOK_GLOB = "[0-9][0-9]_*.ipynb"
SHARE_SUBDIR = Path("share") / "analysis" / "notebooks"  # pyproject.toml's data-files target


def _has_notebooks(folder: Path) -> bool:
    return folder.is_dir() and any(folder.glob(NOTEBOOK_GLOB))


def default_notebooks_dir() -> Path:
    """The repository's notebooks/ (a checkout or an editable install), else the copy
    installed with the package, else the repository path (for the error message)."""
    candidates = [REPO_ROOT / "notebooks"]
    # <prefix>/lib/python3.X/site-packages/analysis: the prefix it was installed under (also
    # for --user and --prefix installs), then the running interpreter's.
    installed_prefix = PACKAGE_DIR.parents[3] if len(PACKAGE_DIR.parents) > 3 else PACKAGE_DIR
    for prefix in (installed_prefix, sys.prefix, sysconfig.get_path("data")):
        candidates.append(Path(prefix) / SHARE_SUBDIR)
    return next((c for c in candidates if _has_notebooks(c)), candidates[0])


def notebook_path(value: str | Path) -> Path:
    """An absolute path as given; a relative one read against the notebooks folder, as
    Jupyter does when the notebook is opened there. Outside a checkout (no notebooks folder
    next to the package) a relative path is read against the working directory."""
    path = Path(value).expanduser()
    if path.is_absolute():
        return path
    base = REPO_ROOT / "notebooks"
    return (base / path).resolve() if base.is_dir() else path.resolve()
