"""Reported death tolls, extraction: every number of dead an article states, with what kind it is.

A toll is a claim, not a fact: "more than 300,000" is a lower bound, "some 300,000" an
estimate, and the war's cumulative toll is not the toll of the bombing an article reports.
Each row keeps its sentence and character span so a reader can check it.

Rules are plain compiled regexes (no model), so the same code runs fast on any corpus and
every decision can be read here: a number phrase counts as a toll only when a death word
follows it ("seven people dead", "22 killed") or a killing verb / toll noun leads into it
("killed more than 195,000", "the death toll rose to 45", "massacre of 30").

One row is derived rather than stated: when the headline is a list of tolls under one death
("killed 50 militants and eight civilians"), the headline row is their total (58), its span
runs from the first number to the last, its low/high are the sums of the parts' bounds and its
qualifier follows from them; victims joins the parts' ("militants+civilians"). The parts stay
as their own rows (not headline), so only headline rows may be summed across articles.
"""

from __future__ import annotations

import calendar
import functools
import json
import math
import re
import warnings
from bisect import bisect_left
from datetime import date
from dataclasses import dataclass, fields, replace
from pathlib import Path

import pandas as pd

from ..budget import call_within_budget
from ..progress import say
from ..dates import CONFLICT_NAME, CONFLICT_PLACES, CONFLICT_START, MONTHS, date_in_doubt, names_conflict
from ..schema import SKIPPED_COLUMNS, TOLL_COLUMNS, skipped_toll_line
from ..text.casefold import FoldedText, Pattern
from ..text.lexicon import VERB_TAGS, is_common_word, is_finite_verb, word_tag
from ..text.names import language_demonyms, long_name_words
from ..text.patterns import MONTH_ABBR, MONTH_FULL, MONTH_NAME
from ..text.sentences import WIRE_NAMES, split_sentences


# --- numbers -------------------------------------------------------------------------------

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
ESTIMATE_MARGIN_PCT = 10  # "about N" is read as N +- 10%: a stated convention, not a measured spread
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
# Vague quantities: (value as reported, lowest and highest the word allows).
VAGUE = {
    "a dozen": (12, 12, 12), "dozens": (24, 24, 99), "scores": (40, 40, 99),
    "several dozen": (24, 24, 99), "a few dozen": (24, 24, 99),  # no more than "dozens" says
    "hundreds": (200, 200, 999), "thousands": (2_000, 2_000, 9_999),
    "tens of thousands": (20_000, 20_000, 99_999),
    "hundreds of thousands": (200_000, 200_000, 999_999), "millions": (2_000_000, 2_000_000, None),
    "half a million": (500_000, 500_000, 500_000), "a quarter of a million": (250_000, 250_000, 250_000),
    "a quarter million": (250_000, 250_000, 250_000),
}

_WORD_UNIT = "|".join(sorted(UNITS, key=len, reverse=True))
_WORD_TENS = "|".join(TENS)
_SCALE = r"(?:hundred|thousand|million|billion)"
# Digit numbers, every repetition possessive (++, *+) and each iteration opened by a separator,
# so a match never backtracks into a digit run: linear on any input (an 85 KB run of "1111,"
# groups took 35 s with the old `\d[\d,]*` range pattern). Forms: 1,234,567 (Western
# grouping), 3,10,000 (Indian lakh grouping: pairs, then a final group of three), 310.000 (dots
# as thousands separators, as most of Europe writes; not before a scale word, where "1.500
# million" is a decimal), and plain 1234 / 1.5.
_SCALE_AHEAD = r"(?!\s+(?:hundred|thousand|million|billion)\b)"
# 1 234 567: thousands grouped by a space (SI style, French and Russian copy, scraped text; a
# no-break or thin space too). Not a day after its month ("October 13 150 militants", commas
# stripped) - unless the month already has its day before it ("7 October 1 200 Israelis", "7th
# Oct. 1 200"), nor a number a word labels ("On Friday 13 150 people", "week 2 300 people",
# "kilometre 12 300"), not after "+" or another digit (phone numbers), nor before another digit group.
_SPACE = "[ \u00a0\u202f\u2009]"  # plain, no-break, narrow no-break, thin
_MONTHS_LOWER = sorted(  # lower case: Pattern runs on lowered text
    {*(n.lower() for n in calendar.month_name[1:] + calendar.month_abbr[1:]), "sept"})
_NOT_A_DAY = "".join(
    rf"(?:(?<=\d\s{m}{dot}\s)|(?<=\d(?:st|nd|rd|th)\s{m}{dot}\s)|(?<!\b{m}{dot}\s))"
    for m in _MONTHS_LOWER for dot in ("", r"\."))
# Words a number labels rather than counts (a weekday's date, a week or day of a war, a road's
# kilometre, a route, page or item number): the number after them is the label, not a group of
# the count that follows ("On Friday 13 150 people were killed" is 150). A week or day a
# determiner names is a time, not a label ("last week 1 200 people died").
NUMBER_LABEL_WORDS = (*(d.lower() for d in calendar.day_name), *(d.lower() for d in calendar.day_abbr),
                      "phase", "round", "stage", "kilometre", "kilometer", "km", "mile", "route", "highway",
                      "page", "no.", "article", "chapter", "section", "floor", "gate", "block", "sector", "zone")
NUMBERED_TIME_WORDS = ("week", "day")
TIME_DETERMINERS = ("last", "this", "next", "that", "same", "each", "every", "per", "a", "one")
_NOT_A_LABEL = "".join(rf"(?<!\b{re.escape(w)}\s)" for w in sorted(set(NUMBER_LABEL_WORDS))) + "".join(
    "(?:" + "|".join(rf"(?<=\b{d}\s{w}\s)" for d in TIME_DETERMINERS) + rf"|(?<!\b{w}\s))"
    for w in NUMBERED_TIME_WORDS)
# Nor before a wounded word within three words: there, commas stripped, a toll meets the wounded
# count after it ("killed 15 150 others were injured": 15 dead, 150 hurt; rev11t T22).
_SPACED_WOUNDED_AHEAD = r"(?!\s+(?:[a-z'’-]+\s+){0,2}(?:wounded|injured|hurt)\b)"
_GROUPED = (
    r"\d{1,3}(?:,\d{3})++(?!\d)"
    r"|\d{1,2}(?:,\d\d(?=,))++,\d{3}(?!\d)"
    rf"|\d{{1,3}}(?:\.\d{{3}})++(?![\d.]){_SCALE_AHEAD}"
    # (the look-ahead first: the month look-behinds run only where a spaced group starts)
    rf"|(?=\d{{1,3}}{_SPACE}\d{{3}}){_NOT_A_DAY}{_NOT_A_LABEL}(?<![\d+]{_SPACE})(?<![\d+])\d{{1,3}}(?:{_SPACE}\d{{3}})++"
    rf"(?![\d,.]|{_SPACE}\d){_SPACED_WOUNDED_AHEAD}"
)
_DIGITS = rf"(?:{_GROUPED})(?:\.\d++)?|\d++(?:\.\d++)?"
_INT = rf"(?:{_GROUPED}|\d++)"  # a range's ends ("10-15", "1,000 to 2,000")
# A range's end in words ("six to 12", "five to ten"): a whole number below a hundred, joined
# only by "to" (a hyphen there is a compound: "twenty-five").
_WORD_INT = rf"(?:(?:{_WORD_TENS})(?:[- ](?:{_WORD_UNIT}))?|{_WORD_UNIT})"
# A number in words: a whole number below a hundred or "a", then up to two scale words and a
# last part below a hundred ("two hundred and fifty", "a thousand", "five million").
_WORDNUM = (
    rf"(?:{_WORD_INT}|a)"
    rf"(?:\s+{_SCALE}(?:\s+{_SCALE})?(?:\s+(?:and\s+)?{_WORD_INT})?)?"
)
_VAGUE = "|".join(sorted(VAGUE, key=len, reverse=True))
# A word that opens a count of people: a number word or a plural vague quantity. Cues that ask
# whether a count stands next ("wounded 20", "killed dozens", "dead hundreds") share it.
_NUMBER_WORD = rf"{_WORD_UNIT}|{_WORD_TENS}|dozens|scores|hundreds|thousands"
# ... and with "many"/"several": the object of a verb that has its own count ("injured many").
_COUNT_AHEAD = rf"{_NUMBER_WORD}|many|several"
# "two dozen", "3 dozen": that many twelves, an estimate as "a dozen" is.
_DOZENS = rf"(?:{_WORD_INT}|\d{{1,3}}(?![\d,.]))\s+dozen\b"
NUM = rf"(?:{_VAGUE}|{_DOZENS}|(?:{_DIGITS})(?:\s+{_SCALE})?|{_WORDNUM})"

# The one home of the verbs that update a toll, each in every tense, so that every place reads an
# update the same ("rose to", "went up to", "climbing past", "topped").
# A count that rises by itself: "the toll rose to 61", "climbing past 300", "rose above 50,000".
RISING_VERBS = ("rose", "risen", "rises", "rising", "climbed", "climbs", "climbing", "jumped", "jumps", "jumping",
                "soared", "soars", "soaring", "surged", "surges", "surging", "mounted", "mounts", "mounting",
                "increased", "increases", "increasing")
# Verbs that update a toll to a new count ("the toll rose to 61", "was later revised to 82"): one
# list for a toll updated in its own sentence and in the next (_UPDATE_VERB), and for "up to"
# after one, which is that update ("revised up to 82"), not an upper bound.
UPDATE_VERBS = ("updated", "revised", "raised", "upped") + RISING_VERBS
# Verbs of motion that update a toll only with "up" after them ("the toll went up to 30", "has
# gone up to 45", "edged up to 12"), in every tense; alone they move people, not counts ("went to
# 3 hospitals"), though a toll that "went past 300" passed it. Not "shot up": "shot up to 30
# protesters" is a bound on the shot. Not the bare "go": it follows only a modal or "to" ("could
# go up to 200", "is expected to go up to 300"), a forecast whose "up to" is its upper bound.
UP_UPDATE_VERBS = ("goes", "going", "went", "gone", "edged", "edges", "edging", "crept", "creeps", "creeping",
                   "inched", "inches", "inching", "ticked", "ticks", "ticking", "moved", "moves", "moving")
# Verbs that take a toll past a count: it is above it ("the toll passed 300,000" = more than 300,000).
PASSING_VERBS = ("topped", "tops", "topping", "passed", "passes", "passing", "exceeded", "exceeds", "exceeding",
                 "surpassed", "surpasses", "surpassing")
# The verbs of a clause whose subject is a count ("the death toll stood at", "wounded reached",
# "the number of dead has risen to"): TOLL_SUBJECT_RE's, and a clause's own after an injury word.
_TOLL_STATE_VERB = (rf"(?:{'|'.join(UPDATE_VERBS + UP_UPDATE_VERBS + PASSING_VERBS)}|stood|stands|stand|reached|"
                    r"reaches|hit|hits|was|is|were|are|has|had|have|remains|remained)")
# "up to" right after the toll is an update too: "bringing the death toll up to 45", "pushing the
# tally up to 45", a headline's "Death toll up to 45".
_UPDATED_NOUNS = ("toll", "tally")
# checked only once "up" has matched: one fixed-width look-behind per word
_UP_NOT_UPDATED = "".join(rf"(?<!\b{w}\sup)" for w in UPDATE_VERBS + UP_UPDATE_VERBS + _UPDATED_NOUNS)
QUALIFIERS = [
    ("more_than", r"more\s+than|over|upwards\s+of|in\s+excess\s+of|above"),
    ("at_least", r"at\s+least|no\s+fewer\s+than|no\s+less\s+than|a\s+minimum\s+of"),
    ("nearly", r"nearly|almost|close\s+to|just\s+under|just\s+short\s+of"),
    ("about", r"some|about|around|roughly|approximately|an\s+estimated|estimated|perhaps"),
    ("up_to", rf"up{_UP_NOT_UPDATED}\s+to|as\s+many\s+as|fewer\s+than|less\s+than|at\s+most"),
]
# Every `qualifier` a row can carry (one home: tables, charts and the README read it from here):
# the wording's words above, "exact", "range" ("20 to 30") and "vague", a vague word's count
# ("hundreds", "dozens", "hundreds of thousands") stored as its smallest reading; "about" stays
# for a number the article gives as an estimate ("some 300,000", "a dozen", "half a million").
VAGUE_QUALIFIER = "vague"
QUALIFIER_NAMES = ("exact", *(name for name, _ in QUALIFIERS), "range", VAGUE_QUALIFIER)
_QUAL = "|".join(pat for _, pat in QUALIFIERS)
QUAL_RES = [(name, re.compile(rf"^(?:{pat})$", re.I)) for name, pat in QUALIFIERS]

# People named by what they were doing when they died: singular for "a peacekeeper", plural
# for "40 migrants drowned".
_TRAVELLERS_AND_TRADES = (
    r"migrants?|seekers?|peacekeepers?|passengers?|pilgrims?|tourists?|miners?|sailors?|"
    r"fishermen|fisherman|diplomats?|bystanders?|passers-by|passer-by|contractors?|mourners?|"
    r"shoppers?|commuters?|spectators?|marines?|recruits?|conscripts?|veterans?|crew|crewmen|crewman"
)
# One person by kinship (or a bodyguard): "the bodies of a father", "a nephew was killed".
_KIN = (
    r"wife|husband|son|daughter|mother|father|brother|sister|nephew|niece|cousin|uncle|aunt|"
    r"grandson|granddaughter|grandfather|grandmother|grandchild|bodyguard"
)
# People by work or family, who die in wire copy as the staff of a hospital or a family in a
# house: each singular and plural spelled in full, so the lists stay exact.
_STAFF_AND_KIN_SINGULAR = (
    r"employee|staffer|official|engineer|firefighter|lawyer|judge|priest|cleric|imam|surgeon|pharmacist|"
    rf"relative|policewoman|serviceman|gunman|trader|shopkeeper|vendor|governor|mayor|{_KIN}"
)
_STAFF_AND_KIN_PLURAL = (
    r"employees|staff|staffers|officials|engineers|firefighters|lawyers|judges|priests|clerics|imams|"
    r"surgeons|pharmacists|mothers|fathers|wives|husbands|sons|daughters|brothers|sisters|policewomen|"
    r"grandchildren|grandsons|granddaughters|grandparents|nephews|nieces|cousins|"
    r"traders|shopkeepers|vendors"
)
SINGULAR = (
    r"(?:person|civilian|child|baby|woman|man|boy|girl|soldier|fighter|rebel|militant|policeman|"
    r"officer|journalist|activist|doctor|medic|nurse|volunteer|student|worker|pilot|commander|"
    # state and wire copy: "a citizen was killed", "a farmer died", "a member of the group"
    r"citizen|resident|villager|farmer|shepherd|teacher|protester|demonstrator|driver|paramedic|"
    r"photographer|reporter|cameraman|guard|prisoner|detainee|hostage|teenager|toddler|infant|youth|member|leader|"
    # officers by rank: "a Russian general was killed"
    r"general|colonel|lieutenant|sergeant|captain|brigadier|corporal|"
    # staff and family named in a list of victims: "a hospital employee", "a judge", "his wife"
    rf"{_STAFF_AND_KIN_SINGULAR}|{_TRAVELLERS_AND_TRADES})"
)
# One person named by a demonym's shape ("a Palestinian", "an Israeli", "a Sudanese"): as a noun
# only where a verb, "and" or a clause's end follows it ("a Palestinian was shot dead"; "a
# Republican bill" is an adjective, and "-i"/"-ese" words that are things are never the subject
# of a death).
# Peoples by a demonym's shape: one home for the endings. Capitalised as English writes them (a
# lower-case "-is" or "-an" word is a thing: "crisis", "caravan"): plural "Kenyans",
# "Azerbaijanis", "Senegalese" (_DEMONYM_PLURAL), and one person, "a Palestinian", "an Israeli"
# (_DEMONYM_SINGULAR). _DEMONYM_ONE is the one-person shape in any case, for the number pattern,
# where a noun must follow (_DEMONYM_NOUN_AHEAD).
_DEMONYM_ONE_ENDS = r"(?:an|i|ese)"
_DEMONYM_PLURAL_ENDS = r"(?:ans|is|ese)"


def _demonym(ends: str, capitalised: bool) -> str:
    """A word of three letters or more before a demonym's ending, capitalised (case-sensitive
    inside a case-insensitive pattern) or in any case."""
    return rf"(?-i:[A-Z][a-z]{{2,}}{ends})" if capitalised else rf"[a-z]{{3,}}{ends}"


_DEMONYM_ONE = _demonym(_DEMONYM_ONE_ENDS, capitalised=False)
_DEMONYM_PLURAL = _demonym(_DEMONYM_PLURAL_ENDS, capitalised=True)
_DEMONYM_SINGULAR = _demonym(_DEMONYM_ONE_ENDS, capitalised=True)
_DEMONYM_NOUN_AHEAD = r"(?=\s*[,.;]|\s+(?:was|were|is|are|has|have|had|died|and)\b)"
# Where the last noun of a list member ends: its clause's end or a verb or place after it ("and his
# son vowed revenge" is a new clause).
_LIST_MEMBER_END = (
    r"(?:\s*[,.;:)]|\s*$|"
    r"\s+(?:were|was|have|had|died|perished|drowned|in|on|at|near|when|as|after|during|while|inside|from|into|and)\b)"
)
# One of the family after "and" ("a man and his son", "an 8-year-old boy and his mother"): a
# person with no count, read only as the last member of a list of victims (KIN_MEMBER_RE), never
# as a toll alone ("He and his son were killed" names one of the two by a pronoun).
# The kin noun ends its clause or leads into a verb or place ("and his son vowed revenge" is a
# new clause).
_KIN_MEMBER = (
    # after "and", or after a comma in a list that "and" closes ("A man, his wife and their three
    # children")
    rf"(?:(?<=\band\s)|(?<=,\s)(?=[^.;:]{{0,60}}?\band\s))(?:his|her|their)"
    rf"(?=\s+(?:[\w-]+\s+)?(?P<kin>{_KIN})\b(?![-‐]){_LIST_MEMBER_END})"
    # ... and one person named with "the" who opens a list with a count ("the district governor
    # and three of his guards"): read, as a kin member is, only as a member of that list
    # (the cheap look-ahead for "and" and a count first: most "the" fail it before the noun list)
    rf"|the(?=\s+(?:[\w'’-]+\s+){{1,3}}?and\s+(?:\d|(?:{_NUMBER_WORD})\b))"
    rf"(?=\s+(?:[\w'’-]+\s+){{0,2}}?(?P<named>{SINGULAR})(?<!s)\s+and\b)"
)
# One person after "and" with no article of its own, sharing the first one's ("a woman and child
# were killed", "a man and young boy"): read, as a kin member is, only as the last member of a
# list (the word before the noun, if any, is neither a determiner nor a number).
_BARE_MEMBER = (
    rf"(?<=\band\s)(?:(?!(?:an?|the|his|her|their|its|our|no|another|other|every|each|{_NUMBER_WORD})\b)"
    rf"[a-z][a-z-]*\s+)?"
    # singular only: "passengers?" and the like in SINGULAR take a plural too
    rf"(?P<mate>{SINGULAR})\b(?<!s)(?![-‐])(?={_LIST_MEMBER_END})"
)
# One person named by a people's word of no demonym shape ("a Briton", "a Kurd"): read only where
# the text capitalises it (number_phrases), as "a pole" or "a swede" is a thing.
_DEMONYM_ONE_OTHER = (
    r"briton|brit|scot|welshman|englishman|frenchman|dutchman|irishman|turk|kurd|arab|afghan|jew|"
    r"pole|czech|greek|serb|croat|dane|finn|swede|kazakh|uzbek|tajik|thai|filipino|spaniard|cypriot|argentine"
)
# Someone named by age alone: "a 17-year-old was killed", "an eight-year-old died".
_AGE_NOUN = r"(?:\d{1,3}|[a-z]+)-year-old"
# The noun of a one-person phrase: a person word, after a second one that modifies it ("a rebel
# commander", "a woman doctor": the last names who died), or a demonym or age used as a noun.
_ONE_PERSON_NOUN = (
    rf"(?:(?:{SINGULAR})\s+)?(?P<person>{SINGULAR}\b"
    rf"|(?:{_DEMONYM_ONE}|{_DEMONYM_ONE_OTHER}){_DEMONYM_NOUN_AHEAD}|{_AGE_NOUN}(?={_LIST_MEMBER_END}))"
)
# A person named with an article: "a nurse", "an elderly man", "a rebel commander" (up to two
# words before the noun), or a name of up to four words, read only where each is capitalised
# (number_phrases: "a Syrian Arab Red Crescent volunteer").
MAX_PLAIN_WORDS_BEFORE_ONE = 2
MAX_NAME_WORDS_BEFORE_ONE = 4
_ONE_PERSON_AHEAD = (
    rf"(?=\s+(?:[\w'’-]+\s+){{0,{MAX_NAME_WORDS_BEFORE_ONE}}}?{_ONE_PERSON_NOUN})"
)
DEMONYM_ONE_OTHER_RE = re.compile(rf"^(?:{_DEMONYM_ONE_OTHER})$", re.IGNORECASE)
# The noun a one-person phrase counts ("a man", "his young daughter"), captured in its look-ahead:
# the phrase's span runs to it, so the row's span says who died, not only "a" or "his".
ONE_PERSON_NOUNS = ("person", "kin", "named", "mate")
# One number phrase: a range, or an optional qualifier + a number + an optional "or more".
NUMBER_PHRASE_RE = Pattern(
    rf"\b(?:between\s+(?P<lo1>{NUM})\s+and\s+(?P<hi1>{NUM})"
    rf"|(?<!from\s)(?P<lo2>{_INT}|{_WORD_INT}(?=\s+to\s))\s*(?:-|–|to)\s*(?P<hi2>{_INT}|{_WORD_INT})(?![\w-])"
    rf"|(?P<one>an?{_ONE_PERSON_AHEAD}|{_KIN_MEMBER}|{_BARE_MEMBER})"
    rf"|(?:(?P<qual>{_QUAL})\s+)?(?P<num>{NUM})(?P<post>\s+or\s+more|\s+or\s+so|\s+plus)?)\b",
    re.IGNORECASE,
)

# --- what makes a number a death toll ------------------------------------------------------

# Fighters by any name: victims, and the only objects that make "eliminated N" a killing.
_COMBATANTS = (
    r"fighters?|rebels?|militants?|jihadists?|terrorists?|insurgents?|gunmen|extremists?|mercenaries|militiamen"
)
VICTIM = (
    r"(?:people|persons?|civilians?|children|child|kids|babies|infants|women|woman|men|man|"
    rf"boys?|girls?|soldiers?|troops|servicemen|personnel|{_COMBATANTS}|members?|"
    r"officers?|policemen|police|guards?|others|students|schoolchildren|pupils|workers|"
    r"refugees|journalists?|activists?|doctors|medics|nurses|patients|volunteers|residents?|villagers?|"
    r"worshippers|relatives|citizens?|inmates|prisoners?|detainees?|hostages?|captives|victims|"
    r"individuals|syrians|kurds|turks|russians|iranians|americans|commanders?|pilots?|"
    r"family|families|elements|protesters?|demonstrators?|displaced|forces|lives|martyrs|"
    r"farmers?|shepherds?|teachers?|drivers?|paramedics?|photographers?|reporters?|cameram[ae]n|teenagers?|"
    rf"toddlers?|infant|youths?|leaders?|{_STAFF_AND_KIN_PLURAL}|"
    r"daesh|isis|isil|is|nusra|ypg|sdf|fsa|hezbollah|army|regime|"
    # peoples named by demonym or faith ("Assyrians", "Christians", "Alawites", "Iraqis")
    r"[a-z]{3,}ians|alawites|shiites|sunnis|yazidis|druze|iraqis|afghans|lebanese|pakistanis|"
    # demonyms in -is, -ese and others no pattern covers ("Israelis", "Sudanese", "Rohingya")
    r"israelis|yemenis|somalis|saudis|kuwaitis|qataris|emiratis|omanis|bahrainis|bangladeshis|nepalis|"
    r"sudanese|chinese|japanese|vietnamese|burmese|congolese|senegalese|nepalese|taiwanese|"
    r"arabs|jews|muslims|hindus|sikhs|rohingya|uighurs|uyghurs|filipinos|thais|germans|mexicans|africans|"
    r"koreans|britons|poles|czechs|greeks|generals|colonels|lieutenants|sergeants|captains|"
    # national plurals of no common shape (the shapes are _DEMONYM_PLURAL's)
    r"croats|serbs|danes|finns|swedes|kazakhs|uzbeks|tajiks|kyrgyz|turkmen|spaniards|cypriots|argentines|"
    r"kosovars|nigeriens|"
    # people named by what they were doing when they died ("40 migrants drowned")
    rf"{_TRAVELLERS_AND_TRADES})"
)
# Past participles of the verbs that kill someone: a death word after the victims ("12 were
# executed"), and, as an active verb with an object, the mark of the killers ("gunmen killed 12").
_KILLED = r"killed|executed|massacred|murdered|beheaded|crucified|assassinated|slaughtered"
DEATH_WORD = (
    rf"{_KILLED}|dead|died|die|dies|deaths|slain|perished|martyred|martyrs|"
    r"shot\s+dead|found\s+dead|lost\s+their\s+lives|drowned|succumbed\s+to\s+(?:their|his|her)\s+(?:injuries|wounds)|"
    # "missing and presumed dead", "trapped, feared dead": a death the writer assumes, as "feared dead" is
    r"(?:missing|trapped)\s*,?\s+(?:and\s+)?(?:presumed|feared|believed)\s+dead|"
    # "shot and killed", "stabbed to death", "starved to death"
    r"shot\s+and\s+killed|(?:shot|stabbed|beaten|burned|burnt|tortured|starved|hacked|stoned|crushed|trampled|"
    r"bludgeoned|frozen|gunned|bombed)\s+to\s+death|"
    r"fatalities|bodies|corpses|lives\s+(?:were\s+|have\s+been\s+)?lost|lives|fallen\s+victims?\s+(?:of|to)"
)
# Words between the dead and their death word ("12 were reportedly killed", "who had died"):
# public, as tolls.timeline reads a cause of death after the same words.
AUX = (
    r"(?:who|that|had|have|has|were|was|are|is|been|being|be|reportedly|also|all|allegedly|later|now|"
    r"already|confirmed|so\s+far|estimated|believed|thought|feared|presumed|said|reported|to|[a-z]+ly|"
    # a monitor's tally: "374 people recorded killed", "12 civilians documented killed"
    r"recorded|documented|registered|counted|"
    # "remain missing and presumed dead"
    r"remain|remains|remained|"
    r"may|might|could|would|will|must|should)"
)
# A toll that went past a number: a lead-in to the count (BEFORE_RE) and a lower bound on it
# (EXCEEDED_BEFORE_RE: "the toll passed 300,000" = more than 300,000). A rising verb or one of
# motion goes past it with "past"/"beyond" ("the toll climbing past 2,000", "went past 300"; "past"
# only after one: "the past 24 hours" is a time) and above it with a bound word ("rose above").
_RISING = rf"(?:{'|'.join(RISING_VERBS + UP_UPDATE_VERBS)})(?:\s+up)?"
_PASSED = rf"(?:{'|'.join(PASSING_VERBS)}|{_RISING}\s+(?:past|beyond))"
# A verb that updates a toll to a new count (UPDATE_VERBS, with "up to" after it as well; an
# UP_UPDATE_VERBS verb only with "up").
_UPDATE_VERB = rf"(?:{'|'.join(UPDATE_VERBS)}|(?:{'|'.join(UP_UPDATE_VERBS)})(?=\s+up\b))"
# The one update pattern, a verb and its link to the count right after it: updated to the count
# ("rose to 61", "went up to 30") or past it ("passed 300", "climbing past 300": a lower bound).
# A rising verb right before a bound word ("rose above 50,000", the bound is the count's
# qualifier) is an update too where the count's qualifier is checked (ROSE_BEFORE_RE).
_UPDATE_TO = rf"(?:{_UPDATE_VERB}(?:\s+up)?\s+to|{_PASSED})"
# A verb that brings a toll up to a new count ("bringing to 45 the number killed"): a lead-in
# to the count and the mark of an updated total (UPDATE_BEFORE_RE).
_BRING = r"bringing|raising|brings|raises|brought|raised|pushing|pushed"
# "displaced people were killed": an adjective there, not a non-death.
_DISPLACED = r"displaced(?!\s+(?:people|persons|civilians|families|syrians|residents|children|women)\b)"
# Wounded, not dead: an injury word ends a count's phrase and makes "killed or wounded" casualties.
_INJURED = r"wounded|injured|hurt"
# A fate other than death: people a count's phrase calls one of these are not the dead.
_NOT_DEAD = rf"{_INJURED}|{_DISPLACED}|detained|arrested|missing|kidnapped|abducted"
_STOP = (
    rf"and|or|but|{_NOT_DEAD}|"
    # "a man whose son was killed": the dead are in the relative clause, not its head
    r"who|whose|which|while|when|after|before|in|on|at|from|by|with|to|into|during|since|than|"
    r"rounds?|times|years?|months?|weeks?|days?|hours?"
)
# "aged 8, 10 and 12", "ages 3 to 5": each iteration opens with a separator and digit groups
# are bounded, so it cannot backtrack into itself.
_AGES = r"\d{1,3}(?:\s*(?:,|and|to|or|-|–)\s*\d{1,3})*+"
_AGE_CLAUSE = rf"(?:\s*,?\s+\(?(?:aged|ages|age)\s+(?:between\s+)?{_AGES}\)?,?)"
# A word of the subject between a count and its death word: a word, an abbreviation ("U.S.",
# "U.N.-backed") or an age ("a 12-year-old girl").
_MID_WORD = r"(?:[A-Za-z][\w'’-]*|(?:[A-Za-z]\.){2,}(?:-[\w'’-]+)?|\d{1,3}-(?:year|month|week|day)s?-old)"
# An appositive naming who the dead were, a noun phrase of victims between commas or after a
# quantifier ("17 people, most members of opposition groups, were killed", "17 people, all
# civilians, died"; FA-KES's comma-less copy "17 people most members of ... were killed"). Its
# words hold no number and open no clause, so "200 people, residents of the town where 12 were
# killed, fled" does not make 200 the dead.
_APPOSITIVE_QUANT = r"(?:most|many|some|all|mostly|mainly|largely)"
_APPOSITIVE = (
    rf"(?:\s*(?P<app_open>[,–—-])\s+(?:{_APPOSITIVE_QUANT}\s+)?|\s+(?P<app_bare>{_APPOSITIVE_QUANT})\s+)(?:{VICTIM})\b"
    r"(?:\s+(?!(?:who|whom|whose|which|that|where|when|while|after|before)\b)[A-Za-z][\w'’-]*){0,6}?"
    r"\s*(?P<app_close>[,–—-])?"
)
AFTER_RE = re.compile(
    # "70 regime and rebel fighters", "25 women and children": one subject, unless a number follows
    rf"(?P<mid>(?:\s+(?!(?:{_STOP}|an?)\b){_MID_WORD}|\s+and(?=\s+(?!(?:{_STOP}|{_WORD_UNIT}|{_WORD_TENS}|an?|another|other|others|more|his|her|their|its)\b)[A-Za-z])){{0,6}}?)"
    # where the victims were ("civilians in Syria have been killed"): a named place only
    r"(?P<loc>\s+(?:in|from)\s+(?:the\s+)?(?-i:[A-Z][\w'’-]*)(?:\s+(?-i:[A-Z][\w'’-]*)){0,2})?"
    # the people in a craft ("all 62 people on board died", "132 aboard the jet were killed")
    r"(?P<board>\s+(?:on\s+board|aboard)(?:\s+(?:the|a|an|its|their)(?:\s+[\w'’-]+){1,3}?)?)?"
    # an aside on who they were, between commas or dashes ("11 people, seven of them children, were")
    rf"(?:\s*[,–—-]?\s+(?:including|among\s+them|mostly|mainly|(?:most|many|some|all|[\w-]+)\s+of\s+(?:them|whom))"
    rf"(?:\s+[\w'’-]+){{1,6}}?\s*[,–—-]?|{_APPOSITIVE})?"
    rf"{_AGE_CLAUSE}?"
    # "three journalists were among the dead": a part of a toll (AMONG_DEAD_RE)
    rf"\s+(?:{AUX}\s+){{0,5}}(?:among\s+(?:the|those)\s+)?(?P<death>{DEATH_WORD})\b",
    re.IGNORECASE,
)
VICTIM_WORD_RE = re.compile(rf"^(?:{VICTIM}|{_DEMONYM_PLURAL})$", re.IGNORECASE)
DEATH_NOUNS = ("deaths", "fatalities", "bodies", "corpses")  # death words that are the counted noun
# The noun that closes a member of a list of victims, plural or one person ("a nurse, ...").
_DEMONYM_ONE_OTHER_CAPITALISED = "(?-i:" + "|".join(w.capitalize() for w in _DEMONYM_ONE_OTHER.split("|")) + ")"
LISTED_VICTIM_RE = re.compile(
    rf"^(?:{VICTIM}|{SINGULAR}|{_DEMONYM_PLURAL}|{_DEMONYM_SINGULAR}|{_DEMONYM_ONE_OTHER_CAPITALISED}|{_AGE_NOUN})$",
    re.IGNORECASE,
)
ONE_PERSON_AFTER_RE = re.compile(rf"^(?:\s+[\w-]+){{0,2}}?\s+{SINGULAR}\b(?![-‐])", re.IGNORECASE)
VICTIM_NEXT_RE = re.compile(rf"^\s+{VICTIM}\b", re.IGNORECASE)  # victims right after a number
# A toll named by its noun: "the death toll", "the number of dead", "the tally of the dead".
# The dead named by a relative clause or a participle: "the number of people who died", "...
# who have been killed", "... confirmed dead" (wire copy's other ways to write "killed").
_DEAD_RELATIVE = (r"(?:(?:who|that)\s+(?:(?:have|has|had)\s+)?(?:(?:been|were|was)\s+)?|"
                  r"(?:confirmed|reported|reportedly|now|so\s+far)\s+)?"
                  rf"(?:{_KILLED}|dead|died|perished|drowned|lost\s+their\s+lives)")
