"""One run at a time per output folder.

Two runs writing one processed folder mix their articles (run A's notebook 03 reading run
B's articles.parquet), so a run holds an exclusive lock on each folder it writes. The lock
is an flock on a hidden file, released by the kernel when the process ends however it ends
(a killed run never leaves a stale lock); the file holds the holder's pid for the message.
"""

from __future__ import annotations

import fcntl
import os
import time
from contextlib import ExitStack, contextmanager
from pathlib import Path

LOCK_NAME = ".pipeline.lock"
LOCK_WAIT_SECONDS = 5.0  # a second run waits this long for the first before giving up
POLL_SECONDS = 0.2


class FolderBusy(RuntimeError):
    """Another run holds the folder."""


def _holder(fd: int) -> str:
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        return os.read(fd, 64).decode("ascii", "replace").strip() or "unknown"
    except OSError:
        return "unknown"


@contextmanager
def folder_lock(folder: str | Path, wait: float = LOCK_WAIT_SECONDS, what: str = "folder"):
    """Hold `folder` exclusively; raise FolderBusy naming the holder's pid after `wait` seconds."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    fd = os.open(folder / LOCK_NAME, os.O_RDWR | os.O_CREAT, 0o666)
    try:
        deadline = time.monotonic() + max(wait, 0)
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise FolderBusy(
                        f"{what} {folder} is in use by another run (pid {_holder(fd)}); wait for it to finish "
                        "or pass another folder"
                    ) from None
                time.sleep(POLL_SECONDS)
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        yield
    finally:
        os.close(fd)  # releases the flock


@contextmanager
def folder_locks(named: dict[str, str | Path], wait: float = LOCK_WAIT_SECONDS):
    """Locks on several folders (each once, in a fixed order so two runs cannot deadlock)."""
    seen: dict[Path, str] = {}
    for what, folder in named.items():
        seen.setdefault(Path(folder).resolve(), what)
    with ExitStack() as stack:
        for folder in sorted(seen):
            stack.enter_context(folder_lock(folder, wait, seen[folder]))
        yield
