"""Sentences that carry no tone (credit lines, date lines, short labels, text not in English) are
marked in tone_sentences and left out of every tone mean, so an outlet that ends each article
with "Source TRTWorld and agencies" is not pulled towards the engine's score of that line (QA11 F9)."""

from __future__ import annotations

import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis import tone

ENGINES = ("textblob", "vader")
SUBJECTS = ["Government forces", "Rebel fighters", "Residents", "Aid workers", "The army", "Opposition activists"]
VERBS = ["shelled the town", "fled in panic", "condemned the attack", "welcomed the truce", "buried their dead",
         "rejected the horrific accusations", "praised the brave volunteers", "attacked the village"]
WHEN = ["on Monday", "overnight", "last week", "after the talks", "in the morning"]
NAMES = ["Hazem", "Sabbagh", "Manar", "Ghossoun", "Reuters", "AFP", "Bulletin", "English", "TRT", "Milhem", "SSH"]
CREDITED = ["Peter Graff", "Will Waterman", "Angus MacSwan", "Ellen Francis", "Tom Perry", "Mark John"]
PLACES = ["Beirut", "Amman", "New York", "Geneva", "Moscow"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October"]

sentence = st.builds(lambda s, v, w: f"{s} {v} {w}.", st.sampled_from(SUBJECTS), st.sampled_from(VERBS), st.sampled_from(WHEN))
story = st.lists(sentence, min_size=1, max_size=5)
name_line = st.lists(st.sampled_from(NAMES), min_size=1, max_size=tone.no_tone.SHORT_WORDS).map(" ".join)
code_line = st.builds(lambda a, b: f"{a}-{b}", st.integers(1, 999), st.integers(1, 99))
credit_line = st.one_of(
    st.builds("Source {} and agencies".format, st.sampled_from(NAMES)),
    st.builds("(Source: Syrian {} {})".format, st.sampled_from(NAMES), st.sampled_from(NAMES)),
    st.builds("Reporting by {} {}; Editing by {} {}".format, *[st.sampled_from(NAMES)] * 4),
    # rev11r R9: Reuters' footer, 16-45 words, parts between ';', names the lexicon tags as verbs
    st.builds(lambda parts, footer: "; ".join(parts) + footer,
              st.lists(st.builds(lambda w, names, places: f"{w} by " + " and ".join(f"{n} in {p}" for n, p in zip(names, places)),
                                 st.sampled_from(["Reporting", "Additional reporting", "Writing", "editing", "Editing"]),
                                 st.lists(st.sampled_from(CREDITED), min_size=1, max_size=4),
                                 st.lists(st.sampled_from(PLACES), min_size=4, max_size=4)),
                       min_size=2, max_size=4),
              st.sampled_from(["", " Our Standards:The Thomson Reuters Trust Principles."])),
)
date_line = st.builds(lambda m, d, y: f"{m} {d}, {y}", st.sampled_from(MONTHS), st.integers(1, 28), st.integers(2011, 2024))
ARABIC = "قتل العشرات من المدنيين في الهجوم على البلدة صباح اليوم ونحن نطالب المجتمع الدولي بالتحرك"
no_tone_line = st.one_of(name_line, code_line, credit_line, date_line, st.just(ARABIC))


def _articles(bodies: dict[str, str]) -> pd.DataFrame:
    return pd.DataFrame({"article_id": list(bodies), "outlet": "trt", "published": pd.NaT, "body": list(bodies.values()),
                         "status": "ok"})


@settings(max_examples=60, deadline=None)
@given(story, no_tone_line)
def test_a_line_with_no_tone_is_marked_and_left_out_of_the_article_mean(lines, extra):
    plain = " ".join(lines)
    with_line = plain + "\n" + extra
    arts = _articles({"a": plain, "b": with_line})
    sents = tone.sentence_tone(arts, engines=ENGINES)
    b = sents[sents["article_id"] == "b"]
    assert b.iloc[-1]["sentence"] == extra
    assert b.iloc[-1]["no_tone"] in tone.no_tone.NO_TONE_REASONS
    assert (b.iloc[:-1]["no_tone"] == "").all()  # every sentence of the story is scored
    at = tone.article_tone(arts, sents).set_index("article_id")
    for col in ("textblob_polarity", "vader_compound"):
        assert at.loc["b", col] == at.loc["a", col]
    assert at.loc["b", "n_no_tone"] == 1 and at.loc["a", "n_no_tone"] == 0
    assert at.loc["b", "n_sentences"] == at.loc["a", "n_sentences"]


@settings(max_examples=60, deadline=None)
@given(sentence)
def test_a_sentence_of_the_story_is_scored(s):
    assert tone.no_tone.no_tone_reason(s) == ""


def test_the_reasons_name_the_shape():
    r = tone.no_tone.no_tone_reason
    assert r("Source TRTWorld and agencies") == "credit line"
    assert r("Last Update: Saturday 7 October 2017 KSA 16:06 - GMT 13:06") == "date line"
    assert r("Hazem Sabbagh") == "short, no verb"
    assert r(ARABIC) == "not English"
    assert r("Les habitants ont fui la ville apres les bombardements.") == "not English"
    # short exclamations with a word of the story, an English headline glued to a date, a list of names
    for kept in ("Absolute horror.", "My god!", "Air raids kill thousands", "Thu Aug 1 2013 40 Syrians die in ammo depot blast.",
                 "Among the killed were Ahmad al-Zoabi a field commander Walid al-Hosni and Issa Ahmad Gharib."):
        assert r(kept) == "", kept


def test_the_verdict_and_the_outlet_table_count_the_sentences_left_out():
    body = "Government forces shelled the town on Monday. Residents fled in panic.\nSource TRTWorld and agencies"
    arts = pd.DataFrame({"article_id": [f"x{i}" for i in range(12)], "outlet": ["trt"] * 6 + ["sana"] * 6,
                         "published": pd.NaT, "body": [body] * 12, "status": "ok"})
    t = tone.tone_tables(arts, engine="textblob", engines=("textblob",), n_perm=200, n_boot=50, min_articles=5)
    assert t["by_source"].set_index("outlet")["n_no_tone_sentences"].to_dict() == {"sana": 6, "trt": 6}
    assert "12 sentences were left out of every mean" in t["verdict"]
    counts = tone.no_tone_counts(t["sentences"])
    assert counts.to_dict("records") == [{"no_tone": "credit line", "n_sentences": 12, "commonest": "Source TRTWorld and agencies"}]


@settings(max_examples=15, deadline=None)
@given(st.lists(story, min_size=10, max_size=12), st.lists(st.lists(no_tone_line, min_size=1, max_size=3), min_size=1, max_size=3))
def test_an_article_of_no_tone_lines_only_is_counted_not_dropped(stories, labels_only):
    # rev11r R5: an article whose every sentence is left out has no mean; it left n_articles and
    # the verdict's count with no word
    bodies = {f"s{i:02d}": " ".join(s) for i, s in enumerate(stories)}
    bodies |= {f"z{i:02d}": "\n".join(lines) for i, lines in enumerate(labels_only)}
    t = tone.tone_tables(_articles(bodies), engine="textblob", engines=("textblob",), n_perm=200, n_boot=50)
    row = t["by_source"].set_index("outlet").loc["trt"]
    assert row["n_articles"] + row["n_articles_no_tone"] == len(bodies)
    n = len(labels_only)
    assert f"{n} article{'s' if n > 1 else ''} had no other sentence and {'are' if n > 1 else 'is'} not scored" in t["verdict"]


# rev11r R2: headline-style lines and prose that open with a credit word or are in capitals are
# story, not credits or date lines
HEADLINE_WORDS = ["WAR", "TOLL", "DEAD", "BOMB", "ISIS", "US", "KILLS", "RAID"]
prose_like_credit = st.builds(
    lambda w, rest: f"{w} {rest}", st.sampled_from(["By", "Photos", "Video", "Images", "Credits", "Reporting", "Via"]),
    st.sampled_from(["the end of the massacre, dozens dead.", "of the horrific massacre in Houla.", "to graduate: 54",
                     "losses", "and plans: document the damage to support your claims.", "monitoring."]))
caps_headline = st.builds(lambda words, m, d: " ".join(words) + f" ON {m.upper()} {d}",
                          st.lists(st.sampled_from(HEADLINE_WORDS), min_size=1, max_size=4), st.sampled_from(MONTHS),
                          st.integers(1, 28))


@settings(max_examples=60, deadline=None)
@given(st.one_of(prose_like_credit, caps_headline))
def test_prose_opening_with_a_credit_word_and_capitals_headlines_are_not_credit_or_date_lines(line):
    assert tone.no_tone.no_tone_reason(line) not in (tone.no_tone.CREDIT, tone.no_tone.DATE_LINE)