_TOLL_NOUN = (
    r"(?:(?:death\s+)?toll|death\s+tally|"
    r"(?:number|tally|count)\s+of\s+(?:the\s+)?(?:dead|deaths|victims|fatalities|martyrs|"
    # "the number of civilians killed", "the number of Syrian soldiers killed"
    # ... "the number of Ukrainian and foreign volunteers killed"
    rf"(?:those|(?:[\w'’-]+\s+){{0,4}}?{VICTIM})\s+{_DEAD_RELATIVE})"
    # "the number of people killed or wounded", "of dead and wounded", "who died or went missing",
    # "killed or displaced", "died and those wounded": the dead with the living, no toll (rev11t T13)
    rf"(?!\s+(?:or|and|and/or)\s+(?:(?:were|was|the|those|went|gone|are|have\s+been|had\s+been|been)\s+)?"
    rf"(?:{_NOT_DEAD}|injuries|arrests|disappeared)\b))"
)
# Killing verbs and toll nouns that lead into the number (matched against the text just before it).
BEFORE_RE = Pattern(
    r"(?:\b(?:kill(?:ed|ing|s)?|(?:shoot(?:s|ing)?|shot)\s+dead|execut(?:ed|ing|es)|massacr(?:ed|ing|es)|slaughter(?:ed|ing|s)?|"
    r"murder(?:ed|ing|s)?|behead(?:ed|ing|s)?|crucif(?:ied|ies|ying|y)|claim(?:ed|ing|s)?\s+the\s+lives\s+of|"
    r"(?:cost|costing|took|taking|taken|claimed|claiming|claims)\s+the\s+lives\s+of|"
    # "killed a family of five": the family's size is the toll
    r"kill(?:ed|ing|s)?\s+(?:an?|the|his|her|their)\s+(?:entire\s+|whole\s+)?family\s+of|"
    r"(?:deaths?|killings?|massacre|murder|execution|martyrdom|bodies|corpses|lives)\s+of(?:\s+the)?|"
    rf"(?:{_BRING})\s+to|{_TOLL_NOUN}"
    # headlines are in the present tense: "Death toll hits 50"; a word may stand in brackets
    # ("killed in battles (Saturday) against")
    rf"(?:\s+\(?[\w'’-]+\)?){{0,16}}?\s+(?:to|at|of|reached|hit|reaches|reaching|hits|hitting|{_PASSED}|"
    r"is|was|stands\s+at|stood\s+at)"
    # deaths as the subject of a tally verb: "Heatwave deaths in Europe topped 60,000"
    rf"|(?:deaths|fatalities)(?:\s+[\w'’-]+){{0,8}}?\s+(?:reached|reaches|hit|hits|{_PASSED}|{_UPDATE_TO}|"
    r"total(?:l?ed|s)|stands\s+at|stood\s+at))"
    # "put the number killed at 1.5 million", "put the toll at 45"; not the wounded with them ("put
    # the number of soldiers killed or wounded at 500,000": casualties, never a death toll)
    r"|\b(?:put|puts|putting|placed|places|estimated|estimates)\s+(?:the\s+)?(?:overall\s+|total\s+)?"
    r"(?:death\s+toll|toll|death\s+tally|tally|number\s+(?:of\s+)?(?:the\s+)?(?:[\w'’-]+\s+)?(?:killed|dead|deaths|victims|fatalities))"
    rf"(?:\s+(?!(?:{_INJURED}|injuries|casualties)\b)[\w'’-]+){{0,6}}?\s+at)"
    # an attribution between verb and number: "killing, according to the latest toll, 44 civilians"
    r"(?:\s*,?\s+according\s+to(?:\s+[\w'’-]+){1,5}?\s*,?)?"
    # "killing all 62 people on board"; "killed a total of 12", "killed another 12 people" (a
    # count added to earlier dead is still a count of the dead)
    r"(?:\s+(?:all|another|a\s+total\s+of|a\s+further|an\s+additional|an\s+extra))?"
    r"\s*[\"'“‘«]?\s*$",
    re.IGNORECASE,
)
# "The death toll rose above 50,000": a rising toll before a lower bound (the bound word is the
# number's qualifier, so BEFORE_RE, which ends at the qualifier, sees only the verb).
ROSE_BEFORE_RE = Pattern(
    rf"\b(?:{_TOLL_NOUN}|deaths|fatalities)(?:\s+[\w'’-]+){{0,16}}?\s+{_RISING}\s*$", re.IGNORECASE
)
LIVES_CUE_RE = Pattern(
    r"\b(?:claim(?:ed|ing|s)?|cost(?:ing|s)?|took|taking|taken|lost|loss\s+of)\s+(?:[\w'’-]+\s+){0,2}$",
    re.IGNORECASE,
)
# "killed or wounded" is one count of casualties; "killed 8 and wounded 20" is two verbs, each
# with its own count, so an injury verb followed by a quantity does not make the deaths casualties.
_INJURY_OBJECT = (
    rf"\s+(?:\d|(?:{_QUAL})\b|(?:{_COUNT_AHEAD}|"
    r"others|another|more|a\s+(?:dozen|number|further))\b)"
)
# An injury word before a count's verb is a new clause's subject ("The death toll stood at 25 and
# wounded reached 250"), not the dead's fate.
# Headlines scraped without their "and" run the two verbs together ("Dozens Killed Injured in
# Missile Attack", "Dozens Killed, Injured"): one count of casualties as well, when the injury
# word ends the phrase ("were killed, injured people were taken to hospital" names other people).
CASUALTIES_AFTER_RE = re.compile(
    rf"^\s*(?:(?:or|and|and/or)\s+(?:{_INJURED}|missing)(?!\s+{_TOLL_STATE_VERB}\b)|,?\s*(?:{_INJURED})(?=\s*(?:[,.;:]|$)|"
    rf"\s+(?:in|at|as|after|by|near|when|during|on|across|from)\b))\b(?!{_INJURY_OBJECT})", re.I
)
# The victim word ends the word: "kill 16 in rebel-held Aleppo" names a place, not rebels.
VICTIMS_AFTER_RE = re.compile(
    rf"^[\"'”’»]?(?:\s+of)?(?:\s+{_MID_WORD}){{0,3}}?\s+(?P<v>{VICTIM})\b(?![-‐])", re.IGNORECASE
)
# Numbers that are something else: units, ages, times, counts of things.
NOT_COUNT_AFTER_RE = re.compile(
    r"^(?:\s*(?:%|per\s*cent|percent)|-?\s*(?:odd|year|month|week|day|hour|strong|fold|km|kilomet|mile)|"
    r"\s+(?:km|kilomet|miles?|met(?:er|re)s?|hours?|days?|weeks?|months?|years?|decades?|times|"
    r"rounds?|tons?|tonnes|dollars|euros|pounds|square|percent|per\s+cent|am|pm|a\.m|p\.m|"
    r"o'clock|mm|kg|cases|utc|gmt|local\s+time|hrs)\b|[:/]\d)",
    re.IGNORECASE,
)
NOT_COUNT_BEFORE_RE = re.compile(
    r"(?:[$€£]|[A-Za-z]-|\d[:/.-]|\b(?:resolution|no\.|article|route|highway|flight|page|room|"
    rf"{MONTH_NAME})\.?\s*)$",
    re.IGNORECASE,
)
# An age, not a count: "a boy aged 12", "children aged 8, 10 and 12", "between the ages of 5 and 9".
AGE_BEFORE_RE = re.compile(rf"\b(?:aged|ages?|ages\s+of|age\s+of)\s+(?:between\s+)?(?:{_AGES}\s*(?:,|and|to|or|-|–)\s*)?$", re.I)
# A negated count is no death: "No one was killed", "not one person died", "none of the 30 passengers".
NEGATION_BEFORE_RE = re.compile(
    r"(?:\b(?:no|not|nor|never|without|n't)\s+(?:(?:even|a\s+single|one\s+of\s+(?:the|its|their))\s+)?"
    r"|\bnone\s+of\s+(?:the|its|their|these|those)\s+)$",
    re.I,
)
# A whole number token that reads as a year (dates.YEAR_RE finds years in running text).
YEAR_TOKEN_RE = re.compile(r"^(?:19|20)\d\d$")
MONTH_NEAR_RE = re.compile(
    rf"\b(?:{MONTH_ABBR})[a-z]*\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s*$", re.I
)
# A month name (with or without its day) just before a year: the year is a date's, as in a
# dateline "ALEPPO, May 1, 2016 - 42 people ..." or "1 May 2016 – ...", never a range's low end.
MONTH_BEFORE_YEAR_RE = re.compile(rf"\b(?:{MONTH_ABBR})[a-z]*\.?(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?,?\s*$", re.I)
# Words that join a clause of its own after a count ("The death toll stood at 25 and the number of
# wounded reached 250", "... whereas wounded reached 250"): the wounded are that clause's subject,
# not the count's people (NON_DEATH_AFTER_RE), and a toll's lead-in before the count leads into
# none of that clause's counts (COUNT_THEN_CLAUSE_RE). Not "since", "which" or "that": they open a
# clause inside the toll's.
_JOINED_CLAUSE_OPENER = r"(?:and|but|or|yet|while|whereas|as|when|although|though|after|before|because|until)"
# After a killing verb, a number the next words call wounded is not a death ("killed 14, 25 were wounded").
NON_DEATH_AFTER_RE = re.compile(
    rf"^(?:\s+(?!{_JOINED_CLAUSE_OPENER}\b)[A-Za-z][\w'’-]*){{0,3}}?\s+(?:(?:were|was|have\s+been|had\s+been|are|others)\s+)?"
    rf"(?:{_NOT_DEAD}|rescued|evacuated|captured|"
    r"(?:sustained|suffered)\s+(?:[\w-]+\s+)?(?:injuries|wounds))\b"
    # an injury verb with its own count is a second clause, not these people's fate: a headline
    # without commas ("Kurds kill 83 Injured 100 Terrorists") is "killed 83, injured 100"
    rf"(?!{_INJURY_OBJECT})",
    re.I,
)

# --- scope and attribution -----------------------------------------------------------------

# Nouns a cumulative war toll is counted over (dates._WAR_AGE_NOUNS: nouns a war's age is given for);
# an invasion, occupation or genocide has a toll of its own as a war does.
_WAR_TOLL_NOUNS = (r"(?:war|conflict|uprising|revolt|revolution|rebellion|crisis|unrest|insurgency|invasion|occupation|"
                   r"genocide)")
# An event a period is counted from: "since the 2021 coup", "since the invasion began".
_ERA_EVENT = rf"(?:{_WAR_TOLL_NOUNS}|coup|takeover)"
_NOT_A_WAR = r"(?!\s*(?:planes?|jets?|crimes?|criminals?|monitor|zone))"
WAR_SUBJECT_NEAR = 60  # chars from a war noun to its "has killed" that need no check
WAR_SUBJECT_GAP = 100  # ... and at most: a full name or a clause on the war's start between them
_STARTED = r"(?:began|started|erupted|broke\s+out)"
# What a war starts as: protests or an uprising ("since protests against Assad's rule erupted").
_UPRISING_START = rf"(?:protests?|demonstrations?|{_WAR_TOLL_NOUNS})"
# A war's toll verb: "has killed", "have since 2011 claimed", "has taken the lives of".
_WAR_KILLED = (r"\b(?:has|have|had)\s+(?:so\s+far\s+|now\s+|already\s+|since\s+(?:\w+\s+)?)?"
               r"(?:killed|claimed|left|cost|caused\s+the\s+deaths?|taken\s+(?:the\s+)?lives)")
# A new clause with a subject of its own that runs on to the war's toll verb ("The conflict has
# ground on for years, yet the famine ... has killed"): the verb is that subject's, as
# TOLL_SUBJECT_RE's clause opener says; an aside closed by a comma ("The war, as the UN has noted,
# has killed", "between the regime and rebels, and later jihadists, has killed") leaves it the war's.
_SUBJECT_GAP_CHAR = (r"(?:(?![,:]\s+(?:and|but|yet|while|whereas|although|though|as|so)\b[^,.;:]*?"
                     rf"{_WAR_KILLED})[^.;])")
# The war's age as a span the dead died in ("in more than three years of conflict", "over five
# years of war"); "after N years of" only sets the scene of an event told next.
_WAR_AGE_SPAN = (r"(?:in|over|during|throughout)\s+(?:the\s+)?(?:(?:more\s+than|over|nearly|almost|about|some|"
                 r"past|last|first)\s+)*(?:[\w-]+\s+)?(?:years?|months?)\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?"
                 rf"{_WAR_TOLL_NOUNS}{_NOT_A_WAR}\b")
DEAD_TO_WAR_AGE = 60  # chars between the dead and the span they died in: "killed ... in five years of war"
# The protests that started the war: "since protests against Assad's rule erupted in March 2011".
# Protests are the war's start only when dated or told in a sentence naming the conflict
# (`_cumulative_cue`); "Clashes since protests over fuel prices erupted in Tehran on Friday have
# killed 12" is another event's period toll.
PROTESTS_SINCE_RE = Pattern(
    rf"\bsince\s+(?:the\s+)?(?:[\w'’-]+\s+)?{_UPRISING_START}\b[^.;,]{{0,60}}?\b{_STARTED}\b"
    r"(?P<dated>[^.;,]{0,30}?\b(?:19|20)\d\d\b)?", re.IGNORECASE)
CUMULATIVE_RE = Pattern(
    # the war as the subject: WAR_SUBJECT_GAP covers a full name ("The conflict between the rebels and
    # forces loyal to President Bashar al-Assad has killed") or a clause on its start ("The war in Syria
    # which began with the brutal repression of anti-government demonstrations in 2011 has killed");
    # past the short gap a relative pronoun right before the verb ties it to a nearer noun ("the
    # conflict further complicated by infighting between rebel groups that has killed")
    rf"\b{_WAR_TOLL_NOUNS}{_NOT_A_WAR}\b(?:{_SUBJECT_GAP_CHAR}{{0,{WAR_SUBJECT_NEAR}}}?"
    rf"|(?P<wide>{_SUBJECT_GAP_CHAR}{{{WAR_SUBJECT_NEAR + 1},{WAR_SUBJECT_GAP}}}?"
    r"(?<!\bthat\s)(?<!\bwhich\s)(?<!\bwho\s)))"
    # "has since killed", "has since 2011 killed"
    rf"{_WAR_KILLED}"
    # the war's age as the time the dead died in: "killed in more than three years of conflict", "In
    # five years of war, 250,000 people have been killed"; not a scene-setting "After five years of
    # conflict, an air strike killed 30" (that event's toll)
    rf"|\b(?:killed|died|dead|deaths|lives|toll)\b[^.;]{{0,{DEAD_TO_WAR_AGE}}}?\b{_WAR_AGE_SPAN}"
    rf"|\b{_WAR_AGE_SPAN}[^.;]{{0,{DEAD_TO_WAR_AGE}}}?\b(?:has|have)\s+(?:been\s+)?(?:killed|died|claimed|cost|left|lost)\b"
    # a war as the subject of "killed": "The Iraq war killed nearly half a million"
    rf"|\b{_WAR_TOLL_NOUNS}{_NOT_A_WAR}\b(?:\s+(?:in|of|on)\s+(?:the\s+)?[a-z][\w'’-]*)?\s+(?:killed|claimed|cost|left)\b"
    # counted from the event that started it: "since the 2021 coup", "since the 2003 invasion of Iraq"
    rf"|\bsince\s+(?:the\s+|a\s+|last\s+year'?s\s+)?(?:(?:19|20)\d\d\s+)?(?:[\w'’-]+\s+){{0,2}}?{_ERA_EVENT}\b"
    rf"|\bsince\s+(?:the\s+)?{_WAR_TOLL_NOUNS}\s+(?:began|started|erupted|broke\s+out)"
    # the event as a clause: "since Russia invaded Ukraine", "since the Taliban took power"
    r"|\bsince\s+(?:[\w'’-]+\s+){1,3}?(?:invaded|occupied|seized\s+power|took\s+(?:power|over|control))\b"
    rf"|\bsince\s+(?:the\s+)?(?:start|beginning|outbreak|onset|eruption)\s+of\s+(?:(?:the|syria'?s|a)\s+)?(?:[\w'’-]+\s+){{0,3}}?{_WAR_TOLL_NOUNS}"
    r"|\bsince\s+(?:(?:mid-?|early\s+|march\s+|the\s+spring\s+of\s+)?2011)\b"
    rf"|\b(?:killed|died|dead|deaths|lives)\s+(?:in|during|since)\s+(?:(?:the|syria'?s)\s+)?(?:[\w'’-]+\s+){{0,3}}?{_WAR_TOLL_NOUNS}\b"
    rf"|\btoll\s+(?:of|in|from)\s+(?:(?:the|syria'?s)\s+)?(?:[\w'’-]+\s+){{0,3}}?{_WAR_TOLL_NOUNS}\b"
    rf"|\b{_WAR_TOLL_NOUNS}(?:'s|’s)\s+(?:overall\s+|total\s+)?(?:death\s+)?toll",
    re.IGNORECASE,
)
_MONTH = f"(?:{MONTH_FULL})"
# A rate is not one event: "six to 12 child fatalities a year", "deaths per day", "annually"
# ("a day after the raid" and "a week ago" date an event; "in over a year", "within a year"
# measure a time).
_NOT_RATE_BEFORE = "".join(rf"(?<!\b{w}\s)" for w in ("over", "in", "within", "for", "than", "after", "half", "under"))
_RATE = (
    rf"\b(?:per|each|every|{_NOT_RATE_BEFORE}a)\s+(?:year|month|week|day)\b(?!\s+(?:after|before|earlier|later|ago|of)\b)"
    # "kills one person every 10 seconds"
    r"|\b(?:per|each|every)\s+(?:[\d,.]+\s+|few\s+|other\s+)?(?:second|minute|hour|day|week|month|year)s?\b"
    r"|\b(?:annually|yearly)\b"
)
OTHER_RE = Pattern(
    rf"{_RATE}|"
    rf"\bsince\s+(?:the\s+)?(?:beginning|start)\s+of\s+(?:the\s+|this\s+)?(?:year|month|week|{_MONTH}|\d{{4}})"
    rf"|\bsince\s+(?:{_MONTH}|(?:19|20)\d\d)\b"
    r"|\b(?:this|last|past)\s+(?:year|month)\b|\bso\s+far\s+this\b"
    r"|\b(?:in|during|throughout)\s+(?:19|20)\d\d\b"
    r"|\b(?:past|last)\s+(?:\w+\s+)?(?:months|years)\b"
    r"|\bsince\s+(?:the\s+)?(?:ceasefire|truce|intervention|campaign|russian|russia|coalition|it\s+(?:began|started|declared))",
    re.IGNORECASE,
)
# A period's running total leading into its count ("bringing the week's toll to 112", "the toll
# for the past month stood at 300"): the period's, not the day's incident, which the count
# before it may be ("At least 30 people were killed on Monday, bringing the week's toll to 112").
PERIOD_TOLL_BEFORE_RE = re.compile(
    r"(?:\b(?:(?:week|month|year|weekend)['’]s|weekly|monthly)\s+(?:overall\s+|total\s+)?(?:death\s+)?toll"
    r"|\btoll\s+(?:for|over|of)\s+the\s+(?:past\s+|last\s+)?(?:week|month|year)(?!['’]s))\b[^.;:,]{0,30}$", re.I)
PERIOD_TOLL_REACH = 80  # chars before a count where the period's toll and its verb stand
# An official's title, a speaker by itself ("the regional governor said") or before a name ("UN
# envoy Staffan de Mistura estimated"): the counter is named with its title (QA8 9).
_TITLE = (r"(?:governors?|envoys?|ministers?|mayors?|presidents?|commissioners?|coordinators?|ambassadors?|"
          r"representatives?|prosecutors?|coroners?|chiefs?|directors?|secretary[- ]general|administrators?)")
_OFFICE = r"(?:interior|foreign|information|prime|deputy|justice|special|acting)"  # "interior minister"
SRC_NOUN = (
    r"(?:monitor(?:s|ing\s+groups?)?|observatory|groups?|officials?|sources?|agency|television|tv|"
    r"media|activists?|ministry|spokes(?:man|woman|person)|medics?|doctors?|hospital|rescuers|"
    r"residents|witness(?:es)?|statement|report|commander|army|military|police|reporters?|"
    r"correspondents?|network|committees?|centre|center|council|authorities|watchdogs?|forces|defen[cs]e|offices?|directorate|"
    rf"{_TITLE})"
)
_CAP = r"[A-Z][\w'’.&-]*"
# An adjective by its ending ("independent monitors", "Lebanese Shiite paramilitary group"):
# any word of the kind may describe a source.
_ADJECTIVE = r"[a-z][\w-]*(?:al|ic|ian|ent|ant|ive|ous|ary|ese|ish|ern)"
_NAME = rf"(?:a[ln]-)?{_CAP}"  # with an Arabic article: "al-Mayadeen TV", "Abu Omar al-Golani"
SRC = (
    rf"(?<![\w'’-])(?:(?:an?|the)\s+)?(?:(?:{_NAME}|state|local|pro-government|pro-regime|opposition|government|"
    rf"official|news|monitoring|medical|activist|rebel|military|security|rights|health|"
    rf"international|human|civil|defence|defense|Britain-based|UK-based|London-based|syrian|{_TITLE}|{_OFFICE}|{_ADJECTIVE})"
    rf"(?:\s+(?:for|of|on|al|de)(?=\s+[A-Z]))?\s+){{0,6}}(?:{SRC_NOUN}|{_NAME})"
)
# Reporting verbs, the one home of who counted a toll: "said", "reported", ... and the verbs a
# count is given by ("The UN estimates", "..., the UN estimated", "The UN puts the toll at").
_SAY = ("said", "says", "reported", "reports", "told")
_SAID_BY = tuple(w for w in _SAY if w != "told")
_ESTIMATE = ("estimated", "estimates", "estimate")
_SAY_MORE = _SAY + ("announced", "stated", "added", "confirmed", "claimed", "documented", "put", "puts") + _ESTIMATE
# Nouns a count is published as, and the verbs that give it ("UN figures show", "Observatory
# data suggest", "UN estimates put the toll at"): their owner is the counter.
_COUNT_NOUN = r"(?:figures|data|count|tally|estimates?|statistics|records|numbers)"
_COUNT_SHOWS = r"(?:show|shows|showed|suggest|suggests|suggested|indicate|indicates|indicated|put|puts|reveal|reveals|revealed)"
# "estimates" before such a verb, or before "of" / "by", is the noun ("Conservative estimates
# put"); "estimated at 300" is passive; "the UN estimates." ends its sentence.
# What "estimated at/in" is passive before: a count ("estimated at 300", "estimated in the
# thousands"); before a time it is the counter's verb ("the UN estimated in April", "... in 2016").
_ESTIMATED_AT = (rf"(?:(?:{_QUAL})\s+)?(?:(?!(?:19|20)\d\d\b(?![,.]\d))\d|(?:the\s+)?(?:hundreds|thousands|tens|millions|dozens)\b"
                 r"|(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|"
                 r"ninety|half|several)\b)")
_NOT_ESTIMATE_NOUN = (
    r"(?:(?<!estimate)(?<!estimates)(?<!estimated)"
    rf"|(?<=estimated)(?!\s+(?:to|by|as)\b|\s+(?:at|in)\s+{_ESTIMATED_AT})"
    rf"|(?<!d)(?=\s+(?!(?:{_COUNT_SHOWS}|of|for|by|from|is|are|was|were|vary|varies|range)\b)|\s*(?:[,.;:!?)]|$)))"
)
# A day or month is when a source spoke, never the source ("The U.N. in August said", "forces
# on Sunday claimed"): as a whole source it is rejected, and what comes before it in one is cut.
_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_WHEN_WORD = rf"(?i:{_WEEKDAY}|{MONTH_FULL})"
# Where and when a source spoke, between it and its verb: "SANA's reporter in Aleppo said",
# "Activists in rural Idlib said", "The U.N. in August said", "opposition forces on Sunday claimed".
_SOURCE_PLACE = (
    r"\s+(?:in|at|near|inside|outside)\s+(?:(?:the|rural|central|besieged|[a-z]+-held|"
    r"(?:north|south|east|west)(?:ern)?)\s+){0,2}(?:(?:[a-z]{1,3}-)?[A-Z][\w'’-]*(?:\s+(?:[a-z]{1,3}-)?[A-Z][\w'’-]*){0,2}"
    r"(?:\s+(?:province|city|countryside|governorate|district))?"
    # or a place named by its kind: "Medical sources in the city told"
    r"|(?<=the\s)(?:city|town|village|area|province|region|capital|country|camp|neighbou?rhood|district|east|"
    r"west|north|south))"
)
# Attacks by their nouns, one home for each list that names them: what a group claims
# (_NOT_CLAIMED_ATTACK), what kills as one event (_ONE_EVENT) and what claims lives
# (CLAIMED_BY_EVENT_RE). An attack that is one event, and strikes and raids, which come in
# waves ("air strikes killed thousands" sums up a campaign, so they are no _ONE_EVENT).
_ATTACK_EVENT = r"(?:attack|bombing|blast|explosion|massacre|ambush|shooting)"
_STRIKE = r"(?:strike|airstrike|air\s+strike|assault|raid)"
# "IS also claimed an October 2 bomb attack ... that killed at least 17": a claim of the attack,
# not of its toll
_NOT_CLAIMED_ATTACK = (
    r"(?!(?:(?<=claimed)|(?<=claims))\s+(?:responsibility|credit|(?:an?|the|its|their)\s+(?:[\w'’-]+\s+){0,4}?"
    rf"(?:{_ATTACK_EVENT}|{_STRIKE})s?)\b)"
)
# a saying verb; "claimed the lives of" is a killing
_SAYING = rf"(?:{'|'.join(_SAY_MORE)})\b(?:{_NOT_ESTIMATE_NOUN})(?!\s+(?:the\s+)?lives\b){_NOT_CLAIMED_ATTACK}"
_SOURCE_ADJUNCTS = (rf"(?:{_SOURCE_PLACE}|\s+(?:(?:on|in|last|this|early|late)\s+)?{_WHEN_WORD}\b"
                    r"|\s+(?:last|this|earlier\s+this)\s+(?:week|month|year)\b){0,2}")
# an adverb between a source and its verb: "The Observatory also said", "state media later reported",
# "The Syrian Center for Policy Research however put the death toll ... at" (QA11 F4)
_SOURCE_ADVERB = (r"(?:\s+(?:also|later|earlier|separately|previously|initially|further|then|however|though|"
                  r"meanwhile|instead|now|still|nonetheless|nevertheless))?")
# A source that gives a toll ("The Observatory gave a lower toll of eight"), after another verb
# of its own ("also reported intense strikes on the road but gave a lower toll of eight").
_GAVE = ("gave", "gives", "give", "giving")
_GAVE_TOLL = (rf"(?:\s+[^.;:\"“”]{{1,120}}?\s+(?:but|and))?\s+(?:{'|'.join(_GAVE)})\s+(?:an?|the|its|their)\s+"
              r"(?:[\w'’-]+\s+){0,2}?(?:death\s+)?(?:toll|tally)\b(?![-‐])")
COUNT_SHOWS_RE = re.compile(
    rf"(?P<src>{SRC})(?:['’]s?)?\s+(?:(?:own|latest|new|recent|official|updated)\s+){{0,2}}{_COUNT_NOUN}\s+"
    rf"(?:(?:now|also)\s+)?{_COUNT_SHOWS}\b")
# Words of a closed grammatical class (determiners, conjunctions) that may open a count's owner
# ("The figures show", "And UN figures show", "Both estimates put"): never part of its name.
FUNCTION_WORD_RE = re.compile(
    r"^(?:the|a|an|and|but|or|so|yet|both|either|neither|all|each|every|this|these|those|that|such|no|any|"
    r"some|most|many|few|other|another|its|their|his|her|our|my|your)$", re.I)


def _count_owner(sentence: str, start: int, raw: str, text: str = "") -> str | None:
    """The owner of "X figures show" (raw at sentence[start:]): an acronym, a source's noun, a
    name of two capitalised words or more, or one word that does not merely open its clause (an
    opener is capitalised whatever it is: "Unofficial estimates put", "Western estimates put")
    or that is a name where it stands (`_name_where_it_stands`: "Airwars figures show", "Reuters
    data suggest"; not "Russian figures show", "Shiite figures show"; "Amnesty figures show" where
    `text`, the article, names Amnesty inside a clause), less determiners and conjunctions."""
    words = raw.split()
    while words and FUNCTION_WORD_RE.match(words[0]):
        words = words[1:]
    if not words:
        return None
    opens = _opens_sentence(sentence, start + raw.index(words[0]))
    name = _source_name(" ".join(words), opens_sentence=opens, text=text)
    if not name:
        return None
    if all(_group_word(w) for w in name.split()):
        return None  # a people or faith, of one word or more ("Sunni Arab", "Shiite Muslim"): no counter
    if any(ACRONYM_END_RE.match(w.replace(".", "")) for w in name.split()) or SRC_NOUN_RE.search(name) or (
            len(name.split()) >= 2 and all(w[0].isupper() or w in ("for", "of", "de", "al") for w in name.split())):
        return name  # "UN", "Observatory", "United Nations", "Syrian Center for Policy Research"
    before = sentence[:start + raw.index(words[0])].split()
    if before and re.fullmatch(r"(?i:an?|the)", before[-1]):
        return name  # "A Reuters tally shows": capitalised after an article, so a name
    return name if _name_where_it_stands(sentence, start + raw.index(words[0]), name, text) else None


# Marks after which a word opens its clause, capitalised whatever it is.
_CLAUSE_START_MARKS = ".;:!?\"“(,—–"
# A name's particle before its hyphen ("Al-Masri", "el-Sisi"): not a compound adjective's part.
_NAME_PARTICLE_RE = re.compile(r"^(?:[Aa]l|[Ee]l)-")


def _opens_clause(sentence: str, start: int) -> bool:
    """Only function words ("And", "But the") stand between sentence[start:] and the start of
    its sentence or a clause's mark, so a word there is capitalised whatever it is."""
    before = sentence[:start].split()
    while before and FUNCTION_WORD_RE.match(before[-1]):
        before = before[:-1]
    return not before or before[-1][-1] in _CLAUSE_START_MARKS


