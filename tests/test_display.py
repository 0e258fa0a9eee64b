"""Tables for people: numbers, dates, missing values, long text, natural order, samples at scale."""

from __future__ import annotations

import datetime
import re

import numpy as np
import pandas as pd
import report_tables as rt
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis import display


def test_whole_numbers_dates_and_missing():
    df = pd.DataFrame({
        "value": [195000.0, np.nan, 3.0], "p_perm": [0.0123, np.nan, 0.00001], "mean": [0.5, -0.00009, 0.0],
        "published": pd.to_datetime(["2014-11-28", None, "2017-01-23"]),
        "attributed_to": ["United Nations", None, np.nan], "flag": [True, False, True],
        "date_low": pd.Series([pd.NaT, datetime.date(2011, 3, 15), None], dtype=object),
    })
    shown = display.for_people(df)
    assert list(shown["value"]) == ["195,000", "", "3"]
    assert list(shown["p_perm"]) == ["0.012", "", "1e-05"]
    assert list(shown["mean"]) == ["0.500", "0.000", "0.000"]
    assert list(shown["published"]) == ["2014-11-28", "", "2017-01-23"]
    assert list(shown["attributed_to"]) == ["United Nations", "", ""]
    assert list(shown["flag"]) == ["yes", "no", "yes"]
    assert list(shown["date_low"]) == ["", "2011-03-15", ""]
    text = repr(display.people_table(df)) + display.people_table(df)._repr_html_()
    for bad in ("NaN", "NaT", "None", "195000.0", "nan"):
        assert bad not in text


def test_natural_order():
    rng = np.random.default_rng(0)
    for _ in range(200):  # generated names: a prefix and a number of 1 to 5 digits
        names = [f"{rng.choice(['a', 'file', 'x-'])}{rng.integers(0, 10 ** rng.integers(1, 6))}"
                 for _ in range(rng.integers(1, 30))]
        out = list(display.natural_sort(pd.DataFrame({"id": names}), "id")["id"])
        assert out == sorted(names, key=lambda s: (s.rstrip("0123456789"), int(s[len(s.rstrip("0123456789")):])))


def test_long_text_is_wrapped_in_html_and_escaped():
    df = pd.DataFrame({"sentence": ["<b>killed</b> " + "word " * 40], "n": [1]})
    page = display.people_table(df)._repr_html_()
    assert f'class="{display.WRAP_CLASS}"' in page
    assert "<b>killed" not in page and "&lt;b&gt;killed" in page


def test_a_mostly_blank_name_column_gets_the_narrow_wrap():
    """One long source name among blanks must not widen the column to a sentence's width
    (notebook 02's sample table ran off a 1,300-pixel page that way)."""
    names = [""] * 9 + ["Syrian Observatory for Human Rights monitoring group"]
    page = display.people_table(pd.DataFrame({"attributed_to": names, "n": range(10)}))._repr_html_()
    assert f'class="{display.MID_CLASS}"' in page and f'class="{display.WRAP_CLASS}"' not in page


def test_a_large_table_is_a_summary_and_a_sample():
    arts = rt.articles(10_000)
    tolls = rt.tolls(arts)
    flagged = tolls["scope"] == "cumulative"
    t = display.people_table(tolls, columns=["article_id", "value", "scope"], sort_by=["article_id"],
                             largest="value", flagged=flagged, flag_label="cumulative", full_table="death_tolls.csv")
    assert len(t) <= 3 * display.SAMPLE_EACH
    assert f"{len(tolls):,} rows" in t.caption and "death_tolls.csv" in t.caption
    assert str(f"{int(flagged.sum()):,} cumulative") in t.caption
    shown = t.shown
    assert set(shown[display.SHOWN_AS]) == {"first rows", "largest value", "cumulative"}
    top = f"{tolls['value'].max():,.0f}"
    assert top in set(shown["value"])
    assert len(t._repr_html_()) < 50_000


def test_reasons_grouped_by_kind_with_probability_apart():
    removed = pd.DataFrame({
        "article_id": ["a", "a", "b", "c"], "line_no": [1, 2, 3, 4], "text": ["x"] * 4,
        "reason": ["boilerplate (p_body=0.01): words typical of site chrome, one or two words",
                   "boilerplate (p_body=0.50): isolated among boilerplate lines",
                   "image id", "no sentence-like line anywhere in the text (menu or footer only)"],
    })
    split = display.split_reasons(removed)
    assert list(split["kind"]) == ["boilerplate", "boilerplate", "image id",
                                   "no sentence-like line anywhere in the text (menu or footer only)"]
    assert list(split["detail"])[:2] == ["words typical of site chrome, one or two words", "isolated among boilerplate lines"]
    assert split["p_body"].iloc[1] == 0.5 and np.isnan(split["p_body"].iloc[2])
    summary = display.reason_summary(removed).set_index("kind")
    assert summary.loc["boilerplate", "lines"] == 2 and summary.loc["boilerplate", "articles"] == 1
    assert len(summary) == 3


