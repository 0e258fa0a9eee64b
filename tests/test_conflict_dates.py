"""War-age phrases anchor to the conflict the article is about (name and start are parameters)."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from analysis import dates

UKRAINE = "Kyiv, Ukraine - Russian forces shelled the city on Tuesday, in the nearly two-year war, officials said.\n5 March 2024"
YEMEN = "Aden - The eight-year war in Yemen goes on, aid groups said.\nPublished 12 May 2023"


def test_another_war_gets_no_interval_and_no_warning():
    for text in (UKRAINE, YEMEN, "Yemen's eight-year war goes on.\nPublished 12 May 2023"):
        r = dates.publication_date(text)
        assert (r.date_low, r.date_high, r.warnings) == (None, None, ()), text
        assert r.published is not None


def test_the_conflict_is_a_parameter():
    low, high, _ = dates.war_age_interval(UKRAINE, date(2022, 2, 24), "Ukraine")
    assert low < date(2024, 3, 5) < high
    assert high < date(2024, 6, 1)
    r = dates.publication_date(UKRAINE, conflict_start=date(2022, 2, 24), conflict_name="Ukraine")
    assert r.warnings == () and r.date_low is not None


def test_syria_stays_the_default():
    text = "Syria's nearly four-year war goes on.\nPublished 12 January 2015"
    r = dates.publication_date(text)
    assert r.date_low < date(2015, 1, 12) < r.date_high and r.warnings == ()
    # an unnamed phrase in an article that names Syria anchors to Syria
    r = dates.publication_date("Aleppo, Syria - the six-year war goes on.\n3 April 2017")
    assert r.date_low is not None


def test_a_war_named_in_the_phrase_counts_only_when_it_is_the_conflict():
    text = "In Syria, the fighting goes on. Yemen's eight-year war is another matter.\n12 May 2023"
    assert dates.war_age_interval(text) == (None, None, None)
    text = "Syria's eight-year war goes on.\n12 May 2019"
    assert dates.war_age_interval(text)[0] is not None


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(["Yemen", "Ukraine", "Iraq", "Afghanistan", "Libya", "Sudan"]),
       st.integers(2, 15), st.sampled_from(["{p}'s {n}-year war", "the {n}-year war in {p}"]))
def test_war_age_of_other_wars_never_bounds_a_syria_run(place, n, form):
    phrase = form.format(p=place, n=n)
    text = f"{phrase[0].upper()}{phrase[1:]} goes on, officials in {place} said.\n12 May 2023"
    r = dates.publication_date(text)
    assert r.date_low is None and r.date_high is None and r.warnings == ()
    stem = place[:5] if len(place) > 5 else place[:4]
    assert dates.war_age_interval(text, date(2010, 1, 1), place)[0] is not None, stem
