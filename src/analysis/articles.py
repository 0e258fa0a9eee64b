"""Stage 1: raw folder -> article records; where clean and dates meet.

Public API: build_articles (the one stage-1 entry point: in memory, or streamed to
partitioned Parquet, on pandas or Dask), article_record (one document -> its row and
removed lines), article_record_within_budget (the same, or a too_slow row), count_inputs,
ARTICLES_DIR, REMOVED_DIR.

ingest reads documents, clean finds the body, title and outlet, dates the publication
date; this module joins them into one row per input (whatever its status) and hands
the per-document work to the backend.
"""

from __future__ import annotations

import contextlib
import functools
import re
from datetime import date
from pathlib import Path

import pandas as pd

from . import dates
from .dates import FAR_DATE_DAYS
from .display import natural_order
from .backend import DEFAULT_CHUNK, Engine, chunked, map_records
from .budget import call_within_budget
from .clean import CleanText, clean_html, clean_plain_text, detect_language
from .clean import word_tokens as _tokens
from .corpus_columns import parse_column_mapping
from .ingest import (CORPUS_SUFFIXES, RawDoc, check_named_columns, date_order_unused_note, input_problem, iter_raw, list_inputs,
                     read_sidecar, wordless_shown)
from .on_topic import OFF_TOPIC_WARNING, ON_TOPIC_FLAG
from .schema import ARTICLE_COLUMNS, ARTICLES_DIR, DATE_COLUMNS, REMOVED_COLUMNS, SPAN_COLUMNS
from .outlet_names import merge_note, merged_spellings
from .tables import PartitionedWriter, part_files, read_partitioned, write_partitioned
from .metadata_dates import plausible_dates
from .tolls import ignored_huge_tolls
from .tolls.timeline import backwards_by_counter
from .words import Worded, counted
from .text.casefold import lowered

__all__ = ["build_articles", "article_record", "article_record_within_budget", "count_inputs", "count_off_topic",
           "is_off_topic", "chart_rows", "war_total_rows", "backwards_on_chart", "text_date_conflicts", "dates_in_doubt", "FAR_DATE_DAYS", "ARTICLES_DIR", "REMOVED_DIR", "OFF_TOPIC_WARNING",
           "ON_TOPIC_FLAG"]

REMOVED_DIR = "removed_lines.parquet"
COUNT_BLOCK_BYTES = 1 << 20  # count_inputs reads a corpus file this much at a time: memory stays flat
# A body longer than this is more than one news article (long-form features run to about
# 15,000 words): likely a whole export or a book in one field. It is still read, as one article,
# so its tolls and tone would weigh as one; the warning tells the researcher to split it.
LONG_ARTICLE_WORDS = 30_000
# An article that never names the conflict (`dates.names_conflict`, --conflict-name and its
# aliases) may report tolls of another war or disaster; it is kept and charted as before, with
# OFF_TOPIC_WARNING (the start is what `count_off_topic` and the index count); ON_TOPIC_FLAG
# leaves it off the charts. Both spelled in on_topic, which the pipeline's --help imports cheaply.


# whole words ("Hama", not "Hamas"), or possessive ("Aleppo's")
CONFLICT_PLACES_RE = re.compile(r"\b(?:" + "|".join(map(re.escape, dates.CONFLICT_PLACES)) + r")(?:'s|’s)?\b", re.I)
_PLACES_LOWER = tuple(p.lower() for p in dates.CONFLICT_PLACES)


def _names_a_place(text: str) -> bool:
    """CONFLICT_PLACES_RE.search(text): a re.I match is a place's name in the lowered text
    (casefold), so a text holding none of them is answered without the regex's scan of every
    position (two thirds of the off-topic check's time on a mixed corpus)."""
    low = lowered(text)
    return any(p in low for p in _PLACES_LOWER) and CONFLICT_PLACES_RE.search(text) is not None


def _aliases(conflict_name: str) -> set[str]:
    """The names of --conflict-name ("Syria|Syrian civil war"), lowercase."""
    return {n.strip().lower() for n in conflict_name.split("|") if n.strip()}


