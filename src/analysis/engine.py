"""Run the per-article functions over a corpus, in-process (pandas) or on Dask.

A researcher's corpus may be hundreds of thousands of articles: the same notebooks must run
on it without holding it all in memory, and move to a cluster when one machine is slow. The
stage modules (clean, tolls, tone) stay per-article; this module only cuts the input into
chunks, runs a function on each chunk (here or on Dask workers), and puts the results back
in input order, so both engines give the same tables. Large outputs go to partitioned
Parquet (a directory of part-NNNNN.parquet files that pandas.read_parquet and
dask.dataframe.read_parquet both read), so memory is bounded by a few chunks, not the corpus.

    with open_engine("dask", n_workers=2) as eng:          # or "pandas", or scheduler="tcp://..."
        articles, removed, problems = build_article_tables(raw_dir, engine=eng)
        death_tolls = map_partitions(tolls.build_death_tolls, articles, engine=eng,
                                     columns=tolls.TOLL_COLUMNS)

Dask ships functions and chunks to workers with its own serialisation (cloudpickle); nothing
is ever unpickled from a file.
"""

from __future__ import annotations

import functools
import logging
import os
import shutil
import tempfile
from collections import deque
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

import pandas as pd

from . import dates
from .clean import SPAN_COLUMNS
from .progress import progress_bar
from .tables import _umask

ENGINES = ("pandas", "dask")
DEFAULT_CHUNK = 200  # articles per task: big enough to hide Dask's per-task cost, small for memory
PART_GLOB = "part-*.parquet"
DATE_COLUMNS = ("published", "date_low", "date_high")
ARTICLES_DIR = "articles.parquet"  # a directory of parts; the name keeps suffix-based readers working
REMOVED_DIR = "removed_lines.parquet"


class EngineError(ValueError):
    """A bad engine name or scheduler address."""


# ---------------------------------------------------------------- engines

class Engine:
    """Maps a function over chunks and yields the results in input order.

    'pandas' runs each chunk here; 'dask' submits chunks to a dask.distributed cluster (a
    LocalCluster started for this engine, or an existing one at `scheduler`), keeping only
    a few chunks in flight so memory does not grow with the corpus.
    """

    def __init__(self, name: str = "pandas", scheduler: str | None = None, n_workers: int = 2,
                 processes: bool = True, client: Any = None):
        if name not in ENGINES:
            raise EngineError(f"unknown engine {name!r}: use one of {', '.join(ENGINES)}")
        if scheduler and name != "dask":
            raise EngineError("a scheduler address only makes sense with engine='dask'")
        self.name = name
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

    def map_chunks(self, fn: Callable[[list], Any], chunks: Iterable[list]) -> Iterator[Any]:
        """fn(chunk) for every chunk, in order."""
        if self.client is None:
            for chunk in chunks:
                yield fn(chunk)
            return
        window: deque = deque()
        limit = 2 * self.n_workers + 1
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
        where = "" if self.client is None else f", {self.n_workers} worker thread(s) at {self.client.scheduler.address}"
        return f"Engine({self.name!r}{where})"


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


def open_engine(engine: str | Engine = "pandas", scheduler: str | None = None, n_workers: int = 2,
                processes: bool = True) -> Engine:
    """An Engine to reuse across stages (one cluster start per notebook); close it, or use `with`."""
    if isinstance(engine, Engine):
        return engine
    return Engine(engine, scheduler=scheduler or None, n_workers=n_workers, processes=processes)


@contextmanager
def _using(engine: str | Engine, scheduler: str | None, n_workers: int):
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


def _apply_each(fn: Callable, chunk: list) -> list:
    return [fn(item) for item in chunk]


def map_records(fn: Callable[[Any], Any], items: Iterable, engine: str | Engine = "pandas",
                scheduler: str | None = None, n_workers: int = 2, chunk_size: int = DEFAULT_CHUNK,
                progress: bool | None = None, total: int | None = None, desc: str = "map") -> Iterator[Any]:
    """fn(item) for every item, in input order, computed chunk by chunk on the engine.
    A generator: consume it to run the work (list(...) for a list)."""
    with _using(engine, scheduler, n_workers) as eng:
        results = _flatten(eng.map_chunks(functools.partial(_apply_each, fn), chunked(items, chunk_size)))
        yield from progress_bar(results, desc=desc, total=total, enabled=progress)


def _flatten(chunks: Iterable[list]) -> Iterator:
    for chunk in chunks:
        yield from chunk


# ---------------------------------------------------------------- partitioned parquet

def _arrow_schema(df: pd.DataFrame):
    """The schema every part of a table is written with, so readers see one type per column
    even when a first chunk happens to have a column that is all missing."""
    import pyarrow as pa

    fields = []
    inferred = pa.Schema.from_pandas(df, preserve_index=False)
    for name in df.columns:
        if name in DATE_COLUMNS:
            typ = pa.date32()
        else:
            typ = inferred.field(name).type
            if pa.types.is_null(typ) or pa.types.is_large_string(typ):
                typ = pa.string()
        fields.append(pa.field(name, typ))
    return pa.schema(fields)