def test_significant_pairs_first():
    arts = rt.articles(2000)
    tone = rt.article_tone(arts)
    pw = rt.pairwise(rt.by_source(tone))
    assert not pw["significant"].iloc[0]
    first = display.pairwise_first(pw)
    assert first["significant"].iloc[0]
    t = display.people_table(first, flagged=first["significant"], flag_label="significant")
    assert t.shown["significant"].iloc[0] == "yes"


def test_empty_or_all_missing_datetime_columns_render():
    """A run where no input was read gives tables with empty/all-NaT date columns; they must
    render (HTML and text) rather than raise from a datetime reduction."""
    for df in (pd.DataFrame({"published": pd.Series([], dtype="datetime64[ns]"), "n": pd.Series([], dtype=float)}),
               pd.DataFrame({"published": pd.Series([pd.NaT, pd.NaT], dtype="datetime64[ns]")})):
        t = display.people_table(df, sort_by="published")
        t._repr_html_()
        repr(t)
        assert all(t.shown[c].dtype == object for c in t.shown.columns)


@given(st.floats(min_value=-0.0005, max_value=0.0005, exclude_min=True, exclude_max=True),
       st.floats(min_value=-10, max_value=10, allow_nan=False))
def test_no_negative_zero_and_rounding_unchanged(tiny, other):
    """A mean that rounds to zero reads 0.000 (a reader takes -0.000 for a sign); others round as before."""
    shown = display.for_people(pd.DataFrame({"mean": [tiny, other, 0.5]}))["mean"].tolist()
    assert shown[0] == "0.000"
    assert not shown[1].startswith("-0.000") and not shown[1] == "-0"
    if abs(other) >= 0.0005 and other != round(other):
        assert shown[1] == f"{other:,.3f}"
    whole = display.for_people(pd.DataFrame({"n": [-0.0, 2.0]}))["n"].tolist()
    assert whole == ["0", "2"]


# ------------------------------------------------------------------ wide tables, long ids

_NAME = st.text("abcdefghijklmnopqrstuvwxyz_", min_size=2, max_size=32).filter(lambda s: s.strip("_"))


@st.composite
def _wide_frame(draw):
    names = draw(st.lists(_NAME, min_size=2, max_size=40, unique=True))
    n = draw(st.integers(1, 8))
    cols = {"article_id": [f"c:{i}" for i in range(n)]}
    for name in names:
        if draw(st.booleans()):
            cols[name] = draw(st.lists(st.floats(-1e6, 1e6, allow_nan=False), min_size=n, max_size=n))
        else:
            cols[name] = draw(st.lists(st.text("abc xyz", max_size=90), min_size=n, max_size=n))
    return pd.DataFrame(cols)


@settings(deadline=None, max_examples=60)
@given(_wide_frame())
def test_a_wide_table_shows_the_columns_that_fit_and_names_the_rest_under_it(df):
    """tone.csv's sample ran 11 of 17 columns past a laptop's page with only a hint to scroll:
    the table shows what fits, in the caller's order, and under it names every column left out
    and the file that holds them all."""
    table = display.people_table(df, full_table="tone.csv")
    shown = list(table.shown.columns)
    assert shown[0] == "article_id", "what a row is stays"
    assert shown == [c for c in df.columns if c in shown], "the caller's order is kept"
    blank = [c for c in df.columns[1:] if (df[c].astype(str) == "").all()]  # named apart (blank in every row)
    left = [c for c in df.columns if c not in shown and c not in blank]
    widths = display.column_widths(table.shown)
    assert sum(widths.values()) <= display.PAGE_EM or shown == ["article_id"]
    if left:
        assert (", ".join(left) + ".") in table.footer and "tone.csv" in table.footer
        html_page = table._repr_html_()
        assert html_page.rindex("tone.csv") > html_page.index("</table>"), "named under the table"
        assert table.footer in repr(table)
    else:
        assert "to fit the page" not in table.footer
    if sum(display.column_widths(display.for_people(df.drop(columns=blank))).values()) > display.PAGE_EM:
        assert left, "a table estimated wider than the page leaves columns out"


