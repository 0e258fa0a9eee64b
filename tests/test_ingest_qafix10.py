"""QA10's input findings: Excel's own date forms in a CSV date column are read (F21); a text
date read both ways is warned about and --columns date_order= reaches text and HTML files (F13);
metadata.csv takes the corpus reader's column aliases and an ignored one is said (F14)."""

from __future__ import annotations

import csv
import io
from datetime import date

from hypothesis import given, strategies as st

from analysis.ingest import iter_raw
from analysis.metadata_dates import parse_metadata_date

from export_records import FAST, TEXT

DAYS = st.dates(min_value=date(1995, 1, 1), max_value=date(2025, 12, 31))
MON = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def excel_short(d: date, four_digits: bool) -> str:
    """Excel's d-mmm-yy / d-mmm-yyyy display."""
    return f"{d.day}-{MON[d.month - 1]}-{d.year if four_digits else d.year % 100:02d}"


def excel_serial(d: date, time: bool, mark: str = ".") -> str:
    """Excel's 1900 date system: 1 is 1900-01-01 and a false 1900-02-29 is counted, so from
    March 1900 a day's serial is its distance from 1899-12-30; a time is the fraction, after the
    locale's decimal mark ('.' or ',')."""
    return str((d - date(1899, 12, 30)).days) + (f"{mark}520833" if time else "")


def _csv_folder(raw, published: list[str]):
    raw.mkdir(parents=True, exist_ok=True)
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["text", "date", "outlet"])
    for i, p in enumerate(published):
        w.writerow([TEXT.format(n=i + 2), p, "AFP"])
    (raw / "x.csv").write_text(out.getvalue(), encoding="utf-8")
    return raw


def test_excel_serial_epoch_is_excels():
    """42444 is 15 March 2016 in Excel (the QA file's value; 1 = 1900-01-01 with Lotus's 29 February)."""
    assert excel_serial(date(2016, 3, 15), False) == "42444"
    assert parse_metadata_date("42444")[0] is None  # a bare number alone is no date
    assert parse_metadata_date("42444", serial=True) == (date(2016, 3, 15), "Excel serial day")


@FAST
@given(st.lists(st.tuples(DAYS, st.booleans()), min_size=1, max_size=6), st.booleans(), st.sampled_from(".,"))
def test_excel_date_forms_in_a_csv_are_read(tmp_path_factory, days, serial, mark):
    """'15-Mar-16' and '15-Mar-2016' (Excel's short date) and a column of serial days (42444, with
    a time 42444.520833 or, in a comma-decimal locale, 42444,520833: rev10r) each warned 'could not
    be read' and took the text's date."""
    raw = tmp_path_factory.mktemp("raw")
    values = [excel_serial(d, flag, mark) if serial else excel_short(d, flag) for d, flag in days]
    docs = list(iter_raw(_csv_folder(raw, values)))
    assert [d.published for d in docs] == [d.isoformat() for d, _ in days]
    assert not any("could not be read" in w for d in docs for w in d.warnings)


def test_the_reviewers_comma_decimal_serials_are_read_and_hinted():
    from analysis.metadata_dates import excel_serial_column, serial_hint

    assert excel_serial_column(["42444,520833", "42445,25"])
    assert serial_hint("42444,520833")


@FAST
@given(st.lists(st.tuples(DAYS, st.booleans()), min_size=1, max_size=4), DAYS, st.sampled_from(".,"))
def test_a_serial_number_among_other_dates_is_not_read_as_a_day(tmp_path_factory, days, iso, mark):
    raw = tmp_path_factory.mktemp("raw")
    docs = list(iter_raw(_csv_folder(raw, [iso.isoformat()] + [excel_serial(d, t, mark) for d, t in days])))
    assert docs[0].published == iso.isoformat()
    assert all(d.published is None for d in docs[1:])
    # each says what it may be and what to do (QA10 F21: 'could not be read' only)
    assert all(any("Excel serial day" in w for w in d.warnings) for d in docs[1:]), [d.warnings for d in docs]


# day and month both 1-12 and different: a slash date that reads either way
either_way = st.tuples(st.integers(1, 12), st.integers(1, 12), st.integers(2012, 2020)).filter(lambda t: t[0] != t[1])
PAGE = "Syria talks resume in Geneva\n{stamp}\n{more}GENEVA - " + TEXT.format(n=12) + " The conflict goes on.\n"
HTML_PAGE = ("<html><head><title>Syria talks resume in Geneva</title></head><body><h1>Syria talks resume in Geneva</h1>"
             "<p>{stamp}</p>{more}<p>GENEVA - " + TEXT.format(n=12) + " The conflict goes on.</p></body></html>")


