"""How a country or conflict name is matched with its derived words: the one home for the
name-stem rule that publication dates (does a text name the conflict?) and the toll reader (is a
war another country's?) both read.

Public API: STEM_LETTERS, long_name_stem, long_name_words, language_demonyms, NAME_PARTICLES.
"""

from __future__ import annotations

import re

__all__ = ["STEM_LETTERS", "long_name_stem", "long_name_words", "language_demonyms", "NAME_PARTICLES"]

# A name longer than this is matched by its first STEM_LETTERS letters: the demonym and adjective
# share them ("Afghanistan" -> "Afgha": Afghan; "Ukraine" -> "Ukrai": Ukrainian; "Lebanon" ->
# "Leban": Lebanese). A name this short or shorter changes at its end instead ("Syria" -> Syrian,
# "Iraq" -> Iraqi), so each reader matches it its own way.
STEM_LETTERS = 5


def long_name_stem(name: str) -> str | None:
    """The first STEM_LETTERS letters of a name longer than that, as written; None for a short one."""
    return name[:STEM_LETTERS] if len(name) > STEM_LETTERS else None


# Lower-case words inside a person's name ("Bashar al Assad", "Anne-Marie de la Tour", "Ludwig van
# Beethoven"): a byline's name may hold them (clean.title), and a capitalised run of names reads
# through them (clean.inline_tags).
NAME_PARTICLES = frozenset("al el bin ibn abu da de del della der di du la le van von y".split())


# How a long name makes its people's and adjective's words: endings on the name whole
# ("Georgia-n", "Israel-i", "Jordan-ian", "Tigray-an", "Bhutan-ese"), on it less its final vowels
# ("Ukrain-ian", "Morocc-an", "Eritr-ean", "Turk-ish"), and the words English cuts from it
# ("German" of "Germany", "Somali" of "Somalia", "Lebanese" of "Lebanon", "Afghan" of
# "Afghanistan", "Philippine"). Only these: a name's first letters alone also begin first names
# and words ("George", "Francis", "Philip", "Cameron", "Martin", "Dominic", "Roman", "Liberation").
_AFTER_VOWEL = ("", "n")
_AFTER_CONSONANT = ("", "i", "an", "ian", "ese")
_CUT_ENDINGS = ("an", "ian", "ean", "ese", "ic", "ish")
_STAN_RE = re.compile(r"i?stan$")


def long_name_words(name: str) -> str | None:
    """A pattern (no flags, no word boundaries) for a single-word name longer than STEM_LETTERS
    and the words made from it, each with a plural "s", in the name's own case; None for a short
    name or one of several words."""
    if len(name) <= STEM_LETTERS or not name.isalpha():
        return None
    forms = {name + e for e in (_AFTER_VOWEL if name[-1] in "aeiou" else _AFTER_CONSONANT)}
    cut = name.rstrip("aeiouy")
    if cut != name and len(cut) >= STEM_LETTERS - 1:
        forms |= {cut + e for e in _CUT_ENDINGS}
        if name.endswith("y"):
            forms.add(cut)  # "Germany" -> "German", "Turkey" -> "Turk"
    if name.endswith("ia"):
        forms.add(name[:-1])  # "Somalia" -> "Somali"
    if name.endswith("on"):
        forms.add(name[:-2] + "ese")  # "Lebanon" -> "Lebanese"
    if (stan_cut := _STAN_RE.sub("", name)) != name and len(stan_cut) >= STEM_LETTERS:
        forms |= {stan_cut, stan_cut + "i"}  # "Afghanistan" -> "Afghan", "Afghani"; "Uzbek"
    if name.endswith("s"):
        forms.add(name[:-1])  # "Philippines" -> "Philippine"
    if name.endswith("ium"):
        forms.add(name[:-3] + "ian")  # a Latin name's people: "Belgium" -> "Belgian"
    return "(?:" + "|".join(map(re.escape, sorted(forms, key=lambda f: (-len(f), f)))) + ")s?"


# A people's adjective that is also its language's name ("Swedish", "Polish", "Spanish", "Italian",
# "Maltese", "Icelandic"): English makes it from a shorter or older stem than the country's name,
# which long_name_words cannot, so a names file's languages (CLDR's, as the toll reader ships it)
# give it: the language's name less its ending (and a doubled last consonant: "Finnish" -> "Fin")
# begins a country's name, or its word after a compass word ("South Korea": Korean), or that
# word less one of two vowels in a row ("Spain" -> "Span"). Not any word of the name: "Arabic"
# is no people of "Saudi Arabia".
LANGUAGE_DEMONYM_ENDS = ("ish", "ian", "ean", "an", "ese", "ic", "i")
# The shortest stem read: "Pol" of Polish; "Ir" of Irish would begin Iran and Iraq as well.
MIN_LANGUAGE_STEM = 3
# A bare -i ends many languages' names: "Seri", "Mari", "Pali" are no Serbian, Marshallese, Palauan.
MIN_LANGUAGE_STEM_BEFORE_I = 4
_VOWEL_AFTER_VOWEL_RE = re.compile(r"(?<=[aeiou])[aeiou]")
COMPASS_WORD_RE = re.compile(r"^(?:North|South|East|West|Central)\s+\S")


def _language_stems(language: str):
    for end in LANGUAGE_DEMONYM_ENDS:
        stem = language[:-len(end)]
        if language.endswith(end) and len(stem) >= 2 and stem[-1] == stem[-2] and stem[-1] not in "aeiou":
            stem = stem[:-1]
        if language.endswith(end) and len(stem) >= (MIN_LANGUAGE_STEM_BEFORE_I if end == "i" else MIN_LANGUAGE_STEM):
            yield stem


def _spellings(word: str):
    yield word
    for m in _VOWEL_AFTER_VOWEL_RE.finditer(word):
        yield word[:m.start()] + word[m.end():]


def language_demonyms(names, languages) -> frozenset[str]:
    """The `languages` (one capitalised word each) that are the people's adjective of one of
    `names` (countries, of one word or more) by the stem rule above."""
    words = {n.split()[-1] if COMPASS_WORD_RE.match(n) else n.split()[0] for n in names if n.strip()}
    starts = {sp for w in words for sp in _spellings(w)}
    return frozenset(
        lang for lang in languages
        if re.fullmatch(r"[A-Z][a-z]+", lang) and lang not in words
        and any(sp.startswith(stem) for stem in _language_stems(lang) for sp in starts))
