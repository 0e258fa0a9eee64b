"""Where the notebooks are, and what a notebook's relative paths mean.

A notebook's default parameters ("../data/raw") are written as Jupyter reads them: relative
to the folder the notebook runs in. JupyterLab, `jupyter nbconvert --execute`, nbval and the
pipeline (papermill with cwd = the notebook's folder) all start the kernel there, so in a
kernel a relative path is read against the working directory: a notebook copied to another
folder reads and writes that folder's data, not the package checkout's. Outside a kernel (a
script importing the helpers) the notebooks folder stands in for it. After a non-editable `pip
install`, the notebooks come with the package (installed under <prefix>/share/analysis/notebooks).
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


def running_in_a_kernel() -> bool:
    """True inside a Jupyter kernel (JupyterLab, nbconvert, papermill, nbval), whose working
    directory is the notebook's folder."""
    ipython = sys.modules.get("IPython")
    shell = ipython.get_ipython() if ipython is not None else None
    return getattr(shell, "kernel", None) is not None


def notebook_path(value: str | Path) -> Path:
    """An absolute path as given; a relative one read as Jupyter reads it: in a kernel against
    the working directory (the notebook's folder), elsewhere against the notebooks folder (or,
    outside a checkout, the working directory)."""
    path = Path(value).expanduser()
    if path.is_absolute():
        return path
    base = REPO_ROOT / "notebooks"
    return (base / path).resolve() if base.is_dir() and not running_in_a_kernel() else path.resolve()


IN_CHECKOUT = " (in this checkout)"  # after a folder shown relative to the package checkout


def shown_path(path: str | Path) -> str:
    """A folder as a notebook prints it: relative to the working directory when inside it, else
    relative to the package checkout (with IN_CHECKOUT) when inside that, else absolute. The
    committed notebooks printed the maintainer's /work/main/data/raw (QA9 20), a path that exists
    on no reader's machine; a folder elsewhere (a copied notebook's, --raw-dir /tmp/x) stays
    absolute, so a run still says which data it reads and overwrites."""
    path = Path(path).resolve()
    for base, suffix in ((Path.cwd().resolve(), ""), (REPO_ROOT, IN_CHECKOUT)):
        if base == REPO_ROOT and not (REPO_ROOT / "notebooks").is_dir():  # an installed package: no checkout
            continue
        try:
            rel = path.relative_to(base)
        except ValueError:
            continue
        return (rel.as_posix() if rel.parts else ".") + suffix
    return str(path)