class PartitionedWriter:
    """Writes a table as part-NNNNN.parquet files into a temporary directory that replaces
    `out_dir` only when `commit()` is called, so a failed run never leaves half a table."""

    def __init__(self, out_dir: str | Path, columns: list[str] | None = None):
        self.out_dir = Path(out_dir)
        self.out_dir.parent.mkdir(parents=True, exist_ok=True)
        self.tmp = Path(tempfile.mkdtemp(dir=self.out_dir.parent, prefix=f".{self.out_dir.name}.", suffix=".tmp"))
        self.columns = columns
        self.schema = None
        self.n_parts = 0
        self.n_rows = 0

    def write(self, df: pd.DataFrame) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        if self.columns is not None:
            df = df.reindex(columns=self.columns)
        if self.schema is None:
            self.schema = _arrow_schema(df)
            if self.columns is None:
                self.columns = list(df.columns)
        if df.empty and self.n_parts:
            return
        table = pa.Table.from_pandas(df, schema=self.schema, preserve_index=False)
        pq.write_table(table, self.tmp / f"part-{self.n_parts:05d}.parquet")
        self.n_parts += 1
        self.n_rows += len(df)

    def commit(self) -> Path:
        if self.n_parts == 0:  # readers still need the columns
            self.write(pd.DataFrame(columns=self.columns or []))
        os.chmod(self.tmp, 0o777 & ~_umask())  # mkdtemp makes 0700 directories
        old = None
        if self.out_dir.exists():
            old = self.out_dir.with_name(f".{self.out_dir.name}.old-{os.getpid()}")
            os.replace(self.out_dir, old)
        os.replace(self.tmp, self.out_dir)
        if old is not None:
            shutil.rmtree(old) if old.is_dir() else old.unlink()
        return self.out_dir

    def abort(self) -> None:
        shutil.rmtree(self.tmp, ignore_errors=True)


def write_partitioned(frames: Iterable[pd.DataFrame], out_dir: str | Path, columns: list[str] | None = None) -> Path:
    """Write frames in order as one partitioned table at out_dir (replacing it)."""
    writer = PartitionedWriter(out_dir, columns)
    try:
        for df in frames:
            writer.write(df)
        return writer.commit()
    except BaseException:
        writer.abort()
        raise


def part_files(path: str | Path) -> list[Path]:
    path = Path(path)
    return sorted(path.glob(PART_GLOB)) if path.is_dir() else [path]


def read_partitioned(path: str | Path, columns: list[str] | None = None) -> pd.DataFrame:
    """A partitioned table (or one .parquet file) in part order."""
    files = part_files(path)
    if not files or not files[0].exists():
        raise FileNotFoundError(f"{path}: no parquet table here; run notebook 01 (or `make report`) first")
    frames = [pd.read_parquet(f, columns=columns) for f in files]
    return pd.concat(frames, ignore_index=True) if len(frames) > 1 else frames[0]


def iter_batches(table: pd.DataFrame | str | Path, chunk_size: int = DEFAULT_CHUNK,
                 columns: list[str] | None = None) -> Iterator[pd.DataFrame]:
    """A DataFrame, a .parquet file or a partitioned directory as DataFrames of up to
    chunk_size rows, in order, reading only one batch at a time from disk."""
    if isinstance(table, pd.DataFrame):
        df = table if columns is None else table[columns]
        for start in range(0, len(df), chunk_size):
            yield df.iloc[start:start + chunk_size].reset_index(drop=True)
        return
    import pyarrow.parquet as pq

    for f in part_files(table):
        pf = pq.ParquetFile(f)
        for batch in pf.iter_batches(batch_size=chunk_size, columns=columns):
            yield _missing_as_none(batch.to_pandas())


def _missing_as_none(df: pd.DataFrame) -> pd.DataFrame:
    """Text columns read back from Parquet hold NaN for missing; the stage functions (and
    clean.build_articles' own tables) use None, so `row.body or ""` keeps working."""
    for col in df.columns:
        if pd.api.types.is_string_dtype(df[col].dtype) and df[col].dtype != object:
            df[col] = df[col].astype(object).where(df[col].notna(), None)
    return df


def table_rows(table: pd.DataFrame | str | Path) -> int:
    if isinstance(table, pd.DataFrame):
        return len(table)
    import pyarrow.parquet as pq

    return sum(pq.ParquetFile(f).metadata.num_rows for f in part_files(table))


# ---------------------------------------------------------------- articles

def _articles_frame(records: list[dict], columns: list[str]) -> pd.DataFrame:
    """Rows as clean.build_articles types them (dates as datetime.date)."""
    df = pd.DataFrame(records, columns=columns)
    for col in DATE_COLUMNS:
        if col in df.columns:
            df[col] = pd.to_datetime(df[col]).dt.date
    for col in SPAN_COLUMNS:
        if col in df.columns:
            df[col] = df[col].astype("Int64")
    return df


