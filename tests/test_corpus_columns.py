"""Corpus exports read as they are shipped: usual column names, an explicit mapping, dates
in the common formats with the format named per file."""

from __future__ import annotations

import shutil
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis.corpus_columns import COLUMN_ALIASES, ColumnSpecError, parse_column_mapping, resolve_columns
from analysis.ingest import iter_raw
from analysis.metadata_dates import ISO, RFC_2822, US_SLASH, normalize_published, parse_metadata_date


@pytest.mark.parametrize("value, expected, fmt", [
    ("2017-04-05", date(2017, 4, 5), ISO),
    ("2017-04-05T10:00:00Z", date(2017, 4, 5), ISO),
    ("4/5/17", date(2017, 4, 5), US_SLASH),
    ("11/18/2016", date(2016, 11, 18), US_SLASH),
    ("18/11/2016", date(2016, 11, 18), "d/m/y"),
    ("5 April 2017", date(2017, 4, 5), "d Month yyyy"),
    ("5th Sept. 2016", date(2016, 9, 5), "d Month yyyy"),
    ("April 5, 2017", date(2017, 4, 5), "Month d, yyyy"),
    ("Wed, 05 Apr 2017 10:00:00 +0000", date(2017, 4, 5), RFC_2822),
    ("2/30/17", None, US_SLASH),
    ("yesterday", None, None),
])
def test_metadata_dates_in_common_formats(value, expected, fmt):
    assert parse_metadata_date(value) == (expected, fmt)


def test_implausible_metadata_date_is_dropped_with_a_warning():
    assert normalize_published("0001-01-01")[0] is None and "outside" in normalize_published("0001-01-01")[2]
    assert normalize_published("9999-12-31")[0] is None
    assert normalize_published("4/5/17") == ("2017-04-05", US_SLASH, None)
    assert normalize_published("next Tuesday") == ("next Tuesday", None, None), "left for the dates stage"


def test_column_aliases_and_explicit_mapping():
    cols = ["unit_id", "article_title", "article_content", "source", "date", "url"]
    assert resolve_columns(cols) == {"text": "article_content", "title": "article_title", "outlet": "source",
                                     "published": "date", "id": "unit_id", "url": "url"}
    assert resolve_columns(["url", "body"])["id"] == "url" and resolve_columns(["url", "body"])["url"] == "url"
    mapping = parse_column_mapping("text=article_title, Outlet = SOURCE")
    assert mapping == {"text": "article_title", "outlet": "source"}
    got = resolve_columns(cols, mapping)
    assert got["text"] == "article_title" and got.get("title") is None
    # a file without the named column reads the field from its usual names (QA8 4: a folder may mix
    # exports); a name no file has stops the run (ingest.corpus_column_problems)
    assert resolve_columns(cols, {"text": "nope"})["text"] == "article_content"
    for bad in ("text", "colour=red", "text="):
        with pytest.raises(ColumnSpecError):
            parse_column_mapping(bad)


def test_jsonl_with_publisher_names_and_rfc_dates(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "c.jsonl").write_text(
        '{"guid": "g1", "maintext": "Words here.", "headline": "H", "publisher": "P", "pubdate": "Wed, 05 Apr 2017 10:00:00 +0000"}\n'
    )
    notes: list[str] = []
    (doc,) = iter_raw(raw, notes=notes)
    assert (doc.status, doc.record_id, doc.text, doc.title, doc.outlet, doc.published) == ("ok", "g1", "Words here.", "H", "P", "2017-04-05")
    assert notes == ["c.jsonl: dates read as RFC 2822 (1)"]


def test_fakes_as_shipped_reads_every_row_with_outlet_and_date(fakes, tmp_path):
    from corpora import FAKES, corpus_path

    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(corpus_path(FAKES), raw / FAKES)
    notes: list[str] = []
    docs = list(iter_raw(raw, notes=notes))
    assert len(docs) == len(fakes)
    assert all(d.outlet and d.published for d in docs)
    # a row that repeats an earlier row's id and text (one per incident FA-KES codes) is read once
    repeats = fakes.duplicated(["unit_id", "article_content"]).tolist()
    assert [d.status.split(":")[0] for d in docs] == ["duplicate_record" if r else "ok" for r in repeats]
    assert notes[0] == f"{FAKES}: dates read as m/d/y ({len(fakes)})"
    assert [n.split(":")[1].strip() for n in notes[1:]] == ["columns not used"]  # FA-KES's labels, counts
    first = fakes.iloc[0]
    assert docs[0].outlet == first["source"] and docs[0].title == first["article_title"]


