"""A "Tags" keyword list between a standfirst and the story, in one flattened line (QA10 F17,
alaraby in FA-KES: "... as clashes continue. Tags Syria Free Syrian Army opposition groups
al-Nusra Front Idlib The Sawaiq al-Rahman brigade announced on Monday that ..."). Left in, the
keywords join the story's first sentence: its tolls' sentence, actors and tone. `link_tail`
cuts such a list only where no story follows it; this one is followed by the story.

A run after "Tags" is a keyword list when it holds no function word but "the"/"of"/"for"
inside a name ("the Nusra Front", "Observatory for Human Rights"), no verb form ("-ed",
"said"), at most MAX_TAG_WORDS words, and ends where a story sentence starts: at a capitalised
function word or number ("The", "At least 11", "Two children"), after a full stop ("... war.
A suicide bomber"), or at the capitalised run before the first other function word ("...
Assad war Government air raids in ..."; of a run of names, "Bashar Assad Airstrikes on a ...",
the whole run is left to the story, read through name particles, "Bashar al Assad": names there
cannot be told from the story's subject, and a cut never splits a name).
What follows must read as a story sentence (`link_tail._story_sentence`)."""

from __future__ import annotations

import re

from ..text.names import NAME_PARTICLES
from ..text.sentences import split_sentences
from .language import STOPWORDS_EN
from .link_tail import _story_sentence

__all__ = ["inline_tag_lists", "INLINE_TAGS_REASON"]

INLINE_TAGS_REASON = "keyword list ('Tags ...') before the story"
# The box heading as pages write it; "tags" inside a sentence is lower case.
TAGS_RE = re.compile(r"(?<![\w'’-])(?:Tags|TAGS):?(?=\s)")
# A keyword list is a few names and topics; a longer run without a function word is no list.
MAX_TAG_WORDS = 30
# Function words inside a tag's name ("the Nusra Front", "Syrian Observatory for Human Rights"),
# allowed only between a word and a capitalised one.
NAME_WORDS = frozenset({"the", "of", "for"})
# Verb forms a keyword list never holds (a sentence's "killed", "said").
VERB_RE = re.compile(r"^[a-z][a-z-]*ed$|^(?:said|says|say)$")
# Number words a story's first sentence opens with ("Three women ...", "Dozens of ...").
NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten eleven twelve dozens hundreds thousands "
                         "several scores".split())
WORD_TOKEN_RE = re.compile(r"\S+")
STRIP = "\"'“”‘’()[],;:"


def _capital(word: str) -> bool:
    return bool(word) and (word[0].isupper() or word[0].isdigit())


def _opener(word: str) -> bool:
    """A word only a sentence starts with, never a tag: a number, or a function word or number
    word written as a sentence's first ("The", "At", "Three"; not an acronym such as "IS")."""
    if word[0].isdigit():
        return True
    return (word[0].isupper() and word[1:] == word[1:].lower()
            and (word.lower() in STOPWORDS_EN or word.lower() in NUMBER_WORDS))


def _story_start(words: list[str]) -> int | None:
    """The index of the story's first word after the keywords, or None when the run is no list."""
    start = None
    for j, raw in enumerate(words):
        word = raw.strip(STRIP)
        low = word.lower()
        if j >= MAX_TAG_WORDS or not word:
            return None
        if raw.rstrip(STRIP).endswith((".", "!", "?")):
            start = j + 1  # "... extremism war. A suicide bomber"
            break
        if _opener(word):
            start = j
            break
        if low in STOPWORDS_EN and not (len(word) > 1 and word.isupper()):  # "IS" is a group's acronym
            nxt = words[j + 1].strip(STRIP) if j + 1 < len(words) else ""
            if low in NAME_WORDS and _capital(nxt):
                continue
            # the story opened at the run of capitalised words before this one
            caps = [i for i in range(j) if _capital(words[i].strip(STRIP))]
            if not caps:
                return None
            start = caps[-1]
            while start > 0 and (_capital(words[start - 1].strip(STRIP)) or (  # a name reads through "al"
                    start > 1 and words[start - 1].strip(STRIP) in NAME_PARTICLES and _capital(words[start - 2].strip(STRIP)))):
                start -= 1
            break
    if not start:
        return None
    tags = [w.strip(STRIP + ".!?") for w in words[:start]]
    return None if any(VERB_RE.match(w) for w in tags) else start


def inline_tag_lists(line: str) -> list[tuple[int, int]]:
    """(start, end) spans of `line` that are "Tags" keyword lists followed by the story: the
    marker, the keywords and the space up to the story's first word."""
    spans: list[tuple[int, int]] = []
    for m in TAGS_RE.finditer(line):
        if spans and m.start() < spans[-1][1]:
            continue
        tokens = list(WORD_TOKEN_RE.finditer(line, m.end()))
        found = _story_start([t.group() for t in tokens[:MAX_TAG_WORDS + 1]])
        if found is None or found >= len(tokens):
            continue
        story = tokens[found].start()
        first = split_sentences(line[story:])
        if not first or not _story_sentence(line[story:][first[0][0]:first[0][1]]):
            continue
        spans.append((m.start(), story))
    return spans