_HOST = st.from_regex(r"(www\.)?[a-z]{3,20}(-[a-z]{2,12})?\.(com|co\.uk|org|net)", fullmatch=True)
_SEGMENT = st.from_regex(r"[a-z0-9]{1,12}(-[a-z0-9]{1,12}){0,9}", fullmatch=True)


@st.composite
def _url_id(draw):
    path = draw(st.lists(_SEGMENT, min_size=1, max_size=6))
    query = draw(st.one_of(st.just(""), st.from_regex(r"\?utm_source=[a-z_]{3,40}(&utm_medium=[a-z]{3,30})?", fullmatch=True)))
    prefix = draw(st.sampled_from(["", "u:", "export.jsonl:", "corpus/part-1.jsonl:"]))
    fragment = draw(st.sampled_from(["", "#comments", "#section-2"]))  # a place in the page, not a page: dropped
    return prefix + f"https://{draw(_HOST)}/" + "/".join(path) + draw(st.sampled_from(["", "/"])) + query + fragment


@settings(deadline=None)
@given(st.lists(_url_id(), min_size=1, max_size=8, unique=True))
def test_a_url_id_is_shown_short_and_readable_and_kept_whole_in_the_table(ids):
    """URL ids wrapped over three lines of a cell: a reader sees the host and the page's last
    path part (an ellipsis for the rest), the whole id on hover; ids stay apart; the processed
    table (the frame given) keeps them whole."""
    df = pd.DataFrame({"article_id": ids, "outlet": ["x"] * len(ids)})
    before = df.copy()
    table = display.people_table(df)
    text = repr(table)
    page = table._repr_html_()
    pd.testing.assert_frame_equal(df, before)
    shown = display.short_ids(pd.Series(ids))
    assert shown.nunique() == len(ids), "two ids never look alike"
    for full, short in zip(ids, shown):
        host = full.split("://", 1)[1].split("/", 1)[0].removeprefix("www.")
        parts = [p for p in re.split(r"[?#]", full.split("://", 1)[1])[0].split("/")[1:] if p]
        if len(full) <= display.SHORT_ID_CHARS:
            assert short == full
            continue
        assert len(short) <= display.SHORT_ID_CHARS or short == full
        if short != display.short_id(full):  # a fuller form only when the shortest would look like another id's
            assert sum(display.short_id(i) == display.short_id(full) for i in ids) > 1
            continue
        meaningful = [p for p in parts if not display._generic(p)]
        assert "?" not in short and "#" not in short and "comments" not in short.split("/")[-1], (full, short)
        if meaningful:
            assert short.endswith(meaningful[-1][-5:]), (full, short)  # the page's own part, query dropped
        if host in short and meaningful:  # the host whole, then the slug's start too
            assert meaningful[-1][:5] in short, (full, short)
        elif host not in short:  # a long file prefix and host: cut in the middle, the start kept
            assert short.startswith(full.split("https://")[0]), (full, short)
        assert short in text and f'title="{full.replace("&", "&amp;")}"' in page


_SLUG = st.from_regex(r"[a-z]{3,12}(-[a-z0-9]{2,10}){2,6}", fullmatch=True)
# what follows a page's own part in real URLs: an AMP copy, an index file, a page number, a trailing slash
_GENERIC_TAIL = st.sampled_from(["", "/", "/amp", "/amp/", "/index.html", "/index.php", "/2", "/print"])


@st.composite
def _page_urls(draw):
    """URLs of one site's pages, each with its own slug and a generic tail, some query-only pages."""
    host = draw(_HOST)
    slugs = draw(st.lists(_SLUG, min_size=1, max_size=8, unique=True))
    urls = []
    for slug in slugs:
        if draw(st.booleans()):
            dated = draw(st.from_regex(r"/20[12][0-9]/[01][0-9]/[0-3][0-9]", fullmatch=True))
            urls.append(f"https://{host}/news{dated}/{slug}" + draw(_GENERIC_TAIL))
        else:  # the page named only by its query
            urls.append(f"https://{host}/news/article.php?story={slug}&utm_source=" + draw(st.from_regex(r"[a-z]{3,20}", fullmatch=True)))
    return slugs, urls


