"""What counts as a toll: negations, ages, dates and ordinals never do; hedged, quoted and
"put the toll at" claims keep their qualifier; scope rules hold for any war (issue 14)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis import tolls
from toll_text import claims, headline, values


# --- the examples ----------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "No one was killed in the attack.",
    "Not one person died.",
    "Not a single civilian was killed, the ministry said.",
    "None of the 30 passengers were killed.",
    "A 12-year-old boy was wounded.",
    "He was the 12th person killed this week.",
])
def test_no_toll(text):
    assert values(text) == []


@pytest.mark.parametrize("text, expected", [
    ("A boy aged 12 was killed in the strike.", [1]),
    ("Three children aged 8, 10 and 12 were killed.", [3]),
    ("Four people, aged between 19 and 25, were killed.", [4]),
    ("On 5 March 2017, 12 people were killed.", [12]),
    ("The army lost 30 men in the battle.", [30]),
])
def test_ages_and_dates_are_not_counts(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text, value, qualifier", [
    ("Up to 600 people may have been killed, the group said.", 600, "up_to"),
    ("The raid killed 'up to 200' soldiers.", 200, "up_to"),
    ("The raid killed \u201cmore than 40\u201d fighters.", 40, "more_than"),
    ("The UN put the number killed at 1.5 million.", 1_500_000, "exact"),
    ("The monitor put the death toll at more than 45.", 45, "more_than"),
    ("Activists estimated the number of dead at about 300.", 300, "about"),
])
def test_hedged_quoted_and_put_at_claims(text, value, qualifier):
    assert [(v, q) for v, q, _ in claims(text)] == [(value, qualifier)]


# (text, the study's conflict): a war's total is cumulative in a study of that war (a sentence
# naming no country, in any study); another war's is "other" (test_toll_another_war).
@pytest.mark.parametrize("text, conflict", [
    ("The Iraq war killed nearly half a million people.", "Iraq"),
    ("The Yemen war has killed 10,000 people.", "Yemen"),
    ("Russia's war in Ukraine has killed 8,000 civilians.", "Ukraine"),
    ("The 2003 invasion of Iraq killed over 100,000 civilians.", "Iraq"),
    ("More than 1,000 people have been killed since the 2021 coup.", "Syria"),
    ("At least 300 people have been killed since the conflict began in 2015.", "Syria"),
    ("More than 10,000 civilians have been killed since Russia invaded Ukraine in February 2022.", "Ukraine"),
    ("About 2,000 people have been killed since the Taliban took power.", "Syria"),
    ("Since the army seized power in 2021, 1,500 protesters have been killed.", "Syria"),
])
def test_scope_of_any_war_is_cumulative(text, conflict):
    assert [c["scope"] for c in tolls.extract_tolls(text, conflict_name=conflict)] == ["cumulative"]


def test_lost_needs_people():
    assert values("The rebels lost 30 tanks and 3 seats.") == []


# --- generated sentences -----------------------------------------------------------------------

VICTIMS = ["people", "civilians", "soldiers", "children", "fighters", "women", "rebels", "police officers"]
DEATH = ["were killed", "have been killed", "died", "were shot dead", "were reported killed", "lost their lives"]
PLACES = ["", " in Aleppo", " in Kabul", " in the city of Mosul", " near the border"]
WHEN = ["", " on Tuesday", " overnight", " on 5 March 2017", " in 2016"]
SOURCE = ["", ", the monitor said", ", officials said", ", according to the health ministry"]
counts = st.integers(min_value=2, max_value=9_999)


def _written(n: int, style: int) -> str:
    return f"{n:,}" if style == 0 else str(n)


@settings(max_examples=150, deadline=None)
@given(counts, st.integers(0, 1), st.sampled_from(VICTIMS), st.sampled_from(DEATH), st.sampled_from(PLACES),
       st.sampled_from(WHEN), st.sampled_from(SOURCE))
def test_n_people_were_killed_yields_n(n, style, victims, death, place, when, source):
    text = f"{_written(n, style)} {victims} {death}{place}{when}{source}."
    got = tolls.extract_tolls(text)
    assert [c["value"] for c in got] == [n], text
    assert got[0]["qualifier"] == "exact"
    assert got[0]["is_headline"] == (got[0]["scope"] == "incident")
    assert got[0]["scope"] == ("other" if "in 2016" in text else "incident")  # a year's total is no incident


@settings(max_examples=150, deadline=None)
@given(counts, st.sampled_from(VICTIMS), st.sampled_from(["killed", "killing"]), st.sampled_from(WHEN),
       st.sampled_from(["at least", "more than", "nearly", "up to", "about"]))
def test_killing_verb_then_qualified_count(n, victims, verb, when, qual):
    text = f"An air strike{when} {verb} {qual} {n} {victims}."
    got = tolls.extract_tolls(text)
    assert [c["value"] for c in got] == [n], text
    expected = {"at least": "at_least", "more than": "more_than", "nearly": "nearly", "up to": "up_to",
                "about": "about"}[qual]
    assert got[0]["qualifier"] == expected


NEGATIONS = ["No one", "Not one person", "No civilians", "Not a single soldier", "Nobody", "None of the residents"]


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(NEGATIONS), st.sampled_from(["was killed", "were killed", "died"]),
       st.sampled_from(PLACES), st.sampled_from(WHEN), st.sampled_from(SOURCE))
def test_negated_deaths_yield_no_toll(neg, death, place, when, source):
    text = f"{neg} {death}{place}{when}{source}."
    assert values(text) == [], text


@settings(max_examples=100, deadline=None)
@given(st.lists(st.integers(1, 17), min_size=1, max_size=4), st.sampled_from(["boy", "girl", "man", "woman"]),
       st.sampled_from(["was killed", "died"]), st.sampled_from(WHEN))
def test_ages_are_never_tolls(ages, who, death, when):
    listed = ", ".join(map(str, ages[:-1])) + (" and " if len(ages) > 1 else "") + str(ages[-1])
    text = f"A {who} aged {listed} {death}{when}."
    assert all(v == 1 for v in values(text)), text
    text = f"A {ages[0]}-year-old {who} {death}{when}."
    assert all(v == 1 for v in values(text)), text


@settings(max_examples=100, deadline=None)
@given(st.integers(2, 28), st.sampled_from(["January", "March", "May", "October"]), st.integers(2000, 2024),
       st.sampled_from(["killed", "were killed", "died"]))
def test_dates_and_ordinals_are_never_tolls(day, month, year, death):
    for text in (f"On {day} {month} {year}, a man was {death.split()[-1]}.",
                 f"He was the {day}th person {death.split()[-1]} since {month} {year}.",
                 f"In {year}, {month} {day} was the day the fighters {death.split()[-1]} a man."):
        assert all(v not in (day, year) for v in values(text)), text


@pytest.mark.parametrize("text, value, victims", [
    ("Rockets hit Aleppo, killing according to the latest toll 44 civilians and wounding over 140.", 44, "civilians"),
    ("The bombing killed, according to activists, 12 people.", 12, "people"),
    ("Brouq and at least 10 members of the Takfiri group were killed in the attacks.", 10, "members"),
    ("Twenty soldiers of the elite Tiger unit were killed.", 20, "soldiers"),
])
def test_attribution_between_verb_and_count_and_victims_before_of(text, value, victims):
    got = tolls.extract_tolls(text)
    assert [(c["value"], c["victims"]) for c in got] == [(value, victims)]


@settings(max_examples=200, derandomize=True, deadline=None)
@given(st.integers(min_value=1, max_value=10**7), st.sampled_from(["about", "around", "some", "roughly"]))
def test_an_estimate_is_bounded_in_whole_deaths_within_ten_percent(n, word):
    # "around 400000" once gave high = 440000.00000000006 (float arithmetic) in death_tolls.csv
    (claim,) = tolls.extract_tolls(f"{word.capitalize()} {n:,} people were killed in the attack.")
    assert claim["qualifier"] == "about" and claim["value"] == n
    low, high = claim["low"], claim["high"]
    assert low == int(low) and high == int(high)
    assert n * 0.9 - 1 < low <= n <= high < n * 1.1 + 1 and low >= n * 0.9 and high <= n * 1.1 + 1e-9


# --- wire phrasings (a probe list of common English, not read from any FA-KES fold) -----------

# A bare 1900-2099 reads as a year (the rules' choice: "killed in 2015" is a date far more often).
not_year = counts.filter(lambda n: not 1900 <= n <= 2099)
INJURY_VERBS = ["wounded", "injured", "hurt"]
INJURY_OBJECTS = ["{m}", "{m} others", "more than {m}", "dozens", "many others", "several people", "at least {m}"]


@settings(max_examples=150, deadline=None)
@given(not_year, counts, st.sampled_from(["killed", "killing"]), st.sampled_from(INJURY_VERBS),
       st.sampled_from(INJURY_OBJECTS), st.sampled_from(["", " on Tuesday", " overnight", " in Aleppo"]))
def test_killed_n_and_wounded_m_is_a_toll_of_n(n, m, verb, injury, obj, when):
    # "killed 8 and wounded 20": two verbs with their own counts, not "killed or wounded" casualties
    text = f"The blast{when} {verb} {n} and {injury} {obj.format(m=m)}."
    got = tolls.extract_tolls(text)
    assert [(c["value"], c["is_headline"]) for c in got] == [(n, True)], text


@pytest.mark.parametrize("text", [
    "Some 40 fighters were killed or wounded.",
    "Ten people were killed and wounded in the attack.",
    "The attack left 10 killed and wounded.",
    "Shelling killed and wounded 25 people.",
])
def test_killed_or_wounded_is_still_no_death_toll(text):
    assert values(text) == [], text


@settings(max_examples=100, deadline=None)
@given(not_year, st.sampled_from(VICTIMS),
       st.sampled_from(["shot and killed", "shot to death", "stabbed to death", "beaten to death", "tortured to death",
                        "burned to death", "starved to death"]),
       st.sampled_from(["were ", "have been ", ""]), st.sampled_from(PLACES))
def test_manner_of_death_phrases_are_deaths(n, victims, how, aux, place):
    text = f"{n} {victims} {aux}{how}{place}."
    assert values(text) == [n], text


@settings(max_examples=100, deadline=None)
@given(not_year, st.sampled_from(["civilians", "people", "Syrian soldiers", "children", "rebel fighters", "those"]),
       st.sampled_from(["has risen to", "rose to", "reached", "stood at", "climbed to"]),
       st.sampled_from(["", " in the strikes", " in Saturday's bombing"]))
def test_number_of_victims_killed_rose_to_n(n, who, verb, where):
    text = f"The number of {who} killed{where} {verb} {n}."
    assert values(text) == [n], text


def test_number_of_victims_wounded_is_no_death_toll():
    assert values("The number of civilians wounded in the strikes has risen to 39.") == []


@settings(max_examples=100, deadline=None)
@given(not_year, st.sampled_from(["Death toll", "The death toll", "Toll", "The death toll in Aleppo"]),
       st.sampled_from([("hits", "exact"), ("reaches", "exact"), ("rises to", "exact"), ("tops", "more_than"),
                        ("passes", "more_than"), ("has passed", "more_than"), ("exceeds", "more_than"),
                        ("surpassed", "more_than")]))
def test_present_tense_toll_headlines_and_tolls_that_went_past_a_number(n, subject, verb_qualifier):
    verb, qualifier = verb_qualifier
    text = f"{subject} {verb} {n}, activists say."
    assert [(c["value"], c["qualifier"]) for c in tolls.extract_tolls(text)] == [(n, qualifier)], text


@settings(max_examples=100, deadline=None)
@given(not_year, st.sampled_from(["men", "gunmen", "soldiers", "fighters", "militants"]),
       st.sampled_from(["who killed", "who had killed", "that executed", "who allegedly murdered", "who shot dead"]),
       st.sampled_from(["the officer", "a journalist", "him"]), st.sampled_from(["were arrested", "fled"]))
def test_the_killers_in_a_relative_clause_are_no_toll(n, who, clause, victim, rest):
    text = f"The {n} {who} {clause} {victim} {rest}."
    assert [v for v in values(text) if v == n] == [], text


@pytest.mark.parametrize("text, expected", [
    ("Five people who were killed were buried.", [5]),
    ("The 4 soldiers who were executed were buried.", [4]),
    ("The 12 people who died were civilians.", [12]),
    ("The 2 men who killed themselves were named.", [2]),
])
def test_the_dead_in_a_relative_clause_are_a_toll(text, expected):
    assert values(text) == expected


@settings(max_examples=100, deadline=None)
@given(st.integers(2, 999).flatmap(lambda n: st.tuples(st.just(n), st.integers(1, n - 1))),
       st.sampled_from(["people", "civilians", "soldiers"]), st.sampled_from(["children", "women", "officers"]),
       st.sampled_from(["{k} of them {sub}", "{k} of whom were {sub}", "and {k} of them were {sub}"]))
def test_n_of_them_is_a_part_of_the_toll_not_added_to_it(nk, victims, sub, tail):
    # "killed 12 people, four of them children" is 12 dead, not 16
    n, k = nk
    text = f"The attack killed {n} {victims}, {tail.format(k=k, sub=sub)}."
    assert headline(text) == [n], text


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(["citizen", "farmer", "resident", "teacher", "shepherd", "protester", "driver", "member",
                        "civilian", "child"]),
       st.sampled_from(["was killed", "died", "was shot dead", "was martyred"]), counts,
       st.sampled_from(["", " and {n} others were injured", ", and {n} others were wounded"]))
def test_one_named_person_killed_is_a_toll_of_one(who, death, n, rest):
    text = f"A {who} {death}{rest.format(n=n)}."
    assert [(c["value"], c["is_headline"]) for c in tolls.extract_tolls(text)] == [(1, True)], text


@settings(max_examples=150, deadline=None)
@given(not_year, counts, st.sampled_from(["kill", "Kill", "killed"]), st.sampled_from(["Injured", "injured", "Wounded",
                                                                                      "wound", "Arrested"]),
       st.sampled_from(VICTIMS), st.sampled_from(PLACES))
def test_unpunctuated_headline_killed_n_injured_m_is_a_toll_of_n(n, m, verb, injury, victims, place):
    # headlines drop the comma: "Kurds kill 83 Injured 100 Terrorists" is "killed 83, injured 100"
    text = f"Air strikes {verb} {n} {injury} {m} {victims}{place}"
    got = tolls.extract_tolls(text)
    assert [(c["value"], c["is_headline"]) for c in got] == [(n, True)], text


@pytest.mark.parametrize("text, expected", [
    ("The strikes killed 14, 25 were wounded.", [14]),  # the injured are the second count's people
    ("Shelling killed 14 wounded others.", [14]),  # "wounded others": a clause of its own
])
def test_an_injury_word_vetoes_only_the_count_it_describes(text, expected):
    assert values(text) == expected, text


@settings(max_examples=100, deadline=None)
@given(not_year, st.sampled_from(VICTIMS), st.sampled_from(["recorded", "documented", "registered", "counted"]),
       st.sampled_from(["killed", "dead"]), st.sampled_from(PLACES), st.sampled_from(SOURCE))
def test_a_monitors_tally_recorded_killed_is_a_toll(n, victims, tally, death, place, source):
    text = f"The monitor said {n} {victims} were {tally} {death}{place}{source}."
    assert values(text) == [n], text
    text = f"Aleppo bore the brunt with {n} {victims} {tally} {death}{place}."
    assert values(text) == [n], text


@settings(max_examples=100, deadline=None)
@given(not_year, st.sampled_from(["more", "More"]), st.sampled_from(["were killed", "Killed", "died", "have been killed"]),
       st.sampled_from(PLACES))
def test_n_more_killed_is_a_toll(n, more, death, place):
    # "8 More Killed in Army Offensive": more of the people the text is counting
    text = f"{n} {more} {death}{place}."
    assert values(text) == [n], text


@settings(max_examples=100, deadline=None)
@given(not_year, st.sampled_from(["rebel", "IS", "army", "regime", "ISIS", "Daesh", "SDF", "YPG"]),
       st.sampled_from(["held", "controlled", "run"]), st.sampled_from(["kill", "killed"]),
       st.sampled_from(["Aleppo", "areas of Idlib", "neighbourhoods"]))
def test_a_side_holding_a_place_is_not_the_victims(n, side, held, verb, place):
    # "kill 16 in rebel-held Aleppo": 16 people, not 16 rebels
    got = tolls.extract_tolls(f"Air strikes {verb} {n} in {side}-{held} {place}.")
    assert [(c["value"], c["victims"]) for c in got] == [(n, "people")]


@settings(max_examples=100, deadline=None)
@given(not_year, st.sampled_from(["Syrian Observatory for Human Rights", "United Nations", "health ministry",
                                  "Syrian Center for Policy Research"]),
       st.sampled_from(["According to the {src}, ", "According to a February report by the {src}, ",
                        "The shelling hit Aleppo, according to a new toll from the {src}, and "]),
       st.sampled_from(VICTIMS))
def test_according_to_opening_a_sentence_or_naming_a_report_finds_the_counter(n, src, frame, victims):
    text = frame.format(src=src) + f"{n} {victims} were killed."
    got = tolls.extract_tolls(text)
    assert [(c["value"], c["attributed_to"]) for c in got] == [(n, src)], text


WAR_STARTS = ["since the war began", "since the start of the war", "since the outbreak of the conflict",
              "since the uprising began in 2011", "since the outbreak of Syria's civil war"]


@settings(max_examples=60)
@given(st.integers(2, 900), st.sampled_from(["the deadliest", "the worst", "the bloodiest", "the first", "one of the heaviest"]),
       st.sampled_from(["attack", "bombing", "air strike", "explosion to hit the city"]), st.sampled_from(WAR_STARTS),
       st.booleans())
def test_a_ranked_event_since_the_war_began_is_not_the_wars_toll(n, rank, event, since, toll_first):
    """'The bombing killed 50 people, the deadliest attack since the war began': the superlative
    ranks one event against all since then, so its toll is that event's."""
    text = (f"The bombing killed {n} people, {rank} {event} {since}." if toll_first
            else f"The blast, {rank} {event} {since} killed {n} people the monitor said.")
    claims = [c for c in tolls.extract_tolls(text) if c["value"] == n]
    assert claims and all(c["scope"] != "cumulative" for c in claims)


@settings(max_examples=40)
@given(st.integers(20_000, 600_000), st.sampled_from(WAR_STARTS), st.sampled_from(["have been killed", "have died"]))
def test_a_toll_counted_since_the_war_began_stays_cumulative(n, since, death):
    text = f"More than {n:,} people {death} {since}, the monitor said."
    assert [c["scope"] for c in tolls.extract_tolls(text) if c["value"] == n] == ["cumulative"]
