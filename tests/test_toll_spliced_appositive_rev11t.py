"""rev11t T5: in a comma splice the second clause's subject is no appositive of the first
clause's object: "Regime forces hold 200 prisoners, some activists were killed under torture"
read 200 prisoners as dead. An appositive opened by a comma closes before the verb ("17 people,
most members of armed groups, were killed"); a bare one (comma-less copy) follows a count that
is its clause's subject, not a verb's object."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from toll_text import values

HOLDERS = ["Regime forces hold", "The army captured", "Police detained", "Rebels took", "The militia holds",
           "Troops arrested"]
OBJECTS = ["prisoners", "fighters", "men", "civilians"]
QUANTS = ["most", "many", "some", "all"]
VICTIMS = ["activists", "civilians", "detainees", "people"]
DEATHS = ["were killed under torture", "died in custody", "were executed"]
SUBJECTS = ["At least {n} people", "{n} civilians", "Some {n} fighters"]
APPOSITIVES = ["most members of armed groups", "all civilians", "many of them children", "mostly women"]


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(HOLDERS), st.integers(20, 999), st.sampled_from(OBJECTS), st.sampled_from([", ", " "]),
       st.sampled_from(QUANTS), st.sampled_from(VICTIMS), st.sampled_from(DEATHS))
def test_a_verbs_object_before_a_spliced_clause_is_not_the_dead(holder, n, obj, sep, quant, victims, death):
    text = f"{holder} {n} {obj}{sep}{quant} {victims} {death}."
    assert n not in values(text), text


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(SUBJECTS), st.integers(5, 999), st.sampled_from(APPOSITIVES), st.booleans(),
       st.sampled_from(["were killed", "died"]))
def test_a_subjects_appositive_still_names_the_dead(subject, n, appositive, commas, death):
    aside = f", {appositive}," if commas else f" {appositive}"
    text = f"{subject.format(n=n)}{aside} {death}."
    assert values(text) == [n], text