def _adjective_shaped(word: str) -> bool:
    """A demonym ("Russian", "Sunni", "Saudi": the lexicon tags many only as proper nouns) or a
    hyphenated compound adjective ("Pro-government", "Hamas-run", "Pro-Kremlin", which it
    lacks): a part after the hyphen in lower case, or a common word before it. A name's
    "al-"/"el-" and a double name ("Jean-Pierre") are no compound."""
    if re.fullmatch(_DEMONYM_ADJECTIVE, word):
        return True
    parts = _NAME_PARTICLE_RE.sub("", word).split("-")
    return len(parts) > 1 and (any(p[:1].islower() for p in parts[1:]) or is_common_word(parts[0]))


# A word for a people, faith or creed, which names a group, never one counter or one person:
# by a creed's or a sect's ending ("Islamist", "Baathist", "Shiite", "Alawite"), or as the
# singular of a people VICTIM counts by its plain plural ("Arab": "Arabs", "Sunni", "Kurd",
# "Muslim"). Only VICTIM's plain words: its "-ians" shape would take first names ("Brian").
_CREED_RE = re.compile(r"^[A-Z][a-z]+(?:ist|ite)$")
_PEOPLE_PLURALS = frozenset(w for w in VICTIM.strip("(?:)").split("|") if re.fullmatch(r"[a-z]+s", w))
# Peoples and faiths whose word is its own plural or no noun of VICTIM's ("Druze", "Turkmen",
# "Shia" as "Shia figures show"): wire copy on Syria names them as it names Sunnis and Alawites.
_PEOPLE_INVARIANT = frozenset(("druze", "turkmen", "kyrgyz", "rohingya", "shia", "shi'a", "shi’a", "alawi"))


def _group_word(word: str) -> bool:
    """`word` names a people, faith or creed ("Shiite", "Arab", "Islamist", "Druze", "Kurdish"),
    not one name."""
    return (bool(_CREED_RE.match(word)) or word.lower() + "s" in _PEOPLE_PLURALS
            or word.lower() in _PEOPLE_INVARIANT or bool(re.fullmatch(_DEMONYM_ADJECTIVE, word)))


def _named_inside_a_clause(text: str, word: str) -> bool:
    """`text` writes `word` capitalised after a lower-case word, where its case says it is a
    name ("according to Amnesty", "the Amnesty report"), so a common word ("Amnesty") opening a
    clause elsewhere in it is that name."""
    for m in re.finditer(rf"(?<![\w'’-]){re.escape(word)}(?![\w'’-])", text):
        before = text[max(0, m.start() - 40):m.start()].split()
        if before and before[-1][:1].islower() and before[-1][-1:] not in _CLAUSE_START_MARKS:
            return True
    return False


def _name_where_it_stands(sentence: str, start: int, name: str, text: str = "") -> bool:
    """Whether a capitalised `name` at sentence[start:] is a name, the one answer for a count's
    owner ("Airwars figures show") and a named one ("Omar and three others were killed"). Inside
    its clause its capital says so; opening its clause (`_opens_clause`) it is capitalised
    whatever it is, so only one word that English uses only as a name is one: not a common word
    (`is_common_word`: "Unofficial", "Police", "Women") and not shaped as an adjective
    (`_adjective_shaped`) and no people's, faith's or creed's word (`_group_word`: "Shiite",
    "Arab", "Islamist"); a name of several words there is left to the caller's own shape
    (`_count_owner`: all capitalised; `_NAME`, whose `_NOT_A_NAME` keeps "The", "In", "Monday"
    from opening one). The lexicon decides, unless `text` (the article) writes the common word
    capitalised inside a clause (`_named_inside_a_clause`): "Amnesty figures show" names Amnesty
    in an article that says "according to Amnesty", none alone."""
    if not _opens_clause(sentence, start):
        return True
    return len(name.split()) == 1 and not _adjective_shaped(name) and not _group_word(name) and (
        not is_common_word(name) or (bool(text) and _named_inside_a_clause(text, name)))


# A name's acronym in brackets after it, "(SNHR)", "(U.N.)", "(MoH)": an aside between the counter and
# its verb, and the counter's own name where the words before it end in a common noun ("the UN
# refugee agency (UNHCR)": `_acronym_for`).
_ACRONYM_ASIDE = r"(?:\s+\((?P<acr>[A-Z]\.?(?:[A-Z]\.?|[a-z](?=[A-Z])){1,9})\))?"
# A participle on a counter's sources, between it and its verb ("The Observatory, citing medics, said").
_CITING = r"citing|quoting|drawing\s+on|relying\s+on|based\s+on"
# (pattern, words one of which it needs): a sentence without any skips the costly SRC search.
ATTRIBUTION_RES = [
    # "According to" opens many sentences; "according to a February report by the Syrian Center
    # for Policy Research" names the counter after the report
    (re.compile(rf"\b[Aa]ccording\s+to\s+(?:(?:an?|the|its)\s+(?:[\w'’-]+\s+){{0,3}}?"
                rf"(?:report|study|count|tally|toll|figures|statement|estimates?)\s+(?:by|from|of)\s+)?(?P<src>{SRC})"),
     ("according", "According")),
    # ... with its acronym in brackets: "the Syrian Network for Human Rights (SNHR) said that" (QA10 F3)
    (re.compile(rf"(?P<src>{SRC}){_ACRONYM_ASIDE}{_SOURCE_ADJUNCTS}{_SOURCE_ADVERB}\s+(?:(?:has|have|had)\s+)?{_SAYING}"),
     _SAY_MORE),
    # "said the Observatory" (a speaker after its verb; whoever is "told" is the listener)
    (re.compile(rf"\b(?:{'|'.join(_SAID_BY)})\s+(?P<src>{SRC})"), _SAID_BY),
    # the subject before a relative clause: "The Observatory, which monitors the fighting in
    # Syria, said" (the nearest capitalised word before "said" is the clause's place)
    # ... or before an apposition between commas: "The Syrian Observatory for Human Rights, a
    # Britain-based monitor, said"
    # ... or before a participle phrase on what it counted from: "An opposition monitoring group citing
    # figures compiled from clinics put the death toll at 494" (QA11 F4)
    (re.compile(rf"(?P<src>{SRC}){_SOURCE_ADJUNCTS}(?:\s*,?\s+(?:which|who|{_CITING})\s+[^.;:\"“”]{{1,150}}?"
                rf"|\s*,\s+(?:an?|the)\s+[^,.;:\"“”]{{1,80}}?,)\s+(?:(?:has|have|had)\s+)?{_SAYING}"),
     _SAY_MORE),
    (re.compile(rf"(?P<src>{SRC}){_SOURCE_ADJUNCTS}{_SOURCE_ADVERB}{_GAVE_TOLL}"), _GAVE),
    # "UN figures show", "the Observatory's latest data suggest"
    (COUNT_SHOWS_RE, ("show", "suggest", "indicat", "put", "reveal")),
]
# A word that may open a sentence capitalised but names no counter ("Recent figures show",
# "Most estimates put"): never a source by itself.
NOT_A_COUNTER_RE = re.compile(
    r"^(?:recent|latest|new|most|some|other|many|these|those|such|conservative|rough|previous|earlier|initial|"
    r"preliminary|separate|available|current|independent|their|its|our|his|her)$", re.I)
PRONOUN_RE = re.compile(r"^(?:he|she|it|they|we|i|you|this|that|there|officials?)$", re.I)
# A name after a preposition is its object ("the fighting in Syria said", "the province of Deir
# Ezzor said the Observatory"): a place, not who spoke, unless a source's noun is in it.
OBJECT_BEFORE_RE = re.compile(
    r"\b(?:in|at|on|near|from|of|to|into|across|inside|outside|over|under|around|through|throughout|"
    r"towards?|against|between|within)\s+(?:the\s+)?$", re.I
)
SRC_NOUN_RE = re.compile(rf"\b{SRC_NOUN}\b", re.I)
# What a source may open with that is not the source: when it spoke, and a sentence adverb
# ("Also on Saturday Syrian state TV", "Damascus on Monday state media", "In June activists").
WHEN_LEAD_RE = re.compile(rf"^(?:.*?\b(?:{_WHEN_WORD}))\s+(?=\S)", re.I)
ADVERB_LEAD_RE = re.compile(r"^(?:also|meanwhile|later|earlier|separately|elsewhere)\s+", re.I)
ACRONYM_RE = re.compile(r"^[A-Z]{2}$")  # "UN", "EU", "US": a source as short as two letters
ACRONYM_END_RE = re.compile(r"^[A-Z]{2,}$")  # "UNICEF", "SANA", "SOHR"
REPORT_BY_RE = re.compile(r"\b(?:report|study|statement|figures|count|tally|estimates?)\s+(?:by|from|of)\s+(?:the\s+)?$", re.I)

# --- parsing -------------------------------------------------------------------------------


def parse_number(text: str) -> tuple[float, float | None, float | None] | None:
    """(value, low, high) of one number phrase; vague words carry their own bounds."""
    t = re.sub(r"\s+", " ", text.strip().lower())
    if t in VAGUE:
        return tuple(None if v is None else float(v) for v in VAGUE[t])  # type: ignore[return-value]
    dozens = _DOZENS_FULL_RE.match(t)
    if dozens:
        n = parse_number(dozens.group(1))
        return None if n is None else (n[0] * 12, n[0] * 12, n[0] * 12)
    m = _DIGITS_FULL_RE.match(t)
    if m:
        value = _digits_value(m.group(1), scaled=bool(m.group(2))) * SCALES.get(m.group(2) or "", 1)
        return value, value, value
    value = _words_to_number(t)
    return None if value is None else (value, value, value)


_DIGITS_FULL_RE = re.compile(rf"^({_DIGITS})(?: ({_SCALE}))?$")
_DOZENS_FULL_RE = re.compile(rf"^(.+) dozen$")
_DOT_THOUSANDS_RE = re.compile(r"^\d{1,3}(?:\.\d{3})+$")


def _digits_value(raw: str, scaled: bool = False) -> float:
    """A digit number as written: commas group thousands (or lakhs); dots do too when every
    group after the first has three digits and no scale word follows (_DIGITS decides that),
    else a dot is the decimal point. Any length parses (float never overflows to an error; a
    huge value is rejected later by `implausible_toll`)."""
    if not scaled and _DOT_THOUSANDS_RE.match(raw):
        return float(raw.replace(".", ""))
    return float(re.sub(rf",|{_SPACE}", "", raw))


def _words_to_number(t: str) -> float | None:
    total, current = 0.0, 0.0
    for word in re.split(r"[\s-]+", t.replace(" and ", " ")):
        if word == "a":
            current = max(current, 1)
        elif word in UNITS:
            current += UNITS[word]
        elif word in TENS:
            current += TENS[word]
        elif word == "hundred":
            current = max(current, 1) * 100
        elif word in SCALES:
            total += max(current, 1) * SCALES[word]
            current = 0
        else:
            return None
    value = total + current
    return value if t != "a" else None


def _qualifier(m: re.Match) -> str:
    if m.group("lo1") or m.group("lo2"):
        return "range"
    if m.group("one"):
        return "exact"
    num = re.sub(r"\s+", " ", m.group("num").lower())
    if num in VAGUE and _estimate(num) == VAGUE_QUALIFIER:
        return VAGUE_QUALIFIER  # "at least hundreds": the word's span, not the bound, says how much is known
    post = (m.group("post") or "").strip().lower()
    if post in ("or more", "plus"):
        return "at_least"
    if post == "or so":
        return _estimate(num)
    q = m.group("qual")
    if q:
        for name, rx in QUAL_RES:
            if rx.match(q):
                return _estimate(num) if name == "about" else name
    if num in VAGUE or _DOZENS_FULL_RE.match(num):
        return _estimate(num)
    return "exact"


def _estimate(num: str) -> str:
    """An estimate's qualifier: "vague" for a word that spans more than one number ("hundreds":
    200 to 999, stored as 200, so "about" would misquote it as "about 200"), else "about"."""
    low, high = VAGUE.get(num, (0, 0, 0))[1:]
    return VAGUE_QUALIFIER if low != high else "about"


def _bounds(value: float, low: float | None, high: float | None, qualifier: str):
    """What the wording allows: a lower bound has no upper, "nearly"/"up to" no lower,
    an estimate +-10% (a convention, stated here so charts can be read), in whole deaths
    (integer steps, so "around 400000" allows 360,000 to 440,000, not 440,000.00000000006)."""
    if qualifier in ("more_than", "at_least"):
        return low, None
    if qualifier in ("nearly", "up_to"):
        return None, high
    if qualifier == VAGUE_QUALIFIER:  # a vague word ("dozens") carries its own bounds
        return low, high
    if qualifier == "about":
        if low != high:
            return low, high
        return float(math.ceil(value * (100 - ESTIMATE_MARGIN_PCT) / 100)), \
            float(math.floor(value * (100 + ESTIMATE_MARGIN_PCT) / 100))
    return low, high


def _number_parts(m: re.Match):
    """(value, low, high) of a matched phrase, or None when it is not a count."""
    if m.group("one"):
        return 1.0, 1.0, 1.0
    if m.group("lo1") or m.group("lo2"):
        lo = parse_number(m.group("lo1") or m.group("lo2"))
        hi = parse_number(m.group("hi1") or m.group("hi2"))
        if not lo or not hi or hi[0] <= lo[0]:
            return None
        return lo[0], lo[1], hi[2] if hi[2] is not None else hi[0]
    return parse_number(m.group("num"))


MONTH_JUST_BEFORE_RE = re.compile(rf"\b(?:{MONTH_NAME})\.?\s*$", re.I)
LAST_DAY = 31


def _count_after_month(m: re.Match, sentence: str) -> bool:
    """A number right after a month's name is a date's day or year ("May 12", "June 2016"), but
    no day has a qualifier or a vague word or is above 31: "In May more than 60 civilians were
    killed", "In June dozens were killed", "In May 300 people died" are counts."""
    if not MONTH_JUST_BEFORE_RE.search(sentence, max(0, m.start() - 12), m.start()):
        return False
    num = m.group("num") or ""
    if m.group("one") or m.group("lo1") or m.group("lo2"):
        return False
    if m.group("qual") or not num.isdigit():
        return bool(num)
    return int(num) > LAST_DAY and not YEAR_TOKEN_RE.match(num)


def _is_year_or_label(m: re.Match, sentence: str, after: str) -> bool:
    num = m.group("num") or ""
    if YEAR_TOKEN_RE.match(num) and (
        not VICTIM_NEXT_RE.match(after) or MONTH_NEAR_RE.search(sentence, max(0, m.start() - 16), m.start())
    ):
        return True
    if NOT_COUNT_BEFORE_RE.search(sentence[max(0, m.start() - 12):m.start()]) and not _count_after_month(m, sentence):
        return True
    near = sentence[max(0, m.start() - 40):m.start()]
    if AGE_BEFORE_RE.search(near) or NEGATION_BEFORE_RE.search(near):
        return True
    if NOT_COUNT_AFTER_RE.match(after) and not _updated_toll_then_time(m, sentence, after):
        return True
    return bool(num) and num.isdigit() and len(num) > 7  # glued datelines ("Jan 202015")


def _victims(mid: str) -> str:
    words = [w for w in re.split(r"\s+", mid.strip()) if w]
    for w in reversed(words):
        if VICTIM_WORD_RE.match(w):
            w = w.lower()
            return "people" if w in ("lives", "others", "persons", "person", "martyrs", "victims", "individuals") else w
    return "people"


# "three of the dead", "two of those killed", "five of the people killed": some of the dead an
# article counts, a part as "including three children" and "three journalists were among the
# dead" are (`Claim.part`).
PART_OF_DEAD_AFTER_RE = re.compile(
    r"^\s+of\s+(?:the|those|these)\s+(?:(?!(?:were|was|are|is|have|had|has)\b)[\w'’-]+\s+)?"
    r"(?:dead|killed|slain|deceased|fatalities|martyrs|bodies)\b", re.I
)


# The object of a non-killing verb is not a death count, even before one ("kidnapped 900
# executed 18 people" in an unpunctuated title).
NON_DEATH_BEFORE_RE = Pattern(
    r"\b(?:kidnapp?(?:ed|ing)|abduct(?:ed|ing)|detain(?:ed|ing)|arrest(?:ed|ing)|wound(?:ed|ing)|"
    r"injur(?:ed|ing)|captur(?:ed|ing)|rescu(?:ed|ing)|evacuat(?:ed|ing)|free(?:d|ing)|releas(?:ed|ing))\s+$",
    re.IGNORECASE,
)


# Military-report verbs that kill only when fighters follow ("eliminated over 75 Nusra Front
# militants", "destroyed over 60 terrorists"; "destroyed 17 vehicles" is not a toll).
ELIMINATE_BEFORE_RE = Pattern(
    r"\b(?:eliminat(?:ed|ing|es?)|destroy(?:ed|ing|s)?|neutrali[sz](?:ed|ing|es?)|liquidat(?:ed|ing|es?))\s+$", re.I
)
COMBATANTS_AFTER_RE = re.compile(
    rf"^(?:\s+[A-Z][\w'’-]*){{0,3}}\s+(?P<v>{_COMBATANTS}|soldiers?|troops)\b"
    r"(?!\s+(?:targets?|positions?|groups?|vehicles?|bases?|posts?|hideouts?|camps?|cells?|units?|gatherings?|"
    r"convoys?|headquarters|depots?|facilities|tunnels?|sites?|strongholds?|factions?|organi[sz]ations?)\b)"
)


# ... and the same verbs in the passive, with the fighters as subject: "12 PKK terrorists were
# neutralized", "25 Daesh terrorists were eliminated" (not "20 posts were destroyed").
ELIMINATED_AFTER_RE = re.compile(
    rf"^(?:\s+[A-Z][\w'’-]*){{0,3}}\s+(?P<v>{_COMBATANTS})\s+(?:were|have\s+been|had\s+been|got)\s+"
    r"(?:[a-z]+ly\s+)?(?:eliminated|neutrali[sz]ed|liquidated)\b"
    # "eliminated from the tournament / the amnesty list", "eliminated in the quarter-final round"
    r"(?!\s+(?:from|in\s+the\s+[\w-]+\s+(?:round|stage)))"
)


# "Lost" kills only when people follow: "the army lost 30 men", not "lost 30 tanks" or "lost 3 seats".
LOST_BEFORE_RE = Pattern(r"\b(?:lost|lose|loses|losing)\s+$", re.I)
LOST_PEOPLE_AFTER_RE = re.compile(
    r"^(?:\s+[A-Za-z][\w'’-]*){0,2}?\s+(?P<v>men|soldiers?|troops|fighters?|servicemen|personnel|officers?|"
    r"policemen|commanders?|members\s+of\s+(?:its|their|his|her)\s+(?:forces|army|unit|crew|family))\b",
    re.I,
)


# "Claimed" kills when people are its object: "the floods claimed more than 200 people", "the
# strikes claimed 14 civilians", not "claimed 30 villages" (things) nor "claimed 15 soldiers had
# defected" (a reported clause: a verb follows the people), nor people a claim can count without
# a death ("loan fraud claimed 150,000 victims", "the union claims 5,000 members").
CLAIMED_BEFORE_RE = Pattern(r"\b(?:claimed|claiming|claims)\s+$", re.I)
CLAIMED_NOT_DEAD = ("victims", "members")
CLAUSE_AFTER_RE = re.compile(rf"^\s+(?:{AUX}|[a-z]+ed)\b", re.I)


# "The 3 men who killed the officer": a relative clause whose verb is active counts the killers.
KILLER_CLAUSE_RE = re.compile(r"\b(?:who|that|which)\s+(?:(?:had|have|has|allegedly|reportedly)\s+)?$", re.I)
REFLEXIVE_AFTER_RE = re.compile(r"^\s+(?:themselves|himself|herself)\b", re.I)  # "who killed themselves" died
TRANSITIVE_DEATH_RE = re.compile(rf"^(?:{_KILLED}|shot\s+dead)$", re.I)


# "at least 33 members of the 'Islamic State in Iraq and Levant' and 'al-Nusra Front'
# organizations were killed": a group's name after "members of" may be long and hold "in" and
# "and" (AFTER_RE stops at both); a passive killing after it still counts the members, when no
# number, injury word or clause opener stands between ("since", "until", "once" too: "3 civilians
# from the clinic fled until their commander was killed", rev11t T11).
GROUP_NAME_REACH = 200  # chars after the number: the victims, a long group name and the verb
MEMBERS_OF_GROUP_AFTER_RE = re.compile(
    rf"\s+(?P<v>{VICTIM})\s+(?:of|from)\s+"
    rf"(?:(?!\b(?:{_NOT_DEAD}|who|whom|whose|which|that|said|says|while|when|after|before|since|until|once|were|was)\b)[^.;:!?\d]){{1,150}}?"
    rf"\s+(?:were|have\s+been|had\s+been|was|got)\s+(?:{AUX}\s+){{0,3}}(?:{_KILLED}|shot\s+dead|martyred)\b",
    re.I,
)


# "Two of the wounded later died": some of the injured died after, a toll of their own (the
# injury word would otherwise end the count's phrase as a fate other than death).
WOUNDED_WHO_DIED_AFTER_RE = re.compile(
    rf"^\s+of\s+(?:the|those)\s+(?:{_INJURED})(?:\s+(?:{AUX}|since|in\s+(?:the\s+)?[\w'’-]+)){{0,3}}\s+"
    r"(?:died|succumbed|perished)\b",
    re.I,
)


# "The dead included four children and a pregnant woman": the list after it is of the dead, a
# part of a toll stated elsewhere or, alone, the whole (its members add up; `Claim.part`).
DEAD_INCLUDED_BEFORE_RE = re.compile(
    r"\b(?:dead|fatalities|those\s+killed)\s+(?:also\s+|reportedly\s+)?(?:included|include|includes)\s+$",
    re.I)


def _dead_included(sentence: str, start: int) -> bool:
    """DEAD_INCLUDED_BEFORE_RE right before sentence[start:], after a substring check."""
    return "includ" in sentence[max(0, start - 12):start].lower() and bool(
        DEAD_INCLUDED_BEFORE_RE.search(sentence, max(0, start - 60), start))


ADDED_TO_OTHERS = {"other", "more", "additional", "further", "new"}  # "10 other members of ..."


def _death_context(m: re.Match, folded: FoldedText) -> tuple[str, int] | None:
    """(victims, extra chars of the death phrase) when the number counts dead people. Its one
    caller has already skipped years and labels (`_is_year_or_label`)."""
    sentence = folded.text
    after = sentence[m.end():m.end() + 90]
    before = folded[max(0, m.start() - 160):m.start()]
    if before.search(NON_DEATH_BEFORE_RE):
        return None
    a = AFTER_RE.match(after)
    if a and _joins_own_clause(after, a.start("death")) and _toll_lead_in(before, m):
        a = None  # "The death toll was 25 and the number of children among the dead was 10": the 10's dead
    if a and _spliced_clause_not_appositive(a, before.text):
        a = None  # "Regime forces hold 200 prisoners, some activists were killed": the activists died
    if a:
        mid, death = a.group("mid"), a.group("death").lower()
        # the victims' noun, plural or one person ("a nurse was killed")
        victim_head = bool(mid.strip()) and LISTED_VICTIM_RE.match(mid.split()[-1])
        words = mid.split()
        # "10 members of the Takfiri group were killed": the victims are the noun before "of"
        # ("10 other members of the group": the same past a word that adds them to others)
        heads = words[1:] if words and words[0].lower() in ADDED_TO_OTHERS else words
        of_head = len(heads) >= 2 and heads[1].lower() == "of" and VICTIM_WORD_RE.match(heads[0])
        # "eight more were killed", "8 More Killed": more of the people the text is counting
        bare = not mid.strip() or mid.strip().lower() == "more" or mid.strip().lower().startswith("of ")
        # "14 new deaths", "three more bodies": the death word is the noun, the words before it modify it
        modified_noun = death in DEATH_NOUNS and len(words) <= 2 and not of_head
        head_ok = victim_head or of_head or (not a.group("loc") and (bare or modified_noun))
        lives_ok = not death.startswith("lives") or before.search(LIVES_CUE_RE)
        killers = KILLER_CLAUSE_RE.search(after, 0, a.start("death")) and TRANSITIVE_DEATH_RE.match(death) and (
            not REFLEXIVE_AFTER_RE.match(after[a.end():]))
        if head_ok and lives_ok and not killers and not CASUALTIES_AFTER_RE.match(after[a.end():]):
            return _victims(heads[0] if of_head and not victim_head else mid + " " + death), a.end()
    lv = _long_victims(sentence, m.end())
    if lv:
        return lv
    w = WOUNDED_WHO_DIED_AFTER_RE.match(after)
    if w:
        return "people", w.end()
    g = MEMBERS_OF_GROUP_AFTER_RE.match(sentence, m.end(), m.end() + GROUP_NAME_REACH)
    if g:
        return _victims(g.group("v")), g.end() - m.end()
    led_in = _toll_lead_in(before, m) or _dead_included(before.text, len(before.text))
    long_led = not led_in and _long_toll_subject(sentence, m.start(), _qualifier(m) == "more_than")
    if (led_in or long_led) and not CASUALTIES_AFTER_RE.match(after) and not NON_DEATH_AFTER_RE.match(after):
        v = VICTIMS_AFTER_RE.match(after)
        if v and _joins_own_clause(after, v.start("v")):
            v = None  # "rose to 25 and police arrested 40": the joined clause's subject, not the dead
        # a long subject's verb leads into any count: a count of things is not its toll (rev11t T21)
        if not v and (_raised_other_count(sentence, m.start(), after)
                      or long_led and _thing_counted(sentence, m.start(), after)):
            return None
        if _moved_not_dead(sentence, m.start(), after):
            return None
        return _victims(v.group("v") if v else ""), 0
    if before.search(ELIMINATE_BEFORE_RE):
        v = COMBATANTS_AFTER_RE.match(after)
        if v:
            return _victims(v.group("v")), 0
    v = ELIMINATED_AFTER_RE.match(after)
    if v:
        return _victims(v.group("v")), v.end()
    if before.search(CLAIMED_BEFORE_RE) and CLAIMED_BY_EVENT_RE.search(sentence, max(0, m.start() - CLAIMED_REACH), m.start()):
        v = VICTIMS_AFTER_RE.match(after)
        if v and v.group("v").lower() not in CLAIMED_NOT_DEAD and not CLAUSE_AFTER_RE.match(after[v.end():]) and (
                not NON_DEATH_AFTER_RE.match(after)):
            return _victims(v.group("v")), 0
    if before.search(LOST_BEFORE_RE):
        v = LOST_PEOPLE_AFTER_RE.match(after)
        if v and not NON_DEATH_AFTER_RE.match(after):
            return _victims(v.group("v").split()[0]), 0
    return None


JOINED_OPENER_RE = re.compile(rf"\s{_JOINED_CLAUSE_OPENER}\s", re.I)


BE_FORMS = ("is", "are", "was", "were", "be", "been", "being")


def _spliced_clause_not_appositive(a: re.Match, before: str) -> bool:
    """AFTER_RE read the words after a count as an appositive (_APPOSITIVE) where they are the
    subject of a new clause, its death its own: an appositive opened by a comma or dash that
    never closes ("Regime forces hold 200 prisoners, some activists were killed under torture"),
    or a bare one ("most members of ...", comma-less copy) after a count that a verb before it
    takes as its object ("hold 200 prisoners some activists were killed"). Only a count that is
    its clause's subject has an appositive before its verb ("17 people, most members of armed
    groups, were killed", "17 people most members of armed groups were killed")."""
    if a.group("app_open"):
        return not a.group("app_close")
    if a.group("app_bare"):
        prev = re.search(r"([A-Za-z][\w'’-]*)\W*$", before)
        verb = prev.group(1).lower() if prev else ""
        # a verb that reports or is a clause ("said 17 people ...", "there were 17 people ...") takes no object
        return word_tag(verb) in VERB_TAGS and verb not in (*_SAY_MORE, *BE_FORMS)
    return False


def _joins_own_clause(after: str, noun: int) -> bool:
    """Between a toll's count and the noun read as its victims (`after`[:`noun`]) a joined
    clause opens with a subject (`_clause_subject`): that noun is the new clause's ("The death toll
    rose to 25 and police arrested 40 people", "... while medics treated 250 others"), not the
    dead - even when the subject names the dead ("was 25 and the number of children among the dead
    was 10": the children are the 10's). A subject that opens with a count is the next member of
    a list of the dead ("killing a field commander and eight more militants"), no clause."""
    return any((subject := _clause_subject(after[o.end():])) and not COUNT_TOKEN_RE.match(subject[0])
               for o in JOINED_OPENER_RE.finditer(after, 0, noun + 1))


def _toll_lead_in(before: FoldedText, m: re.Match) -> re.Match | None:
    """A killing verb or toll noun leading into the count (BEFORE_RE; ROSE_BEFORE_RE before a
    "more than" count) from the count's own clause: where a clause with a subject of its own is
    joined after the toll's count (`_joined_clause_start`: "The death toll stood at 25 and the
    number of wounded reached 250", "... and wounded reached 250"), only a lead-in inside that
    clause counts ("... and the death toll among children reached 10"), as its subject is what
    reached the count. A clause with no subject of its own continues the toll's ("The toll stood
    at 25 and rose to 30")."""
    lead = before.search(BEFORE_RE) or (_qualifier(m) == "more_than" and before.search(ROSE_BEFORE_RE)) or None
    if lead is None:
        return None
    cut = _joined_clause_start(before.text, lead.start())
    return lead if cut is None else _toll_lead_in(before[cut:], m)


# What an update verb raised when a noun phrase follows its count ("bringing to 45 the number
# killed"): the toll only when that phrase is a toll or a count of the dead, not "the number of
# homes destroyed".
COUNT_OBJECT_AFTER_RE = re.compile(
    r"^\s*,?\s+(?:the|its|their)\s+(?:[\w'’-]+\s+){0,3}?(?:toll|number|total|tally|count|figure)\b", re.I)
TOLL_OBJECT_AFTER_RE = re.compile(
    r"^\s*,?\s+(?:the|its|their)\s+(?:[\w'’-]+\s+){0,3}?(?:(?:death\s+)?toll\b|"
    r"(?:number|total|tally|count|figure)(?:\s+of)?(?:\s+(?:the|those))?(?:\s+[\w'’-]+){0,3}?\s+"
    rf"(?:{_KILLED}|dead|deaths|died|victims|fatalities|martyrs|slain|lives)\b)", re.I)

# ... unless that phrase is a comma clause's subject, its verb next ("The death toll rose to 25, the
# number of wounded reached 250"): the count before the comma is the toll's.
COUNT_SUBJECT_VERB_RE = re.compile(
    r"(?:\s+of(?:\s+(?!(?:that|which|who|whom|whose)\b)[\w'’-]+){1,3}?)?(?:\s+(?:also|later|since|then|now|[a-z]+ly))*"
    rf"\s+{_TOLL_STATE_VERB}\b", re.I)


# The last word of an update's or a pass's lead-in to its count: "rose to 45", "bringing to 45",
# "passed 300", "went past 300" (PASSING_VERBS, or a rising or motion verb's "past"/"beyond").
_UPDATE_LEAD_WORDS = frozenset(("to", "past", "beyond") + PASSING_VERBS)


def _raised_other_count(sentence: str, start: int, after: str) -> bool:
    """An update verb right before the count ("raised to", "rose to", "bringing to", "passed",
    "went past") that raised or passed something other than a toll: a noun of things after the
    count ("the count was raised to 4 homes", "the convoy moved past 12 villages"), or a count
    that is not of the dead after it ("bringing to 40 the number of homes destroyed"). The count
    of a toll raised names the dead or nothing ("raised to 45", "rose to 45 people", "bringing to
    45 the number killed", "passed 300")."""
    last = sentence[max(0, start - 16):start].split()[-1:]
    if not last or last[0].lower() not in _UPDATE_LEAD_WORDS:
        return False  # most counts: no update word before them, no regex
    if not UPDATE_BEFORE_RE.search(sentence, max(0, start - 60), start):
        return False
    obj = COUNT_OBJECT_AFTER_RE.match(after)
    if obj:
        return not TOLL_OBJECT_AFTER_RE.match(after) and not COUNT_SUBJECT_VERB_RE.match(after, obj.end())
    return _thing_counted(sentence, start, after)


