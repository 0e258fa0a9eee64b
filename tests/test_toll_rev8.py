"""Review 8 of the toll changes (rev8_tolls.md): lists joined by commas alone are lists of the
dead, "a total of" is no whole, and a count's owner in "figures show" is a name, not whatever word
opens the sentence."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.tolls.extract import extract_tolls
from analysis.tolls.timeline import counter_of
from toll_text import headline, in_words

# Victim groups of either side, as news copy names them (not the code's lists).
GROUPS = ["soldiers", "militants", "children", "women", "men", "rebels", "civilians", "policemen", "police",
          "pilots", "citizens", "journalists", "fighters", "Turkish soldiers", "ISIS militants", "government troops"]
# Two sides that no group of the other is among: a group of one side added to a list of the
# other's is more dead beside them, whoever in the list is among whom.
CIVILIAN_SIDE = ["children", "women", "civilians", "citizens", "journalists", "residents", "girls"]
ARMED_SIDE = ["soldiers", "militants", "rebels", "policemen", "pilots", "fighters", "ISIS militants", "government troops"]
DEATHS = ["killed", "were killed", "killed in clashes near Palmyra", "were killed in Idlib.", "died", "were among the dead."]


def _count(n: int, words: bool) -> str:
    return in_words(n).capitalize() if words and n < 100 else str(n)


@st.composite
def _list_and_outsider(draw):
    """A comma list of one side's groups (any among any other), one group of the other side and
    where to put it."""
    side, other = draw(st.sampled_from([(CIVILIAN_SIDE, ARMED_SIDE), (ARMED_SIDE, CIVILIAN_SIDE)]))
    members = draw(st.lists(st.tuples(st.integers(2, 90), st.sampled_from(side)), min_size=1, max_size=3,
                            unique_by=lambda t: t[1]))
    outsider = (draw(st.integers(2, 90)), draw(st.sampled_from(other)))
    return members, outsider, draw(st.integers(0, len(members)))


@settings(max_examples=400, deadline=None)
@given(_list_and_outsider(), st.sampled_from(DEATHS), st.booleans())
def test_a_list_joined_by_commas_alone_adds_up(drawn, death, words):
    """Finding 1: "Two Turkish soldiers, 10 ISIS militants killed" is 12; no member is dropped.
    And rev9t 5: whether a member is some of an earlier one's dead ("20 civilians, 3 children" =
    20) is read per member, so adding an unrelated group to a list changes its total by exactly
    that group's count ("20 civilians, 3 children, 5 soldiers" = 25, not 28)."""
    members, outsider, at = drawn
    with_outsider = members[:at] + [outsider] + members[at:]

    def text(listed):
        return ", ".join(f"{_count(n, words and i == 0)} {g}" for i, (n, g) in enumerate(listed)) + f" {death}"

    before = headline(text(members))
    assert len(before) == 1, text(members)
    assert headline(text(with_outsider)) == [before[0] + outsider[0]], (text(members), text(with_outsider))


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(st.integers(2, 90), st.sampled_from(GROUPS)), min_size=2, max_size=4, unique_by=lambda t: t[1]),
       st.sampled_from(["A total of", "The attack left a total of", "Officials counted a total of", "A number of reports said"]),
       st.sampled_from([" were killed in the attack.", " dead."]))
def test_a_total_of_a_list_is_no_whole(members, lead, death):
    """Finding 2: "A total of 12 soldiers, 5 policemen and 3 civilians were killed" is 20."""
    *head, last = [f"{n} {g}" for n, g in members]
    text = f"{lead} {', '.join(head)} and {last}{death}"
    if lead.startswith("A number"):
        text = f"{lead} {', '.join(head)} and {last} were killed."
    assert headline(text) == [sum(n for n, _ in members)]


@settings(max_examples=60, deadline=None)
@given(st.integers(20, 9000), st.integers(2, 19), st.sampled_from(["Of the", "Out of", "Among the", "In Homs, of the"]),
       st.sampled_from(["residents", "people", "passengers"]), st.sampled_from(["children", "women"]))