def _page_folder(raw, pages: list[tuple[int, int, int]], suffix: str, settled: bool):
    raw.mkdir(parents=True, exist_ok=True)
    for i, (a, b, y) in enumerate(pages):
        more = "Last updated 14/03/2017\n" if settled else ""  # a date that reads day first only
        page = HTML_PAGE if suffix == ".html" else PAGE
        (raw / f"p{i}{suffix}").write_text(page.format(stamp=f"{a:02d}/{b:02d}/{y}", more=more), encoding="utf-8")
    return raw


@FAST
@given(st.lists(either_way, min_size=1, max_size=3, unique=True), st.sampled_from([".txt", ".html"]))
def test_either_way_slash_date_of_a_page_is_warned_and_date_order_reads_it(tmp_path_factory, pages, suffix):
    """'03/04/2016' under a plain-text article's title was read 4 March without a word, and
    --columns date_order=d/m/y did not reach .txt or HTML files."""
    from analysis.articles import build_articles

    raw = _page_folder(tmp_path_factory.mktemp("raw"), pages, suffix, settled=False)
    arts = build_articles(raw, progress=False)[0].set_index("source_path")
    for i, (a, b, y) in enumerate(pages):
        row = arts.loc[f"p{i}{suffix}"]
        month_first, day_first = f"{y}-{a:02d}-{b:02d}", f"{y}-{b:02d}-{a:02d}"
        # the US habit, on a .txt and an HTML page alike (small11: HTML took htmldate's guess of the order)
        assert str(row.published) == month_first, row.date_evidence
        other = "d/m/y" if str(row.published) == month_first else "m/d/y"
        assert f"{a:02d}/{b:02d}/{y} read as " in row.warnings and f"date_order={other}" in row.warnings, row.warnings
        # rev10r: the option is folder-wide ("if the outlet writes day first" led a mixed folder astray)
        assert "if every outlet in this folder writes the" in row.warnings and "metadata.csv" in row.warnings
    for typed, read in (("d/m/y", lambda a, b, y: f"{y}-{b:02d}-{a:02d}"), ("m/d/y", lambda a, b, y: f"{y}-{a:02d}-{b:02d}")):
        arts = build_articles(raw, progress=False, columns=f"date_order={typed}")[0].set_index("source_path")
        for i, (a, b, y) in enumerate(pages):
            row = arts.loc[f"p{i}{suffix}"]
            assert str(row.published) == read(a, b, y), (typed, row.date_evidence)
            assert "read as" not in row.warnings


# rev10r: htmldate's fast mode reads this visible line itself (no date in the page's code), in its own order.
PUBLISHED_PAGE = ("<html><head><title>Shelling kills 12</title></head><body><article><h1>Shelling kills 12 in Aleppo</h1>"
                  "<p class=\"date\">Published: {stamp}</p>" + "<p>At least 12 people were killed in Aleppo, activists said. "
                  "The Syrian Observatory for Human Rights said the toll could rise.</p>" * 3 + "</article></body></html>")


def _published_page(a: int, b: int, y: int, date_order: str | None):
    import re

    from analysis.dates import publication_date

    page = PUBLISHED_PAGE.format(stamp=f"{a:02d}/{b:02d}/{y}")
    return publication_date(re.sub("<[^>]+>", "\n", page), html=page, today=date(2026, 12, 1), date_order=date_order)


@FAST
@given(either_way)
def test_a_visible_published_line_htmldate_reads_obeys_date_order_and_is_warned(day_month_year):
    """rev10r: a page's "Published: 03/04/2016" was read 3 April for date_order None, md and dm alike,
    with no warning and "page markup" as its evidence, though the page's code holds no date."""
    a, b, y = day_month_year
    stamp = f"{a:02d}/{b:02d}/{y}"
    assert str(_published_page(a, b, y, "md").published) == f"{y}-{a:02d}-{b:02d}"
    assert str(_published_page(a, b, y, "dm").published) == f"{y}-{b:02d}-{a:02d}"
    for order in ("md", "dm"):
        assert not _published_page(a, b, y, order).warnings
    guessed = _published_page(a, b, y, None)
    assert guessed.evidence == f"page text: {stamp}"
    assert any(w.startswith(f"{stamp} read as ") for w in guessed.warnings), guessed.warnings


def test_the_reviewers_published_page_reads_each_order():
    assert str(_published_page(3, 4, 2016, "md").published) == "2016-03-04"
    assert str(_published_page(3, 4, 2016, "dm").published) == "2016-04-03"


