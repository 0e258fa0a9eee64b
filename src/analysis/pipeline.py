"""Run the study's notebooks in order with papermill and publish them as HTML reports.

Parameters are data: they are checked before any notebook runs, passed to each notebook's
`parameters` cell, and hashed (with the notebook, the package code and the inputs) so an
unchanged notebook is skipped on the next run, but only while the tables it wrote are still
the ones it wrote (see cache). One run at a time holds the processed and reports folders
(see dirlock). A failing notebook is still written, with the failing cell marked, and the
command exits non-zero naming notebook and cell; a parameter, input or folder problem exits 2
with one line saying what to do.
"""

from __future__ import annotations

import argparse
import ast
import contextlib
import functools
import hashlib
import html
import json
import math
import os
import re
import signal
import sys
import tempfile
import weakref
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import ClassVar

from . import cache
from .corpus_columns import FIELDS_HELP
from .ctrl_c import INTERRUPTED, INTERRUPTED_EXIT, INTERRUPTED_LINE, TERMINATED_EXIT, Terminated, main_takes_over, new_line, terminate_as_interrupt
from .dirlock import LOCK_WAIT_SECONDS, FolderBusy, folder_locks
from .imports import absent_while_importing
from .on_topic import OFF_TOPIC_WARNING, ON_TOPIC_FLAG
from .paths import REPO_ROOT, default_notebooks_dir
from .progress import ProgressRelay
from .schema import ARTICLES_DIR
from .stale import mark_earlier_outputs, mark_page, stopped_note
from .words import counted, one_line

DEFAULT_NOTEBOOKS = default_notebooks_dir()
ENGINES = ("pandas", "dask")
TONE_ENGINES = ("textblob", "vader", "model", "hybrid")  # = tone.ENGINES (tested); no tone import for --help
STATE_FILE = cache.STATE_FILE
MAX_SEED = 2**32 - 1  # numpy's seed range


class ParameterError(ValueError):
    """A parameter is wrong; raised before any notebook runs."""


DEFAULT_KERNEL = "python3"  # this environment's own kernel (ipykernel, a pinned dependency): always there
# What --in-place takes: how to run, never what to study or where. It re-runs the committed
# notebooks on the checkout's data/raw with the defaults their parameters cells state, so a
# folder or study parameter given with it was silently ignored (QA9 C1: a --raw-dir run rewrote
# the checkout's notebooks and left another study's pages in the --reports-dir given).
IN_PLACE_TAKES = frozenset({"in_place", "force", "only", "kernel", "no_progress", "lock_wait"})
IN_PLACE_DOES = ("a developer option (make notebooks): it re-runs the committed notebooks in the "
                 "checkout's notebooks/ on its bundled data/raw, with the defaults their parameters cells state, and "
                 "rewrites their stored outputs, data/processed and reports/")
_NOT_GIVEN = object()


class _Parser(argparse.ArgumentParser):
    """An ArgumentParser whose namespace also lists the options the command line gave (`given`,
    by dest), so --in-place can refuse a folder or study parameter even one equal to its default."""

    def parse_known_args(self, args=None, namespace=None):
        if namespace is not None:
            return super().parse_known_args(args, namespace)
        dests = [a.dest for a in self._actions if a.dest != argparse.SUPPRESS]
        parsed, extra = super().parse_known_args(args, argparse.Namespace(**dict.fromkeys(dests, _NOT_GIVEN)))
        parsed.given = [d for d in dests if getattr(parsed, d) is not _NOT_GIVEN]
        for action in self._actions:
            if getattr(parsed, action.dest, None) is _NOT_GIVEN:
                setattr(parsed, action.dest, action.default)
        return parsed, extra


@dataclass
class NotebookResult:
    name: str
    status: str  # ran | skipped | failed | not run
    message: str = ""
    html_path: Path | None = None


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(
        prog="python -m analysis.pipeline",
        description=(
            "Run notebooks/01_clean_articles, 02_death_tolls and 03_source_tone in order with "
            "papermill: raw articles -> processed tables -> HTML reports with an index.html."
        ),
    )
    p.add_argument("--raw-dir", default="data/raw", help="folder of raw articles: .txt, .html/.htm, .jsonl/.csv corpora, optional metadata.csv (default: %(default)s)")
    p.add_argument("--processed-dir", default="data/processed", help="where processed tables are written (default: %(default)s)")
    p.add_argument("--reports-dir", default="reports", help="where executed notebooks, HTML reports, figures and index.html go (default: %(default)s)")
    p.add_argument("--notebooks-dir", default=str(DEFAULT_NOTEBOOKS), help="folder of the NN_*.ipynb notebooks to run (default: the package's notebooks/)")
    p.add_argument("--conflict-start", default="2011-03-15", help="start of the conflict, ISO date; war-age phrases ('the nearly four-year war') are counted from it (default: %(default)s)")
    p.add_argument("--conflict-name", default="Syria", help="the conflict the articles are about, as the text names it (aliases after '|', e.g. 'Syria|Assad'); a war-age phrase about another war bounds no date, and a war total of another war ('The Yemen war has killed ...') is scoped 'other', never charted as this conflict's total (default: %(default)s)")
    p.add_argument("--engine", default="pandas", choices=ENGINES, help="pandas runs on this machine (a corpus of more than 400 articles also on a worker process, for a second core); dask maps the same per-article functions over partitions (default: %(default)s)")
    p.add_argument("--scheduler", default=None, help="with --engine dask: address of an existing dask scheduler (default: start a LocalCluster)")
    p.add_argument("--tone-engine", default="textblob", choices=TONE_ENGINES, help="tone measure notebook 03 compares sources with (default: %(default)s; hybrid agrees best with human readers, use it for published comparisons)")
    p.add_argument(ON_TOPIC_FLAG, action="store_true", help=f"leave articles that never name the conflict (warning '{OFF_TOPIC_WARNING}') off notebook 02's death-toll charts; the tables keep every row (default: charted)")
    p.add_argument("--seed", type=int, default=0, help="seed for notebook 03's bootstrap intervals and permutation tests, 0..2**32-1 (default: %(default)s)")
    p.add_argument("--columns", default="", help=f"which corpus columns hold which field when their names are unusual, e.g. text=article_content,outlet=source,date=pub_date; fields: {FIELDS_HELP} (default: the usual names, see README); a date column named here replaces the date each HTML page states (a warning says so), so name none for pages unless that column is when they were published; date_order=d/m/y (or m/d/y) reads slash dates day first (month first) where no date of a file decides it (03/04/2016); outlet_spellings=keep keeps outlet names that differ only by case, spacing or a web-address form apart (merged as one outlet by default)")
    p.add_argument("--lock-wait", type=float, default=LOCK_WAIT_SECONDS, help="seconds to wait for another run using the same processed or reports folder (default: %(default)s)")
    p.add_argument("--only", default=None, help="comma-separated notebook numbers to run, e.g. 02,03 (default: all); a notebook left out whose "
                   "tables a selected one reads (01's articles.parquet for 02 and 03) must have run here on the same "
                   "--raw-dir files, parameters and code, else the run stops before any notebook starts and names the "
                   "--only to give (e.g. --only 01,02)")
    p.add_argument("--force", action="store_true", help="run every notebook even when its inputs, parameters and code are unchanged")
    p.add_argument("--in-place", action="store_true", help=f"{IN_PLACE_DOES[0].upper()}{IN_PLACE_DOES[1:]}, so nbval compares current outputs. It takes no folders and no study parameters (only --force, --only, --kernel, --lock-wait, --no-progress); to study your own articles leave it out")
    p.add_argument("--kernel", default=DEFAULT_KERNEL, help="installed Jupyter kernel to run the notebooks in (`jupyter kernelspec list`); python3 is the environment running this command (default: %(default)s)")
    p.add_argument("--no-progress", action="store_true", help="hide papermill's per-cell progress bar")
    return p


