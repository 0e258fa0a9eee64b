"""The report's front page and house style: index.html opens with what the study found
(inputs accounted for, date range, outlets, tolls and the latest war-total claim per counter,
the tone verdict), then links each notebook's HTML with thumbnails of its figures.

Everything here reads the processed tables the notebooks wrote; it never re-runs a stage.

Each notebook opens with its stage's sections of the same findings (found_articles, found_tolls,
found_tone): one home for the wording.

Public API: write_index, summary_html, style_report, REPORT_CSS, found_articles, found_tolls, found_tone, Found.
"""

from __future__ import annotations

import functools
import html
import sys
import traceback
from pathlib import Path

import pandas as pd

from .articles import (FAR_DATE_DAYS, ON_TOPIC_FLAG, backwards_on_chart, chart_rows, count_off_topic, text_date_conflicts,
                       war_total_rows)
from .schema import TOLL_COLUMNS
from .display import ID_COLUMNS, SHORT_TEXT, Prose, for_people, with_short_ids
from .words import Worded, agreeing, counted, one_line
from .tables import AGREEMENT_FILE, INPUT_NOTES, SKIPPED_TOLLS_FILE, UNKNOWN_OUTLET, column_notes, ignored_notes, ignored_rows, sidecar_notes, read_table, rejected_rows, repeat_words, repeated_records, status_accounting, status_kind

__all__ = ["write_index", "summary_html", "style_report", "REPORT_CSS", "found_articles", "found_tolls", "found_tone", "Found"]

TOP_OUTLETS_LISTED = 10  # outlets named in the summary (with most articles); the rest are counted
BACKWARDS_LISTED = 10  # claims below their counter's earlier lower bound named in the summary; notebook 02 lists all
DATE_CONFLICTS_LISTED = 5  # articles whose text states another date, largest gap first; notebook 01 and articles.parquet list all
REJECTED_LISTED = 20  # rejected inputs named with their reason on the index (a page, not a log); notebook 01 lists all
THUMB_WIDTH = 480  # px: two 12-inch figures side by side in the 64em page, text legible; more wrap to the next line

# What marks an output that scrolls sideways, on the notebook pages and the index alike (one
# home): shadows at the edge that has more, and where the browser can tell, a caption hint.
SCROLL_EDGES = """container-type: scroll-state;
  background:
    linear-gradient(to right, #fff 40%, rgba(255, 255, 255, 0)) left / 3em 100% no-repeat local,
    linear-gradient(to left, #fff 40%, rgba(255, 255, 255, 0)) right / 3em 100% no-repeat local,
    linear-gradient(to right, rgba(0, 0, 0, .28), rgba(0, 0, 0, 0)) left / 1.2em 100% no-repeat scroll,
    linear-gradient(to left, rgba(0, 0, 0, .28), rgba(0, 0, 0, 0)) right / 1.2em 100% no-repeat scroll;"""
SCROLL_CUE = 'content: " Scroll sideways for more columns \\2192"; font-weight: bold;'

# Added to every exported notebook page and the index: readable tables (long text in a block of
# readable width instead of a one-word column, numbers right-aligned), a text column width, and
# headers that may wrap (at spaces, and after underscores: pipeline.breakable_headers) so wide
# tables fit the page; a long value with nowhere to break (a URL id with a utm_... query) breaks
# anywhere rather than run over the next cells. An output still wider than the page (tone.csv's sample) scrolls sideways,
# which hidden scrollbars (macOS, touch screens) did not show: a shadow marks the edge that has
# more (drawn only while there is more: the white covers scroll with the content and hide it at
# each end; rows are see-through so it shows through them), and where the browser can tell that
# an output scrolls (CSS scroll-state queries), its caption says so.
REPORT_CSS = """
.ap-wrap { min-width: 16em; max-width: 40em; white-space: normal; text-align: left; overflow-wrap: anywhere; }
.ap-mid { min-width: 10em; max-width: 18em; white-space: normal; text-align: left; overflow-wrap: anywhere; }
.ap-text { text-align: left; white-space: nowrap; }
.ap-id { min-width: 10em; max-width: 18em; white-space: normal; text-align: left; word-break: break-all; }
.jp-RenderedHTMLCommon td, .jp-RenderedHTMLCommon th { vertical-align: top; white-space: nowrap; }
.jp-RenderedHTMLCommon th { white-space: normal; }
.jp-RenderedHTMLCommon th.ap-head-left { text-align: left; }
.jp-RenderedHTMLCommon table { font-variant-numeric: tabular-nums; }
.jp-RenderedHTMLCommon p { max-width: 56em; }
.jp-RenderedHTMLCommon tbody tr:nth-child(odd) { background: transparent; }
.jp-RenderedHTMLCommon tbody tr:nth-child(even) { background: rgba(0, 0, 0, .04); }
.jp-OutputArea-output { %(scroll)s }
@container scroll-state(scrollable: inline-end) {
  .jp-OutputArea-output > p:first-child::after { %(cue)s }
}
""" % {"scroll": SCROLL_EDGES, "cue": SCROLL_CUE}

