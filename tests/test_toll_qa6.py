"""QA6 findings on tolls (/tmp/qa6/qa6_report.md): vague counts keep their own qualifier (B1)."""

from __future__ import annotations

import pandas as pd
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from analysis import tolls
from analysis.tolls import timeline
from analysis.tolls.extract import VAGUE

SPANNING = sorted(w for w, (_, low, high) in VAGUE.items() if low != high)  # "dozens", "hundreds", ...
VICTIMS = ["people", "civilians", "fighters", "children"]
DEATHS = ["were killed", "have been killed", "died", "have died"]


@settings(max_examples=80, deadline=None)
@given(st.sampled_from(SPANNING), st.sampled_from(["", "some ", "an estimated ", "about "]),
       st.sampled_from(VICTIMS), st.sampled_from(DEATHS))
def test_a_vague_word_is_vague_not_about_its_floor(word, hedge, victims, death):
    # "hundreds of thousands" stored as 200,000 with qualifier "about" read as "about 200,000"
    text = f"{(hedge + word).capitalize()} of {victims} {death} in the war, activists said."
    got = tolls.extract_tolls(text)
    assert [(c["value"], c["low"], c["qualifier"]) for c in got] == [(VAGUE[word][0], VAGUE[word][1], "vague")], text
    from analysis.tolls.extract import QUALIFIER_NAMES

    assert "vague" in QUALIFIER_NAMES


@settings(max_examples=40, deadline=None)
@given(st.integers(2, 999), st.sampled_from(["some", "about", "around"]), st.sampled_from(VICTIMS))
def test_an_estimated_number_stays_about(n, hedge, victims):
    got = tolls.extract_tolls(f"{hedge.capitalize()} {n * 1000:,} {victims} have been killed in the war.")
    assert [c["qualifier"] for c in got] == ["about"]


def test_vague_totals_are_counted_off_the_war_total_axis():
    rows = []
    for day, text in (("2017-04-01", "More than 320,000 people have been killed since the war began, the Observatory said."),
                      ("2017-04-08", "Hundreds of thousands of civilians have been killed in the war.")):
        rows += [{**c, "article_id": day, "published": day, "outlet": "x"} for c in tolls.extract_tolls(text)]
    df = pd.DataFrame(rows)
    assert list(timeline.war_total_timeline(df)["value"]) == [320_000]
    off = timeline.off_axis_claims(df)
    assert list(off["claim_kind"]) == [timeline.VAGUE_TOTAL] and "vague" in off["why"].iloc[0]


# --- B9: an absurd toll is dropped with a word in the article's warnings -----------------------

@settings(max_examples=30, deadline=None)
@given(st.integers(3, 150), st.sampled_from(VICTIMS), st.sampled_from(DEATHS))
def test_a_number_too_large_to_be_a_toll_is_named_in_a_warning(groups, victims, death):
    huge = "1" + ",000" * groups
    text = f"Talks resumed on Monday. More than {huge} {victims} {death} in the war, the monitor said."
    assert all(c["value"] < 10 ** 9 for c in tolls.extract_tolls(text)), text
    said = tolls.ignored_huge_tolls(text)
    assert len(said) == 1 and said[0].startswith("a number too large to be a death toll was ignored"), said
    start = text.index("More than")  # the match spans its qualifier
    assert f"at characters {start}-{text.index(huge) + len(huge)} " in said[0], said


@settings(max_examples=30, deadline=None)
@given(st.integers(3, 10), st.sampled_from(["dollars", "barrels", "euros"]))
def test_a_large_number_that_counts_no_dead_gives_no_warning(groups, unit):
    assert tolls.ignored_huge_tolls(f"The plan costs 1{',000' * groups} {unit}, officials said.") == []