@FAST
@given(st.lists(either_way, min_size=1, max_size=3, unique=True))
def test_a_page_that_settles_its_order_gets_no_either_way_warning(tmp_path_factory, pages):
    """A date on the page that reads day first only (14/03/2017) decides its order: no warning."""
    from analysis.articles import build_articles

    raw = _page_folder(tmp_path_factory.mktemp("raw"), pages, ".txt", settled=True)
    arts = build_articles(raw, progress=False)[0]
    assert not arts["warnings"].str.contains("read as").any()


def _sidecar_names():
    """The corpus reader's names for outlet and published (the sidecar must take the same)."""
    from analysis.corpus_columns import COLUMN_ALIASES

    return st.fixed_dictionaries({
        "file": st.sampled_from(["file", "filename", "path"]),
        "outlet": st.sampled_from([n for n in COLUMN_ALIASES["outlet"] if n != "source.name"]),
        "published": st.sampled_from(COLUMN_ALIASES["published"]),
    })


@FAST
@given(_sidecar_names(), st.lists(st.sampled_from(["AFP", "Reuters", "SANA"]), min_size=1, max_size=4),
       st.sampled_from([str.lower, str.title]))
def test_metadata_csv_takes_the_corpus_readers_column_names(tmp_path_factory, names, outlets, case):
    """`filename,source,date` (names a corpus CSV is read by) made metadata.csv ignored whole."""
    raw = tmp_path_factory.mktemp("raw")
    rows = [",".join(case(names[f]) for f in ("file", "outlet", "published"))]
    for i, outlet in enumerate(outlets):
        (raw / f"a{i}.txt").write_text(TEXT.format(n=i + 2), encoding="utf-8")
        rows.append(f"a{i}.txt,{outlet},2016-03-{i + 10}")
    (raw / "metadata.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    docs = {d.source_path: (d.outlet, d.published) for d in iter_raw(raw)}
    assert docs == {f"a{i}.txt": (o, f"2016-03-{i + 10}") for i, o in enumerate(outlets)}


@FAST
@given(st.sampled_from(["name,outlet", "article,source,date", "title,published"]))
def test_an_ignored_metadata_csv_is_said_on_the_console(tmp_path_factory, header):
    """The only trace of an ignored metadata.csv was a row of input_notes.csv in the index: the
    notes the pipeline prints after notebook 01 (tables.column_notes) now hold it, with the names
    a file column may have."""
    import pandas as pd

    from analysis import tables
    from analysis.articles import build_articles

    raw = tmp_path_factory.mktemp("raw")
    (raw / "a.txt").write_text(TEXT.format(n=3), encoding="utf-8")
    (raw / "metadata.csv").write_text(header + "\n" + ",".join(["a.txt"] + ["x"] * header.count(",")) + "\n", encoding="utf-8")
    _, _, problems = build_articles(raw, progress=False)
    path = tables.write_table(tables.notes_table(problems), raw.parent / f"{raw.name}_notes.csv")
    shown = tables.column_notes(tables.read_table(path))
    assert [n for n in shown if n.startswith("metadata.csv: ignored") and "filename" in n], (problems, shown)


# Cues a page may carry besides its stamp: none (the order is the US habit's), a slash date that
# reads one way only, dates in words written day first, a day-first or month-first time zone.
ORDER_CUES = ("", "<p>Last updated 14/03/2017</p>", "<p>Last updated 03/14/2017</p>",
              "<p>The strike on 5 March 2017 hit a market.</p>", "<p>Posted 10:15 GMT</p>", "<p>Posted 10:15 EST</p>")


@FAST
@given(either_way, st.sampled_from([PUBLISHED_PAGE, HTML_PAGE]), st.sampled_from(ORDER_CUES))
def test_an_html_page_and_its_text_read_an_either_way_date_alike(day_month_year, page, cue):
    """small11 (note 10 Left): without date_order an HTML page took htmldate's reading of
    '03/04/2016' while the same page as .txt read it month first: one rule (the page's cues, else
    the US habit) for both."""
    from analysis.dates import html_to_lines, publication_date

    a, b, y = day_month_year
    html = page.replace("</body>", cue + "</body>").format(stamp=f"{a:02d}/{b:02d}/{y}", more="")
    text = html_to_lines(html)
    today = date(2026, 12, 1)
    as_txt, as_html = publication_date(text, today=today), publication_date(text, html=html, today=today)
    stamp_days = {date(y, a, b), date(y, b, a)}
    if not cue:
        assert {as_html.published, as_txt.published} <= stamp_days
    if {as_html.published, as_txt.published} <= stamp_days:  # a cue's own date may be taken instead: a choice, not an order
        assert as_html.published == as_txt.published, (as_html.evidence, as_txt.evidence)
    if not cue:
        assert as_txt.published == date(y, a, b)  # the US habit, warned
        assert any(" read as " in w for w in as_html.warnings)