def off_topic_warning(title: str | None, text: str, conflict_name: str) -> str | None:
    """The warning for an article whose title and text never name the conflict, else None."""
    text = f"{title or ''}\n{text}"
    if not conflict_name.strip() or dates.names_conflict(text, conflict_name):
        return None
    if dates.CONFLICT_NAME.lower() in _aliases(conflict_name) and _names_a_place(text):
        return None
    return (f"{OFF_TOPIC_WARNING} ({conflict_name!r}, --conflict-name): its tolls and tone may be about "
            f"something else")


def count_off_topic(warnings: pd.Series) -> int:
    """How many articles carry OFF_TOPIC_WARNING (a column of `warnings` strings)."""
    return int(is_off_topic(warnings).sum())


def is_off_topic(warnings: pd.Series) -> pd.Series:
    """Per article (a column of `warnings` strings): whether it carries OFF_TOPIC_WARNING."""
    return warnings.fillna("").astype(str).str.contains(OFF_TOPIC_WARNING, regex=False)


def chart_rows(table: pd.DataFrame, articles: pd.DataFrame, on_topic_only: bool = False) -> tuple[pd.DataFrame, str]:
    """The rows of a per-article table (death_tolls) the charts draw, and a line saying what
    off-topic articles (OFF_TOPIC_WARNING) add to them or, with `on_topic_only`, that they were
    left off. Tables always keep every row."""
    off = set(articles.loc[is_off_topic(articles["warnings"]), "article_id"]) if "warnings" in articles else set()
    mine = table["article_id"].isin(off) if len(table) else pd.Series(False, index=table.index)
    n_rows, n_articles = int(mine.sum()), int(table.loc[mine, "article_id"].nunique()) if len(table) else 0
    if not n_rows:
        return table, ""
    whose = counted(n_articles, Worded("articles that never name the conflict", "article that never names the conflict"))
    if on_topic_only:
        left_off = Worded(f"claims from {whose} are left off the charts ({ON_TOPIC_FLAG}); the tables keep them.",
                          f"claim from {whose} is left off the charts ({ON_TOPIC_FLAG}); the tables keep it.")
        return table[~mine], counted(n_rows, left_off)
    charted = Worded(f"claims on the charts come from {whose}; {ON_TOPIC_FLAG} leaves them off the charts (the tables keep every row).",
                     f"claim on the charts comes from {whose}; {ON_TOPIC_FLAG} leaves it off the charts (the tables keep every row).")
    return table, counted(n_rows, charted)


def war_total_rows(tolls: pd.DataFrame, articles: pd.DataFrame | None, on_topic_only: bool) -> tuple[pd.DataFrame, set]:
    """The toll rows the war-total tables read, the rows the cumulative chart draws (chart_rows
    over the ok articles), and the ids of the articles that never name the conflict among the tolls."""
    if articles is None:
        return tolls, set()
    ok = articles[articles["status"] == "ok"]
    off = set(ok.loc[is_off_topic(ok["warnings"]), "article_id"]) if "warnings" in ok else set()
    return chart_rows(tolls, ok, on_topic_only)[0], off & set(tolls["article_id"])


def backwards_on_chart(tolls: pd.DataFrame, articles: pd.DataFrame | None, on_topic_only: bool) -> pd.DataFrame:
    """The war-total claims below their counter's earlier lower bound among the rows the chart
    draws (tolls.backwards_by_counter over `war_total_rows`): the claims the chart circles. One
    function for notebook 02's table and the index's, so --chart-on-topic-only changes both: an
    article that never names the conflict neither sets a counter's bound nor falls below one.
    Dates outside the plausible range are screened first, as the chart screens them
    (metadata_dates.plausible_dates); the chart calls this function for its circles."""
    return backwards_by_counter(plausible_dates(war_total_rows(tolls, articles, on_topic_only)[0], warn=False))


def dates_in_doubt(articles: pd.DataFrame) -> set:
    """Ids of the articles whose own text states a date more than FAR_DATE_DAYS from the
    metadata's (dates.date_in_doubt, the one test the toll scopes use too): their tolls are
    charted by a date that may belong to another story."""
    if "warnings" not in articles or not len(articles):
        return set()
    return set(articles.loc[articles["warnings"].map(dates.date_in_doubt), "article_id"])


