"""Toll precision on text that is not war news (issue 14): idioms of killing, generic and
conditional statements about "a person", "dead" said of things, "lives" that nothing took
and rates give no incident toll, while reported deaths keep theirs and "N to M" is a range."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from toll_text import in_words, rows, values


SUBJECTS = ["The company", "It", "This plan", "The new policy", "Our app", "She", "The update"]
SINGULARS = ["person", "man", "woman", "child", "family member", "resident", "citizen", "teacher"]
VICTIMS = ["people", "civilians", "soldiers", "children", "fighters", "women", "residents"]
TAILS = ["", " in the city", " last week", " on Monday", " by the river"]
count = st.integers(2, 99)


# --- the sentences from WCXB that read as tolls ------------------------------------------------

@pytest.mark.parametrize("text", [
    "But renovating your home is a really unique investment because it kills two birds with one stone: "
    "it improves your quality of life, and adds value at the same time.",
    "Then the company killed two birds with one stone by deciding to get rid of all its X terminals.",
    "* Estate tax: A tax levied on the transfer of the estate of a person who dies.",
    "To take a basic example for illustrative purposes, if a person were to die in 2025 and leave behind "
    "an estate of $15,000,000, the estate would owe taxes on the net amount over the exclusion limit.",
    "When a man dies, he goes to another circle.",
    "* Trip cancellation: Receive a reimbursement if you need to cancel your trip for a reason that is "
    "accepted by the carrier, like illness, injury, or the death of a family member.",
    "Instead of discarding an entire keyboard because of one dead switch or because your preferences "
    "change, you can simply replace the components, saving money and reducing electronic waste.",
    "This crucial show cemented the lives of two 20th-century artists.",
])
def test_general_text_that_is_no_toll(text):
    assert values(text) == []


@pytest.mark.parametrize("text, expected", [
    ("* Deaths due to drug overdose among adolescents more than doubled from 2018 (253 deaths) to 2022 "
     "(723 deaths).", [253, 723]),
    ("Ten Mistakes Marred Firewall Upgrade At Australian Telco, Contributing To Two Deaths", [2]),
])
def test_general_text_that_reports_deaths(text, expected):
    assert values(text) == expected


def test_a_yearly_range_is_a_range_and_no_incident():
    text = "It is estimated that there are six to 12 child fatalities a year related to this."
    assert rows(text) == [(6, 6, 12, "range", "other")]


# --- generated: no toll ------------------------------------------------------------------------

@given(st.sampled_from(SUBJECTS), st.sampled_from(["kills", "killed", "will kill", "can kill", "is killing"]),
       st.sampled_from(["two", "2"]), st.sampled_from(["with one stone", "with a single stone", ", one stone"]),
       st.sampled_from(TAILS))
def test_the_two_birds_idiom_is_no_toll(subject, verb, two, stone, tail):
    assert values(f"{subject} {verb} {two} birds {stone}{tail}.") == []


@given(st.sampled_from(["If", "When", "Whenever", "Unless", "In case"]), st.sampled_from(SINGULARS),
       st.sampled_from(["dies", "were to die", "would die", "is killed", "should die", "will be killed"]),
       st.sampled_from([", the estate passes to the heirs", ", the policy pays out", ", he goes to another circle"]))
def test_a_conditional_singular_is_no_toll(opener, who, death, rest):
    assert values(f"{opener} a {who} {death}{rest}.") == []


@given(st.sampled_from(["The estate of", "The insurance of", "A tax on the property of", "The heirs of"]),
       st.sampled_from(SINGULARS), st.sampled_from(["who dies", "that dies", "who dies abroad", "who dies intestate"]))
def test_a_generic_singular_in_the_present_is_no_toll(head, who, clause):
    assert values(f"{head} a {who} {clause} is taxed.") == []


@given(st.sampled_from(["Cancel your trip if", "You are covered if", "Claim a refund if"]),
       st.sampled_from(["you fall ill or suffer", "you need to leave for"]),
       st.sampled_from(["the death of a", "the sudden death of a", "the loss of a"]),
       st.sampled_from(SINGULARS))
def test_the_death_of_a_singular_in_a_condition_is_no_toll(lead, middle, death, who):
    assert values(f"{lead} {middle} an injury or {death} {who}.") == []


@given(st.one_of(count.map(str), count.map(in_words), st.just("one")),
       st.sampled_from(["switch", "battery", "batteries", "pixels", "engine", "phone", "link", "links", "cells"]),
       st.sampled_from(["because of", "there were", "we found", "it shipped with"]))
def test_dead_said_of_a_thing_is_no_toll(n, thing, lead):
    assert values(f"The keyboard is useless {lead} {n} dead {thing} on the board.") == []


@given(st.sampled_from(["cemented", "changed", "saved", "improved", "touched", "celebrates", "documents"]),
       count.map(str), st.sampled_from(["artists", "people", "children", "women", "families"]))
def test_lives_that_nothing_took_are_no_toll(verb, n, who):
    assert values(f"The exhibition {verb} the lives of {n} {who}.") == []


@given(st.sampled_from(["A coward dies", "I died", "She was dying", "You will die"]),
       st.sampled_from(["a thousand", "a hundred", "two", "1,000", "many"]), st.sampled_from(TAILS))
def test_dying_n_deaths_is_an_idiom(subject, n, tail):
    assert values(f"{subject} {n} deaths{tail}.") == []


@given(st.integers(1, 9).flatmap(lambda k: st.tuples(st.just(k), st.integers(k + 1, 100))),
       st.sampled_from(["in", "out of", "in every"]), st.sampled_from(["Americans", "people", "patients", "women"]))
def test_a_proportion_is_no_count(part_whole, join, who):
    k, n = part_whole
    assert values(f"Heart disease kills {k} {join} {n} {who}.") == []


@given(st.sampled_from(["would", "will", "could", "might", "may"]), count, st.sampled_from(VICTIMS),
       st.sampled_from(["die", "be killed"]))
def test_a_death_that_may_come_is_no_toll(modal, n, victims, death):
    assert values(f"Aid workers warn that {n} {victims} {modal} {death} if the siege goes on.") == []


@given(st.sampled_from(["tried to", "attempted to", "plotted to", "planned to", "threatened to", "vowed to",
                        "wanted to", "failed to"]), st.sampled_from(["kill", "murder", "assassinate", "execute"]),
       count, st.sampled_from(VICTIMS))
def test_a_killing_tried_or_threatened_is_no_toll(attempt, verb, n, victims):
    assert values(f"Prosecutors say the man {attempt} {verb} {n} {victims} last year.") == []


@given(st.sampled_from(["attempted murder", "attempted killing", "attempted assassination"]),
       st.sampled_from(SINGULARS))
def test_attempted_murder_of_a_person_is_no_toll(charge, who):
    assert values(f"He was charged with {charge} of a {who}.") == []


@given(st.sampled_from(["did not", "didn't", "never"]), st.sampled_from(["kill", "lose", "killed", "lost"]),
       count, st.sampled_from(["people", "civilians", "soldiers", "officers"]))
def test_a_denied_killing_is_no_toll(neg, verb, n, victims):
    assert values(f"The army {neg} {verb} {n} {victims} that night.") == []


@given(count, st.sampled_from(["gunmen", "men", "attackers", "soldiers"]),
       st.sampled_from(["killed", "shot and killed", "murdered", "executed"]), count,
       st.sampled_from(VICTIMS))
def test_the_killers_before_an_active_verb_are_no_toll(n, killers, verb, m, victims):
    assert values(f"Police said {n} {killers} {verb} {m} {victims} on Monday.") == [m]


@given(st.sampled_from(["A teenager", "A gunman", "A soldier", "A man"]),
       st.sampled_from(["killed", "shot and killed", "murdered"]), st.sampled_from(["her", "him", "the mayor", "his wife"]))
def test_a_singular_killer_is_no_toll(killer, verb, obj):
    assert values(f"{killer} {verb} {obj} in 2012.") == []


# --- generated: still a toll -------------------------------------------------------------------

@given(count, st.booleans(), st.sampled_from(VICTIMS),
       st.sampled_from(["were killed", "died", "have been killed", "were found dead", "were shot dead"]),
       st.sampled_from(TAILS))
def test_n_people_were_killed_still_yields_n(n, words, victims, death, tail):
    number = in_words(n) if words else str(n)
    assert values(f"{number.capitalize()} {victims} {death}{tail}.") == [n]


@given(st.sampled_from(SINGULARS), st.sampled_from(["was killed", "died", "has been killed", "was shot dead"]),
       st.sampled_from(TAILS))
def test_a_singular_reported_dead_is_one(who, death, tail):
    assert values(f"Officials said a {who} {death}{tail}.") == [1]


@given(count, st.sampled_from(VICTIMS), st.sampled_from(["claimed", "cost", "took"]))
def test_lives_a_loss_verb_takes_are_a_toll(n, who, verb):
    assert values(f"The shelling {verb} the lives of {n} {who}.") == [n]


@given(count, st.sampled_from(VICTIMS), st.sampled_from(["would later die", "would eventually die", "may have been killed",
                                                      "are feared to have died"]))
def test_narrative_and_hedged_past_deaths_are_tolls(n, victims, death):
    assert values(f"Officials said {n} {victims} {death} of their wounds.") == [n]


@given(st.sampled_from(["It is unclear if", "If confirmed,", "Whether or not the army admits it,"]),
       st.sampled_from(["a soldier was killed", "the raid killed a civilian", "a child died"]))
def test_a_reported_singular_in_a_sentence_with_if_is_one(lead, event):
    assert values(f"{lead} {event} in the shelling.") == [1]


def test_the_death_of_a_person_reported_is_one():
    assert values("He mourned the death of a journalist killed in the raid.") == [1]


@given(count, st.sampled_from(["people", "civilians", "persons"]), count)
def test_an_unpunctuated_headline_with_killed_and_injured_keeps_its_toll(n, victims, m):
    assert values(f"{n} {victims} killed {m} injured in rocket attacks on the city")[:1] == [n]


@given(count, st.sampled_from(["managed to kill", "went on to kill", "did not only kill"]), st.sampled_from(VICTIMS))
def test_a_killing_that_happened_after_to_is_a_toll(n, verb, victims):
    assert values(f"The militants {verb} {n} {victims} in the raid.") == [n]


@given(st.integers(10, 99), st.integers(2, 9), st.sampled_from(["attacks", "villages", "raids"]))
def test_a_count_over_fewer_places_is_no_proportion(n, k, where):
    assert values(f"The air strikes killed {n} in {k} {where}.") == [n]


@given(count, st.sampled_from(VICTIMS), st.sampled_from(["planes", "drones", "barrel bombs"]))
def test_a_tool_used_to_kill_is_no_plan(n, victims, tool):
    assert values(f"The army used {tool} to kill {n} {victims} in the town.") == [n]


@given(count, st.sampled_from(["civilians", "people", "soldiers"]),
       st.sampled_from(["the army said", "the monitor reported", "a source told SANA"]))
def test_an_unpunctuated_headline_with_a_source_keeps_its_toll(n, victims, source):
    assert values(f"{n} {victims} killed {source}") == [n]


@given(count, st.sampled_from(["civilians", "soldiers", "bodies", "people"]), st.sampled_from(TAILS))
def test_dead_said_of_people_is_a_toll(n, who, tail):
    assert values(f"Rescuers found {n} dead {who}{tail}.") == [n]


@given(count, st.sampled_from(["in the shelling", "after the raid", "and 30 wounded", "yesterday"]))
def test_n_dead_before_a_function_word_is_a_toll(n, rest):
    assert values(f"The strike left {n} dead {rest}.")[:1] == [n]


# --- ranges and rates --------------------------------------------------------------------------

pairs = st.integers(1, 98).flatmap(lambda lo: st.tuples(st.just(lo), st.integers(lo + 1, 99)))


@given(pairs, st.sampled_from(["between {lo} and {hi}", "{lo} to {hi}"]), st.booleans(), st.booleans(),
       st.sampled_from(VICTIMS), st.sampled_from(["were killed", "died", "were found dead"]))
def test_n_to_m_killed_is_a_range(pair, form, lo_words, hi_words, victims, death):
    lo, hi = pair
    text = form.format(lo=in_words(lo) if lo_words else lo, hi=in_words(hi) if hi_words else hi)
    assert rows(f"Officials said {text} {victims} {death} on Monday.") == [(lo, lo, hi, "range", "incident")]


@given(count, st.sampled_from(VICTIMS), st.sampled_from(["die", "are killed"]),
       st.sampled_from(["a year", "per year", "each day", "every month", "annually", "every 10 seconds",
                        "every few hours", "per minute"]))
def test_a_rate_is_not_an_incident(n, victims, death, rate):
    assert [r[4] for r in rows(f"On average {n} {victims} {death} {rate} on these roads.")] == ["other"]


@given(count, st.sampled_from(["in over a year", "a day after the truce", "within a year"]))
def test_a_duration_or_date_is_not_a_rate(n, when):
    assert [r[4] for r in rows(f"The raid, the worst {when}, killed {n} people.")] == ["incident"]