def _clean_chunk(docs: list, conflict_start: date) -> list[tuple[dict, list[dict]]]:
    from .clean import article_record

    return [article_record(doc, conflict_start) for doc in docs]


def count_inputs(raw_dir: str | Path) -> int:
    """About how many articles raw_dir holds (lines of corpus files, one per other file),
    for the progress bar's total; reads bytes, parses nothing."""
    from .ingest import CORPUS_SUFFIXES, list_inputs

    n = 0
    for path in list_inputs(Path(raw_dir)):
        if path.suffix.lower() not in CORPUS_SUFFIXES:
            n += 1
            continue
        lines = 0
        with open(path, "rb") as fh:
            for block in iter(functools.partial(fh.read, 1 << 20), b""):
                lines += block.count(b"\n")
        n += max(1, lines - (path.suffix.lower() == ".csv"))
    return n


def build_article_tables(raw_dir: str | Path, conflict_start: date = dates.CONFLICT_START,
                         engine: str | Engine = "pandas", scheduler: str | None = None, n_workers: int = 2,
                         out_dir: str | Path | None = None, chunk_size: int = DEFAULT_CHUNK,
                         progress: bool | None = None):
    """clean.article_record over every input in raw_dir, streamed chunk by chunk.

    Without out_dir: returns (articles, removed_lines, sidecar_problems) equal to
    clean.build_articles(raw_dir, conflict_start). With out_dir: writes the directories
    out_dir/articles.parquet/ and out_dir/removed_lines.parquet/ as partitioned Parquet in
    input order (file path, then record order; sort by article_id after reading for the
    in-memory order) and returns (articles_dir, removed_dir, sidecar_problems), holding no
    more than a few chunks in memory. pandas.read_parquet and tables.read_table read the
    directories like single files.
    """
    from .clean import ARTICLE_COLUMNS, REMOVED_COLUMNS
    from .ingest import iter_raw, read_sidecar

    _, problems = read_sidecar(Path(raw_dir))
    total = None if progress is False else count_inputs(raw_dir)
    with _using(engine, scheduler, n_workers) as eng:
        results = _flatten(eng.map_chunks(
            functools.partial(_clean_chunk, conflict_start=conflict_start), chunked(iter_raw(raw_dir), chunk_size)
        ))
        results = progress_bar(results, desc="clean", total=total, enabled=progress)
        if out_dir is None:
            records, removed = [], []
            for rec, rem in results:
                records.append(rec)
                removed.extend(rem)
            articles = _articles_frame(records, ARTICLE_COLUMNS)
            articles = articles.sort_values("article_id", kind="stable").reset_index(drop=True)
            return articles, pd.DataFrame(removed, columns=REMOVED_COLUMNS), problems
        out = Path(out_dir)
        art_w = PartitionedWriter(out / ARTICLES_DIR, ARTICLE_COLUMNS)
        rem_w = PartitionedWriter(out / REMOVED_DIR, REMOVED_COLUMNS)
        try:
            for chunk in chunked(results, chunk_size):
                art_w.write(_articles_frame([rec for rec, _ in chunk], ARTICLE_COLUMNS))
                rem_w.write(pd.DataFrame([r for _, rem in chunk for r in rem], columns=REMOVED_COLUMNS))
            return art_w.commit(), rem_w.commit(), problems
        except BaseException:
            art_w.abort()
            rem_w.abort()
            raise


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
                 engine: str | Engine = "pandas", scheduler: str | None = None, n_workers: int = 2,
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
                   engine: str | Engine = "pandas", scheduler: str | None = None, n_workers: int = 2,
                   columns: list[str] | None = None, out_dir: str | Path | None = None,
                   chunk_size: int = DEFAULT_CHUNK, progress: bool | None = None, desc: str = "articles",
                   input_columns: list[str] | None = None):
    """fn(chunk of articles) -> DataFrame over every chunk, concatenated in order. fn must
    treat each article on its own (chunk boundaries are arbitrary). Returns a DataFrame, or
    writes out_dir as partitioned Parquet and returns its path."""
    total = table_rows(articles)
    with _using(engine, scheduler, n_workers) as eng:
        batches = iter_batches(articles, chunk_size, input_columns)
        counted = _count_progress(batches, desc, total, progress)
        frames = eng.map_chunks(functools.partial(_frame_chunk, fn), counted)
        return _collect(frames, columns, out_dir)


def _count_progress(batches: Iterable[pd.DataFrame], desc: str, total: int, enabled: bool | None) -> Iterator[pd.DataFrame]:
    """A bar counting articles as their chunk is handed to the engine (at most a few chunks
    ahead of the finished work)."""
    if enabled is None:
        from .progress import MIN_ITEMS_FOR_BAR

        enabled = total >= MIN_ITEMS_FOR_BAR
    if not enabled:
        yield from batches
        return
    from tqdm.std import tqdm

    from .progress import bar_label, bar_stream

    with tqdm(desc=bar_label(desc), total=total, unit="article", mininterval=1.0, file=bar_stream()) as bar:
        for df in batches:
            yield df
            bar.update(len(df))
