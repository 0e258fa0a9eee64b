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


def test_the_pipeline_carries_the_conflict_to_the_article_table(tmp_path):
    import pytest

    from analysis.articles import build_articles
    from analysis.pipeline import ParameterError, build_parser, validate

    (tmp_path / "kyiv.txt").write_text(
        "Shelling resumes in Kyiv\n\nKyiv, Ukraine - Russian forces shelled the city again on Tuesday, in the "
        "nearly two-year war, officials in Ukraine said. Rescue teams worked through the night.\n", encoding="utf-8")
    default, _, _ = build_articles(tmp_path, progress=False)
    ukraine, _, _ = build_articles(tmp_path, conflict_start=date(2022, 2, 24), conflict_name="Ukraine", progress=False)
    assert default["date_low"].isna().all()  # a Syria run: another war bounds nothing
    low, high = ukraine["date_low"].iloc[0], ukraine["date_high"].iloc[0]
    assert date(2023, 1, 1) <= low <= high <= date(2024, 6, 1)
    args = build_parser().parse_args(["--raw-dir", str(tmp_path), "--conflict-name", "Ukraine"])
    assert validate(args)["conflict_name"] == "Ukraine"
    with pytest.raises(ParameterError, match="--conflict-name"):
        validate(build_parser().parse_args(["--raw-dir", str(tmp_path), "--conflict-name", " | "]))
