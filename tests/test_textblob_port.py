"""analysis.tone.textblob_port must give exactly (==) TextBlob's (polarity, subjectivity) for any string.

The port replaces the library in the tone stage only because it is identical, so every test
compares with the installed library on the same text: crafted inputs for each branch of the
tokenizer and of the assessment loop, the bundled seed articles, seeded random strings, and
(marked corpus) every FA-KES dev sentence and article.
"""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

import pytest
from textblob import TextBlob
from textblob import _text as T
from textblob.en import sentiment as library

from analysis.tone import textblob_port as port
from analysis.text import split_sentences

RAW = Path(__file__).resolve().parents[1] / "data" / "raw"
EMOTICONS = sorted(e for group in T.EMOTICONS.values() for e in group)


def library_words(text: str) -> list[str]:
    """The words Sentiment.__call__ assesses, straight from the library's tokenizer."""
    return [w.lower() for w in " ".join(library.tokenizer(text)).split()]


def assert_same(text: str) -> None:
    want = tuple(library(text))
    assert port.sentiment(text) == want, text
    assert tuple(TextBlob(text).sentiment) == want, text
    assert port.words(text) == library_words(text), text


CASES = [
    # contractions, ascii and curly apostrophes
    "I can't say it's good", "We won't go, they'll be fine and we're sad", "You'd think I'm right, we've won",
    "It isn’t bad, can’t be worse", "It isn't bad", "don't", "n't good", "N'T GOOD", "'s 'll 're 've 'd 'm",
    # quotes and their sentence grouping
    "He said “this is terrible” and left.", "‘Great’ she said", '"Bad!" he shouted. "Good," she said.',
    "'quoted' words 'here.' Then good", 'He said "awful." Then "great!" and more',
    # abbreviations and periods
    "The U.S. is great. e.g. this is bad. Dr. Smith etc. was happy.", "Mr. Good and Mrs. Bad met J. R. R. Tolkien.",
    "See fig. 3 a.m. and p.m. vs. the i.e. case.", "Mil. Med. ok.", "A. B. C. good.", "St. Louis is nice.",
    "end.", ".", "..", "...", "....", "wait..... what", "good... bad...", "x...)", "U.S.)", "(U.S.)", "Hm.", "SSS.",
    # exclamations, sarcasm, questions
    "This is good!!!", "good !", "! good", "Great (!) idea", "Great ( ! ) idea", "Great (! ) idea", "Great ( !) idea",
    "a(!)b", "a(! ) good", "What?! Really good?!", "Terrible?", "(!)", "!",
    # paragraph breaks, line endings, EOS literal
    "Good.\n\nBad.", "Good\n\n\nbad", "Good\r\n\r\nbad", "Good\r\nbad", "Good\n \nbad", "Good\r\rbad",
    "so :\n\n-( bad", "so :\r\n\r\n-( bad", "so :\r\n-( bad", "ok (\n\n!) good",
    "END-OF-SENTENCE good", "(END-OF-SENTENCE) great 8\n\n) wow", "good END-OF-SENTENCE ) bad",
    # negations and modifiers
    "not good", "never very bad", "not a good idea", "not at all good", "not the best", "no good", "never good",
    "very good", "really not good", "extremely not bad", "very very good", "very, good", "very is a good",
    "terribly good", "really is a good day", "not very not good", "very :) good", "not :) bad",
    # emoticons, spaced emoticons and the "(1998)" merge of "8 )"
    "I love it :)", "so sad :-(", "wink ;-)", "<3 you", "♥", "xD XD", "lol : )", "hmm : - (", "ok :-) .",
    "the war (1998) ended",
    "in 2008 ) it was bad", "o.O and o . O and o_O", ": ' (", ":'''(", "8-) cool", ">:D", "=-D", "°O°", ":-\\", ">.>",
    # empty, whitespace, punctuation only, numbers, URLs, other scripts
    "", " ", "\n\n", "\t\r\n", "!?.,;:", "()[]{}", "''", '"""', "12,000 people 3.5% $40",
    "https://example.com/a?b=c&d=e good",
    "Die Lage ist schlecht.", "الحرب في سوريا سيئة", "战争很糟糕", "ΟΔΟΣ ΚΑΛΟΣ", "İstanbul good", "naïve café good",
    "non\u00a0breaking\u2003spaces good", "sep\x1cchars good", "good" * 3, "GOOD BAD", "Good, bad; ugly: happy.",
]