def _inside(child: Path, parent: Path) -> bool:
    return child == parent or parent in child.parents


def given_options(args: argparse.Namespace) -> list[str]:
    """The dests of the options the command line gave (_Parser records them); for a namespace
    made another way, those whose value differs from the default."""
    given = getattr(args, "given", None)
    if given is not None:
        return list(given)
    defaults = vars(build_parser().parse_args([]))
    return [d for d, v in defaults.items() if d != "given" and getattr(args, d, v) != v]


def refuse_in_place_options(args: argparse.Namespace) -> None:
    """--in-place with a folder or study parameter: exit 2 before anything runs, saying why."""
    refused = [d for d in given_options(args) if d not in IN_PLACE_TAKES]
    if args.in_place and refused:
        options = {a.dest: a.option_strings[-1] for a in build_parser()._actions if a.option_strings}
        named = ", ".join(options.get(d, d) for d in refused)
        raise ParameterError(
            f"--in-place is {IN_PLACE_DOES}; it takes no folders or study parameters (got {named}). To run the study on your "
            "articles, leave out --in-place: python -m analysis.pipeline --raw-dir YOUR_FOLDER --processed-dir "
            "OUT/processed --reports-dir OUT/reports.")


def literal_defaults(notebook: Path) -> dict:
    """The literal values the notebook's `parameters` cell assigns ("../data/raw"), read with ast."""
    source = parameters_source(notebook)
    try:
        body = ast.parse(IPYTHON_LINE_RE.sub("", source)).body if source is not None else []
    except SyntaxError:  # IPython beyond whole-line magics: no literal defaults to read
        return {}
    values = {}
    for stmt in body:
        if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.targets[0], ast.Name):
            with contextlib.suppress(ValueError, TypeError, SyntaxError):
                values[stmt.targets[0].id] = ast.literal_eval(stmt.value)
    return values


def in_place_folders(nb_dir: Path) -> tuple[str, str, str]:
    """Raw, processed and reports folders as the notebooks' own defaults name them, read as the
    kernel reads them (against the notebooks folder): what --in-place runs on and writes, wherever
    the command is run from, so its index summarises the tables its notebooks wrote."""
    defaults: dict = {}
    for nb in reversed(sorted(nb_dir.glob("[0-9][0-9]_*.ipynb"))):  # the first notebook's value wins
        defaults.update({k: v for k, v in literal_defaults(nb).items() if isinstance(v, str)})
    missing = [k for k in ("raw_dir", "processed_dir", "figures_dir") if k not in defaults]
    if missing:
        raise ParameterError(f"--in-place: the notebooks in {nb_dir} state no default {', '.join(missing)}.")
    folder = lambda key: str((nb_dir / defaults[key]).resolve())  # noqa: E731
    return folder("raw_dir"), folder("processed_dir"), str(Path(folder("figures_dir")).parent)


def check_kernel(name: str) -> None:
    """A --kernel that is not installed: exit 2 before any notebook runs (retrying cannot start it)."""
    if name == DEFAULT_KERNEL:  # the environment's own: jupyter_client's import is not paid for it
        return
    from jupyter_client.kernelspec import KernelSpecManager

    installed = sorted(KernelSpecManager().find_kernel_specs())
    if name not in installed:
        raise ParameterError(f"--kernel {name}: no Jupyter kernel of that name is installed; installed: "
                             f"{', '.join(installed) or 'none'} (`jupyter kernelspec list`; {DEFAULT_KERNEL} is "
                             "this environment's own).")


def validate(args: argparse.Namespace) -> dict:
    """Check parameters before anything runs; return the notebook parameters. With --in-place the
    folders become those the notebooks' defaults name (in_place_folders)."""
    from .corpus_columns import ColumnSpecError, parse_column_mapping
    from .ingest import list_inputs
    from .metadata_dates import plausible_range

    refuse_in_place_options(args)
    if math.isnan(args.lock_wait) or args.lock_wait < 0:
        raise ParameterError(f"--lock-wait {args.lock_wait}: must be a number of seconds, 0 or more.")
    check_kernel(args.kernel)
    if args.in_place:
        args.raw_dir, args.processed_dir, args.reports_dir = in_place_folders(Path(args.notebooks_dir))
    raw = Path(args.raw_dir)
    if raw.is_file():
        raise ParameterError(f"--raw-dir {raw} is a file; give the folder that holds it (--raw-dir {raw.parent}).")
    if not raw.is_dir():
        raise ParameterError(f"--raw-dir {raw}: no such directory. Point it at the folder holding your articles (default data/raw).")
    if not list_inputs(raw):
        raise ParameterError(f"no inputs in {raw}: put .txt/.html/.csv/.jsonl files there (see README).")
    try:
        start = date.fromisoformat(args.conflict_start)
    except ValueError:
        raise ParameterError(f"--conflict-start {args.conflict_start!r} is not an ISO date such as 2011-03-15.") from None
    if not any(name.strip() for name in args.conflict_name.split("|")):
        raise ParameterError("--conflict-name is empty: give the conflict's name as articles write it, e.g. Syria.")
    earliest, _ = plausible_range()
    if not earliest <= start <= date.today():
        raise ParameterError(f"--conflict-start {args.conflict_start}: must lie between {earliest} and today (the war began 2011-03-15).")
    if not 0 <= args.seed <= MAX_SEED:
        raise ParameterError(f"--seed {args.seed}: must be a whole number from 0 to {MAX_SEED}.")
    if args.scheduler and args.engine != "dask":
        raise ParameterError("--scheduler only makes sense with --engine dask.")
    nb_dir = Path(args.notebooks_dir)
    if not list(nb_dir.glob("[0-9][0-9]_*.ipynb")):
        raise ParameterError(f"--notebooks-dir {nb_dir}: no NN_*.ipynb notebooks found.")
    raw_r = raw.resolve()
    for option, folder in (("--processed-dir", args.processed_dir), ("--reports-dir", args.reports_dir)):
        out = Path(folder).resolve()
        if out.is_file():  # was "cannot write ...: File exists; ... free some space" (QA6 B6)
            raise ParameterError(f"{option} {folder} is a file; pass a folder for the outputs (it is created if missing).")
        if _inside(out, raw_r) or _inside(raw_r, out):
            raise ParameterError(
                f"{option} {folder} and --raw-dir {args.raw_dir} overlap: the next run would read its own "
                "outputs as articles; put them side by side (e.g. data/raw and data/processed)."
            )
    try:
        parse_column_mapping(args.columns)
    except ColumnSpecError as exc:
        raise ParameterError(str(exc)) from None
    reports = Path(args.reports_dir)
    return {
        "raw_dir": str(raw_r),
        "processed_dir": str(Path(args.processed_dir).resolve()),
        "figures_dir": str((reports / "figures").resolve()),
        "conflict_start": args.conflict_start,
        "conflict_name": args.conflict_name,
        "engine": args.engine,
        "scheduler": args.scheduler or "",
        "tone_engine": args.tone_engine,
        "chart_on_topic_only": args.chart_on_topic_only,
        "seed": args.seed,
        "columns": args.columns or "",
    }


def select_notebooks(nb_dir: Path, only: str | None) -> list[Path]:
    notebooks = sorted(nb_dir.glob("[0-9][0-9]_*.ipynb"))
    if only:
        wanted = {w.strip().zfill(2) for w in only.split(",") if w.strip()}
        unknown = wanted - {p.name[:2] for p in notebooks}
        if unknown:
            raise ParameterError(f"--only {only}: no notebook numbered {', '.join(sorted(unknown))} in {nb_dir}.")
        notebooks = [p for p in notebooks if p.name[:2] in wanted]
    return notebooks


