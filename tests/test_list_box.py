"""A numbered or bulleted "Most read" / "Top stories" box after (or before) the story is cut with
its headlines' tolls (QA11 F16); a story's own numbered list without such a heading is kept."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from analysis import tolls
from analysis.clean import clean_plain_text

_PLACES = st.sampled_from(["Aleppo", "Idlib", "Douma", "Raqqa", "Hama", "Maarat al-Numan"])
_STORY = st.builds(
    lambda place, n, day: [
        f"Air strikes on a crowded market in {place} killed at least {n} people on {day}, rescue workers said.",
        "The civil defence group said the toll was likely to rise as rescuers searched the rubble of the market.",
        "The government denies targeting civilians and says it is fighting terrorists in the province.",
        "The monitoring group said several children were among the dead and dozens more were wounded.",
    ],
    _PLACES, st.integers(2, 90), st.sampled_from(["Monday", "Tuesday", "Sunday"]))
_HEADING = st.builds(
    lambda words, case, colon: (words.upper() if case == "upper" else words.title() if case == "title" else words) + colon,
    st.sampled_from(["Most read", "Most popular", "Most viewed", "Top stories", "Trending now", "Trending",
                     "Popular now", "Editor's picks", "More stories", "Latest news", "Most read this week"]),
    st.sampled_from(["asis", "upper", "title"]), st.sampled_from(["", ":"]))
_ITEM = st.builds(lambda what, n, where: f"{what} {n} in {where}",
                  st.sampled_from(["Earthquake kills", "Ferry sinks off coast, missing", "Floods kill",
                                   "Bus crash kills", "Storm leaves dead"]),
                  st.integers(100, 999), st.sampled_from(["Iran", "Bangladesh", "Peru", "Kenya", "Chile"]))
_MARKS = st.sampled_from(["num", "num)", "bullet"])


def _marked(items: list[str], marks: str) -> list[str]:
    if marks == "bullet":
        return [f"• {t}" for t in items]
    sep = ")" if marks == "num)" else "."
    return [f"{k}{sep} {t}" for k, t in enumerate(items, start=1)]


@settings(max_examples=60, deadline=None)
@given(_STORY, _HEADING, st.lists(_ITEM, min_size=1, max_size=6, unique=True), _MARKS, st.booleans())
def test_a_numbered_box_after_the_story_is_cut_with_its_tolls(story, heading, items, marks, footer):
    box = _marked(items, marks)
    page = ["Skip to main content", "Menu", "World", "Air strikes on market kill many, rescuers say", *story,
            heading, *box] + (["Comments (12)", "© 2018 Example News Ltd. All rights reserved."] if footer else [])
    cleaned = clean_plain_text("\n".join(page))
    for line in box:
        assert line not in cleaned.body
        (row,) = [r for r in cleaned.removed if r.text == line]
        assert row.reason == "a list of other stories (under a box heading)"
    story_numbers = {int(w) for s in story for w in s.replace(",", " ").split() if w.isdigit()}
    assert {c["value"] for c in tolls.extract_tolls(cleaned.body)} <= story_numbers


@settings(max_examples=30, deadline=None)
@given(_STORY, st.lists(st.sampled_from([
    "Release all detainees held without charge in the province",
    "Lift the siege of the eastern districts",
    "Allow aid convoys to reach the besieged towns",
    "Hold talks under United Nations supervision"]), min_size=2, max_size=4, unique=True), _MARKS)
def test_a_story_own_numbered_list_is_not_a_box(story, points, marks):
    """The same list shape under a sentence of the story, not a box heading, stays in the body."""
    page = [*story[:2], "The opposition set out its demands in a statement on Monday:",
            *_marked(points, marks), *story[2:]]
    body = clean_plain_text("\n".join(page)).body
    for line in _marked(points, marks):
        assert line in body