def _thing_counted(sentence: str, start: int, after: str) -> bool:
    """A noun of things, not of the dead, right after the count at `start` ("4 homes", "3
    provinces"): what a verb leading into the count counted."""
    # a count of one takes a singular noun ("brought to one field hospital"), so any content
    # word after it is what was counted; above one, a plural noun (RAISED_THING_AFTER_RE)
    rx = DEAD_THING_AFTER_RE if ONE_COUNT_RE.match(sentence, start) else RAISED_THING_AFTER_RE
    thing = rx.match(after)
    return bool(thing) and not VICTIM_WORD_RE.match(thing.group("noun")) and not DEATH_WORD_RE.match(thing.group("noun"))


# A verb of motion without "up" right before a count, or before its "past"/"beyond" (a bound word
# such as "more than" is the count's own qualifier): "moved more than 200 families", "edged past
# 12 villages", "went past 300".
MOTION_BEFORE_RE = re.compile(rf"\b(?:{'|'.join(UP_UPDATE_VERBS)})(?:\s+(?:past|beyond))?\s+$", re.I)
MOTION_REACH = 24  # chars before a count where its motion verb stands ("creeping beyond ")
# Words that open a clause of their own between a toll noun and a motion verb ("The toll rose as
# the convoy moved past"): the verb's subject is then not the toll.
_CLAUSE_OPENER = r"(?:and|but|or|as|while|when|after|before|because|since|until|which|that|who|where|whose|then)"
# The toll itself as the motion verb's subject, nothing clause-like between ("The death toll from
# the earthquake has gone past", "Deaths went past"): a toll cannot move people.
TOLL_MOVED_BEFORE_RE = re.compile(
    rf"\b(?:{_TOLL_NOUN}|deaths|fatalities)(?:\s+(?!{_CLAUSE_OPENER}\b)[\w'’-]+){{0,16}}?\s+"
    rf"(?:{'|'.join(UP_UPDATE_VERBS)})(?:\s+(?:past|beyond))?\s+$", re.I)
TOLL_MOVED_REACH = 200  # chars before a count where its toll noun may stand (16 words)

# A toll noun as a long subject: wire copy names where and when the dead died inside it, before
# its verb ("The death toll from Monday's missile strike on a crowded shopping centre in the central
# city of Kremenchuk has risen to 20"). BEFORE_RE reaches 16 words; a subject may hold more, so
# long as it holds no clause: no relative or subordinator (_LONG_SUBJECT_STOP), no auxiliary, no
# digits (a count there is its own) and no other finite verb (`_clause_free`). "and", "or" and
# the prepositions "after"/"since" join phrases inside a subject ("in and around", "after
# Saturday's strikes"), so unlike _CLAUSE_OPENER they do not stop it; a second clause after
# "and" has a finite verb of its own ("stood at 25 and the number of wounded reached 250").
# The wounded in the subject make its count casualties ("The number of people killed or injured in
# ..."), not a toll: they stop it too.
_LONG_SUBJECT_STOP = (r"as|while|when|whenever|because|which|that|who|whom|whose|where|but|yet|although|though|"
                      r"whereas|if|unless|then|so|is|was|were|are|has|have|had|will|would|could|can|may|might|"
                      rf"must|should|shall|do|does|did|said|says|{_INJURED}|injuries|casualties")
# The subject's verb and its link to the count: BEFORE_RE's links after a toll noun, with the
# auxiliaries and adverbs a verb group takes ("has now risen to", "had been revised up to", "was
# put at"); before a lower bound a rising verb alone, as in ROSE_BEFORE_RE ("rose above 50,000").
_SUBJECT_AUX = r"(?:\s+(?:has|have|had|is|was|are|were|been|now|since|further|already|reportedly|later|again|also|so\s+far)){0,3}"
_SUBJECT_LINK = (rf"{_UPDATE_TO}|(?:reached|reaches|hit|hits|remained|remains|stands|stood|is|was|put|placed)"
                 r"(?:\s+(?:now\s+)?at)?")
LONG_SUBJECT_WORDS = 40  # words between a toll noun and its verb: more than any subject of phrases
LONG_SUBJECT_REACH = 320  # chars before a count where such a subject's noun may stand (40 short words)
_TOLL_NOUN_STEMS_RE = re.compile(r"toll|tally|number|count|deaths|fatalities")  # a word of every subject, lowered


def _long_subject_re(link: str) -> re.Pattern:
    """A toll noun (or "deaths", as ROSE_BEFORE_RE reads it: "Deaths from the floods in ... have
    risen to"), up to LONG_SUBJECT_WORDS words that are not _LONG_SUBJECT_STOP, the verb
    group and `link`, ending where the count starts."""
    return re.compile(
        rf"\b(?:{_TOLL_NOUN}|deaths|fatalities)(?P<gap>(?:\s*[,–—-]?\s+\(?(?!(?:{_LONG_SUBJECT_STOP})\b)[A-Za-z][\w'’-]*\)?)"
        rf"{{1,{LONG_SUBJECT_WORDS}}}?){_SUBJECT_AUX}\s+(?:{link})\s*[\"'“‘«]?\s*$",
        re.I,
    )


LONG_TOLL_SUBJECT_RE = _long_subject_re(_SUBJECT_LINK)
LONG_TOLL_SUBJECT_ROSE_RE = _long_subject_re(rf"{_SUBJECT_LINK}|{_RISING}")  # before "above"/"more than"


def _clause_free(gap: str) -> bool:
    """No finite verb in a subject's words: "rose", "struck", "remains" make a clause. A word in
    -ed may be a participle ("bombs dropped on", "attacks launched by"), and a capitalised one
    a name ("Sheikh Said"), so neither counts."""
    return not any(w[:1].islower() and not w.endswith("ed") and is_finite_verb(w)
                   for w in re.findall(r"[\w'’-]+", gap))


# One aside between commas inside a long subject: an attribution ("..., officials said, has risen
# to 20") or an appositive opened by an article, a year allowed ("..., the deadliest single attack
# since 2003, has risen to 292"), as wire leads write them (rev11t T27). Up to 10 words.
SUBJECT_ASIDE_RE = re.compile(
    r",\s+(?:(?:[A-Za-z][\w'’-]*\s+){1,6}(?:said|says)(?:\s+(?:on\s+)?[A-Za-z][\w'’-]*){0,2}"
    r"|(?:the|a|an)(?:\s+(?:[A-Za-z][\w'’-]*|\d{4})){1,9}),(?=\s)")


def _asides_blanked(sentence: str, lo: int, start: int) -> list[str]:
    """`sentence` with one SUBJECT_ASIDE_RE aside before `start` blanked to spaces (offsets kept)."""
    return [sentence[:a.start()] + " " * (a.end() - a.start()) + sentence[a.end():]
            for a in SUBJECT_ASIDE_RE.finditer(sentence, lo, start)]


def _long_toll_subject(sentence: str, start: int, lower_bound: bool = False, asides: bool = True) -> bool:
    """A toll noun as the subject of the verb leading into the count at `start`, past BEFORE_RE's
    reach (LONG_TOLL_SUBJECT_RE, or ..._ROSE_RE when the count is a lower bound; `_clause_free`).
    Every toll noun in reach is tried, nearest last, so a subject that fails does not hide a
    later one. A subject holding one aside between commas is tried without it (`_asides_blanked`)."""
    rx = LONG_TOLL_SUBJECT_ROSE_RE if lower_bound else LONG_TOLL_SUBJECT_RE
    lo = max(0, start - LONG_SUBJECT_REACH)
    if not _TOLL_NOUN_STEMS_RE.search(sentence[lo:start].lower()):  # most counts: no toll noun near
        return False
    pos = lo
    while (m := rx.search(sentence, pos, start)) is not None:
        if _clause_free(m.group("gap")) and not TOLL_OWN_CHANGE_THEN_CLAUSE_RE.match(m.group("gap")):
            return True
        pos = m.start() + 1
    return asides and any(_long_toll_subject(s, start, lower_bound, False) for s in _asides_blanked(sentence, lo, start))


# A long subject's gap opening with the toll noun's own change verb in -ed, which `_clause_free`
# lets pass as a possible participle ("Deaths decreased in the north after the ceasefire", past
# the noun's "of" phrase: "The number of deaths dropped ..."), then "and"/"or" and words: the
# count's verb after them has a subject of its own ("... and arrests reached 400"; rev11t T12).
# A change verb right after a toll noun is its verb, not a participle.
_CHANGED_ED = "|".join(sorted({v for v in RISING_VERBS + UP_UPDATE_VERBS + PASSING_VERBS if v.endswith("ed")} | {
    "decreased", "dropped", "declined", "increased", "doubled", "halved", "eased", "slowed", "stabilised",
    "stabilized"}))
TOLL_OWN_CHANGE_THEN_CLAUSE_RE = re.compile(
    rf"^(?:\s+of(?:\s+[\w'’-]+){{1,3}}?)?\s+(?:[a-z]+ly\s+)?(?:{_CHANGED_ED})\b.*\b(?:and|or)\s+[\w'’-]+", re.I | re.S)


# A count's victims as a long subject: the victims' noun, then phrases on where they were or whom
# they belonged to, then the death verb ("four medical staff from a dispensary in Maarzita in
# southern Idlib province were also killed", "60 foreign mercenaries from the former Soviet Union
# were killed"). AFTER_RE stops at a preposition unless a place name alone follows it. The phrases
# hold no clause (_LONG_SUBJECT_STOP, `_clause_free`), no count (a list's next member: "and two
# soldiers", "and a child") and no fate but death ("civilians in the town injured in ..."). A
# killing verb needs its passive ("were killed"): "gunmen from the group killed 12" are killers.
# Victims' phrases are places and groups, not times: "after", "before", "since", "until" and "once"
# open a clause with the dead of its own ("12 soldiers from the base fled after their officers
# were killed"; a finite verb in -ed passes `_clause_free`), so they end the phrases (rev11t T11).
_LONG_VICTIM_PREP = r"in|from|at|near|inside|outside|on|across|around|along|of|within|aboard"
_LONG_VICTIM_TIME_STOP = r"after|before|since|until|once"
_PASSIVE_AUX_RE = re.compile(r"\b(?:were|was|been|be|being|are|is)\b", re.I)
LONG_VICTIMS_AFTER_RE = re.compile(
    rf"^(?P<mid>(?:\s+(?!(?:{_STOP}|an?)\b){_MID_WORD}){{1,4}}?)"
    rf"(?P<gap>\s+(?:{_LONG_VICTIM_PREP})(?:\s+(?!(?:{_LONG_SUBJECT_STOP}|{_LONG_VICTIM_TIME_STOP}|{_NOT_DEAD}|{_NUMBER_WORD})\b)"
    rf"(?!and\s+(?:an?|another|other|others|his|her|their|its|{_NUMBER_WORD})\b)[A-Za-z][\w'’-]*){{1,{LONG_SUBJECT_WORDS}}}?)"
    rf"(?P<aux>(?:\s+{AUX}){{0,5}})\s+(?:among\s+(?:the|those)\s+)?(?P<death>{DEATH_WORD})\b",
    re.I,
)


def _long_victims(sentence: str, end: int) -> tuple[str, int] | None:
    """(victims, chars from `end` to the end of the death word) when the count ending at `end` is
    the subject of a death after a long subject (LONG_VICTIMS_AFTER_RE, `_clause_free`)."""
    v = LONG_VICTIMS_AFTER_RE.match(sentence[end:end + LONG_SUBJECT_REACH])
    if not v or not LISTED_VICTIM_RE.match(v.group("mid").split()[-1]) or not _clause_free(v.group("gap")):
        return None
    if TRANSITIVE_DEATH_RE.match(v.group("death")) and not _PASSIVE_AUX_RE.search(v.group("aux")):
        return None
    if CASUALTIES_AFTER_RE.match(sentence[end + v.end():]):
        return None
    return _victims(v.group("mid")), v.end()


def _moved_not_dead(sentence: str, start: int, after: str) -> bool:
    """A verb of motion (UP_UPDATE_VERBS) without "up" leads into the count and a noun that is not
    of the dead follows it: the verb moved or passed people or things ("It also moved more than
    200 families out of the town", "the convoy moved past 120 villages"), as motion verbs do with
    an object, and the count is no toll. A toll that went past a count ends its phrase there
    ("It went past 300.", "... goes beyond 120 on Monday") or names its dead ("went past 300
    dead"): a rising verb ("rose", "climbed") takes no object, so only motion is read so. Nor
    does a motion verb whose subject is the toll itself (TOLL_MOVED_BEFORE_RE: "The death toll
    crept past 200 people" = more than 200 people). "It went past 300 people" is the toll's
    update only after a sentence whose subject is a toll (`_restated_update`, TOLL_SUBJECT_RE)."""
    if NO_NOUN_AFTER_RE.match(after) or not MOTION_BEFORE_RE.search(sentence, max(0, start - MOTION_REACH), start):
        return False
    if TOLL_MOVED_BEFORE_RE.search(sentence, max(0, start - TOLL_MOVED_REACH), start):
        return False
    return not AFTER_RE.match(after)


# --- not a reported death: idioms, generic and hypothetical statements, things ---------------
# General text (how-to pages, terms of service, reviews) uses the toll vocabulary for things
# that are not reported deaths. Each rule below keys on the grammar of the phrase the number
# sits in, so it holds for any wording of the same construction; war reporting (past or
# perfect tense, people as victims, "claimed the lives of") never takes these forms.

# "kill two birds with one stone": the idiom's object is a figure of speech, never a victim.
KILLING_IDIOM_AFTER_RE = re.compile(r"^\s+birds?\s*(?:,|with)\s+(?:one|a|a\s+single|the\s+same)\s+stone\b", re.I)
# "die a thousand deaths": deaths as the object of "die" are a figure of speech (one can die once).
DIE_COGNATE_BEFORE_RE = re.compile(r"\b(?:die|dies|died|dying)\s+$", re.I)
# "kills 1 in 4 Americans", "2 out of 3 patients": a proportion, not a count (the part is below
# the whole; "killed 12 in 3 attacks" is a count). A year after "in" with no noun of its own
# dates the count ("The death toll rose to 25 in 2014.", "... in 2014 and police arrested 4").
_YEAR_CLAUSE_WORDS = r"(?:and|but|or|while|when|after|before|as|during|in|on|at|from|to|until|since|amid|alone|following)\b"
_DATE_YEAR_AFTER_IN = rf"in\s+(?:19|20)\d\d(?!\d|,\d)(?!\s+(?!{_YEAR_CLAUSE_WORDS})[a-z]+\b)"
PROPORTION_AFTER_RE = re.compile(
    rf"^\s+(?!{_DATE_YEAR_AFTER_IN})(?:in|out\s+of)\s+(?:every\s+)?(?P<whole>\d[\d,]*)", re.I)
# A sentence with one of these states a condition ("cancel your trip if you need to ... for the
# death of a family member"); it makes a death named by a noun, which has no tense to tell a
# report from a rule, a hypothetical one.
CONDITION_BEFORE_RE = re.compile(
    r"\b(?:if|unless|whenever|in\s+case|in\s+the\s+event|suppose|supposing|assuming)\b", re.I
)
NOMINAL_DEATH_BEFORE_RE = re.compile(
    r"\b(?:deaths?|killings?|murders?|loss|executions?|assassinations?)\s+of\s+$", re.I
)
# A death verb that reports nothing: present simple ("a person who dies", "when a man dies":
# a generic statement about anyone) or irrealis ("were to die", "would die", "will be
# killed"). "may have been killed" and "are believed to have died" stay: they hedge a past event.
_MODAL = r"would|will|could|can|might|may|should|shall|must"
GENERIC_DEATH_RE = re.compile(r"^(?:dies|die)$", re.I)
PRESENT_PASSIVE_BEFORE_DEATH_RE = re.compile(r"\b(?:is|gets)\s+$", re.I)  # "when a person is killed"
# Narrative "would later die" tells of a death that followed; it is no hypothesis.
IRREALIS_BEFORE_DEATH_RE = re.compile(
    rf"\b(?:{_MODAL}|were\s+to|was\s+to)\s+(?!(?:later|eventually|subsequently|soon|go\s+on)\b)"
    r"(?:(?!have\b)\w+\s+){0,2}$", re.I
)
# Words that can follow "N dead" when "dead" is the noun or a predicate ("12 dead in Aleppo",
# "seven dead and 30 hurt", "left 12 dead yesterday"): closed-class words of English. Any other
# lowercase word there is a noun that "dead" describes ("one dead switch", "two dead
# batteries"), so the count is of that thing unless the noun names people.
_AFTER_DEAD_FUNCTION_WORDS = (
    r"in|on|at|as|and|or|but|nor|after|before|since|over|under|among|amid|amidst|during|from|by|with|"
    r"without|near|across|inside|outside|into|to|for|of|so|then|yet|while|when|where|whom|who|which|that|"
    r"off|onto|upon|along|beside|beyond|past|towards?|through|throughout|within|against|because|due|"
    r"than|until|till|including|a|an|the|this|these|those|his|her|their|its|our|some|many|more|most|all|"
    r"both|each|other|others|were|was|are|is|be|been|being|have|has|had|will|would|may|might|could|should|"
    r"must|can|do|does|did|not|also|too|here|there|now|today|yesterday|tonight|overnight|last|per|plus|"
    r"says|said|say|according|again|alone|instead|already|still|just|only|around|about|overall|total|"
    rf"{_NUMBER_WORD}|[a-z]+ly|[a-z]+ing|[a-z]+ed|\d[\d,.]*"
)
DEAD_THING_AFTER_RE = re.compile(
    rf"^\s+(?-i:(?!(?:{_AFTER_DEAD_FUNCTION_WORDS})\b)(?P<noun>[a-z][a-z'’-]*))\b", re.I
)
# A plural noun right after a raised count names what was counted ("raised to 4 homes"); any
# other word there is an adverbial of the update ("rose to 45 late on Monday", "... nationwide",
# "... despite rescue efforts", "... hours after the blast"), and the count stays the toll.
# Plural: ends in -s but not -ss/-us/-is ("unless", "thus", "crisis"); not a function word,
# an -s adverb or a unit of time.
# A count of one: "1" or "one" whole, not the first digit or word of a larger number ("1,200",
# "1.5 million", "one hundred").
ONE_COUNT_RE = re.compile(rf"(?:one|1)\b(?![.,]\d|\s+{_SCALE}\b)", re.I)
_S_ADVERBS = r"perhaps|always|afterwards|besides|nevertheless|upwards|downwards|sometimes|whereas|nowadays"
_TIME_UNITS = r"seconds|minutes|hours|days|weeks|months|years|decades"
RAISED_THING_AFTER_RE = re.compile(
    rf"^\s+(?-i:(?!(?:{_AFTER_DEAD_FUNCTION_WORDS}|{_S_ADVERBS}|{_TIME_UNITS})\b)"
    r"(?P<noun>[a-z][a-z'’-]*(?<![sui])s))\b", re.I
)
DEATH_WORD_RE = re.compile(rf"^(?:{DEATH_WORD})$", re.I)  # "12 dead bodies": the noun is itself the dead
# A killing that was tried, planned or threatened did not happen: "tried to kill 12 people",
# "plotted to assassinate two officials", "attempted murder of a police officer" ("went on
# to kill" and "managed to kill" are not here: they did).
_KILL_BASE = r"(?:kill|murder|execute|assassinate|massacre|slaughter|behead|shoot(?:\s+dead)?)"
ATTEMPT_BEFORE_RE = re.compile(
    r"(?:\b(?:attempt(?:s|ed|ing)?|tr(?:y|ies|ied|ying)|plan(?:s|ned|ning)?|plot(?:s|ted|ting)?|"
    r"threat(?:s|en|ens|ened|ening)?|vow(?:s|ed|ing)?|want(?:s|ed|ing)?|intend(?:s|ed|ing)?|seek(?:s|ing)?|sought|"
    r"aim(?:s|ed|ing)?|fail(?:s|ed|ing)?|conspir(?:e|es|ed|ing)|hop(?:e|es|ed|ing))\s+to\s+(?:[\w'’-]+\s+)?"
    rf"{_KILL_BASE}\s+"
    r"|\battempted\s+(?:murders?|killings?|assassinations?|executions?)\s+of\s+(?:the\s+)?)$",
    re.I,
)
# A killing or loss denied: "did not lose two officers", "never killed a civilian" ("not only
# killed 12" affirms it).
NEGATED_VERB_BEFORE_RE = re.compile(
    r"(?:\bnot|n[’']t|\bnever)\s+(?!only\b|just\b)(?:[\w'’-]+\s+)?(?:kill\w*|los[et]\w*|murder\w*|execut\w*)\s+$", re.I
)
# The number is the killers when an active killing verb has an object after it: "Three gunmen
# killed 12 people", "a teenager shot and killed three students". Not a passive ("were
# summarily executed"), a definite noun phrase ("Of the 45 civilians killed the highest number
# ..." reads as a participle in unpunctuated copy), "12 killed the previous day" (a date), or a
# headline's "8 persons killed 58 others injured" (the next count has its own injury word).
ACTIVE_KILL_END_RE = re.compile(rf"\b(?:{_KILLED})$", re.I)
PASSIVE_AUX_RE = re.compile(r"\b(?:were|was|been|being|be|are|is|got|get|gets)\b", re.I)
DEFINITE_BEFORE_RE = re.compile(r"\b(?:the|these|those|its|their|his|her)\s+$", re.I)
OBJECT_INJURED_RE = re.compile(rf"^\s+(?:[\w'’-]+\s+){{1,4}}?(?:were\s+|are\s+)?(?:{_INJURED})\b", re.I)
# ... nor "3 civilians killed the army said": that noun phrase opens a new clause.
OBJECT_SAYS_RE = re.compile(r"^\s+(?:[\w'’-]+\s+){1,4}?(?:said|says|say|reported|reports|told|announced|claimed)\b", re.I)
_TIME_NOUN = r"(?:day|night|week|month|year|morning|afternoon|evening|weekend|previous|following|same|next|last|other)"
KILL_OBJECT_AFTER_RE = re.compile(
    rf"^\s+(?:(?:{_QUAL})\s+)?(?:\d|(?:{_COUNT_AHEAD}|him|her|them|us|me|his|their|its)\b"
    rf"|(?:the|a|an)\s+(?!{_TIME_NOUN}\b))",
    re.I,
)
# "lives" are deaths only when something takes them: "claimed the lives of 30", not "cemented
# the lives of two artists" or "saved the lives of 12".
LIVES_OF_BEFORE_RE = re.compile(r"\blives\s+of(?:\s+the)?\s*[\"'“‘«]?\s*$", re.I)


def _not_a_reported_death(m: re.Match, sentence: str, ctx: tuple[str, int]) -> bool:
    """True when a number found in a death context is not a death that happened: an idiom,
    a generic or conditional statement about "a person", "dead" said of a thing, or "lives"
    that nothing took. `ctx` is _death_context's answer (its second item is how far the
    death phrase runs after the number; 0 when a verb before the number led into it)."""
    after = sentence[m.end():m.end() + ctx[1] + 90]  # the death phrase and what follows it
    before = sentence[max(0, m.start() - 60):m.start()]
    if KILLING_IDIOM_AFTER_RE.match(after) or DIE_COGNATE_BEFORE_RE.search(before):
        return True
    whole = PROPORTION_AFTER_RE.match(after)
    if whole and m.group("num") and (parse_number(m.group("num")) or (math.inf,))[0] < float(whole.group("whole").replace(",", "")):
        return True
    if ATTEMPT_BEFORE_RE.search(before) or NEGATED_VERB_BEFORE_RE.search(before):
        return True
    indefinite = bool(m.group("one"))
    if indefinite and NOMINAL_DEATH_BEFORE_RE.search(before) and CONDITION_BEFORE_RE.search(sentence, 0, m.start()):
        return True
    if ctx[1]:  # the death word follows the number
        phrase = after[:ctx[1]]
        death = re.search(r"[\w']+$", phrase).group(0)
        lead = phrase[:len(phrase) - len(death)]
        if indefinite and (GENERIC_DEATH_RE.match(death) or PRESENT_PASSIVE_BEFORE_DEATH_RE.search(lead)):
            return True
        if IRREALIS_BEFORE_DEATH_RE.search(lead):
            return True
        rest = after[ctx[1]:]
        if ACTIVE_KILL_END_RE.search(phrase) and not PASSIVE_AUX_RE.search(lead) and KILL_OBJECT_AFTER_RE.match(rest) \
                and not DEFINITE_BEFORE_RE.search(before) and not OBJECT_INJURED_RE.match(rest) \
                and not OBJECT_SAYS_RE.match(rest):
            return True
        if death.lower() == "dead":
            thing = DEAD_THING_AFTER_RE.match(after[ctx[1]:])
            if thing and not VICTIM_WORD_RE.match(thing.group("noun")) and not DEATH_WORD_RE.match(thing.group("noun")):
                return True
        return False
    lives = LIVES_OF_BEFORE_RE.search(before)
    return bool(lives) and not LIVES_CUE_RE.search(before[:lives.start()])


# No war has a recorded toll near this (the Second World War's estimates run to 70-85 million),
# so a larger "toll" is a misread or garbage number ("more than 1,000,...,000" with 110 groups
# is inf as a float), never a value to chart.
MAX_PLAUSIBLE_TOLL = 100_000_000


def too_large_for_a_toll(value: float) -> bool:
    """Above any war's recorded toll (MAX_PLAUSIBLE_TOLL), or not a finite number."""
    return value != value or value == float("inf") or value > MAX_PLAUSIBLE_TOLL


def implausible_toll(value: float) -> str | None:
    """Why a number in a death context cannot be a death toll, or None when it can."""
    if too_large_for_a_toll(value):
        return f"{value:.3g} is above {MAX_PLAUSIBLE_TOLL:,}, more than any war's recorded toll"
    if value != int(value):
        return f"{value:g} is not a whole number of people"
    return None


# A cheap first look for a number above MAX_PLAUSIBLE_TOLL: nine digits or more (with their
# separators) or a scale word ("200 million", "two hundred million", "3 billion"); only a
# sentence holding one is read again for `ignored_huge_tolls`.
_HUGE_NUMBER_RE = re.compile(r"\d[\d,.]{8,}|\b(?:m|b|tr)illions?\b", re.I)
HUGE_TOLL_WARNING = "a number too large to be a death toll was ignored"
_SHOWN_DIGITS = 24  # how much of an ignored number a warning quotes


def ignored_huge_tolls(body: str) -> list[str]:
    """A warning for each number in a death context too large to be a toll (`implausible_toll`):
    extract_tolls leaves it out, so the article's warnings say so rather than nothing. Cheap:
    only the sentences that hold a long digit run or a scale word are read again."""
    if not isinstance(body, str) or not _HUGE_NUMBER_RE.search(body):
        return []
    out = []
    for s_start, s_end in split_sentences(body):
        if not _HUGE_NUMBER_RE.search(body, s_start, s_end):
            continue
        rejected: list[dict] = []
        extract_tolls(body[s_start:s_end], rejected=rejected)
        for r in rejected:
            if not r["too_large"]:  # "2.5 people a day": rejected, but not for its size
                continue
            n = r["end"] - r["start"]
            text = r["text"] if n <= _SHOWN_DIGITS else f"{r['text'][:_SHOWN_DIGITS]}... ({n:,} characters)"
            out.append(f"{HUGE_TOLL_WARNING}: '{text}' at characters {s_start + r['start']}-{s_start + r['end']} "
                       f"({r['reason']})")
    return out


LARGE_TOLL = 10_000  # no cue but this large: a period or war total, not one event
# A vague count from the thousands up ("thousands" is stored as 2,000, "tens of thousands") is scoped
# as a large toll is: "Air raids kill thousands", "Assad's warplanes have killed thousands" sum
# up a period, and an event that kills thousands is reported with its number.
VAGUE_LARGE_FLOOR = 1_000
# ... unless one event is named as what killed them, for a number and a vague count alike: "The
# 2004 tsunami killed 230,000", "thousands were killed in the quake" (one disaster, one bombing);
# plurals ("air raids", "attacks") and a war stay a period's total.
_ONE_EVENT = (
    r"(?:earthquake|quake|tsunami|cyclone|hurricane|typhoon|tornado|storm|flood|mudslide|landslide|avalanche|"
    rf"eruption|{_ATTACK_EVENT}|fire|blaze|crash|stampede|collapse|shipwreck)"
)
_EVENT_DETERMINER = r"(?:the|a|an|this|that|its|[\w-]+['’]s)\s+(?:[\w'’-]+\s+){0,3}?"
ONE_EVENT_BEFORE_RE = re.compile(
    # no "has killed": the perfect sums up a campaign ("the bombing has killed 10,000")
    rf"\b{_EVENT_DETERMINER}{_ONE_EVENT}\s+(?:killed|claimed|left)\s+$", re.I)
# "Claimed" kills only with a killer as its subject, within four words before it: an event, a
# weapon, a disease ("the floods claimed 200 people", "the strikes claimed 14 civilians"), not
# whoever claims a crowd, a strength or a seat ("Organisers claimed 100,000 people at the rally",
# "the militia claims 3,000 fighters").
CLAIMED_BY_EVENT_RE = re.compile(
    rf"\b(?:{_ONE_EVENT}s?|{_STRIKE}s?|flooding|rains|shelling|bombardments?|fighting|"
    r"violence|clashes|battles?|offensive|war|conflict|disease|epidemic|outbreak|virus|cholera|famine|heat(?:wave)?|"
    r"cold|accidents?|shells?|rockets?|missiles?|bombs?|mortars?)"
    r"(?:\s+[\w'’-]+){0,4}?\s+(?:(?:has|have|had|also|reportedly)\s+)*(?:claimed|claiming|claims)\s+$", re.I)
CLAIMED_REACH = 80  # chars before "claimed" where its subject stands
ONE_EVENT_AFTER_RE = re.compile(
    rf"^(?:\s+[\w'’-]+){{0,3}}?\s+(?:(?:were|was|have\s+been|had\s+been|are|is)\s+)?"
    rf"(?:killed|died|dead|perished)\s+(?:in|by|during)\s+{_EVENT_DETERMINER}{_ONE_EVENT}\b(?!s)", re.I)

# "the first explosion to hit the town since the outbreak of the war", "the deadliest attack
# since 2011": a superlative or "first" before "since" (same clause) ranks one event against all
# since then, so the toll beside it is that event's, not the war's.
RANKED_SINCE_RE = re.compile(
    r"\b(?:first|deadliest|worst|bloodiest|biggest|largest|heaviest|highest|only|most\s+\w+)\b[^.;,:]{0,80}$", re.I)


# A name in a war's subject (a capitalised word, not an acronym: "Houthi", "Hadi"; not "UN",
# "US-led") that is a side or the start's actor: "between Houthi rebels and forces loyal
# to President ... Hadi", "and the Rapid Support Forces", "which began when the Taliban were driven";
# a backer, a power drawn in or a later group is no side ("rebels backed by Western powers",
# "drawing in Russia, Iran and Turkey", "escalated after the Islamic State group seized"), nor a
# side's backer ("Turkish-backed rebels") (rev11t T23).
_SIDE_LEAD = (r"(?:\bbetween\s+|\bbetween\s+[^.;,]*?\band\s+|\bloyal\s+to\s+|"
              rf"\b{_STARTED}\s+(?:when|after|as)\s+)")
SIDE_NAME_RE = re.compile(rf"{_SIDE_LEAD}(?:the\s+|President\s+)?(?:[a-z-]+\s+){{0,2}}?"
                          r"(?P<name>[A-Z][a-z][\w'’]*(?:[ -][A-Z][\w'’]*)*)(?![\w'’])(?!-(?:backed|led|supported|allied)\b)")

# The war's start told as an actor's act: "since Russia launched its full-scale invasion in
# February 2022", "since Assad launched a crackdown on protesters in 2011", "since the Houthis
# seized Sanaa in 2014", "since Israel launched its offensive on October 7". The actor is a name
# (capitalised, after "the" at most) or a party's common noun; what it did is read by its date
# (`_at_the_start`), never by who did it, so a later act ("since Russia launched its offensive on
# Bakhmut in November") stays the period's toll it was.
_ACTOR_NOUN = r"(?:regime|government|army|military|forces|rebels|militants|insurgents|protesters|president|junta)"
_ACTOR_ACT = (r"(?:launched|began|started|seized|invaded|occupied|took|unleashed|mounted|waged|declared|opened|"
              r"stormed|overran|captured|attacked|entered|sent)")
