"""Which names in a war's subject make it another war's (rev11t T23, T9, T10): only a side or the
start's actor counts ("between X and Y", "loyal to X", "began when X ..."), never a backer or a
power drawn in; a country as a side is another war's at any subject length; a non-country side
is judged only in the default study, whose own names the reader knows. Subjects are written from
wire copy on each war, not from the rule's word lists."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.tolls.extract import WAR_SUBJECT_NEAR, extract_tolls

WAR_NOUNS = st.sampled_from(["The conflict", "The war", "The civil war"])
VERBS = st.sampled_from(["has killed more than {n:,} people", "has killed an estimated {n:,} people",
                         "has claimed {n:,} lives"])
TOTALS = st.integers(10_000, 600_000)
POWERS = st.sampled_from(["Western", "Gulf", "Russian", "Iranian", "Turkish", "Arab", "foreign"])
COUNTRY = st.sampled_from(["Russia", "Iran", "Turkey", "the United States", "Israel", "Hezbollah", "Jordan"])
GROUPS = st.sampled_from(["the Islamic State group", "the Nusra Front", "Kurdish-led forces", "Hayat Tahrir al-Sham"])
ORDINALS = st.sampled_from(["sixth", "seventh", "eighth", "ninth", "tenth"])


def _scopes(text: str, conflict_name: str = "Syria") -> list[str]:
    return [c["scope"] for c in extract_tolls(text, conflict_name=conflict_name)]


@st.composite
def study_war_subjects(draw):
    """The default study's war with no Syrian name in it: backers, powers drawn in, later groups."""
    kind = draw(st.integers(0, 2))
    if kind == 0:
        return f" between government forces and rebels backed by {draw(POWERS)} powers and their allies"
    if kind == 1:
        drawn = draw(st.lists(COUNTRY, min_size=2, max_size=3, unique=True))
        return f", now in its {draw(ORDINALS)} year and drawing in {', '.join(drawn[:-1])} and {drawn[-1]} on opposite sides,"
    return f", which escalated after {draw(GROUPS)} seized large areas of the north and east,"


@settings(max_examples=80, deadline=None)
@given(WAR_NOUNS, study_war_subjects(), VERBS, TOTALS)
def test_backers_and_powers_drawn_in_leave_the_study_war_total(noun, subject, verb, n):
    assert len(subject) > WAR_SUBJECT_NEAR  # the wide gap is what is read
    text = f"{noun}{subject} {verb.format(n=n)}."
    assert _scopes(text) == ["cumulative"], text


# another study's war told by its own sides, none a country, and the conflict's name it is studied by
OWN_SIDES = st.sampled_from([
    ("Yemen", " between Houthi rebels and forces loyal to President Abd-Rabbu Mansour Hadi"),
    ("Yemen", ", which began when Houthi rebels seized the capital Sanaa in late 2014,"),
    ("Sudan", " between the army and the Rapid Support Forces paramilitaries led by Mohamed Hamdan Dagalo"),
    ("Ethiopia", " between federal troops and fighters loyal to the Tigray People's Liberation Front in the north"),
    ("Nigeria", " between Boko Haram militants and government forces across the northeast since 2009"),
])


@settings(max_examples=60, deadline=None)
@given(WAR_NOUNS, OWN_SIDES, VERBS, TOTALS)
def test_another_study_keeps_its_own_sides_war_total(noun, study, verb, n):
    conflict, subject = study
    text = f"{noun}{subject} {verb.format(n=n)}."
    assert _scopes(text, conflict) == ["cumulative"], (conflict, text)


PAIRS = st.sampled_from([("Russia", "Ukraine"), ("Israel", "Lebanon"), ("Ethiopia", "Eritrea"),
                         ("India", "Pakistan"), ("Armenia", "Azerbaijan"), ("Iran", "Iraq")])
# after the sides, to carry the subject across WAR_SUBJECT_NEAR
TAILS = st.sampled_from(["", " over the border", " and their allies over the disputed border region",
                         " and their allies over the disputed border region in the north"])
STUDIES = st.sampled_from(["Syria", "Yemen", "Sudan", "Myanmar"])


@settings(max_examples=100, deadline=None)
@given(WAR_NOUNS, PAIRS, TAILS, st.booleans(), STUDIES, VERBS, TOTALS)
def test_countries_as_sides_are_another_war_at_any_length(noun, pair, tail, swap, study, verb, n):
    a, b = reversed(pair) if swap else pair
    text = f"{noun} between {a} and {b}{tail} {verb.format(n=n)}."
    assert _scopes(text, study) == ["other"], (study, text)
    assert _scopes(text, b) == ["cumulative"], (b, text)  # the study of one side keeps it


# a war named before its noun by a country and the side it fights (rev11t T10)
COUNTRY_VS_GROUP = st.sampled_from([("Israel", "Hamas"), ("Israel", "Hezbollah"), ("Turkey", "PKK"),
                                    ("Nigeria", "Boko Haram"), ("Colombia", "FARC")])


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(["The", "the"]), COUNTRY_VS_GROUP, st.sampled_from(["war", "conflict", "civil war"]),
       STUDIES, VERBS, TOTALS)
def test_a_country_and_its_foe_before_the_war_noun_is_another_war(the, pair, noun, study, verb, n):
    country, group = pair
    text = f"{'Officials said ' if the == 'the' else ''}{the} {country}-{group} {noun} {verb.format(n=n)}."
    assert _scopes(text, study) == ["other"], (study, text)
    assert _scopes(text, country) == ["cumulative"], (country, text)  # the study of that country keeps it
