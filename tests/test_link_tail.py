"""A "Related" / "Read also" / "Tags" link list run into the last line of one-line corpus text
(FA-KES) is cut as boilerplate, with its headlines' tolls; the same words inside the story are not."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from analysis import tolls
from analysis.clean import clean_plain_text

# Story sentences as a wire story runs (a toll among them), joined on one line as FA-KES ships them.
_PLACES = st.sampled_from(["Aleppo", "Idlib", "Douma", "Raqqa", "Hama", "Deir ez-Zor"])
_STORY = st.builds(
    lambda place, n, day: (f"Airstrikes on a market in {place} killed at least {n} civilians on {day} a monitoring "
                           f"group said. The Syrian Observatory for Human Rights said the toll was likely to rise "
                           f"because many of the wounded were in a critical condition. Rescue workers were still "
                           f"searching the rubble of the buildings that had been hit by the raids."),
    _PLACES, st.integers(2, 90), st.sampled_from(["Monday", "Tuesday", "Sunday"]))
_HEADLINE = st.builds(
    lambda verb, n, place, tail: f"{verb} Kill {n} Civilians in {place}{tail}",
    st.sampled_from(["Airstrikes", "Regime Shelling", "US-Led Raids", "Barrel Bombs"]),
    st.integers(100, 999), _PLACES, st.sampled_from(["", " Watchdog", " - SOHR", " Monitor Says"]))
_MARKER = st.sampled_from(["Related", "Related News", "Read also", "Read Also", "Read more:", "READ MORE", "Tags"])
_FOOTER = st.sampled_from(["", " Tags airstrikes Syria United States Community standardsDiscussion Comment via Facebook",
                           " Category News Follow us on Instagram. We wont spam you and we respect your privacy."])


@settings(max_examples=60, deadline=None)
@given(_STORY, _MARKER, st.lists(_HEADLINE, min_size=1, max_size=5), _FOOTER)
def test_a_trailing_link_list_is_cut_with_its_tolls(story, marker, headlines, footer):
    line = f"{story} {marker} {' '.join(headlines)}{footer}"
    cleaned = clean_plain_text(line)
    assert cleaned.body == story  # a prefix of the line: toll spans in the body are where they were
    (cut,) = [r for r in cleaned.removed if r.text == line[len(story) + 1:]]
    assert cut.reason.startswith("link list after the story")
    assert f"from character {len(story) + 2} of line 1" in cut.reason
    found = tolls.extract_tolls(cleaned.body)
    assert {c["value"] for c in found} <= {int(s) for s in story.split() if s.isdigit()}
    for c in found:
        assert cleaned.body[c["start"]:c["end"]] in story


@settings(max_examples=40, deadline=None)
@given(_STORY, _MARKER, _STORY)
def test_a_marker_followed_by_the_story_is_left_alone(lede, marker, story):
    """A "Tags" box between the lede and the story, or a "Read also" link mid-story: the story goes on."""
    from analysis.clean.link_tail import link_tail

    line = f"{lede} {marker} Syria Aleppo airstrikes {story}"
    assert link_tail(line) is None
    # a "Tags" keyword list before the story is cut on its own (inline_tags, QA10 F17)
    assert clean_plain_text(line).body == (f"{lede}\n{story}" if marker == "Tags" else line)


@settings(max_examples=40, deadline=None)
@given(_STORY, st.sampled_from(["related to", "tags", "read more about", "Related to"]), _HEADLINE)
def test_the_words_in_prose_are_not_a_marker(story, words, rest):
    """'related to' in a sentence, 'tags' as a word: lower case, or not followed by a headline."""
    line = f"{story} The attack was {words} {rest.lower()} the monitor said"
    assert clean_plain_text(line).body == line


@settings(max_examples=10, deadline=None)
@given(_STORY)
def test_a_bare_marker_at_the_end_goes_and_a_marker_alone_keeps_the_text(story):
    from analysis.clean.link_tail import LINK_TAIL_REASON, link_tail

    assert clean_plain_text(f"{story} Read Also").body == story
    only = "Related News Airstrikes Kill 36 Civilians in Aleppo Watchdog"
    assert link_tail(only) is not None  # a one-line list whole: cutting it would leave no body
    assert not any(r.reason.startswith(LINK_TAIL_REASON) for r in clean_plain_text(only).removed)


@settings(max_examples=25)
@given(_STORY, st.sampled_from(["Related:", "RELATED", "Read also:", "Related News"]),
       st.sampled_from(["Eight more people died of their wounds overnight, the monitor said on Tuesday.",
                        "The death toll later rose to 11, including four children, according to the state news agency."]))
def test_one_story_sentence_that_ends_the_line_after_a_marker_is_kept(story, marker, last):
    """A reviewer's case: with two story sentences needed to keep the text, the story's one
    closing sentence after a stray marker went to the removed lines."""
    from analysis.clean.link_tail import link_tail

    assert link_tail(f"{story} {marker} {last}") is None


@settings(max_examples=10)
@given(st.integers(min_value=50, max_value=400))
def test_the_link_list_check_splits_a_line_a_bounded_number_of_times(n):
    """Splitting the whole rest after every marker was quadratic: a 1.1 MB one-line record ran
    past its time budget and left the study. Count the characters handed to the splitter."""
    from analysis.clean import link_tail as lt

    unit = "Airstrikes on a market in Aleppo killed at least 12 civilians on Monday a monitoring group said. Tags Syria Aleppo "
    line = unit * n
    seen = []
    real = lt.split_sentences
    lt.split_sentences = lambda text: seen.append(len(text)) or real(text)
    try:
        lt.link_tail(line)
    finally:
        lt.split_sentences = real
    assert sum(seen) <= len(line) + n * (lt.LOCAL_CHARS + 1), (len(line), sum(seen))