def test_one_line_corpus_article_is_kept_whole_but_a_scraped_menu_is_not():
    from analysis.articles import article_record
    from analysis.ingest import RawDoc

    line = "30 October 2016 35 cases of suffocation in a chemical attack on an area of Aleppo city"
    record, _ = article_record(RawDoc(article_id="c:1", source_path="c.csv", record_id="1", text=line))
    assert record["status"] == "ok" and record["body"] == line and "kept whole" in record["warnings"]
    menu, _ = article_record(RawDoc(article_id="m", source_path="m.txt", text="Home | News | Contact"))
    assert menu["status"].startswith("no_body")


def test_fakes_as_shipped_cleans_to_ok_rows_with_outlet_and_date(fakes, tmp_path):
    from analysis.articles import build_articles
    from corpora import FAKES, corpus_path

    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(corpus_path(FAKES), raw / FAKES)
    articles, _, notes = build_articles(raw, progress=False)
    assert len(articles) == len(fakes)
    repeats = int(fakes.duplicated(["unit_id", "article_content"]).sum())  # read once (duplicate_record)
    kinds = articles["status"].str.split(":").str[0]
    assert kinds.isin(["ok", "duplicate_record"]).all(), articles.loc[kinds != "ok", "status"].tolist()
    assert int((kinds == "ok").sum()) == len(fakes) - repeats
    ok = articles[kinds == "ok"]
    assert ok["outlet"].notna().all() and ok["published"].notna().all()
    assert (ok["date_source"] == "metadata").all()
    assert f"{FAKES}: dates read as m/d/y ({len(fakes)})" in notes


def _day_first_file(raw, dates_in_file, suffix):
    rows = [(f"r{i}", d) for i, d in enumerate(dates_in_file)]
    if suffix == ".csv":
        body = "id,text,date\n" + "".join(f"{rid},Words of the article.,{d}\n" for rid, d in rows)
    else:
        body = "".join(f'{{"id": "{rid}", "text": "Words of the article.", "date": "{d}"}}\n' for rid, d in rows)
    (raw / f"c{suffix}").write_text(body)


@pytest.mark.parametrize("suffix", [".csv", ".jsonl"])
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.dates(min_value=date(2011, 1, 1), max_value=date(2025, 12, 31)), min_size=2, max_size=8))
def test_a_files_slash_dates_share_one_order(tmp_path_factory, suffix, days):
    """A day-first export (one day above 12 shows it) reads its 03/04/2017 as 3 April, not 4
    March: the order is decided once per file, never value by value."""
    days = days + [date(2016, 11, 18)]  # can only be read day first
    raw = tmp_path_factory.mktemp("raw")
    _day_first_file(raw, [f"{d.day:02d}/{d.month:02d}/{d.year}" for d in days], suffix)
    docs = list(iter_raw(raw))
    assert [d.published for d in docs] == [d.isoformat() for d in days]


def test_a_sidecars_slash_dates_share_one_order(tmp_path):
    from analysis.ingest import read_sidecar

    (tmp_path / "a.txt").write_text("Words.")
    (tmp_path / "b.txt").write_text("Words.")
    (tmp_path / "metadata.csv").write_text("file,published\na.txt,03/04/2017\nb.txt,25/12/2016\n")
    rows, _ = read_sidecar(tmp_path)
    assert rows["a.txt"]["published"] == "2017-04-03" and rows["b.txt"]["published"] == "2016-12-25"


def test_slash_order_of_a_file():
    from analysis.metadata_dates import slash_order

    assert slash_order(["03/04/2017", "11/18/2016"]) == "md"
    assert slash_order(["03/04/2017", "18/11/2016"]) == "dm"
    assert slash_order(["03/04/2017", None, ""]) == "md", "no day above 12: the US habit of exports"


def test_metadata_dates_share_the_dates_modules_helpers():
    """One home for two-digit years and impossible days (metadata_dates had its own copies)."""
    from analysis import dates, metadata_dates

    assert metadata_dates.year_as_written is dates.year_as_written and metadata_dates.safe_date is dates.safe_date


