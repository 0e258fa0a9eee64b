"""Wire phrasings of deaths in other wars and disasters that the rules missed, from a fourth probe
list of common news sentences (written for this, never from a benchmark fold's misses): people
"missing and presumed dead", "two of the wounded later died", a toll that "rose above" a number,
deaths as the subject of a tally verb, everyone "on board", one person or a people named by a
demonym drawn from a list of nations written apart from the rules (issue 14)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from analysis import tolls
from toll_text import headline, in_words

TAILS = ["", " after the boat sank", " on Tuesday", " off the coast", ", officials said"]
counts = st.integers(2, 5_000)

# National plurals and singulars, written from a list of countries (not from the rules' patterns):
# the rules read them by shape (capitalised "-ans", "-is", "-ese"; "-an", "-i", "-ese") or, for
# plurals of no common shape ("Serbs", "Swedes"), by name.
NATIONS_PLURAL = (
    "Afghans Albanians Algerians Americans Angolans Argentines Armenians Australians Austrians Azerbaijanis "
    "Bahrainis Bangladeshis Belarusians Belgians Bolivians Bosnians Brazilians Britons Bulgarians Burundians "
    "Cambodians Cameroonians Canadians Chadians Chileans Chinese Colombians Congolese Croats Cubans Cypriots "
    "Czechs Danes Dominicans Ecuadorians Egyptians Eritreans Estonians Ethiopians Filipinos Finns Georgians "
    "Germans Ghanaians Greeks Guatemalans Haitians Hondurans Hungarians Indians Indonesians Iranians Iraqis "
    "Israelis Italians Ivorians Jamaicans Japanese Jordanians Kazakhs Kenyans Koreans Kosovars Kurds Kuwaitis "
    "Kyrgyz Latvians Lebanese Liberians Libyans Lithuanians Malians Malaysians Mauritanians Mexicans Moldovans "
    "Mongolians Moroccans Mozambicans Namibians Nepalis Nicaraguans Nigerians Nigeriens Norwegians Omanis "
    "Pakistanis Palestinians Panamanians Peruvians Poles Portuguese Qataris Romanians Russians Rwandans "
    "Salvadorans Saudis Senegalese Serbs Somalis Spaniards Sudanese Swedes Syrians Taiwanese Tajiks Tanzanians "
    "Thais Tunisians Turks Turkmen Ugandans Ukrainians Uzbeks Venezuelans Vietnamese Yemenis Zambians Zimbabweans"
).split()
NATIONS_SINGULAR = (
    "Afghan Albanian Algerian American Angolan Armenian Australian Austrian Azerbaijani Bahraini Bangladeshi "
    "Belgian Bolivian Bosnian Brazilian Bulgarian Cambodian Canadian Chadian Chilean Chinese Colombian "
    "Congolese Cuban Dominican Egyptian Eritrean Ethiopian Georgian German Ghanaian Guatemalan Haitian "
    "Honduran Hungarian Indian Indonesian Iranian Iraqi Israeli Italian Jamaican Japanese Jordanian Kenyan "
    "Korean Kuwaiti Lebanese Liberian Libyan Malian Malaysian Mexican Moroccan Nepali Nigerian Norwegian "
    "Omani Pakistani Palestinian Peruvian Portuguese Qatari Russian Rwandan Saudi Senegalese Somali Sudanese "
    "Syrian Taiwanese Tanzanian Tunisian Ugandan Ukrainian Venezuelan Vietnamese Yemeni Zambian"
).split()


def _written(n: int, words: bool) -> str:
    return in_words(n).capitalize() if words and n < 100 else f"{n:,}"


@settings(max_examples=150, deadline=None)
@given(counts, st.booleans(), st.sampled_from(NATIONS_PLURAL),
       st.sampled_from(["were killed", "died", "were shot dead", "drowned"]), st.sampled_from(TAILS))
def test_a_people_from_a_list_of_nations_is_a_toll(n, words, people, death, tail):
    text = f"{_written(n, words)} {people} {death}{tail}."
    assert headline(text) == [n], text


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(NATIONS_SINGULAR), st.sampled_from(["", "16-year-old ", "young ", "elderly "]),
       st.sampled_from(["was killed", "died", "was shot dead", "was killed by Israeli fire"]), st.sampled_from(TAILS))
def test_one_person_named_by_a_demonym_is_a_toll_of_one(who, age, death, tail):
    art = "An" if (age or who)[0] in "AEIOU" else "A"
    text = f"{art} {age}{who} {death}{tail}."
    assert headline(text) == [1], text


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(NATIONS_SINGULAR), st.sampled_from(NATIONS_SINGULAR))
def test_two_people_named_by_demonyms_are_summed(a, b):
    art = lambda w: "an" if w[0] in "AEIOU" else "a"  # noqa: E731
    text = f"{art(a).capitalize()} {a} and {art(b)} {b} were killed in the blast."
    assert headline(text) == [2], text


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(["Republican bill", "Italian restaurant", "American plan", "Israeli proposal", "Chinese deal"]),
       st.sampled_from(["killed", "The senate killed", "Lawmakers killed"]))
def test_a_demonym_before_a_noun_is_an_adjective(thing, lead):
    # only a demonym that ends its noun phrase names a person
    text = f"{lead} a {thing} on Monday." if lead != "killed" else f"Critics said the vote killed a {thing}."
    assert tolls.extract_tolls(text) == [], text


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(NATIONS_SINGULAR + ["Syrian", "UN", "Turkish"]),
       st.sampled_from(["general", "colonel", "lieutenant", "sergeant", "captain", "brigadier"]),
       st.sampled_from(["was killed", "died", "was assassinated"]))
def test_an_officer_by_rank_is_a_toll_of_one(nation, rank, death):
    art = "An" if nation[0] in "AEIOU" else "A"
    text = f"{art} {nation} {rank} {death} in the strike."
    assert headline(text) == [1], text


@settings(max_examples=100, deadline=None)
@given(counts, st.booleans(), st.sampled_from(["fishermen", "crew members", "crew", "people", "migrants", "miners"]),
       st.sampled_from(["are missing and presumed dead", "were missing and presumed dead", "are missing, feared dead",
                        "remain missing and believed dead", "were missing, presumed dead",
                        "are trapped and presumed dead"]),
       st.sampled_from(TAILS))
def test_missing_and_presumed_dead_is_a_toll(n, words, who, fate, tail):
    text = f"{_written(n, words)} {who} {fate}{tail}."
    assert headline(text) == [n], text


@settings(max_examples=100, deadline=None)
@given(counts, st.sampled_from(["The boat sank, leaving {n} missing and presumed dead.",
                                "The landslide left {n} people missing, feared dead."]))
def test_left_missing_and_presumed_dead_is_a_toll(n, frame):
    text = frame.format(n=f"{n:,}")
    assert headline(text) == [n], text


@settings(max_examples=100, deadline=None)
@given(counts, st.sampled_from(["people", "fishermen", "miners"]), st.sampled_from(["remain missing", "are still missing",
                                                                                    "were reported missing",
                                                                                    "remain trapped"]))
def test_missing_alone_is_no_toll(n, who, fate):
    assert tolls.extract_tolls(f"{n:,} {who} {fate} after the floods.") == []


@settings(max_examples=100, deadline=None)
@given(st.integers(2, 9), st.sampled_from(["wounded", "injured"]),
       st.sampled_from(["later died", "died in hospital", "have since died", "later died of their injuries",
                        "subsequently died", "succumbed to their wounds", "in hospital later died"]))
def test_some_of_the_wounded_who_died_are_a_toll(k, hurt, died):
    text = f"{in_words(k).capitalize()} of the {hurt} {died}."
    assert [(c["value"], c["is_headline"]) for c in tolls.extract_tolls(text)] == [(k, True)], text


@settings(max_examples=100, deadline=None)
@given(st.integers(10, 400), st.integers(2, 9), st.sampled_from(["wounded", "injured"]))
def test_the_wounded_who_died_follow_the_attacks_toll(n, k, hurt):
    # the attack's toll stays the headline; the later deaths are a row of their own
    text = f"The attack killed {n} people. {in_words(k).capitalize()} of the {hurt} later died."
    got = tolls.extract_tolls(text)
    assert [(c["value"], c["is_headline"]) for c in got] == [(n, True), (k, False)], text


@settings(max_examples=100, deadline=None)
@given(st.integers(2, 9), st.sampled_from(["wounded", "injured"]),
       st.sampled_from(["were in critical condition", "were flown to Ankara", "were discharged", "remain in hospital"]))
def test_some_of_the_wounded_alive_are_no_toll(k, hurt, fate):
    assert tolls.extract_tolls(f"{in_words(k).capitalize()} of the {hurt} {fate}.") == []


@settings(max_examples=100, deadline=None)
@given(st.integers(100, 90_000), st.sampled_from(["rose", "climbed", "jumped", "soared"]),
       st.sampled_from(["above", "over", "beyond"]),
       st.sampled_from(["The death toll", "The toll from the earthquake in Turkey and Syria", "The quake's toll"]))
def test_a_toll_that_rose_above_a_number_is_more_than_it(n, verb, bound, toll):
    got = tolls.extract_tolls(f"{toll} {verb} {bound} {n:,} on Monday.")
    assert [(c["value"], c["qualifier"]) for c in got] == [(n, "more_than")]


@settings(max_examples=50, deadline=None)
@given(st.integers(2, 90), st.sampled_from(["rose", "climbed"]))
def test_a_toll_that_rose_by_a_percentage_is_no_toll(n, verb):
    assert tolls.extract_tolls(f"The death toll {verb} {n} percent in a week.") == []


@settings(max_examples=100, deadline=None)
@given(st.integers(100, 90_000), st.sampled_from(["Heatwave deaths", "Covid deaths", "Cholera deaths",
                                                   "Deaths from the floods", "Fatalities"]),
       st.sampled_from(["in Europe ", "in the state ", ""]),
       st.sampled_from(["topped", "reached", "passed", "rose to", "have climbed to", "stood at"]))
def test_deaths_as_the_subject_of_a_tally_verb_are_a_toll(n, deaths, where, verb):
    text = f"{deaths} {where}{verb} {n:,}."
    assert [c["value"] for c in tolls.extract_tolls(text)] == [n], text


@settings(max_examples=100, deadline=None)
@given(st.integers(2, 400), st.sampled_from(["Deaths in the region were linked to", "Deaths were traced to",
                                             "Deaths fell by"]))
def test_deaths_with_other_verbs_are_not_a_tally(n, lead):
    # only a tally verb ("topped", "reached", "rose to") leads from "deaths" to their count
    assert tolls.extract_tolls(f"{lead} {n} factories.") == []


@settings(max_examples=100, deadline=None)
@given(st.integers(2, 400), st.sampled_from(["people", "passengers", "crew", ""]),
       st.sampled_from(["The plane crashed, killing all {n} {who} on board.", "All {n} {who} on board were killed.",
                        "All {n} {who} aboard the jet died.", "The crash killed all {n} {who} aboard the helicopter.",
                        "The ferry sank, leaving all {n} {who} on board dead."]))
def test_everyone_on_board_is_a_toll(n, who, frame):
    text = " ".join(frame.format(n=n, who=who).split())
    assert headline(text) == [n], text


@settings(max_examples=50, deadline=None)
@given(st.integers(2, 400), st.sampled_from(["survived", "were rescued", "were injured"]))
def test_everyone_on_board_alive_is_no_toll(n, fate):
    assert tolls.extract_tolls(f"All {n} people on board {fate}.") == []
