"""Where the installed textblob keeps its files, found without importing it.

`import textblob` runs its __init__, which imports NLTK and SciPy (about 1.9 CPU s); the tone
port (tone.textblob_port) and the word lexicon (text.lexicon) need only files and two modules
from the package, so both find them here.

Public API: path.
"""

from __future__ import annotations

import importlib.util
from functools import lru_cache
from pathlib import Path

__all__ = ["path"]


@lru_cache(maxsize=1)
def _root() -> Path:
    spec = importlib.util.find_spec("textblob")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("textblob is not installed: it is a pinned dependency of analysis "
                                  "(pip install -e . or pip install -r requirements.lock)")
    return Path(spec.submodule_search_locations[0])


def path(*parts: str) -> Path:
    """The file or folder at `parts` inside the installed textblob package ("en", "en-lexicon.txt")."""
    return _root().joinpath(*parts)
