"""Cumulative claims sorted into the war's total by counter, group totals and implausible
totals; 'backwards' judged within one named counter only."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.tolls import timeline as tl


def claims(rows):
    cols = ["article_id", "value", "low", "high", "qualifier", "scope", "victims", "attributed_to", "published", "start", "outlet"]
    df = pd.DataFrame(rows, columns=cols[:len(rows[0])])
    for c in cols[len(rows[0]):]:
        df[c] = 0 if c == "start" else None
    return df


@pytest.mark.parametrize("victims, group", [
    ("people", "all"), (None, "all"), ("journalists", "journalists"), ("children", "children"),
    ("workers", "aid and health workers"), ("soldiers", "soldiers and fighters"), ("civilians", "civilians"),
    ("kurds", tl.OTHER_GROUP),
])
def test_victim_group(victims, group):
    assert tl.victim_group(victims) == group


@pytest.mark.parametrize("attributed, counter", [
    ("Syrian Observatory for Human Rights monitoring group", "Syrian Observatory for Human Rights"),
    ("the Britain-based monitor", "Syrian Observatory for Human Rights"),
    ("U.N", "United Nations"), ("the United Nations", "United Nations"),
    ("U.N. The Syrian Center for Policy Research", "Syrian Center for Policy Research"),
    ("the health ministry", "Syrian government"), ("SANA", "Syrian government"),
    (None, tl.UNATTRIBUTED), ("", tl.UNATTRIBUTED), ("August", tl.OTHER_COUNTER), ("AFP", tl.OTHER_COUNTER),
])
def test_counter_of(attributed, counter):
    assert tl.counter_of(attributed)[0] == counter


def test_group_totals_and_misreads_stay_off_the_war_total_axis():
    df = claims([
        ("a", 300000.0, 300000.0, None, "more_than", "cumulative", "people", "the Observatory", "2016-01-01"),
        ("b", 23.0, 23.0, 23.0, "exact", "cumulative", "journalists", None, "2016-02-01"),
        ("c", 1.0, 1.0, 1.0, "exact", "cumulative", "people", None, "2016-03-01"),
        ("d", 40.0, 40.0, 40.0, "exact", "incident", "people", None, "2016-03-01"),
    ])
    c = tl.classify_cumulative(df).set_index("article_id")
    assert c.loc["a", "claim_kind"] == tl.WAR_TOTAL
    assert c.loc["b", "claim_kind"] == tl.SUB_POPULATION
    assert c.loc["c", "claim_kind"] == tl.IMPLAUSIBLE
    assert "d" not in c.index  # an incident toll is never on the cumulative axis
    assert list(tl.war_total_timeline(df)["article_id"]) == ["a"]
    assert sorted(tl.off_axis_claims(df)["article_id"]) == ["b", "c"]


def test_backwards_only_within_one_named_counter():
    df = claims([
        ("a", 470000.0, 470000.0, None, "more_than", "cumulative", "people", "Syrian Center for Policy Research", "2016-02-01"),
        ("b", 300000.0, 300000.0, None, "more_than", "cumulative", "people", "the Observatory", "2016-03-01"),
        ("c", 320000.0, 320000.0, None, "more_than", "cumulative", "people", "the Observatory", "2016-06-01"),
        ("d", 250000.0, 250000.0, 250000.0, "exact", "cumulative", "people", "the Observatory", "2016-09-01"),
        ("e", 200000.0, 200000.0, None, "about", "cumulative", "people", None, "2016-10-01"),
        ("f", 100000.0, 100000.0, None, "about", "cumulative", "people", None, "2016-11-01"),
    ])
    back = tl.backwards_by_counter(df)
    # SCPR's 470,000 does not make the Observatory's later 300,000 go backwards; the
    # Observatory's own 250,000 after its 320,000 does; unattributed claims are not judged.
    assert list(back["article_id"]) == ["d"]
    assert back["reason"].iloc[0].startswith("upper bound")
    latest = tl.latest_war_total(df).set_index("counter")
    assert latest.loc["Syrian Observatory for Human Rights", "value"] == 250000.0
    assert latest.loc[tl.UNATTRIBUTED, "article_id"] == "f"


def test_empty_input():
    df = claims([("a", 5.0, 5.0, 5.0, "exact", "incident", "people", None, "2016-01-01")])
    assert tl.war_total_timeline(df).empty
    assert tl.backwards_by_counter(df).empty
    assert tl.latest_war_total(df).empty


def test_a_count_far_below_its_peers_is_not_a_war_total():
    rows = [(f"a{i}", v, v, None, "more_than", "cumulative", "people", None, f"2016-0{i + 1}-01")
            for i, v in enumerate([300000.0, 310000.0, 320000.0, 330000.0])]
    rows.append(("b", 14456.0, 14456.0, 14456.0, "exact", "cumulative", "people", "the observatory", "2016-06-05"))
    rows.append(("c", 250000.0, 250000.0, None, "about", "cumulative", "people", None, "2016-07-01"))
    c = tl.classify_cumulative(claims(rows)).set_index("article_id")
    assert c.loc["b", "claim_kind"] == tl.IMPLAUSIBLE
    assert c.loc["c", "claim_kind"] == tl.WAR_TOTAL  # within a factor of two: counters differ that much
    few = tl.classify_cumulative(claims(rows[-2:])).set_index("article_id")  # too few peers to judge
    assert few.loc["b", "claim_kind"] == tl.WAR_TOTAL


def test_the_note_under_an_empty_off_axis_table_says_whether_there_was_any_war_total():
    """With no cumulative claim at all, 'every cumulative claim is a war total' under an empty
    chart read as if the chart had lost them."""
    from analysis import tolls

    none = pd.DataFrame({"scope": ["incident", "other"]})
    assert tolls.no_off_axis_note(none) == "no claim counts the war's total"
    assert tolls.no_off_axis_note(none.iloc[:0]) == "no claim counts the war's total"
    assert tolls.no_off_axis_note(pd.DataFrame({"scope": ["incident", "cumulative"]})) == "every cumulative claim is a war total"
