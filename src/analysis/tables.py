"""Reading and writing processed tables: single files and partitioned Parquet.

Writes go to a temporary file (or directory) that is renamed into place, so a failed run
never leaves a half-written table for the next notebook to read. A large table is a
directory of part-NNNNN.parquet files that pandas.read_parquet and
dask.dataframe.read_parquet both read, so memory is bounded by a few chunks, not the corpus.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from pathlib import Path
from typing import Iterable, Iterator

import numpy as np
import pandas as pd

from .atomic import replaced_whole
from .words import Worded, agreeing
from .schema import DATE_COLUMNS, TOLL_COUNT_COLUMNS, UNKNOWN_OUTLET  # noqa: F401 (tables.UNKNOWN_OUTLET, tables.TOLL_COUNT_COLUMNS for notebooks)

__all__ = [
    "UNKNOWN_OUTLET", "write_table", "write_tables", "read_table", "status_kind", "status_accounting",
    "display_options", "PartitionedWriter", "write_partitioned", "read_partitioned", "part_files",
    "iter_batches", "table_rows",
]

PART_GLOB = "part-*.parquet"
# Articles per batch, read from disk and handed to an engine as one task (backend.DEFAULT_CHUNK):
# big enough to hide Dask's per-task cost, small enough that memory holds only a few batches.
BATCH_ROWS = 200


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


# A spreadsheet runs a cell that starts with one of these as a formula (=HYPERLINK(...) leaks
# data, +cmd|... runs a program), so text cells starting with them get a leading apostrophe,
# as spreadsheets themselves mark text (OWASP "CSV injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
NUMBER_RE = re.compile(r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?")


def spreadsheet_safe_cell(value):
    """The value, or "'" + value for text a spreadsheet would run as a formula. Numbers stay
    numbers, and text that is just a number ("-12", "+3.5") is left as it is."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS) and not NUMBER_RE.fullmatch(value):
        return "'" + value
    return value


def spreadsheet_safe(df: pd.DataFrame) -> pd.DataFrame:
    """df with every text cell made spreadsheet-safe (a copy only when something changes)."""
    out = df
    for col in df.columns:
        values = df[col]
        if values.dtype == object:  # anything may be in it: each cell looked at
            safe = values.map(spreadsheet_safe_cell, na_action="ignore")
        elif pd.api.types.is_string_dtype(values.dtype):  # text only: one vectorised test first
            risky = values.str.startswith(FORMULA_STARTS).fillna(False).astype(bool)
            if not risky.any():
                continue
            safe = values.where(~risky, values[risky].map(spreadsheet_safe_cell))
        else:
            continue
        if not safe.equals(values):
            out = out.copy() if out is df else out
            out[col] = safe
    return out


def write_table(df: pd.DataFrame, path: str | Path) -> Path:
    """Write df as .parquet or .csv (by suffix) atomically; returns the path. This is the one
    CSV writer: its text cells are made spreadsheet-safe (see FORMULA_STARTS)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with replaced_whole(path) as tmp:
        if path.suffix == ".parquet":
            df.to_parquet(tmp, index=False)
        elif path.suffix == ".csv":
            spreadsheet_safe(df).to_csv(tmp, index=False, lineterminator="\n")
        else:
            raise ValueError(f"unsupported table format {path.suffix!r}: use .parquet or .csv")
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600 files; a table is for everyone to read
    return path


def whole_numbers(df: pd.DataFrame, columns) -> pd.DataFrame:
    """df with each of `columns` as nullable integers (Int64) when every value in it is whole, so
    a CSV says 70, not 70.0; a column with any fraction stays float, as read. Missing values stay blank."""
    out = df.copy()
    for c in columns:
        if c not in out or not pd.api.types.is_float_dtype(out[c]):
            continue
        v = out[c].dropna()
        if bool(np.isfinite(v).all()) and bool((v == np.round(v)).all()) and bool((v.abs() < 2 ** 53).all()):
            out[c] = out[c].round().astype("Int64")
    return out


def write_tables(out_dir: str | Path, named: dict[str, pd.DataFrame]) -> None:
    """Write each table under its file name and say so, as every notebook reports its outputs."""
    for name, table in named.items():
        write_table(table, Path(out_dir) / name)
        print(f"wrote {name}: {len(table)} rows")


def read_table(path: str | Path, columns: list[str] | None = None) -> pd.DataFrame:
    """Read a table a previous notebook wrote (.parquet file or directory, or .csv; only
    `columns` when given), with a message saying which notebook to run when it is missing."""
    path = Path(path)
    if not path.exists():
        raise FileNotFoundError(
            f"{path} not found: run notebooks/01_clean_articles.ipynb (or `make report`) first to create it"
        )
    if path.suffix == ".parquet" or path.is_dir():
        return pd.read_parquet(path, columns=columns)
    return pd.read_csv(path, usecols=None if columns is None else (lambda c: c in columns))


def status_kind(status: str | None) -> str:
    """'ok', or the reason's keyword ('binary', 'empty', 'duplicate_id', ...)."""
    if not status or status == "ok":
        return "ok"
    return str(status).split(":", 1)[0].strip()


