"""Run a per-article function over a corpus, on this machine (pandas) or on Dask; knows no stage.

A researcher's corpus may be hundreds of thousands of articles: the same notebooks must run
on it without holding it all in memory, and move to a cluster when one machine is slow. The
stage modules (clean, tolls, tone) stay per-article; this module only cuts the input into
chunks, runs a function on each chunk (here or on Dask workers), and puts the results back
in input order, so both engines give the same tables. Large outputs go to partitioned
Parquet (tables.write_partitioned), so memory is bounded by a few chunks, not the corpus.

    with open_engine("dask", n_workers=2) as eng:          # or "pandas", or scheduler="tcp://..."
        articles, removed, problems = articles.build_articles(raw_dir, engine=eng)
        death_tolls = map_partitions(tolls.build_death_tolls, articles, engine=eng,
                                     columns=tolls.TOLL_COLUMNS)

Dask ships functions and chunks to workers with its own serialisation (cloudpickle); nothing
is ever unpickled from a file.
"""

from __future__ import annotations

import functools
import gc
import logging
import multiprocessing
import os
import sys
import threading
import types
import warnings
from collections import deque
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

import pandas as pd

from .progress import progress_bar
from .tables import BATCH_ROWS, iter_batches, read_partitioned, table_rows, write_partitioned
from .words import counted

__all__ = [
    "ENGINES", "DEFAULT_CHUNK", "default_workers", "Engine", "EngineError", "open_engine", "chunked",
    "map_records", "map_articles", "map_partitions", "map_partitions_pair", "thread_map",
]

ENGINES = ("pandas", "dask")
DEFAULT_CHUNK = BATCH_ROWS  # articles per task: the batch size tables reads in (one value, one reason)
# The pandas engine runs a large input on this process and n_workers - 1 worker processes: the
# stages are pure Python, so a second core is the one way to halve a 10,000-article run. Each
# worker holds its own imports and models (110-220 MiB), so the default stops at two processes
# (a 10,000-article run stays under 1.5 GiB) and never exceeds the cores there are.
MAX_DEFAULT_WORKERS = 2


def default_workers() -> int:
    """The worker count when a caller gives none: MAX_DEFAULT_WORKERS, or fewer where this
    process has fewer cores. Read at each call, not at import: a kernel or a worker process
    started under another CPU limit (taskset, a container's cpuset, a test) gets its own figure."""
    return max(1, min(MAX_DEFAULT_WORKERS, _usable_cores()))