def text_date_conflicts(articles: pd.DataFrame) -> pd.DataFrame:
    """Articles whose own text states another publication date than the metadata's (the
    metadata date is kept and charted): article_id, metadata_date, text_date, gap_days."""
    cols = ["article_id", "metadata_date", "text_date", "gap_days"]
    found = articles["warnings"].fillna("").astype(str).str.extract(dates.TEXT_DATE_WARNING_RE) if len(articles) else None
    if found is None or found[0].isna().all():
        return pd.DataFrame(columns=cols)
    hit = found[0].notna()
    meta, text = pd.to_datetime(found.loc[hit, 0]), pd.to_datetime(found.loc[hit, 1])
    return pd.DataFrame({"article_id": articles.loc[hit, "article_id"].to_numpy(), "metadata_date": meta.dt.date.to_numpy(),
                         "text_date": text.dt.date.to_numpy(), "gap_days": (meta - text).dt.days.abs().to_numpy()})[cols]


def _huge_toll_warnings(body: str) -> list[str]:
    """tolls.ignored_huge_tolls, whose failure costs the article only a warning, not its text."""
    try:
        return ignored_huge_tolls(body)
    except Exception as exc:  # a check for a warning must not turn the article into an error
        return [f"the check for numbers too large to be a death toll failed ({type(exc).__name__}: {exc})"]


def corpus_text_fallback(doc: RawDoc, cleaned: CleanText, warnings: list[str]) -> CleanText:
    """A corpus's text column is the article as its publisher extracted it, so when line
    cleaning (made for scraped pages) leaves nothing of it, the text is kept whole instead:
    a one-line article ("35 cases of suffocation in ... Aleppo") is an article, not a menu."""
    text = (doc.text or "").strip()
    if cleaned.body.strip() or doc.record_id is None or not text:
        return cleaned
    warnings.append("no line looked like prose; the corpus text is kept whole")
    return CleanText(body=text, title=cleaned.title, outlet=cleaned.outlet)


def article_record(doc: RawDoc, conflict_start: date = dates.CONFLICT_START,
                   conflict_name: str = dates.CONFLICT_NAME, date_order: str | None = None) -> tuple[dict, list[dict]]:
    """One article row and its removed-line rows. Never raises for a bad article: the
    problem goes into `status` so the article is still counted. `date_order`: --columns
    date_order= ("dm"/"md"), how the text's slash dates read when they read either way."""
    record = {c: None for c in ARTICLE_COLUMNS}
    record.update(
        article_id=doc.article_id, source_path=doc.source_path, record_id=doc.record_id,
        url=doc.url, encoding=doc.encoding, status=doc.status, title=doc.title, outlet=doc.outlet,
        input_format="html" if doc.html is not None else ("text" if doc.text is not None else None),
        n_words=0, n_removed_lines=0, date_source="none",
    )
    # a row left out (duplicate_id, ...) keeps the date its record gave (QA6 B4), when it is one
    with contextlib.suppress(TypeError, ValueError):
        record.update(published=date.fromisoformat(doc.published), date_source="metadata")
    warnings = list(doc.warnings)
    removed_rows: list[dict] = []
    if doc.status == "ok":
        try:
            if doc.html is not None:
                cleaned = clean_html(doc.html, url=doc.url)
                source_text = cleaned.body
            else:
                cleaned = corpus_text_fallback(doc, clean_plain_text(doc.text or ""), warnings)
                source_text = doc.text or ""
            title = doc.title or cleaned.title
            outlet = doc.outlet or cleaned.outlet
            found = dates.publication_date(
                source_text,
                metadata_date=doc.published,
                html_date=cleaned.html_date,
                html=doc.html,
                conflict_start=conflict_start,
                conflict_name=conflict_name,
                url=doc.url,
                date_order=date_order,
            )
            warnings.extend(found.warnings)
            body_tokens, body_words = cleaned.body_words or (_tokens(cleaned.body), None)
            language = detect_language(cleaned.body, body_tokens, body_words)
            n_words = len(body_tokens)
            record.update(
                title=title, outlet=outlet, body=cleaned.body, n_words=n_words, language=language,
                published=found.published, date_source=found.date_source, date_low=found.date_low,
                date_high=found.date_high, date_evidence=found.evidence,
                date_start=found.start, date_end=found.end,
                n_removed_lines=len(cleaned.removed),
            )
            removed_rows = [
                {"article_id": doc.article_id, "line_no": r.line_no, "text": r.text, "reason": r.reason}
                for r in cleaned.removed
            ]
            if n_words > LONG_ARTICLE_WORDS:
                warnings.append(f"{n_words:,} words, more than any news article runs ({LONG_ARTICLE_WORDS:,}): if "
                                f"this field holds several articles, give each its own record; it counts as one")
            if n_words == 0:
                record["status"] = "no_body: nothing left after removing boilerplate"
            elif (shown := wordless_shown(cleaned.body)) is not None:
                # a .txt or page holding '12345' is no article, as a corpus cell holding it is not (rev9r 8)
                record["status"] = f"no_body: the text is {shown}, a number or marks with no word"
            elif language not in ("en", "und"):
                record["status"] = f"not_english: detected language {language}"
            # only a studied article can be off the study's topic: a not_english row never enters it
            if record["status"] == "ok" and (off_topic := off_topic_warning(title, source_text, conflict_name)):
                warnings.append(off_topic)
            if record["status"] == "ok":
                warnings.extend(_huge_toll_warnings(cleaned.body))
        except Exception as exc:  # one broken article must not stop a corpus run
            record["status"] = f"error: {type(exc).__name__}: {exc}"
    record["warnings"] = "; ".join(warnings)
    return record, removed_rows