# The index at half a screen (800 px, QA9 21): a side margin, and a table wider than the page
# scrolls inside its own box (.scroll) marked as the notebook pages' outputs are, not off the page.
INDEX_CSS = """
body { font-family: sans-serif; max-width: 64em; margin: 2em auto; padding: 0 1em; line-height: 1.45; color: #222; }
.scroll { overflow-x: auto; margin: .5em 0 1em; %(scroll)s }
.scroll > table { margin: 0; }
@container scroll-state(scrollable: inline-end) {
  .scroll > .scroll-cue::after { %(cue)s display: block; }
}
td, th { padding: .25em .6em; text-align: left; vertical-align: top; white-space: nowrap; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
td.id { white-space: normal; overflow-wrap: anywhere; min-width: 11em; }
td.wrap { white-space: normal; overflow-wrap: anywhere; min-width: 7em; }
table { border-collapse: collapse; margin: .5em 0 1em; }
tr:nth-child(even) td { background: rgba(0, 0, 0, .04); }  /* see-through: the scroll shadows show through */
h2 { margin-top: 1.6em; border-bottom: 1px solid #ddd; }
.thumbs { display: flex; flex-wrap: wrap; gap: .6em; margin: .3em 0 1.2em; }
.thumbs a { flex: 0 1 %(thumb)dpx; min-width: 0; }
.thumbs img { width: 100%%; height: auto; border: 1px solid #ddd; display: block; }
.failed { color: #b00; font-weight: bold; }
.failed-run { border: 2px solid #b00; background: #fff4f4; color: #600; padding: 0 1em; font-weight: bold; }
""" % {"scroll": SCROLL_EDGES, "cue": SCROLL_CUE, "thumb": THUMB_WIDTH}


def style_report(page: str) -> str:
    """An exported notebook page with the report CSS added to its head."""
    tag = f"<style>{REPORT_CSS}</style>"
    return page.replace("</head>", tag + "</head>", 1) if "</head>" in page else tag + page


def _cell(value: str, full: str) -> str:
    """A cell's text; an id shown short carries its whole value on hover."""
    return html.escape(value) if value == full else f'<span title="{html.escape(full)}">{html.escape(value)}</span>'




def _table(df: pd.DataFrame, numeric: set[str] = frozenset(), whole: frozenset[str] = frozenset()) -> str:
    """df as an HTML table; `whole`: text columns never cut (display.for_people)."""
    full = for_people(df, whole)
    shown = with_short_ids(full)  # display.short_id: host, …, last part
    head = "".join(f'<th class="num">{html.escape(c)}</th>' if c in numeric else f"<th>{html.escape(c)}</th>" for c in shown.columns)
    # an id that is still long (no URL to shorten) is wrapped anywhere (td.id) rather than run over the next
    # cells; a text column with a value longer than display.SHORT_TEXT wraps (td.wrap): a counter's full
    # name, an outlet named by a page title; unwrapped, seven such columns ran past the index (QA5 B13)
    long = {c for c in shown.columns if len(shown) and shown[c].astype(str).str.len().max() > SHORT_TEXT}
    kind = {c: ' class="num"' if c in numeric else ' class="id"' if c in ID_COLUMNS else ' class="wrap"' if c in long else ""
            for c in shown.columns}
    rows = []
    for r, f in zip(shown.itertuples(index=False), full.itertuples(index=False)):
        cells = "".join(f"<td{kind[c]}>{_cell(v, w)}</td>" for c, v, w in zip(shown.columns, r, f))
        rows.append(f"<tr>{cells}</tr>")
    return f"<div class='scroll'><span class='scroll-cue'></span><table><tr>{head}</tr>{''.join(rows)}</table></div>"


class TableProblem(Exception):
    """A table the summary reads is there but cannot be used (unreadable, cut short, other
    columns): its section says so in one line instead of the index not being written."""


RERUN = "rerun python -m analysis.pipeline to write it again"


def _read(path: Path, columns: list[str] | None = None, hidden: frozenset[str] = frozenset(),
          required: tuple[str, ...] = ()) -> pd.DataFrame | None:
    """The table, or None when its notebook has not run (the summary says so) or `hidden` names
    it (a table an earlier run wrote, not this one: see stale); TableProblem when it is there but
    cannot be read (a run that failed while writing it, a folder in its place)."""
    if not path.exists() or path.name in hidden:
        return None
    try:
        table = read_table(path, columns)
    except Exception as exc:  # noqa: BLE001 (pandas/pyarrow raise many kinds for a broken file)
        raise TableProblem(f"{path.name} in {path.parent} could not be read ({one_line(exc)}); {RERUN}.") from None
    missing = [c for c in (columns or required) if c not in table.columns]
    if missing:
        raise TableProblem(f"{path.name} in {path.parent} lacks {agreeing(len(missing), 'columns')} "
                           f"{', '.join(missing)}; {RERUN}.")
    return table