def status_keywords(articles: pd.DataFrame) -> pd.DataFrame:
    """The articles with each status cut to its keyword (status_kind): the article list shows
    the kind of every row, the table of inputs not read gives the reasons in full."""
    return articles.assign(status=articles["status"].map(status_kind))


def all_read_message(articles: pd.DataFrame, raw_dir) -> str:
    """What to say when no input was rejected: either all were read, or there were none."""
    if len(articles):
        return "every input was read and cleaned"
    return (f"nothing to read: {raw_dir} holds no article files; add .txt, .html, .jsonl or .csv files "
            "(or pass --raw-dir) and run again")


def notes_message(problems: list[str], raw_dir) -> str:
    """Notebook 01's notes: metadata.csv's problems and each corpus file's notes; when there
    are none, 'metadata.csv: no problems' only if there is a metadata.csv, else nothing."""
    from .ingest import SIDECAR_NAME

    if problems:
        return "\n".join(problems)
    return f"{SIDECAR_NAME}: no problems" if (Path(raw_dir) / SIDECAR_NAME).exists() else ""


INPUT_NOTES = "input_notes.csv"  # notebook 01's notes (metadata.csv and corpus files), one a row, for the index
# tone_tables key -> file notebook 03 writes it to
TONE_FILES = {
    "article_tone": "tone.csv", "sentences": "tone_sentences.parquet", "by_source": "tone_by_source.csv",
    "pairwise": "tone_pairwise.csv", "actor_tone": "tone_actors.csv", "clusters": "syndication.csv",
}
# articles whose tolls notebook 02 skipped (over budget.ARTICLE_SECONDS), with why; the index counts them
SKIPPED_TOLLS_FILE = "death_tolls_skipped.csv"
# tone.robust_pairs: which outlet pairs differ with which engine; the index marks each verdict pair with it
AGREEMENT_FILE = "tone_engine_pairs.csv"


def notes_table(problems: list[str]) -> pd.DataFrame:
    """Notebook 01's notes as a table (INPUT_NOTES), so the index can say what was ignored."""
    return pd.DataFrame({"note": list(problems)}, dtype=object)


def ignored_notes(notes: pd.DataFrame) -> list[str]:
    """The notes that say something given was ignored: a metadata.csv row or column (a corpus
    file's unused columns are listed in notebook 01, not counted here)."""
    return [n for n in notes["note"].dropna().astype(str) if "ignored" in n]


def sidecar_notes(notes: pd.DataFrame) -> list[str]:
    """The problems notes on metadata.csv name (a row naming a file that does not exist, a date it
    could not read, ...), in notebook 01's order; not how its dates were read, which is no problem."""
    from .ingest import SIDECAR_NAME, is_dates_note

    return [n for n in notes["note"].dropna().astype(str)
            if n.startswith(SIDECAR_NAME) and not is_dates_note(n, SIDECAR_NAME)]


def column_notes(notes: pd.DataFrame) -> list[str]:
    """The notes that say a corpus file's field (outlet, date, title, id) has no column while
    some columns go unused (the study silently lacks that field until --columns names it), or
    that a date column named with --columns replaces the dates the pages state, or that a
    column's values could not be read (QA8 1, 3), or that records without a named column read
    the field from its renamed column (note 8: they were lost with only 'columns not used'), or
    that its slash dates' order was guessed (QA9 9), or that --columns date_order= had no date to read, or
    that records omit the key a field is read from (read empty, as a null is), or that
    metadata.csv was ignored whole (QA10 F14: its outlets and dates were lost with only an index note)."""
    from .corpus_columns import leaves_field_unread, omits_key, reads_field_elsewhere, replaces_page_dates, says_values_unread
    from .ingest import says_order_unused, says_sidecar_ignored
    from .metadata_dates import says_order_assumed

    return [n for n in notes["note"].dropna().astype(str)
            if leaves_field_unread(n) or replaces_page_dates(n) or says_values_unread(n) or reads_field_elsewhere(n)
            or says_order_assumed(n) or says_order_unused(n) or omits_key(n) or says_sidecar_ignored(n)]


