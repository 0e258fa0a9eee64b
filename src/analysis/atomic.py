"""Files written whole or not at all: a reader, or the next run after a killed one, never sees half a file."""

from __future__ import annotations

import os
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

__all__ = ["replaced_whole"]


@contextmanager
def replaced_whole(path: str | Path) -> Iterator[str]:
    """A temporary path beside `path` (hidden, same folder so the rename is atomic) to write;
    renamed over `path` when the block ends without error, removed when it raises."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    os.close(fd)
    try:
        yield tmp
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