ACTOR_START_SINCE_RE = re.compile(
    rf"\b[Ss]ince\s+(?:the\s+)?(?:(?!(?:{MONTH_NAME}|[A-Z][a-z]+day)\b)(?:[A-Z][\w'’.-]*\s+){{1,3}}?|(?:[\w'’-]+\s+)?{_ACTOR_NOUN}\s+)"
    rf"(?:first\s+|then\s+)?{_ACTOR_ACT}\b(?P<what>[^.;,]{{0,80}})")
# Acts that come after a war's start, whatever their date: a truce or talks.
_LATER_ACT_RE = re.compile(r"\b(?:ceasefire|cease-fire|truce|talks|negotiations|withdrawal|pullout|deal|agreement|"
                           r"counter-?offensive)\b", re.I)
_ACT_DATE_RE = re.compile(rf"\b(?:(?P<month>{MONTH_NAME})\.?(?:\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?)?,?"
                          rf"(?:\s+(?:of\s+)?(?P<year>(?:19|20)\d\d))?|(?P<year_only>(?:19|20)\d\d))\b", re.I)
START_NEAR_DAYS = 62  # an act dated by its month within two months of --conflict-start is the start
# ... by its year alone: the start's year or the year before (the act a war grew out of: Sanaa seized
# in 2014, the Saudi-led war from March 2015), never a later year ("since rebels seized the east of
# the city in 2012" is a battle's toll in a war begun in 2011)
START_YEARS_BEFORE = 1
# An undated act aimed at a named place ("since the regime launched its offensive on Aleppo", "...
# on Bakhmut") is a battle in the war unless the place is the conflict itself ("its offensive on
# Gaza", "its invasion of Ukraine").
_ACT_PLACE_RE = re.compile(r"\b(?:on|against|in|into|for|near|around|of)\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}?"
                           r"(?P<place>[A-Z][\w'’-]+)")


def _at_the_start(what: str, sentence: str, conflict_name: str, conflict_start: date) -> bool:
    """True when an actor's act after "since" (ACTOR_START_SINCE_RE's `what`) is the conflict's
    start: dated near `conflict_start` (START_NEAR_DAYS by month, START_YEARS_BEFORE by year; a
    month with no year is read in the start's year), or undated in a sentence naming the
    conflict and aimed at no other named place (_ACT_PLACE_RE); never a truce, talks or a
    counter-offensive (_LATER_ACT_RE)."""
    if _LATER_ACT_RE.search(what):
        return False
    d = _ACT_DATE_RE.search(what)
    if d is None:
        aliases = {n.strip().lower() for n in conflict_name.split("|")}
        return (_names_the_conflict(sentence, conflict_name)
                and all(p.group("place").lower() in aliases for p in _ACT_PLACE_RE.finditer(what)))
    if d.group("year_only"):
        return 0 <= conflict_start.year - int(d.group("year_only")) <= START_YEARS_BEFORE
    month = MONTHS.get(d.group("month").lower().rstrip("."))
    if month is None:
        return False
    year = int(d.group("year")) if d.group("year") else conflict_start.year
    day = min(int(d.group("day") or 15), calendar.monthrange(year, month)[1])
    return abs((date(year, month, day) - conflict_start).days) <= START_NEAR_DAYS


def _sides_another_war(subject: str, wide: bool, sentence: str, conflict_name: str) -> bool:
    """Whether a war's subject names another war's sides (SIDE_NAME_RE) in a sentence that never
    names the conflict. A side that is a country or its people, whole, is another war's at any
    length ("The war between Russia and Ukraine", rev11t T10; not "the Tigray People's Liberation
    Front", a group). Any other name counts only past WAR_SUBJECT_NEAR and
    only in the default study, whose own names (dates.CONFLICT_PLACES) say which sides are its own:
    for another conflict the reader knows none of its sides ("Houthi", "Hadi" in a Yemen study,
    rev11t T9), so the subject stays the war's as before the wide-subject rule."""
    sides = [s.group("name") for s in SIDE_NAME_RE.finditer(subject)]
    if not sides or _names_the_conflict(sentence, conflict_name):
        return False
    if any(re.fullmatch(_country_re(), side) for side in sides):
        return True
    default_study = CONFLICT_NAME.lower() in {n.strip().lower() for n in conflict_name.split("|")}
    return wide and default_study


def _cumulative_cue(sentence: FoldedText, lo: int = 0, hi: int | None = None,
                    conflict_name: str = CONFLICT_NAME, conflict_start: date = CONFLICT_START) -> bool:
    """A cumulative cue in sentence[lo:hi] that is not a ranked event's 'since' (RANKED_SINCE_RE,
    read from the sentence's start: the superlative may lie outside the window); protests counted
    from (PROTESTS_SINCE_RE) only when dated or in a sentence naming the conflict; a war's subject
    that names another war's sides only in a sentence naming the conflict (`_sides_another_war`):
    "The conflict between Houthi rebels and forces loyal to President Abd-Rabbu Mansour Hadi has
    killed" in a Syria study (rev10t), as no country name says; an actor's act
    (ACTOR_START_SINCE_RE) only when it is the conflict's start (`_at_the_start`)."""
    window = sentence[lo:hi]
    for rx in (CUMULATIVE_RE, PROTESTS_SINCE_RE):
        for m in window.finditer(rx):
            if m.group(0)[:5].lower() == "since" and RANKED_SINCE_RE.search(sentence.text, 0, lo + m.start()):
                continue
            if rx is PROTESTS_SINCE_RE and not (m.group("dated") or _names_the_conflict(sentence.text, conflict_name)):
                continue
            if rx is CUMULATIVE_RE and _sides_another_war(m.group(0), m.group("wide") is not None,
                                                         sentence.text, conflict_name):
                continue
            return True
    # the act starts in the window; its date is read past the window's end
    for m in ACTOR_START_SINCE_RE.finditer(sentence.text, lo):
        if hi is not None and m.start() >= hi:
            break
        if (not RANKED_SINCE_RE.search(sentence.text, 0, m.start())
                and _at_the_start(m.group("what"), sentence.text, conflict_name, conflict_start)):
            return True
    return False


# "the highest toll this year", "the deadliest attack since January": a superlative just before
# a period ranks one event against the period's, so the toll is the event's, not the period's.
RANKED_PERIOD_RE = re.compile(
    r"\b(?:deadliest|worst|bloodiest|biggest|largest|heaviest|highest|most\s+(?:deadly|lethal|violent))\b"
    r"[^.;,:]{0,40}$", re.I)
RATE_RE = re.compile(_RATE, re.I)


def _other_cue(sentence: FoldedText, lo: int, hi: int) -> bool:
    """An OTHER_RE cue in sentence[lo:hi]: a rate, or a period not ranking one event
    (RANKED_PERIOD_RE, read from the sentence's start)."""
    return any(RATE_RE.fullmatch(m.group(0)) or not RANKED_PERIOD_RE.search(sentence.text, 0, lo + m.start())
               for m in sentence[lo:hi].finditer(OTHER_RE))


_QUOTE_MARKS = '"“”'
QUOTE_TAIL = 40  # the words after a closing quote that qualify it: a short adverbial ("over the past year")


def _quote_tail(sentence: str, start: int, end: int) -> tuple[int, int] | None:
    """The words right after the quotation holding sentence[start:end] (up to the next comma,
    semicolon or stop, at most QUOTE_TAIL characters), or None outside one: they qualify all of
    the quote ('"has documented the killing of 5812 civilians ... in air raids" over the past
    year'), so the scope reads them too; the rest of the quote beyond the window does not."""
    if sum(sentence.count(q, 0, start) for q in _QUOTE_MARKS) % 2 == 0:
        return None
    closes = [i for i in (sentence.find(q, end) for q in _QUOTE_MARKS) if i >= 0]
    if not closes:
        return None
    after = min(closes) + 1
    tail = re.match(r"[^,;.]*", sentence[after:after + QUOTE_TAIL])
    return after, after + tail.end()


def _scope(sentence: FoldedText, start: int, end: int, value: float, conflict_name: str = CONFLICT_NAME,
           conflict_start: date = CONFLICT_START) -> str:
    """"cumulative" near a cumulative cue (or anywhere in the sentence for a large toll),
    "other" near another cue, after a period's toll (PERIOD_TOLL_BEFORE_RE) or when large, else
    "incident". Near: within 90 characters, or in
    the words right after the quotation the toll stands in."""
    windows = [(max(0, start - 90), end + 90)]
    tail = _quote_tail(sentence.text, start, end)
    if tail is not None and tail[1] > windows[0][1]:
        windows.append(tail)
    # one scan: the whole sentence (which holds the windows) for a large toll, else the windows
    if (_cumulative_cue(sentence, conflict_name=conflict_name, conflict_start=conflict_start) if value >= LARGE_TOLL
            else any(_cumulative_cue(sentence, lo, hi, conflict_name, conflict_start) for lo, hi in windows)):
        return "cumulative"
    if any(_other_cue(sentence, lo, hi) for lo, hi in windows):
        return "other"
    lead = sentence.text[max(0, start - PERIOD_TOLL_REACH):start]
    if "toll" in lead and PERIOD_TOLL_BEFORE_RE.search(lead):
        return "other"
    if value >= LARGE_TOLL and not _one_event(sentence.text, start, end):
        return "other"
    return "incident"


# --- another war's total: "The Yemen war has killed 377,000, according to the UN" quoted in an
# article about the study's conflict is that war's total, not the conflict's. A cumulative toll
# whose sentence never names the conflict (dates.names_conflict, --conflict-name and its aliases;
# for the default conflict also one of dates.CONFLICT_PLACES) but names a country as a war's
# owner or place ("the Yemen war", "Iraq's civil war", "the conflict in Yemen", "the war in
# neighbouring Iraq") or as where the dead died ("killed ... in Yemen") is scoped "other"
# (ANOTHER_WAR_SCOPE). Countries, not any capitalised word: "the Assad regime's war", "the Cold
# War", "World War II" name no other country's war. A sentence naming the conflict, or no
# country, keeps its scope.
ANOTHER_WAR_SCOPE = "other"
# Common names of war places and countries that CLDR's English country names (babel) spell
# otherwise ("Türkiye", "Myanmar (Burma)", "Congo - Kinshasa", "Palestinian Territories") or
# lack, being no country (Gaza, Darfur, Chechnya, ...); and demonyms no name's first letters
# give ("Burmese", "Chinese", "Turkish").
EXTRA_WAR_PLACES = ("Turkey", "Burma", "Congo", "Palestine", "Gaza", "Darfur", "Chechnya", "Kashmir", "Tigray",
                    "Bosnia", "Donbas", "Crimea")
IRREGULAR_DEMONYMS = ("Burmese", "Chinese", "Congolese", "Turkish", "British", "American", "French", "Dutch",
                      "Filipino", "Chechen", "Vietnamese", "Taiwanese", "Portuguese", "Swiss")
# CLDR region codes that are no country ("European Union", "Eurozone", "United Nations", pseudo-locales, unknown).
_NOT_COUNTRY_CODES = {"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ"}


# CLDR's English country, time-zone city and language names, as babel gives them, written by
# scripts/cldr_names.py (--check: still babel's): babel loads all of English CLDR (~4.3 MiB and
# 0.08 CPU s in each process reading tolls) for these few hundred names (19 KiB).
CLDR_NAMES_PATH = Path(__file__).with_name("cldr_en_names.json")


@functools.cache
def _english_cldr() -> dict:
    """CLDR_NAMES_PATH's names, read once and only when a sentence needs them: the one home
    for the toll reader's place names."""
    return json.loads(CLDR_NAMES_PATH.read_text(encoding="utf-8"))