def test_the_warning_reaches_the_articles_table(tmp_path):
    from analysis.articles import build_articles

    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "huge.txt").write_text(
        "Monitor revises Syria death toll\n\nMore than 1" + ",000" * 110
        + " people have been killed in Syria's war since 2011, the monitor said on Tuesday.\n\n"
        "Fresh air strikes in Aleppo on Wednesday left at least seven people dead, an international monitor said.\n",
        encoding="utf-8")
    articles, _, _ = build_articles(raw, progress=False)
    assert "a number too large to be a death toll was ignored" in articles.loc[0, "warnings"]


# --- B3: a full stop glued to the next sentence ("siege.This") ends a sentence ------------------

from analysis.text.sentences import ABBREVIATIONS, DOMAIN_ENDINGS, FILE_ENDINGS, split_sentences  # noqa: E402

CAPITALISED = st.from_regex(r"[A-Z][a-z]{1,8}", fullmatch=True)
LOWER_WORD = st.from_regex(r"[a-z]{2,10}", fullmatch=True).filter(lambda w: w not in ABBREVIATIONS)
# tokens the splitter already keeps whole: abbreviations and initials glued to a capitalised
# word ("U.S.Army", "a.m.Monday", "J.R.R.Tolkien"), decimals, and domains written with a capital
ABBREVIATED = st.builds(lambda t, c: t + c, st.sampled_from(
    ["U.S.", "U.N.", "U.K.", "a.m.", "p.m.", "e.g.", "i.e.", "J.R.R.", "Mr.", "Dr.", "Gen.", "etc.", "No.", "Jan."]
) | st.builds(lambda a, b: f"{a}.{b}.", st.from_regex(r"[A-Z]", fullmatch=True), st.from_regex(r"[A-Z]", fullmatch=True)),
    CAPITALISED)
KEPT_WHOLE = st.one_of(
    ABBREVIATED,
    st.builds(lambda a, b: f"{a}.{b}", st.integers(0, 9999), st.integers(0, 99)),  # decimals
    st.builds(lambda a, b: f"{a:,}.{b}", st.integers(1000, 10 ** 7), st.integers(0, 99)),
    st.builds(lambda w, d: f"{w}.{d}", LOWER_WORD, st.sampled_from(["Com", "Org", "Net", "co.Uk", "Gov"])),  # domains
)

def _cuts(text: str) -> set[int]:
    return {i for span in split_sentences(text) for i in span}


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(LOWER_WORD, CAPITALISED, KEPT_WHOLE),
                min_size=1, max_size=12), st.sampled_from(["", "."]))
def test_no_sentence_breaks_inside_an_abbreviation_number_or_domain_glued_to_a_capital(words, end):
    text = " ".join(words) + end
    cuts = _cuts(text)
    pos = 0
    for w in words:
        inner = set(range(pos + 1, pos + len(w)))
        assert not cuts & inner, (text, w)
        pos += len(w) + 1


@settings(max_examples=200, deadline=None)
@given(st.lists(LOWER_WORD, min_size=1, max_size=6), LOWER_WORD, CAPITALISED, st.lists(LOWER_WORD, max_size=6))
def test_a_full_stop_glued_to_a_capitalised_word_after_a_lower_case_word_ends_a_sentence(left, last, nxt, right):
    # "aa.Me" or "aa.Com" reads as an address or a file name, the splitter's documented exception
    assume(nxt.lower() not in DOMAIN_ENDINGS | FILE_ENDINGS)
    first = " ".join(["Civilians", *left, last]) + "."
    text = first + " ".join([nxt, *right]) + "."
    assert [text[a:b] for a, b in split_sentences(text)] == [first, text[len(first):]], text


def test_the_qa_paragraph_is_two_sentences_and_the_toll_keeps_a_short_one():
    text = ("Action must be taken to stop the attack; holding into account those responsible; the "
            "civilians are under siege.This outrageous escalation in Aleppo has killed more than 670 people.")
    got = tolls.extract_tolls(text)
    assert [c["sentence"] for c in got] == ["This outrageous escalation in Aleppo has killed more than 670 people."]