def _usable_cores() -> int:
    """The cores this process may run on (a taskset or cpuset limits them), else the machine's."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except (AttributeError, OSError):  # not on Linux
        return os.cpu_count() or 1


# Inputs of fewer chunks run in this process alone: a worker takes seconds to start (imports).
MIN_CHUNKS_FOR_WORKERS = 3
# Chunks this process may finish ahead of the oldest chunk still on a worker (a slow or late
# worker then costs memory for their results, not idle time here).
MAX_CHUNKS_AHEAD = 8
# Articles per task when map_records' input is large enough to share with workers: the bar moves
# when a task is done, and 200 at a time (a chunk) sat still for 40 s on scraped HTML and looked
# hung on a 2,000-article run. Results are still grouped in chunk_size for writing; smaller tasks
# only cost their pickling round trips (measured: docs/accuracy.md, Speed end to end).
PROGRESS_TASK = 25


class EngineError(ValueError):
    """A bad engine name or scheduler address."""


# ---------------------------------------------------------------- engines

class Engine:
    """Maps a function over chunks and yields the results in input order.

    'pandas' runs each chunk here, and when the input has MIN_CHUNKS_FOR_WORKERS chunks or
    more, also on n_workers - 1 worker processes started for that call (see local_map);
    'dask' submits chunks to a dask.distributed cluster (a LocalCluster started for this
    engine, or an existing one at `scheduler`). Either keeps only a few chunks in flight so
    memory does not grow with the corpus, and both give the same results in the same order.
    """

    def __init__(self, name: str = "pandas", scheduler: str | None = None, n_workers: int | None = None,
                 processes: bool = True, client: Any = None):
        if name not in ENGINES:
            raise EngineError(f"unknown engine {name!r}: use one of {', '.join(ENGINES)}")
        if scheduler and name != "dask":
            raise EngineError("a scheduler address only makes sense with engine='dask'")
        self.name = name
        n_workers = default_workers() if n_workers is None else n_workers
        self.local_workers = max(1, n_workers) if name == "pandas" else 1
        self.client = client
        self._cluster = None
        self._own_client = False
        if name == "dask" and client is None:
            self.client, self._cluster = _start_dask(scheduler, n_workers, processes)
            self._own_client = True

    @property
    def n_workers(self) -> int:
        if self.client is None:
            return 1
        return max(1, sum(self.client.nthreads().values()))

    def map_chunks(self, fn: Callable[[list], Any], chunks: Iterable[list], per_chunk: int = 1) -> Iterator[Any]:
        """fn(chunk) for every chunk, in order. per_chunk: how many of these chunks make one
        chunk's worth of work (map_records' PROGRESS_TASK steps), so as much work is in flight."""
        if self.client is None:
            yield from local_map(fn, chunks, self.local_workers, per_chunk)
            return
        window: deque = deque()
        limit = (2 * self.n_workers + 1) * per_chunk
        try:
            for chunk in chunks:
                window.append(self.client.submit(fn, chunk, pure=False))
                if len(window) >= limit:
                    yield window.popleft().result()
            while window:
                yield window.popleft().result()
        finally:
            for fut in window:  # an error or an abandoned generator: stop the rest
                fut.cancel()

    def close(self) -> None:
        if self._own_client and self.client is not None:
            self.client.close()
            if self._cluster is not None:
                self._cluster.close()
        self.client = self._cluster = None

    def __enter__(self) -> "Engine":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def __repr__(self) -> str:
        where = "" if self.client is None else f", {counted(self.n_workers, 'worker threads')} at {self.client.scheduler.address}"
        return f"Engine({self.name!r}{where})"


def _recording_warnings(fn: Callable[[list], Any], chunk: list) -> tuple[Any, list]:
    """fn(chunk) in a worker process, with the warnings it raised (an article over its time
    budget, a rejected toll) returned to be raised again where the notebook shows them."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        result = fn(chunk)
    return result, [(str(w.message), w.category, w.filename, w.lineno) for w in caught]


def _reraise(warned: list) -> None:
    for message, category, filename, lineno in warned:
        warnings.warn_explicit(message, category, filename, lineno)


def local_map(fn: Callable[[list], Any], chunks: Iterable[list], n_workers: int | None = None,
              per_chunk: int = 1) -> Iterator[Any]:
    """fn(chunk) for every chunk, in order, on this process and n_workers - 1 worker processes.

    Fewer than MIN_CHUNKS_FOR_WORKERS chunks (or n_workers 1) run here alone. Otherwise the
    workers (spawned: a Jupyter kernel's threads make fork unsafe) take chunks while this
    process works on others, so every core computes and no chunk waits for a worker to start;
    results are yielded in input order, so the tables are the ones one process would give.
    Worker chunks run within the same per-article time budget (signals work on a worker's main
    thread) and their warnings are raised again here. per_chunk smaller chunks count as one
    (in flight and ahead): map_records' 25-article tasks would otherwise queue 50 articles on
    a worker instead of 400, so it could sit idle while this process is on a slow article."""
    n_workers = default_workers() if n_workers is None else n_workers
    chunks = iter(chunks)
    head = []
    for chunk in chunks:
        head.append(chunk)
        if len(head) >= MIN_CHUNKS_FOR_WORKERS:
            break
    if n_workers < 2 or len(head) < MIN_CHUNKS_FOR_WORKERS or not _picklable(fn):
        for chunk in _chained(head, chunks):
            yield fn(chunk)
        return
    from concurrent.futures import ProcessPoolExecutor

    remote = functools.partial(_recording_warnings, fn)
    pending: deque = deque()  # in input order: ("done", result) or ("future", Future)
    in_flight = 2 * (n_workers - 1) * per_chunk  # a chunk queued behind each busy worker: none sits idle
    ahead = MAX_CHUNKS_AHEAD * per_chunk
    with ProcessPoolExecutor(n_workers - 1, mp_context=multiprocessing.get_context("spawn")) as pool:
        try:
            for chunk in _chained(head, chunks):
                if sum(kind == "future" and not item.done() for kind, item in pending) < in_flight:
                    with _main_hidden():  # a worker starts on the first submit
                        pending.append(("future", pool.submit(remote, chunk)))
                else:
                    pending.append(("done", fn(chunk)))
                while pending and (pending[0][0] == "done" or pending[0][1].done() or len(pending) > ahead):
                    yield _result(pending.popleft())
            while pending:
                yield _result(pending.popleft())
        finally:
            for kind, item in pending:  # an error or an abandoned generator: stop the rest
                if kind == "future":
                    item.cancel()