def test_a_mapped_column_the_file_lacks_is_named_with_the_columns_found(tmp_path):
    from analysis.ingest import corpus_mapping_problems

    (tmp_path / "export.csv").write_text("headline,body,pub_date,publisher\nT,Some words,2016-01-02,X\n")
    (problem,) = corpus_mapping_problems(tmp_path, "date=pubdate")
    assert "export.csv" in problem and "pubdate" in problem and "body, headline, pub_date, publisher" in problem
    assert corpus_mapping_problems(tmp_path, "date=pub_date") == []
    assert corpus_mapping_problems(tmp_path, "") == []


def test_unused_columns_are_noted_with_a_mapping_example(tmp_path):
    from analysis.ingest import iter_raw

    (tmp_path / "export.csv").write_text("headline,body,pub_date,publisher,colour\nT,Some words,2016-01-02,X,red\n")
    notes: list[str] = []
    list(iter_raw(tmp_path, notes=notes))
    (note,) = [n for n in notes if "not used" in n]
    assert note.startswith("export.csv: no date column found; columns not used: colour, pub_date")  # colour is no id
    assert "--columns date=pub_date" in note
    notes = []
    list(iter_raw(tmp_path, columns="date=pub_date,id=colour", notes=notes))
    assert [n for n in notes if "not used" in n] == []
    notes = []
    list(iter_raw(tmp_path, columns="date=pub_date", notes=notes))
    assert [n for n in notes if "not used" in n] == ["export.csv: columns not used: colour"]


def _mixed_case(draw, word: str) -> str:
    return "".join(c.upper() if draw(st.booleans()) else c.lower() for c in word)


@st.composite
def _spelled_export(draw):
    """A corpus whose header spells its columns in mixed case, and a --columns naming the text
    column (typed in another case) or a column the file lacks."""
    body = _mixed_case(draw, draw(st.sampled_from(["body", "story", "copy_text"])))
    extra = _mixed_case(draw, draw(st.sampled_from(["pub_date", "section", "byline"])))
    ident = _mixed_case(draw, "id")
    typed_present = _mixed_case(draw, body)
    absent = _mixed_case(draw, draw(st.sampled_from(["article_body", "maintxt"])))
    return [ident, body, extra], typed_present, absent, draw(st.sampled_from(["csv", "jsonl"]))


def _write(path, header, kind):
    if kind == "csv":
        path.write_text(",".join(header) + "\n1,Forty people were killed in Aleppo on Monday.,x\n", encoding="utf-8")
    else:
        import json
        path.write_text(json.dumps(dict(zip(header, ["1", "Forty people were killed in Aleppo on Monday.", "x"]))) + "\n",
                        encoding="utf-8")


@settings(max_examples=40, deadline=None)
@given(_spelled_export())
def test_column_messages_use_the_headers_own_spelling(case):
    """`--columns text=Body` echoed 'body' and listed the header lower-cased: every message names
    a column as the file spells it, and one the file lacks as it was typed."""
    import tempfile
    from pathlib import Path

    from analysis import ingest

    header, typed_present, absent, kind = case
    ident, body, extra = header
    with tempfile.TemporaryDirectory() as d:
        _write(Path(d, f"e.{kind}"), header, kind)
        notes: list[str] = []
        docs = list(iter_raw(Path(d), columns=f"text={typed_present}", notes=notes))
        assert [doc.status for doc in docs] == ["ok"]
        unused = [n for n in notes if "columns not used" in n]
        assert len(unused) == 1 and extra in unused[0] and (extra == extra.lower() or extra.lower() not in unused[0])
        problems, textless = ingest.corpus_column_problems(Path(d), f"text={absent}")
        docs = list(iter_raw(Path(d), columns=f"text={absent}"))
    found = ", ".join(sorted(header, key=str.casefold))
    assert f"columns found: {found}" in problems[0] and f"text={absent}" in problems[0], problems
    if body.lower() in COLUMN_ALIASES["text"]:  # a file without the named column reads its usual one (QA8 4);
        assert textless == [] and docs[0].status == "ok"  # the name no file has stops the run (problems)
        return
    for message in textless + [docs[0].status]:
        assert f"columns found: {found}" in message, message
    assert f"'{absent}'" in textless[0] and f"'{absent}'" in docs[0].status


# A publisher's own names for the fields (QA6 A1: FA-KES exported with its columns renamed).
RENAMED = {"unit_id": "story_no", "article_title": "headline", "article_content": "story_body",
           "source": "newspaper", "date": "pub_day"}
RENAMED_FIELDS = "outlet=newspaper,date=pub_day,id=story_no"


