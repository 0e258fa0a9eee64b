"""Reading and writing processed tables.

Writes go to a temporary file that is renamed into place, so a failed run never leaves a
half-written table for the next notebook to read.
"""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path

import pandas as pd

UNKNOWN_OUTLET = "(unknown)"  # how tables and charts name an article's missing outlet


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
        if df[col].dtype == object or pd.api.types.is_string_dtype(df[col].dtype):
            safe = df[col].map(spreadsheet_safe_cell, na_action="ignore")
            if not safe.equals(df[col]):
                out = out.copy() if out is df else out
                out[col] = safe
    return out


def write_table(df: pd.DataFrame, path: str | Path) -> Path:
    """Write df as .parquet or .csv (by suffix) atomically; returns the path. This is the one
    CSV writer: its text cells are made spreadsheet-safe (see FORMULA_STARTS)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    os.close(fd)
    try:
        if path.suffix == ".parquet":
            df.to_parquet(tmp, index=False)
        elif path.suffix == ".csv":
            spreadsheet_safe(df).to_csv(tmp, index=False, lineterminator="\n")
        else:
            raise ValueError(f"unsupported table format {path.suffix!r}: use .parquet or .csv")
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600 files; a table is for everyone to read
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return path


def write_tables(out_dir: str | Path, named: dict[str, pd.DataFrame]) -> None:
    """Write each table under its file name and say so, as every notebook reports its outputs."""
    for name, table in named.items():
        write_table(table, Path(out_dir) / name)
        print(f"wrote {name}: {len(table)} rows")


def read_table(path: str | Path) -> pd.DataFrame:
    """Read a table a previous notebook wrote, with a message saying which notebook to run when it is missing."""
    path = Path(path)
    if not path.exists():
        raise FileNotFoundError(
            f"{path} not found: run notebooks/01_clean_articles.ipynb (or `make report`) first to create it"
        )
    return pd.read_parquet(path) if path.suffix == ".parquet" else pd.read_csv(path)


def status_kind(status: str | None) -> str:
    """'ok', or the reason's keyword ('binary', 'empty', 'duplicate_id', ...)."""
    if not status or status == "ok":
        return "ok"
    return str(status).split(":", 1)[0].strip()


def all_read_message(articles: pd.DataFrame, raw_dir) -> str:
    """What to say when no input was rejected: either all were read, or there were none."""
    if len(articles):
        return "every input was read and cleaned"
    return (f"nothing to read: {raw_dir} holds no article files; add .txt, .html, .jsonl or .csv files "
            "(or pass --raw-dir) and run again")


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
