"""A counter who "puts the death toll at" a number (QA11 F4). An adverb or a participle phrase between
the counter and its verb ("The Syrian Center for Policy Research however put the death toll ... at
more than 470000", "An opposition monitoring group citing figures compiled from clinics put the death
toll at 494") left the claim credited to no one; and "X puts the (overall) death toll at 320,000" with
no war word was scoped "other" for its size alone, off the war-total chart, though its sentence (or the
one before) names the conflict's war. Sentences are generated from parts written for this."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.tolls.extract import extract_tolls

COUNTERS = ["The Syrian Center for Policy Research", "The Syrian Observatory for Human Rights", "The United Nations",
            "An opposition monitoring group", "The Syrian Network for Human Rights"]
BETWEEN = [" however", " meanwhile", " instead", " now", ", citing figures compiled from clinics,",
           " citing figures compiled from clinics", " quoting medics on the ground", ", drawing on its own records,"]
VERBS = ["put", "puts", "has put", "had put"]
TOLLS = ["the death toll", "the overall death toll", "the total death toll", "the toll"]


def _named(counter: str) -> str:
    return counter.removeprefix("The ")


@settings(max_examples=150, deadline=None)
@given(st.integers(20, 900), st.sampled_from(COUNTERS), st.sampled_from(BETWEEN), st.sampled_from(VERBS),
       st.sampled_from(TOLLS))
def test_the_counter_who_put_the_toll_is_credited_past_an_adverb_or_participle(n, counter, between, verb, toll):
    text = f"{counter}{between} {verb} {toll} at {n}."
    found = [(c["value"], c["attributed_to"]) for c in extract_tolls(text)]
    assert found == [(n, _named(counter))], text


WAR_SENTENCES = ["The war in Syria has displaced millions.", "Syria's conflict shows no sign of ending.",
                 "Talks on ending the Syrian war resumed in Geneva on Monday."]
SYRIAN_COUNTERS = ["The Syrian Observatory for Human Rights", "The Syrian Network for Human Rights (SNHR)",
                   "The Syrian Center for Policy Research"]
OTHER_COUNTERS = ["The UN", "The monitor", "The group", "Activists"]
PUTS = ["puts", "put", "estimates", "has put"]
OVERALL = ["", "overall ", "total "]
VICTIMS = ["", " people", " civilians"]


@settings(max_examples=120, deadline=None)
@given(st.integers(10, 600).map(lambda k: k * 1000), st.sampled_from(WAR_SENTENCES),
       st.sampled_from(OTHER_COUNTERS + SYRIAN_COUNTERS), st.sampled_from(PUTS), st.sampled_from(OVERALL),
       st.sampled_from(VICTIMS))
def test_a_toll_put_after_a_sentence_on_the_war_is_the_wars_total(n, war, counter, put, overall, victims):
    text = f"{war} {counter} {put} the {overall}death toll at more than {n:,}{victims}."
    assert [(c["value"], c["scope"]) for c in extract_tolls(text)] == [(n, "cumulative")], text


@settings(max_examples=80, deadline=None)
@given(st.integers(100, 900).map(lambda k: k * 1000), st.sampled_from(SYRIAN_COUNTERS), st.sampled_from(PUTS),
       st.sampled_from(OVERALL), st.sampled_from(VICTIMS))
def test_a_war_sized_toll_put_by_a_counter_naming_the_conflict_is_the_wars_total(n, counter, put, overall,
                                                                                  victims):
    text = f"Rebels shelled a market on Monday. {counter} {put} the {overall}death toll at {n:,}{victims}."
    assert [(c["value"], c["scope"]) for c in extract_tolls(text)] == [(n, "cumulative")], text


LEADS_ELSEWHERE = [  # a disaster, another country's war, a period: not the conflict's war total
    "The quake hit Turkey and Syria on Monday. The UN puts the death toll at {n:,}.",
    "The war in Yemen has displaced millions. The UN puts the death toll at {n:,}.",
    "The war in Syria has displaced millions. Yemen's health ministry puts the death toll at {n:,}.",
    "The war in Syria has displaced millions. The Observatory puts the death toll this year at {n:,}.",
    "Peace talks resumed in Geneva on Monday. The UN puts the death toll at {n:,}.",
]


@settings(max_examples=60, deadline=None)
@given(st.integers(10, 90).map(lambda k: k * 1000), st.sampled_from(LEADS_ELSEWHERE))
def test_a_toll_put_elsewhere_stays_off_the_war_total(n, text):
    text = text.format(n=n)
    assert [(c["value"], c["scope"]) for c in extract_tolls(text)] == [(n, "other")], text


# rev11t T6: only the words between "the death toll" and "at" were checked, so an event named after the
# count ("... at 12,000 after the floods") still made a disaster's toll the war's total.
EVENTS_AFTER = [" after the floods", " in the quake", " in the blast", " from the earthquake", " after the storm",
                " in the air strikes", " during the bombardment", " caused by the landslide",
                " in Tuesday's bombing", " in the attack on the market"]


@settings(max_examples=150, deadline=None)
@given(st.integers(10, 600).map(lambda k: k * 1000), st.sampled_from(WAR_SENTENCES),
       st.sampled_from(OTHER_COUNTERS + SYRIAN_COUNTERS), st.sampled_from(PUTS), st.sampled_from(OVERALL),
       st.sampled_from(VICTIMS), st.sampled_from(EVENTS_AFTER), st.sampled_from(["", "more than "]))
def test_a_toll_put_for_an_event_named_after_the_count_is_not_the_wars_total(n, war, counter, put, overall, victims,
                                                                            event, more):
    text = f"{war} {counter} {put} the {overall}death toll at {more}{n:,}{victims}{event}."
    scopes = [c["scope"] for c in extract_tolls(text) if c["value"] == n]
    assert scopes and "cumulative" not in scopes, (text, scopes)