# The tables a bundled notebook (by name: another --notebooks-dir's 02 may read anything) reads
# that an earlier one writes, by the writer's number: --only checks them before any kernel
# starts, since a kernel would only fail inside the notebook (QA9 16).
UPSTREAM_TABLES = {"02_death_tolls": {ARTICLES_DIR: "01"}, "03_source_tone": {ARTICLES_DIR: "01"}}


def missing_upstream(only: str | None, selected: list[Path], processed: Path) -> str | None:
    """Why --only cannot run: a selected notebook reads a table no earlier run left in
    `processed` and whose writer is not selected; None when every table is there or will be."""
    numbers = {nb.name[:2] for nb in selected}
    missing = {table: writer for nb in sorted(selected) for table, writer in UPSTREAM_TABLES.get(nb.stem, {}).items()
               if writer not in numbers and not (processed / table).exists()}
    if not only or not missing:
        return None
    with_writers = ",".join(sorted(numbers | set(missing.values())))
    tables = ", ".join(f"{t} (notebook {w} writes it)" for t, w in sorted(missing.items()))
    return f"--only {only}: {processed} has no {tables}; run with --only {with_writers}, or with no --only."


# an option's name for each parameter the notebooks declare, as --only's refusal names what changed
PARAMETER_OPTIONS = {"figures_dir": "--reports-dir"}


def _why_out_of_date(entry: dict | None, key: str, raw: str, code: str, params: dict, table: Path) -> str | None:
    """Why the run `entry` records no longer gives what its notebook would write now (its `key`
    for this run's inputs, parameters and code): a clause, or None when it is current. Entries
    recorded before "raw" and "code" were kept say less."""
    if not entry:
        return ("no finished run of it is recorded in this --reports-dir (the last was interrupted or failed, "
                "or the table came from elsewhere)")
    if not cache.outputs_intact(entry.get("tables") or {}):
        return f"{table.name} changed since it wrote it"
    if entry.get("key") == key:
        return None
    if entry.get("raw", raw) != raw:
        return "it read other raw files than --raw-dir holds now"
    recorded = entry.get("parameters") or {}
    changed = sorted(PARAMETER_OPTIONS.get(k, "--" + k.replace("_", "-")) for k in set(params) | set(recorded)
                     if recorded.get(k) != params.get(k))
    if changed:
        return f"it ran with another {', '.join(changed)}"
    if entry.get("code", code) != code:
        return "the package code changed since it ran"
    return "its notebook, inputs or the package code changed since it ran"


def out_of_date_upstream(only: str | None, notebooks: list[Path], selected: set[str], params: dict, state: dict,
                         raw: str, code: str) -> str | None:
    """Why --only cannot run: a selected notebook reads a table (UPSTREAM_TABLES) that a notebook
    --only left out wrote from other raw files, parameters or code than this run's, or that no
    finished run recorded; None when every such table is current. missing_upstream's sibling:
    `--only 02` after the raw files changed read the old articles.parquet without a word and exited 0
    (QA10 F9); it stops before any kernel starts, naming the --only that brings the table up to date."""
    if not only:
        return None
    processed = Path(params["processed_dir"])
    numbers = {nb.name[:2] for nb in notebooks if nb.stem in selected}
    stale = {}
    for nb in notebooks:
        if nb.stem not in selected:
            continue
        for table, writer in UPSTREAM_TABLES.get(nb.stem, {}).items():
            i = next((i for i, e in enumerate(notebooks) if e.name[:2] == writer), None)
            if writer in numbers or i is None or not (processed / table).exists() or table in stale:
                continue
            w = notebooks[i]
            upstream = {e.stem: cache.tables_digest(state.get(e.stem)) for e in notebooks[:i]}
            key = fingerprint(w, params, raw, code, upstream)
            why = _why_out_of_date(state.get(w.stem), key, raw, code, notebook_parameters(w, params), processed / table)
            if why:
                stale[table] = (writer, w.stem, why)
    if not stale:
        return None
    with_writers = ",".join(sorted(numbers | {w for w, _, _ in stale.values()}))
    what = "; ".join(f"notebook {w} ({stem}) is out of date for --raw-dir {params['raw_dir']}: {why}, so {table} in "
                     f"{processed} is not what it would write now" for table, (w, stem, why) in sorted(stale.items()))
    return f"--only {only}: {what}; run with --only {with_writers}, or with no --only."


def code_digest() -> str:
    """The package code and models, and the benchmark results notebook 03 shows
    (tone_accuracy.json)."""
    return cache.code_digest(Path(__file__).parent, extra=sorted((REPO_ROOT / "benchmarks" / "results").glob("*.json")))


def fingerprint(notebook: Path, params: dict, raw: str | None = None, code: str | None = None,
                upstream: dict | None = None) -> str:
    """Content hash of what a notebook's results depend on: itself, the parameters it
    declares (so --tone-engine does not rerun 01 and 02), the package code, every raw input
    and the tables the notebooks before it recorded."""
    h = hashlib.sha256()
    h.update(notebook.read_bytes())
    h.update(json.dumps(notebook_parameters(notebook, params), sort_keys=True).encode())
    h.update((code or code_digest()).encode())
    h.update((raw or cache.raw_digest(Path(params["raw_dir"]))).encode())
    h.update(json.dumps(upstream or {}, sort_keys=True).encode())
    return h.hexdigest()


# A line magic (`%matplotlib inline`) or shell line (`!ls`) in a parameters cell is IPython, not
# Python; papermill skips such lines, so they are blanked before ast reads the cell.
# jsonschema (nbformat's validator, which papermill loads) imports rfc3987_syntax when it is
# installed (jupyterlab's jupyter-events brings it) and that builds 38 lark grammars for the
# "iri" formats: 1.3 of the 1.45 CPU s of `import jsonschema`, at the start of every run while
# the second core idles. No nbformat schema names a format, so validation is the same without it.
UNUSED_SLOW_IMPORTS = ("rfc3987_syntax",)


def import_papermill():
    """papermill, imported with UNUSED_SLOW_IMPORTS seen as absent (their importers' own
    fallback). jsonschema keeps that fallback (no "iri" format checks) in this process, the
    pipeline's own, where nothing validates formats; notebooks run in their own kernels."""
    with absent_while_importing(UNUSED_SLOW_IMPORTS):
        import papermill
    return papermill


IPYTHON_LINE_RE = re.compile(r"^[ \t]*[%!].*$", re.MULTILINE)


def parameters_source(notebook: Path) -> str | None:
    """The source of the notebook's first code cell tagged `parameters` (papermill's), or None."""
    cells = json.loads(notebook.read_text(encoding="utf-8")).get("cells", [])
    cell = next((c for c in cells if c.get("cell_type") == "code"
                 and "parameters" in c.get("metadata", {}).get("tags", [])), None)
    if cell is None:
        return None
    return cell["source"] if isinstance(cell["source"], str) else "".join(cell["source"])


def declared_parameters(notebook: Path) -> set[str]:
    """The names the notebook's first cell tagged `parameters` assigns, as papermill's
    inspect_notebook lists them, read with json and ast: importing papermill costs CPU
    (import_papermill), which a re-run that skips every notebook should not pay."""
    source = parameters_source(notebook)
    if source is None:
        return set()
    try:
        body = ast.parse(IPYTHON_LINE_RE.sub("", source)).body
    except SyntaxError:  # IPython syntax beyond whole-line magics (`x = !ls`): papermill reads it line by line
        import_papermill()
        from papermill.inspection import inspect_notebook

        return set(inspect_notebook(str(notebook)))
    names = set()
    for stmt in body:
        targets = stmt.targets if isinstance(stmt, ast.Assign) else [stmt.target] if isinstance(stmt, ast.AnnAssign) else []
        names.update(t.id for t in targets if isinstance(t, ast.Name))
    return names


def notebook_parameters(notebook: Path, params: dict) -> dict:
    """Only the parameters the notebook's `parameters` cell declares."""
    declared = declared_parameters(notebook)
    return {k: v for k, v in params.items() if k in declared}


