"""An article saved twice under two names is one article (QA7 4): the later file in sorted order
gets status duplicate_file naming the earlier, is counted like a repeated corpus record (read
once, not rejected), and adds no tolls or tone of its own. Files told apart by metadata.csv
(a wire text two outlets ran) stay two articles."""

from __future__ import annotations

import pandas as pd
from hypothesis import given, settings, strategies as st

from analysis.ingest import DUPLICATE_FILE, iter_raw
from analysis.report import inputs_section
from analysis.tables import repeated_records, status_kind

WORDS = st.text(alphabet="abcdefgh ", min_size=20, max_size=80).filter(lambda t: t.strip())


def _statuses(raw):
    return {d.source_path: d.status for d in iter_raw(raw)}


@settings(max_examples=15, deadline=None)
@given(text=WORDS, other=WORDS, suffix=st.sampled_from([".txt", ".html"]))
def test_the_later_of_two_identical_files_is_a_duplicate_of_the_earlier(tmp_path_factory, text, other, suffix):
    raw = tmp_path_factory.mktemp("raw")
    body = text if suffix == ".txt" else f"<html><body><p>{text}</p></body></html>"
    (raw / f"b copy{suffix}").write_text(body)
    (raw / f"a{suffix}").write_text(body)
    (raw / f"c{suffix}").write_text(body + " " + other)  # more text: another article
    got = _statuses(raw)
    assert got[f"a{suffix}"] == "ok" and got[f"c{suffix}"] == "ok"
    assert status_kind(got[f"b copy{suffix}"]) == DUPLICATE_FILE and f"a{suffix}" in got[f"b copy{suffix}"]


def test_the_same_text_from_two_outlets_in_the_sidecar_stays_two_articles(tmp_path):
    for name in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / name).write_text("Shelling killed 12 people in Aleppo on Monday, monitors said.")
    (tmp_path / "metadata.csv").write_text("file,outlet\na.txt,Reuters\nb.txt,AFP\nc.txt,AFP\n")
    got = _statuses(tmp_path)
    assert got["a.txt"] == "ok" and got["b.txt"] == "ok" and status_kind(got["c.txt"]) == DUPLICATE_FILE


def test_the_index_counts_a_repeated_file_as_read_once_not_rejected():
    statuses = pd.Series(["ok", "ok", f"{DUPLICATE_FILE}: same article as a.txt", "empty: no text"])
    assert repeated_records(statuses) == 1
    page = inputs_section(pd.DataFrame({"article_id": list("abcd"), "status": statuses, "outlet": None,
                                        "published": None, "warnings": ""}))
    assert "2 read and cleaned, 1 repeats an earlier record or file" in page and "1 rejected" in page
    assert DUPLICATE_FILE in page



COPY_NAMES = ["report copy.txt", "report copy 2.txt", "report - Copy.txt", "report (1).txt", "report-2.txt"]


@settings(max_examples=15, deadline=None)
@given(text=WORDS, copies=st.lists(st.sampled_from(COPY_NAMES), min_size=1, max_size=4, unique=True))
def test_of_identical_files_the_original_is_kept_and_the_copies_are_its_duplicates(tmp_path_factory, text, copies):
    raw = tmp_path_factory.mktemp("raw")
    for name in ["report.txt", *copies]:
        (raw / name).write_text(text)
    got = _statuses(raw)
    assert got["report.txt"] == "ok"
    for name in copies:
        assert status_kind(got[name]) == DUPLICATE_FILE and "report.txt" in got[name], got


@settings(max_examples=10, deadline=None)
@given(text=WORDS, copy=st.sampled_from(COPY_NAMES + ["another.txt"]))
def test_a_stray_copy_metadata_csv_does_not_describe_is_a_duplicate_of_the_described_original(tmp_path_factory, text, copy):
    raw = tmp_path_factory.mktemp("raw")
    (raw / "report.txt").write_text(text)
    (raw / copy).write_text(text)
    (raw / "metadata.csv").write_text("file,outlet,published\nreport.txt,Reuters,2016-07-09\n")
    docs = {d.source_path: d for d in iter_raw(raw)}
    kept = [d for d in docs.values() if d.status == "ok"]
    assert len(kept) == 1 and sum(status_kind(d.status) == DUPLICATE_FILE for d in docs.values()) == 1
    if copy != "another.txt":  # a copy's name: the described original is the one kept
        assert kept[0].source_path == "report.txt" and kept[0].outlet == "Reuters"


def test_the_same_text_at_two_urls_in_the_sidecar_stays_two_articles(tmp_path):
    for name in ("nyt.txt", "wapo.txt"):
        (tmp_path / name).write_text("DAMASCUS (AP) - Shelling killed 12 people in Aleppo on Monday, monitors said.")
    (tmp_path / "metadata.csv").write_text("file,url\nnyt.txt,https://www.nytimes.com/2016/07/09/world/aleppo.html\n"
                                           "wapo.txt,https://www.washingtonpost.com/2016/07/10/aleppo/\n")
    assert _statuses(tmp_path) == {"nyt.txt": "ok", "wapo.txt": "ok"}


@settings(max_examples=10, deadline=None)
@given(texts=st.lists(WORDS, min_size=1, max_size=5, unique=True), ids=st.booleans(),
       copy=st.sampled_from(["corpus (1).csv", "corpus copy.csv", "other.csv"]))
def test_a_corpus_file_saved_twice_is_read_once(tmp_path_factory, texts, ids, copy):
    """QA7 1: "fakes_dev.csv" and "fakes_dev (1).csv" doubled every count (and made a tone
    finding of it). Each record of the later file repeats one of the earlier file: read once."""
    raw = tmp_path_factory.mktemp("raw")
    frame = pd.DataFrame({"text": texts, "outlet": "Reuters"})
    if ids:
        frame.insert(0, "id", [f"n{i}" for i in range(len(texts))])
    frame.to_csv(raw / "corpus.csv", index=False)
    frame.to_csv(raw / copy, index=False)
    docs = list(iter_raw(raw))
    first = [d for d in docs if d.source_path == "corpus.csv"]
    again = [d for d in docs if d.source_path == copy]
    assert [d.status for d in first] == ["ok"] * len(texts)
    assert len(again) == len(texts) and all(status_kind(d.status) == "duplicate_record" for d in again)
    assert all("corpus.csv" in d.status for d in again)


def test_two_corpus_files_with_other_articles_under_the_same_ids_stay_apart(tmp_path):
    pd.DataFrame({"id": ["1", "2"], "text": ["Shelling killed 12 people.", "Talks resumed in Geneva."]}).to_csv(
        tmp_path / "a.csv", index=False)
    pd.DataFrame({"id": ["1", "2"], "text": ["Shelling killed 12 people.", "Talks ended in Geneva."]}).to_csv(
        tmp_path / "b.csv", index=False)
    pd.DataFrame({"id": ["7"], "text": ["Shelling killed 12 people."]}).to_csv(tmp_path / "c.csv", index=False)
    got = _statuses_by_record(tmp_path)
    assert got[("b.csv", "2")] == "ok" and got[("c.csv", "7")] == "ok"
    assert status_kind(got[("b.csv", "1")]) == "duplicate_record"


def _statuses_by_record(raw):
    return {(d.source_path, d.record_id): d.status for d in iter_raw(raw)}