@settings(deadline=None, max_examples=60)
@given(_page_urls(), st.randoms(use_true_random=False))
def test_amp_index_and_query_only_urls_show_their_pages_own_part_apart_and_the_same_in_any_order(page, rnd):
    """AMP copies all ended in "amp", index files in "index.html", query-only pages in the same
    file name: shown by their last path part they looked alike and were shown whole, 100+
    characters. Each shows its own slug, short; ids stay apart; the same set of ids shows
    the same in any order."""
    slugs, urls = page
    shown = display.short_ids(pd.Series(urls))
    assert shown.nunique() == len(urls)
    for slug, url, short in zip(slugs, urls, shown):
        assert len(short) <= display.SHORT_ID_CHARS or short == url
        if len(url) > display.SHORT_ID_CHARS:
            assert short.endswith(slug[-5:]) or f"={slug[:3]}" in short, (url, short)
            if len(url.split("/")[2]) <= 20:  # a long host leaves the slug's middle cut, its start kept
                assert slug[:3] in short, (url, short)
    order = list(range(len(urls)))
    rnd.shuffle(order)
    again = display.short_ids(pd.Series([urls[i] for i in order]))
    assert list(again) == [shown[i] for i in order], "deterministic, whatever the row order"


@settings(max_examples=40)
@given(st.integers(min_value=0, max_value=12), st.integers(min_value=20, max_value=80), st.booleans())
def test_an_intervals_two_ends_are_shown_or_left_out_together(n_before, width, low_first):
    """Fitting notebook 01's articles table kept date_low and dropped date_high: the lower
    bound alone reads as the date (review finding)."""
    from analysis.display import fit_columns

    cols = {f"c{i}": ["x" * width] for i in range(n_before)}
    ends = ["date_low", "date_high"] if low_first else ["date_high", "date_low"]
    cols.update({ends[0]: ["2016-01-01"], "title": ["t" * width], ends[1]: ["2016-12-31"]})
    shown = fit_columns(pd.DataFrame(cols))
    assert ("date_low" in shown) == ("date_high" in shown), shown


def test_a_sample_names_each_set_of_rows_once():
    """Notebook 03's pairs (significant first) read 'showing 10: the first 10 and the first 10
    significant': the same ten rows named twice."""
    n = display.MAX_ROWS + 3 * display.SAMPLE_EACH
    k = display.SAMPLE_EACH
    df = pd.DataFrame({"pair": [f"p{i}" for i in range(n)], "significant": [True] * (k + 2) + [False] * (n - k - 2)})
    t = display.people_table(df, flagged=df["significant"], flag_label="significant")
    assert t.caption.count(f"the first {k}") == 1, t.caption
    assert f"showing {k}: the first {k} (all significant)." in t.caption, t.caption
    df["significant"] = [False] * k + [True] * (n - k)  # the flagged rows come after the first: both sets named
    t = display.people_table(df, flagged=df["significant"], flag_label="significant")
    assert f"showing {2 * k}: the first {k} and the first {k} significant." in t.caption, t.caption
    df["significant"] = [True, False] + [False] * (n - 2)  # one flagged row among the first: said as such
    t = display.people_table(df, flagged=df["significant"], flag_label="significant")
    assert f"showing {k}: the first {k} (among them the first 1 significant)." in t.caption, t.caption


@settings(max_examples=20, deadline=None)
@given(st.integers(1, 150), st.sampled_from([np.nan, None, ""]))
def test_a_column_blank_in_every_row_is_named_under_the_table_not_shown(n, blank):
    """FA-KES's removed lines were all link lists, so p_body and the summary's p_body_median and
    p_body_max were empty columns with unexplained names; a blank `largest` column picked its
    'largest' rows at random. Such a column is named under the table; one with a value is shown."""
    removed = pd.DataFrame({"article_id": [f"a{i}" for i in range(n)], "line_no": range(n), "text": ["Read Also"] * n,
                            "p_body": [blank] * n, "kind": ["link list"] * n})
    table = display.people_table(removed, largest="p_body", full_table="removed_lines.csv", what="removed lines")
    assert "p_body" not in table.shown.columns and "p_body: blank in every row, not shown." in table.footer
    assert "largest p_body" not in table.caption and "largest p_body" not in set(table.shown.get(display.SHOWN_AS, []))
    assert "p_body: blank in every row" in table._repr_html_()
    shown = display.people_table(removed.assign(p_body=[0.5] + [np.nan] * (n - 1)), largest="p_body")
    assert "p_body" in shown.shown.columns and "blank in every row" not in shown.footer


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(min_size=0, max_size=8), max_size=12))
def test_natural_order_takes_any_text(values):
    """A file named '¹.txt' stopped notebook 01 ('¹' is a digit to str.isdigit, not to int():
    found by test_properties' generated raw folders). Any text orders, and digit runs by number."""
    order = display.natural_order(pd.DataFrame({"id": values}), "id")
    assert sorted(order.tolist()) == list(range(len(values)))
    assert display.natural_key("row2") < display.natural_key("row10")