def repeated_records(statuses: pd.Series) -> int:
    """How many rows repeat an earlier record or file (duplicate_record, duplicate_file): read,
    once, as that record's article, so neither an article of their own nor rejected."""
    from .ingest import REPEAT_STATUSES

    return int(statuses.map(status_kind).isin(REPEAT_STATUSES).sum())


def rejected_rows(statuses: pd.Series) -> pd.Series:
    """Which rows were rejected: neither `ok`, nor a repeat of an earlier record or file (read,
    once, as its article), nor `ignored` (a hidden file, README.md or a link to a folder: not an
    article on purpose, counted in the accounting but never warned about: a .DS_Store in every
    folder made each run warn of "rejected inputs", rev10r). The one home of this filter for the
    console's warning and the index."""
    from .ingest import IGNORED_STATUS, REPEAT_STATUSES

    kinds = statuses.map(status_kind)
    return (kinds != "ok") & ~kinds.isin((*REPEAT_STATUSES, IGNORED_STATUS))


def ignored_rows(statuses: pd.Series) -> int:
    """How many rows are `ignored`: listed, deliberately not read (ingest.input_problem)."""
    from .ingest import IGNORED_STATUS

    return int((statuses.map(status_kind) == IGNORED_STATUS).sum())


def repeat_words(repeats: int) -> str:
    """What `repeats` such rows do, after their count: 'repeat an earlier record or file, whose
    article is read once' (duplicate_record or duplicate_file; one wording for notebook 01's
    caption and the index)."""
    return agreeing(repeats, Worded("repeat an earlier record or file, whose article is read once",
                                    "repeats an earlier record or file, whose article is read once"))


def inputs_not_read(statuses: pd.Series) -> str:
    """The table caption's words for rows of these statuses, after their count: '3 inputs not
    read'; when some rows repeat an earlier record (duplicate_record: read, once, as that
    record's article), '5 inputs not read as articles of their own (2 repeat an earlier
    record, whose article is read once)', or, when all do, '8 records repeat an earlier
    record, whose article is read once'."""
    noun = agreeing(len(statuses), "inputs")
    repeats = repeated_records(statuses)
    if not repeats:
        return f"{noun} not read"
    if repeats == len(statuses):  # the caption's count goes through words.counted
        return Worded(f"records {repeat_words(2)}", f"record {repeat_words(1)}")
    return f"{noun} not read as articles of their own ({repeats:,} {repeat_words(repeats)})"


def status_accounting(articles: pd.DataFrame) -> pd.DataFrame:
    """Inputs = ok + each kind of rejection, so a reader can see nothing was lost."""
    kinds = articles["status"].map(status_kind)
    counts = kinds.value_counts().rename_axis("status").reset_index(name="articles")
    counts["order"] = (counts["status"] != "ok").astype(int)
    counts = counts.sort_values(["order", "status"]).drop(columns="order").reset_index(drop=True)
    total = pd.DataFrame([{"status": "all inputs", "articles": int(len(articles))}])
    return pd.concat([counts, total], ignore_index=True)


def display_options() -> None:
    """Wide, untruncated-enough tables that render the same on every run."""
    pd.set_option("display.width", 160)
    pd.set_option("display.max_columns", 30)
    pd.set_option("display.max_colwidth", 80)
    pd.set_option("display.max_rows", 60)


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


def iter_batches(table: pd.DataFrame | str | Path, chunk_size: int = BATCH_ROWS,
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
    articles.build_articles' own tables) use None, so `row.body or ""` keeps working."""
    for col in df.columns:
        if pd.api.types.is_string_dtype(df[col].dtype) and df[col].dtype != object:
            df[col] = df[col].astype(object).where(df[col].notna(), None)
    return df


def table_rows(table: pd.DataFrame | str | Path) -> int:
    if isinstance(table, pd.DataFrame):
        return len(table)
    import pyarrow.parquet as pq

    return sum(pq.ParquetFile(f).metadata.num_rows for f in part_files(table))