def thread_map(fn: Callable[[Any], Any], items: Iterable, n_threads: int | None = None) -> list:
    """[fn(item) for item in items] on up to n_threads threads of this process (default_workers()).

    For work whose time is spent in code that releases the GIL (numpy's shuffles and reductions:
    notebook 03's permutation tests), where a worker process would cost its start and a copy of
    the input. fn must use nothing another call changes (its own generator, its own arrays); the
    results are returned in input order, so they are the ones the loop gives."""
    items = list(items)
    n_threads = default_workers() if n_threads is None else n_threads
    if n_threads < 2 or len(items) < 2:
        return [fn(item) for item in items]
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(min(n_threads, len(items))) as pool:
        return list(pool.map(fn, items))


def _picklable(fn: Callable) -> bool:
    """Whether a worker process can run fn: the executor can serialise it (as it will, for the
    pipe to its own worker; nothing is ever read from a file), by reference to importable
    modules only (a lambda, or a function defined in a notebook or script, runs here)."""
    from multiprocessing.reduction import ForkingPickler

    try:
        return b"__main__" not in bytes(ForkingPickler.dumps(fn))
    except Exception:
        return False


@contextmanager
def _main_hidden():
    """A spawned worker re-runs the parent's __main__ (a script, or the kernel launcher) before
    its first task; it needs only analysis.*, so it is started while __main__ is an empty
    module, and a script without an `if __name__ == "__main__"` guard is never run twice."""
    main = sys.modules["__main__"]
    sys.modules["__main__"] = types.ModuleType("__main__")
    try:
        yield
    finally:
        sys.modules["__main__"] = main


def _chained(head: list, rest: Iterator) -> Iterator:
    yield from head
    yield from rest


def _result(entry: tuple) -> Any:
    kind, item = entry
    if kind == "done":
        return item
    result, warned = item.result()
    _reraise(warned)
    return result


def _start_dask(scheduler: str | None, n_workers: int, processes: bool):
    """A client for an existing scheduler, or a LocalCluster of single-threaded workers
    (the stages are pure Python, so threads would share one GIL)."""
    from dask.distributed import Client, LocalCluster

    if scheduler:
        try:
            return Client(scheduler, timeout="20s"), None
        except OSError as exc:
            raise EngineError(f"cannot reach the Dask scheduler at {scheduler!r}: {exc}") from exc
    cluster = LocalCluster(
        n_workers=n_workers, threads_per_worker=1, processes=processes,
        dashboard_address=None, silence_logs=logging.ERROR,
    )
    return Client(cluster), cluster


def open_engine(engine: str | Engine = "pandas", scheduler: str | None = None, n_workers: int | None = None,
                processes: bool = True) -> Engine:
    """An Engine to reuse across stages (one cluster start per notebook); close it, or use `with`."""
    if isinstance(engine, Engine):
        return engine
    return Engine(engine, scheduler=scheduler or None, n_workers=n_workers, processes=processes)


@contextmanager
def _using(engine: str | Engine, scheduler: str | None, n_workers: int | None):
    """The caller's engine, or one opened (and closed) for this call."""
    if isinstance(engine, Engine):
        yield engine
        return
    eng = open_engine(engine, scheduler, n_workers)
    try:
        yield eng
    finally:
        eng.close()


def chunked(items: Iterable, size: int) -> Iterator[list]:
    """Lists of up to size items, without reading ahead further than one chunk."""
    if size < 1:
        raise ValueError("chunk_size must be at least 1")
    chunk: list = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


