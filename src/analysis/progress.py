"""Progress bars for long stages, off for small inputs so notebook outputs stay deterministic.

A bar belongs on the terminal of whoever runs the study, not in the report: papermill records
a kernel's stderr into the notebook (and so into the HTML). When the pipeline runs notebooks it
sets PROGRESS_ENV to a file; bars in the kernel write there and `ProgressRelay` copies the file
to the pipeline's terminal as it grows. In JupyterLab (no PROGRESS_ENV) bars go to stderr as usual.
"""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
import threading
from collections import deque
from typing import IO, Callable, Iterable, Iterator, TypeVar

T = TypeVar("T")
MIN_ITEMS_FOR_BAR = 200
PROGRESS_ENV = "ANALYSIS_PROGRESS_FILE"
STAGE_ENV = "ANALYSIS_PROGRESS_STAGE"  # prefix of each bar's label: the notebook that runs it
RELAY_INTERVAL = 0.2  # seconds between copies of new progress text to the terminal
# A chunk of HTML pages takes minutes (a 200-page chunk at 4.6 pages/s): the bar moved only when
# one finished, so it sat still on a stale rate and looked hung. While work goes on the bar is
# redrawn every HEARTBEAT_SECONDS (elapsed time moving), its rate and ETA over the last
# RATE_WINDOW_SECONDS (a fast start of plain text no longer promises the rest at that speed).
HEARTBEAT_SECONDS = 5.0
RATE_WINDOW_SECONDS = 120.0

_streams: dict[str, IO[str]] = {}


def bar_stream() -> IO[str]:
    """Where bars write: the pipeline's progress file when it set one, else stderr."""
    path = os.environ.get(PROGRESS_ENV)
    if not path:
        return sys.stderr
    if path not in _streams:
        _streams[path] = open(path, "a", buffering=1, encoding="utf-8")  # noqa: SIM115 (kept for the process)
    return _streams[path]


def bar_label(desc: str) -> str:
    stage = os.environ.get(STAGE_ENV, "")
    return f"{stage}: {desc}" if stage else desc


def say(line: str) -> None:
    """A line for whoever runs the study, on the pipeline's terminal (through the progress file,
    labelled with the stage) while a notebook runs; nothing in JupyterLab, where the caller's
    warning shows in the notebook. Work that stalls a stage says so when it ends, not only in
    the report (QA7 10: an article over its toll budget held notebook 02 for 120 s silently)."""
    if os.environ.get(PROGRESS_ENV):
        stream = bar_stream()
        stream.write(f"\n{bar_label(line)}\n")
        stream.flush()


def progress_bar(items: Iterable[T], desc: str, total: int | None = None, enabled: bool | None = None,
                 size: Callable[[T], int] | None = None) -> Iterator[T]:
    """Wrap items in a tqdm bar with counts and rate. enabled=None shows it only for long work
    (a known total of at least MIN_ITEMS_FOR_BAR), so a five-article run prints nothing.
    `size` counts the articles in an item (len of a chunk); each item counts one without it."""
    if total is None and hasattr(items, "__len__"):
        total = len(items)  # type: ignore[arg-type]
    if enabled is None:
        enabled = total is not None and total >= MIN_ITEMS_FOR_BAR
    if not enabled:
        return iter(items)
    from tqdm.std import tqdm  # plain text bar: works in notebooks without ipywidgets

    if size is None:
        return iter(tqdm(items, desc=bar_label(desc), total=total, unit="article", mininterval=1.0, file=bar_stream()))
    bar = _recent_rate_bar(tqdm)(desc=bar_label(desc), total=total, unit="article", mininterval=1.0, file=bar_stream())
    return _counted(bar, items, size)


def _recent_rate_bar(tqdm):
    """A tqdm whose rate (and so ETA) counts the articles done in the last RATE_WINDOW_SECONDS:
    it falls while a slow chunk is worked on, where tqdm's own stays at its last value."""

    class RecentRate(tqdm):
        @property
        def format_dict(self):
            d = super().format_dict
            if not hasattr(self, "start_t"):  # tqdm draws once before it starts the clock
                return d
            now = self._time()
            seen = self.__dict__.setdefault("_seen", deque([(self.start_t, 0)]))  # (time, count) drawn
            seen.append((now, self.n))
            while len(seen) > 1 and now - seen[1][0] >= RATE_WINDOW_SECONDS:
                seen.popleft()
            t0, n0 = seen[0]
            d["rate"] = (self.n - n0) / (now - t0) if now > t0 else None
            return d

    return RecentRate


def _counted(bar, items: Iterable[T], size: Callable[[T], int]) -> Iterator[T]:
    """Items, the bar advanced by size(item) once the consumer is done with each, and redrawn
    every HEARTBEAT_SECONDS in between (tqdm redraws only on an update)."""
    lock, done = threading.Lock(), threading.Event()

    def beat() -> None:
        while not done.wait(HEARTBEAT_SECONDS):
            with lock:
                bar.refresh()

    beater = threading.Thread(target=beat, name="progress-heartbeat", daemon=True)
    beater.start()
    try:
        with bar:
            for item in items:
                yield item
                with lock:
                    bar.update(size(item))
    finally:
        done.set()
        beater.join(timeout=HEARTBEAT_SECONDS)


# The relay's file in the folder a run writes (its reports folder): hidden, so the run's record
# of what it wrote skips it, and one name, so a run killed before stop() (SIGKILL leaves no
# chance to clean up) leaves one file that the folder's next run takes over and removes, where a
# fresh temporary name per run left one more file in /tmp per killed run.
RELAY_FILE = ".progress.log"


class ProgressRelay:
    """While started, kernels launched by this process write their bars to a file that a
    thread copies to `out` (stderr) as it grows: RELAY_FILE in `folder` (a folder only one run
    uses at a time, e.g. under dirlock's lock), else a new temporary file. Also a context manager."""

    def __init__(self, out: IO[str] | None = None, folder: str | os.PathLike | None = None):
        self.out = out or sys.stderr
        self.folder = folder
        self.path = ""
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._saved: dict[str, str | None] = {}

    def start(self) -> "ProgressRelay":
        if self.folder is None:
            fd, self.path = tempfile.mkstemp(prefix="analysis-progress-", suffix=".log")
            os.close(fd)
        else:
            self.path = os.path.join(self.folder, RELAY_FILE)
            open(self.path, "w").close()  # empty: a killed run's bars are not relayed again
        self._saved = {k: os.environ.get(k) for k in (PROGRESS_ENV, STAGE_ENV)}
        os.environ[PROGRESS_ENV] = self.path
        self._thread = threading.Thread(target=self._loop, name="progress-relay", daemon=True)
        self._thread.start()
        return self

    def stage(self, name: str) -> None:
        """Label the bars of kernels started from now on."""
        os.environ[STAGE_ENV] = name

    def _copy(self, f) -> None:
        chunk = f.read()
        if chunk:
            self.out.write(chunk)
            self.out.flush()

    def _loop(self) -> None:
        with open(self.path, encoding="utf-8", errors="replace") as f:
            while not self._stop.wait(RELAY_INTERVAL):
                self._copy(f)
            self._copy(f)

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=5)
        for k, v in self._saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
        with contextlib.suppress(OSError):
            os.unlink(self.path)

    def __enter__(self) -> "ProgressRelay":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()
