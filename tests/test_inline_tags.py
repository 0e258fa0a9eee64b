"""A "Tags" keyword list between the standfirst and the story of a one-line article (alaraby in
FA-KES, QA10 F17) is cut and listed in the removed lines; the story after it is kept whole, and
"Tags" in prose, or a run that reads as a sentence, is left alone."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from analysis import tolls
from analysis.clean import clean_plain_text
from analysis.clean.inline_tags import INLINE_TAGS_REASON, inline_tag_lists

_PLACES = st.sampled_from(["Aleppo", "Idlib", "Douma", "Raqqa", "Hama", "Madaya"])
_LEDE = st.builds(lambda place, n: f"Regime airstrikes on {place} killed at least {n} civilians on Monday a monitoring "
                                   f"group said.", _PLACES, st.integers(2, 90))
# Keywords as alaraby writes them: names (some with "the"/"for"/"al-"), acronyms, lower-case topics.
_TAG = st.sampled_from(["Syria", "Free Syrian Army", "the Nusra Front", "al-Nusra Front", "Syrian Observatory for Human Rights",
                        "IS", "SOHR", "Bashar al-Assad", "Islamic State group", "Eastern Ghouta", "airstrikes",
                        "barrel bombs", "war crimes", "siege", "opposition groups", "civilians", "Hizbollah", "Russia"])
# The story's first sentence opens as a sentence does: a function word, a number or a number word.
_OPENER = st.sampled_from(["The Syrian Observatory for Human Rights said", "At least {n} people were killed when",
                           "Three women were among {n} civilians killed after", "An Israeli airstrike killed {n} fighters after",
                           "{n} civilians including children died after", "A suicide bomber killed {n} soldiers after"])
_REST = st.builds(lambda place: f"warplanes struck a market in {place} on Sunday evening. Rescue workers were still "
                                f"searching the rubble of the buildings that had been hit by the raids. The monitor said that the toll "
                                f"was likely to rise because many of the wounded were in a critical condition.", _PLACES)


@settings(max_examples=60, deadline=None)
@given(_LEDE, st.lists(_TAG, min_size=1, max_size=8, unique=True), _OPENER, st.integers(2, 99), _REST)
def test_a_tags_list_before_the_story_is_cut_and_listed(lede, tags, opener, n, rest):
    story = f"{opener.format(n=n)} {rest}"
    listed = f"Tags {' '.join(tags)}"
    line = f"{lede} {listed} {story}"
    cleaned = clean_plain_text(line)
    assert cleaned.body == f"{lede}\n{story}"
    (cut,) = [r for r in cleaned.removed if r.reason.startswith(INLINE_TAGS_REASON)]
    assert cut.text == listed and f"from character {len(lede) + 2} of line 1" in cut.reason
    for c in tolls.extract_tolls(cleaned.body):  # no toll sentence runs the keywords into the story
        assert "Tags" not in cleaned.body[c["start"]:c["end"]]


@settings(max_examples=60, deadline=None)
@given(_LEDE, st.sampled_from([
    "Tags on the collars of {n} wolves showed that they crossed into Turkey.",  # a sentence that opens with "Tags"
    "Tags Syria killed {n} people in an attack on Aleppo on Monday.",  # a verb: no keyword list
    "Tags The Syrian Observatory said {n} people were killed in Aleppo on Monday.",  # no keyword before the story
    "Tags were handed out to {n} families at the camp, the agency said.",
    "Tags Aleppo Syria",  # nothing after the list: the end-of-article case (link_tail)
]), st.integers(2, 99), _REST)
def test_tags_in_prose_or_with_no_story_after_are_not_cut_here(lede, text, n, rest):
    line = f"{lede} {text.format(n=n)} {rest}"
    assert inline_tag_lists(line) == []
    assert not any(r.reason.startswith(INLINE_TAGS_REASON) for r in clean_plain_text(line).removed)


_PARTICLE_NAMES = st.sampled_from(["Bashar al Assad", "Ahmed bin Salem", "Abu Mohammed al Jolani", "Hassan el Masri"])
_NAME_OPENED = st.sampled_from(["Almost a dozen civilians were killed when", "Nearly {n} people died after"])


@settings(max_examples=40, deadline=None)
@given(_LEDE, st.lists(_TAG, min_size=1, max_size=6, unique=True), _PARTICLE_NAMES, _NAME_OPENED, st.integers(2, 99), _REST)
def test_a_cut_never_splits_a_name_at_its_particle(lede, tags, name, opener, n, rest):
    """rev10r: "... airstrike Bashar al Assad Almost a dozen civilians ..." was cut after "Bashar
    al", so "Assad" opened the toll's sentence. A run of names left to the story reads through
    its particles (al, bin, el): the whole name stays on one side of the cut."""
    line = f"{lede} Tags {' '.join(tags)} {name} {opener.format(n=n)} {rest}"
    for start, end in inline_tag_lists(line):
        left, right = line[start:end].split(), line[end:].split()
        first, last = name.split()[0], name.split()[-1]
        assert not (first in left and right[0] == last), (line[start:end], line[end:end + 40])
        assert left[-1] not in ("al", "bin", "el"), line[start:end]
