"""The index's Coverage says what a reader must know before trusting the charts' dates and
topics (QA5 A1, B8): articles whose own text states another date than the metadata (how many,
how many charted headline tolls they give, where they are listed), and the option that leaves
off-topic articles off the toll charts."""

from __future__ import annotations

from datetime import date, timedelta

import pandas as pd
from hypothesis import given, settings, strategies as st

from analysis import report
from analysis.articles import ON_TOPIC_FLAG, article_record, chart_rows, off_topic_warning, text_date_conflicts
from analysis.ingest import RawDoc

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
BODY = ("U.S. leaves door open to strikes on Syria after the attack near Damascus. Officials said "
        "{n} people were killed in the shelling, and the opposition called for talks.")


def _doc(i: int, meta: date, stated: date | None, n: int) -> RawDoc:
    lead = f"{MONTHS[stated.month - 1]} {stated.day} {stated.year} " if stated else ""
    return RawDoc(article_id=f"c:{i}", source_path="c.csv", record_id=str(i), text=lead + BODY.format(n=n),
                  published=meta.isoformat(), outlet="o")


ARTICLE = st.tuples(st.dates(date(2012, 1, 1), date(2018, 12, 31)), st.one_of(st.none(), st.integers(-1500, 1500)),
                    st.integers(12, 900))


@settings(max_examples=20, deadline=None)
@given(st.lists(ARTICLE, min_size=1, max_size=6))
def test_coverage_counts_articles_whose_text_states_another_date(rows):
    docs = []
    for i, (meta, shift, n) in enumerate(rows):
        stated = None if shift is None else meta + timedelta(days=shift)
        docs.append((_doc(i, meta, stated, n), meta, stated))
    records = [article_record(d)[0] for d, _, _ in docs]
    articles = pd.DataFrame(records)
    conflicts = text_date_conflicts(articles).set_index("article_id")
    expected = {d.article_id: (meta, stated) for d, meta, stated in docs if stated is not None and abs((stated - meta).days) > 1}
    assert set(conflicts.index) == set(expected), articles["warnings"].tolist()
    for aid, (meta, stated) in expected.items():
        assert (conflicts.at[aid, "metadata_date"], conflicts.at[aid, "text_date"]) == (meta, stated)
        assert conflicts.at[aid, "gap_days"] == abs((stated - meta).days)
    # each article's headline toll, charted at its (metadata) publication date
    tolls = pd.DataFrame({"article_id": articles["article_id"], "published": articles["published"], "value": 5,
                          "is_headline": True, "scope": "incident", "outlet": "o"})
    page = report.coverage_section(articles.assign(status="ok"), tolls)
    text = " ".join(page.split())
    if expected:
        far = sum(abs((s - m).days) > report.FAR_DATE_DAYS for m, s in expected.values())
        n = len(expected)
        assert f"{n} article{'s' if n > 1 else ''} of {len(rows)} state" in text, text
        assert f"({far} more than {report.FAR_DATE_DAYS} days apart)" in text, text
        # one article: its tolls, a toll that comes from it (the index read 'their tolls', '1 headline toll ... come from them')
        come, own, each = ("comes from it", "its", "It has") if n == 1 else ("come from them", "their", "Each has")
        assert f"{n} headline toll{'s' if n > 1 else ''} on the incident chart {come}, {far} from" in text, text
        assert f"the charts place {own} tolls by it." in text and f"{each} the warning" in text, text
        assert "articles.parquet" in text
    else:
        assert "text states" not in text and "another publication date" not in text


@settings(max_examples=30, deadline=None)
@given(st.lists(st.tuples(st.booleans(), st.integers(0, 3)), min_size=1, max_size=8), st.booleans())
def test_off_topic_tolls_leave_the_charts_only_when_asked(articles_spec, on_topic_only):
    """QA5 B8: a COVID toll was the only dated headline toll on the Syrian war's chart."""
    ids = [f"a{i}" for i in range(len(articles_spec))]
    warnings = [off_topic_warning(None, "Floods in Kansas killed 3.", "Syria") if off else "" for off, _ in articles_spec]
    articles = pd.DataFrame({"article_id": ids, "status": "ok", "warnings": warnings})
    tolls = pd.DataFrame([{"article_id": a, "value": k + 1} for a, (_, n) in zip(ids, articles_spec) for k in range(n)],
                         columns=["article_id", "value"])
    off_ids = {a for a, (off, _) in zip(ids, articles_spec) if off}
    rows, note = chart_rows(tolls, articles, on_topic_only)
    n_off = int(tolls["article_id"].isin(off_ids).sum())
    if on_topic_only:
        assert set(rows["article_id"]) == set(tolls["article_id"]) - off_ids
    else:
        assert rows.equals(tolls)  # default unchanged
    assert (ON_TOPIC_FLAG in note) == bool(n_off)
    page = report.coverage_section(articles.assign(published="2015-01-01", outlet="o"), tolls, on_topic_only)
    assert (ON_TOPIC_FLAG in page) == bool(off_ids)