@functools.cache
def _country_re() -> str:
    """A country (or EXTRA_WAR_PLACES) or its demonym, capitalised: a longer name with the words
    made from it ("Afghan", "Ukrainian", "Lebanese": text.names.long_name_words, as dates reads the
    conflict's name; not "George", "Cameron"), a short one whole with a demonym ending, a name of two words whole ("Saudi Arabia", "South Sudan"),
    and a people's adjective the names file gives as a language (text.names.language_demonyms: "Swedish", "Spanish").
    Built on first use: the names load only when a sentence needs them."""
    names = set(EXTRA_WAR_PLACES) | set(IRREGULAR_DEMONYMS)
    for code, name in _english_cldr()["territories"].items():
        if len(code) == 2 and code.isalpha() and code not in _NOT_COUNTRY_CODES:
            for part in re.split(r"\s+&\s+|\s+-\s+", re.sub(r"\s*\(.*?\)", "", name)):
                if re.fullmatch(r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?", part):
                    names.add(part)
    alts = sorted({words if " " not in n and (words := long_name_words(n))
                   else re.escape(n) + (r"(?:n|an|ian|i|is|ese)?" if " " not in n else "") for n in names}
                  # peoples' adjectives the names file gives as languages ("Swedish", "Polish", "Spanish")
                  | {re.escape(w) + "s?" for w in language_demonyms(names, _english_cldr()["languages"])},
                  key=lambda a: (-len(a), a))
    return r"(?-i:\b(?:" + "|".join(alts) + r")\b)"


_WAR_ADJECTIVES = r"(?:(?:civil|long|bloody|brutal|ongoing|[a-z]+-(?:year|month|long|old))\s+){0,2}"
_NEIGHBOURING = r"(?:(?:the\s+)?(?:neighbou?ring|nearby)\s+)?"


@functools.cache
def _another_war_re() -> re.Pattern:
    country = _country_re()
    return re.compile(
        # the war by its owner: "the Yemen war", "Iraq's civil war", "the Syrian conflict"
        rf"{country}(?:'s|’s)?\s+{_WAR_ADJECTIVES}{_WAR_TOLL_NOUNS}\b"
        # ... by a country and the side it fights: "the Israel-Hamas war", "the Nigeria-Boko Haram conflict" (rev11t T10)
        rf"|{country}-(?-i:[A-Z][\w'’]*(?:\s+[A-Z][\w'’]*)?)\s+{_WAR_ADJECTIVES}{_WAR_TOLL_NOUNS}\b"
        # the war by its place: "the conflict in Yemen", "the war in neighbouring Iraq", "invasion of Iraq"
        rf"|\b{_WAR_TOLL_NOUNS}\s+(?:in|on|of|against|over)\s+{_NEIGHBOURING}(?:the\s+)?{country}"
        # where the dead died: "has killed more than 10,000 people in Yemen"
        rf"|\b(?:killed|died|dead|deaths|lives|people|civilians)\b[^.;,]{{0,40}}?\bin\s+{_NEIGHBOURING}{country}",
        re.I)


_CONFLICT_PLACES_RE = re.compile(r"(?-i:\b(?:" + "|".join(map(re.escape, CONFLICT_PLACES)) + r")\b)")


def _names_the_conflict(sentence: str, conflict_name: str) -> bool:
    """Whether the sentence names the conflict (dates.names_conflict) or, for the default
    conflict, one of its places (dates.CONFLICT_PLACES)."""
    if names_conflict(sentence, conflict_name):
        return True
    aliases = {n.strip().lower() for n in conflict_name.split("|")}
    return CONFLICT_NAME.lower() in aliases and _CONFLICT_PLACES_RE.search(sentence) is not None


def _names_another_war(sentence: str, conflict_name: str) -> bool:
    """Whether the sentence names another country's war or dead and never the conflict
    (ANOTHER_WAR_SCOPE)."""
    if _names_the_conflict(sentence, conflict_name):
        return False
    return _another_war_re().search(sentence) is not None


# A toll dated long before the article ("Hundreds of civilians died in a sarin gas attack in Ghouta
# ... in August 2013" in a 2017 article) is background, not the article's incident: news reports
# an event within days, and a year is past any late report of one. Only an explicit month and
# year counts ("in 2013" alone is already a period: OTHER_RE).
BACKGROUND_DATE_DAYS = 365
DATED_BEFORE, DATED_AFTER = 90, 120  # chars around a toll where its date may stand ("... in August 2013")
MONTH_YEAR_RE = re.compile(
    rf"\b(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+)?(?P<month>{MONTH_FULL})\s+"
    r"(?:(?P<d2>\d{1,2})(?:st|nd|rd|th)?,?\s+)?(?P<year>(?:19|20)\d\d)\b", re.I)
YEAR_DIGITS_RE = re.compile(r"(?:19|20)\d\d")
# The toll's own day ("on Monday", "yesterday"): the sentence reports this week's event, and a
# month-year in it dates something else ("the deadliest day since the attack of April 2017").
OWN_DAY_RE = re.compile(rf"\b(?:{_WEEKDAY}|yesterday|today|tonight|last\s+night|this\s+(?:morning|week))\b", re.I)
# A date of the toll's event stands after "in"/"on" ("killed ... in August 2013"); after "since",
# "of" or inside a relative clause ("Raqqa, which IS seized in January 2014") it dates another event.
_DATE_OWN_LEAD_RE = re.compile(r"(?:^\s*|\b(?:in|on|between|from)\s+)$", re.I)  # or opening the sentence
_DATE_RANGE_END_RE = re.compile(rf"\b(?:between|from)\s+{MONTH_YEAR_RE.pattern}\s+(?:and|to|until)\s+$", re.I)
_OTHER_CLAUSE_RE = re.compile(r"\b(?:which|that|who|whom|whose|where|since|until|after|before|when|while)\b", re.I)
# before the toll, a relative word between attaches the toll to the dated noun ("an attack in
# August 2013 on Ghouta that killed hundreds"); a subordinate clause still parts them
_SUBORDINATE_RE = re.compile(r"\b(?:where|since|until|after|before|when|while)\b", re.I)


def _dated_long_before(sentence: str, start: int, end: int, published: date) -> bool:
    """The toll at sentence[start:end] dated (MONTH_YEAR_RE after "in"/"on", in its own clause)
    at least BACKGROUND_DATE_DAYS before the article's publication; a month without a day is
    taken at its last day, and a sentence that gives the toll its own day (OWN_DAY_RE) is never
    dated long before."""
    if OWN_DAY_RE.search(sentence):
        return False
    for d in MONTH_YEAR_RE.finditer(sentence, max(0, start - DATED_BEFORE), end + DATED_AFTER):
        lead = sentence[:d.start()]
        if not (_DATE_OWN_LEAD_RE.search(lead, max(0, len(lead) - 9))
                or _DATE_RANGE_END_RE.search(lead, max(0, len(lead) - DATED_BEFORE))):
            continue
        if d.start() >= end:
            if _OTHER_CLAUSE_RE.search(sentence, end, d.start()):
                continue
        elif _OTHER_CLAUSE_RE.search(lead.rsplit(",", 1)[-1]) or _SUBORDINATE_RE.search(sentence, d.end(), start):
            continue
        year, month = int(d.group("year")), MONTHS[d.group("month").lower()]
        day = d.group("d1") or d.group("d2")
        try:
            when = date(year, month, int(day) if day else calendar.monthrange(year, month)[1])
        except ValueError:  # "31 February"
            continue
        if (published - when).days >= BACKGROUND_DATE_DAYS:
            return True
    return False


def _one_event(sentence: str, start: int, end: int) -> bool:
    """One event is named as what killed the toll at sentence[start:end] (ONE_EVENT_BEFORE_RE,
    ONE_EVENT_AFTER_RE)."""
    return bool(ONE_EVENT_BEFORE_RE.search(sentence, max(0, start - 90), start)
                or ONE_EVENT_AFTER_RE.match(sentence[end:end + 90]))


def _attribution(sentence: str, text: str = "") -> str | None:
    """The sentence's counter; `text`, the article, tells a common word that names a counter
    ("Amnesty figures show", `_name_where_it_stands`)."""
    for rx, needs in ATTRIBUTION_RES:
        if not any(word in sentence for word in needs):
            continue
        src = _attribution_match(rx, sentence, text)
        if src:
            return src
    return None


# Where a scrape glued one text to the next inside a sentence (QA11 F3): a wire's dateline credit
# ("June 6 2015 (Reuters) Two people were killed", "(TRT World and Agencies) Air raids ..."), an
# embedded video's title ("Ediz Tiyansan reports - YouTube Syrian regime forces ..."), or a stop
# before a dashed sub-heading ("... according to an Observatory toll. - Air raids kill thousands -
# While ..."). A name before it did not speak the words after it, so each part finds its own counter.
# rev11t T26: any outlet's credit, not the QA's literal strings: a bracketed wire name ("(AA)",
# "(Anadolu Agency)", "(TRT World and Agencies)"); "- <Site>" after a title ("- YouTube", "- Vimeo");
# a photo caption's "Image copyright <X> Image caption".
_CREDIT_NAME = r"(?:[A-Z][\w.&'’-]*(?:\s+(?:and\s+)?[A-Z][\w.&'’-]*){0,3})"
GLUE_BOUNDARY_RE = re.compile(
    rf"\((?:{'|'.join(WIRE_NAMES)}|AFP|AP|dpa|[A-Z][^()]{{0,40}}?\bAgencies)\)\s*(?:[-–—]\s*)?(?=[A-Z0-9\"“])"
    # not an acronym aside after the name it shortens ("Human Rights (SOHR) Director ..."): a lower-case
    # word or a number before the bracket
    rf"|(?<=[a-z0-9,;:!?\"”’]\s)\((?:{_CREDIT_NAME}\s+(?:Agency|News(?:\s+Agency)?|Photo|TV)|[A-Z]{{2,5}})\)"
    r"\s*(?:[-–—]\s*)?(?=[A-Z0-9\"“])"
    r"|\s[-–—|]\s*(?:YouTube|Vimeo|Dailymotion|Facebook|Twitter|Instagram|LiveLeak)\b\s*"
    r"|\bImage\s+copyright\s+[^.]{1,40}?\s+Image\s+caption\s+"
    r"|[.!?][\"”’]?\s+[-–—]\s+(?=[A-Z])")
# A speaker who closes the sentence ("... killed 31 civilians Friday including 10 when their bus was
# hit the civil defence said.") is its counter, over a name glued in front of the toll (a related
# story's headline, "UN says Syria airdrops not imminent", run into the lead). Not an indefinite or
# generic one ("a spokesman said", "officials said"), nor one in a relative or comparative clause
# ("up from 20 that state media reported").
CLOSING_SAY_RE = re.compile(
    rf"(?P<src>{SRC}){_ACRONYM_ASIDE}{_SOURCE_ADJUNCTS}{_SOURCE_ADVERB}\s+(?:(?:has|have|had)\s+)?"
    rf"(?:{'|'.join(_SAY_MORE)})\s*[.!?]?[\"'”’]?\s*$")
CLOSING_REACH = 160  # chars at the sentence's end where its closing speaker stands
RELATIVE_BEFORE_RE = re.compile(r"\b(?:that|which|who|whom|as|than|what)\s+$", re.I)


def _closing_speaker(part: str, text: str = "") -> tuple[str, int] | None:
    """(the named counter that closes `part`, where it starts), or None (CLOSING_SAY_RE)."""
    if not any(w in part[-30:] for w in _SAY_MORE):
        return None
    m = CLOSING_SAY_RE.search(part, max(0, len(part) - CLOSING_REACH))
    if m is None or RELATIVE_BEFORE_RE.search(part, max(0, m.start() - 8), m.start()):
        return None
    src = _attribution_match(CLOSING_SAY_RE, part, text, m.start())
    return (src, m.start()) if src and not INDEFINITE_RE.match(src) else None


def _part_speakers(sentence: str, text: str = "") -> list[tuple[int, str | None, tuple[str, int] | None]]:
    """Per part of the sentence between glue boundaries (GLUE_BOUNDARY_RE): (where it starts, its
    counter by `_attribution`, its closing speaker by `_closing_speaker`, offsets in the sentence)."""
    starts = [0] + [m.end() for m in GLUE_BOUNDARY_RE.finditer(sentence)]
    ends = starts[1:] + [len(sentence)]
    out = []
    for a, b in zip(starts, ends):
        part = sentence[a:b]
        closing = _closing_speaker(part, text)
        out.append((a, _attribution(part, text), (closing[0], a + closing[1]) if closing else None))
    return out


# A counter whose saying verb leads into the toll ("Health director ... Hazouri said five people died
# ..., the official SANA news agency reported"; "A source ... said that a man ... were killed"): the
# one who counted, whoever relayed it at the sentence's end.
SAY_WORD_RE = re.compile(rf"\b(?:{'|'.join(_SAY_MORE)})\b")
# What stands between such a verb and its count (rev11t T7; a distance let a short glued headline,
# "UN says airdrops not imminent 12 people were killed ... the civil defence said", keep the toll):
# whom, when and how it spoke ("told AFP", "on Tuesday", "in a statement"), "that", then the
# complement's lead-in to the count if any ("the death toll had risen to", "air strikes killed"),
# checked by `_leads_into_count`, and a qualifier ("at least").
SAID_INTO_TOLL_RE = re.compile(
    r"(?:\s*,?\s+(?:to\s+)?(?:reporters|journalists|the\s+press|[A-Z][\w.'’-]*)(?=[\s,]))?"
    rf"(?:\s*,?\s+(?:(?:(?:on|in|last|this|early|late)\s+)?{_WHEN_WORD}|yesterday|today|tonight|earlier|later"
    r"|(?:last|this|earlier\s+this)\s+(?:week|month|year)"
    r"|in\s+an?\s+(?:[\w'’-]+\s+){0,2}?(?:statement|report|update|briefing|interview)"
    r"|on\s+(?:its|their|his|her)\s+(?:[\w'’-]+\s+)?(?:website|page|account|channel))\b){0,2}"
    rf"(?:\s*,)?(?:\s+that)?(?P<rest>.*?)(?:\s+(?i:{_QUAL}))?\s*$", re.S)
# Words that end a complement before a count ("airdrops not imminent", "no deal"): the count's
# lead-in then opens a sentence of its own, glued on.
_NOT_IN_SUBJECT = {"not", "no", "never", "n't"}
LIST_SO_FAR_RE = re.compile(r"(?:,|\band|\bor)(?:\s+(?:a|an|the|one|his|her|their|its))?\s*$", re.I)
DETERMINERS_ONLY_RE = re.compile(r"(?:\s*\b(?:a|an|the|one|all|another|his|her|their|its)\b)+\s*", re.I)


def _leads_into_count(rest: str) -> bool:
    """Whether the words between "said (that)" and a count lead into it: none or determiners, a
    list's earlier members ("a man and" before "his son"), or a subject of nouns, adjectives and
    function words then a killing verb or toll noun (BEFORE_RE); no verb or negation in them."""
    if not rest.strip() or DETERMINERS_ONLY_RE.fullmatch(rest):  # "said that a man and his son were killed"
        return True
    lead = FoldedText(rest).search(BEFORE_RE)
    subject = rest[:lead.start()] if lead else rest
    if lead is None and not LIST_SO_FAR_RE.search(rest):  # "... a man and" before "his son"
        return False
    return all(w.lower() not in _NOT_IN_SUBJECT and word_tag(w) not in VERB_TAGS
               for w in re.findall(r"[\w'’-]+", subject))


# "said ... that ... N": reported speech opened by "that" reaches its count over any words with no
# finite verb or negation of their own (rev11t T18: "said on Monday that after three days of heavy
# bombardment of the eastern districts at least 12 people were killed", "said in a statement issued
# late on Sunday night that 40 people had died"); a finite verb opens another clause.
SAID_THAT_RE = re.compile(r"(?P<pre>.*?)\bthat\b(?P<post>.*)", re.S)


def _no_clause_of_its_own(words: str) -> bool:
    """Whether `words` hold no finite verb (lexicon) and no negation."""
    return not any(w.lower() in _NOT_IN_SUBJECT or is_finite_verb(w) for w in re.findall(r"[\w'’-]+", words))


def _says_the_toll(sentence: str, a: int, src: str, start: int) -> bool:
    """Whether `src` (named in the part from `a`) has a saying verb that leads into the count at
    `start` (SAID_INTO_TOLL_RE, `_leads_into_count`; SAID_THAT_RE)."""
    at = sentence.find(src, a, start)
    verb = SAY_WORD_RE.search(sentence, at, start) if at >= 0 else None
    if verb is None:
        return False
    gap = SAID_INTO_TOLL_RE.match(sentence, verb.end(), start)
    if gap is not None and _leads_into_count(gap.group("rest")):
        return True
    said_that = SAID_THAT_RE.fullmatch(sentence, verb.end(), start)
    return said_that is not None and _no_clause_of_its_own(said_that.group("pre")) and (
        _no_clause_of_its_own(said_that.group("post")))


def _speaker_of(sentence: str, parts: list, start: int, end: int) -> str | None:
    """The counter of a toll at sentence[start:end]: its part's closing speaker when the toll stands
    before it and the part's first counter does not say the toll itself (`_says_the_toll`), else
    that first counter."""
    a, src, closing = next(p for p in reversed(parts) if p[0] <= start)
    if closing and end <= closing[1] and not (src and _says_the_toll(sentence, a, src, start)):
        return closing[0]
    return src


def _acronym_for(src: str, m: re.Match) -> str:
    """The acronym in brackets after a counter whose words end in a common noun ("the United Nations
    children's agency (UNICEF) said": UNICEF, not 'agency', which would merge every agency into one
    counter); a name of name words keeps its words ("Syrian Network for Human Rights (SNHR)")."""
    acronym = m.groupdict().get("acr")
    if acronym and (not src or not src.split()[-1][:1].isupper()):
        return acronym
    return src


# An organisation, then lower-case words describing one of its bodies, before the body's noun: "the
# UN children's agency", "the United Nations refugee agency", "the EU's aid office". SRC stops at
# the description's words (no name, no adjective), which left the bare noun ('agency') as the
# counter, merging every such body into one.
_ORG = r"(?:[A-Z]\.(?:[A-Z]\.)+|[A-Z]{2,}|[A-Z][a-z]+(?:\s+(?:of\s+|for\s+)?[A-Z][a-z]+)+)"
DESCRIBED_BODY_BEFORE_RE = re.compile(rf"(?<![\w.])(?P<org>{_ORG})(?:['’]s)?\s+(?P<desc>(?:[a-z][\w'’-]*\s+){{1,3}})$")
DESCRIBED_BODY_RE = re.compile(rf"(?P<org>{_ORG})(?:['’]s)?\s+(?P<desc>(?:[a-z][\w'’-]*\s+){{1,3}})(?P<noun>[a-z]+)")
_ACRONYM_WORD = r"(?<![\w.])[A-Z]{3,}(?![\w.])"


def _describes(word: str) -> bool:
    """A word that may describe a body: a noun or adjective ("refugee", "human", "rights"), or one the
    lexicon lacks ("children's"); no verb, number or function word."""
    tag = word_tag(word)
    return not FUNCTION_WORD_RE.match(word) and (not tag or tag.startswith(("NN", "JJ"))) and word not in _SAY_MORE


def _org_initials(org: str) -> str:
    """An organisation's initials: "UN" for "UN", "U.N." and "United Nations"."""
    bare = org.replace(".", "")
    return bare if bare.isupper() else "".join(w[0] for w in org.split() if w[0].isupper())


def _paired_acronyms(text: str, initials: str, desc: list[str], noun: str) -> set[str]:
    """The acronyms the article itself writes beside the described body (rev11t T8), as an aside
    ("the UN children's agency (UNICEF)", "the UN children's agency, UNICEF,") or before it
    ("UNICEF, the UN children's agency,", "UNICEF (the UN children's agency)"), with the same
    organisation by its initials. An acronym elsewhere in the article may be another body's: UN
    acronyms share letters (UNHCR holds the C of "children's", UNRWA the R of "refugee")."""
    words = r"\s+".join(map(re.escape, [*desc, noun]))
    body = rf"(?P<org>{_ORG})(?:['’]s)?\s+{words}\b"
    rx = re.compile(rf"{body}\s*(?:\(\s*|,\s*)(?P<after>{_ACRONYM_WORD})\s*[),;.]"
                    rf"|(?P<before>{_ACRONYM_WORD})\s*(?:,|\()\s*(?:[Tt]he\s+)?{body.replace('?P<org>', '?P<org2>')}")
    found = set()
    for m in rx.finditer(text):
        org = m.group("org") or m.group("org2")
        org = " ".join(w for i, w in enumerate(org.split()) if i or not FUNCTION_WORD_RE.match(w))
        if _org_initials(org) == initials:
            found.add(m.group("after") or m.group("before"))
    return found


def _described_body(sentence: str, start: int, src: str, text: str = "") -> str:
    """The counter `src` at sentence[start:] when it is a body's bare noun after its organisation and
    description (DESCRIBED_BODY_BEFORE_RE): the acronym the article pairs with it (`_paired_acronyms`:
    "UNICEF" where it writes "the UN children's agency (UNICEF)"), else the whole phrase; any other
    `src` as it is."""
    whole = DESCRIBED_BODY_RE.fullmatch(src)  # SRC took the description ("UN human rights office")
    if whole:
        m, src = whole, whole.group("noun")
    elif " " in src or not src.islower() or not SRC_NOUN_RE.fullmatch(src):
        return src
    else:
        m = DESCRIBED_BODY_BEFORE_RE.search(sentence, max(0, start - 80), start)
    desc = m.group("desc").split() if m else []
    if (not m or not SRC_NOUN_RE.fullmatch(src) or re.search(rf"\b{_WHEN_WORD}\b", m.group("org"))
            or not all(_describes(w) for w in desc)):  # "the city of Hama Monday killing four civilians residents said"
        return whole.group(0) if whole else src
    org = " ".join(w for i, w in enumerate(m.group("org").split()) if i or not FUNCTION_WORD_RE.match(w))  # "The United Nations"
    found = _paired_acronyms(text or sentence, _org_initials(org), desc, src)
    return found.pop() if len(found) == 1 else f"{org} {' '.join(desc)} {src}"


def _attribution_match(rx: re.Pattern, sentence: str, text: str = "", pos: int = 0) -> str | None:
    """The first source one attribution pattern names in the sentence (from `pos`), or None."""
    for m in rx.finditer(sentence, pos):
        src = _acronym_for(_source_name(m.group("src"), opens_sentence=_opens_sentence(sentence, m.start("src")),
                                        text=text), m)
        src = _described_body(sentence, m.start("src"), src, text)
        if rx is COUNT_SHOWS_RE:
            src = _count_owner(sentence, m.start("src"), m.group("src"), text)
        if not src or PRONOUN_RE.match(src) or NOT_A_COUNTER_RE.match(src) or (len(src) <= 2 and not ACRONYM_RE.match(src)):
            continue
        if m.start() == m.start("src") and _object_of_preposition(sentence, m.start("src"), m.group("src")):
            # a place or a name as a preposition's object; in comma-less copy ("in eastern
            # Syria UNICEF said") an acronym that closes it is the source
            last = src.split()[-1]
            if len(src.split()) > 1 and ACRONYM_END_RE.match(last):
                return last
            continue
        if INDEFINITE_RE.match(src):
            return _named_before(sentence, m.start("src")) or src
        return src
    return None


# A war described by a relative clause that holds its toll ("a breakthrough to end the conflict
# that has claimed some 300,000 lives", "the war, which has left 400,000 dead"): the writer's
# background, not what the sentence's speaker said, unless the clause names its own counter
# ("the war, which the UN says has killed", "which according to the UN has killed"). The clause
# must open with its own killing verb, or reach it through another verb of its own ("that began
# in 2011 and has killed") or a counter: "the conflict that began in 2011 has killed 300,000, the UN
# says" is the main clause's toll.
_BACKGROUND_VERB = r"(?:killed|claimed|left|cost|took|taken|seen)(?:\s+the\s+lives\s+of)?"
BACKGROUND_CLAUSE_BEFORE_RE = re.compile(
    rf"\b{_WAR_TOLL_NOUNS}{_NOT_A_WAR}(?:\s+(?:in|of|on|against)\s+(?:the\s+)?[\w'’-]+)?\s*,?\s+"
    rf"(?P<clause>(?:that|which)\s+(?:[^.;:,]{{0,60}}?\s+(?:and|says?|said|estimates?|believes?)\s+"
    rf"|according\s+to\s+[^.;:,]{{1,60}}?\s*,?\s+)?(?:(?:has|have|had|so\s+far|now|already|reportedly|since)\s+){{0,3}}"
    rf"{_BACKGROUND_VERB}|in\s+which)\s+$",
    re.I,
)
BACKGROUND_REACH = 160  # chars before a toll where the war and its relative clause may stand
# ... unless a counter's saying verb leads into the war's noun phrase ("The Observatory said the
# war that has killed 400,000 ..."): the clause is inside what the counter said, so it is theirs.
# Only "said (on Monday|last week) (that) the" and the war's own modifiers ("the Syrian civil
# war") may stand between: any other words are a clause of their own ("Assad said he would win
# the war, which ...", "Envoys said talks to end the war that ..."), and the toll is not said.
_WAR_MODIFIER = r"(?:(?-i:[A-Z][\w'’-]*)|civil|long|brutal|bloody|devastating|ongoing|grinding|multi-sided|[\w-]+-year)"
# What opens the war's noun phrase: an article, a demonstrative or a possessive ("the war", "its
# war", "a war", "Syria's war", "the country's war", "the rebels' war").
_POSSESSIVE = r"[\w-]+(?:['’]s|s['’])"
_WAR_DETERMINER = rf"(?:(?:the|this|that|its|their|a|an)\s+(?:{_POSSESSIVE}\s+)?|{_POSSESSIVE}\s+)"
SAID_INTO_WAR_RE = re.compile(
    rf"\b(?:{'|'.join(_SAY)})\s+(?:on\s+[\w'’-]+\s+|last\s+[\w'’-]+\s+)?(?:that\s+)?{_WAR_DETERMINER}"
    rf"(?:{_WAR_MODIFIER}\s+){{0,3}}$", re.I)
SAID_REACH = 60  # chars between the saying verb and the war's noun: "on Monday that the Syrian civil"
# ... and "According to the Observatory, Syria's war, which has killed ...": the counter opens the
# sentence and leads into the war's noun phrase as a saying verb does.
ACCORDING_INTO_WAR_RE = re.compile(
    rf"\baccording\s+to\s+[^,;:]{{1,80}}?,\s+{_WAR_DETERMINER}(?:{_WAR_MODIFIER}\s+){{0,3}}$", re.I)
ACCORDING_REACH = 120  # chars from "according to" to the war's noun: the counter's name, then the war's words


# "X gave a (lower) toll of" right before a count: X gave that count, whoever else the sentence
# quotes ("Police gave a toll of 5, but the Observatory said 12 were killed").
GAVE_RIGHT_BEFORE_RE = re.compile(rf"(?P<src>{SRC}){_SOURCE_ADJUNCTS}{_SOURCE_ADVERB}{_GAVE_TOLL}\s+(?:of|at)\s+$")
GAVE_REACH = 200  # chars before a count where its giver and "gave a toll of" stand


def _clause_attribution(sentence: str, start: int, end: int, src: str | None) -> str | None:
    """Who a toll at sentence[start:end] is credited to: whoever "gave a toll of" it right
    before it; the sentence's source (`src`); or, for a toll in a war's background clause
    (BACKGROUND_CLAUSE_BEFORE_RE), the counter whose saying verb leads into the war's noun phrase
    (SAID_INTO_WAR_RE), else only a source the clause itself names, from its relative word to
    its closing comma or the sentence's end."""
    if "gave" in sentence or "give" in sentence:
        lead = sentence[max(0, start - GAVE_REACH):start]
        g = _attribution_match(GAVE_RIGHT_BEFORE_RE, lead)
        if g:
            return g
    b = BACKGROUND_CLAUSE_BEFORE_RE.search(sentence, max(0, start - BACKGROUND_REACH), start)
    if b is None:
        return src
    if src and (SAID_INTO_WAR_RE.search(sentence, max(0, b.start() - SAID_REACH), b.start()) or (
            ACCORDING_INTO_WAR_RE.search(sentence, max(0, b.start() - ACCORDING_REACH), b.start()))):
        said = _attribution(sentence[:b.start()])
        if said:
            return said
    comma = sentence.find(",", end)
    return _attribution(sentence[b.start("clause"):comma if comma >= 0 else len(sentence)])


# A source named by a descriptor ("an NGO", "a monitor") right after an organisation's name with
# no comma between ("the Syrian Center for Policy Research an NGO has put the toll at"): the
# descriptor is an apposition, and the name is who spoke. Only a capitalised name holding an
# organisation's noun counts, so a place or a day before the descriptor ("in northwestern Syria
# a monitor said", "on Monday a monitor said") is never taken.
INDEFINITE_RE = re.compile(r"^an?\s", re.I)
_ORG_NOUN = (
    r"(?:Center|Centre|Observatory|Network|Committee|Council|Organi[sz]ation|Agency|Ministry|Institute|"
    r"Foundation|Commission|Office|Federation|Union|Coalition|Group|Watch|Monitor|Society|Fund|Programme|"
    r"Program|Association|Corps|Authority|Directorate|Department|Command|Front|Crescent|Cross)"
)
_NAME_WORD_RE = re.compile(r"^(?:[A-Z][\w'’&.-]*|[A-Z]{2,})$")  # a capitalised word or an acronym
_NAME_LINK = ("for", "of", "on", "and", "the")  # joins words of one name ("Office of the High Commissioner")
# Capitalised words that open a sentence or a phrase but are never part of a name.
_NOT_NAME_WORD_RE = re.compile(
    rf"^(?:In|On|At|By|From|With|As|After|Before|During|Since|Also|Meanwhile|According|Earlier|Later|"
    rf"{_WEEKDAY}|{MONTH_FULL})$", re.I
)
ORG_NOUN_RE = re.compile(rf"\b{_ORG_NOUN}\b")


def _named_before(sentence: str, start: int) -> str | None:
    """The organisation named just before a descriptor that stands for it, or None: the run of
    capitalised words and name links ("for", "of", "the") ending right before `start`, from
    after its last "the" that no link precedes ("the Syrian Center for Policy Research"; "Office
    of the High Commissioner" keeps its "the"), holding an organisation's noun."""
    words = sentence[max(0, start - 160):start].split()
    run: list[str] = []
    for w in reversed(words):
        if _NOT_NAME_WORD_RE.match(w) or not (_NAME_WORD_RE.match(w) or w in _NAME_LINK):
            break
        run.insert(0, w)
    cut = [i for i, w in enumerate(run) if w.lower() == "the" and not (i and run[i - 1] in ("of", "for", "on"))]
    name = run[cut[-1] + 1:] if cut else run
    while name and name[0] in _NAME_LINK:
        name = name[1:]
    text = " ".join(name)
    if not name or not _NAME_WORD_RE.match(name[-1]) or not ORG_NOUN_RE.search(text):
        return None
    # the words before the name: after a preposition it is that preposition's object, a place
    # ("an attack on the Red Cross a monitor said", "near the Ministry of Defence a source said")
    if OBJECT_BEFORE_RE.search(" ".join(words[:len(words) - len(name)]) + " "):
        return None
    return text


def _object_of_preposition(sentence: str, start: int, raw: str) -> bool:
    """A source-first match whose name follows a preposition is that preposition's object ("the
    fighting in Syria said"), unless a source's noun is in it, a report's author follows ("a
    report from the UN Secretary General says") or the preposition opens a time ("on Friday
    Siege Watch reported")."""
    return bool(OBJECT_BEFORE_RE.search(sentence, 0, start)) and not SRC_NOUN_RE.search(raw) and not (
        REPORT_BY_RE.search(sentence, 0, start)) and not WHEN_LEAD_RE.match(raw.strip())


# Capitalised words before a source described by a demonym and lower-case words ("Aleppo Syrian
# state television", "ALEPPO Syrian state media"): a comma-less dateline's place, not part of the
# source's name, since a name never opens with a place, then a demonym, then a description
# ("Lebanese Shiite paramilitary group" opens with its demonym; "Free Syrian Army" has no
# lower-case word after it).
_DEMONYM_ADJECTIVE = _demonym(rf"(?:{_DEMONYM_ONE_ENDS}|ish)", capitalised=True)
# a word that says who backs or leads the source ("US-backed Kurdish forces") is part of its name
_BACKER = r"[\w'’.]*-(?:backed|led|allied|based|run|controlled|supported)\b"
# A place may end like a demonym, in a bare "-an" ("Tehran", "Amman", "Isfahan"; not the derived
# "-ian", "-can" of "Iranian", "American") or an "-i" ("Karachi", "Tripoli", "Nairobi"): such a
# word right before a demonym and lower-case words is the dateline's place ("Tehran Iranian state
# media", "Karachi Pakistani officials", "Nairobi Kenyan police"), unless it is itself a demonym
# of that shape (PLACE_SHAPED_DEMONYMS): a name stacks its demonyms ("Kenyan Somali officials",
# "Iraqi Kurdish officials", "Afghan Taliban fighters" keep theirs). A closed list of demonyms,
# not of places, so any place of that shape is cut.
# Demonyms that end in a bare "-an" ...
BARE_AN_DEMONYMS = ("Afghan", "Andorran", "Angolan", "Botswanan", "Cuban", "Ecuadoran", "German", "Guatemalan",
                    "Honduran", "Kenyan", "Lankan", "Libyan", "Nicaraguan", "Papuan", "Paraguayan", "Roman", "Rwandan",
                    "Salvadoran", "Samoan", "Tibetan", "Tongan", "Ugandan", "Uruguayan", "Venezuelan")
# ... and in "-i", with the peoples and faiths named so ("Sunni", "Yazidi", "Ezidi", "Houthi")
BARE_I_DEMONYMS = ("Afghani", "Alawi", "Alevi", "Azeri", "Azerbaijani", "Bahraini", "Bangladeshi", "Baluchi", "Bengali",
                   "Emirati", "Ezidi", "Houthi", "Iraqi", "Ismaili", "Israeli", "Kashmiri", "Kuwaiti", "Nepali", "Omani",
                   "Pakistani", "Punjabi", "Qatari", "Salafi", "Saudi", "Sindhi", "Somali", "Sufi", "Sunni", "Tajiki",
                   "Thai", "Uzbeki", "Yazidi", "Yemeni", "Zaidi")
PLACE_SHAPED_DEMONYMS = BARE_AN_DEMONYMS + BARE_I_DEMONYMS
# a source's demonyms (one, or two stacked: "Syrian Kurdish forces") and a lower-case word
_DEMONYMS_THEN_WORD = rf"{_DEMONYM_ADJECTIVE}(?:\s+{_DEMONYM_ADJECTIVE})?\s+[a-z]"
# a word shaped like a demonym, right before the source's demonyms
_PLACE_SHAPE = r"[A-Z][a-z]*(?:[abd-hj-z]an|i)"
_BEFORE_DEMONYMS = rf"(?=\s+{_DEMONYMS_THEN_WORD})"
_PLACE_SHAPED = rf"(?-i:(?!(?:{'|'.join(PLACE_SHAPED_DEMONYMS)})\b){_PLACE_SHAPE}){_BEFORE_DEMONYMS}"


def _place_before_source_re(place_shaped: str) -> re.Pattern:
    """One to three capitalised words before a source's demonyms and lower-case words: any word
    not shaped like a demonym ("Aleppo Syrian state media") and the demonym-shaped words that
    `place_shaped` says are places; the longest such run."""
    return re.compile(rf"^(?:(?:{place_shaped}|(?!{_DEMONYM_ADJECTIVE}\b|{_BACKER})[A-Z][\w'’-]*)\s+){{1,3}}"
                      rf"(?={_DEMONYMS_THEN_WORD})")


DATELINE_PLACE_RE = _place_before_source_re(_PLACE_SHAPED)


@functools.cache
def _known_places_shaped_as_demonyms() -> frozenset[str]:
    """Places the project knows whose names are shaped like demonyms: dates.CONFLICT_PLACES
    ("Kobani") and CLDR's English country names and time-zone cities (_english_cldr: "Tripoli",
    "Karachi", "Tehran", "Sudan"), less the demonyms above and CLDR's language names ("Punjabi",
    "Dari"). Built on first use: the names load only when a source needs them."""
    en = _english_cldr()
    names = set(CONFLICT_PLACES) | set(en["territories"].values()) | set(en["time_zone_cities"]) | set(en["zone_cities"])
    shaped = re.compile(rf"{_PLACE_SHAPE}")
    return frozenset(n for n in names if shaped.fullmatch(n)) - set(PLACE_SHAPED_DEMONYMS) - set(en["languages"])


@functools.cache
def _inner_place_re() -> re.Pattern:
    """DATELINE_PLACE_RE for a source further in its sentence ("..., Kobani Kurdish officials
    said", "According to Alevi Kurdish groups"), where no dateline stands: a demonym-shaped word is
    cut only when it is a place the project knows (_known_places_shaped_as_demonyms), so a people
    or faith no closed list holds stays ("Ashkenazi", "Ezidi" spelled otherwise), and so does a
    first name ("the Observatory's chief Rami Abdurrahman said").

    Trade-off: an unknown town of that shape stays in the name ("Qamishli Kurdish officials"),
    where at a sentence's start (a dateline) it is cut, unless the article names it as a place
    elsewhere ("in Qamishli", "the town of Qamishli": `_source_name`'s `_named_as_a_place`). On
    the dev corpora (FA-KES, WCXB, NewsMTSC: 9,571 texts) no demonym-shaped word before a demonym
    inside a sentence is a town, while first names, peoples and languages are ("Rami",
    "Ashkenazi", "Korean"): cutting every unknown one, as the dateline rule does, would be wrong
    more often."""
    known = "|".join(sorted(map(re.escape, _known_places_shaped_as_demonyms()), key=lambda n: (-len(n), n)))
    return _place_before_source_re(rf"(?-i:(?:{known})\b){_BEFORE_DEMONYMS}")


# A place's name as a preposition's object or a town's ("in Qamishli on Monday", "the town of
# Qamishli,"), after a preposition ending its noun phrase: a word for a people stands before a
# noun ("in Ashkenazi communities"), so only a mark, a function word or a place's noun may follow.
_PLACE_LEAD = r"\b(?:in|at|near|outside|inside|around|into)\s+"
_PLACE_NOUN_OF = r"\b(?:town|city|village|province|district)\s+of\s+"  # a place whatever follows
_PLACE_END = (r"(?=\s*(?:[,.;:)]|$)|\s+(?:on|in|at|and|to|from|where|which|last|this|city|town|province|"
              r"countryside|district|area|region)\b)")


def _named_as_a_place(text: str, words: str) -> bool:
    """`text` names `words` as a place: after a place's preposition, ending its phrase."""
    name = re.escape(words)
    return re.search(rf"{_PLACE_LEAD}{name}{_PLACE_END}|{_PLACE_NOUN_OF}{name}\b", text) is not None


# What may stand before a source that opens its sentence: quotes, brackets, a dash
_SENTENCE_OPENING_MARKS = " \t\n\"'“‘«(—–-"


def _opens_sentence(sentence: str, start: int) -> bool:
    """Whether sentence[start:] opens its sentence, where a dateline may stand: nothing but
    opening marks before it (not "And", not "According to")."""
    return not sentence[:start].strip(_SENTENCE_OPENING_MARKS)


POSSESSIVE_END_RE = re.compile(r"(?<=\w)['’]s?$")


TITLE_RE = re.compile(rf"\b{_TITLE}\b", re.I)


def _after_glued_title(src: str) -> str:
    """A title ends a comma-less phrase before the speaker when another named source follows it
    ("After meeting the UN envoy Syrian officials said": Syrian officials); before a bare name
    it is the speaker's ("UN envoy Staffan de Mistura")."""
    m = TITLE_RE.search(src)
    while m and src[m.end():].strip()[:1].isupper() and SRC_NOUN_RE.search(src, m.end()):
        src = src[m.end():].strip()
        m = TITLE_RE.search(src)
    return src


def _source_name(raw: str, opens_sentence: bool = True, text: str = "") -> str:
    """The source as named: no leading "the", no time or sentence adverb before it, no
    dateline's place before it (DATELINE_PLACE_RE where the source opens its sentence, as a
    dateline does: `opens_sentence`, from _opens_sentence, and no adverb, time, "the" or "And"
    before it in raw; _inner_place_re elsewhere, and any word DATELINE_PLACE_RE would cut that
    `text`, the article, names as a place: `_named_as_a_place`), no day or month as the whole
    of it."""
    src = ADVERB_LEAD_RE.sub("", raw.strip())
    src = WHEN_LEAD_RE.sub("", src)
    src = re.sub(r"^the\s+", "", src, flags=re.I)
    first = src.split(maxsplit=1)[:1]
    dateline = opens_sentence and src == raw.strip() and not (first and FUNCTION_WORD_RE.match(first[0]))
    src = (DATELINE_PLACE_RE if dateline else _inner_place_re()).sub("", src.rstrip(".'’"))
    place = None if dateline or not text else DATELINE_PLACE_RE.match(src)
    if place and _named_as_a_place(text, place.group(0).strip()):
        src = src[place.end():]  # "Qamishli Kurdish officials" where the article says "in Qamishli"
    src = POSSESSIVE_END_RE.sub("", src)  # "the Observatory's figures show": the Observatory
    src = _after_glued_title(src)
    return "" if re.fullmatch(_WHEN_WORD, src, re.I) else src


# --- extraction ----------------------------------------------------------------------------


# A part of a toll ("including four children") and a total a part belongs to ("were among 22").
PART_BEFORE_RE = re.compile(r"\b(?:including|among\s+them|among\s+whom|of\s+whom|of\s+them|incl\.)\s*$", re.I)
# "three journalists were among the dead": a part of a toll stated elsewhere.
AMONG_DEAD_AFTER_RE = re.compile(
    # "there were 11 children among the dead", "a commander was also among the dead"
    rf"(?:\s+[A-Za-z][\w'’-]*){{0,4}}?\s+(?:(?:were|was|are|is)\s+)?(?:also\s+|reportedly\s+)?among\s+(?:the|those)\s+"
    rf"(?:{DEATH_WORD})\b", re.I
)
AMONG_BEFORE_RE = re.compile(r"\bamong\s+(?:the\s+)?$", re.I)
# A part named right after a toll's victims ("killed at least 58 people, including 11 children"):
# the whole's death is the part's, though no death word follows the part itself. Only the
# victims' words may stand between, no clause opener ("killed 12 and wounded 40 including 5
# children" keeps the part with the wounded).
PART_OF_TOLL_GAP_RE = re.compile(
    rf"^(?:\s+(?!(?:{_STOP})\b){_MID_WORD}){{0,4}}?\s*,?\s+"
    r"(?:including|among\s+them|among\s+whom|of\s+whom|incl\.)\s*$",
    re.I,
)
# A toll that went past a number is above it ("the toll passed 300,000", "Death toll tops 100").
EXCEEDED_BEFORE_RE = re.compile(rf"\b(?:{_PASSED})\s+$", re.I)
# An estimate stated as one: "some estimates suggest(ing) 470,000", "470,000 may have died".
ESTIMATE_BEFORE_RE = re.compile(r"\bestimates?\s+(?:suggest|say|show|indicate)\w*\s+(?:that\s+)?$", re.I)
MAY_HAVE_DIED_AFTER_RE = re.compile(
    rf"(?:\s+[\w'’-]+){{0,3}}?\s+(?-i:may|might|could)\s+have\s+(?:been\s+)?(?:{_KILLED}|died|perished)\b", re.I
)
# An updated total ("bringing to 45 the number killed", "the toll rose to 61", "passed 300").
UPDATE_BEFORE_RE = re.compile(rf"\b(?:(?:{_BRING})(?:\s+[\w'’-]+){{0,6}}?\s+to|{_UPDATE_TO})\s*$", re.I)


# "The death toll rose to 45 hours after the blast": the toll was updated to 45, and "hours after
# the blast" says when ("some hours after"), as "45 late on Monday" would. Only a toll updated to
# the count (UPDATED_TOLL_BEFORE_RE: the toll's noun, then its verb "to"/"at" the count, no other
# count or clause between) and a time unit that opens "after"/"later" read so: "killed 45 hours
# after", "fighting lasted 45 hours", "the curfew was raised to 45 hours" and "the toll rose 45
# hours after" count hours.
# Words that open a relative clause: its verb ("the toll from the cyclone that hit 48 hours after")
# is not the toll's.
_RELATIVE = r"that|which|who|whom|whose|where"
TIME_THEN_AFTER_RE = re.compile(r"^\s+(?:minutes|hours|days|weeks)\s+(?:after|later)\b", re.I)
UPDATED_TOLL_BEFORE_RE = re.compile(
    rf"\b(?:{_TOLL_NOUN}|deaths|fatalities)(?:\s+(?!(?:and|but|while|as|when|after|{_RELATIVE})\b|\d)[\w'’-]+){{0,8}}?\s+"
    r"(?:to|stands\s+at|stood\s+at|"
    r"reached|reaches|hit|hits)\s*$"
    rf"|\b(?:{_BRING})\s+(?:the|its)\s+(?:[\w'’-]+\s+){{0,2}}?(?:toll|tally)\s+to\s*$",
    re.I,
)
UPDATED_TOLL_REACH = 100  # chars before a count where its toll's noun and update verb stand
# The toll's own update after the time phrase ("the toll from the cyclone that hit 48 hours after
# the warning rose to 30"): the earlier "to/hit N hours after" belonged to a clause about something
# else, and the count is hours.
LATER_UPDATE_RE = re.compile(rf"\b(?:{_PASSED}|(?:{_UPDATE_VERB}|stands|stood|reached|hit)(?:\s+up)?\s+(?:to|at)?)\s*{NUM}",
                             re.I)


def _updated_toll_then_time(m: re.Match, sentence: str, after: str) -> bool:
    """A toll updated to the count, then a time unit that opens "after"/"later" (TIME_THEN_AFTER_RE)."""
    return bool(TIME_THEN_AFTER_RE.match(after)) and not LATER_UPDATE_RE.search(after) and bool(
        UPDATED_TOLL_BEFORE_RE.search(sentence, max(0, m.start() - UPDATED_TOLL_REACH), m.start()))


# Tolls listed under one death ("killed 50 militants and eight civilians", "120 fighters and 60
# mercenaries were killed", "crucifying two people and executing 23 others"): the gap between
# two numbers is victim words and a conjunction, at most with a second killing verb.
CONJ_GAP_RE = re.compile(
    rf"^(?P<words>(?:\s+(?!(?:{_STOP})\b){_MID_WORD}){{1,5}}?)\s*"
    r"(?:,\s*(?:and\s+)?|\s+and\s+|\s+as\s+well\s+as\s+|\s+along\s+with\s+)"
    # "a woman and her two children", "a commander and his three bodyguards"
    r"(?:(?:killing|executing|beheading|crucifying|massacring|slaughtering|murdering)\s+)?"
    r"(?:(?:another|other|his|her|their|its)\s+)?$",
    re.IGNORECASE,
)


# Every claim needs a death context (AFTER_RE's DEATH_WORD, BEFORE_RE or ELIMINATE_BEFORE_RE;
# a listed run needs one at its first or last member), and each of those contains one of these
# stems. A sentence without any cannot hold a toll, so the costly number scan is skipped: same
# claims, a fraction of the time. The stems are searched in lowered text (casefold: 4x faster
# than re.I, and nothing re.I would find is missed).
DEATH_CUE_STEMS = (
    "kill", "dea", "die", "slain", "perish", "execut", "massacr", "martyr", "murder", "behead", "crucif",
    "assassinat", "slaughter", "fatalit", "bodies", "corpses", "lives", "fallen", "bring", "brought", "rais",
    "push", "toll", "number", "eliminat", "destroy", "neutrali", "liquidat", "lost", "lose", "losing", "drown",
    "succumb", "claim", "tally",
)
DEATH_CUE_RE = re.compile("|".join(DEATH_CUE_STEMS))


def _cue_starts(body: FoldedText) -> list[int]:
    """Sorted starts of every stem occurrence in the body, any case. The stems are letters only
    and sentence spans never split a run of letters, so a sentence holds a cue (a
    DEATH_CUE_RE match) exactly when one of these starts inside it: one pass over the body
    instead of a search per sentence, by str.find (a regex alternation of 28 literals is
    tried at every position and was slower)."""
    starts = []
    for stem in DEATH_CUE_STEMS:
        i = body.find(stem)
        while i >= 0:
            starts.append(i)
            i = body.find(stem, i + 1)
    starts.sort()
    return starts


def _holds_cue(cues: list[int], start: int, end: int) -> bool:
    i = bisect_left(cues, start)
    return i < len(cues) and cues[i] < end


def number_phrases(sentence: str | FoldedText) -> list[re.Match]:
    """NUMBER_PHRASE_RE.finditer(sentence), found by the faster lower-case scan (casefold), with
    a year and the count after its dash read apart (`_year_then_count`)."""
    folded = sentence if isinstance(sentence, FoldedText) else FoldedText(sentence)
    out: list[re.Match] = []
    for m in folded.finditer(NUMBER_PHRASE_RE):
        if out and m.start() < out[-1].end():
            continue  # inside the count read after a year
        if _year_then_count(m, folded.text):
            m = NUMBER_PHRASE_RE.readable.match(folded.text, m.start("hi2")) or m
        if m.group("person") and not _one_person_as_written(m, folded.text):
            continue
        out.append(m)
    return out


def _one_person_as_written(m: re.Match, text: str) -> bool:
    """A one-person phrase the lower-case scan found, checked for case: more than
    MAX_PLAIN_WORDS_BEFORE_ONE words before the noun only as a capitalised name ("a Syrian Arab Red
    Crescent volunteer", not "a bomb killed a man"), and a people's word of no demonym shape only
    capitalised ("a Briton", not "a pole")."""
    words = text[m.end():m.start("person")].split()
    if len(words) > MAX_PLAIN_WORDS_BEFORE_ONE and not all(w[:1].isupper() for w in words):
        return False
    return not DEMONYM_ONE_OTHER_RE.match(m.group("person")) or m.group("person")[:1].isupper()


def _year_then_count(m: re.Match, text: str) -> bool:
    """A year, a dash and a number is no range when the year is a date's (a month before it:
    "May 1, 2016 - 42 people", "1 May 2016 – Forty-two") or the number is below it ("in 2016 -
    42 people"): a dateline or an aside ends at the dash and a count opens after it."""
    lo = m.group("lo2")
    dash = m.group(0)[len(lo):m.start("hi2") - m.start()] if lo else ""
    if not lo or not YEAR_TOKEN_RE.match(lo) or dash.strip() not in ("-", "–"):
        return False
    if MONTH_BEFORE_YEAR_RE.search(text, max(0, m.start() - 20), m.start()):
        return True
    # with no month, only a spaced dash ends an aside: "2011-12" is a span of years, not a count
    hi = parse_number(m.group("hi2"))
    return dash != dash.strip() and (not hi or hi[0] <= int(lo))


@dataclass
class Claim:
    """One stated toll while extraction works on it. The fields up to `sentence_no` are its row
    in the death_tolls table (`row()`: the TOLL_COLUMNS a toll has, the article adds the rest);
    the others are what the headline rules read about where it stands, and no table shows them."""

    value: float
    low: float | None
    high: float | None
    qualifier: str
    scope: str
    victims: str
    attributed_to: str | None
    is_headline: bool
    sentence: str
    start: int
    end: int
    sentence_no: int | None = None
    # how the headline rules see it
    # a part of the dead the article counts ("including four children", "three of the dead",
    # "five journalists were among the dead"): a row, never the headline over a whole
    part: bool = False
    total: bool = False  # "were among 22": a total the toll before it belongs to
    update: bool = False  # "bringing to 45": an update of an earlier toll
    sum_of: list[int] | None = None  # a sum of listed tolls: where its parts start
    part_values: list[float] | None = None  # and their values

    @property
    def is_sum(self) -> bool:
        return self.sum_of is not None

    def row(self) -> dict:
        """The table row: every field up to sentence_no, in order."""
        return {name: getattr(self, name) for name in _ROW_FIELDS}


_ROW_FIELDS = tuple(f.name for f in fields(Claim) if f.name in TOLL_COLUMNS)  # in field order


def _sentence_claims(body: FoldedText, s_start: int, s_end: int, rejected: list | None = None,
                     published: date | None = None, conflict_name: str = CONFLICT_NAME,
                     conflict_start: date = CONFLICT_START) -> list[Claim]:
    """Claims of one sentence (one holding a death cue), then the sums of tolls listed
    together (`is_sum`, kept only when chosen as headline). With the article's `published`
    date, an incident toll dated long before it is background (`_dated_long_before`: "other");
    a cumulative toll of another war than `conflict_name`'s is "other" (`_names_another_war`)."""
    folded = body[s_start:s_end]
    sentence = folded.text
    found = []  # (match, (value, low, high), death context or None)
    for m in number_phrases(folded):
        parts = _number_parts(m)
        # a number that is no count (an age, a year, a label) is no list member either: "an
        # 8-year-old boy and his mother" lists two people
        if parts is None or parts[0] <= 0 or _is_year_or_label(m, sentence, sentence[m.end():m.end() + 90]):
            continue
        ctx = _death_context(m, folded)
        if ctx and _not_a_reported_death(m, sentence, ctx):
            ctx = None
        reason = implausible_toll(parts[0]) if ctx else None
        if reason:
            if rejected is not None:
                rejected.append({"sentence": sentence, "start": s_start + m.start(), "end": s_start + m.end(),
                                 "text": m.group(0)[:80], "reason": reason, "too_large": too_large_for_a_toll(parts[0])})
            continue
        if ctx is None and found and found[-1][2] is not None:
            ctx = _part_of_toll(found[-1][0], m, sentence) or _updated_toll(found[-1], m, sentence)
        found.append((m, parts, ctx))
    found = [f for f in _named_ones(found, sentence, folded, body.text)
             if not _names_some_of_a_count(f[0], found, sentence)]
    runs = _conjunct_runs(found, sentence)
    in_run = {i: run for run, _ in runs for i in run}
    claims, by_index = [], {}
    for i, (m, parts, ctx) in enumerate(found):
        if (ctx is None or _list_member_only(m)) and i not in in_run:
            continue
        victims = ctx[0] if ctx else _victims(_conjunct_victim(i, in_run.get(i, []), found, sentence))
        if (noun := _one_person_noun(m)) and noun[0].lower() != "person":
            # "a nurse", "and his young daughter": the noun, not "people", nor the last noun of
            # the list it opens ("A woman and child": 'woman')
            victims = noun[0].lower()
        by_index[i] = len(claims)
        claims.append(_claim(folded, s_start, m, parts, victims, conflict_name, conflict_start))
    if published is not None and claims and YEAR_DIGITS_RE.search(sentence):
        for c in claims:
            if c.scope == "incident" and _dated_long_before(sentence, c.start - s_start, c.end - s_start, published):
                c.scope = "other"
    if any(c.scope == "cumulative" for c in claims) and _names_another_war(sentence, conflict_name):
        for c in claims:
            if c.scope == "cumulative":
                c.scope = ANOTHER_WAR_SCOPE
    for run, adds_up in runs:
        if adds_up:  # a member among an earlier one is some of its dead, not more beside them
            among = _parts_of_earlier([claims[by_index[i]] for i in run], sentence, s_start)
            for i, is_part in zip(run, among):
                claims[by_index[i]].part = claims[by_index[i]].part or is_part
            run = [i for i, is_part in zip(run, among) if not is_part]
            if len(run) < 2:
                continue
        total = _sum_claim([claims[by_index[i]] for i in run]) if adds_up else None
        if total is not None:
            total.end = s_start + _through_noun(sentence, total.end - s_start, claims[by_index[run[-1]]].victims)
            claims.append(total)
        # a list after "including" or one that opens with a part ("the dead included four
        # children and a woman"): every member is a part, not only the first
        if not adds_up or claims[by_index[run[0]]].part:
            for i in run:
                claims[by_index[i]].part = True
    if claims:
        parts = _part_speakers(sentence, body.text)
        for c in claims:
            src = _speaker_of(sentence, parts, c.start - s_start, c.end - s_start)
            c.attributed_to = _clause_attribution(sentence, c.start - s_start, c.end - s_start, src)
    return claims


# One person named, not counted, who opens a list of the dead with companions counted after
# "and": "killing Abu Malik, a field commander of the group, and eight more militants" = 9,
# "killed Ahmed and five of his relatives" = 6. The count's own words say the named one is of
# the same dead ("more", "other(s)", "of his/her/their"), so the name is read only there, and
# only as a list member (as a kin member is). Case-sensitive: a name is capitalised.
_NAME_WORD = r"(?:(?:[Aa]l|[Ee]l)-)?[A-Z][a-z]+(?:['’-][A-Za-z]+)*"
_NAME_JOINER = r"(?:al|el|bin|ibn|bint|abu|Abu|Umm|Bin|Ibn|Bint|aka|Aka|alias)"
_NOT_A_NAME = (r"(?!(?:The|A|An|His|Her|Their|Its|This|That|These|Those|Both|All|Some|Several|Many|At|In|On|"
               r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
               rf"{'|'.join(m.capitalize() for m in MONTHS)})\b)")
_NAME = rf"{_NOT_A_NAME}{_NAME_WORD}(?:\s+(?:{_NAME_JOINER}\s+)?{_NAME_WORD}){{0,5}}"
# "Abu Malik, a field commander of the group," / "the group's spokesman": who the named one is
# (between commas any words; without them, a person's noun must end it)
_ROLE = r"head|chief|spokesman|spokeswoman|deputy|emir|founder|aide|secretary|director"  # who a named one is
_NAME_APPOSITION = (r"(?:\s*,\s+(?:an?|the|his|her|its|their)\s+(?:[\w'’-]+\s+){0,6}?[\w'’-]+\s*,"
                    rf"|\s+(?:an?|the|his|her|its|their)\s+(?:[\w'’-]+\s+){{0,3}}?(?i:{SINGULAR}|{_ROLE})"
                    r"(?:\s+of\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?)?)?")
# A title before the name, which says who the named one is ("Hezbollah commander Ali Karaki",
# "senior rebel commander Abu Malik", "a local journalist Omar"): a person's noun or role last.
# No verb among its words ("Rebels said local journalist Omar": "Rebels said" is no title; "said
# it killed Hezbollah commander Ali": "it killed" is none either) and no pronoun.
_NAME_TITLE = (rf"(?:(?:an?|the)\s+)?(?:(?!(?i:{_STOP}|{AUX}|{'|'.join(_SAY_MORE)}|{_KILLED}|kill|kills|killing"
               r"|it|he|she|they|we)\b)[\w'’-]+\s+){0,3}?"
               rf"(?i:{SINGULAR}|{_ROLE})\s+(?=[A-Z])")
# A verb that reports the list of the dead as its object clause ("State media said army colonel
# Ahmed Hassan and four other soldiers died"): the named one starts right after it, as after a mark.
_SAID_LIST = _SAID_BY + ("announced", "stated", "added", "confirmed", "claimed")
# A verb whose object is the dead it killed ("killing Abu Malik", "executed Ahmed").
_KILLS_WHOM = r"\b(?i:kill(?:ed|ing|s)?|execut(?:ed|ing|es)|murder(?:ed|ing|s)?)\s+"
NAMED_ONE_BEFORE_RE = re.compile(
    rf"(?:{_KILLS_WHOM}"
    rf"|\b(?i:{'|'.join(_SAID_LIST)})(?:\s+that)?\s+"
    r"|^\s*|[,;:]\s+)"
    rf"(?P<titled>(?:{_NAME_TITLE})?(?P<name>{_NAME})){_NAME_APPOSITION}\s+and\s+$"
)


class NamedOne:
    """A named person in a list of the dead, where the sentence's counts are read as number
    phrases' matches: one person, exactly, so it answers the part of re.Match that the claim
    code reads of a count (start, end, group) with its span, its name as the match and as the
    "one" group ("a commander"'s), and no number groups (None)."""

    __slots__ = ("_sentence", "_start", "_end")
    NUMBER_GROUPS = frozenset(("lo1", "hi1", "lo2", "hi2", "qual", "num", "post"))

    def __init__(self, sentence: str, start: int, end: int):
        self._sentence, self._start, self._end = sentence, start, end

    def start(self, group: int | str = 0) -> int:
        return -1 if group in self.NUMBER_GROUPS else self._start  # an unset group's, as re.Match's

    def end(self, group: int | str = 0) -> int:
        return -1 if group in self.NUMBER_GROUPS else self._end

    def group(self, group: int | str = 0) -> str | None:
        if group in (0, "one"):
            return self._sentence[self._start:self._end]
        if group in self.NUMBER_GROUPS:
            return None
        raise IndexError(f"no such group: {group!r}")


# A group a kill verb names before a count of its companions ("killed Hezbollah and three other
# fighters", "killed ISIS and five more militants"): none of the dead itself, its companions are.
KILLED_GROUP_BEFORE_RE = re.compile(rf"{_KILLS_WHOM}(?:the\s+)?(?P<group>[A-Z][\w'’-]*)\s+and\s+$")
NAMED_COMPANIONS_AFTER_RE = re.compile(r"^\s+(?:more|other|others|of\s+(?:his|her|their))\b", re.I)
NAMED_ONE_GAP_RE = re.compile(r"^\s*,?\s+and\s+$", re.I)
# A people, not one person: one capitalised plural ("Palestinians", "Kurds", "Alawites"), or a
# plural after demonyms ("Syrian Christians"); "Jean-Pierre Dubois" is a name.
NAMED_GROUP_RE = re.compile(rf"^(?:[A-Z][a-z]+s|(?:{_DEMONYM_SINGULAR}\s+)+(?:{_DEMONYM_PLURAL}|[A-Z][a-z]+s))$")


def _named_ones(found: list, sentence: str, folded: FoldedText, text: str = "") -> list:
    """`found` with a named person inserted before each count that lists them with companions
    ("killing Abu Malik and eight more militants"); a number phrase inside the name's
    apposition ("a field commander") gives way to it."""
    out = list(found)
    for m, parts, ctx in found:
        if parts is None or not NAMED_COMPANIONS_AFTER_RE.match(sentence[m.end():m.end() + 20]):
            continue
        b = NAMED_ONE_BEFORE_RE.search(sentence, max(0, m.start() - 160), m.start())
        g = KILLED_GROUP_BEFORE_RE.search(sentence, max(0, m.start() - 60), m.start())
        if ctx is None and g and (NAMED_GROUP_RE.match(g.group("group")) or VICTIM_WORD_RE.match(g.group("group"))):
            # its companions are dead by their own noun ("four of his bodyguards": people)
            v = VICTIMS_AFTER_RE.match(sentence[m.end():m.end() + 90])
            out = [(f[0], f[1], (_victims(v.group("v") if v else ""), 0)) if f[0] is m else f for f in out]
        if not b or NAMED_GROUP_RE.match(b.group("name")) or VICTIM_WORD_RE.match(b.group("name")):
            continue  # a people ("Palestinians") or a group counted as its dead are ("Hezbollah", "Nusra")
        name = b.group("name")
        if (len(name.split()) == 1 and not _name_where_it_stands(sentence, b.start("name"), name, text)
                and word_tag(name) not in VERB_TAGS):
            continue  # a common word opening its clause ("Police and three other officers"); one the
            # lexicon tags only as a verb's form ("sayed") is no noun, and a list of the dead needs one
        one = NamedOne(sentence, b.start("titled"), _named_end(b))
        one_ctx = _death_context(one, folded)
        out = [f for f in out if not (one.start() <= f[0].start() < one.end())]
        out.append((one, (1.0, 1.0, 1.0), one_ctx))
    out.sort(key=lambda f: f[0].start())
    return out


def _named_end(b: re.Match) -> int:
    """End of the named one and its apposition: before the closing comma and " and "."""
    return b.start() + len(re.sub(r"\s*,?\s+and\s+$", "", b.group(0)))


KIN_MEMBER_RE = re.compile(r"^(?:his|her|their|the)$", re.I)  # a _KIN_MEMBER phrase, as matched


def _list_member_only(m: re.Match) -> bool:
    """A phrase read only as a member of a list of victims, never as a toll alone: a kin member
    ("and his son"), one with "the" or a bare noun after "and" ("a woman and child"), a named one."""
    return isinstance(m, NamedOne) or bool(KIN_MEMBER_RE.match(m.group(0)) or m.group("mate"))


# "killed 12 people, Ahmed and three of his sons": a name set after a count of the dead and an
# aside's mark is an apposition naming some of those dead, never more dead beside them
APPOSITION_MARK_RE = re.compile(r"[,:–—-]\s+$")  # not ";": a new clause may list more dead


def _names_some_of_a_count(m: re.Match, found: list, sentence: str) -> bool:
    """`m` is a named one (`_named_ones`) right after a count of the dead, its victims' words and
    an aside's mark (ASIDE_GAP_RE): some of that count, so no list member."""
    if not isinstance(m, NamedOne):
        return False
    for c, parts, ctx in found:
        gap = sentence[c.end():m.start()]
        if c.end() <= m.start() and ctx is not None and not isinstance(c, NamedOne) and ASIDE_GAP_RE.match(gap) and (
                APPOSITION_MARK_RE.search(gap)):
            return True
    return False


# "11 people, seven of them children": the victims' words, then an aside's opening mark.
ASIDE_GAP_RE = re.compile(rf"^(?:\s+(?!(?:{_STOP})\b){_MID_WORD}){{0,4}}?\s*[,–—-]?\s+$", re.I)


UPDATE_GAP = 80  # chars between a toll and the count it is updated to ("toll of 47, later updated to 82")
# Words between an update's subject and its verb: auxiliaries and adverbs ("was later revised").
_UPDATE_ADVERBS = r"(?:that|which|was|were|has|had|have|been|is|later|since|then|subsequently|further|again|now|also|[a-z]+ly)"
# What is updated: the toll itself ("the toll", "the number of the dead"), not "the number of injured".
_TOLL_SUBJECT = (r"(?:(?:death\s+)?toll|figure|number|tally|count)"
                 r"(?:\s+of\s+(?:the\s+)?(?:dead|deaths|fatalities|victims|those\s+killed))?")
# The gap from a toll to the count it is updated to in the same sentence: the toll's own words,
# then "(a/the toll)", auxiliaries or adverbs and the verb ("toll of 47, later updated to 82", "stood
# at 25, and has since risen to 30": a clause with no subject of its own continues the toll's), not
# another clause's rising count ("12 people as wind speeds rose to 150", "bringing the number of
# arrests to 45").
UPDATE_RIGHT_AFTER_RE = re.compile(
    rf"^(?:\s+(?!(?:{_STOP}|{_JOINED_CLAUSE_OPENER})\b){_MID_WORD}){{0,4}}?\s*,?\s+(?:(?:and|but)\s+)?"
    rf"(?:(?:an?|the|this|that)\s+{_TOLL_SUBJECT}\s+)?(?:{_UPDATE_ADVERBS}\s+)*{_UPDATE_TO}\s*$",
    re.I,
)


def _updated_toll(prev: tuple, m: re.Match, sentence: str) -> tuple[str, int] | None:
    """The death context of a count a toll is updated to right after it ("an initial death toll
    of 47, later updated to 82": UPDATE_BEFORE_RE ends the gap), and of a part named after that
    update ("updated to 82 on Sunday including 58 civilians"), or None. `prev` is the toll's
    (match, parts, death context)."""
    pm, _, pctx = prev
    gap = sentence[pm.end():m.start()]
    if len(gap) > UPDATE_GAP:
        return None
    after = sentence[m.end():m.end() + 60]
    if UPDATE_RIGHT_AFTER_RE.match(gap) and (VICTIMS_AFTER_RE.match(after) or NO_NOUN_AFTER_RE.match(after)) and (
            not _moved_not_dead(sentence, m.start(), after)):
        return pctx[0], 0
    v = VICTIMS_AFTER_RE.match(after)
    if v and PART_BEFORE_RE.search(gap) and not NON_DEATH_AFTER_RE.match(after) and (
            UPDATE_BEFORE_RE.search(sentence, max(0, pm.start() - 60), pm.start())):
        return _victims(v.group("v")), 0
    return None


# A sentence that opens by updating the toll the sentence before gave ("This was later updated
# to 82", "The figure was revised to 82", "It rose to 82"): the toll it refers to is that one. Its
# subject is the toll itself, not "the number of injured / of arrests", and only auxiliaries and
# adverbs stand before the verb.
RESTATED_UPDATE_RE = re.compile(
    rf"^\W*(?:(?:the|this|that)\s+{_TOLL_SUBJECT}|this|that|(?P<it>it))\b(?:\s+{_UPDATE_ADVERBS})*\s+"
    rf"(?:{_UPDATE_TO}|(?P<rising>{_RISING}))\s*$",  # a bare rising verb only before a bound ("rose above")
    re.I,
)


# A sentence whose subject is a death toll: the toll's noun, then its clause's verb with no clause
# opener between ("The death toll from the quake stood at 250", "the number of dead has reached
# 250"), so an "It" opening the next sentence stands for the toll, and "It went past 300 people"
# updates it (the toll is what went past, as TOLL_MOVED_BEFORE_RE reads it within one sentence).
TOLL_SUBJECT_RE = re.compile(
    rf"\b{_TOLL_NOUN}(?:\s+(?!{_CLAUSE_OPENER}\b)[\w'’-]+){{0,12}}?\s+{_TOLL_STATE_VERB}\b", re.I)


# What may follow the count a toll is updated to when no victims do: the end of its clause, or
# when, where or who ("updated to 82 on Sunday", "revised to 82, the Observatory said"); a noun
# there counts something else ("updated to 82 homes").
NO_NOUN_AFTER_RE = re.compile(
    rf"^(?:\s*[,.;:)]|\s*$|\s+(?:on|in|at|by|from|after|including|among|as|and|according|the|a|last|this|"
    rf"yesterday|today|overnight|{_WEEKDAY})\b)",
    re.I,
)


# what RESTATED_UPDATE_RE's verb may be: an update (_UPDATE_TO) or a rise above a count ("rose above")
UPDATE_VERB_RE = re.compile(rf"\b(?:{_UPDATE_TO}|{_RISING}\s+(?:{dict(QUALIFIERS)['more_than']}))\s", re.I)
UPDATE_LEAD = 80  # chars from a sentence's start within which RESTATED_UPDATE_RE's verb stands


# The clause a count stands in, read back from the count: from the sentence's start or the last
# clause opener before it ("... stood at 25 and the number of wounded reached 250").
_CLAUSE_START_RE = re.compile(rf"(?:[.!?;:]\s|\b{_CLAUSE_OPENER}\b)(?!.*(?:[.!?;:]\s|\b{_CLAUSE_OPENER}\b))", re.I | re.S)
_NOT_DEAD_RE = re.compile(rf"\b(?:{_NOT_DEAD})\b", re.I)
TOLL_SUBJECT_LEAD = 160  # chars before a count within which its clause's subject stands
LIVING_CLAUSE_SUBJECT_RE = re.compile(
    rf"\W*(?:(?:the|this|that)\s+(?:number|count|tally|total|figure)\b|(?:[\w'’-]+\s+){{0,3}}?(?:{_NOT_DEAD})\b)", re.I)


def _counts_the_living(text: str, prev: Claim, sentence_end: int) -> bool:
    """`prev`'s own clause counts wounded, displaced or missing people, or a clause with a subject
    of its own follows it in its sentence (ending at `sentence_end`; `_joined_clause_start`: "The
    death toll stood at 25 and the number of wounded reached 250": the 250's clause, no toll), so
    an "It" opening the next sentence stands for them, and what "It went past" is no update of the
    dead (rev10t: "It went past 300" made 300 the headline). A clause with no count ("The death
    toll rose to 25 as rescuers searched the rubble.") leaves "It" the toll."""
    lead = text[max(0, prev.start - TOLL_SUBJECT_LEAD):prev.start]
    cut = _CLAUSE_START_RE.search(lead)
    if _NOT_DEAD_RE.search(lead[cut.end():] if cut else lead):
        return True
    counts = list(COUNT_TOKEN_RE.finditer(text, prev.end, sentence_end))
    if not counts:
        return False
    # from the lead word before prev's count ("stood at 25 and ...": COUNT_THEN_CLAUSE_RE)
    lead_in = max(0, prev.start - COUNT_LEAD_REACH)
    cut = _joined_clause_start(text[lead_in:counts[-1].start()])
    # only a subject "It" can stand for: living people or one count noun ("the number of wounded",
    # "wounded"), not "rescuers pulled 40 survivors" or "searched 12 buildings" (rev11t T17)
    return cut is not None and bool(LIVING_CLAUSE_SUBJECT_RE.match(text, lead_in + cut, counts[-1].start()))


# A clause joined after a toll's count ("The death toll stood at 25 and the number of wounded
# reached 250", "... as wounded reached 250"): the opener (_JOINED_CLAUSE_OPENER) after a count
# (digits or a number word, not a year) that a toll's verb leads into ("stood at", "rose to",
# "reached", "hit", "passed": not "in 2014 and 2015", "on Route 5 and the market") and up to four
# words, none a plural noun of things ("The toll from 3 towns and villages rose to 30" is one
# subject) and no unit (NOT_COUNT_AFTER_RE: "48 hours after").
_COUNT_TOKEN = rf"(?<![\w'’-])(?:\d[\d,.]*|(?:{_NUMBER_WORD})(?:-[a-z]+)?)(?:\s+{_SCALE})?(?![\w'’-])"
COUNT_TOKEN_RE = re.compile(_COUNT_TOKEN, re.I)
COUNT_LEAD_REACH = 30  # chars before a count where its lead word and qualifier stand ("stood at more than ")
_COUNT_LEAD = rf"(?:to|at|of|reached|reaches|reaching|hit|hits|hitting|{_PASSED}|is|was|total(?:l?ed|s))"
COUNT_THEN_CLAUSE_RE = re.compile(
    rf"\b{_COUNT_LEAD}\s+(?:(?:{_QUAL})\s+)?(?!(?:19|20)\d\d\b){_COUNT_TOKEN}(?P<tail>(?:\s+[\w'’-]+){{0,4}}?)"
    rf"\s+{_JOINED_CLAUSE_OPENER}\s+", re.I)
# A subject that stands for the toll itself ("but it rose to 30", "and the figure was revised to
# 30", "and the number of dead reached 30"), not "the number of wounded".
TOLL_BACK_SUBJECT_RE = re.compile(rf"^\W*(?:(?:the|this|that)\s+{_TOLL_SUBJECT}(?!\s+of\b)|it|this|that)\b", re.I)
_ADVERB_WORD_RE = re.compile(rf"^{_UPDATE_ADVERBS}$", re.I)
_TOLL_STATE_VERB_RE = re.compile(rf"^{_TOLL_STATE_VERB}$", re.I)
NAMES_THE_DEAD_RE = re.compile(rf"\b(?:{DEATH_WORD}|{_TOLL_NOUN})\b", re.I)
# The dead joined to the living in a subject ("the number of those killed or wounded", "dead and
# missing"): casualties, a subject of its own as _TOLL_NOUN's look-ahead reads it (rev11t T24).
DEAD_WITH_LIVING_RE = re.compile(
    rf"\b(?:{DEATH_WORD})\s+(?:or|and|and/or)\s+(?:(?:the|those|were|was|went|have\s+been|been)\s+)?"
    rf"(?:{_NOT_DEAD}|injuries)\b", re.I)
# A counter's clause restating the toll (rev11t T20): its verb's object is the toll ("and activists
# put it at 40", "and state TV later raised it to 31", "and the Observatory said it had reached 40",
# "while a medical source put the number at 40"), or its subject is a counter's own count ("and the
# Observatory's count reached 40", "while activists' figures reached 40").
RESTATES_TOLL_RE = re.compile(
    r"\b[\w'’-]+\s+(?:that\s+)?(?:it|the\s+(?:death\s+)?(?:toll|number|figure|total|tally|count))\s+"
    r"(?:at|to|had|has|was|is|stood|reached|would)\b", re.I)
COUNTERS_OWN_COUNT_RE = re.compile(
    r"(?:'s|’s|s'|s’)\s+(?:own\s+|latest\s+|new\s+)?(?:count|figures?|estimates?|tally|toll|total)$", re.I)


def _own_subject(clause: str) -> bool:
    """`clause` (from its opener to a count) opens with a subject of its own that is not the
    dead: words before its verb (a finite verb, `is_finite_verb`, or a toll's, _TOLL_STATE_VERB)
    that are not adverbs ("and the number of wounded reached", "and wounded reached", "and cars
    destroyed reached", "as fighters who fled reached"). None there ("and rose to", "and later
    rose to", "and has since risen to"), the toll itself ("but it rose to") or the dead ("and the
    number of people killed reached") leave the count in the toll's clause."""
    if TOLL_BACK_SUBJECT_RE.match(clause) and not DEAD_WITH_LIVING_RE.search(clause):
        return False
    subject = _clause_subject(clause)
    if not subject:
        return False
    named = " ".join(subject)
    if RESTATES_TOLL_RE.search(clause) or COUNTERS_OWN_COUNT_RE.search(named):
        return False  # a counter restating or revising the toll: a second count of the same dead
    return not NAMES_THE_DEAD_RE.search(named) or bool(DEAD_WITH_LIVING_RE.search(named))


def _clause_subject(clause: str) -> list[str]:
    """The words of `clause` (from its opener) before its verb (a finite verb, `is_finite_verb`, or
    a toll's, _TOLL_STATE_VERB) when they are a subject: [] when they are only adverbs ("and later
    rose to"), a preposition ("as of Monday") or a verb and its count ("and wounded 5")."""
    subject = []
    for word in re.findall(r"[\w'’-]+", clause):
        if is_finite_verb(word) or _TOLL_STATE_VERB_RE.match(word):
            break
        subject.append(word)
    if all(_ADVERB_WORD_RE.match(w) for w in subject):
        return []
    if word_tag(subject[0]) == "IN" or (word_tag(subject[0]) in VERB_TAGS and len(subject) > 1 and (
            COUNT_TOKEN_RE.match(subject[1]))):
        return []
    return subject


def _joined_clause_start(text: str, lo: int = 0) -> int | None:
    """Where the clause of a count at `text`'s end opens when a clause with a subject of its own
    (`_own_subject`) is joined after an earlier count in text[lo:] (COUNT_THEN_CLAUSE_RE), read
    back from the count: the last such clause, past any that continue the one before it ("stood
    at 25 and the wounded reached 250 and rose to": the wounded's). None when none is."""
    for b in reversed(list(COUNT_THEN_CLAUSE_RE.finditer(text, lo))):
        tail = b.group("tail")
        if NOT_COUNT_AFTER_RE.match(tail):
            continue  # "hit 48 hours after the warning": a time, and "after" its preposition
        thing = RAISED_THING_AFTER_RE.match(tail)
        if thing and not VICTIM_WORD_RE.match(thing.group("noun")) and not DEATH_WORD_RE.match(thing.group("noun")):
            continue  # "3 towns and villages": the count's noun runs on, no clause ends
        if _own_subject(text[b.end():]):
            return b.end()
    return None


def _restated_update(body: FoldedText, s_start: int, s_end: int, prev: Claim,
                     conflict_name: str = CONFLICT_NAME) -> list[Claim]:
    """Claims of a sentence with no toll of its own that updates `prev`, the last toll of the
    sentence before ("... an initial death toll of 47. This was later updated to 82 on Sunday
    including 58 civilians."): the new count, an update of the same victims and scope, then the
    parts named after it (`_updated_toll`), credited as `prev` was unless it names a source; a
    part's scope is judged against the study's `conflict_name`, as every other claim's is."""
    if not UPDATE_VERB_RE.search(body.text, s_start, min(s_end, s_start + UPDATE_LEAD)):
        return []  # most sentences: no update opens them, so no number scan
    folded = body[s_start:s_end]
    sentence = folded.text
    out, last = [], None
    for m in number_phrases(folded):
        parts = _number_parts(m)
        if parts is None or parts[0] <= 0 or _is_year_or_label(m, sentence, sentence[m.end():m.end() + 90]):
            continue
        if implausible_toll(parts[0]):
            break
        if last is None:
            after = sentence[m.end():m.end() + 60]
            r = RESTATED_UPDATE_RE.match(sentence[:m.start()])
            # "It" after a sentence whose subject is a toll stands for that toll, so what it went
            # past is the dead ("The death toll stood at 250. It went past 300 people."), not an
            # object it moved (`_moved_not_dead`); "It also moved more than 200 families" moved
            # things still (a bare motion verb before a bound)
            it = bool(r) and r.group("it") is not None
            if it and _counts_the_living(body.text, prev, s_start):
                return []
            toll_it = it and bool(TOLL_SUBJECT_RE.search(prev.sentence))
            if not r or (r.group("rising") and _qualifier(m) != "more_than") or not (
                    VICTIMS_AFTER_RE.match(after) or AFTER_RE.match(after) or NO_NOUN_AFTER_RE.match(after)) or (
                    not (toll_it and not r.group("rising")) and _moved_not_dead(sentence, m.start(), after)):
                return []
            c = _claim(folded, s_start, m, parts, prev.victims, conflict_name)
            c.scope, c.update = prev.scope, True
        else:
            ctx = _updated_toll(last, m, sentence)
            if ctx is None:
                break
            c = _claim(folded, s_start, m, parts, ctx[0], conflict_name)
        out.append(c)
        last = (m, parts, (c.victims, 0))
    src = _attribution(sentence, body.text) if out else None
    for c in out:
        c.attributed_to = src or prev.attributed_to
    return out


def _updated_from(prev: Claim, found: list[Claim], body: FoldedText, s_start: int, s_end: int,
                  conflict_name: str = CONFLICT_NAME) -> list[Claim]:
    """A sentence's claims after `prev`, the last toll of the sentence before: when the sentence
    opens by updating that toll, the counts it read with no toll cue of its own
    (`_restated_update`), or its own claims credited as `prev` was when it names no source ("The
    Observatory gave a toll of 3. It was raised to 4.")."""
    if not found:
        return _restated_update(body, s_start, s_end, prev, conflict_name)
    if RESTATED_UPDATE_RE.match(body.text[s_start:found[0].start]):
        for c in found:
            c.attributed_to = c.attributed_to or prev.attributed_to
    return found


def _part_of_toll(whole: re.Match, m: re.Match, sentence: str) -> tuple[str, int] | None:
    """The death context of a part named right after a toll ("58 people, including 11
    children": PART_OF_TOLL_GAP_RE), or None: the part is a row of its own, as "including three
    children were killed" is, and never the headline over its whole."""
    gap = sentence[whole.end():m.start()]
    if not (PART_OF_TOLL_GAP_RE.match(gap) or (
            ASIDE_GAP_RE.match(gap) and PART_AFTER_RE.match(sentence[m.end():m.end() + 12]))):
        return None
    after = sentence[m.end():m.end() + 90]
    v = VICTIMS_AFTER_RE.match(after)
    if v and not NON_DEATH_AFTER_RE.match(after):
        return _victims(v.group("v")), 0
    return (_victims(""), 0) if m.group("one") else None


def _scope_value(qualifier: str, value: float) -> float:
    """The value scope is judged by: a vague count of thousands or more counts as large."""
    if value >= VAGUE_LARGE_FLOOR and is_vague_count(qualifier):
        return max(value, LARGE_TOLL)
    return value


def _one_person_noun(m: re.Match) -> tuple[str, int] | None:
    """(noun, its end) of a one-person phrase ("a man", "his young daughter": ONE_PERSON_NOUNS), else
    None; a named person (NamedOne) is a name, not a noun phrase."""
    if isinstance(m, NamedOne):
        return None
    for name in ONE_PERSON_NOUNS:
        if name in m.re.groupindex and m.group(name):
            return m.group(name), m.end(name)
    return None


def _claim(folded: FoldedText, s_start: int, m: re.Match, parts, victims: str,
           conflict_name: str = CONFLICT_NAME, conflict_start: date = CONFLICT_START) -> Claim:
    sentence = folded.text
    qualifier = _qualifier(m)
    if qualifier == "exact" and EXCEEDED_BEFORE_RE.search(sentence, max(0, m.start() - 30), m.start()):
        qualifier = "more_than"  # "the toll passed 300,000" is a lower bound
    if qualifier == "exact" and (ESTIMATE_BEFORE_RE.search(sentence, max(0, m.start() - 40), m.start())
                                 or MAY_HAVE_DIED_AFTER_RE.match(sentence, m.end())):
        qualifier = "about"  # "some estimates suggest 470,000 may have died" is an estimate
    value, low, high = parts
    low, high = _bounds(value, low, high, qualifier)
    return Claim(
        value=value, low=low, high=high, qualifier=qualifier,
        scope=_scope(folded, m.start(), m.end(), _scope_value(qualifier, value), conflict_name, conflict_start),
        victims=victims,
        attributed_to=None, is_headline=False, sentence=sentence,
        start=s_start + m.start(), end=s_start + max(m.end(), (_one_person_noun(m) or ("", 0))[1]),
        part=bool(PART_BEFORE_RE.search(sentence, max(0, m.start() - 30), m.start())
                  or _dead_included(sentence, m.start())
                  or PART_AFTER_RE.match(sentence[m.end():m.end() + 12])
                  or AMONG_DEAD_AFTER_RE.match(sentence, m.end(), m.end() + 90)
                  or PART_OF_DEAD_AFTER_RE.match(sentence[m.end():m.end() + 60])),
        total=bool(AMONG_BEFORE_RE.search(sentence, max(0, m.start() - 30), m.start())),
        update=bool(UPDATE_BEFORE_RE.search(sentence, max(0, m.start() - 60), m.start())),
    )


def _conjunct_victim(i: int, run: list[int], found: list, sentence: str) -> str:
    """Victim words of a listed number: up to the conjunction, or right after the last one."""
    m = found[i][0]
    if isinstance(m, NamedOne):
        return "person"
    if i != run[-1]:
        return CONJ_GAP_RE.match(sentence[m.end():found[i + 1][0].start()]).group("words")
    v = VICTIMS_AFTER_RE.match(sentence[m.end():m.end() + 60])
    return v.group("v") if v else ""


def _listable(m: re.Match) -> bool:
    """A plain count can be added up; a range or a vague word ("dozens") cannot."""
    return not (m.group("lo1") or m.group("lo2")) and (
        m.group("one") or re.sub(r"\s+", " ", m.group("num").lower()) not in VAGUE
    )


def _conjunct_runs(found: list, sentence: str) -> list[tuple[list[int], bool]]:
    """Runs of numbers listed together under one death, each with whether it adds up: a
    killing verb before the first or a death word after the last makes every member a death;
    a run that is itself a part of a stated total ("including 84 children and 35 women") does
    not add up to a new total."""
    runs, cur = [], []
    for i, (m, _, _) in enumerate(found):
        if cur and _listable(m) and _joined(found[cur[-1]][0], m, sentence):
            cur.append(i)
            continue
        runs.append(cur)
        cur = [i] if _listable(m) else []
    runs.append(cur)
    out = []
    for run in runs:
        while len(run) >= 2 and found[run[-1]][2] is None and not _death_listed(found[run[-1]][0], sentence):
            run = run[:-1]
        run = _without_whole(run, found, sentence)
        if len(run) < 2 or (found[run[0]][2] is None and found[run[-1]][2] is None):
            continue
        first = found[run[0]][0]
        out.append((run, not PART_BEFORE_RE.search(sentence, max(0, first.start() - 30), first.start())))
    return out


# "Of the 120 residents, 15 children were killed": a whole opening its clause before a comma,
# that a part of it is taken from; the whole did not die. Only at a clause's start: "a total
# of 12 soldiers, 5 policemen and 3 civilians" is a list of the dead.
WHOLE_BEFORE_RE = re.compile(r"(?:^|[,;:(\u2013\u2014]\s*)(?:of|out\s+of|among)\s+(?:(?:the|its|their)\s+)?$", re.I)
WHOLE_AFTER_RE = re.compile(rf"^(?:\s+{_MID_WORD}){{0,4}}?\s*,", re.I)
# "The camp houses 5,000 people and 40 children died": a count held, carried or housed is of the
# living, never the first member of a list of the dead.
CONTAINER_BEFORE_RE = re.compile(
    r"(?:\b(?:hous|host|shelter|carr|hold|held|contain|employ|accommodat)[a-z]*|\b(?:had|has|have|having)"
    r"|\b(?:home|host)\s+to|\bpopulation\s+of)\s+$",
    re.I,
)


def _without_whole(run: list[int], found: list, sentence: str) -> list[int]:
    """A run less the counts that are a whole, not members dead beside the others: one after
    a clause-opening "of the" before a comma ("Of the 120 residents, 15 children and 3 women were
    killed"), and a count held or housed ("The camp houses 5,000 people, 40 children died").
    A list joined by commas alone is a list of the dead ("Two children, three women killed" = 5)."""
    while len(run) >= 2:
        m = found[run[0]][0]
        nxt = found[run[1]][0]
        if found[run[0]][2] is not None:  # dead by its own words ("the deaths of 5 soldiers, 3 ...")
            break
        whole = WHOLE_BEFORE_RE.search(sentence[:m.start()].rstrip() + " ") and WHOLE_AFTER_RE.match(
            sentence[m.end():nxt.start()])
        held = CONTAINER_BEFORE_RE.search(sentence, max(0, m.start() - 40), m.start())
        if not (whole or held):
            break
        run = run[1:]
    return run


# Who is among whom. A count named after another with a bare comma, of people among the first
# count's, is a part of it ("15 civilians, 3 children were killed": the children are some of the
# civilians, as in "15 civilians, 3 of them children"), not more dead beside it; people of another
# kind are more dead ("10 soldiers, 5 civilians were killed" = 15). One table, each whole with the
# reason its parts are among it (victim words as `_victims` gives them, lower case):
# children by age or sex ("children, 3 girls"; `_victims` reads "kids" and "child" as written)
_CHILD_KINDS = ("boys", "boy", "girls", "girl", "babies", "baby", "infants", "infant", "toddlers", "toddler",
                "schoolchildren", "pupils", "kids", "child", "children")
# a population counted by age and sex: children, women, men, the old
_AGE_AND_SEX = _CHILD_KINDS + ("women", "woman", "men", "man", "teenagers", "teenager", "elderly")
# civilians counted by what they did: no one under arms
_CIVILIAN_TRADES = ("journalists", "journalist", "doctors", "medics", "nurses", "paramedics", "teachers", "students",
                    "farmers", "workers", "volunteers", "patients", "worshippers", "shepherds", "photographers")
# fighters counted by rank
_RANKS = ("commanders", "commander", "officers", "officer", "generals", "colonels", "lieutenants", "sergeants",
          "captains", "leaders", "leader")
_COMBATANT_WHOLES = ("soldiers", "troops", "fighters", "rebels", "militants", "jihadists", "terrorists",
                     "insurgents", "gunmen", "militiamen", "servicemen", "personnel", "forces")
AMONG = {
    "civilians": frozenset(_AGE_AND_SEX + _CIVILIAN_TRADES),
    **{w: frozenset(_AGE_AND_SEX) for w in ("residents", "villagers", "refugees", "displaced", "citizens", "migrants",
                                            "passengers", "worshippers", "families")},
    "children": frozenset(_CHILD_KINDS) - {"children"},
    **{w: frozenset(_RANKS) for w in _COMBATANT_WHOLES},
}
# "people" (and what `_victims` reads as it: "persons", "victims", "lives") is every victim's whole
EVERYONE = "people"
# the gap between a whole and its parts, and between the parts: victims' words and a comma alone
BARE_COMMA_GAP_RE = re.compile(r"^[^,]*,\s*$")
LIST_CONJUNCTION_RE = re.compile(r"\b(?:and|plus|as\s+well\s+as|along\s+with)\b", re.I)


def is_among(part: str, whole: str) -> bool:
    """`part` names people among `whole` (AMONG): children among civilians, anyone among people."""
    return part != whole and (whole == EVERYONE or part in AMONG.get(whole, ()))


def _parts_of_earlier(members: list[Claim], sentence: str, s_start: int) -> list[bool]:
    """Per member of a listed run, whether it is a part of an earlier member: set after it with
    bare commas (no "and": a list closed by one names groups side by side), of people among it
    (`is_among`), and with the other parts of that member fewer than it. "15 civilians, 3
    children were killed" is 15 civilians, 3 of them children, not 18; "20 civilians, 3
    children, 5 soldiers" is 25, each member read on its own ("2 civilians, 2 children" names
    four people: a part as large as its whole would be all of it)."""
    none = [False] * len(members)
    for a, b in zip(members, members[1:]):  # a list closed by "and" ("5 civilians, 2 children and 2 women") enumerates
        gap = sentence[a.end - s_start:b.start - s_start]
        if not BARE_COMMA_GAP_RE.match(gap) or LIST_CONJUNCTION_RE.search(gap):
            return none
    whole_of: dict[int, int] = {}  # member -> the earlier member it is among
    for j, c in enumerate(members):
        whole = next((i for i in range(j) if i not in whole_of and is_among(c.victims, members[i].victims)), None)
        if whole is not None:
            whole_of[j] = whole
    for i in set(whole_of.values()):  # parts as many as their whole are side by side with it
        if sum(members[j].value for j, w in whole_of.items() if w == i) >= members[i].value:
            whole_of = {j: w for j, w in whole_of.items() if w != i}
    return [j in whole_of for j in range(len(members))]


GAP_VERB_RE = re.compile(rf"\b(?:{AUX}|{DEATH_WORD}|lost|left|sustained|suffered)\b", re.IGNORECASE)


def _joined(a: re.Match, b: re.Match, sentence: str) -> bool:
    """Two numbers in one list: only victim words between them ("50 militants and eight"),
    no verb ("50 people have lost their lives and 100 others sustained injuries"). A named one
    (`_named_ones`) is joined to the count right after its "and"."""
    if isinstance(a, NamedOne):
        return bool(NAMED_ONE_GAP_RE.match(sentence[a.end():b.start()]))
    g = CONJ_GAP_RE.match(sentence[a.end():b.start()])
    if not g or PART_AFTER_RE.match(sentence[b.end():b.end() + 12]):
        return False
    words = g.group("words").split()
    # an -ly word just before the noun is an adjective ("an elderly man", "a family member"),
    # not the adverb of a verb phrase
    if len(words) >= 2 and words[-2].lower().endswith("ly"):
        words = words[:-2] + words[-1:]
    if GAP_VERB_RE.search(" ".join(words)):
        return False
    return bool(LISTED_VICTIM_RE.match(words[-1].rstrip(",")))


# The last member of a list may name its people by reference ("a commander as well as five of
# his entourage", "and eight more").
COMPANIONS_AFTER_RE = re.compile(r"^\s+(?:of\s+(?:his|her|their|its)\b|more\b|others\b)", re.I)
# "killed 12 people, four of them children": a part of the count before it, never a list member.
PART_AFTER_RE = re.compile(r"^\s+of\s+(?:them|whom)\b", re.I)


def _death_listed(m: re.Match, sentence: str) -> bool:
    """The last member of a list after a killing verb: victims follow, no injury word, and no
    verb of their own ("killed a guard and three civilians fled": a new clause's subject). A bare
    member ("killed a woman and child") is its own noun: its victims are read from that noun."""
    start = m.start() - 1 if not isinstance(m, NamedOne) and m.group("mate") else m.end()
    after = sentence[start:start + 90]
    victims = VICTIMS_AFTER_RE.match(after) or COMPANIONS_AFTER_RE.match(after) or ONE_PERSON_AFTER_RE.match(after)
    return bool(victims) and not NON_DEATH_AFTER_RE.match(after) and not (
        CASUALTIES_AFTER_RE.match(after)
    ) and not _own_clause_after(after[victims.end():])


# The words right after a listed member's victims, up to the first mark: where its own verb would be.
LEADING_WORDS_RE = re.compile(r"^(?:\s+[A-Za-z][\w'’-]*){1,6}")
PHRASE_TAGS = ("NN", "JJ", "CD", "PRP$", "POS", "RB")  # what may stand between the victims and their verb ("sons", "Kurdish", "later")
DEATH_WORD_IN_RE = re.compile(rf"\b(?:{DEATH_WORD})\b", re.I)


def _own_clause_after(rest: str) -> bool:
    """The victims' phrase ending before `rest` is a new clause's subject: its next word (after
    the rest of the phrase) is a finite verb (text/lexicon.is_finite_verb: "fled", "survived",
    "were taken hostage") and no death word follows it ("were killed", "died" keep it dead). A
    relative word or a preposition ("who fled", "in the house") ends the phrase first."""
    lead = LEADING_WORDS_RE.match(rest)
    words = lead.group(0).split() if lead else []
    for j, w in enumerate(words):
        if is_finite_verb(w):
            return not DEATH_WORD_IN_RE.search(" ".join(words[j:]))
        if not word_tag(w).startswith(PHRASE_TAGS):
            return False
    return False


SUM_NOUN_REACH = 4  # words after a sum's last number where its noun stands ("two young sons", "eight rebel fighters")
_NEXT_WORD_RE = re.compile(r"\s+([\w'’-]+)")


def _through_noun(sentence: str, end: int, victims: str) -> int:
    """Where a sum's span ends: after the noun phrase right after its last number ("A man and his two
    young sons", "and one Syrian army doctor": nouns, adjectives and words the lexicon lacks, at most
    SUM_NOUN_REACH words, no mark, day or other word between), when it holds the last part's victims word (or no victims word
    named them: 'people'); else `end` itself (a one-person part's span already holds its noun)."""
    pos, noun_end, named = end, end, victims == "people"
    for _ in range(SUM_NOUN_REACH):
        m = _NEXT_WORD_RE.match(sentence, pos)
        if not m:
            break
        word, tag = m.group(1), word_tag(m.group(1))
        noun = bool(VICTIM_WORD_RE.match(word)) or tag.startswith("NN")
        if re.fullmatch(_WHEN_WORD, word) or not (noun or tag.startswith("JJ") or not tag):  # no tag: "12-year-old"
            break
        pos = m.end()
        named = named or (bool(VICTIM_WORD_RE.match(word)) and _victims(word) == victims)
        if noun:
            noun_end = pos
    return noun_end if named else end


def _sum_claim(parts: list[Claim]) -> Claim | None:
    """The total of tolls listed together, spanning them; its bounds add the parts' bounds and
    its qualifier follows from them (exact + at least = at least). None when the parts mix
    lower and upper bounds or scopes, since no total follows."""
    if len({p.scope for p in parts}) > 1:
        return None
    lows, highs = [p.low for p in parts], [p.high for p in parts]
    low = None if None in lows else sum(lows)
    high = None if None in highs else sum(highs)
    quals = {p.qualifier for p in parts}
    if low is None and high is None:
        return None
    if quals == {"exact"}:
        qualifier = "exact"
    elif high is None:
        qualifier = "more_than" if "more_than" in quals else "at_least"
    elif low is None:
        qualifier = "nearly" if quals <= {"nearly", "exact"} else "up_to"
    else:
        qualifier = "about" if quals <= {"about", "exact"} else "range"
    victims = "+".join(dict.fromkeys(p.victims for p in parts))
    return replace(
        parts[0], value=sum(p.value for p in parts), low=low, high=high,
        qualifier=qualifier, victims=victims, end=parts[-1].end,
        sum_of=[p.start for p in parts], part_values=[p.value for p in parts], part=False, total=False,
    )


def _is_vague(claim: Claim) -> bool:
    return is_vague_count(claim.qualifier)


def is_vague_count(qualifier: str) -> bool:
    """A vague word's count ("dozens": 24 to 99, "hundreds of thousands": 200,000 to 999,999,
    qualifier "vague"): its value is only its floor."""
    return qualifier == VAGUE_QUALIFIER


def choose_headline(claims: list[Claim], body: str, rule: str = "first_specific_whole") -> int | None:
    """Index of the article's main incident toll. News writing states the event first (title,
    then lead), so the default is the first incident toll; the alternatives are kept so the
    benchmark can show why ("largest_in_first_sentence": largest incident toll in the first
    sentence that has one; "largest_in_lead": largest in the first three sentences)."""
    incident = [i for i, c in enumerate(claims) if c.scope == "incident" and not c.is_sum]
    if not incident:
        return None
    if rule == "first":
        return incident[0]
    if rule in ("first_specific", "first_specific_whole"):
        # "dozens were killed ... at least 51 civilians": the count wins.
        specific = [i for i in incident if not _is_vague(claims[i])]
        pick = (specific or incident)[0]
        if rule == "first_specific":
            return pick
        # Not a part ("including four children"): the whole it belongs to wins when it is near
        # (a toll 1,000 characters on is another event's); so does a total it belongs to ("were
        # among 22").
        whole = [i for i in (specific or incident) if not claims[i].part]
        if whole and claims[whole[0]].start < claims[pick].end + PART_REACH:
            pick = whole[0]
        nxt = [i for i in incident if i > pick and claims[i].total]
        if nxt and claims[nxt[0]].value > claims[pick].value and (
            claims[nxt[0]].start - claims[pick].end < 300
        ):
            pick = nxt[0]
        pick = _refined(claims, incident, pick)
        pick = _updated_total(claims, incident, pick)
        return _sum_containing(claims, pick)
    if rule == "largest_in_first_sentence":
        first_sentence = claims[incident[0]].sentence
        pool = [i for i in incident if claims[i].sentence == first_sentence]
    elif rule == "largest_in_lead":
        spans = split_sentences(body)
        lead_end = spans[min(3, len(spans)) - 1][1]
        pool = [i for i in incident if claims[i].start < lead_end] or incident[:1]
    else:
        raise ValueError(f"unknown headline rule {rule!r}")
    return max(pool, key=lambda i: (claims[i].value, -claims[i].start))


UPDATE_REACH = 400  # chars after a headline where an updated total replaces it
PART_REACH = 400  # chars after a part of the dead where the whole it belongs to may stand


def _refined(claims: list[Claim], incident: list[int], pick: int) -> int:
    """A count just after a round bound that fits it ("more than 30" in a title, "at least 31"
    in the lead; "nearly 50", then "47"): the count says more."""
    head = claims[pick]
    if head.qualifier not in ("more_than", "nearly") or head.value % 10:
        return pick
    for i in incident:
        c = claims[i]
        if i == pick or c.part or _is_vague(c) or c.qualifier not in ("exact", "at_least"):
            continue
        if not head.end <= c.start < head.end + UPDATE_REACH:
            continue
        fits = (head.value < c.value <= 1.5 * head.value if head.qualifier == "more_than"
                else 0.8 * head.value <= c.value < head.value)
        if fits:
            return i
        break  # the next count does not refine it: keep the bound
    return pick


def _updated_total(claims: list[Claim], incident: list[int], pick: int) -> int:
    """A larger total the article updates the headline to, just after it ("killed at least 12
    ... bringing to 45 the number killed in 24 hours")."""
    head = claims[pick]
    for i in incident:
        c = claims[i]
        near = head.end <= c.start < head.end + UPDATE_REACH
        if c.update and near and c.value > head.value:
            return i
    return pick


SUM_REACH = 400  # chars after a headline where a list restating it with more victims counts


def _sum_containing(claims: list[Claim], pick: int) -> int:
    """The total of a list the picked toll opens ("killed 50 militants and eight civilians"),
    or of a list just after it that restates it with more victims (title "kill 50 fighters",
    lead "killed 50 militants and eight civilians"): the article's toll is the whole list."""
    head = claims[pick]
    for i, c in enumerate(claims):
        if not c.is_sum or c.scope != "incident":
            continue
        if c.sum_of[0] == head.start or (
            head.end <= c.start < head.end + SUM_REACH and head.value in c.part_values
        ):
            return i
    return pick


# The war's start told in a sentence of its own: "The conflict began when forces loyal to President
# Bashar Al Assad launched a brutal crackdown ... in March 2011", "Syria's war began as a peaceful protest",
# "The uprising turned into a civil war in 2012".
WAR_START_RE = Pattern(rf"\b{_WAR_TOLL_NOUNS}{_NOT_A_WAR}\b(?:\s+(?:in|of)\s+[\w'’-]+)?\s+{_STARTED}\b"
                       # "The uprising ... turned into a civil war in 2012"
                       rf"|\b(?:turned|escalated|descended|spiral+ed|grew|developed)\s+into\s+(?:an?\s+)?"
                       rf"(?:(?:full-(?:blown|scale)|civil|bloody|brutal|armed)\s+){{0,2}}{_WAR_TOLL_NOUNS}{_NOT_A_WAR}\b", re.I)


def _tells_the_war(previous: FoldedText, conflict_name: str) -> bool:
    """Whether `previous` (a sentence) gives the war's span or start and no other country's war: "Syria
    has been locked in a vicious civil war since early 2011 when ...", "The conflict began when ..."."""
    return ((_cumulative_cue(previous, conflict_name=conflict_name) or previous.search(WAR_START_RE) is not None)
            and not _names_another_war(previous.text, conflict_name))


# A killer named as the subject before a toll: "The cholera epidemic has since killed", "the
# quake killed". A pronoun, the war or its fighting as the subject is the war told before.
KILLER_SUBJECT_RE = re.compile(
    r"^(?P<subject>.*?)\s+(?:has|have|had)?\s*(?:since\s+|so\s+far\s+|now\s+|already\s+)?"
    r"(?:killed|claimed|cost|left|caused|taken)\b", re.I | re.S)
_THE_WARS_SUBJECT_RE = re.compile(
    rf"^(?:it|this|that|they|these|those)$|\b(?:{_WAR_TOLL_NOUNS}|fighting|violence|bloodshed)\b", re.I)


def _killer_of_its_own(lead: str) -> bool:
    """Whether the words before a toll name a killer of their own as the subject of its death verb
    (KILLER_SUBJECT_RE), not the war: "The cholera epidemic has since killed more than 12,000" after
    "Syria's war began ... in 2011" is the epidemic's toll; "Since then more than 250,000 people
    have been killed" and "It has cost the lives of" have none."""
    m = KILLER_SUBJECT_RE.search(lead)
    if not m:
        return False
    subject = re.sub(r"^(?:since\s+then|so\s+far|to\s+date)\b[\s,]*", "", m.group("subject").strip(), flags=re.I)
    return bool(subject) and not _THE_WARS_SUBJECT_RE.search(subject)


def _another_count_of_the_total(claims: list[Claim], found: list[Claim], sentence: FoldedText, s_start: int,
                                conflict_name: str, previous: FoldedText | None = None) -> None:
    """A large toll with no scope cue of its own ("other" only for being LARGE_TOLL) in the sentence
    right after one holding a war total is another count of that total, so cumulative: "The UN said
    more than 250,000 people have been killed in Syria's civil war since 2011. The Syrian Observatory
    said more than 270,000 people had been killed." (QA9 1). So is one right after a sentence giving the
    war's span or start (`previous`, `_tells_the_war`): the wire's "Syria has been locked in a vicious
    civil war since early 2011 when ... Since then more than a quarter of a million people have been
    killed" (QA10 F8), unless its sentence names a killer of its own (`_killer_of_its_own`: "The
    cholera epidemic has since killed"). Not when the sentence names a country and never the conflict:
    "In Yemen, 10,000 people had been killed" is another war's dead."""
    after_total = bool(claims) and any(c.scope == "cumulative" for c in claims if c.sentence_no == claims[-1].sentence_no)
    if not after_total and (previous is None or not _tells_the_war(previous, conflict_name)):
        return
    for c in found:
        if (c.scope == "other" and _scope_value(c.qualifier, c.value) >= LARGE_TOLL
                and (after_total or not _killer_of_its_own(sentence.text[:c.start - s_start]))
                and _scope(sentence, c.start - s_start, c.end - s_start, 0, conflict_name) == "incident"
                and (names_conflict(sentence.text, conflict_name) or not re.search(_country_re(), sentence.text))):
            c.scope = "cumulative"


# A counter's bare toll at a war's size: "The Syrian Observatory for Human Rights puts the death toll
# at more than 320,000", "SNHR puts the overall death toll at 207,000 civilians" (QA11 F4). Nothing
# between "the death toll" and "at" narrows it to an event, place or period, so it is the war's total
# where the sentence or the one before names the conflict's war (a war noun and the conflict, no other
# country's war), or where the sentence names the conflict and the count is war-sized: scoped "other"
# for its size alone (LARGE_TOLL), it fell off the war-total chart. A disaster's toll put so in a
# sentence naming the conflict's country ("The quake hit Turkey and Syria. The UN puts the death toll
# at 50,000") stays "other".
PUT_TOLL_AT_BEFORE_RE = re.compile(
    r"\b(?:put|puts|putting|places|placed|estimates|estimated)\s+(?:the|its|their)\s+(?:overall\s+|total\s+)?"
    r"(?:death\s+)?toll\s+(?:(?:now|so\s+far|to\s+date)\s+)?at\s+$", re.I)
PUT_TOLL_REACH = 80  # chars before a count: "puts the overall death toll so far at "
# ... nor an event named after the count narrows it (rev11t T6): "put the death toll at 12,000 after
# the floods", "... at 31,000 in the quake", "... in the air strikes"; plurals too, as a series of
# disasters or raids is still no war's total.
PUT_EVENT_AFTER_RE = re.compile(
    rf"[^;:]{{0,60}}?\b(?:after|in|from|during|by|caused\s+by|since)\s+{_EVENT_DETERMINER}"
    rf"(?:{_ONE_EVENT}|{_STRIKE}|flooding|shelling|bombardment)s?\b", re.I)
# A count no single attack, massacre or disaster of a conflict's news reaches (a tenfold LARGE_TOLL):
# put as "the death toll" in a sentence naming the conflict, it is the war's.
WAR_SIZED_TOLL = 100_000
WAR_NOUN_RE = re.compile(rf"\b{_WAR_TOLL_NOUNS}{_NOT_A_WAR}\b", re.I)


def _put_war_total(found: list[Claim], sentence: FoldedText, s_start: int, conflict_name: str,
                   previous: FoldedText | None) -> None:
    """Scope as the war's total each large toll a counter "puts the death toll at" with no scope cue of
    its own (PUT_TOLL_AT_BEFORE_RE; no event named after it, `_one_event`, PUT_EVENT_AFTER_RE), in or
    after a sentence naming the conflict's war, or war-sized (WAR_SIZED_TOLL) in a sentence naming the
    conflict."""
    def about_the_conflict(s: FoldedText) -> bool:
        return _names_the_conflict(s.text, conflict_name) and not _names_another_war(s.text, conflict_name)

    def about_the_war(s: FoldedText | None) -> bool:
        return s is not None and WAR_NOUN_RE.search(s.text) is not None and about_the_conflict(s)
    for c in found:
        lo, hi = c.start - s_start, c.end - s_start
        value = _scope_value(c.qualifier, c.value)
        if (c.scope == "other" and value >= LARGE_TOLL
                and PUT_TOLL_AT_BEFORE_RE.search(sentence.text, max(0, lo - PUT_TOLL_REACH), lo)
                and _scope(sentence, lo, hi, 0, conflict_name) == "incident"
                and not _one_event(sentence.text, lo, hi) and not PUT_EVENT_AFTER_RE.match(sentence.text, hi)
                # "Yemen's health ministry puts the death toll at": another country's count
                and (_names_the_conflict(sentence.text, conflict_name) or not re.search(_country_re(), sentence.text))
                and (about_the_war(sentence) or about_the_war(previous)
                     or (value >= WAR_SIZED_TOLL and about_the_conflict(sentence)))):
            c.scope = "cumulative"


def extract_tolls(body: str, headline_rule: str = "first_specific_whole", keep_internal: bool = False,
                  rejected: list | None = None, published: date | None = None,
                  conflict_name: str = CONFLICT_NAME, conflict_start: date = CONFLICT_START) -> list[dict] | list[Claim]:
    """Every death toll stated in a cleaned body, in text order, with its span; at most one
    incident toll is flagged as the headline. Numbers in a death context that cannot be a toll
    (`implausible_toll`) are left out; pass a list as `rejected` to receive them with the reason.
    `published`, the article's date when known, makes a toll dated a year or more before it
    background ("other"), not the article's incident. `conflict_name` is the study's conflict
    (--conflict-name, aliases after "|"): a war total of another war is "other", never its total;
    `conflict_start` (--conflict-start) dates its start, so "since Russia launched its invasion in
    February 2022" counts from it (`_at_the_start`).
    `keep_internal` returns every Claim (sums too) as the headline rules saw them, not the rows."""
    if not isinstance(body, str) or not body.strip():
        return []
    claims: list[Claim] = []
    folded = FoldedText(body)
    cues = _cue_starts(folded)
    previous = None  # the sentence before, (start, end)
    for sentence_no, (s_start, s_end) in enumerate(split_sentences(body)):
        found = (_sentence_claims(folded, s_start, s_end, rejected, published, conflict_name, conflict_start)
                 if _holds_cue(cues, s_start, s_end) else [])
        right_after = bool(claims) and claims[-1].sentence_no == sentence_no - 1
        if right_after:
            found = _updated_from(claims[-1], found, folded, s_start, s_end, conflict_name)
        if found and previous is not None:
            _another_count_of_the_total(claims if right_after else [], found, folded[s_start:s_end], s_start,
                                        conflict_name, folded[previous[0]:previous[1]])
        if found:
            _put_war_total(found, folded[s_start:s_end], s_start, conflict_name,
                           folded[previous[0]:previous[1]] if previous is not None else None)
        previous = (s_start, s_end)
        for claim in found:  # the same number as the sentence's row in tone_sentences
            claim.sentence_no = sentence_no
        claims.extend(found)
    head = choose_headline(claims, body, headline_rule)
    if head is not None:
        claims[head].is_headline = True
    if keep_internal:
        return claims
    # A sum is a derived total: it is a row only as the headline (its span covers its parts).
    # Every count the article states is a row, a part of the dead ("three of the dead were
    # children", "five journalists were among the dead") as a list's member is: a reader can
    # check each against its span, and only headline rows may be summed across articles.
    # A part of a war total with no group of its own ("12,000 of those killed since the war began
    # were children": the group stands after the verb) would be read as the war's total and go
    # backwards against it, so it is no row unless it is the headline.
    return [c.row() for c in claims if (not c.is_sum and not _ungrouped_cumulative_part(c)) or c.is_headline]


# Victim words that mean everyone killed, not one group (timeline.victim_group's "all"; _victims folds
# lives/others/... into "people").
ALL_VICTIMS = {"", "people", "persons", "person", "syrians", "victims", "individuals", "lives", "others", "deaths"}


def _ungrouped_cumulative_part(c: Claim) -> bool:
    return c.part and c.scope == "cumulative" and str(c.victims or "").strip().lower() in ALL_VICTIMS




def build_death_tolls(articles: pd.DataFrame, seconds: float | None = None,
                      conflict_name: str = CONFLICT_NAME, conflict_start: date = CONFLICT_START) -> pd.DataFrame:
    """One row per reported toll across the ok articles (read_death_tolls' first table)."""
    return read_death_tolls(articles, seconds, conflict_name, conflict_start)[0]


def read_death_tolls(articles: pd.DataFrame, seconds: float | None = None, conflict_name: str = CONFLICT_NAME,
                     conflict_start: date = CONFLICT_START) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(tolls, skipped): one row per reported toll across the ok articles, with publication
    date and outlet carried over so charts need no join; and one row (SKIPPED_COLUMNS) per
    article whose extraction ran past its time budget (`seconds`, budget.ARTICLE_SECONDS when
    None), which gives no tolls, a warning and a line on the pipeline's terminal. An article
    whose date is in doubt (dates.date_in_doubt) dates none of its tolls as background;
    `conflict_name` (--conflict-name) is the conflict whose war totals are charted, begun on
    `conflict_start` (--conflict-start)."""
    rows, skipped = [], []
    ok = articles[articles["status"] == "ok"] if "status" in articles else articles
    for art in ok.itertuples(index=False):
        rejected: list[dict] = []
        published = pd.to_datetime(getattr(art, "published", None), errors="coerce")
        doubt = pd.isna(published) or date_in_doubt(getattr(art, "warnings", None))  # no date to date tolls by
        claims, slow = call_within_budget(extract_tolls, art.body, rejected=rejected, seconds=seconds,
                                          published=None if doubt else published.date(),
                                          conflict_name=conflict_name, conflict_start=conflict_start)
        if slow:
            reason = f"extraction {slow}"
            warnings.warn(skipped_toll_line(art.article_id, reason), stacklevel=2)
            say(skipped_toll_line(art.article_id, reason))
            skipped.append({"article_id": art.article_id, "outlet": getattr(art, "outlet", None), "reason": reason})
            continue
        for r in rejected:
            warnings.warn(f"article {art.article_id}: toll {r['text']!r} (chars {r['start']}-{r['end']}) "
                          f"rejected: {r['reason']}", stacklevel=2)
        for claim in claims:
            rows.append({"article_id": art.article_id, **claim,
                         "published": getattr(art, "published", None), "outlet": getattr(art, "outlet", None)})
    df = pd.DataFrame(rows, columns=TOLL_COLUMNS)
    df = df.astype({"value": "float64", "low": "float64", "high": "float64", "start": "int64", "end": "int64",
                    "sentence_no": "int64"})
    df["is_headline"] = df["is_headline"].astype(bool)
    return (df.sort_values(["article_id", "start", "end"], kind="stable").reset_index(drop=True),
            pd.DataFrame(skipped, columns=SKIPPED_COLUMNS))
