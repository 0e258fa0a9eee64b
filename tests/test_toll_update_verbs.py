"""Generated cases for the update verbs' one home (note 7 Left: three lists, so "the toll climbing
past 300" was missed). Every verb that updates a toll ("rose to", "went up to") reads the same
in each place: with "to" the count is the toll; with "past", "beyond" or "above", and for a verb
that passes a count ("passed", "topped"), the count is a lower bound (low = the count, no high),
as "more than 300" is; in the toll's own sentence and in a sentence that updates the one before
("It climbed past 300"). Each test fails on the code before the change."""

from __future__ import annotations

from hypothesis import given, settings, strategies as st

from toll_text import rows

COUNT = st.integers(min_value=120, max_value=990)
SUBJECT = st.sampled_from(["The death toll", "The toll", "The number of dead", "The death toll from the blast"])
# Each rising verb's forms, tense by tense: past, perfect, present, progressive, a participle clause.
_RISE = {"rise": ("rose", "has risen", "rises", "is rising", "rising"),
         "climb": ("climbed", "has climbed", "climbs", "is climbing", "climbing"),
         "jump": ("jumped", "has jumped", "jumps", "is jumping", "jumping"),
         "soar": ("soared", "has soared", "soars", "is soaring", "soaring"),
         "surge": ("surged", "has surged", "surges", "is surging", "surging"),
         "mount": ("mounted", "has mounted", "mounts", "is mounting", "mounting"),
         "increase": ("increased", "has increased", "increases", "is increasing", "increasing")}
# verbs of motion: an update with "up" before "to"; "went past 300" passes a count without it
_MOVE = {"go": ("went", "has gone", "goes", "is going", "going"),
         "creep": ("crept", "has crept", "creeps", "is creeping", "creeping"),
         "edge": ("edged", "has edged", "edges", "is edging", "edging"),
         "inch": ("inched", "has inched", "inches", "is inching", "inching")}
_PASS = {"pass": ("passed", "has passed", "passes", "is passing", "passing"),
         "top": ("topped", "has topped", "tops", "is topping", "topping"),
         "exceed": ("exceeded", "has exceeded", "exceeds", "is exceeding", "exceeding"),
         "surpass": ("surpassed", "has surpassed", "surpasses", "is surpassing", "surpassing")}
RISE = st.sampled_from([f for forms in _RISE.values() for f in forms])
MOVE = st.sampled_from([f for forms in _MOVE.values() for f in forms])
PASS = st.sampled_from([f for forms in _PASS.values() for f in forms])
BEYOND = st.sampled_from(["past", "beyond", "above"])
TAIL = st.sampled_from([".", " on Monday.", ", the Observatory said.", " overnight, medics said."])


def _said(subject: str, verb: str, rest: str, tail: str) -> str:
    """The toll's sentence: a participle ("climbing") stands in a clause after the news."""
    if verb.endswith("ing") and " " not in verb:
        return f"Shelling went on in Aleppo, with {subject[0].lower() + subject[1:]} {verb} {rest}{tail}"
    if subject.startswith("Deaths"):  # a plural subject
        verb = verb.replace("has ", "have ").replace("is ", "are ")
    return f"{subject} {verb} {rest}{tail}"


def _lower_bound(n: int) -> list[tuple]:
    return [(float(n), float(n), None, "more_than")]


@settings(max_examples=120, deadline=None)
@given(SUBJECT, st.one_of(RISE, MOVE), BEYOND, COUNT, TAIL)
def test_a_toll_that_rose_past_a_count_is_above_it(subject, verb, beyond, n, tail):
    """"the toll climbing past 300", "has gone beyond 300", "rose above 300": more than 300."""
    text = _said(subject, verb, f"{beyond} {n:,}", tail)
    assert [r[:4] for r in rows(text)] == _lower_bound(n), text


@settings(max_examples=80, deadline=None)
@given(SUBJECT, PASS, COUNT, TAIL)
def test_a_toll_that_passed_a_count_is_above_it(subject, verb, n, tail):
    """"passed 300", "topping 300", "has exceeded 300": more than 300, in every tense."""
    text = _said(subject, verb, f"{n:,}", tail)
    assert [r[:4] for r in rows(text)] == _lower_bound(n), text


@settings(max_examples=80, deadline=None)
@given(st.one_of(SUBJECT, st.just("Deaths in the province")), st.one_of(RISE, MOVE.map(lambda v: v + " up")), COUNT,
       TAIL)
def test_a_toll_that_rose_to_a_count_is_that_count(subject, verb, n, tail):
    """"is climbing to 300", "mounting to 300", "has gone up to 300": the toll is 300, and so are
    deaths that rose to it ("Deaths in the province mounted to 300")."""
    text = _said(subject, verb, f"to {n:,}", tail)
    assert [r[:4] for r in rows(text)] == [(float(n), float(n), float(n), "exact")], text


@settings(max_examples=120, deadline=None)
@given(st.sampled_from(["It", "The toll", "The figure", "This"]),
       st.sampled_from([f for forms in (*_RISE.values(), *_MOVE.values(), *_PASS.values()) for f in forms
                        if not f.endswith("ing") or " " in f]),
       BEYOND, st.integers(min_value=20, max_value=99), TAIL)
def test_a_sentence_that_updates_the_toll_before_past_a_count_is_a_lower_bound(subject, verb, beyond, n, tail):
    """"... killed 80 people. It later climbed past 120.": the update is read as "rose to" is, as
    a lower bound of the same toll."""
    passing = any(verb in forms for forms in _PASS.values())
    later = f"{subject} {verb} {'' if passing else beyond + ' '}{n + 100}{tail}"
    text = f"The bombing killed {n} people in Aleppo on Sunday, the Observatory said. {later}"
    assert [r[:4] for r in rows(text)][1:] == _lower_bound(n + 100), text
