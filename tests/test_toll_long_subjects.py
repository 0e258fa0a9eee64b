"""Issue 14, toll ceiling (tolls11b): a toll noun as a long subject. Wire copy names where and
when the dead died inside the subject, before its verb: "The death toll from Monday's missile
strike on a crowded shopping centre in the central city of Kremenchuk has risen to 20". The
count is the toll however many prepositional phrases stand between the noun and its verb; the
lead-in rule stopped at 16 words, so a subject of four or five phrases lost its toll. The
subject holds no clause (no relative, subordinator or other finite verb): a count after one
belongs to that clause's subject, not the toll."""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from analysis.tolls.extract import LONG_SUBJECT_REACH, LONG_SUBJECT_WORDS

from toll_text import claims, headline, values

TOLL_NOUNS = ["The death toll", "The toll", "The number of people killed", "The number of civilians killed",
              "The number of rebel fighters killed", "The number of dead", "The number of those killed"]
OPENING = ["from", "in", "after"]
EVENTS = ["Monday's missile strike", "the twin suicide bombings", "three days of heavy shelling",
          "the collapse of the eight-storey building", "last week's flash floods", "the air raid",
          "battles (Saturday) against ISIL", "the ongoing fighting between the army and the rebels"]
PREPS = ["on", "in", "near", "at", "across", "in and around", "along", "outside"]
PLACES = ["a crowded market", "the rebel-held eastern districts", "the strategic town of Markada",
          "the south of Hasake province", "a school sheltering displaced families", "the old city",
          "the northern Egyptian city of Tanta", "the outskirts of the capital", "a Coptic church",
          "the Nuseirat refugee camp", "the surrounding villages of the Green Mountain region"]
VERBS = ["has risen to", "rose to", "climbed to", "has reached", "reached", "now stands at", "stood at",
         "had been revised up to", "jumped to", "has hit", "is", "was put at", "rose above", "has passed"]
TAILS = [".", ", officials said.", ", the health ministry said on Tuesday.", '" said the Observatory.']
NOT_DEAD = ["The number of refugees", "The number of displaced people", "The number of homes destroyed",
            "The number of people arrested", "The number of wounded"]
# a clause inside the subject: the count after it is that clause's, not the toll's
CLAUSES = ["is not yet known as the army advanced to", "remains unclear while rescuers reached",
           "was not given but officials said the convoy travelled to", "is unknown because the fighting spread to"]
THINGS = ["villages", "towns", "kilometres", "buildings"]


def subject(noun: str, opening: str, event: str, phrases: list[tuple[str, str]]) -> str:
    return f"{noun} {opening} {event}" + "".join(f" {p} {place}" for p, place in phrases)


PHRASES = st.lists(st.tuples(st.sampled_from(PREPS), st.sampled_from(PLACES)), min_size=2, max_size=5)


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(TOLL_NOUNS), st.sampled_from(OPENING), st.sampled_from(EVENTS), PHRASES,
       st.sampled_from(VERBS), st.integers(12, 4000), st.sampled_from(TAILS), st.booleans())
def test_a_toll_after_a_long_subject_is_the_headline(noun, opening, event, phrases, verb, n, tail, quoted):
    lead = f"{subject(noun, opening, event, phrases)} {verb} "
    assume(len(lead.split()) <= LONG_SUBJECT_WORDS and len(lead) <= LONG_SUBJECT_REACH)  # the subject's cap
    text = f"{lead}{n:,}{tail}"
    if quoted:  # a monitor's words quoted whole, as wire copy quotes them
        text = f'"{text[:-len(tail)]}" said the Syrian Observatory for Human Rights.'
    assert headline(text) == [n], text
    assert [(v, s) for v, _, s in claims(text)] == [(n, "incident")], text


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(NOT_DEAD), st.sampled_from(OPENING), st.sampled_from(EVENTS), PHRASES,
       st.sampled_from(VERBS), st.integers(12, 4000), st.sampled_from(TAILS))
def test_a_long_subject_of_the_living_gives_no_toll(noun, opening, event, phrases, verb, n, tail):
    text = f"{subject(noun, opening, event, phrases)} {verb} {n:,}{tail}"
    assert values(text) == [], text


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(TOLL_NOUNS[:2]), st.sampled_from(EVENTS), PHRASES, st.sampled_from(CLAUSES),
       st.integers(12, 400), st.sampled_from(THINGS), st.sampled_from(TAILS[:3]))
def test_a_count_after_a_clause_inside_the_subject_is_no_toll(noun, event, phrases, clause, n, things, tail):
    lead = f"{subject(noun, 'from', event, phrases)} {clause} "
    # past the short lead-in's 16 words: BEFORE_RE reads "... remains unclear while rescuers reached
    # 12 villages" within them (as before this rule; a clause in a short gap is not this rule's)
    assume(len(lead.split()) > 20)
    text = f"{lead}{n} {things}{tail}"
    assert values(text) == [], text


CASUALTY_NOUNS = ["The number of people killed or injured", "The number of dead and wounded",
                  "The death toll and the number of wounded", "The toll of dead and injured"]


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(CASUALTY_NOUNS), st.sampled_from(EVENTS), PHRASES, st.sampled_from(VERBS[:6]),
       st.integers(12, 4000), st.sampled_from(TAILS[:3]))