# what the coverage section reads of death_tolls.csv (the headline tolls of articles whose dates conflict)
TOLL_COLUMNS_READ = ("article_id", "value", "scope", "is_headline", "published")
# The columns each main table must have for its section (the rest it may lack): a table without
# them is a TableProblem, so that any other error in a section is the index's own bug (guarded).
# sentence_no only joins tone_sentences.csv; the tone tables' other columns are shown if there.
TOLLS_REQUIRED = tuple(c for c in TOLL_COLUMNS if c != "sentence_no")
BY_SOURCE_REQUIRED = ("outlet", "engine", "n_articles", "mean", "ci_low", "ci_high")
PAIRWISE_REQUIRED = ("outlet_a", "outlet_b", "difference", "p_perm", "p_holm", "significant")
# Where write_index keeps the traceback of a section that failed for a bug in its own code.
INDEX_ERRORS_FILE = "index_errors.txt"


def _usable(read, columns=(), without: str = "this table"):
    """A reader giving read()'s table, or None when the section can do without it: not there
    (its notebook has not run), unreadable or lacking `columns`. In the last two cases the
    reader's `problem` says what the section lacks (`without`) and why, for guarded to show: a
    broken side table must not read as an engine, a skipped article or a note that never was."""
    def usable():
        usable.problem = None
        try:
            table = read()
        except TableProblem as exc:
            usable.problem = f"{without}: {exc}"
            return None
        missing = [c for c in columns if table is not None and c not in table.columns]
        if missing:
            usable.problem = (f"{without}: {getattr(read, 'file', 'the table')} lacks "
                              f"{agreeing(len(missing), 'columns')} {', '.join(missing)}; {RERUN}.")
            return None
        return table
    usable.problem = None
    return usable


def guarded(heading: str, section, *tables, errors: Path | None = None) -> str:
    """section(*tables) (each table a function that reads it), or the section's heading and one
    line saying which table could not be used. The one home for the index's table problems: a
    notebook that failed mid-run (a death_tolls.csv cut short, a folder in its place) took the
    index writer down with a traceback and left no index.html (QA7 1). A table that cannot be
    read or lacks the columns its section needs is a TableProblem, said with a rerun hint; any
    other error is a bug in the section's code, which rerunning cannot mend: said as such, its
    traceback appended to `errors` (stderr when None) and named."""
    try:
        read = [t() for t in tables]
    except TableProblem as exc:
        return f"<h2>{html.escape(heading)}</h2>" + _p(f"Not shown: {exc}")
    problems = "".join(_p(f"Not shown: {t.problem}") for t in tables if getattr(t, "problem", None))
    try:
        return section(*read) + problems
    except TableProblem as exc:
        return f"<h2>{html.escape(heading)}</h2>" + _p(f"Not shown: {exc}")
    except Exception as exc:  # noqa: BLE001 (a bug in the section's code must not take the index down)
        trace = "".join(traceback.format_exception(exc))
        if errors is None:
            print(f"index section {heading!r}:\n{trace}", file=sys.stderr)
            where = "printed on stderr"
        else:
            with open(errors, "a", encoding="utf-8") as out:
                out.write(f"index section {heading!r}:\n{trace}\n")
            where = f"in {errors}"
        return f"<h2>{html.escape(heading)}</h2>" + _p(
            f"Not shown: the index could not show this section ({one_line(exc)}), an error in the index's own code, "
            f"not in the tables; its traceback is {where}; please report it.")


def _p(text: str) -> str:
    return f"<p>{html.escape(text)}</p>"


def notes_line(notes: pd.DataFrame | None) -> str:
    """What notebook 01's notes say was ignored (the count and the first), after each note that a
    corpus field has no column (tables.column_notes: the study lacks it until --columns names it)
    and the note that lists outlet names merged as one outlet."""
    from .ingest import SIDECAR_NAME

    from .outlet_names import says_outlets_merged

    ignored = [] if notes is None else ignored_notes(notes)
    unread = "".join(_p(f"Warning: {note}") for note in ([] if notes is None else column_notes(notes)))
    # one outlet's spellings merged (QA11 F19): said where the outlets are counted, with every name
    unread += "".join(_p(f"Note: {n}") for n in ([] if notes is None else notes["note"].dropna().astype(str))
                      if says_outlets_merged(n))
    # every other note on metadata.csv, counted too: "missing.txt does not exist" and a date it
    # could not read were only in notebook 01 (QA7 6)
    sidecar = [n for n in ([] if notes is None else sidecar_notes(notes)) if n not in ignored]
    word = "more note" if ignored else "note"
    more = (_p(f"{counted(len(sidecar), Worded(word + 's', word))} on {SIDECAR_NAME}{agreeing(len(sidecar), Worded(', the first', ''))}: "
               f"{sidecar[0]} (every note is in notebook 01, under the accounting of inputs).") if sidecar else "")
    if not ignored:
        return unread + more
    say = Worded("notes on the inputs say", "note on the inputs says")
    return unread + _p(f"{counted(len(ignored), say)} something was ignored, the first: {ignored[0]} "
              "(every note is in notebook 01, under the accounting of inputs).") + more


