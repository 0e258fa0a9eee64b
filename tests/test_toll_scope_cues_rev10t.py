"""War-total cues that read too much (rev10t): a scene-setting "After five years of conflict, an air
strike ... killed 30" is the strike's toll, not the war's; a war noun does not own a later clause's
"has killed" ("The conflict has ground on for years, yet the famine ... has killed"); protests a
period is counted from are the war's start only when dated or told in a sentence naming the
conflict ("Clashes since protests over fuel prices erupted in Tehran on Friday have killed 12").
The reviewer's sentences are explicit examples; the rest is generated from parts written for this."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from analysis.tolls.extract import extract_tolls

small = st.integers(2, 90)
large = st.integers(20, 600).map(lambda k: k * 1_000)
NUMBER_WORDS = ["two", "three", "four", "five", "six", "seven"]
WARS = ["conflict", "war", "unrest", "civil war", "fighting in Syria's war"]
EVENTS = ["an air strike on a market in Idlib killed {n} people on Tuesday",
          "police shot dead {n} protesters in Deraa on Friday",
          "a Saudi-led air strike killed {n} people at a wedding, medics said",
          "a car bomb in Azaz killed {n} people"]


def _scopes(text: str, n: int) -> list[str]:
    return [c["scope"] for c in extract_tolls(text) if c["value"] == n]


@settings(max_examples=120, deadline=None)
@example(30, "five", "years", "conflict", EVENTS[0], "")
@example(5, "two", "months", "unrest", EVENTS[1], "")
@example(40, "three", "years", "war", EVENTS[2], " in Yemen")
@given(small, st.sampled_from(NUMBER_WORDS), st.sampled_from(["years", "months"]), st.sampled_from(WARS),
       st.sampled_from(EVENTS), st.sampled_from(["", " in Yemen", " in Syria"]))
def test_after_n_years_of_war_an_events_toll_stays_the_events(n, number, unit, war, event, place):
    text = f"After {number} {unit} of {war}{place}, {event.format(n=n)}."
    assert _scopes(text, n) == ["incident"], text


@settings(max_examples=80, deadline=None)
@given(large, st.sampled_from(NUMBER_WORDS), st.sampled_from(["conflict", "war", "civil war"]),
       st.sampled_from(["More than {n:,} people have been killed in more than {k} years of {w}",
                        "In {k} years of {w}, more than {n:,} people have been killed",
                        "Over the past {k} years of {w} more than {n:,} people have died",
                        "{K} years of {w} have killed more than {n:,} people"]))
def test_the_dead_of_n_years_of_war_are_its_total(n, number, war, shape):
    text = shape.format(n=n, k=number, K=number.capitalize(), w=war) + ", the UN said."
    assert _scopes(text, n) == ["cumulative"], text


@settings(max_examples=120, deadline=None)
@example(20_000, "The conflict has ground on for years", "yet",
         "the famine across the rebel-held north this winter")
@given(large, st.sampled_from(["The conflict has ground on for years", "The war goes on",
                               "The war in Syria has dragged on into its sixth year"]),
       st.sampled_from(["yet", "and", "but", "while"]),
       st.sampled_from(["the famine across the rebel-held north this winter", "cholera in the camps",
                        "the earthquake in the south-east"]))
def test_a_later_clauses_subject_owns_its_has_killed(n, war_clause, opener, subject):
    text = f"{war_clause}, {opener} {subject} has killed more than {n:,} people."
    assert "cumulative" not in _scopes(text, n), text


@settings(max_examples=80, deadline=None)
@example(12, "fuel prices", "Tehran", "on Friday")
@given(small, st.sampled_from(["fuel prices", "the election result", "a court ruling", "power cuts"]),
       st.sampled_from(["Tehran", "Caracas", "Khartoum", "Lagos"]), st.sampled_from(["on Friday", "last week", ""]))
def test_protests_of_another_place_start_no_war_total(n, cause, city, when):
    text = (f"Clashes since protests over {cause} erupted in {city}{' ' + when if when else ''} "
            f"have killed {n} people, state media said.")
    assert _scopes(text, n) != ["cumulative"], text


@settings(max_examples=80, deadline=None)
@example(300_000, "The war", ", as the UN has repeatedly noted,")
@example(300_000, "The conflict between the regime and rebels", ", and later jihadists,")
@given(large, st.sampled_from(["The war", "The conflict", "The conflict between the regime and rebels"]),
       st.sampled_from([", as the UN has repeatedly noted,", ", and later jihadists,", ", while it lasts,",
                        ", but above all its sieges,", ", though it has cooled this year,"]))
def test_an_aside_closed_by_a_comma_leaves_the_war_its_has_killed(n, war, aside):
    # the clause-opener guard above must not take an aside for a new subject
    text = f"{war}{aside} has killed more than {n:,} people."
    assert _scopes(text, n) == ["cumulative"], text