# papermill gives the cell it injects a random id (nbformat's new_code_cell), which the HTML
# export writes as the cell's anchor, so two runs of the same inputs differed; a fixed id keeps
# the executed notebook and its report byte-identical: the cell's tag (papermill's) is its id too.
# Timings change every run and are dropped.
INJECTED_TAG = "injected-parameters"
TIMING_KEYS = ("start_time", "end_time", "duration")


def settle_executed_notebook(path: Path, keep_papermill: bool = True) -> None:
    """Make an executed notebook depend only on its inputs: the injected cell gets a fixed id,
    papermill's timings go, and a cell's text written in one go is one output (coalesced_streams).
    `keep_papermill=False` (notebooks kept in git) drops papermill's metadata entirely, so
    re-running changes only outputs."""
    import nbformat

    nb = nbformat.read(path, as_version=4)
    _settle_papermill(nb.metadata, keep_papermill)
    for cell in nb.cells:
        if INJECTED_TAG in cell.metadata.get("tags", []):
            cell["id"] = INJECTED_TAG
        _settle_papermill(cell.metadata, keep_papermill)
        cell.metadata.pop("execution", None)
        if "outputs" in cell:
            cell["outputs"] = coalesced_streams(cell["outputs"])
    nbformat.write(nb, path)


def coalesced_streams(outputs: list) -> list:
    """A cell's outputs with each run of consecutive stdout (or stderr) outputs as one: ipykernel
    sends what a cell printed whenever its flush timer fires, so one print ('every input was read
    and cleaned', then its line end) came as one output or as two, run by run (note 8). Text in
    order, never merged across another output (a table or a plot between two prints). Not
    nbconvert's CoalesceStreamsPreprocessor: it also deletes text before each carriage return,
    which rewrites what a progress bar left in a cell (rev9r 9); this merges and changes nothing."""
    out: list = []
    for output in outputs:
        prev = out[-1] if out else None
        if (output.get("output_type") == "stream" and prev is not None and prev.get("output_type") == "stream"
                and prev.get("name") == output.get("name")):
            prev["text"] = _stream_text(prev) + _stream_text(output)
            continue
        out.append(output)
    return out


def _stream_text(output) -> str:
    text = output.get("text", "")
    return "".join(text) if isinstance(text, list) else text


def _settle_papermill(metadata: dict, keep_papermill: bool) -> None:
    """Papermill's timings dropped from a notebook's or a cell's metadata, or all of its metadata."""
    if keep_papermill:
        for key in TIMING_KEYS:
            metadata.get("papermill", {}).pop(key, None)
    else:
        metadata.pop("papermill", None)


# Outputs may carry text written by strangers (article bodies), so their HTML is cleaned to
# an allowlist of table and heading markup; scripts, styles and event handlers never pass.
SAFE_TAGS = {
    "a", "abbr", "b", "blockquote", "br", "caption", "code", "dd", "div", "dl", "dt", "em", "h1",
    "h2", "h3", "h4", "h5", "h6", "hr", "i", "li", "ol", "p", "pre", "span", "strong", "sub", "sup",
    "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
}
# a span's title is text shown on hover: a short id's whole value (display.short_ids)
SAFE_ATTRIBUTES = {"*": ["class"], "a": ["href", "title"], "span": ["title"], "th": ["colspan", "rowspan"], "td": ["colspan", "rowspan"]}
DROPPED_BLOCKS = re.compile(r"<(style|script)\b[^>]*>.*?</\1\s*>", re.I | re.S)
UNSAFE_MIME = ("application/javascript", "text/javascript", "application/vnd.jupyter.widget-view+json", "image/svg+xml", "text/markdown")


def sanitize_output_html(markup: str) -> str:
    """Allowed markup kept, anything else stripped; <style>/<script> dropped with their content."""
    import bleach

    return bleach.clean(DROPPED_BLOCKS.sub("", markup), tags=SAFE_TAGS, attributes=SAFE_ATTRIBUTES, strip=True)


HEADER_CELL = re.compile(r"(<th\b[^>]*>)([^<]*)(</th>)")


def breakable_headers(markup: str) -> str:
    """Column headers may wrap after each underscore (difference_textblob, n_engines_significant):
    a table whose headers are wider than its values then fits the page instead of running past
    its right edge (the engines' agreement table at 1,300 px); one still too wide scrolls."""
    return HEADER_CELL.sub(lambda m: m.group(1) + m.group(2).replace("_", "_<wbr>") + m.group(3), markup)


SAVED_FIGURE = re.compile(r"""savefig\(\s*figures\s*/\s*["']([\w.-]+\.png)["']""")


def link_figures(cell) -> None:
    """A cell's chart links to the full-size PNG it saved in figures/ (QA11 F15: at 800 px the
    actor heatmap's numbers were 5 px high with nothing to click, while the index's thumbnails
    link): its image/png output becomes <a href="figures/NAME.png"><img ...></a>. Made here from
    the file name the cell's own savefig writes, after sanitizing, so nothing of the output's is
    passed through."""
    found = SAVED_FIGURE.search("".join(cell.get("source", "")))
    if not found:
        return
    for out in cell.get("outputs", []):
        data = out.get("data") or {}
        png = data.get("image/png")
        if png and "text/html" not in data:
            b64 = (png if isinstance(png, str) else "".join(png)).replace("\n", "")
            name = html.escape(found.group(1))
            data["text/html"] = (f'<a href="figures/{name}" title="full size: figures/{name}">'
                                 f'<img src="data:image/png;base64,{html.escape(b64)}" alt="{name}"></a>')
            del data["image/png"]


def export_html(executed: Path, target: Path) -> None:
    """HTML rendering with code hidden. Output HTML is sanitized here (nbconvert's own
    sanitizer also escapes <th>, <h1>, <p>, leaving tables unreadable); text outputs are
    escaped by the template; markdown cells are the notebook author's and left as written."""
    import nbformat
    from nbconvert import HTMLExporter

    from .report import style_report  # pandas: imported once no kernel runs beside this process

    nb = nbformat.read(executed, as_version=4)
    for cell in nb.cells:
        for out in cell.get("outputs", []):
            data = out.get("data") or {}
            for mime in UNSAFE_MIME:
                data.pop(mime, None)
            if "text/html" in data:
                markup = data["text/html"]
                data["text/html"] = breakable_headers(sanitize_output_html(markup if isinstance(markup, str) else "".join(markup)))
        link_figures(cell)
    exporter = HTMLExporter(exclude_input=True, exclude_input_prompt=True, exclude_output_prompt=True)
    body, _ = exporter.from_notebook_node(nb)
    target.write_text(style_report(body), encoding="utf-8")


@functools.lru_cache(maxsize=1)
def quiet_shutdown_kernel_manager() -> type:
    """jupyter_client's kernel manager without the SIGINT it sends before every shutdown. Our
    kernels are shut down after the last cell ran (or failed), so there is nothing to interrupt;
    the signal only made ipykernel print "[IPKernelApp] ERROR | KeyboardInterrupt caught in
    kernel." on some successful runs, when it landed inside a message handler. A kernel that does
    not stop still gets the shutdown request, SIGTERM and SIGKILL (finish_shutdown), so no hung
    kernel or real error is hidden. Built on first use: jupyter_client loads with papermill."""
    from jupyter_client import AsyncKernelManager
    from traitlets import Unicode

    class QuietShutdownKernelManager(AsyncKernelManager):
        made: ClassVar[weakref.WeakSet] = weakref.WeakSet()  # for stop_kernels
        stderr_path = Unicode("", config=True, help="File the kernel's stderr is appended to (KernelStderr); "
                                                    "'' leaves it on this process's stderr.")

        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            QuietShutdownKernelManager.made.add(self)

        async def _async_launch_kernel(self, kernel_cmd: list[str], **kw) -> None:
            if not self.stderr_path or kw.get("stderr") is not None:
                return await super()._async_launch_kernel(kernel_cmd, **kw)
            with open(self.stderr_path, "ab") as sink:  # the kernel keeps its own copy of the descriptor
                return await super()._async_launch_kernel(kernel_cmd, **{**kw, "stderr": sink})

        async def _async_interrupt_kernel(self) -> None:
            if self.shutting_down:
                return
            await super()._async_interrupt_kernel()

    return QuietShutdownKernelManager


