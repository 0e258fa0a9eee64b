"""Who a toll is attributed to (QA of FA-KES): the source that said it, never the place it
spoke about or the day it spoke, and with the counter the war-total chart files it under
(`timeline.counter_of`). Sentences are generated from sources, places, days and frames, as
wire copy writes them with and without commas."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from analysis import tolls
from analysis.tolls.timeline import counter_of

SOURCES = ["Syrian Observatory for Human Rights", "Britain-based Syrian Observatory for Human Rights",
           "United Nations", "U.N.", "Syrian Network for Human Rights", "SANA news agency", "state media",
           "health ministry", "civil defence", "UNICEF", "Syrian Center for Policy Research"]
PLACES = ["Aleppo", "Idlib", "Homs", "Deir Ezzor", "Damascus", "Raqqa", "Syria", "Eastern Ghouta", "Hama", "Daraa"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "June", "July", "August", "September", "October",
          "November", "December"]
VICTIMS = ["people", "civilians", "soldiers", "children", "fighters"]
SAY = ["said", "reported", "told AFP", "claimed", "announced"]
count = st.integers(2, 400).filter(lambda n: not 1900 <= n <= 2100)
comma = st.sampled_from([",", ""])  # FA-KES strips most commas


def attributions(text: str) -> list:
    return [c["attributed_to"] for c in tolls.extract_tolls(text)]


def names_the_source(got, src: str) -> bool:
    """The attribution holds the source's name (as written, less a closing full stop) and
    files under the same counter."""
    return got is not None and src.rstrip(".") in got and counter_of(got) == counter_of(src)


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(SOURCES), st.sampled_from(PLACES), st.sampled_from(SAY), count, st.sampled_from(VICTIMS), comma)
def test_a_relative_clause_naming_a_place_does_not_take_the_source(src, place, say, n, victims, c):
    # "The Observatory which closely monitors the fighting in Syria said 40 people were killed"
    text = f"The {src}{c} which closely monitors the fighting in {place}{c} {say} {n} {victims} were killed."
    got = attributions(text)
    assert len(got) == 1 and names_the_source(got[0], src), (text, got)


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(SOURCES), st.sampled_from(DAYS + MONTHS), st.sampled_from(["on", "in", ""]),
       st.sampled_from(SAY), count, st.sampled_from(VICTIMS))
def test_a_day_or_month_is_when_the_source_spoke(src, when, prep, say, n, victims):
    # "The U.N. in August said ...", "opposition forces on Sunday claimed ..."
    text = f"The {src} {prep + ' ' if prep else ''}{when} {say} that {n} {victims} were killed."
    got = attributions(text)
    assert len(got) == 1 and names_the_source(got[0], src), (text, got)


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(["SANA reporter", "Activists", "Local sources", "A military source", "The defence ministry",
                        "Medical sources"]),
       st.sampled_from(["", "rural ", "eastern ", "the besieged "]), st.sampled_from(PLACES),
       st.sampled_from(DAYS), st.booleans(), st.sampled_from(SAY), count, st.sampled_from(VICTIMS))
def test_where_the_source_is_is_not_the_source(src, adj, place, day, dated, say, n, victims):
    # "SANA reporter in Aleppo said", "Activists in rural Idlib on Monday said"
    when = f" on {day}" if dated else ""
    text = f"{src} in {adj}{place}{when} {say} that {n} {victims} were killed."
    got = attributions(text)
    want = src[4:] if src.startswith("The ") else src
    assert got == [want], (text, got)


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(SOURCES), st.sampled_from(["province", "village", "city", "suburbs", "countryside"]),
       st.sampled_from(PLACES), count, st.sampled_from(VICTIMS), comma)
def test_a_place_before_a_source_that_follows_its_verb(src, area, place, n, victims, c):
    # "... in the oil-rich eastern province of Deir Ezzor said the Syrian Observatory"
    text = f"{n} {victims} were killed in an air strike in the {area} of {place}{c} said the {src}."
    got = attributions(text)
    assert len(got) == 1 and names_the_source(got[0], src), (text, got)


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(["Hamza Khatib", "Abu Omar", "Mohammad Hazouri"]),
       st.sampled_from(["manager", "director", "head"]),
       st.sampled_from(["Al-Quds hospital", "the Unified Medical Office", "the civil defence centre"]),
       st.sampled_from(PLACES), count, st.sampled_from(VICTIMS))
def test_an_apposition_ending_in_a_place_is_not_a_place_source(person, role, org, place, n, victims):
    # "Hamza Khatib the manager of Al-Quds hospital in Aleppo told Reuters ..."
    text = f"{person} the {role} of {org} in {place} told Reuters {n} {victims} were killed."
    got = attributions(text)
    assert len(got) == 1 and got[0] is not None and place not in got[0], (text, got)


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(["independent monitors", "local activists", "medical sources", "a human rights group"]),
       st.sampled_from(["hundreds of thousands of", "tens of thousands of", "some 300,000", "more than 200,000"]),
       st.sampled_from(VICTIMS))
def test_according_to_a_source_described_by_an_adjective(src, amount, victims):
    # "According to independent monitors hundreds of thousands of civilians have been killed"
    text = f"According to {src} {amount} {victims} have been killed since the war began."
    got = attributions(text)
    assert got == [src], (text, got)


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(["UN", "EU", "US"]), st.integers(10, 999), st.sampled_from(["said", "says", "reported"]))
def test_a_two_letter_acronym_is_a_source(acronym, thousands, say):
    # "The war has killed 465,000 people, while 12 million have fled their homes, the UN said."
    text = f"The war has killed {thousands},000 people, while 12 million have fled their homes, the {acronym} {say}."
    assert attributions(text) == [acronym], text


# Organisations named with a noun of their kind, and what wire copy calls them after the name.
ORGANISATIONS = ["Syrian Center for Policy Research", "Syrian Observatory for Human Rights", "Airwars Monitoring Group",
                 "Violations Documentation Center", "Syrian American Medical Society", "Armed Conflict Location Network",
                 "UN Human Rights Office", "Iraq Body Count Project Office",
                 "International Rescue Committee", "Norwegian Refugee Council", "Sudan Doctors Network"]
DESCRIPTORS = ["an NGO", "a monitor", "a Britain-based monitor", "a monitoring group", "a rights group",
               "an independent monitor", "a UK-based monitor"]
TOLL_VERBS = ["has put the toll at {n:,}", "said {n:,} people were killed", "reported {n:,} deaths",
              "says {n:,} civilians have died"]


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(ORGANISATIONS), st.sampled_from(DESCRIPTORS), st.sampled_from(TOLL_VERBS),
       st.sampled_from(["The ", "", "In February the ", "On Monday the "]), count, st.sampled_from([",", ""]))
def test_a_descriptor_after_an_organisation_s_name_is_its_apposition(org, desc, verb, lead, n, c):
    # "the Syrian Center for Policy Research an NGO has put the toll at 470,000": the NGO is the
    # Center; with or without the commas around the apposition
    text = f"{lead}{org}{c} {desc}{c} {verb.format(n=n)}."
    assert attributions(text) == [org], text


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(["in northwestern Syria", "on Monday", "in Aleppo province", "in the Darfur region",
                        "in eastern Ukraine", "in Khartoum", "near the border with Lebanon"]),
       st.sampled_from(DESCRIPTORS), count, st.sampled_from(["", "Shelling killed {n} people "]))
def test_a_place_or_a_day_before_a_descriptor_is_not_the_source(where, desc, n, lead):
    # only an organisation's name stands for its descriptor; a place or a day does not
    text = (lead.format(n=n) or f"{n} people were killed ") + f"{where} {desc} said."
    assert attributions(text) == [desc], text


@settings(max_examples=80, deadline=None)
@given(st.sampled_from(["on", "near", "at", "outside", "in"]),
       st.sampled_from(["the Red Cross", "the Ministry of Defence", "the Central Command", "the Red Crescent",
                        "the Interior Ministry"]),
       st.sampled_from(["a monitor", "a source", "an official"]), st.integers(2, 90))
def test_a_name_after_a_preposition_is_no_apposition(prep, place, descriptor, n):
    """The comma-less apposition rule named 'Red Cross' as the source of 'killed in an attack on
    the Red Cross a monitor said' (review): after a preposition the name is its object."""
    text = f"{n} people were killed in an attack {prep} {place} {descriptor} said."
    claims = [c for c in tolls.extract_tolls(text) if c["value"] == n]
    assert claims and claims[0]["attributed_to"] == descriptor, claims