def inputs_section(articles: pd.DataFrame, notes: pd.DataFrame | None = None) -> str:
    acc = status_accounting(articles)
    ok = int((articles["status"].map(status_kind) == "ok").sum())
    n = len(articles)
    repeats = repeated_records(articles["status"])
    ignored = ignored_rows(articles["status"])
    rejected = int(rejected_rows(articles["status"]).sum())
    parts = [f"{ok:,} read and cleaned"]
    if repeats:  # read, once, as the article they repeat: not rejected
        parts.append(f"{repeats:,} {repeat_words(repeats)}")
    if ignored:  # a hidden file, README.md: not an article on purpose, not rejected
        parts.append(f"{ignored:,} ignored as not articles (hidden files, notes such as README.md)")
    if rejected or not (repeats or ignored):
        parts.append(f"{rejected:,} rejected")
    # the reasons are there to point to only when some input is not plainly read
    why = " (each with its reason below; nothing is dropped silently)" if ok < n else ""
    lines = ["<h2>Inputs</h2>", _p(f"{counted(n, 'inputs')}: {', '.join(parts)}{why}.")]
    return ("".join(lines) + _table(acc.rename(columns={"articles": "inputs"}), numeric={"inputs"})
            + rejected_lines(articles) + notes_line(notes))


def rejected_lines(articles: pd.DataFrame) -> str:
    """The rejected inputs by name with their reason (QA10 F16: the index promised them "below"
    and showed only counts per status): all when few, else the first REJECTED_LISTED and where
    the rest are. Rows that repeat an earlier record are read, not rejected, and not listed."""
    rejected = articles[rejected_rows(articles["status"])]
    if rejected.empty:
        return ""
    cols = [c for c in ("article_id", "source_path", "status") if c in rejected]
    shown = rejected.sort_values(cols[:2])[cols].head(REJECTED_LISTED).rename(columns={"status": "reason"})
    n = len(rejected)
    head = (counted(n, Worded("rejected inputs, each with its reason", "rejected input, with its reason")) + ":" if n <= REJECTED_LISTED
            else f"The first {len(shown)} of {n:,} rejected inputs with their reasons (every one is in notebook 01's table of "
                 f"inputs not read and in the status column of articles.parquet):")
    # each reason whole: a missing column's ends with the --columns to give, the part a reader needs
    return _p(head) + _table(shown.reset_index(drop=True), whole=frozenset({"reason"}))


def date_conflicts_lines(ok: pd.DataFrame, tolls: pd.DataFrame | None, on_topic_only: bool = False) -> str:
    """The studied articles whose own text states another publication date than the metadata
    (kept, and charted): how many, how many charted headline tolls they give, where they are listed."""
    from .tolls import dated_headline_tolls

    conflicts = text_date_conflicts(ok) if "warnings" in ok else text_date_conflicts(ok.iloc[:0].assign(warnings=""))
    if conflicts.empty:
        return ""
    n, far = len(conflicts), int((conflicts["gap_days"] > FAR_DATE_DAYS).sum())
    apart = f"than the metadata gives ({far:,} more than {FAR_DATE_DAYS} days apart); the metadata date is kept"
    state = Worded(f"articles of {len(ok):,} state another publication date in their own text {apart}, and the "
                   "charts place their tolls by it.",
                   f"article of {len(ok):,} states another publication date in its own text {apart}, and the "
                   "charts place its tolls by it.")
    text = counted(n, state)
    if tolls is not None and len(tolls):
        head = dated_headline_tolls(chart_rows(tolls, ok, on_topic_only)[0])
        gap = head["article_id"].map(conflicts.set_index("article_id")["gap_days"])
        come = Worded("headline tolls on the incident chart come", "headline toll on the incident chart comes")
        text += (f" {counted(int(gap.notna().sum()), come)} from {agreeing(n, Worded('them', 'it'))}, "
                 f"{int((gap > FAR_DATE_DAYS).sum()):,} from articles whose dates are more than {FAR_DATE_DAYS} days apart "
                 "(a bar there is hatched, \"date in doubt\", when its largest toll is one of these).")
    shown = conflicts.sort_values(["gap_days", "article_id"], ascending=[False, True]).head(DATE_CONFLICTS_LISTED)
    text += (f" {agreeing(n, Worded('Each has', 'It has'))} the warning \"metadata date ... kept, but the text states ...\" in notebook 01 and in the "
             f"warnings column of articles.parquet; the {len(shown)} furthest apart:")
    return _p(text) + _table(shown, numeric={"gap_days"})


def coverage_section(articles: pd.DataFrame, tolls: pd.DataFrame | None = None, on_topic_only: bool = False) -> str:
    ok = articles[articles["status"] == "ok"]
    dates = pd.to_datetime(ok["published"], errors="coerce")
    parts = ["<h2>Coverage</h2>"]
    if dates.notna().any():
        n_undated = int(dates.isna().sum())
        parts.append(_p(f"Published {dates.min():%Y-%m-%d} to {dates.max():%Y-%m-%d}; "
                        + (f"{n_undated:,} of {len(ok):,} articles have no date." if n_undated else "every article has a date.")))
    else:
        parts.append(_p(f"None of the {len(ok):,} articles has a publication date."))
    parts.append(date_conflicts_lines(ok, tolls, on_topic_only))
    off_topic = count_off_topic(ok["warnings"]) if "warnings" in ok else 0
    if off_topic:  # kept in every table: whether they belong in the study is the reader's call
        charts = (f"left off the death-toll charts ({ON_TOPIC_FLAG})" if on_topic_only
                  else f"on the charts unless the run uses {ON_TOPIC_FLAG}")
        never = Worded(f"articles of {len(ok):,} never name the conflict (--conflict-name); their tolls and tone are in "
                       f"the tables, their tolls {charts}, each article with a warning in notebook 01: check whether "
                       "they belong in the study.",
                       f"article of {len(ok):,} never names the conflict (--conflict-name); its tolls and tone are in "
                       f"the tables, its tolls {charts}, with a warning in notebook 01: check whether it belongs in "
                       "the study.")
        parts.append(_p(counted(off_topic, never)))
    parts.append(outlets_lines(ok["outlet"]))
    return "".join(parts)