KERNEL_EXIT_SECONDS = 10.0  # a killed kernel is gone well within this


def stop_kernels() -> None:
    """Kill the kernels this process started that still run, with anything they started (a
    kernel is the leader of its own process group). After Ctrl-C nothing else stops them: the
    interrupt left papermill's shutdown undone, and a kernel still starting would bind sockets
    in a folder already removed and print a traceback on the terminal. It runs in the signal
    handler, so it imports nothing: a Ctrl-C that landed while papermill was being imported made
    the handler import jupyter_client half-loaded and print an ImportError traceback. Until the
    manager class is built no kernel was started, and there is nothing to stop."""
    if quiet_shutdown_kernel_manager.cache_info().currsize == 0:
        return
    for km in list(quiet_shutdown_kernel_manager().made):
        process = getattr(km.provisioner, "process", None) if km.provisioner else None
        if process is None or process.poll() is not None:
            continue
        with contextlib.suppress(OSError):
            if os.name == "nt":
                process.kill()
            else:
                os.killpg(process.pid, signal.SIGKILL)
        with contextlib.suppress(Exception):
            process.wait(KERNEL_EXIT_SECONDS)
        km.cleanup_connection_file()


KERNEL_STDERR_FILE = "kernel-stderr.log"  # in the run's kernel_sockets folder


class KernelStderr:
    """What the run's kernels write on their own stderr, kept in a file of the run's private kernel
    folder and shown on this terminal once a notebook has ended (ran or failed), never when a
    Ctrl-C or SIGTERM stops a notebook running (then kept in the reports folder:
    kernel_stderr_kept). Written straight to the terminal, a kernel shutting down under a stopped run
    printed ipykernel's "ERROR:tornado.general:Uncaught exception in ZMQStream callback ...
    sys.stderr.flush()" (a race between its control handler and its closing IOPub thread,
    ipykernel PR 1518 mends one side of it) under the run's one "interrupted" line."""

    def __init__(self, folder: Path):
        self.path = Path(folder) / KERNEL_STDERR_FILE
        self.shown = 0  # bytes of the file already shown

    def keep(self, dest: Path) -> Path | None:
        """Copy to dest what the kernels wrote and was not shown (after a Ctrl-C, SIGTERM or an
        error that stopped the run: the clue to a hung or crashed kernel, which the private kernel
        folder would take with it); dest, or None when there was nothing or it cannot be written."""
        try:
            with open(self.path, "rb") as f:
                f.seek(self.shown)
                data = f.read()
            if not data.strip():
                return None
            Path(dest).write_bytes(data)
        except OSError:
            return None
        return Path(dest)

    def show(self) -> None:
        """Copy to stderr what the kernels wrote since the last call."""
        try:
            with open(self.path, "rb") as f:
                f.seek(self.shown)
                data = f.read()
        except FileNotFoundError:
            return
        self.shown += len(data)
        if data:
            sys.stderr.write(data.decode("utf-8", "replace"))
            sys.stderr.flush()


@contextlib.contextmanager
def kernel_stderr_kept(sockets: Path, reports: Path, stage: dict) -> Iterator[KernelStderr]:
    """The run's KernelStderr; when the run stops (Ctrl-C, SIGTERM: stage["interrupted"] set by
    stopped_by_ctrl_c inside this block) or an error ends it, what the kernels wrote and no one saw
    is copied to reports/KERNEL_STDERR_FILE before the kernel folder is removed, and its path put in
    stage["kernel_stderr"] (or on the error) for the run's last line to name."""
    kernel_stderr = KernelStderr(sockets)
    try:
        yield kernel_stderr
    except BaseException as exc:
        kept = kernel_stderr.keep(reports / KERNEL_STDERR_FILE)
        if kept is not None:
            exc.kernel_stderr = str(kept)
        raise
    if stage.get("interrupted") is not None:
        kept = kernel_stderr.keep(reports / KERNEL_STDERR_FILE)
        if kept is not None:
            stage["kernel_stderr"] = str(kept)


# An IPC socket is a file whose path must fit in sockaddr_un.sun_path (108 bytes on Linux, 104 on
# macOS); the kernel adds "/kernel-N" to its folder, so a folder path longer than this falls back to /tmp.
SOCKET_FOLDER_MAX = 80


@contextlib.contextmanager
def kernel_sockets() -> Iterator[Path]:
    """A folder of this run's own (mode 0700, removed afterwards) for its kernels' IPC sockets.
    Left to itself jupyter_client names them kernel-ipc-1..5 in the working directory (papermill's
    cwd, the notebooks folder) and takes the first names not yet on disk, so two runs starting a
    kernel at the same moment took the same names: the later kernel's bind replaced the earlier's
    sockets and the first run died with "ValueError: Invalid Signature" (a reply signed with the
    other kernel's key). A private folder per run cannot be shared."""
    parent = tempfile.gettempdir()
    if len(parent) > SOCKET_FOLDER_MAX - len("/analysis-kernels-xxxxxxxx"):
        parent = "/tmp"
    with tempfile.TemporaryDirectory(prefix="analysis-kernels-", dir=parent) as folder:
        yield Path(folder)


def kernel_config(sockets: Path) -> dict:
    """Kernel manager settings for papermill: no interrupt before shutdown
    (quiet_shutdown_kernel_manager), and kernels talk over local IPC sockets in `sockets`
    (kernel_sockets: a folder only this user can reach, removed after the run) where the
    platform has them, so no port is opened and ipykernel prints no "running over TCP without
    encryption" warning on the terminal for every notebook. Windows has no IPC transport and
    keeps TCP. Kernels write their stderr to a file there (KernelStderr), not to the terminal."""
    from traitlets.config import Config

    manager = quiet_shutdown_kernel_manager()
    config = {manager.__name__: {"stderr_path": str(Path(sockets) / KERNEL_STDERR_FILE)}}
    if os.name != "nt":
        config["KernelManager"] = {"transport": "ipc", "ip": str(Path(sockets) / "kernel")}
    return {"kernel_manager_class": manager, "config": Config(config)}


def recorded_parameter(state: dict, name: str, params: dict):
    """The value of parameter `name` the notebook declaring it last ran with, as its state entry
    records it, so the index agrees with that notebook's page after a run that skipped it (--only
    03 without --chart-on-topic-only described 02's charts by this run's flag); this run's value when
    no entry records it (never run, failed, or recorded before parameters were)."""
    for entry in state.values():
        recorded = (entry or {}).get("parameters") or {}
        if name in recorded:
            return recorded[name]
    return params.get(name)


def _up_to_date(entry: dict | None, key: str, output: Path, html_path: Path) -> bool:
    """Recorded with this key, and everything it wrote still as it wrote it."""
    return bool(
        entry and entry.get("key") == key and output.exists() and html_path.exists()
        and cache.outputs_intact(entry.get("tables") or {}) and cache.outputs_intact(entry.get("reports") or {})
    )


def _unselected(name: str, up_to_date: bool, html_path: Path) -> NotebookResult:
    """How --only shows a notebook it did not run: its earlier report, and whether it is current."""
    if not html_path.exists():
        return NotebookResult(name, "not run", "not selected by --only and never run here")
    if up_to_date:
        return NotebookResult(name, "from an earlier run", "not selected by --only; its inputs are unchanged", html_path)
    return NotebookResult(name, "out of date", "not selected by --only; its inputs changed since it ran, run it again", html_path)


