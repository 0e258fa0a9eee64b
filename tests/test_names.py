"""text.names: a long country name matches its own words, never a first name or word that only
shares its first letters (rev10t: "George" was Georgia's, "Cameron" Cameroon's, "Liberation"
Liberia's), both where the toll reader asks whether a war is another country's and where dates
asks whether a text names the conflict."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from analysis import dates
from analysis.tolls.extract import _country_re, _english_cldr
from analysis.text.names import long_name_words

# First names and words sharing a country's first five letters (and more), none the country's.
NOT_COUNTRY_WORDS = ["George", "Georges", "Francis", "Franco", "Francesca", "Philip", "Philips", "Phillip",
                     "Cameron", "Martin", "Martina", "Dominic", "Dominick", "Roman", "Romans", "Romano",
                     "Liberation", "Liberated", "Liberal", "Liberty", "Austin", "Indiana", "Jordana",
                     "Panamax", "Germaine", "Irelanda"]
# A country's own words: name, people, adjective, plural.
COUNTRY_WORDS = {"Georgia": ["Georgia", "Georgian", "Georgians"], "Ukraine": ["Ukrainian", "Ukrainians"],
                 "Lebanon": ["Lebanese"], "Afghanistan": ["Afghan", "Afghans", "Afghani"],
                 "Germany": ["German", "Germans"], "Somalia": ["Somali", "Somalis"], "Israel": ["Israeli", "Israelis"],
                 "Jordan": ["Jordanian"], "Morocco": ["Moroccan"], "Cameroon": ["Cameroonian"],
                 "Liberia": ["Liberian"], "Romania": ["Romanian"], "Philippines": ["Philippine"],
                 "Pakistan": ["Pakistani", "Pakistanis"], "Palestine": ["Palestinian", "Palestinians"]}


def _cldr_long_names() -> list[str]:
    return sorted(n for n in _english_cldr()["territories"].values() if n.isalpha() and len(n) > 5)


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_no_country_name_takes_a_first_name(data):
    """Every CLDR country name of one long word against first names that begin as one does."""
    name = data.draw(st.sampled_from(_cldr_long_names()))
    words = long_name_words(name)
    assert re.fullmatch(words, name) and re.fullmatch(words, name + "s")
    for w in NOT_COUNTRY_WORDS:
        assert not re.fullmatch(words, w), (name, w)


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(sorted((n, w) for n, ws in COUNTRY_WORDS.items() for w in ws)))
def test_a_country_keeps_its_people_and_adjective(pair):
    name, word = pair
    assert re.fullmatch(long_name_words(name), word), pair
    assert re.fullmatch(_country_re(), word), pair
    assert dates.names_conflict(f"{word} troops moved in.", name), pair


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(NOT_COUNTRY_WORDS))
def test_a_first_name_is_no_country_for_the_toll_reader_or_dates(word):
    """Neither another country's war for the toll reader nor a naming of the conflict for dates
    ("--conflict-name Georgia" must not count "George")."""
    assert not re.fullmatch(_country_re(), word), word
    for name in ("Georgia", "Cameroon", "Liberia", "France", "Philippines", "Dominica", "Martinique", "Romania"):
        if not word.startswith(name):
            assert not dates.names_conflict(f"{word} Smith spoke on Monday.", name), (word, name)


def test_liberated_areas_are_no_country():
    """rev10t's sentence: "killed in Liberated areas" is not Liberia's war."""
    from analysis.tolls import extract_tolls

    text = ("Since the war began, more than 250,000 people have been killed in Liberated areas and elsewhere, "
            "activists said.")
    assert [c["scope"] for c in extract_tolls(text)] == ["cumulative"]


# small11 (note 10 Left): peoples' adjectives that are no ending of their country's name, which the
# names file gives as languages ("Swedish", "Polish", "Spanish") or a Latin name makes ("Belgian").
ANCHOR_DEMONYMS = ("Swedish", "Polish", "Belgian", "Spanish", "Italian", "Finnish", "Icelandic", "Maltese")


def _cldr_demonyms() -> list[str]:
    from analysis.text.names import language_demonyms

    cldr = _english_cldr()
    return sorted(language_demonyms(cldr["territories"].values(), cldr["languages"]))


def test_the_names_file_gives_the_anchor_demonyms_and_no_first_name():
    got = set(_cldr_demonyms()) | {"Belgian"}  # Belgian: long_name_words' Latin "-ium"
    assert re.fullmatch(long_name_words("Belgium"), "Belgians")
    assert set(ANCHOR_DEMONYMS) <= got
    assert not got & set(NOT_COUNTRY_WORDS) and not got & {"Seri", "Mari", "Pali", "Irish"}


@settings(max_examples=80, deadline=None)
@given(st.data())
def test_a_demonym_the_names_file_gives_owns_another_war(data):
    """'The Spanish civil war killed 500,000 people' is another country's war (scope other)."""
    from analysis.tolls import extract_tolls

    word = data.draw(st.sampled_from(sorted(set(_cldr_demonyms()) | set(ANCHOR_DEMONYMS))))
    assert re.fullmatch(_country_re(), word), word
    noun = data.draw(st.sampled_from(["war", "civil war", "conflict", "long war"]))
    n = data.draw(st.integers(1_000, 900_000))
    claims = extract_tolls(f"The {word} {noun} killed {n:,} people, historians say.")
    assert [c["scope"] for c in claims] == ["other"], (word, claims)