def outlets_lines(outlet: pd.Series) -> str:
    """How many outlets, counted as the tone section counts them: named outlets, plus the articles
    of unknown outlet (a row of their own, last) when there are any, never "(unknown)" as one more
    outlet (QA9 S1: Coverage said "17 outlets", Tone "16 named outlets plus 176 of unknown outlet")."""
    outlets = outlet.dropna().value_counts()
    outlets = outlets.sort_index().sort_values(ascending=False, kind="stable")
    n_unknown = int(outlet.isna().sum())
    top = outlets.head(TOP_OUTLETS_LISTED)
    rest = outlets.iloc[TOP_OUTLETS_LISTED:]
    said = (counted(len(outlets), Worded("named outlets", "named outlet")) + f", plus {counted(n_unknown, 'articles')} "
            f"whose outlet is unknown" if n_unknown else counted(len(outlets), "outlets"))
    table = top.rename_axis("outlet").reset_index(name="articles")
    if len(rest):
        table = pd.concat([table, pd.DataFrame([{"outlet": f"{len(rest):,} other outlets", "articles": int(rest.sum())}])])
    if n_unknown:
        table = pd.concat([table, pd.DataFrame([{"outlet": UNKNOWN_OUTLET, "articles": n_unknown}])])
    return _p(said + (f"; the {len(top)} named with most articles:" if len(rest) else ":")) + _table(table, numeric={"articles"})


def skipped_tolls_line(skipped: pd.DataFrame | None) -> str:
    """How many articles' tolls notebook 02 skipped (over the time budget per article): read and
    cleaned, they would otherwise count as articles with no toll (QA7 10)."""
    if skipped is None or not len(skipped):
        return ""
    return _p(f"The tolls of {counted(len(skipped), 'articles')} were not read: {skipped['reason'].iloc[0]} (the first: "
              f"{skipped['article_id'].iloc[0]}). Notebook 02 and {SKIPPED_TOLLS_FILE} list "
              f"{agreeing(len(skipped), Worded('them', 'it'))}; each is counted above as read and cleaned.")


NOT_RUN = "No {what} (notebook {number} has not run)."


def left_out(tables: list[str], processed: Path) -> str:
    """What a section says of tables an earlier run left (stale: hidden): they are there, and why
    they are not shown. "notebook 02 has not run" was false after a Ctrl-C in 02 (QA10 F7)."""
    are = agreeing(len(tables), Worded("are", "is"))
    return (f"Left out: {' and '.join(tables)} in {processed} {are} from an earlier run, not the last one, perhaps "
            "from other inputs (see the box above).")