@pytest.mark.parametrize("text", CASES)
def test_crafted_input_matches_library(text):
    assert_same(text)


def test_long_text_matches_library():
    text = " ".join(CASES) * 20
    assert_same(text)
    assert_same("\n\n".join(CASES))


def test_crafted_inputs_exercise_the_branches():
    """The crafted inputs are not vacuous: the library really negates, boosts and merges on them."""
    good = library("good")[0]
    assert good > 0
    assert port.sentiment("not good")[0] == good * -0.5
    assert port.sentiment("very good")[0] != good
    assert port.sentiment("good!")[0] == min(good * 1.25, 1.0)
    assert port.sentiment("Great (!) idea")[1] == library("Great (!) idea")[1] != library("Great idea")[1]
    assert "(!)" in port.words("Great ( ! ) idea")
    assert ":)" in port.words("lol : )")
    assert "1998)" in port.words("the war (1998) ended")  # the emoticon "8)" merges "8 )"
    assert "end-of-sentence" not in port.words("Good.\n\nBad.")
    # A paragraph break (also as \r\n\r\n) ends a sentence, so ": -(" across it is no emoticon.
    assert port.sentiment("so :\r\n\r\n-( bad") != port.sentiment("so :\r\n-( bad")
    assert "u.s." in port.words("The U.S. is great.")
    assert port.sentiment("the table :)")[0] > port.sentiment("the table")[0] == 0.0


@pytest.mark.parametrize("emoticon", EMOTICONS)
def test_every_emoticon_alone_and_spaced(emoticon):
    assert_same(f"it was {emoticon}")
    assert_same(f"it was {' '.join(emoticon)} ok")
    assert_same(f"not {emoticon.lower()} very")


@pytest.fixture
def lexicon_with_known_negation(monkeypatch):
    """The library's lexicon with "never" as a known adverb (no shipped negation is a known word),
    so the known-word negation branch runs; the port's copy is rebuilt before and after."""
    len(library)  # loaded before patching, so teardown restores the loaded lexicon
    monkeypatch.setitem(library, "never", {"RB": (-0.3, 0.6, 1.5), None: (-0.3, 0.6, 1.5)})
    port._model.cache_clear()
    yield
    port._model.cache_clear()


@pytest.mark.parametrize("text", ["never good", "never mind, good", "never a good day", "really never good", "never !"])
def test_known_negation_word_matches_library(lexicon_with_known_negation, text):
    assert_same(text)


def test_non_string_input_is_the_library_result():
    assert port.sentiment(["good", "not", "bad"]) == tuple(library(["good", "not", "bad"]))


def test_ordinary_sentence_takes_the_fast_path(monkeypatch):
    """Plain news sentences must not fall back to the library's per-sentence regexes (speed)."""

    def fail(*args):
        raise AssertionError("slow path")

    monkeypatch.setattr(port, "_library_sentences", fail)
    text = 'Mr. Assad said on Monday (in Aleppo) that 1,200 people were "not safe", according to U.S. officials.'
    assert port.sentiment(text) == tuple(library(text))


def test_unicode_facts_the_shortcuts_rely_on():
    r"""re's \s is str.isspace (so TOKEN.findall is str.split) and no character lowercases to
    whitespace or to nothing (so one lower() of the joined words equals lowering each)."""
    space = re.compile(r"\s")
    for cp in range(sys.maxunicode + 1):
        c = chr(cp)
        assert (space.match(c) is not None) == c.isspace(), hex(cp)
        if not c.isspace():
            low = c.lower()
            assert low and not any(x.isspace() for x in low), hex(cp)


def seed_texts() -> list[str]:
    files = sorted(RAW.glob("*.txt"))
    assert files, "seed articles missing"
    return [f.read_text(encoding="utf-8") for f in files]


