"""A cumulative total of one kind of death (tortured to death, died in detention, starved, in
chemical attacks) or of victims named before the number ("the toll for Russian soldiers killed
... to 18") is a total for one group, not the war's total nor a misread (QA report 10, F20)."""

from __future__ import annotations

import pandas as pd
from hypothesis import example, given, settings
from hypothesis import strategies as st

from analysis import tolls
from analysis.tolls import timeline

WAR = ("2016-01-01", "More than 280,000 people have been killed since the war began, the Syrian Observatory for Human Rights said.")
CAUSES = {
    "deaths under torture": ["have been tortured to death", "died under torture", "died of torture", "were killed under torture"],
    "deaths in detention": ["died in detention", "have died in regime custody", "died in government prisons",
                            "died in Syrian detention centres"],
    "deaths by starvation": ["have starved to death", "died of starvation", "died from hunger", "died of malnutrition"],
    "deaths in chemical attacks": ["were killed in chemical attacks", "died in gas attacks", "have been killed by chemical weapons",
                                   "died in the regime's sarin attacks"],
}
SINCE = ["since 2011", "since the war began", "since the start of the conflict in March 2011"]
SOURCES = ["a human rights group said", "the Syrian Network for Human Rights said", "according to Amnesty International"]


def _classified(*texts):
    rows = [dict(c, article_id=str(i), published=d, outlet="x") for i, (d, s) in enumerate(texts)
            for c in tolls.extract_tolls(s)]
    return timeline.classify_cumulative(pd.DataFrame(rows))


def _only(war: pd.DataFrame, value: float) -> pd.Series:
    rows = war[war["value"] == value]
    assert len(rows) == 1, war[["value", "victims", "scope"]]
    return rows.iloc[0]


@settings(max_examples=60, deadline=None)
@given(st.integers(200, 90_000), st.sampled_from(sorted(CAUSES)), st.data(), st.sampled_from(SINCE),
       st.sampled_from(SOURCES), st.booleans())
def test_a_total_of_one_cause_of_death_is_that_causes_group(n, cause, data, since, source, lead):
    phrase = data.draw(st.sampled_from(CAUSES[cause]))
    body = (f"{source.capitalize()} that more than {n:,} people {phrase} {since}." if lead
            else f"More than {n:,} people {phrase} {since}, {source}.")
    war = _classified(WAR, ("2016-06-01", body))
    row = _only(war, n)
    assert (row["group"], row["claim_kind"]) == (cause, timeline.SUB_POPULATION), (body, row["why"])
    assert list(war.loc[war["claim_kind"] == timeline.WAR_TOTAL, "value"]) == [280_000]


@settings(max_examples=40, deadline=None)
@given(st.integers(2, 900), st.sampled_from(["Russian", "Iranian", "Turkish", "American", "Hezbollah"]),
       st.sampled_from(["soldiers", "troops", "servicemen", "fighters", "pilots"]),
       st.sampled_from(["killed in the Syrian conflict", "killed in the Syrian war", "who died in the Syrian war"]))
def test_a_toll_for_named_victims_before_its_number_is_their_group(n, who, noun, where):
    body = f"The Monday downing brought the toll for {who} {noun} {where} to {n}."
    row = _only(_classified(WAR, ("2016-06-01", body)), n)
    assert row["scope"] == "cumulative"
    assert (row["group"], row["claim_kind"]) == ("soldiers and fighters", timeline.SUB_POPULATION), (body, row["why"])


@settings(max_examples=40, deadline=None)
@given(st.integers(200_000, 500_000), st.integers(1_000, 19_000), st.sampled_from(sorted(CAUSES)), st.data())
def test_a_cause_in_another_clause_leaves_the_war_total(total, part, cause, data):
    """The cause of a part named after the war total ("..., 12,000 of them tortured to death")
    is not the war total's."""
    phrase = data.draw(st.sampled_from(CAUSES[cause]))
    body = (f"More than {total:,} people have been killed since the war began and {part:,} others {phrase}, "
            f"the Syrian Observatory for Human Rights said.")
    row = _only(_classified(("2016-06-01", body)), total)
    assert (row["group"], row["claim_kind"]) == ("all", timeline.WAR_TOTAL), body


@settings(max_examples=40, deadline=None)
@given(st.integers(200_000, 500_000), st.sampled_from(["the regime crackdown and the war reached", "the army offensive and the war rose to",
                                                       "the war that the regime began stands at", "the uprising stands at"]))
