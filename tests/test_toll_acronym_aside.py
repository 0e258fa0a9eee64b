"""A counter named with its acronym in brackets before its verb is credited (QA10 F3): "In a
Sunday statement the Syrian Network for Human Rights (SNHR) said that 12679 people died of
torture" was credited to no one. Names, acronyms and leads are generated from parts written for
this (acronyms from the name's initials, with or without dots)."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from analysis.tolls.extract import extract_tolls

NAMES = ["Syrian Network for Human Rights", "Syrian Observatory for Human Rights", "United Nations",
         "Violations Documentation Center", "Doctors Without Borders", "World Health Organization"]
LEADS = ["", "In a Sunday statement ", "On Monday ", "Separately "]
VERBS = ["said that", "said", "reported that", "announced that", "estimated that"]


def _acronym(name: str, dotted: bool) -> str:
    letters = [w[0] for w in name.split() if w[0].isupper()]
    return "".join(f"{c}." for c in letters) if dotted else "".join(letters)


@settings(max_examples=120, deadline=None)
@given(st.sampled_from(NAMES), st.booleans(), st.sampled_from(LEADS), st.sampled_from(VERBS),
       st.integers(2, 20_000), st.sampled_from(["people died of torture", "people were killed", "civilians were killed"]))
def test_a_counter_with_its_acronym_in_brackets_is_credited(name, dotted, lead, verb, n, dead):
    the = "the " if lead else "The "
    text = f"{lead}{the}{name} ({_acronym(name, dotted)}) {verb} {n:,} {dead}."
    rows = [c for c in extract_tolls(text) if c["value"] == n]
    assert [c["attributed_to"] for c in rows] == [name], text


# A counter whose words end in a common noun (rev10t): the acronym in brackets is its name, not the
# noun, which would merge every UN agency into one counter ("agency").
COMMON_HEADS = [("United Nations childrens agency", "UNICEF"), ("UN refugee agency", "UNHCR"),
                ("UN human rights office", "OHCHR"), ("health ministry", "MoH"), ("UN children's agency", "UNICEF"),
                ("UN humanitarian office", "OCHA")]


@settings(max_examples=120, deadline=None)
@example(COMMON_HEADS[0], "", "has said that", 500, "children were killed in the fighting")
@example(COMMON_HEADS[1], "", "said on Monday that", 40, "migrants drowned off Libya")
@example(COMMON_HEADS[3], "", "said that", 12, "people were killed")
@given(st.sampled_from(COMMON_HEADS), st.sampled_from(LEADS), st.sampled_from(VERBS + ["has said that"]),
       st.integers(2, 20_000), st.sampled_from(["people died of torture", "people were killed", "civilians were killed"]))
def test_a_common_noun_named_by_its_acronym_is_credited_to_the_acronym(head, lead, verb, n, dead):
    name, acronym = head
    the = "the " if lead else "The "
    text = f"{lead}{the}{name} ({acronym}) {verb} {n:,} {dead}."
    rows = [c for c in extract_tolls(text) if c["value"] == n]
    assert [c["attributed_to"] for c in rows] == [acronym], text


# small11 (note 10 Left): without brackets, "The UN children's agency said" gave 'agency'. An
# organisation, then lower-case words that describe one of its bodies, then the body's noun.
ORGS = ["UN", "U.N.", "United Nations", "EU", "European Union", "WHO"]
DESCRIPTIONS = ["children's", "refugee", "human rights", "humanitarian", "aid", "food", "migration", "health"]
BODY_NOUNS = ["agency", "office", "council", "committee"]


def _initials(words: str) -> str:
    return "".join(w[0].upper() for w in words.replace(".", " ").split())


# rev11t T8: an acronym counts as the body's only where the article pairs the two (an aside in brackets
# or commas, after or before the phrase); an acronym written elsewhere may be another body's.
PAIRINGS = ["{acr} runs schools in the north. ",  # not paired: the phrase stays
            "The {org} {desc} {noun} ({acr}) runs schools in the north. ",
            "The {org} {desc} {noun}, {acr}, runs schools in the north. ",
            "{acr}, the {org} {desc} {noun}, runs schools in the north. ",
            "{acr} (the {org} {desc} {noun}) runs schools in the north. "]


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(ORGS), st.sampled_from(DESCRIPTIONS), st.sampled_from(BODY_NOUNS), st.sampled_from(LEADS),
       st.sampled_from(VERBS), st.integers(2, 20_000), st.sampled_from(["people were killed", "children were killed"]),
       st.one_of(st.none(), st.tuples(st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=0, max_size=3),
                                      st.sampled_from(range(len(PAIRINGS))))))
def test_a_body_described_after_its_organisation_is_named_by_both(org, desc, noun, lead, verb, n, dead, aside):
    """'the UN children's agency said' is the UN children's agency's; where the article pairs an acronym
    with that body ("the UN children's agency (UNICEF)", "UNICEF, the UN children's agency,"), that
    acronym's."""
    the = "the " if lead else "The "
    acronym, before = None, ""
    if aside is not None:
        filler, pairing = aside
        acronym = (_initials(org) if " " in org or "." in org else org) + filler[:1] + _initials(desc) + filler[1:]
        before = PAIRINGS[pairing].format(acr=acronym, org=org, desc=desc, noun=noun)
        before = before[0].upper() + before[1:]
    text = f"{before}{lead}{the}{org} {desc} {noun} {verb} {n:,} {dead}."
    rows = [c for c in extract_tolls(text) if c["value"] == n]
    paired = aside is not None and aside[1] > 0
    assert [c["attributed_to"] for c in rows] == [acronym if paired else f"{org} {desc} {noun}"], text


# rev11t T8: another UN body's acronym in the article ("UNHCR said 4,000 people fled") shares letters
# with the description ("children's": C) and was credited with the toll.
UN_ACRONYMS = ["UNHCR", "UNRWA", "UNICEF", "UNHRC", "UNDP", "UNFPA", "UNOCHA", "UNESCO", "UNSC", "UNMAS", "UNOPS"]


@settings(max_examples=150, deadline=None)
@example("UN", "children's", "agency", "said", 12, "UNHCR", "{acr} said 4,000 people fled.", True)
@example("UN", "refugee", "agency", "said", 12, "UNRWA", "{acr} schools were shut.", True)
@given(st.sampled_from(["UN", "U.N.", "United Nations"]), st.sampled_from(DESCRIPTIONS), st.sampled_from(BODY_NOUNS),
       st.sampled_from(VERBS), st.integers(2, 20_000), st.sampled_from(UN_ACRONYMS),
       st.sampled_from(["{acr} said 4,000 people fled.", "{acr} schools were shut.", "{acr} will meet on Monday.",
                        "A spokesman for {acr} declined to comment."]), st.booleans())
def test_another_bodys_acronym_in_the_article_is_not_the_counter(org, desc, noun, verb, n, other, other_sentence, after):
    other_sentence = other_sentence.format(acr=other)
    toll = f"The {org} {desc} {noun} {verb} {n:,} people were killed."
    text = f"{toll} {other_sentence}" if after else f"{other_sentence} {toll}"
    rows = [c for c in extract_tolls(text) if c["value"] == n]
    assert [c["attributed_to"] for c in rows] == [f"{org} {desc} {noun}"], text