def article_record_within_budget(doc: RawDoc, conflict_start: date = dates.CONFLICT_START,
                                 conflict_name: str = dates.CONFLICT_NAME,
                                 seconds: float | None = None, date_order: str | None = None) -> tuple[dict, list[dict]]:
    """article_record, or a `too_slow` row when the article runs past its time budget."""
    result, slow = call_within_budget(article_record, doc, conflict_start, conflict_name, date_order, seconds=seconds)
    if not slow:
        return result
    doc.status = f"too_slow: cleaning {slow}"
    doc.text = doc.html = None
    return article_record(doc, conflict_start, conflict_name, date_order)


def _articles_frame(records: list[dict], columns: list[str]) -> pd.DataFrame:
    """Rows typed as the articles table is (dates as datetime.date, spans as Int64)."""
    df = pd.DataFrame(records, columns=columns)
    for col in DATE_COLUMNS:
        if col in df.columns:
            df[col] = pd.to_datetime(df[col]).dt.date
    for col in SPAN_COLUMNS:
        if col in df.columns:
            df[col] = df[col].astype("Int64")
    return df


def _line_ends(block: bytes, quoted: bool, csv_file: bool) -> tuple[int, bool]:
    """Newlines in `block` that end a record, and whether the block ends inside quotes. In a
    CSV a newline inside a quoted cell (a multi-line article text) ends nothing: it lies after
    an odd number of quotes ("" escapes keep the count even)."""
    if not csv_file or (not quoted and b'"' not in block):
        return block.count(b"\n"), False  # no quote to open or close: every newline ends a record
    ends = 0
    pieces = block.split(b"\n")
    for piece in pieces[:-1]:
        quoted ^= piece.count(b'"') % 2 == 1
        ends += not quoted
    return ends, quoted ^ (pieces[-1].count(b'"') % 2 == 1)


def count_inputs(files: list[Path]) -> int:
    """About how many articles the input files hold (records of corpus files, one per other
    file), for the progress bar's total; reads bytes, parses nothing."""
    n = 0
    for path in files:
        if path.suffix.lower() not in CORPUS_SUFFIXES or input_problem(path):
            n += 1  # a link, FIFO or hidden entry is one row and is never opened
            continue
        csv_file = path.suffix.lower() == ".csv"
        lines, quoted = 0, False
        try:
            with open(path, "rb") as fh:
                for block in iter(functools.partial(fh.read, COUNT_BLOCK_BYTES), b""):
                    ends, quoted = _line_ends(block, quoted, csv_file)
                    lines += ends
        except OSError:
            lines = 1  # read_file reports it
        n += max(1, lines - csv_file)
    return n


