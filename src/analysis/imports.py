"""Importing a library while a slow optional dependency of it is seen as absent.

Some libraries import an optional dependency at their own import time and fall back when it is
missing. Where the project never calls the part that needs it, that import is only start-up
cost, paid in every process (the pipeline, each notebook's kernel) while the second core
idles: jsonschema's rfc3987_syntax under papermill (the pipeline's own process).

Only for a process no user code runs in: the library imported inside the block decides once
that the dependency is absent and keeps that decision for good (jsonschema has no "iri" format
checks in the pipeline process, which validates no formats). Never use it in a notebook's kernel:
it switched seaborn's clustermap and cumulative KDE off there. Not thread-safe (it edits
sys.modules for the block's duration).

Public API: absent_while_importing.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

__all__ = ["absent_while_importing"]


@contextmanager
def absent_while_importing(names: Iterable[str]) -> Iterator[None]:
    """Inside the block, `import name` raises ImportError for each name not yet imported (a
    None entry in sys.modules), so the importer takes its own fallback. Afterwards the names are
    importable again, but the importer keeps its fallback for the life of the process. A name
    already imported is left as it is."""
    blocked = [name for name in names if name not in sys.modules]
    sys.modules.update(dict.fromkeys(blocked))
    try:
        yield
    finally:
        for name in blocked:
            if sys.modules.get(name, 0) is None:
                del sys.modules[name]