def _and_more(others: int) -> str:
    """' (and 2 more file(s) like it)' after the first of several files with one problem."""
    return f" (and {counted(others, 'more files')} like it)" if others > 0 else ""


def corpus_column_error(raw_dir: Path, columns: str, said: list[str] | None = None) -> str | None:
    """The corpus files' columns read once before the run (ingest.corpus_column_problems): a
    --columns name no file has raises ParameterError; returns the one line for corpus files
    without a usable text column (their rows are still written, each missing_column, then the
    run exits 2), or None. A file that leaves a field (outlet, date, title, id) without a
    column while some columns go unused is a warning on stderr, with the --columns to give
    (QA6 A1: outlets and dates were lost without a word on the console); `said` gets them."""
    from .ingest import corpus_column_problems

    notes: list[str] = []
    absent, textless = corpus_column_problems(raw_dir, columns, notes)
    for note in notes:
        print(f"warning: {note}", file=sys.stderr)
    if said is not None:
        said.extend(notes)
    if absent:
        raise ParameterError(absent[0] + _and_more(len(absent) - 1))
    if not textless:
        return None
    return textless[0] + _and_more(len(textless) - 1)


def _same_note(note: str, said: str) -> bool:
    """Whether two 'FILE: message' notes say one thing of one file: the pre-run scan names the file
    by its path, notebook 01 by its path in the raw folder."""
    where, _, message = note.partition(": ")
    where_said, _, message_said = said.partition(": ")
    parts, parts_said = Path(where).parts, Path(where_said).parts
    # whole path components: /raw/data.jsonl is not a.jsonl
    return message == message_said and len(parts) <= len(parts_said) and parts_said[len(parts_said) - len(parts):] == parts


def unsaid_column_notes(processed: Path, said: list[str]) -> list[str]:
    """Notebook 01's notes that a corpus field has no column which the pre-run scan did not
    print: a JSONL column only records after the first ones have (the scan stops at the first
    record with text; notebook 01 reads every record, and its notes reached only the index)."""
    from .tables import INPUT_NOTES, column_notes, read_table

    path = processed / INPUT_NOTES
    if not path.exists():
        return []
    return [n for n in column_notes(read_table(path)) if not any(_same_note(n, s) for s in said)]


def _print_unsaid_column_notes(processed: Path, said: list[str]) -> None:
    """Warn on stderr of unsaid_column_notes, after notebook 01 ran and when it is skipped as
    unchanged (its notes table is the sidecar the skip re-reads: the warning is on every run)."""
    for note in unsaid_column_notes(processed, list(said)):
        print(f"warning: {note}", file=sys.stderr)


def recorded_kernel_lines(name: str, recorded: dict | None) -> list[str]:
    """The lines a notebook's kernel said on the terminal as it ran (progress.say), from the
    tables it recorded them in: an article over its toll budget (SKIPPED_TOLLS_FILE), labelled
    with the notebook as the relay labels them. A run that skips the notebook as unchanged says
    them again, as it does notebook 01's column notes: a warning holds as long as its table."""
    from .schema import skipped_toll_line
    from .tables import SKIPPED_TOLLS_FILE, read_table

    lines = []
    for path in sorted((recorded or {}).get("tables", {})):
        if Path(path).name == SKIPPED_TOLLS_FILE and Path(path).exists():
            skipped = read_table(path)
            lines += [f"{name}: {skipped_toll_line(a, r)}" for a, r in zip(skipped["article_id"], skipped["reason"])]
    return lines


class NothingRead(ParameterError):
    """No input gave a usable article: the later notebooks would have nothing to study."""


# Why a run whose inputs gave no usable article left the later notebooks' tables (STALE.txt).
NOTHING_READ_REASON = "no input of the last run gave a usable article, so it did not run the notebooks that write them"


def nothing_read_lines(processed: Path) -> list[str] | None:
    """One line per kind of rejected input (its first file, its reason with what to do, how
    many more), when articles.parquet exists and no row is `ok`; None otherwise."""
    from .schema import ARTICLES_DIR
    from .tables import read_table, status_kind

    path = processed / ARTICLES_DIR
    if not path.exists():
        return None
    articles = read_table(path, columns=["source_path", "status"])
    if (articles["status"] == "ok").any():
        return None
    lines = []
    kinds = articles["status"].map(status_kind)
    for kind in sorted(kinds.unique()):
        rows = articles[kinds == kind]
        first = rows.iloc[0]
        detail = str(first["status"]).split(":", 1)[-1].strip() or kind
        source = str(first["source_path"])
        line = f"{kind}: {detail}" if detail.startswith(source) else f"{kind}: {source}: {detail}"
        others = rows["source_path"].nunique() - 1
        lines.append(line + (_and_more(others) if others > 0 else f" ({len(rows)} records)" if len(rows) > 1 else ""))
    return lines


def rejected_inputs_line(processed: Path) -> str | None:
    """The console's one line on rejected inputs after notebook 01 (QA10 F16: the console said
    nothing of 5 rejected files), when some but not all were rejected (all: nothing_read_lines)."""
    from .schema import ARTICLES_DIR
    from .tables import read_table, rejected_rows, status_kind

    path = processed / ARTICLES_DIR
    if not path.exists():
        return None
    statuses = read_table(path, columns=["status"])["status"]
    kinds = statuses.map(status_kind)
    rejected = kinds[rejected_rows(statuses)]
    if rejected.empty or not (kinds == "ok").any():
        return None
    counts = ", ".join(f"{k} {v:,}" for k, v in sorted(rejected.value_counts().items()))
    return (f"warning: {len(rejected):,} of {len(kinds):,} inputs rejected ({counts}): see the index's Inputs section "
            f"for each with its reason")


def _print_rejected_inputs(processed: Path) -> None:
    line = rejected_inputs_line(processed)
    if line:
        print(line, file=sys.stderr)


def run(args: argparse.Namespace) -> int:
    """Run the notebooks. A corpus file without a text column still gets its rows (each
    `missing_column`), but the run then exits 2 with one line saying which option to use."""
    params = validate(args)
    nb_dir = Path(args.notebooks_dir)
    every = select_notebooks(nb_dir, None)
    selected = select_notebooks(nb_dir, args.only)
    missing = None if args.in_place else missing_upstream(args.only, selected, Path(params["processed_dir"]))
    if missing:
        raise ParameterError(missing)
    reports = Path(args.reports_dir).resolve()  # state keys are absolute, like the processed dir's
    said: list[str] = []  # the column warnings printed before the run
    column_error = corpus_column_error(Path(args.raw_dir), params["columns"], said)  # files named as the user did
    try:
        with folder_locks({"--processed-dir": params["processed_dir"], "--reports-dir": reports}, wait=args.lock_wait):
            code = _run_locked(args, params, every, {nb.stem for nb in selected}, reports, said)
    except FolderBusy as exc:
        raise ParameterError(str(exc)) from None
    if column_error and code == 0:
        raise ParameterError(column_error)
    return code


class Interrupted(Exception):
    """Ctrl-C (SIGINT) or SIGTERM during a run; `stage` is the notebook that was running ("" between
    notebooks), `after` the last one that had finished ("" before the first)."""

    def __init__(self, stage: str, after: str = "", how: str = INTERRUPTED, kernel_stderr: str = ""):
        super().__init__(stage)
        self.stage, self.after, self.how = stage, after, how  # how: INTERRUPTED, or TERMINATED (SIGTERM)
        self.kernel_stderr = kernel_stderr  # the file keeping what the kernels wrote unseen, or ""

    def kept(self) -> str:
        """'; what the kernel wrote on its stderr is in FILE' when something was kept, else ''."""
        return f"; what the kernel wrote on its stderr is in {self.kernel_stderr}" if self.kernel_stderr else ""

    def where(self) -> str:
        """'at stage 02 (02_death_tolls)', 'after stage 02 (02_death_tolls)' or 'before any notebook ran'."""
        if self.stage:
            return f"at stage {self.stage[:2]} ({self.stage})"
        return f"after stage {self.after[:2]} ({self.after})" if self.after else "before any notebook ran"