def build_articles(raw_dir: str | Path, conflict_start: date = dates.CONFLICT_START,
                   conflict_name: str = dates.CONFLICT_NAME,
                   engine: str | Engine = "pandas", scheduler: str | None = None, n_workers: int | None = None,
                   out_dir: str | Path | None = None, chunk_size: int = DEFAULT_CHUNK,
                   progress: bool | None = None, columns: str | dict | None = None):
    """article_record over every input in raw_dir, streamed chunk by chunk, each article
    within its time budget. `columns` names corpus columns ('text=article_content,outlet=source');
    how each corpus file's dates were read is added to the returned problems list.

    Without out_dir: returns (articles, removed_lines, sidecar_problems), articles sorted by
    article_id, one row per input file or corpus record whatever its status. With out_dir:
    writes the directories out_dir/articles.parquet/ and out_dir/removed_lines.parquet/ as
    partitioned Parquet in input order (file path, then record order; sort by article_id
    after reading for the in-memory order) and returns (articles_dir, removed_dir,
    sidecar_problems), holding no more than a few chunks in memory. pandas.read_parquet and
    tables.read_table read the directories like single files. The raw folder is listed and
    metadata.csv parsed once per call.
    """
    raw_dir = Path(raw_dir)
    files = list_inputs(raw_dir)
    check_named_columns(raw_dir, columns)  # as the pipeline does before its run: papermill runs stop too
    mapping = parse_column_mapping(columns)
    date_order = mapping.date_order
    merge_outlets = mapping.outlet_spellings == "merge"
    sidecar, problems = read_sidecar(raw_dir, files, date_order)
    if unused := date_order_unused_note(files, sidecar, date_order):
        problems.append(unused)
    total = None if progress is False else count_inputs(files)
    docs = iter_raw(raw_dir, files=files, sidecar=sidecar, columns=columns, notes=problems)
    record = functools.partial(article_record_within_budget, conflict_start=conflict_start,
                               conflict_name=conflict_name, date_order=date_order)
    results = map_records(record, docs,
                          engine=engine, scheduler=scheduler, n_workers=n_workers, chunk_size=chunk_size,
                          progress=progress, total=total, desc="clean")
    if out_dir is None:
        records, removed = [], []
        for chunk in chunked(results, chunk_size):
            records.extend(rec for rec, _ in chunk)
            # a frame per chunk: a corpus's removed lines (about 95 an article on scraped pages)
            # never stand all at once as dicts, which weighed more than the table itself
            rows = [r for _, rem in chunk for r in rem]
            if rows:
                removed.append(pd.DataFrame(rows, columns=REMOVED_COLUMNS))
        articles = _articles_frame(records, ARTICLE_COLUMNS)
        # natural order: row2 before row10, as a spreadsheet lists them (QA10 F5); ids unchanged
        articles = articles.iloc[natural_order(articles, "article_id")].reset_index(drop=True)
        if merge_outlets:
            articles = _merge_outlet_spellings(articles, problems)
        removed_lines = pd.concat(removed, ignore_index=True) if removed else pd.DataFrame([], columns=REMOVED_COLUMNS)
        return articles, removed_lines, problems
    out = Path(out_dir)
    art_w = PartitionedWriter(out / ARTICLES_DIR, ARTICLE_COLUMNS)
    rem_w = PartitionedWriter(out / REMOVED_DIR, REMOVED_COLUMNS)
    try:
        for chunk in chunked(results, chunk_size):
            art_w.write(_articles_frame([rec for rec, _ in chunk], ARTICLE_COLUMNS))
            rem_w.write(pd.DataFrame([r for _, rem in chunk for r in rem], columns=REMOVED_COLUMNS))
        art_dir, rem_dir = art_w.commit(), rem_w.commit()
    except BaseException:
        art_w.abort()
        rem_w.abort()
        raise
    if merge_outlets:
        merged = merged_spellings(read_partitioned(art_dir, columns=["outlet"])["outlet"])
        if merged:  # the names of the whole corpus decide, so the parts are rewritten once it is read
            write_partitioned((pd.read_parquet(f).replace({"outlet": merged}) for f in part_files(art_dir)),
                              art_dir, ARTICLE_COLUMNS)
            problems.append(merge_note(merged))
    return art_dir, rem_dir, problems


def _merge_outlet_spellings(articles: pd.DataFrame, problems: list[str]) -> pd.DataFrame:
    """One outlet's spellings ("Reuters", "REUTERS", "www.reuters.com") under one name, and the
    note that lists them (QA11 F19); outlet_names decides which names are one."""
    merged = merged_spellings(articles["outlet"])
    if not merged:
        return articles
    problems.append(merge_note(merged))
    return articles.assign(outlet=articles["outlet"].replace(merged))
