"""Wire phrasings of a death toll that the rules missed, from a probe list of common news
sentences (never from a benchmark fold's misses): people named by
what they were doing ("migrants", "peacekeepers"), "drowned", "were among the dead", "killed
a family of five" and a toll that "climbed past" a number (issue 14). Peoples named by demonym
are drawn from a list of nations in tests/test_toll_wire_other_wars.py."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from analysis import tolls
from toll_text import headline, in_words

TAILS = ["", " in the attack", " on Tuesday", " near the border", ", officials said"]
counts = st.integers(2, 5_000)


def _written(n: int, words: bool) -> str:
    return in_words(n).capitalize() if words and n < 100 else f"{n:,}"


@settings(max_examples=100, deadline=None)
@given(counts, st.booleans(), st.sampled_from(["migrants", "peacekeepers", "passengers", "pilgrims", "tourists",
                                               "miners", "sailors", "diplomats", "bystanders", "contractors"]),
       st.sampled_from(["were killed", "died", "drowned", "were found dead"]), st.sampled_from(TAILS))
def test_people_named_by_what_they_were_doing_are_a_toll(n, words, who, death, tail):
    text = f"{_written(n, words)} {who} {death}{tail}."
    assert headline(text) == [n], text


@settings(max_examples=100, deadline=None)
@given(counts, st.sampled_from(["At least ", "", "More than "]), st.sampled_from(["people", "migrants", "children"]),
       st.sampled_from([" when their boat capsized", " off the coast", " in the river", ""]))
def test_drowned_is_a_death(n, qual, who, tail):
    text = f"{qual}{n:,} {who} drowned{tail}."
    assert headline(text) == [n], text


@settings(max_examples=100, deadline=None)
@given(st.integers(12, 400), st.integers(2, 9), st.sampled_from(["journalists", "children", "soldiers"]),
       st.sampled_from(["{K} {who} were among the dead.", "{K} {who} were among those killed.",
                        "{K} {who} were also among the dead, the ministry said.",
                        "There were {k} {who} among the dead."]),
       st.booleans())
def test_among_the_dead_is_a_part_of_the_toll(n, k, who, among, part_first):
    # "three journalists were among the dead" is a part: the article's toll is the whole
    whole = f"An air strike killed {n} people in the town."
    part = among.format(K=in_words(k).capitalize(), k=in_words(k), who=who)
    text = f"{part} {whole}" if part_first else f"{whole} {part}"
    got = tolls.extract_tolls(text)
    assert sorted(c["value"] for c in got) == sorted([n, k]), text
    assert headline(text) == [n], text


@settings(max_examples=100, deadline=None)
@given(st.integers(3, 12), st.sampled_from(["The strike killed {det} family of {n}{tail}.",
                                            "Shelling hit the house{tail}, killing {det} family of {n}."]),
       st.sampled_from(["a", "an entire", "a whole"]), st.sampled_from(TAILS))
def test_killed_a_family_of_n_is_a_toll_of_n(n, frame, det, tail):
    text = frame.format(det=det, n=in_words(n), tail=tail)
    assert headline(text) == [n], text


@settings(max_examples=100, deadline=None)
@given(st.integers(100, 90_000), st.sampled_from(["climbed", "rose", "jumped", "soared"]),
       st.sampled_from(["The death toll", "The toll", "The quake's death toll"]))
def test_a_toll_that_climbed_past_a_number_is_more_than_it(n, verb, toll):
    got = tolls.extract_tolls(f"{toll} {verb} past {n:,} on Monday.")
    assert [(c["value"], c["qualifier"]) for c in got] == [(n, "more_than")]


@settings(max_examples=50, deadline=None)
@given(st.integers(2, 30), st.sampled_from(["days", "weeks", "hours"]))
def test_the_past_n_days_is_no_toll(n, unit):
    # "past" leads into a toll only after a rising verb
    assert headline(f"The toll over the past {n} {unit} is not known.") == []


@settings(max_examples=100, deadline=None)
@given(counts, st.sampled_from(["new", "more", "additional", "further", "confirmed", "Covid"]),
       st.sampled_from(["deaths", "fatalities", "bodies"]),
       st.sampled_from(["Health officials reported {n} {adj} {noun}.", "There were {n} {adj} {noun} on Monday.",
                        "Officials recorded {n} {adj} {noun} overnight."]))
def test_n_modified_deaths_is_a_toll(n, adj, noun, frame):
    # "14 new deaths": the death word is the counted noun and the word before it modifies it
    text = frame.format(n=f"{n:,}", adj=adj, noun=noun)
    assert headline(text) == [n], text


@settings(max_examples=100, deadline=None)
@given(st.integers(2, 900), st.sampled_from(["highest", "deadliest", "worst", "bloodiest"]),
       st.sampled_from(["toll", "attack", "single attack"]),
       st.sampled_from(["this year", "since January", "in 2016", "so far this year", "this month"]))
def test_a_toll_ranked_against_a_period_is_the_events(n, sup, what, period):
    text = f"The blast killed {n} people, the {sup} {what} {period}."
    got = tolls.extract_tolls(text)
    assert [(c["value"], c["scope"], c["is_headline"]) for c in got] == [(n, "incident", True)], text


@settings(max_examples=100, deadline=None)
@given(st.integers(2, 900), st.sampled_from(["this year", "since January", "in 2016", "so far this year"]),
       st.sampled_from(["", "Only ", "At least "]))
def test_a_toll_over_a_period_stays_other(n, period, lead):
    text = f"{lead}{n} people have been killed {period}."
    assert [c["scope"] for c in tolls.extract_tolls(text)] == ["other"], text


@settings(max_examples=100, deadline=None)
@given(st.integers(1, 17), st.sampled_from(["girl", "boy", "child", "man", "woman", "soldier"]),
       st.sampled_from(["was killed", "died", "was shot dead"]), st.sampled_from(TAILS))
def test_a_person_of_an_age_written_with_hyphens_is_a_toll_of_one(age, who, death, tail):
    art = "An" if age in (8, 11) else "A"
    text = f"{art} {age}-year-old {who} {death}{tail}."
    assert headline(text) == [1], text


@settings(max_examples=100, deadline=None)
@given(counts, st.sampled_from(["U.S.", "U.N.", "U.S.-led", "U.K.", "U.N.-backed"]),
       st.sampled_from(["troops", "soldiers", "peacekeepers", "forces"]),
       st.sampled_from(["were killed", "died"]), st.sampled_from(TAILS))
def test_an_abbreviation_in_the_subject_is_a_word(n, abbr, who, death, tail):
    text = f"{n:,} {abbr} {who} {death}{tail}."
    assert headline(text) == [n], text


GROUPS = ["the Islamic State in Iraq and the Levant", '"Islamic State in Iraq and Levant" and "al-Nusra Front" organizations',
          "the Army of Conquest and its allies in the north", "the Free Syrian Army in the southern province",
          "the Kurdish People's Protection Units and their Arab allies"]


@settings(max_examples=100, deadline=None)
@given(counts, st.sampled_from(["members", "fighters", "militants"]), st.sampled_from(GROUPS),
       st.sampled_from(["were killed", "have been killed", "were reportedly killed"]), st.sampled_from(TAILS),
       st.sampled_from(["At least ", "", "Activists said "]))
def test_members_of_a_long_group_name_are_a_toll(n, who, group, death, tail, lead):
    # a group's name may hold "in" and "and"; the passive killing after it counts the members
    text = f"{lead}{n:,} {who} of {group} {death}{tail}."
    text = text[0].upper() + text[1:]
    assert headline(text) == [n], text


@settings(max_examples=100, deadline=None)
@given(counts, st.integers(2, 9), st.sampled_from(GROUPS), st.sampled_from(["wounded", "captured", "arrested"]))
def test_members_of_a_long_group_name_wounded_are_no_toll(n, k, group, fate):
    # only the killed count counts: "12 members of X were wounded and 3 were killed" is 3
    assert headline(f"{n:,} members of {group} were {fate}.") == []
    assert headline(f"{n:,} members of {group} were {fate} and {k} were killed.") == [k]