def test_a_long_subject_that_names_the_wounded_counts_casualties_not_a_toll(noun, event, phrases, verb, n, tail):
    lead = f"{subject(noun, 'from', event, phrases)} {verb} "
    assume(len(lead.split()) > 24)  # past the short lead-in's reach (its casualties are not this rule's)
    text = f"{lead}{n:,}{tail}"
    assert values(text) == [], text


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(["Deaths", "Fatalities"]), st.sampled_from(OPENING), st.sampled_from(EVENTS), PHRASES,
       st.sampled_from(["have risen to", "rose to", "have climbed above", "reached", "have passed"]),
       st.integers(12, 4000), st.sampled_from(TAILS))
def test_deaths_as_a_long_subject_lead_into_their_count(noun, opening, event, phrases, verb, n, tail):
    lead = f"{subject(noun, opening, event, phrases)} {verb} "
    assume(len(lead.split()) <= LONG_SUBJECT_WORDS and len(lead) <= LONG_SUBJECT_REACH)
    text = f"{lead}{n:,}{tail}"
    assert headline(text) == [n], text


# rev11t T21: a long subject's verb leads into a count of things ("Deaths from the fighting in the
# east of the country and the south of the country hit 3 provinces hardest"): the count is of the
# things, no toll, as the short lead-in already reads "rose to 4 homes".
LONG_THINGS = ["provinces", "districts", "towns", "villages", "regions", "cities", "hospitals"]


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(["Deaths", "The deaths", "Fatalities"]), st.sampled_from(OPENING), st.sampled_from(EVENTS),
       PHRASES, st.sampled_from(["hit", "reached", "have hit"]), st.integers(2, 60), st.sampled_from(LONG_THINGS),
       st.sampled_from([" hardest.", " in the north.", "."]))
def test_a_long_subject_leading_into_a_count_of_things_is_no_toll(noun, opening, event, phrases, verb, n, things,
                                                                 tail):
    lead = f"{subject(noun, opening, event, phrases)} {verb} "
    assume(len(lead.split()) > 18 and len(lead.split()) <= LONG_SUBJECT_WORDS and len(lead) <= LONG_SUBJECT_REACH)
    text = f"{lead}{n} {things}{tail}"
    assert n not in values(text), text


# rev11t T27: wire leads put an appositive or an attribution between commas inside the subject
# ("The death toll from Saturday's bombing in the Karrada district of Baghdad, the deadliest single
# attack since 2003, has risen to 292"; "..., officials said, has risen to 20"): the count is the toll.
ASIDES = [", the deadliest single attack since 2003,", ", officials said,", ", the health ministry said on Tuesday,",
          ", the worst in years,", ", a rebel stronghold,", ", local officials and rescuers said,"]


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(TOLL_NOUNS[:2]), st.sampled_from(OPENING), st.sampled_from(EVENTS), PHRASES,
       st.sampled_from(ASIDES), st.sampled_from(["has risen to", "rose to", "has reached", "stood at"]),
       st.integers(12, 4000))
def test_a_long_subject_with_an_aside_between_commas_leads_into_its_toll(noun, opening, event, phrases, aside, verb,
                                                                         n):
    lead = f"{subject(noun, opening, event, phrases)}{aside} {verb} "
    assume(len(lead.split()) <= LONG_SUBJECT_WORDS and len(lead) <= LONG_SUBJECT_REACH)
    text = f"{lead}{n:,}."
    assert headline(text) == [n], text


# rev11t T12: a toll noun's own change verb in -ed ("Deaths decreased in the north ...") passes
# `_clause_free` as a possible participle; a clause joined after it ("... and arrests reached 400")
# has the count's verb, so its count is no toll. Participles elsewhere ("bombs dropped on homes and
# schools") and a clause with no subject of its own ("rose sharply and reached 400") keep the toll.
CHANGED = ["decreased", "dropped", "declined", "increased", "doubled", "climbed", "jumped", "edged up", "topped 50"]
OTHER_COUNTS = ["arrests", "detentions", "the number of arrests", "the count of detainees", "injuries",
                "displacement figures", "the number of refugees", "aid deliveries"]
# past BEFORE_RE's reach (a short gap, "Deaths decreased in the north and arrests reached 400", is
# read by it, before this session too: not this rule's)
WHERE = ["in the northern provinces after the ceasefire", "sharply in March after the two sides agreed a truce",
         "in the north after the truce took hold", "after the ceasefire in Idlib and Hama provinces last week"]


@settings(max_examples=120, deadline=None)
# ("The number of deaths dropped ... and arrests reached 400" is read by BEFORE_RE's reach, before
# this session too: left for its own fix)
@given(st.sampled_from(["Deaths", "Fatalities"]), st.sampled_from(CHANGED),
       st.sampled_from(WHERE), st.sampled_from(OTHER_COUNTS), st.sampled_from(["reached", "rose to", "stood at"]),
       st.integers(100, 9_000))
def test_a_clause_joined_after_the_tolls_own_change_verb_is_no_toll(noun, changed, where, other, verb, n):
    text = f"{noun} {changed} {where} and {other} {verb} {n:,}."
    assert n not in values(text), text
