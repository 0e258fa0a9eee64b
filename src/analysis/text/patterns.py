"""Patterns more than one stage reads text with; one home each.

Public API: WORD_RE, MONTH_NAMES, MONTH_NAME, MONTH_ABBR, MONTH_FULL, WEEKDAY_NAME, OTHER_MONTH_NAMES,
OTHER_MONTH_NAME, OTHER_WEEKDAY_NAME.
"""

from __future__ import annotations

import re

__all__ = ["WORD_RE", "MONTH_NAMES", "MONTH_NAME", "MONTH_ABBR", "MONTH_FULL", "WEEKDAY_NAME", "OTHER_MONTH_NAMES",
           "OTHER_MONTH_NAME", "OTHER_WEEKDAY_NAME"]

WORD_RE = re.compile(r"\w+")  # a word token: a maximal run of word characters (Unicode, as str patterns are)

# Month names as English news writes them, by month (short forms first): dates read them into
# numbers, the headline veto strips them from date stamps.
MONTH_NAMES = (
    ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",), ("jun", "june"),
    ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
    ("dec", "december"),
)
# Any of them, lowercase, as one regex alternative (longest first, so a match takes the whole word).
MONTH_NAME = "|".join(sorted((n for names in MONTH_NAMES for n in names), key=lambda n: (-len(n), n)))
# The three-letter stems (jan|feb|...|dec; patterns add [a-z]* to take "sept" or "january") and
# the full names alone (january|...|december), in calendar order.
MONTH_ABBR = "|".join(names[0] for names in MONTH_NAMES)
MONTH_FULL = "|".join(names[-1] for names in MONTH_NAMES)
# Weekday names and their short forms (mon, tue, tues, thu, thur, thurs ...), lowercase.
WEEKDAY_NAME = r"mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?"

# Month names of the other languages news pages come in (German, French, Spanish, Italian,
# Portuguese, Dutch), by month, lowercase, with the unaccented spellings scrapes produce; only
# those that differ from the English names (MONTH_NAMES). The commonest English words are left
# out ("set", "out"), but some kept are English words or names ("mars", "mai", "marco", "augustus",
# "dez", "ott"): safe only in a frame that needs a day and a 4-digit year around them, as dates.py
# reads them ("7. März 2017", "2 novembre 2023", "12 de marzo de 2020"); never match them alone.
# The headline veto does not read them (English pages only).
OTHER_MONTH_NAMES = (
    ("januar", "jänner", "janvier", "janv", "enero", "ene", "gennaio", "janeiro", "januari"),
    ("februar", "février", "fevrier", "févr", "fevr", "febrero", "febbraio", "fevereiro", "fev", "februari"),
    ("märz", "maerz", "mär", "mars", "marzo", "março", "marco", "maart", "mrt"),
    ("avril", "avr", "abril", "abr", "aprile"),
    ("mai", "mayo", "maggio", "maio", "mei"),
    ("juni", "juin", "junio", "giugno", "giu", "junho"),
    ("juli", "juillet", "juil", "julio", "luglio", "lug", "julho"),
    ("août", "aout", "agosto", "augustus"),
    ("septembre", "septiembre", "setiembre", "settembre", "setembro"),
    ("oktober", "okt", "octobre", "octubre", "ottobre", "ott", "outubro"),
    ("novembre", "noviembre", "novembro"),
    ("dezember", "dez", "décembre", "decembre", "déc", "diciembre", "dic", "dicembre", "dezembro"),
)
OTHER_MONTH_NAME = "|".join(sorted((n for names in OTHER_MONTH_NAMES for n in names), key=lambda n: (-len(n), n)))
# Weekday names of the same languages; short forms only with their dot ("Sa. 13.11.2021", "lun. 5 août"),
# since bare "sam", "do" or "so" are English words.
OTHER_WEEKDAY_NAME = (
    r"montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag|lundi|mardi|mercredi|jeudi|vendredi|"
    r"samedi|dimanche|lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo|lunedì|lunedi|martedì|"
    r"martedi|mercoledì|mercoledi|giovedì|giovedi|venerdì|venerdi|sabato|domenica|segunda-feira|terça-feira|"
    r"quarta-feira|quinta-feira|sexta-feira|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|"
    r"(?:lun|mar|mer|jeu|ven|sam|dim|mo|di|mi|do|fr|sa|so)(?=\.)"
)