def tolls_section(tolls: pd.DataFrame | None, skipped: pd.DataFrame | None = None,
                  articles: pd.DataFrame | None = None, on_topic_only: bool = False, absent: str = "",
                  trust: bool = True) -> str:
    """The death-toll findings; the war's totals from the rows the charts draw (chart_rows: with
    --chart-on-topic-only none from articles that never name the conflict, else those marked),
    so a Yemen war's total is never the Syrian war's latest (QA8 8). `absent`: what to say when
    there is no table (default: notebook 02 has not run)."""
    from .accuracy import TOLLS_TRUST, tolls_trust_line
    from .tolls import timeline

    parts = ["<h2>Death tolls</h2>"]
    if tolls is None:
        return parts[0] + _p(absent or NOT_RUN.format(what="death-toll table", number="02"))
    # the README's figure, for a reader sent only reports/ (QA9 12); notebook 02 has its own section for it
    trust = _p(f"{TOLLS_TRUST}: {tolls_trust_line()}") if trust else ""
    parts.append(skipped_tolls_line(skipped))
    scope = tolls["scope"].value_counts()
    # mentions, not incidents: an article states the same toll in its headline and again when it
    # attributes it, and "1,400 incident" read as 1,400 incidents (QA6 B2)
    if not len(tolls):  # "0 mentions ... in 0 articles (0 distinct ...): 0 incident, 0 cumulative, 0 other"
        return "".join(parts) + _p("No article states a death toll that was read: the death-toll table has no rows.") + trust
    distinct = len(tolls.drop_duplicates(["article_id", "value"]))
    parts.append(_p(f"{counted(len(tolls), 'mentions')} of a death toll in {counted(tolls['article_id'].nunique(), 'articles')} "
                    f"({distinct:,} distinct when a number repeated in the same article counts once): "
                    + ", ".join(f"{int(scope.get(s, 0)):,} {s}" for s in ("incident", "cumulative", "other"))
                    + " mentions. Mentions are not events: many articles report the same incident."))
    if len(tolls) and not int(scope.get("cumulative", 0)):
        parts.append(_p("No claim is cumulative (a total over the war so far), so there is nothing to chart over time."))
    elif len(tolls):
        charted, off = war_total_rows(tolls, articles, on_topic_only)
        parts.append(_p(cumulative_counts_line(timeline.classify_cumulative(charted), int(scope.get("cumulative", 0)))))
        latest = timeline.latest_war_total(charted)
        if len(latest):
            parts.append(_p("The latest claim of the war's total by each counter (unattributed claims may come from any counter)"
                            + off_topic_words(latest, off, on_topic_only) + ":"))
            shown = latest.assign(as_worded=latest["qualifier"].str.replace("_", " "),
                                  outlet=latest["outlet"].fillna(UNKNOWN_OUTLET))  # as Coverage names it
            cols = ["counter", "counter_kind", "date", "value", "as_worded", "outlet", "article_id"]
            if shown["article_id"].isin(off).any():
                shown = shown.assign(never_names_the_conflict=shown["article_id"].isin(off).map({True: "yes", False: ""}))
                cols.append("never_names_the_conflict")
            parts.append(_table(shown[cols], numeric={"value"}))
        back = backwards_on_chart(tolls, articles, on_topic_only)  # notebook 02's table, as the chart circles them
        parts.append(_p(f"{counted(len(back), Worded('claims fall', 'claim falls'))} below an earlier lower bound of the same named counter"
                        + (":" if len(back) <= BACKWARDS_LISTED else f"; the first {BACKWARDS_LISTED} (all in notebook 02):")
                        if len(back) else "No claim falls below an earlier lower bound of the same named counter."))
        if len(back):
            back = back.assign(outlet=back["outlet"].fillna(UNKNOWN_OUTLET))
            parts.append(_table(back.head(BACKWARDS_LISTED)[["counter", "date", "value", "reason", "outlet", "article_id"]],
                                numeric={"value"}))
    return "".join(parts) + trust


def cumulative_counts_line(cum: pd.DataFrame, n_cumulative: int) -> str:
    """The cumulative claims by kind, counted from the rows the war-total chart draws, each kind's
    dated (charted) and undated claims said apart as the chart's titles say them (claim_counts)."""
    from .claim_counts import dated_and_undated
    from .tolls import timeline

    def kind(k: str, words: Worded, charted: bool = True) -> str:
        dated, undated = dated_and_undated(cum, k)
        return counted(dated + undated, words) + (f" ({dated:,} dated, on the chart; {undated:,} with no date, not charted)"
                                                if charted and undated else "")

    left = n_cumulative - len(cum)
    which = (f"Of the {len(cum):,} cumulative claims the charts draw ({left:,} from articles that never name the conflict "
             f"are left off, {ON_TOPIC_FLAG})" if left else "Of the cumulative claims")
    kinds = [kind(timeline.WAR_TOTAL, Worded("give the war's total over all victims", "gives the war's total over all victims")),
             kind(timeline.SUB_POPULATION, Worded("are a total for one group (children, journalists, the tortured, ...)",
                                                  "is a total for one group (children, journalists, the tortured, ...)")),
             kind(timeline.IMPLAUSIBLE, Worded("are too small to be the war's total", "is too small to be the war's total"),
                  charted=False),
             kind(timeline.VAGUE_TOTAL, Worded('are vague words ("hundreds of thousands"), no count',
                                               'is a vague word ("hundreds of thousands"), no count'), charted=False)]
    return f"{which}, {', '.join(kinds[:-1])} and {kinds[-1]}."


def off_topic_words(latest: pd.DataFrame, off: set, on_topic_only: bool) -> str:
    """What the war-total table leaves out (with ON_TOPIC_FLAG) or marks (without) of the claims
    from articles that never name the conflict; "" when there are none."""
    if not off:
        return ""
    whose = counted(len(off), Worded("articles that never name the conflict", "article that never names the conflict"))
    if on_topic_only:
        return f"; claims from {whose} are left out ({ON_TOPIC_FLAG}), as on the chart"
    mine = latest["article_id"].isin(off)
    if not mine.any():
        return ""
    whose = counted(int(latest.loc[mine, "article_id"].nunique()),
                    Worded("articles that never name the conflict", "article that never names the conflict"))
    return (f"; {counted(int(mine.sum()), Worded('rows come', 'row comes'))} from {whose} (never_names_the_conflict: yes): "
            f"another war's total may stand here, {ON_TOPIC_FLAG} leaves such claims out")


