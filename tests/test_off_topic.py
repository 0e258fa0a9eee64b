"""Articles that never name the conflict are kept with a warning (QA: off-topic tolls in charts)."""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import given, settings, strategies as st

from analysis import dates
from analysis.articles import OFF_TOPIC_WARNING, article_record, count_off_topic
from analysis.ingest import RawDoc

ELSEWHERE = ["Kathmandu", "Lagos", "Gaza", "Mosul", "Kabul", "Manila"]
EVENTS = ["An earthquake killed {n} people in {place} on Tuesday, officials said.",
          "Floods in {place} left {n} dead and thousands homeless.",
          "A bombing near a market in {place} killed {n} people, police said.",
          "Hamas said {n} people were wounded in {place}."]
NAMES = ["Syria", "Syrian", "Aleppo", "Aleppo's", "Damascus", "Deir ez-Zor", "Assad"]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(EVENTS), st.sampled_from(ELSEWHERE), st.integers(2, 5000)), min_size=2, max_size=5),
       st.one_of(st.none(), st.sampled_from(NAMES)), st.randoms(use_true_random=False), st.booleans())
def test_an_article_is_flagged_off_topic_iff_it_never_names_the_conflict(events, name, rnd, in_title):
    sentences = [e.format(n=n, place=p) for e, p, n in events]
    title = "Disaster toll rises"
    if name is not None:
        if in_title:
            title = f"{name} news: disaster toll rises"
        else:
            sentences.insert(rnd.randrange(len(sentences) + 1), f"The report also covered {name} this week.")
    doc = RawDoc(article_id="a", source_path="a.txt", text="\n\n".join(sentences), title=title)
    rec, _ = article_record(doc)
    flagged = OFF_TOPIC_WARNING in (rec["warnings"] or "")
    assert flagged == (name is None), (title, sentences, rec["warnings"])
    assert rec["status"] == "ok"  # kept: only a warning
    assert count_off_topic(pd.Series([rec["warnings"]])) == int(flagged)


def test_another_conflict_name_uses_only_its_own_names():
    doc = RawDoc(article_id="a", source_path="a.txt", text="Shelling of Aleppo killed 12 people on Monday, the monitor said.")
    assert OFF_TOPIC_WARNING not in article_record(doc)[0]["warnings"]
    assert OFF_TOPIC_WARNING in article_record(doc, conflict_name="Ukraine")[0]["warnings"]
    assert dates.CONFLICT_NAME == "Syria"


@pytest.mark.parametrize("name", ["Syria|Syrian civil war", "Syrian civil war|Syria", " syria | Assad's war"])
def test_syria_among_several_aliases_still_counts_its_places(name):
    """With --conflict-name "Syria|Syrian civil war" an article naming only Aleppo was flagged
    off-topic: Syria's places count whenever Syria is one of the names (review)."""
    doc = RawDoc(article_id="a", source_path="a.txt", text="Shelling of Aleppo killed 12 people on Monday, the monitor said.")
    assert OFF_TOPIC_WARNING not in article_record(doc, conflict_name=name)[0]["warnings"]


FOREIGN = {  # sentences that name no conflict, in languages the study does not read
    "de": ["Ein Erdbeben hat am Dienstag in {place} mindestens {n} Menschen getötet, teilten die Behörden mit.",
           "Die Regierung kündigte an, dass die Hilfe für die Opfer in den nächsten Tagen ankommen werde.",
           "Nach Angaben der Polizei wurden bei dem Anschlag auf einen Markt {n} Menschen verletzt."],
    "fr": ["Un tremblement de terre a tué au moins {n} personnes mardi à {place}, selon les autorités.",
           "Le gouvernement a annoncé que l'aide aux victimes arriverait dans les prochains jours.",
           "Selon la police, {n} personnes ont été blessées dans l'attentat contre un marché de la ville."],
}


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(sorted(FOREIGN)), st.lists(st.tuples(st.integers(0, 2), st.sampled_from(ELSEWHERE), st.integers(2, 5000)),
                                                   min_size=3, max_size=6))
def test_only_a_studied_article_is_warned_that_it_never_names_the_conflict(lang, picks):
    """QA5 B10: 26 not_english rows of the mixed folder were each flagged "never names the
    conflict"; a row that never enters the study is not off its topic (its status says why)."""
    text = " ".join(FOREIGN[lang][i].format(place=p, n=n) for i, p, n in picks)
    rec, _ = article_record(RawDoc(article_id="a", source_path="a.txt", text=text, title="Nachrichten"))
    assert rec["status"] != "ok", rec["status"]
    assert OFF_TOPIC_WARNING not in (rec["warnings"] or ""), (rec["status"], rec["warnings"])


# Pieces a place name or the conflict's name can be hidden among: other cases, the letters re.I
# folds specially (dotless i, long s, Kelvin sign, dotted capital I), word characters that
# break a whole-word match, and possessives.
_PIECES = [*dates.CONFLICT_PLACES, "syria", "SYRIAN", "aleppo", "HAMAS", "ambassador", "Hamaı", "Homſ", "İdlib",
           "\u212aobani", "x", "_", "é", " ", "'s", "’s", "-", "\n", "Deir\u00a0ez-Zor"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=8).map("".join), st.sampled_from(["Syria", "Syria|Assad", "Ukraine"]))
def test_the_substring_shortcuts_answer_as_the_regexes_do(text, conflict_name):
    """names_conflict and the place test skip their regex when no name is a substring of the
    lowered text; the answer must be the regex's own on any text."""
    import re

    from analysis.articles import CONFLICT_PLACES_RE, _names_a_place
    from analysis.text.casefold import lowered

    assert _names_a_place(text) == (CONFLICT_PLACES_RE.search(text) is not None)
    full = dates._name_words_re(conflict_name).search(lowered(text)) is not None
    assert dates.names_conflict(text, conflict_name) == full
