"""Who counted a toll, whatever the reporting verb (QA8 9): "The UN estimates ...", "..., the UN
estimated", "UN figures show ...", "The UN puts the toll at ..." attribute as "The UN says ..."
does, and an official named by title ("the regional governor said", "UN envoy Staffan de
Mistura estimated") is the counter, title and all. Sentences are generated from counters,
verbs and the place of the attribution (before or after the toll, with or without a day)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from analysis import tolls
from analysis.tolls.timeline import counter_of

COUNTERS = ["UN", "United Nations", "Syrian Observatory", "Syrian Observatory for Human Rights", "SOHR",
            "Syrian Network for Human Rights", "health ministry", "Observatory", "Syrian Center for Policy Research"]
ESTIMATE_BEFORE = ["estimates", "estimated", "estimates that", "estimated that", "says", "said", "reported", "reports",
                   "told reporters"]
ESTIMATE_AFTER = ["estimates", "estimated", "says", "said", "reported", "reports"]
WHEN = ["", " on Friday", " last week"]
COUNT_NOUNS = ["figures", "data", "estimates", "statistics", "latest figures"]
SHOW = ["show", "shows", "showed", "suggest", "indicate"]
TITLES = ["regional governor", "provincial governor", "UN envoy", "health minister", "UN humanitarian coordinator",
          "interior minister", "UN envoy Staffan de Mistura", "Homs governor Talal Barazi"]
count = st.integers(2, 400).filter(lambda n: not 1900 <= n <= 2100)
war_count = st.integers(1_000, 900_000).map(lambda n: f"{n:,}")


def attributions(text: str) -> list:
    return [c["attributed_to"] for c in tolls.extract_tolls(text)]


def names(got, src: str) -> bool:
    """The attribution holds the counter's name as written and files under the same counter."""
    return got is not None and src in got and counter_of(got) == counter_of(src)


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(COUNTERS), st.sampled_from(ESTIMATE_BEFORE), st.sampled_from(WHEN), war_count)
def test_a_counter_before_its_verb_and_the_total(src, verb, when, n):
    text = f"The {src}{when} {verb} the war has killed more than {n} people."
    got = attributions(text)
    assert got and all(names(g, src) for g in got), (text, got)


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(COUNTERS), st.sampled_from(ESTIMATE_AFTER), st.sampled_from(WHEN), war_count)
def test_a_counter_after_the_total(src, verb, when, n):
    text = f"The war has killed more than {n} people, the {src} {verb}{when}."
    got = attributions(text)
    assert got and all(names(g, src) for g in got), (text, got)


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(COUNTERS), st.sampled_from(COUNT_NOUNS), st.sampled_from(SHOW), st.booleans(), war_count)
def test_a_counters_figures_show(src, noun, show, possessive, n):
    # "UN figures show", "the Syrian Observatory's latest figures suggest"
    owner = f"The {src}'s" if possessive else src
    text = f"{owner} {noun} {show} the war has killed more than {n} people."
    got = attributions(text)
    assert got and all(names(g, src) for g in got), (text, got)


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(COUNTERS), st.sampled_from(["puts", "put"]), war_count)
def test_a_counter_puts_the_toll_at(src, verb, n):
    text = f"The {src} {verb} the war's death toll at more than {n}."
    got = attributions(text)
    assert got and all(names(g, src) for g in got), (text, got)


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(TITLES), st.sampled_from(["said", "says", "told AFP", "estimated", "reported"]),
       st.sampled_from(WHEN), st.booleans(), count)
def test_an_official_named_by_title_is_the_counter(title, verb, when, after, n):
    # "A barrel bomb ... killed nine people and wounded 34, the regional governor said on Friday."
    if after:
        text = f"A barrel bomb on a market killed {n} people and wounded 34, the {title} {verb}{when}."
    else:
        text = f"The {title}{when} {verb} that {n} people were killed in a barrel bomb attack on a market."
    got = attributions(text)
    assert got and names(got[0], title), (text, got)


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(["Conservative", "Recent", "Most", "Some", "Other", "Official", "Independent"]),
       st.sampled_from(["estimates put", "figures show", "estimates suggest", "data show"]), war_count)
def test_a_word_that_opens_a_sentence_is_no_counter(word, phrase, n):
    # "Conservative estimates put the toll at": whose estimates the sentence does not say
    text = f"{word} {phrase} the war has killed more than {n} people."
    assert attributions(text) == [None], text


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(["forces", "fighters", "rebels"]), count)
def test_estimated_at_is_passive(who, n):
    # "Government forces estimated at 3,000 fighters": how many, not who counted
    text = f"Government {who} estimated at 3,000 strong killed {n} people in the town."
    assert attributions(text) == [None], (text, attributions(text))