def tone_section(by_source: pd.DataFrame | None, pairwise: pd.DataFrame | None,
                 engine_pairs: pd.DataFrame | None = None, absent: str = "") -> str:
    """The tone verdict; `absent`: what to say without its tables (default: notebook 03 has not run)."""
    from .tone import accuracy_note, engines_compared, tone_verdict

    if by_source is None or pairwise is None:
        return "<h2>Tone of sources</h2>" + _p(absent or NOT_RUN.format(what="tone tables", number="03"))
    by = by_source[by_source["voice"] == "all"] if "voice" in by_source else by_source
    engine = str(by["engine"].iloc[0]) if "engine" in by and len(by) else ""
    scored = engines_compared(engine_pairs) if engine_pairs is not None else []
    note = accuracy_note(engine, scored) if engine else ""
    return ("<h2>Tone of sources</h2>" + Prose(tone_verdict(by, pairwise, engine_pairs=engine_pairs))._repr_html_()
            + engines_disagree_line(engine, engine_pairs) + (_p(note) if note else ""))


def engines_disagree_line(engine: str, engine_pairs: pd.DataFrame | None) -> str:
    """When the engines this run scored find different numbers of differing outlet pairs (the
    verdict's lead line gives each engine's count, QA6 A3): where to read which pairs hold with
    every engine, and which engine to publish. One sentence on the other engines' counts, not two."""
    from .tone import verdict

    if not verdict.found_by_others(engine_pairs, engine):  # the verdict names no other engine's count
        return ""
    return _p("Notebook 03 (\"Does the conclusion depend on the tone measure?\") lists which pairs hold with "
              "every engine; the README (\"How far the numbers can be trusted\") says which engine a published comparison should use.")


def _optional_columns(path: Path, wanted: tuple[str, ...]) -> list[str]:
    """Those of `wanted` the table has (the rejected inputs' file names: a table written without
    them still gives every other section); none when its schema cannot be read (_read says why)."""
    try:
        import pyarrow.dataset as ds

        names = set(ds.dataset(path, format="parquet").schema.names)
    except Exception:  # noqa: BLE001 (a broken or missing table is _read's to report)
        return []
    return [c for c in wanted if c in names]


def summary_html(processed: Path, hidden: frozenset[str] = frozenset(), on_topic_only: bool = False,
                 errors: Path | None = None) -> str:
    """What the study found, from the processed tables (sections for missing tables say so);
    tables named in `hidden` count as missing; `on_topic_only`: the run's --chart-on-topic-only;
    `errors`: where a section's own bug's traceback goes (see guarded)."""
    processed = Path(processed)

    def table(name: str, columns: list[str] | None = None, required: tuple[str, ...] = ()):
        read = functools.cache(lambda: _read(processed / name, columns, hidden, required))  # read once, by every section that needs it
        read.file = name
        return read

    def absent(*names: str) -> str:  # a table left out as an earlier run's is there: say so, not "has not run"
        stale = [n for n in names if n in hidden and (processed / n).exists()]
        return left_out(stale, processed) if stale else ""

    articles = table("articles.parquet", ["article_id", "status", "outlet", "published", "warnings"]
                     + _optional_columns(processed / "articles.parquet", ("source_path",)))
    try:
        if articles() is None:
            return _p(absent("articles.parquet") or f"No articles table in {processed}: notebook 01 has not run.")
    except TableProblem as exc:
        return _p(f"No findings: {exc}")
    tolls = table("death_tolls.csv", required=TOLLS_REQUIRED)
    shown = functools.partial(guarded, errors=errors)
    return "".join([
        shown("Inputs", inputs_section, articles,
                _usable(table(INPUT_NOTES), ("note",), "notebook 01's notes on the inputs (column warnings, notes on metadata.csv)")),
        shown("Coverage", lambda a, t: coverage_section(a, t, on_topic_only), articles,
                _usable(tolls, TOLL_COLUMNS_READ, "the headline tolls of articles whose dates conflict")),
        shown("Death tolls", lambda t, s, a: tolls_section(t, s, a, on_topic_only, absent("death_tolls.csv")), tolls,
              _usable(table(SKIPPED_TOLLS_FILE), ("article_id", "reason"), "the count of articles whose tolls were not read"),
              articles),
        shown("Tone of sources", lambda b, p, e: tone_section(b, p, e, absent("tone_by_source.csv", "tone_pairwise.csv")),
              table("tone_by_source.csv", required=BY_SOURCE_REQUIRED),
                table("tone_pairwise.csv", required=PAIRWISE_REQUIRED),
                _usable(table(AGREEMENT_FILE), ("outlet_a", "outlet_b", "robust"), "the other tone engines' counts (the verdict above is one engine's alone)")),
    ])


def notebooks_section(reports: Path, results) -> str:
    rows = []
    for r in results:
        link = f'<a href="{html.escape(r.html_path.name)}">{html.escape(r.name)}</a>' if r.html_path else html.escape(r.name)
        status = f'<span class="failed">{html.escape(r.status)}</span>' if r.status in ("failed", "interrupted") else html.escape(r.status)
        figs = "".join(
            f'<a href="figures/{html.escape(f.name)}"><img src="figures/{html.escape(f.name)}" alt="{html.escape(f.stem)}"></a>'
            for f in sorted((reports / "figures").glob(f"{r.name[:2]}_*.png"))
        )
        note = f" ({html.escape(r.message)})" if r.message else ""
        rows.append(f"<div class='report'><p>{link}: {status}{note}</p><div class='thumbs'>{figs}</div></div>")
    return "<h2>Reports</h2><p>Each report is an executed notebook with its code hidden.</p>" + "".join(rows)