class KernelFailed(RuntimeError):
    """The kernel did not start, or died, outside any cell's error: one line naming what happened."""


KERNEL_START_ATTEMPTS = 2  # a kernel that fails before any cell ran is started once more


def _executed(output: Path):
    """The notebook papermill wrote, or None when it wrote none or it cannot be read."""
    import nbformat

    try:
        return nbformat.read(output, as_version=4)
    except (OSError, ValueError):
        return None


def _cells_ran(output: Path) -> bool:
    """Whether the executed notebook papermill wrote shows any cell run (False when it wrote none)."""
    nb = _executed(output)
    return nb is not None and any(c.get("execution_count") is not None or c.get("outputs")
                                  for c in nb.cells if c.cell_type == "code")


def last_started_cell(output: Path) -> tuple[int, str, str] | None:
    """The last cell papermill started in the notebook it wrote (the one running when the kernel
    died: papermill then marks it, and every cell after it, "completed"), or None: its index, the
    heading above it and its first code line (stale.stopped_note: the page hides code and cell
    numbers, so a reader finds the cell by its section)."""
    nb = _executed(output)
    started = [i for i, c in enumerate(nb.cells) if c.metadata.get("papermill", {}).get("start_time")] if nb is not None else []
    if not started:
        return None
    cells = nb.cells[:started[-1] + 1]
    return started[-1], _last_heading(c.source for c in cells if c.cell_type == "markdown"), _first_code_line(cells[-1].source)


_HEADING_RE = re.compile(r"^ {0,3}#{1,6}[ \t]+(.+?)[ \t#]*$", re.M)


def _last_heading(markdown: Iterable[str]) -> str:
    """The last markdown heading's text in cells before a cell ("" when none)."""
    found = [m.group(1).strip() for source in markdown for m in _HEADING_RE.finditer(source)]
    return found[-1] if found else ""


def _first_code_line(source: str) -> str:
    """A code cell's first line that is neither blank nor a comment ("" when none)."""
    return next((line.strip() for line in source.splitlines() if line.strip() and not line.lstrip().startswith("#")), "")


def execute(nb: Path, output: Path, parameters: dict, args: argparse.Namespace, sockets: Path) -> None:
    """papermill's execute_notebook on our kernel settings. A failing cell raises papermill's
    PapermillExecutionError as before; anything else papermill or jupyter_client raise (a kernel
    that does not start or answer, a dead kernel) is a KernelFailed with one line, after one
    more start when no cell had run yet. An OSError (a full or read-only folder) passes as is."""
    pm = import_papermill()

    for attempt in range(1, KERNEL_START_ATTEMPTS + 1):
        try:
            pm.execute_notebook(
                str(nb), str(output), parameters=parameters, kernel_name=args.kernel, cwd=str(nb.parent),
                progress_bar=not args.no_progress, log_output=False, **kernel_config(sockets),
            )
            return
        except (pm.PapermillExecutionError, OSError):
            raise
        except Exception as exc:  # noqa: BLE001 (jupyter_client/nbclient/zmq raise many kinds)
            if _cells_ran(output):
                raise KernelFailed(f"the kernel failed while the notebook ran: {one_line(exc)}; rerun to continue") from None
            if attempt == KERNEL_START_ATTEMPTS:
                raise KernelFailed(f"the kernel did not start ({one_line(exc)}); rerun, or check that the "
                                   f"'{args.kernel}' kernel starts in JupyterLab") from None
            print(f"warning: {nb.stem}: the kernel did not start ({one_line(exc, 80)}); starting it again",
                  file=sys.stderr)


def _kill_kernels_then_interrupt(signum, frame) -> None:
    stop_kernels()
    raise Terminated if signum == signal.SIGTERM else KeyboardInterrupt


STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)  # Ctrl-C, and timeout/CI cancel/kill, stop a run alike


@contextlib.contextmanager
def stopped_by_ctrl_c(stage: dict[str, str]) -> Iterator[None]:
    """Ctrl-C in the block ends it without a traceback, and stage["interrupted"] names the
    notebook that was running (stage["running"]; "" between notebooks, when stage["done"] names
    the last one finished), so the run can write its index and main print one line. The kernels
    are killed first, from the signal handler: left running, papermill's cleanup asked a kernel
    busy with a cell to shut down and the kernel printed a ZMQError traceback on this terminal."""
    previous = {sig: signal.signal(sig, _kill_kernels_then_interrupt) for sig in STOP_SIGNALS}
    try:
        yield
    except KeyboardInterrupt as exc:
        stop_kernels()
        stage["interrupted"] = stage.get("running", "")
        stage["how"] = getattr(exc, "word", INTERRUPTED)
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


@contextlib.contextmanager
def ctrl_c_deferred(name: str) -> Iterator[None]:
    """Ctrl-C in the block waits for its end: a notebook whose cells all ran is written up
    (its HTML, its state) and counted as done, and the run then stops "after" it. A Ctrl-C
    while 01 exported its report said "interrupted at stage 01" though 01 had finished (QA5).
    The first press says so on stderr and hands Ctrl-C back to the handler before the block,
    so a second press stops the run at once (the first was swallowed without a word)."""
    pressed: list[int] = []
    previous = {sig: signal.getsignal(sig) for sig in STOP_SIGNALS}
    if previous[signal.SIGINT] is None:  # None: set outside Python
        previous[signal.SIGINT] = signal.default_int_handler

    def defer(signum, frame) -> None:
        pressed.append(signum)
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        again = "press Ctrl-C again" if signum == signal.SIGINT else "send the signal again"
        sys.stderr.write(f"{new_line()}finishing {name}'s report and state; {again} to stop now\n")
        sys.stderr.flush()

    for sig in STOP_SIGNALS:
        signal.signal(sig, defer)
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    if pressed:
        raise Terminated if pressed[0] == signal.SIGTERM else KeyboardInterrupt


