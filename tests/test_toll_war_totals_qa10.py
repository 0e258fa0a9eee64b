"""Plain war totals of the study's war that were scoped "other" (QA10 F8): a war total right after
a sentence giving the war's span or start ("Syria has been locked in a civil war since early 2011
... Since then more than a quarter of a million people have been killed"), a war whose subject
carries a full name or a clause on its start before "has killed", a total counted since the
protests that started the war, and the verbs "has taken the lives of" / "has caused the deaths of".
Sentences are generated from parts written for this, not from a fold's misses."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from analysis.tolls.extract import extract_tolls

totals = st.integers(20, 600).map(lambda k: k * 1_000)
COUNTERS = ["according to the UN", "according to UN figures", "the Syrian Observatory said", "activists say", ""]
SPANS = [  # the war's span or start, in a sentence of its own
    "Syria has been locked in a vicious civil war since early 2011 when the regime cracked down on protests.",
    "The conflict began when forces loyal to President Bashar al-Assad launched a crackdown in March 2011.",
    "Syria's war began as a peaceful protest movement in March 2011.",
    "The civil war in Syria has been raging since March 2011.",
    "Syria has been gripped by deadly violence since March 2011.",
    # written for this, in no FA-KES row's wording (rev10t: the lines above are dev rows)
    "The uprising against the government turned into a civil war in 2012.",
    "Syria's civil war broke out after a crackdown on protesters in the spring of 2011.",
]
FOLLOWERS = [  # a total with no scope cue of its own
    "Since then more than {n:,} people have been killed{c}.",
    "More than {n:,} people have been killed and millions displaced{c}.",
    "It has cost the lives of more than {n:,} people{c}.",
    "An estimated {n:,} people have reportedly been killed{c}.",
    "Since then at least {n:,} people have died{c}.",
]
# The study's sides (Syria by default). "forces loyal to President John Smith" was here too: past
# WAR_SUBJECT_NEAR a subject naming a leader the conflict does not own is another war's
# (test_toll_wide_war_subject, rev10t's Houthi/Hadi finding), in a sentence that never names Syria.
NAMES = ["President Bashar al-Assad", "Bashar al-Assad's government", "the president"]
START_CLAUSES = ["which began with the brutal repression of anti-government demonstrations in 2011",
                 "which started in March 2011 with pro-democracy protests", "that erupted in 2011"]


def _scopes(text: str, n: int) -> list[str]:
    return [c["scope"] for c in extract_tolls(text) if c["value"] == n]


def _tail(counter: str) -> str:
    return f", {counter}" if counter else ""


@settings(max_examples=120, deadline=None)
@given(totals, st.sampled_from(SPANS), st.sampled_from(FOLLOWERS), st.sampled_from(COUNTERS))
def test_a_total_after_the_wars_span_is_the_wars_total(n, span, follower, counter):
    text = f"Fighting went on in Aleppo. {span} {follower.format(n=n, c=_tail(counter))}"
    assert _scopes(text, n) == ["cumulative"], text


@settings(max_examples=60, deadline=None)
@given(totals, st.sampled_from(FOLLOWERS), st.sampled_from(["Yemen", "Iraq", "Afghanistan"]))
def test_a_total_after_another_countrys_war_stays_other(n, follower, country):
    text = (f"The war in {country} began in 2014 when rebels seized the capital. "
            f"{follower.format(n=n, c='')}")
    assert _scopes(text, n) == ["other"], text


@settings(max_examples=80, deadline=None)
@given(totals, st.sampled_from(["conflict", "war"]), st.sampled_from(NAMES),
       st.sampled_from(["has killed", "has taken the lives of", "has caused the deaths of"]))
def test_a_war_named_by_its_sides_has_killed_its_total(n, war, name, verb):
    text = f"The {war} between the rebels and forces loyal to {name} {verb} more than {n:,} people."
    assert _scopes(text, n) == ["cumulative"], text


@settings(max_examples=60, deadline=None)
@given(totals, st.sampled_from(START_CLAUSES), st.sampled_from(["The war in Syria", "The Syrian conflict"]))
def test_a_war_with_a_clause_on_its_start_has_killed_its_total(n, clause, war):
    text = f"{war} {clause} has killed more than {n:,} people and displaced millions."
    assert _scopes(text, n) == ["cumulative"], text


@settings(max_examples=60, deadline=None)
@given(totals, st.sampled_from(["protests against Assad's rule erupted in March 2011",
                                "the uprising began in 2011", "demonstrations broke out in Deraa"]),
       st.sampled_from(["in more than three years of conflict", ""]))
def test_a_total_since_the_protests_that_started_the_war_is_its_total(n, since, years):
    text = f"More than {n:,} people have been killed since {since}{' ' + years if years else ''}."
    assert _scopes(text, n) == ["cumulative"], text


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(["rebel groups", "the jihadist factions in the north", "rival militias backed by Turkey"]),
       st.sampled_from(["that", "which"]), st.sampled_from(["this year", "since January", "in recent weeks"]))
def test_a_relative_clause_far_from_the_war_is_not_its_total(groups, rel, period):
    # the wider gap to "has killed" must not reach past a nearer noun's relative clause
    text = (f"Powers have been deadlocked over how to resolve the conflict further complicated by infighting "
            f"between {groups} {rel} has killed thousands of fighters {period}.")
    assert "cumulative" not in [c["scope"] for c in extract_tolls(text)], text


# Negatives for the cues above (rev10t): an event told after the war's age, another place's protests,
# a later clause's own subject. Event sentences keep their toll as the incident and the headline.
EVENTS = ["an air strike on a market in Idlib killed {n} people on Tuesday",
          "a car bomb in Azaz killed {n} people", "gunmen shot dead {n} police officers in Hama"]


@settings(max_examples=60, deadline=None)
@given(st.integers(2, 90), st.sampled_from(["two", "five", "seven"]), st.sampled_from(["years", "months"]),
       st.sampled_from(["conflict", "war", "unrest", "civil war"]), st.sampled_from(EVENTS))
def test_an_event_after_the_wars_age_is_the_incident_and_the_headline(n, k, unit, war, event):
    text = f"After {k} {unit} of {war}, {event.format(n=n)}."
    rows = [c for c in extract_tolls(text) if c["value"] == n]
    assert [(c["scope"], c["is_headline"]) for c in rows] == [("incident", True)], text


@settings(max_examples=40, deadline=None)
@given(st.integers(2, 90), st.sampled_from(["fuel prices", "a disputed election", "bread prices"]),
       st.sampled_from(["Tehran", "Caracas", "Khartoum"]))
def test_another_places_protests_start_no_war_total(n, cause, city):
    text = f"Clashes since protests over {cause} erupted in {city} on Friday have killed {n} people."
    assert _scopes(text, n) == ["incident"], text


@settings(max_examples=40, deadline=None)
@given(totals, st.sampled_from(["yet", "and", "but", "while"]),
       st.sampled_from(["the famine in the north", "cholera in the camps", "the earthquake in the south"]))
def test_a_coordinated_clauses_subject_owns_its_has_killed(n, opener, subject):
    text = f"The conflict has ground on for years, {opener} {subject} has killed more than {n:,} people."
    assert _scopes(text, n) == ["other"], text


KILLERS = ["The cholera epidemic has since killed", "The earthquake killed", "Russia's air campaign has killed",
           "The famine in the north has so far claimed the lives of", "Typhoid has killed"]


@settings(max_examples=60, deadline=None)
@example(12_000, SPANS[2], KILLERS[0])
@given(totals, st.sampled_from(SPANS), st.sampled_from(KILLERS))
def test_a_total_with_a_killer_of_its_own_after_the_wars_start_is_not_the_wars(n, span, killer):
    # rev10t: "Syria's war began as a peaceful protest in 2011. The cholera epidemic has since killed
    # more than 12,000 people" is the epidemic's toll; the carried-over cue fits "Since then ... killed"
    text = f"Fighting went on in Aleppo. {span} {killer} more than {n:,} people, the WHO said."
    assert len(_scopes(text, n)) == 1 and "cumulative" not in _scopes(text, n), text
