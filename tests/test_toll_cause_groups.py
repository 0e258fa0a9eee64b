"""A cumulative total of one kind of death (tortured to death, died in detention, starved, in
chemical attacks) or of victims named before the number ("the toll for Russian soldiers killed
... to 18") is a total for one group, not the war's total nor a misread (QA report 10, F20)."""

from __future__ import annotations

import pandas as pd
from hypothesis import given, settings
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
