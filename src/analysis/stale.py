"""What a failed or interrupted run leaves from an earlier run says so.

A run that stops at one notebook leaves the reports and tables of the notebooks after it (and of
any --only did not select) as an earlier run wrote them, perhaps from other inputs, beside pages
and tables of this run. Each such page gets a banner at its top saying why it is not current
(the index says it too, see report.write_index); the banner is part of the page, so the cache no
longer finds that page as its notebook wrote it and the next run remakes it. The tables such a
run leaves are named in STALE_FILE in the processed folder (a reader opening death_tolls.csv in a
spreadsheet never sees the index), which the next complete run removes.

Public API: mark_earlier_outputs, mark_page, stale_note, stopped_note, STALE_CLASS, STALE_FILE.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

__all__ = ["mark_earlier_outputs", "mark_page", "stale_note", "stopped_note", "STALE_CLASS", "STALE_FILE"]

# statuses (pipeline.NotebookResult) whose page and tables belong to the last run's inputs; a
# notebook --only left out whose inputs are unchanged shows "from an earlier run" and is current
CURRENT_STATUSES = frozenset({"ran", "skipped", "from an earlier run"})

STALE_CLASS = "stale-run"
BANNER_STYLE = "border:2px solid #b00;background:#fff4f4;color:#600;padding:.6em 1em;margin:1em;font:1.05em sans-serif"
_BANNER = re.compile(rf'<div class="{STALE_CLASS}"[^>]*>.*?</div>', re.S)
_BODY = re.compile(r"<body\b[^>]*>", re.I)
# The note in the processed folder naming the tables an earlier run left there (QA6 B5).
STALE_FILE = "STALE.txt"


def stale_note(name: str, why: str) -> str:
    """The banner's sentence for notebook `name`; `why` says what the last run did."""
    return (f"This page of {name} is from an earlier run, not the last one: {why}. Its page and tables may come "
            "from other inputs. Rerun python -m analysis.pipeline to bring them up to date.")


# how much of the stopped cell's first code line the banner quotes
CODE_LINE_CHARS = 80


def stopped_note(cell: int, heading: str = "", code: str = "") -> str:
    """The banner's sentence for a notebook whose kernel died at `cell` (its index, as a cell's
    failure names it), named so a reader finds it: the page hides code and cell numbers, so by the
    `heading` above it, and by its first `code` line for the notebook itself. The page shows
    the cells before it and nothing after."""
    where = f'in the section "{heading}"' if heading else "before the first heading"
    if code:
        shown = code if len(code) <= CODE_LINE_CHARS else code[:CODE_LINE_CHARS - 1] + "…"
        where += f", the cell that runs {shown}"
    return (f"This run stopped at cell {cell} (the kernel died), {where}. The results below are incomplete: that "
            "cell's output and every section after it are missing. Rerun python -m analysis.pipeline to continue.")


def banner(note: str) -> str:
    return f'<div class="{STALE_CLASS}" style="{BANNER_STYLE}"><strong>{html.escape(note)}</strong></div>'


def mark_page(path: Path, note: str) -> None:
    """Put the banner (replacing an older one) at the top of the page at `path`."""
    page = _BANNER.sub("", path.read_text(encoding="utf-8"), count=1)
    body = _BODY.search(page)
    at = body.end() if body else 0
    path.write_text(page[:at] + banner(note) + page[at:], encoding="utf-8")


def _why(result, stopped: str | None) -> str:
    if result.status == "interrupted":
        return "the last run was interrupted while this notebook ran"
    if result.status == "out of date":
        return "the last run was given --only and did not select this notebook, and its inputs have changed since"
    if stopped:
        return f"{stopped}, before this notebook"
    return f"the last run did not run this notebook ({result.message})"


def mark_earlier_outputs(results: list, reports: Path, processed: Path, state: dict, earlier: dict,
                         stopped: str | None, skipped: str | None = None) -> tuple[list[str], frozenset[str]]:
    """Banner every page an earlier run left for a notebook the last run did not complete
    (a failed notebook's page is this run's: it shows the failing cell), link it from `results`,
    and return the index's notice lines and the names of tables an earlier run left (the
    index's findings leave them out). `state`/`earlier`: each notebook's recorded outputs now
    and before this run dropped them; `stopped`: "the last run failed at 02_x" or None; `skipped`:
    why a run that did not stop left notebooks out, when not --only (STALE_FILE says it)."""
    pages, hidden = [], set()
    for r in results:
        if r.status in CURRENT_STATUSES:
            continue
        entry = state.get(r.name) or earlier.get(r.name) or {}
        hidden |= {Path(t).name for t in entry.get("tables") or {} if Path(t).exists()}
        page = Path(reports) / f"{r.name}.html"
        if r.status == "failed" or not page.exists():
            continue
        mark_page(page, stale_note(r.name, _why(r, stopped)))
        r.html_path = page
        r.message = f"{r.message}; its page is from an earlier run" if r.message else "its page is from an earlier run"
        pages.append(r.name)
    mark_tables(processed, sorted(hidden), stopped or skipped)
    notice = []
    if stopped:
        failure = next((r.message for r in results if r.status in ("failed", "interrupted")), "")
        notice.append(f"{stopped[0].upper()}{stopped[1:]}" + (f": {failure}." if failure else "."))
    if pages or hidden:
        what = " and ".join(filter(None, [
            f"the pages of {', '.join(pages)}" if pages else "",
            f"the tables {', '.join(sorted(hidden))} in {processed}" if hidden else "",
        ]))
        notice.append(f"Not from the last run, so perhaps from other inputs: {what}. The findings below leave "
                      "those tables out. Rerun python -m analysis.pipeline to bring everything up to date.")
    return notice, frozenset(hidden)


def mark_tables(processed: Path, tables: list[str], stopped: str | None) -> None:
    """Name in processed/STALE_FILE the `tables` an earlier run left beside this run's, and why;
    remove the note when there are none (the run brought every table up to date)."""
    note = Path(processed) / STALE_FILE
    if not tables:
        note.unlink(missing_ok=True)
        return
    why = stopped or "the last run was given --only and did not run the notebooks that write them"
    note.write_text(
        f"Not from the last run of python -m analysis.pipeline, so perhaps from other inputs: {why}.\n"
        + "".join(f"  {t}\n" for t in tables)
        + "The other tables here are the last run's. Rerun python -m analysis.pipeline to bring them up to date;\n"
        f"this file is removed when a run leaves no table out of date.\n", encoding="utf-8")