def _run_locked(args: argparse.Namespace, params: dict, notebooks: list[Path], selected: set[str], reports: Path,
                said: list[str] = ()) -> int:
    processed = Path(params["processed_dir"])
    state_path = reports / STATE_FILE
    state, problem = cache.load_state(state_path)
    if problem:
        print(f"warning: {problem}", file=sys.stderr)
    raw = cache.raw_digest(Path(params["raw_dir"]))
    code = code_digest()
    stale = None if args.in_place else out_of_date_upstream(args.only, notebooks, selected, params, state, raw, code)
    if stale:  # before any kernel starts or any page is marked
        raise ParameterError(stale)

    results: list[NotebookResult] = []
    failed = False
    stage: dict[str, str] = {}  # the notebook running now, the last one done, the one Ctrl-C stopped (stopped_by_ctrl_c)
    earlier: dict[str, dict] = {}  # state entries of notebooks run again, as an earlier run left them
    nothing: list[str] | None = None  # set when notebook 01 read no usable article
    # stage bars from the kernels go to this terminal, not the reports; stopped (thread joined,
    # environment restored) however the loop ends; its file is in the reports folder this run locks
    (reports / KERNEL_STDERR_FILE).unlink(missing_ok=True)  # an earlier stopped run's
    # The index writer (pandas, numpy) loads before the first Ctrl-C can be taken as "stopped at a
    # notebook": a Ctrl-C inside numpy's C extension init (papermill loads it, with notebook 01
    # "running") left numpy half-initialised, and writing the index then ended in two ImportError
    # tracebacks, exit 1 (rev10r). Every run writes the index, so loading it here costs nothing;
    # a Ctrl-C during this import is main's KeyboardInterrupt: the one line, exit 130.
    from .report import write_index

    with ProgressRelay(folder=reports) as relay, kernel_sockets() as sockets, \
            kernel_stderr_kept(sockets, reports, stage) as kernel_stderr, stopped_by_ctrl_c(stage):
        for i, nb in enumerate(notebooks):
            name = nb.stem
            output = nb if args.in_place else reports / nb.name
            html_path = reports / f"{name}.html"
            upstream = {e.stem: cache.tables_digest(state.get(e.stem)) for e in notebooks[:i]}
            key = fingerprint(nb, params, raw, code, upstream)
            current = _up_to_date(state.get(name), key, output, html_path)
            if name not in selected:
                results.append(_unselected(name, current, html_path))
                continue
            if failed:
                results.append(NotebookResult(name, "not run", "an earlier notebook failed"))
                continue
            if nothing is not None:
                results.append(NotebookResult(name, "not run", "no input gave a usable article (see the first report)"))
                continue
            if not args.force and not args.in_place and current:
                print(f"{name}: unchanged inputs, parameters, code and outputs; skipped (use --force to re-run)")
                results.append(NotebookResult(name, "skipped", "unchanged since last run", html_path))
                if i == 0:  # its notes were printed when it ran; a warning is said on every run over those inputs
                    nothing = nothing_read_lines(processed)
                    _print_unsaid_column_notes(processed, said)
                    if nothing is None:
                        _print_rejected_inputs(processed)
                for line in recorded_kernel_lines(name, state.get(name)):  # so are its kernel's own (note 8),
                    print(line, file=sys.stderr)  # worded as the relay said them when it ran (rev9r 10)
                stage["done"] = name
                continue
            print(f"{name}: running")
            stage["running"] = name
            relay.stage(name)
            if not args.in_place:
                earlier[name] = state.pop(name, None) or {}  # no claim survives a run killed mid-notebook
                cache.save_state(state_path, state)
            before = {**cache.snapshot(processed), **cache.snapshot(reports)}
            pm = import_papermill()  # only once a notebook runs: a re-run that skips all never needs it

            try:
                execute(nb, output, {} if args.in_place else notebook_parameters(nb, params), args, sockets)
            except (pm.PapermillExecutionError, KernelFailed) as exc:
                failed = True
                msg = (f"failed at cell In [{exc.exec_count}] (cell {exc.cell_index}): {exc.ename}: {exc.evalue}"
                       if isinstance(exc, pm.PapermillExecutionError) else str(exc))
                kernel_stderr.show()  # what the kernel said before it failed, then the failure
                print(f"ERROR {nb.name} {msg}\n  the partially executed notebook is {output}", file=sys.stderr)
                if output.exists():
                    stopped_at = last_started_cell(output) if isinstance(exc, KernelFailed) else None  # before settling drops timings
                    settle_executed_notebook(output, keep_papermill=not args.in_place)
                    export_html(output, html_path)
                    if stopped_at is not None:  # papermill marks a cell's exception on the page, not a dead kernel (QA7 3)
                        mark_page(html_path, stopped_note(*stopped_at))
                results.append(NotebookResult(name, "failed", msg, html_path if html_path.exists() else None))
                stage["done"] = stage.pop("running")
                continue
            # its kernel has ended: what it wrote is shown now, like a run's, also when a Ctrl-C
            # lands while its report is written (it was kept in a file named on the "interrupted
            # after" line then, a line that changed with what a kernel happened to print)
            kernel_stderr.show()
            with ctrl_c_deferred(name):  # its cells all ran: write it up, then stop "after" it
                settle_executed_notebook(output, keep_papermill=not args.in_place)
                export_html(output, html_path)
                results.append(NotebookResult(name, "ran", "", html_path))
                if not args.in_place:
                    changed = cache.written(before, {**cache.snapshot(processed), **cache.snapshot(reports)})
                    tables = [p for p in changed if Path(p).is_relative_to(processed)]
                    state[name] = {
                        "key": key,
                        "tables": cache.record_outputs(tables),
                        "reports": cache.record_outputs([p for p in changed if p not in tables]),
                        "parameters": notebook_parameters(nb, params),  # what its page shows (recorded_parameter)
                        "raw": raw, "code": code,  # why it is out of date, for --only's refusal (_why_out_of_date)
                    }
                    cache.save_state(state_path, state)
                stage["done"] = stage.pop("running")  # a Ctrl-C from here on is after it, not at it
            if i == 0:
                nothing = nothing_read_lines(processed)
                _print_unsaid_column_notes(processed, said)
                if nothing is None:
                    _print_rejected_inputs(processed)
    interrupted = stage.get("interrupted")  # None, or the notebook running ("" before the first)
    if interrupted is not None:
        done = {r.name for r in results}
        how = stage.get("how", INTERRUPTED)
        results += [NotebookResult(nb.stem, INTERRUPTED, "SIGTERM while it ran" if how == Terminated.word
                                   else "Ctrl-C while it ran") if nb.stem == interrupted
                    else NotebookResult(nb.stem, "not run", "the run was interrupted before it")
                    for nb in notebooks if nb.stem not in done]

    after = stage.get("done", "")  # the last notebook that finished
    if interrupted is not None:
        stopped = f"the last run was {stage.get('how', INTERRUPTED)} " + (f"at {interrupted}" if interrupted else
                                                     f"after {after}" if after else "at its start")
    else:
        stopped = next((f"the last run failed at {r.name}" for r in results if r.status == "failed"), None)
    # QA8 5: STALE.txt blamed --only after a run whose inputs gave no article
    skipped = NOTHING_READ_REASON if nothing is not None else None
    notice, hidden = mark_earlier_outputs(results, reports, processed, state, earlier, stopped, skipped)
    said_as = (lambda name: params.get(name)) if args.in_place else (lambda name: recorded_parameter(state, name, params))
    index = write_index(reports, results, processed=processed, notice=notice, hidden=hidden,
                        on_topic_only=bool(said_as("chart_on_topic_only")),
                        conflict_name=said_as("conflict_name"), conflict_start=said_as("conflict_start"))
    if interrupted is not None:
        raise Interrupted(interrupted, after, stage.get("how", INTERRUPTED), stage.get("kernel_stderr", ""))
    print(f"reports: {index}")
    if nothing is not None and not failed:
        from .schema import ARTICLES_DIR

        raise NothingRead(
            f"no input in {params['raw_dir']} gave a usable article, so the later notebooks were not run "
            f"(every input and its status: {processed / ARTICLES_DIR}):\n  " + "\n  ".join(nothing)
        )
    return 1 if failed else 0


def main(argv: list[str] | None = None) -> int:
    previous = terminate_as_interrupt()  # SIGTERM stops the run as Ctrl-C does (QA6 B7)
    try:
        main_takes_over()  # from here a Ctrl-C is a KeyboardInterrupt, caught below
        return run(build_parser().parse_args(argv))
    except Interrupted as exc:  # the index already says so
        print(f"{new_line()}{exc.how} {exc.where()}; rerun to continue{exc.kept()}", file=sys.stderr)
        return TERMINATED_EXIT if exc.how == Terminated.word else INTERRUPTED_EXIT
    except Terminated:
        print(f"{new_line()}{Terminated.word}; rerun to continue", file=sys.stderr)
        return TERMINATED_EXIT
    except KeyboardInterrupt:
        print(f"{new_line()}{INTERRUPTED_LINE}", file=sys.stderr)
        return INTERRUPTED_EXIT
    except ParameterError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:  # a read-only or full reports/processed folder
        where = exc.filename or "an output file"
        kept = getattr(exc, "kernel_stderr", "")
        print(f"error: cannot write {where}: {exc.strerror or exc}; pass a writable --reports-dir/--processed-dir "
              "or free some space" + (f"; what the kernel wrote on its stderr is in {kept}" if kept else ""), file=sys.stderr)
        return 2
    finally:
        signal.signal(signal.SIGTERM, previous)


if __name__ == "__main__":
    sys.exit(main())