def test_a_whole_opening_its_clause_still_is_not_added(whole, k, lead, who, part):
    """Note 7's rule kept: "Of the 120 residents, 15 children were killed" is 15."""
    assert headline(f"{lead} {whole:,} {who}, {k} {part} were killed.") == [k]


# Words that open a sentence before "figures/estimates/data": determiners, conjunctions,
# adjectives and participles of every shape, and nouns used as modifiers.
OPENERS = ["The", "A", "Both", "These", "But", "And", "Yet", "Unofficial", "Western", "Conflicting", "Higher",
           "Lower", "Final", "Revised", "Updated", "Monthly", "Weekly", "Death", "Casualty", "Grim", "Leaked",
           "Unverified", "Disputed", "Partial", "Rival", "Opposing", "Unpublished", "The latest", "The new"]
SHOWS = ["figures show the war has killed more than 400,000 people.", "estimates put the death toll at more than 500,000.",
         "data suggest 400 people died in the siege.", "numbers show 400 people died."]


@settings(max_examples=120, deadline=None)
@given(st.sampled_from(OPENERS), st.sampled_from(SHOWS))
def test_a_word_opening_a_sentence_is_no_count_owner(opener, shows):
    """Finding 3: "The figures show ..." names no counter, nor "Unofficial estimates put ..."."""
    got = {c["attributed_to"] for c in extract_tolls(f"{opener} {shows}")}
    assert got == {None}, got


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(["UN", "SOHR", "Observatory", "Syrian Observatory", "Health Ministry", "UNICEF"]),
       st.sampled_from(["The ", "", "And ", "But "]), st.sampled_from(SHOWS))
def test_a_named_owner_of_a_count_is_the_counter(name, lead, shows):
    got = {c["attributed_to"] for c in extract_tolls(f"{lead}{name} {shows}")}
    assert got == {name}, got


def test_a_tally_named_after_an_article_is_its_owner():
    assert {c["attributed_to"] for c in extract_tolls("A Reuters tally shows 400 people died in the siege.")} == {"Reuters"}


@given(st.sampled_from(["Unofficial", "Nonofficial", "Semiofficial", "Officialdom"]))
def test_a_word_containing_official_is_not_the_government(word):
    """timeline's counter patterns match whole words only."""
    assert counter_of(word)[0] != "Syrian government"
    assert counter_of(f"{word.lower()} sources")[0] != "Syrian government"
    assert counter_of("Syrian officials")[0] == "Syrian government"


WHEN_SPOKEN = [" in April", " in 2016", " in March 2015", " at the time", " in a report", " in its latest report"]


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(["UN", "Observatory", "SOHR", "Syrian Observatory"]), st.sampled_from(WHEN_SPOKEN),
       st.sampled_from(["400,000", "more than 400,000", "some 300,000"]), st.booleans())
def test_estimated_before_a_time_is_the_counters_verb(src, when, n, after):
    """Finding 4: "..., the UN estimated in April" names the UN, as "..., the UN said in April" does."""
    text = (f"The war has killed {n} people, the {src} estimated{when}." if after
            else f"The {src} estimated{when} that the war has killed {n} people.")
    assert {c["attributed_to"] for c in extract_tolls(text)} == {src}, text


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(["at", "in"]), st.sampled_from(["300", "about 3,000", "the thousands", "some 400"]))
def test_estimated_at_a_count_stays_passive(prep, n):
    text = f"The war dead were estimated {prep} {n}, the report said."
    assert all(c["attributed_to"] != "war dead" for c in extract_tolls(text))


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(["After meeting the", "Standing beside the", "Hours after meeting the"]),
       st.sampled_from(["UN envoy", "Iraqi prime minister", "regional governor", "Russian foreign minister"]),
       st.sampled_from(["Syrian officials", "Observatory director Rami Abdel Rahman", "Syrian state media"]))
def test_a_title_ending_a_phrase_is_not_glued_to_the_speaker(lead, title, speaker):
    """Finding 5: "After meeting the UN envoy Syrian officials said" is Syrian officials'."""
    text = f"{lead} {title} {speaker} said 12 people were killed."
    assert {c["attributed_to"] for c in extract_tolls(text)} == {speaker}, text