def _renamed_export(tmp_path, rows):
    import csv

    raw = tmp_path / "raw"
    raw.mkdir()
    with open(raw / "export.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["story_no", "headline", "story_body", "newspaper", "pub_day", "label"])
        w.writerows(rows)
    return raw


def test_a_field_without_its_column_is_named_with_the_columns_to_give(tmp_path, capsys):
    """Naming only the text (what the missing_column error asked) read every outlet and date as
    unknown with no word but a 'columns not used' note: the error names every field without a
    column at once, and so does the note, the pipeline's console and the index."""
    from analysis.ingest import corpus_column_problems
    from analysis.pipeline import corpus_column_error
    from analysis.report import notes_line
    import pandas as pd

    raw = _renamed_export(tmp_path, [["7", "Aleppo", "Forty people were killed in Aleppo.", "SANA", "1/2/2016", "1"]])
    (error,) = corpus_column_problems(raw)[1]
    assert "--columns text=COLUMN" in error and f"--columns text=story_body,{RENAMED_FIELDS}" in error
    notes: list[str] = []
    (doc,) = iter_raw(raw, columns="text=story_body", notes=notes)
    assert doc.status == "ok" and doc.outlet is None
    (note,) = [n for n in notes if "not used" in n]
    assert note.startswith("export.csv: no outlet, date or id column found; columns not used: ")
    assert f"--columns {RENAMED_FIELDS}" in note
    assert corpus_column_error(raw, "text=story_body") is None
    assert f"warning: {note.replace('export.csv', str(raw / 'export.csv'))}" in capsys.readouterr().err
    assert note in notes_line(pd.DataFrame({"note": notes}))
    notes = []
    list(iter_raw(raw, columns=f"text=story_body,{RENAMED_FIELDS}", notes=notes))
    assert [n for n in notes if "found" in n] == [] and "export.csv: columns not used: label" in notes
    corpus_column_error(raw, f"text=story_body,{RENAMED_FIELDS}")
    assert "warning" not in capsys.readouterr().err


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.sampled_from(["Forty were killed.", "Ten died in Homs."]), st.sampled_from(["SANA", "AFP"])),
                min_size=1, max_size=6))
def test_repeated_records_without_ids_are_read_once(tmp_path_factory, rows):
    """Identical records are one article whether or not the file has ids: without one, a row
    repeats an earlier row with the same text, title, outlet and date (same text under another
    outlet stays its own article, as under another id)."""
    raw = _renamed_export(tmp_path_factory.mktemp("r"), [["", "T", text, outlet, "", ""] for text, outlet in rows])
    docs = list(iter_raw(raw, columns="text=story_body,outlet=newspaper"))
    firsts = {row: i for i, row in reversed(list(enumerate(rows)))}
    assert [d.status.split(":")[0] for d in docs] == ["ok" if firsts[r] == i else "duplicate_record" for i, r in enumerate(rows)]


def test_fakes_renamed_and_read_without_ids_keeps_its_repeats_apart(fakes, tmp_path):
    """FA-KES with its columns renamed and only the text named reads the same rows once as
    FA-KES as shipped (its repeats have the same id, text, title, outlet and date)."""
    from corpora import FAKES, corpus_path

    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(corpus_path(FAKES), raw / FAKES)
    shipped = [d.status.split(":")[0] for d in iter_raw(raw)]
    (raw / FAKES).unlink()
    fakes.rename(columns=RENAMED).to_csv(raw / "export.csv", index=False)
    renamed = [d.status.split(":")[0] for d in iter_raw(raw, columns="text=story_body")]
    assert "duplicate_record" in shipped and renamed == shipped


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["crawl", "crawled", "scraped", "fetch", "download", "retrieved"]),
       st.sampled_from(["date", "day", "time"]), st.sampled_from(["_", " ", "-"]), st.booleans())
def test_a_collection_date_is_never_offered_as_the_published_date(word, unit, sep, html):
    """A page's html gives its own title, outlet and date: none is a missing column, and a
    column saying when the page was crawled is never suggested as the date (following such a
    hint replaced the page's 2016 date with the 2020 crawl date)."""
    from analysis.corpus_columns import leaves_field_unread, unused_columns_note

    column = f"{word}{sep}{unit}"
    note = unused_columns_note("x.jsonl", ["url", "html" if html else "text", column])
    assert f"date={column}" not in note
    assert leaves_field_unread(note) != html  # the url is the id: with html no field lacks a column