def test_a_toll_noun_before_a_war_total_names_no_group_on_the_way(total, middle):
    """Only a victims noun right before a death word names the toll's group: "the toll of the
    regime crackdown and the war reached 300,000" is the war's, though 'regime' alone names
    soldiers (a word on the way is no victims noun)."""
    body = f"The death toll of {middle} {total:,} since 2011, the Syrian Observatory for Human Rights said."
    row = _only(_classified(("2016-06-01", body)), total)
    assert (row["group"], row["claim_kind"]) == ("all", timeline.WAR_TOTAL), body


WAR_NOUNS = ["a war", "a conflict", "the civil war", "a six-year war"]
NOUN_MODIFIERS = ["marked by", "scarred by", "defined by", "notorious for its use of", "known for"]
CAUSE_NOUNS = ["chemical attacks", "gas attacks", "sarin attacks", "torture", "starvation", "hunger",
               "the regime's chemical weapons"]
DIED = ["have died", "have been killed", "were killed", "died"]


@settings(max_examples=60, deadline=None)
@example(n=300_000, died="have died", war="a war", modifier="marked by", cause="chemical attacks", lead=True)
@given(st.integers(100_000, 500_000), st.sampled_from(DIED), st.sampled_from(WAR_NOUNS), st.sampled_from(NOUN_MODIFIERS),
       st.sampled_from(CAUSE_NOUNS), st.booleans())
def test_a_cause_that_describes_the_war_leaves_the_war_total(n, died, war, modifier, cause, lead):
    """A cause counts only as the dead's own ("have died in chemical attacks"): after a noun
    ("died in a war marked by chemical attacks", rev10t) it describes the war, whose dead are all
    victims."""
    body = (f"Since 2011 more than {n:,} people {died} in {war} {modifier} {cause}, the Observatory said." if lead
            else f"More than {n:,} people {died} in {war} {modifier} {cause} since 2011, the Observatory said.")
    row = _only(_classified(("2016-06-01", body)), n)
    assert (row["group"], row["claim_kind"]) == ("all", timeline.WAR_TOTAL), (body, row["why"])


PLACES = {"in": (["Syria's prisons", "the regime's jails", "government detention centres", "prisons"],
                 ["battlefields", "front lines", "the streets", "besieged towns", "air strikes"]),
          "by": (["chemical weapons", "gas attacks", "the regime's sarin attacks"],
                 ["barrel bombs", "air strikes", "shelling", "the regime's artillery"])}


@settings(max_examples=60, deadline=None)
@example(n=400_000, preposition="in", data=None, where="Syria's prisons", other="battlefields", died="have been killed")
@given(st.integers(100_000, 500_000), st.sampled_from(sorted(PLACES)), st.data(), st.just(None), st.just(None),
       st.sampled_from(DIED))
def test_a_cause_joined_to_another_way_of_dying_is_no_one_cause(n, preposition, data, where, other, died):
    """"Killed in Syria's prisons and battlefields" (rev10t) or "by chemical weapons and barrel
    bombs" counts every way of dying, so the total is the war's; "in prisons and detention centres"
    joins two causes and stays one cause's (below)."""
    causes, others = PLACES[preposition]
    where = where or data.draw(st.sampled_from(causes))
    other = other or data.draw(st.sampled_from(others))
    body = f"More than {n:,} people {died} {preposition} {where} and {other} since 2011, the Observatory said."
    row = _only(_classified(("2016-06-01", body)), n)
    assert (row["group"], row["claim_kind"]) == ("all", timeline.WAR_TOTAL), (body, row["why"])


@settings(max_examples=40, deadline=None)
@given(st.integers(1_000, 19_000), st.sampled_from([
    ("in prisons and detention centres", "deaths in detention"), ("in detention and under torture", "deaths in detention"),
    ("under torture and in detention", "deaths under torture"), ("in detention and were buried in mass graves", "deaths in detention"),
    ("by chemical weapons and gas attacks", "deaths in chemical attacks")]), st.sampled_from(DIED))
def test_a_cause_joined_to_a_cause_or_to_a_new_verb_stays_that_cause(n, phrase_group, died):
    phrase, group = phrase_group
    body = f"More than {n:,} people {died} {phrase} since the war began, Amnesty International said."
    war = _classified(WAR, ("2016-06-01", body))
    row = _only(war, n)
    assert (row["group"], row["claim_kind"]) == (group, timeline.SUB_POPULATION), (body, row["why"])