def test_seed_articles_and_their_sentences_match_library():
    for text in seed_texts():
        assert_same(text)
        for s, e in split_sentences(text):
            assert_same(text[s:e])


def random_text(rng: random.Random, pieces: list[str]) -> str:
    return "".join(rng.choice(pieces) + rng.choice(("", " ", " ")) for _ in range(rng.randint(0, 20)))


WORDS = ["good", "bad", "not", "never", "no", "very", "really", "terribly", "happy", "the", "a", "is", "Syria",
         "can't", "it's", "n't", "don’t", "U.S.", "Dr.", "e.g.", "A.", "END-OF-SENTENCE", "İ", "ΣΑΣ"]
PUNCT = list(T.PUNCTUATION) + ["“", "”", "‘", "’", "...", "....", "(!)", "\n", "\n\n", "\r\n", "\t", "\u00a0",
                               "8", "o", "x", "D"]


@pytest.mark.parametrize("seed", range(4))
def test_seeded_random_strings_match_library(seed):
    rng = random.Random(seed)
    for _ in range(500):
        assert_same(random_text(rng, WORDS + PUNCT))  # mostly the fast path
        assert_same(random_text(rng, WORDS + PUNCT + EMOTICONS))  # spaced emoticons: the library path
        assert_same("".join(rng.choice("ab n't'\"()!?.:;-D8ox \n\r<3_O^,") for _ in range(rng.randint(0, 30))))


@pytest.mark.corpus
def test_fakes_dev_sentences_and_articles_match_library(fakes):
    bodies = list(fakes["article_content"].dropna().astype(str))
    differ = [b[s:e] for b in bodies for s, e in split_sentences(b) if port.sentiment(b[s:e]) != tuple(library(b[s:e]))]
    differ += [b for b in bodies if port.sentiment(b) != tuple(library(b))]
    assert differ == []


def test_port_loads_without_textblobs_package_init():
    """The port reads textblob._text and textblob.en only: the package's __init__ imports NLTK
    and SciPy (1.9 CPU s in every process that scores tone). In a fresh process the port's model
    loads with neither imported, leaves no half-imported textblob behind, and `import textblob`
    afterwards is the whole library again, scoring as the port does."""
    import subprocess

    code = (
        "import sys\n"
        "from analysis.tone import textblob_port as port\n"
        "text = 'The strikes were not really terrible :) !'\n"
        "got = port.sentiment(text)\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('textblob', 'nltk', 'scipy')))\n"
        "import textblob.en\n"
        "from textblob import TextBlob\n"
        "print(got == tuple(TextBlob(text).sentiment) == tuple(textblob.en.sentiment(text)), 'nltk' in sys.modules)\n"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    assert run.stdout.splitlines() == ["[]", "True True"]


def test_port_loading_in_a_thread_leaves_textblob_importable_in_another():
    """The dask engine's threads and notebook code may load the port while another thread imports
    TextBlob itself: that import must get the whole library, never a half-made stand-in, and the
    port loads once and scores as TextBlob does."""
    import subprocess

    code = (
        "import sys, threading\n"
        "from analysis.tone import textblob_port as port\n"
        "go, errors, got = threading.Barrier(6), [], []\n"
        "def load():\n"
        "    go.wait()\n"
        "    got.append(port.sentiment('The strikes were terrible.'))\n"
        "def user():\n"
        "    go.wait()\n"
        "    try:\n"
        "        from textblob import TextBlob\n"
        "        got.append(tuple(TextBlob('The strikes were terrible.').sentiment))\n"
        "    except Exception as e:\n"
        "        errors.append(repr(e))\n"
        "threads = [threading.Thread(target=f) for f in (load, user, load, load, load, load)]\n"
        "[t.start() for t in threads]; [t.join() for t in threads]\n"
        "print(errors, len(set(got)), port._load_model.cache_info().misses)\n"
    )
    for _ in range(3):
        run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
        assert run.returncode == 0, run.stderr
        assert run.stdout.split() == ["[]", "1", "1"], run.stdout