# Columns whose name surely says a field ('story_id'), and decoys that share only a vague or
# earlier word with one ('article_no' is no title, 'top_image_url' no id, 'media_type' no outlet).
_SURE = {"title": ["heading", "story_heading", "article_heading"], "outlet": ["paper", "newspaper", "source_name"],
         "id": ["story_id", "article_no", "article_number"], "published": ["pub_day", "publish_day", "story_date"]}
_DECOYS = ["top_image_url", "article_url_hash", "media_type", "reading_time", "article_topic", "crawl_date"]


@settings(max_examples=60, deadline=None)
@given(st.fixed_dictionaries({f: st.sampled_from(c) for f, c in _SURE.items()}),
       st.lists(st.sampled_from(_DECOYS), unique=True, max_size=4), st.randoms(use_true_random=False))
def test_a_suggestion_pairs_each_field_with_the_column_that_names_it(sure, decoys, rnd):
    """Guesses went by the first column sharing any word, in field order: title=article_no,
    id=top_image_url, id=article_url_hash beside story_id. The column whose name says the field
    is chosen whatever the columns' order, and a decoy never is (COLUMN rather than a weak guess)."""
    from analysis.corpus_columns import missing_text_message, unused_columns_note

    columns = ["text", *sure.values(), *decoys]
    rnd.shuffle(columns)
    note = unused_columns_note("x.csv", columns)
    wanted = ",".join(f"{'date' if f == 'published' else f}={sure[f]}" for f in ("title", "outlet", "published", "id"))
    assert note.endswith(f"--columns {wanted}"), note
    textless = missing_text_message("x.csv", [c for c in columns if c != "text"])
    assert "--columns text=COLUMN," in textless and all(f"={d}" not in textless for d in decoys)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sets(st.sampled_from(["outlet", "date", "title", "lang"])), min_size=1, max_size=5))
def test_the_pre_run_field_warning_agrees_with_the_notes_of_all_records(fields_per_record):
    """The pre-run scan of a JSONL file stopped at its first record with text: a first record
    without an outlet warned 'no outlet column found' while later records had outlets. The
    warning is one ingest gives after reading every record (the scan goes on only to check a
    warning, so a field only a later record leaves without its column is for the index to say)."""
    import json
    import tempfile
    from pathlib import Path

    from analysis.corpus_columns import leaves_field_unread
    from analysis.ingest import corpus_column_problems

    values = {"outlet": "SANA", "date": "2016-01-02", "title": "Homs", "lang": "en"}
    with tempfile.TemporaryDirectory() as d:
        Path(d, "c.jsonl").write_text("".join(
            json.dumps({"id": str(i), "text": f"Ten people were killed in Homs, report {i}.",
                        **{f: values[f] for f in sorted(fields)}}) + "\n"
            for i, fields in enumerate(fields_per_record)), encoding="utf-8")
        before: list[str] = []
        corpus_column_problems(Path(d), None, before)
        after: list[str] = []
        list(iter_raw(Path(d), notes=after))
    assert {n.split("c.jsonl: ", 1)[1] for n in before} <= {n.split("c.jsonl: ", 1)[1] for n in after if leaves_field_unread(n)}


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["colour", "lang", "section", "top_image_url", "word_count"]),
       st.sampled_from([None, "story_id", "article_no", "heading", "story_heading"]))
def test_a_file_without_ids_or_titles_warns_only_when_a_column_looks_like_one(extra, lookalike):
    """Any CSV without ids but with one extra column warned 'no ... id column found' on the
    console and in the index, though a file without ids is legitimate and has its own note:
    id and title are named only when an unused column looks like one."""
    from analysis.corpus_columns import leaves_field_unread, unused_columns_note

    columns = ["text", "outlet", "date", extra] + ([lookalike] if lookalike else [])
    note = unused_columns_note("x.csv", columns)
    assert leaves_field_unread(note) == bool(lookalike), note
    if lookalike:
        field = "title" if "heading" in lookalike else "id"
        assert note.startswith(f"x.csv: no {field} column found") and f"{field}={lookalike}" in note


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(["Pub Day", "Pub's Day", "story_id", "pub_day"]), st.booleans())
def test_the_columns_suggestion_can_be_pasted_into_a_shell(column, comma_column):
    """Header names were printed unquoted ('date=Pub Day' splits in a shell); a header with a
    comma cannot be named at all, as --columns splits at commas: the note says so."""
    import shlex

    from analysis.corpus_columns import column_key, parse_column_mapping, unused_columns_note

    columns = ["text", "outlet", column] + (["notes, misc"] if comma_column else [])
    note = unused_columns_note("x.csv", columns)
    words = shlex.split(note.split(" --columns ", 1)[1].split(" (", 1)[0])
    mapping = parse_column_mapping(words[0])
    assert column_key(column) in mapping.values()  # as the readers match the header (QA8 10a)
    assert ("'notes, misc' cannot be named" in note) == comma_column and "notes, misc" not in words[0]