# The per-article stages allocate millions of short-lived lists (feature rows, tokens, sentence
# rows) and keep few of them. At CPython's default first-generation threshold (700) the cycle
# collector ran about 900 times per 1,000 articles, and its full passes walked the kernel's whole
# heap: 8-10% of cleaning's CPU. During a chunk it runs at most every this many allocations;
# cycles are still collected (memory stays bounded) and no result depends on when.
GC_FIRST_THRESHOLD = 10_000


class _FewerCollections:
    """The cycle collector's first threshold raised to GC_FIRST_THRESHOLD while any block runs,
    the caller's threshold restored when the last one ends, also when it raises. The threshold is
    process-wide: under threaded Dask, chunks overlap, and each saving and restoring its own
    'before' left it raised for good (the second chunk saved the first's raised value and put
    it back last). So one count, under a lock, for the whole process."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._depth = 0
        self._before: tuple[int, ...] = ()

    @contextmanager
    def __call__(self) -> Iterator[None]:
        with self._lock:
            if self._depth == 0:
                self._before = gc.get_threshold()
                gc.set_threshold(max(self._before[0], GC_FIRST_THRESHOLD), *self._before[1:])
            self._depth += 1
        try:
            yield
        finally:
            with self._lock:
                self._depth -= 1
                if self._depth == 0:
                    gc.set_threshold(*self._before)


_fewer_collections = _FewerCollections()  # the one home: every per-article block goes through it


def _apply_each(fn: Callable, chunk: list) -> list:
    with _fewer_collections():
        return [fn(item) for item in chunk]


def map_records(fn: Callable[[Any], Any], items: Iterable, engine: str | Engine = "pandas",
                scheduler: str | None = None, n_workers: int | None = None, chunk_size: int = DEFAULT_CHUNK,
                progress: bool | None = None, total: int | None = None, desc: str = "map") -> Iterator[Any]:
    """fn(item) for every item, in input order, computed chunk by chunk on the engine.
    A generator: consume it to run the work (list(...) for a list). The bar advances by a
    chunk's articles when the chunk is done: counted one by one, its first article showed
    after the whole first chunk had been computed, and the rate then read as one article
    in a chunk's time (a 711-page run's first estimate was 21 hours). An input of `total`
    large enough for workers goes in tasks of PROGRESS_TASK, so the bar moves in those."""
    task = chunk_size
    if total is not None and total >= MIN_CHUNKS_FOR_WORKERS * chunk_size:  # shared with workers as it was: finer steps
        task = min(chunk_size, PROGRESS_TASK)
    with _using(engine, scheduler, n_workers) as eng:
        per_chunk = max(1, chunk_size // max(task, 1))  # as many articles in flight as in chunks of chunk_size
        results = eng.map_chunks(functools.partial(_apply_each, fn), chunked(items, task), per_chunk=per_chunk)
        yield from _flatten(progress_bar(results, desc=desc, total=total, enabled=progress, size=len))


def _flatten(chunks: Iterable[list]) -> Iterator:
    for chunk in chunks:
        yield from chunk


# ---------------------------------------------------------------- per-article stages

def _none_for_missing(df: pd.DataFrame) -> list[dict]:
    """Rows as dicts with None (not NaN) for missing values, as the stage functions expect."""
    return df.astype(object).where(df.notna(), None).to_dict("records")


def _rows_chunk(fn: Callable[[dict], Iterable[dict]], df: pd.DataFrame) -> list[dict]:
    out: list[dict] = []
    for row in _none_for_missing(df):
        out.extend(fn(row) or [])
    return out


def _frame_chunk(fn: Callable[[pd.DataFrame], pd.DataFrame], df: pd.DataFrame) -> pd.DataFrame:
    with _fewer_collections():
        return fn(df)


def _collect(frames: Iterable[pd.DataFrame], columns: list[str] | None, out_dir: str | Path | None):
    if out_dir is not None:
        return write_partitioned(frames, out_dir, columns)
    frames = list(frames)
    if not frames:
        return pd.DataFrame(columns=columns or [])
    result = pd.concat([f for f in frames if not f.empty] or frames[:1], ignore_index=True)
    return result.reindex(columns=columns) if columns is not None else result


def map_articles(fn: Callable[[dict], Iterable[dict]], articles: pd.DataFrame | str | Path,
                 engine: str | Engine = "pandas", scheduler: str | None = None, n_workers: int | None = None,
                 columns: list[str] | None = None, out_dir: str | Path | None = None,
                 chunk_size: int = DEFAULT_CHUNK, progress: bool | None = None, desc: str = "articles",
                 input_columns: list[str] | None = None):
    """Rows fn(article) returns for each article (a dict of the article's columns, None for
    missing), concatenated in article order. articles is a DataFrame or a (partitioned)
    Parquet path; returns a DataFrame, or writes out_dir as partitioned Parquet and returns it."""
    return map_partitions(
        functools.partial(_rows_to_frame, fn, columns), articles, engine, scheduler, n_workers,
        columns, out_dir, chunk_size, progress, desc, input_columns,
    )


def _rows_to_frame(fn, columns, df: pd.DataFrame) -> pd.DataFrame:
    return pd.DataFrame(_rows_chunk(fn, df), columns=columns)


def map_partitions(fn: Callable[[pd.DataFrame], pd.DataFrame], articles: pd.DataFrame | str | Path,
                   engine: str | Engine = "pandas", scheduler: str | None = None, n_workers: int | None = None,
                   columns: list[str] | None = None, out_dir: str | Path | None = None,
                   chunk_size: int = DEFAULT_CHUNK, progress: bool | None = None, desc: str = "articles",
                   input_columns: list[str] | None = None):
    """fn(chunk of articles) -> DataFrame over every chunk, concatenated in order. fn must
    treat each article on its own (chunk boundaries are arbitrary). Returns a DataFrame, or
    writes out_dir as partitioned Parquet and returns its path."""
    with _using(engine, scheduler, n_workers) as eng:
        return _collect(_chunk_results(fn, articles, eng, chunk_size, progress, desc, input_columns), columns, out_dir)


def map_partitions_pair(fn: Callable[[pd.DataFrame], tuple[pd.DataFrame, pd.DataFrame]],
                        articles: pd.DataFrame | str | Path, engine: str | Engine = "pandas",
                        scheduler: str | None = None, n_workers: int | None = None,
                        columns: tuple[list[str] | None, list[str] | None] = (None, None),
                        chunk_size: int = DEFAULT_CHUNK, progress: bool | None = None, desc: str = "articles",
                        input_columns: list[str] | None = None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """map_partitions for an fn that gives two tables per chunk, a stage's rows and a table
    beside them (the articles it skipped): each concatenated in order, with its `columns`."""
    sides: list[pd.DataFrame] = []

    def firsts(pairs):
        for first, side in pairs:
            sides.append(side)
            yield first

    with _using(engine, scheduler, n_workers) as eng:
        first = _collect(firsts(_chunk_results(fn, articles, eng, chunk_size, progress, desc, input_columns)),
                         columns[0], None)
    return first, _collect(sides, columns[1], None)


def _chunk_results(fn, articles, eng: Engine, chunk_size: int, progress: bool | None, desc: str,
                   input_columns: list[str] | None) -> Iterator:
    """fn(chunk) for every chunk of articles on the engine, in order, behind the progress bar."""
    total = table_rows(articles)
    batches = _or_empty(iter_batches(articles, chunk_size, input_columns), articles, input_columns)
    sizes: deque = deque()  # articles of each chunk handed to the engine, in input order
    results = eng.map_chunks(functools.partial(_frame_chunk, fn), _sized(batches, sizes))
    # articles counted when their chunk's result comes back (results come in input order):
    # counted as handed over, a small input showed 100% before any work was done
    return progress_bar(results, desc=desc, total=total, enabled=progress, size=lambda _: sizes.popleft())


def _sized(batches: Iterable[pd.DataFrame], sizes: deque) -> Iterator[pd.DataFrame]:
    for batch in batches:
        sizes.append(len(batch))
        yield batch


def _or_empty(batches: Iterable[pd.DataFrame], table, columns: list[str] | None) -> Iterator[pd.DataFrame]:
    """The batches, or one empty batch with the table's columns when it has no rows, so fn
    still gives its result's columns (an empty raw folder must not end in a KeyError)."""
    empty = True
    for batch in batches:
        empty = False
        yield batch
    if empty:
        frame = table if isinstance(table, pd.DataFrame) else read_partitioned(table)
        frame = frame.iloc[:0] if columns is None else frame.iloc[:0][columns]
        yield frame.reset_index(drop=True)
