"""A war's long subject ("The conflict between Houthi rebels and forces loyal to President Abd-Rabbu
Mansour Hadi has killed ...") is the study's war only when it names the conflict (rev10t, tolls11a):
past WAR_SUBJECT_NEAR characters the subject may be another war's sides or start, which name no
country, so the wider gap took Yemen's total as Syria's war total ("cumulative"). Sides and starts
below are written from wire copy on other wars, not from the rule's place list."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.tolls.extract import WAR_SUBJECT_NEAR, extract_tolls

WAR_NOUNS = st.sampled_from(["The conflict", "The war", "The civil war", "The insurgency"])
# another war's sides or start, each longer than WAR_SUBJECT_NEAR, none naming a country
OTHER_SUBJECTS = st.sampled_from([
    " between Houthi rebels and forces loyal to President Abd-Rabbu Mansour Hadi",
    ", which began when Houthi rebels seized the capital Sanaa in late 2014,",
    " between the army and the Rapid Support Forces paramilitaries led by Mohamed Hamdan Dagalo",
    " between federal troops and fighters loyal to the Tigray People's Liberation Front in the north",
    ", which began when the Taliban were driven from Kabul by a US-led coalition in 2001,",
    " between Boko Haram militants and government forces across the northeast since 2009",
    " between the rebels and the forces loyal to President John Smith",  # no war of the study's
])
# the study's war named in its long subject: its country, capital, cities or leader
SYRIA_SUBJECTS = st.sampled_from([
    " between the rebels and forces loyal to President Bashar al-Assad",
    " in Syria which began with the brutal repression of anti-government demonstrations in 2011",
    ", which began with protests against the government in Damascus and Daraa in 2011,",
    " between the government and the many rebel groups fighting it around Aleppo and Idlib",
])
VERBS = st.sampled_from(["has killed more than {n:,} people", "has killed an estimated {n:,} people",
                         "has so far killed {n:,} people", "has claimed {n:,} lives"])
TOTALS = st.integers(10_000, 600_000)


def _scopes(text: str) -> list[str]:
    return [c["scope"] for c in extract_tolls(text)]


@settings(max_examples=120, deadline=None)
@given(WAR_NOUNS, OTHER_SUBJECTS, VERBS, TOTALS)
def test_another_wars_long_subject_is_no_war_total_of_the_conflict(noun, subject, verb, n):
    assert len(subject) > WAR_SUBJECT_NEAR  # the wide gap is what is read
    text = f"{noun}{subject} {verb.format(n=n)}."
    assert _scopes(text) == ["other"], text


@settings(max_examples=80, deadline=None)
@given(WAR_NOUNS, SYRIA_SUBJECTS, VERBS, TOTALS)
def test_the_conflicts_long_subject_is_its_war_total(noun, subject, verb, n):
    """Control (passes before the change too): a long subject naming Syria, a Syrian city or Assad."""
    assert len(subject) > WAR_SUBJECT_NEAR
    text = f"{noun}{subject} {verb.format(n=n)}."
    assert _scopes(text) == ["cumulative"], text


@settings(max_examples=40, deadline=None)
@given(WAR_NOUNS, OTHER_SUBJECTS, VERBS, TOTALS)
def test_the_conflict_named_by_its_parameter_takes_its_own_long_subject(noun, subject, verb, n):
    """A study of the other war names it with its sides as aliases (--conflict-name
    'Yemen|Houthi|Taliban|...'): its long subject is then its war total."""
    text = f"{noun}{subject} {verb.format(n=n)}."
    scopes = [c["scope"] for c in extract_tolls(
        text, conflict_name="Yemen|Houthi|Rapid Support Forces|Tigray|Taliban|Boko Haram|John Smith")]
    assert scopes == ["cumulative"], text