@pytest.mark.parametrize("named", ["crawl_date", "Crawl_Date"])
def test_a_named_date_column_that_replaces_the_pages_dates_is_warned_on_console_and_index(tmp_path, capsys, named):
    """Note 6: `--columns date=crawl_date` on a corpus of HTML pages replaced each page's own
    date without a word. The console (before the run) and the index (notebook 01's notes) say
    so, with the way back; without a named date column, or without pages, nothing is said."""
    import csv
    import html

    from analysis import report
    from analysis.pipeline import corpus_column_error
    from analysis.tables import notes_table

    raw = tmp_path / "raw"
    raw.mkdir()
    page = "<html><head><title>Homs</title></head><body><p>Ten people were killed in Homs on Monday.</p></body></html>"
    with open(raw / "pages.csv", "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows([["id", "html", "Crawl_Date"], ["1", page, "2020-01-01"]])
    assert corpus_column_error(raw, f"date={named}") is None
    console = [line for line in capsys.readouterr().err.splitlines() if "page states" in line]
    assert len(console) == 1 and console[0].startswith("warning: ") and "date=Crawl_Date" in console[0], console
    notes: list[str] = []
    list(iter_raw(raw, columns=f"date={named}", notes=notes))
    said = [n for n in notes if "page states" in n]
    assert len(said) == 1 and said[0].split(": ", 1)[1] == console[0].split(": ", 2)[2], (said, console)
    assert said[0] in html.unescape(report.notes_line(notes_table(notes)))
    (raw / "pages.csv").write_text((raw / "pages.csv").read_text().replace("html", "text"))  # plain text: no page date
    corpus_column_error(raw, f"date={named}")
    assert "page states" not in capsys.readouterr().err


def test_no_warning_about_page_dates_when_no_date_column_is_named(tmp_path, capsys):
    import csv

    from analysis.pipeline import corpus_column_error

    raw = tmp_path / "raw"
    raw.mkdir()
    with open(raw / "pages.csv", "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows([["id", "html", "date"], ["1", "<p>Ten people were killed in Homs.</p>", "2020-01-01"]])
    assert corpus_column_error(raw, "") is None
    notes: list[str] = []
    list(iter_raw(raw, notes=notes))
    assert "page states" not in capsys.readouterr().err and not any("page states" in n for n in notes)


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(["Body Text", "story_body", "Article Body"]), st.sampled_from(["Publication Date", "pub_day"]),
       st.sampled_from([None, "story_id", "article_no", "Article Number"]),
       st.lists(st.sampled_from(["Headline", "Source", "colour", "media_type", "top_image_url"]), unique=True, max_size=4),
       st.randoms(use_true_random=False))
def test_a_suggestion_names_an_id_only_when_a_column_looks_like_one(text, date, id_like, others, rnd):
    """QA10 F4: an Excel export with no id column was told '--columns ...,id=COLUMN'; a user
    pasting it had to guess a column the file does not have. The id is optional (records are
    named by their row): it is suggested only with a column that looks like one, else the message
    says rows are numbered."""
    from analysis.corpus_columns import column_key, missing_text_message

    header = [text, date, *others] + ([id_like] if id_like else [])
    rnd.shuffle(header)
    message = missing_text_message("export.csv", [column_key(c) for c in header], spelled={column_key(c): c for c in header})
    assert "id=COLUMN" not in message, message
    if id_like:
        assert f"id={id_like}" in message and "named by their row" not in message, message
    else:
        assert "id=" not in message and "records are named by their row" in message, message


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(["DocumentIdentifier", "story link", "page"]), st.integers(1, 6), st.booleans(), st.booleans())
def test_a_named_url_column_gives_the_ids_and_a_file_without_titles_says_so(url_column, n, with_title, named):
    """QA10 F5: a GDELT-like export whose url column was named (--columns url=DocumentIdentifier)
    named its records rowN, though `url` is one of the id names and NewsAPI's url already was the
    id; and its titles were all None without a word. The url gives the ids when no id column
    does, and a file with texts and no title column says its titles come from the texts."""
    import csv
    import tempfile
    from pathlib import Path

    urls = [f"https://example.org/syria/{k}" for k in range(n)]
    with tempfile.TemporaryDirectory() as d:
        with open(Path(d, "export.csv"), "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f)
            w.writerow(["ArticleText", url_column] + (["Headline"] if with_title else []))
            for k, url in enumerate(urls):
                w.writerow([f"Ten people were killed in Homs, report {k}.", url] + ([f"Homs {k}"] if with_title else []))
        notes: list[str] = []
        columns = "text=ArticleText" + (f",url={url_column}" if named else "")
        docs = list(iter_raw(Path(d), columns=columns, notes=notes))
    assert [doc.record_id for doc in docs] == (urls if named else [f"row{k}" for k in range(2, n + 2)])
    assert all(doc.url == (url if named else None) for doc, url in zip(docs, urls))
    from analysis.corpus_columns import TITLES_FROM_TEXT

    assert any(TITLES_FROM_TEXT in note for note in notes) != with_title, notes


def test_records_named_by_their_row_are_listed_in_row_order(tmp_path):
    """QA10 F5: articles.parquet listed row10, row11, ... before row2 (ids sorted as strings);
    rows are in the order a spreadsheet numbers them, ids unchanged."""
    from analysis.articles import build_articles

    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "export.csv").write_text("text\n" + "".join(f"Ten people were killed in Homs, report {k}.\n" for k in range(12)))
    articles, _, _ = build_articles(raw, progress=False)
    assert list(articles["article_id"]) == [f"export:row{k}" for k in range(2, 14)]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.integers(0, 2), st.integers(0, 2)), min_size=1, max_size=8),
       st.sampled_from(["url", "DocumentIdentifier"]), st.booleans())