def conflict_names(conflict_name: str | None) -> list[str]:
    """--conflict-name's names ('Syria|Assad' -> ['Syria', 'Assad']), each on one line."""
    return [" ".join(n.split()) for n in (conflict_name or "").split("|") if n.strip()]


def conflict_heading(conflict_name: str | None) -> str:
    """The index's subject: the conflict the run was given, as given ('Syria|Assad' -> 'War coverage
    (Syria)'), or plain 'War coverage' when it is not known. The page said "Syrian war coverage" for
    a run about another war (QA9 U1); a rule that turned the name into English ("the war in Syria")
    read "the Yemen's civil war", "the war in Boko Haram", "the war in Balkans" (rev10r): no rule
    knows which names are places, groups or wars, or which places take "the", so the name is not
    rewritten."""
    names = conflict_names(conflict_name)
    return f"War coverage ({names[0]})" if names else "War coverage"


def conflict_line(conflict_name: str | None, conflict_start: str | None) -> str:
    """Which conflict the run studied and from when, with the options that set them; '' when unknown."""
    names = conflict_names(conflict_name)
    if not names:
        return ""
    also = f" (also written {', '.join(names[1:])})" if len(names) > 1 else ""
    since = (f", from {conflict_start}: war-age phrases (\"the four-year war\") count from that day" if conflict_start else "")
    return _p(f"Conflict studied: {names[0]}{also}{since}; articles that never name it are marked "
              f"(--conflict-name {conflict_name}" + (f", --conflict-start {conflict_start}" if conflict_start else "") + ").")


def write_index(reports: Path, results, processed: Path | None = None, notice: list[str] = (),
                hidden: frozenset[str] = frozenset(), on_topic_only: bool = False,
                conflict_name: str | None = None, conflict_start: str | None = None) -> Path:
    """index.html: the findings first, then each notebook's report with thumbnails. `notice`:
    paragraphs shown first in a red box (the last run failed or was interrupted); `hidden`:
    tables an earlier run wrote, left out of the findings; `conflict_name`, `conflict_start`: the
    run's --conflict-name and --conflict-start, named in the heading and stated under it."""
    reports = Path(reports)
    errors = reports / INDEX_ERRORS_FILE
    errors.unlink(missing_ok=True)  # an earlier run's, not this index's
    summary = summary_html(processed, frozenset(hidden), on_topic_only, errors) if processed is not None else ""
    box = f"<div class='failed-run'>{''.join(_p(line) for line in notice)}</div>" if notice else ""
    subject = html.escape(conflict_heading(conflict_name))
    page = (
        f"<!doctype html><html><head><meta charset='utf-8'><title>{subject}: reports</title>"
        f"<style>{INDEX_CSS}</style></head><body><h1>{subject}: what the study found</h1>"
        + box + conflict_line(conflict_name, conflict_start) + summary + notebooks_section(reports, results)
        + (f"<p>Tables: {html.escape(str(processed))}</p>" if processed is not None else "")
        + "</body></html>"
    )
    path = reports / "index.html"
    path.write_text(page, encoding="utf-8")
    return path


FOUND_HEADING = "Found in this run"


class Found:
    """A stage's sections of the index, shown at the top of its notebook under FOUND_HEADING
    (QA11 F7: the notebooks said what they read and wrote, not what they found). The index's
    headings become subheadings; plain text (nbval, a terminal) is the HTML without tags."""

    def __init__(self, sections: str):
        self.html = f"<h2>{FOUND_HEADING}</h2>" + sections.replace("<h2>", "<h3>").replace("</h2>", "</h3>")

    def _repr_html_(self) -> str:
        return self.html

    def __repr__(self) -> str:
        import re

        text = re.sub(r"</(?:p|h[23]|tr)>", "\n", self.html)
        text = re.sub(r"</t[dh]>", "  ", text)
        return html.unescape(re.sub(r"<[^>]+>", "", text)).strip()


def found_articles(articles: pd.DataFrame, notes: pd.DataFrame | None = None) -> Found:
    """Notebook 01's findings: the index's Inputs and Coverage sections (tolls not yet read)."""
    return Found(inputs_section(articles, notes) + coverage_section(articles))


def found_tolls(tolls: pd.DataFrame, articles: pd.DataFrame, processed: Path, on_topic_only: bool = False) -> Found:
    """Notebook 02's findings: the index's Death tolls section (the latest war-total claim per
    counter, claims below a counter's bound, the skipped articles stages.death_tolls wrote to
    `processed`), without the trust line notebook 02 shows itself."""
    skipped = _read(Path(processed) / SKIPPED_TOLLS_FILE)
    return Found(tolls_section(tolls, skipped, articles, on_topic_only, trust=False))


def found_tone(t: dict) -> Found:
    """Notebook 03's findings from stages.source_tone's tables: the index's Tone of sources section."""
    return Found(tone_section(t["by_source"], t["pairwise"], t["agreement"]["pairs"]))