def test_a_url_taken_as_the_id_repeating_with_another_text_is_another_article(tmp_path_factory, rows, url_column, named_id):
    """rev10r: GDELT lists a page's url again when the page is updated; with the url standing in for
    an id nobody named, the second text was rejected as `duplicate_id` and the user asked for an id
    column they never chose. Now each (url, text) is read once and a note says so; an id column the
    user names still rejects another text under its id."""
    import csv
    from collections import Counter

    from analysis.ingest import DUPLICATE_RECORD

    d = tmp_path_factory.mktemp("raw")
    with open(d / "g.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["DATE", "SourceCommonName", url_column, "ArticleText"])
        for u, t in rows:
            w.writerow(["20160315000000", "x.com", f"https://x/{u}", f"At least {10 + t} people were killed in Aleppo."])
    columns = "text=ArticleText,outlet=SourceCommonName" + (f",url={url_column}" if url_column != "url" else "")
    columns += f",id={url_column}" if named_id else ""
    notes: list[str] = []
    docs = list(iter_raw(d, columns=columns, notes=notes))
    kinds = Counter(doc.status.split(":")[0] for doc in docs)
    texts_per_url = Counter(u for u, _ in set(rows))
    again = sum(n - 1 for n in texts_per_url.values())
    if named_id:
        first = {}
        for u, t in rows:
            first.setdefault(u, t)
        assert kinds["duplicate_id"] == sum(t != first[u] for u, t in rows)
    else:
        assert kinds["ok"] == len(set(rows)) and kinds[DUPLICATE_RECORD] == len(rows) - len(set(rows)), docs
        assert "duplicate_id" not in kinds
        assert any("repeat" in n and "url" in n for n in notes) == (again > 0), notes
        assert len({doc.article_id for doc in docs}) == len(docs)


def test_the_reviewers_gdelt_repeat_reads_both_texts(tmp_path):
    (tmp_path / "g.csv").write_text("DATE,SourceCommonName,DocumentIdentifier,ArticleText\n"
                                    "20160315000000,x.com,https://x/a,Twelve were killed in Aleppo.\n"
                                    "20160316000000,x.com,https://x/a,Fourteen were killed in Aleppo.\n", encoding="utf-8")
    docs = list(iter_raw(tmp_path, columns="text=ArticleText,outlet=SourceCommonName,url=DocumentIdentifier", notes=[]))
    assert [doc.status for doc in docs] == ["ok", "ok"]
