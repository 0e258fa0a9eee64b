"""Reported death tolls, the tables behind the charts: the cumulative timeline (and the claims
that go backwards on it), headline tolls per period and undated claims, from death_tolls rows;
and the war's toll over time, by who counted.

A cumulative claim ("more than 300,000 people have been killed since the war began") is only
comparable with another claim of the same thing by the same counter: the Observatory, the UN
and a government count differently, and a total of journalists or aid workers killed is not
the war's total. This module sorts each cumulative claim into

- `war_total`: the war's total over all victims, placed on the timeline by counter;
- `sub_population`: a total for one group (children, journalists, soldiers, ...) or of one cause
  of death (tortured to death, in detention, ...), shown apart;
- `implausible`: a "since the war began" count too small to be the war's total (a misread or a
  list of a few victims), kept in a table and off the war-total axis;
- `vague`: a vague word ("hundreds of thousands", stored as its floor, 200,000), no count:
  charted among counted totals it would look like a counter lowering its total, so it is listed
  off the axis too;

and judges "going backwards" only within one named counter's series.

Public API: cumulative_timeline, backwards_claims, headline_tolls_by_period, undated_claims,
marker_kind, LOWER_BOUND_QUALIFIERS, ESTIMATE_QUALIFIERS; classify_cumulative,
war_total_timeline, backwards_by_counter, latest_war_total, off_axis_claims, victim_group,
claim_group, counter_of, judged, WAR_TOTAL, SUB_POPULATION, IMPLAUSIBLE, VAGUE_TOTAL.
"""

from __future__ import annotations

import re

import pandas as pd

from .extract import ALL_VICTIMS, AUX, DEATH_WORD, NUMBER_PHRASE_RE, is_vague_count, parse_number


__all__ = [
    "cumulative_timeline", "backwards_claims", "headline_tolls_by_period", "undated_claims", "marker_kind",
    "LOWER_BOUND_QUALIFIERS", "ESTIMATE_QUALIFIERS", "classify_cumulative", "war_total_timeline",
    "backwards_by_counter", "latest_war_total", "off_axis_claims", "victim_group", "claim_group", "counter_of", "judged",
    "WAR_TOTAL", "SUB_POPULATION", "IMPLAUSIBLE", "VAGUE_TOTAL",
]

LOWER_BOUND_QUALIFIERS = ("more_than", "at_least")
ESTIMATE_QUALIFIERS = ("about", "nearly", "up_to", "range")


def marker_kind(qualifier: str, vague: bool = False) -> str:
    """How a chart draws a claim: a lower bound, an estimate, or an exact count. A vague word
    ("hundreds of thousands", stored as its smallest reading, 200,000) states only that floor:
    a lower bound, not an estimate of 200,000 beside the 320,000 counted that week."""
    if qualifier in LOWER_BOUND_QUALIFIERS or is_vague_count(qualifier) or vague:
        return "lower bound"
    if qualifier in ESTIMATE_QUALIFIERS:
        return "estimate"
    return "exact"


def _vague(claims: pd.DataFrame) -> pd.Series:
    """Claims of a vague word (extract.is_vague_count): charted as their floor, never judged stale."""
    return claims["qualifier"].map(is_vague_count).astype(bool)


def _markers(claims: pd.DataFrame) -> list[str]:
    return [marker_kind(q, v) for q, v in zip(claims["qualifier"], _vague(claims))]


def _dated(tolls: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(tolls["published"], errors="coerce")


def undated_claims(tolls: pd.DataFrame) -> pd.DataFrame:
    """Claims whose article has no publication date: listed, because charts cannot place them."""
    return tolls[_dated(tolls).isna()].reset_index(drop=True)


def cumulative_timeline(tolls: pd.DataFrame) -> pd.DataFrame:
    """Dated cumulative claims in publication order, with the running maximum of lower
    bounds up to and including each date (what the record allowed a reader to know)."""
    cum = tolls[tolls["scope"] == "cumulative"].assign(date=_dated(tolls))
    cum = cum[cum["date"].notna()].sort_values(["date", "article_id", "start"], kind="stable")
    cum = cum.assign(marker=_markers(cum))
    cum["running_max_low"] = cum["date"].map(_running_max_low(cum))
    return cum.reset_index(drop=True)


def _running_max_low(cum: pd.DataFrame, shift: int = 0) -> pd.Series:
    """Highest lower bound (from lower-bound and exact claims; an estimate's +-10% is a
    convention, not a bound the article states) published up to each date."""
    bounds = cum["low"].where(cum["marker"].isin(["lower bound", "exact"]))
    per_date = bounds.groupby(cum["date"]).max().cummax().ffill()
    return per_date.shift(shift) if shift else per_date


def backwards_claims(tolls: pd.DataFrame) -> pd.DataFrame:
    """Cumulative claims below the highest lower bound published on an earlier date, with why:
    a lower upper bound contradicts the record; a lower estimate or lower bound is stale."""
    cum = cumulative_timeline(tolls)
    if cum.empty:
        return cum.assign(earlier_max_low=pd.Series(dtype="float64"), reason=pd.Series(dtype="object"))
    cum["earlier_max_low"] = cum["date"].map(_running_max_low(cum, shift=1))
    back = cum[cum["earlier_max_low"].notna() & (cum["value"] < cum["earlier_max_low"]) & ~_vague(cum)].copy()
    back["reason"] = _why_backwards(back, "an earlier lower bound")
    return back.reset_index(drop=True)


def _why_backwards(back: pd.DataFrame, earlier: str) -> list[str]:
    """A lower upper bound contradicts the record; a lower estimate or lower bound is stale."""
    return [f"upper bound below {earlier}" if pd.notna(h) and h < e else f"{marker_kind(q)} below {earlier}"
            for h, e, q in zip(back["high"], back["earlier_max_low"], back["qualifier"])]


def dated_headline_tolls(tolls: pd.DataFrame) -> pd.DataFrame:
    """Each article's headline toll whose article has a publication date, with it as `date`:
    the rows the incident chart and its per-period table both count."""
    if tolls.empty:
        return tolls.assign(date=pd.Series(dtype="datetime64[ns]"))
    head = tolls[tolls["is_headline"].fillna(False).astype(bool)].assign(date=_dated(tolls))
    return head[head["date"].notna()]


def headline_tolls_by_period(tolls: pd.DataFrame, freq: str = "M") -> pd.DataFrame:
    """Per publication period (pandas code `freq`): how many articles report a headline toll, the
    largest and the median of those tolls. Never a sum: one event is reported by many articles
    (on FA-KES, Aug 2013's headline tolls, several the Ghouta attack's 1,300-1,500, summed to over 10,000), so a sum
    counts the same deaths once per article; the largest is at most one incident's toll.
    `largest_from`: the articles (sorted ids) whose toll reaches the largest, ties all named."""
    head = dated_headline_tolls(tolls)
    cols = ["period", "n_articles", "largest", "median", "largest_from"]
    if head.empty:
        return pd.DataFrame(columns=cols)
    g = head.groupby(head["date"].dt.to_period(freq).dt.start_time.rename("period"))
    top = head[head["value"] == g["value"].transform("max")]
    from_ = top.groupby(top["date"].dt.to_period(freq).dt.start_time.rename("period"))["article_id"].agg(
        lambda ids: tuple(sorted(set(ids), key=str)))
    out = pd.DataFrame({"n_articles": g["article_id"].nunique(), "largest": g["value"].max(), "median": g["value"].median(),
                        "largest_from": from_})
    return out.reset_index()[cols].sort_values("period", kind="stable").reset_index(drop=True)


# --------------------------------------------------------------------------- by who counted

WAR_TOTAL = "war_total"
SUB_POPULATION = "sub_population"
IMPLAUSIBLE = "implausible"
VAGUE_TOTAL = "vague"


# Victim word -> the group a sub-population total is shown under.
VICTIM_GROUPS = [
    ("children", r"children|child|kids|babies|infants|boys?|girls?|schoolchildren|pupils|students"),
    ("women", r"women|woman"),
    ("civilians", r"civilians?|residents|villagers|citizens|refugees|displaced|worshippers|protesters|demonstrators"),
    ("journalists", r"journalists?|reporters?|media\s+workers"),
    ("aid and health workers", r"workers|aid\s+workers|doctors|medics|nurses|volunteers|patients"),
    ("soldiers and fighters", r"soldiers?|troops|servicemen|personnel|fighters?|rebels?|militants?|jihadists?|"
                              r"terrorists?|insurgents?|gunmen|extremists?|mercenaries|militiamen|officers?|"
                              r"policemen|police|guards?|commanders?|pilots?|forces|army|regime|"
                              r"daesh|isis|isil|is|nusra|ypg|sdf|fsa|hezbollah|elements|martyrs"),
]
_VICTIM_GROUP_RES = [(name, re.compile(rf"^(?:{pat})$", re.I)) for name, pat in VICTIM_GROUPS]
OTHER_GROUP = "other groups"

# Cause of death -> the group a total of deaths by that cause is shown under: "12,000 people
# have been tortured to death since 2011" counts one kind of death, not the war's dead.
DEATH_CAUSES = [
    ("deaths under torture", r"tortured\s+to\s+death|(?:under|of|from|by|after)\s+(?:the\s+)?torture|torture\s+deaths"),
    # the longer "detention centres" first: what a cause noun is joined to is read after all of it
    ("deaths in detention", r"in\s+(?:(?:[\w'’-]+\s+){0,2}?(?:detention|prison)\s+(?:centres?|centers?|facilities|camps?)|"
                            r"(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:detention|custody|prisons?|jails?))"),
    ("deaths by starvation", r"starved\s+to\s+death|(?:of|from|by)\s+(?:starvation|hunger|malnutrition)"),
    ("deaths in chemical attacks", r"(?:in|by|from|of)\s+(?:(?:the|a|an)\s+)?(?:[\w'’-]+\s+)?"
                                   r"(?:chemical|gas|sarin|chlorine|toxic)\s+(?:weapons?\s+)?(?:attacks?|strikes?|weapons?|agents?)"),
]
# A cause is the dead's own: right after their death word ("300,000 have died in detention"), or
# after the victims when no death word stands between ("killed 1,400 people in chemical attacks").
# Anywhere else in the clause it describes something else ("died in a war marked by chemical
# attacks": the war, whose dead are all victims). Victims' words are no death word or preposition.
_CAUSE_PREPOSITIONS = r"in|by|from|of|under|after|with|during|at|on|inside|through"
_CAUSE_LEAD = (rf"^\s*(?:(?!(?:{DEATH_WORD}|{_CAUSE_PREPOSITIONS})\b)[\w'’-]+\s+){{0,3}}?(?:{AUX}\s+){{0,4}}"
               rf"(?:(?:{DEATH_WORD})\s+(?:[a-z]+ly\s+)?)?")
_DEATH_CAUSE_RES = [(name, re.compile(rf"{_CAUSE_LEAD}(?P<cause>{pat})\b", re.I)) for name, pat in DEATH_CAUSES]
_CAUSE_ALONE_RES = [re.compile(rf"^(?:{pat})\b", re.I) for _, pat in DEATH_CAUSES]
# A cause noun joined to another ("killed in Syria's prisons and battlefields", "by chemical
# weapons and barrel bombs") counts one kind of death only when the other is a cause too ("in
# prisons and detention centres"); "and" before a verb, a pronoun or a number starts a new clause.
_JOINED_RE = re.compile(r"^\s*,?\s*(?:and|or|as\s+well\s+as)\s+(?P<rest>.*)$", re.I | re.S)
_NEW_CLAUSE_RE = re.compile(
    rf"^(?:(?:{AUX}|{DEATH_WORD}|they|he|she|it|we|others?|many|some|most|all|thousands|hundreds|dozens|tens)\b|\d)", re.I)
# The toll's own clause: after its number up to a clause mark or the next number ("300,000
# killed, 12,000 of them tortured to death": the war total is not the torture count); before it,
# back to a clause mark, from a toll noun ("the toll for Russian soldiers killed ... to 18").
CAUSE_REACH = 80  # chars after a toll where its victims' verb and its cause stand
_CLAUSE_END_RE = re.compile(r"[,;:.!?()\[\]\"“”—–]|\s-\s|\d|\b(?:and|but|while|whereas|including)\b", re.I)
_TOLL_OF_RE = re.compile(r"\b(?:toll|tally|number|count)\s+(?:for|of|among)\s+(?P<rest>.*)$", re.I | re.S)
# The victims the toll noun counts: their noun right before the death word ("for Russian
# soldiers killed"), never any word on the way ("the toll of the conflict is now": IS's "is").
_TOLL_VICTIMS_RE = re.compile(
    r"^(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?P<v>[\w'’-]+)\s+(?:killed|dead|slain|martyred|deaths|fatalities|who|that)\b", re.I)

# The Syrian war's toll passed 1,000 within months of March 2011 (UN, mid-2011), so a smaller
# number given as the total "since the war began" is a group, a list of a few victims or a misread.
MIN_WAR_TOTAL = 1_000
PEER_FRACTION = 0.2  # see _mark_far_below_peers
PEER_WINDOW = "730D"  # a year either side
PEER_MIN = 4  # claims needed in the window to call one far below the others

# Counters: (name shown, kind, pattern on the attribution text). Specific names come first,
# so "U.N. The Syrian Center for Policy Research" is SCPR's claim, not the UN's.
COUNTER_KINDS = ("monitoring group", "UN body", "government", "other source", "unattributed")
COUNTERS = [
    ("Syrian Center for Policy Research", "monitoring group", r"policy\s+research|\bSCPR\b"),
    ("Syrian Network for Human Rights", "monitoring group", r"network\s+for\s+human\s+rights|\bSNHR\b"),
    ("Violations Documentation Center", "monitoring group", r"violations\s+documentation|\bVDC\b"),
    ("Syrian Observatory for Human Rights", "monitoring group", r"observatory|\bSOHR\b|britain-based|uk-based|london-based"),
    ("United Nations", "UN body", r"\bU\.?\s?N\b\.?|united\s+nations|unicef|\bOCHA\b|\bUNHCR\b|\bWHO\b|world\s+health|"
                                  r"de\s+mistura|special\s+envoy|human\s+rights\s+council|high\s+commissioner"),
    ("Syrian government", "government", r"government|ministry|\bSANA\b|state\s+(?:media|news|television|tv)|"
                                         r"damascus|regime|authorities|\bofficials?\b"),
]
_COUNTER_RES = [(name, kind, re.compile(pat, re.I)) for name, kind, pat in COUNTERS]
OTHER_COUNTER = "other or unclear source"
UNATTRIBUTED = "unattributed"


def victim_group(victims) -> str:
    """'all' for everyone killed, else the group a total counts ('children', 'journalists', ...)."""
    word = "" if victims is None or victims != victims else str(victims).strip().lower()
    if word in ALL_VICTIMS:
        return "all"
    for name, rx in _VICTIM_GROUP_RES:
        if rx.match(word):
            return name
    return OTHER_GROUP


def _span_in_sentence(sentence: str, value: float, length: int) -> int | None:
    """Where a toll of `length` chars and `value` starts in its sentence (rows keep the article's
    offsets, not the sentence's): the first number phrase of that length and value, else None."""
    for m in NUMBER_PHRASE_RE.readable.finditer(sentence):
        parsed = parse_number(m.group("num")) if m.group("num") else None
        if m.end() - m.start() == length and parsed and parsed[0] == value:
            return m.start()
    return None


def _cause_of(clause: str, tail: str) -> str | None:
    """The DEATH_CAUSES group of a toll's clause (its victims' own cause of death), else None;
    `tail` is the unclipped text the clause starts, to see what a cause noun is joined to."""
    for name, rx in _DEATH_CAUSE_RES:
        m = rx.match(clause)
        if not m:
            continue
        joined = _JOINED_RE.match(tail[m.end("cause"):])
        rest = joined.group("rest").lstrip() if joined else ""
        preposition = re.match(rf"(?:{_CAUSE_PREPOSITIONS})\b", m.group("cause"), re.I)
        if not preposition or not rest or _NEW_CLAUSE_RE.match(rest):
            return name
        if not re.match(rf"(?:{_CAUSE_PREPOSITIONS})\b", rest, re.I):
            rest = f"{preposition.group(0)} {rest}"
        return name if any(rx_alone.match(rest) for rx_alone in _CAUSE_ALONE_RES) else None
    return None


def claim_group(victims, value=None, sentence=None, start=None, end=None) -> str:
    """victim_group of the victims word; for 'all', the group the toll's own clause names: a
    cause of death its victims died of ("tortured to death", "died in detention", DEATH_CAUSES) or a
    victims noun after a toll noun before it ("the toll for Russian soldiers killed ... to 18")."""
    group = victim_group(victims)
    if group != "all" or not isinstance(sentence, str) or pd.isna(start) or pd.isna(end):
        return group
    length = int(end) - int(start)
    at = _span_in_sentence(sentence, value, length)
    if at is None:
        return group
    after = sentence[at + length:at + length + CAUSE_REACH]
    stop = _CLAUSE_END_RE.search(after)
    after = after[:stop.start()] if stop else after
    before = re.split(r"[,;:.!?()\"“”—–]", sentence[:at])[-1]
    toll_of = _TOLL_OF_RE.search(before)
    clauses = [after] + ([toll_of.group("rest")] if toll_of else [])
    tails = [sentence[at + length:]] + ([toll_of.group("rest")] if toll_of else [])
    for clause, tail in zip(clauses, tails):
        cause = _cause_of(clause, tail)
        if cause:
            return cause
    named = _TOLL_VICTIMS_RE.match(toll_of.group("rest")) if toll_of else None
    if named and victim_group(named.group("v")) not in ("all", OTHER_GROUP):
        return victim_group(named.group("v"))
    return group


def counter_of(attributed_to) -> tuple[str, str]:
    """(counter, kind) of a claim from the text it is attributed to: a known counter by name,
    'unattributed' when nothing is, 'other or unclear source' for anything else (a news agency,
    'an NGO', a misread attribution)."""
    if attributed_to is None or attributed_to != attributed_to or not str(attributed_to).strip():
        return UNATTRIBUTED, "unattributed"
    text = str(attributed_to)
    for name, kind, rx in _COUNTER_RES:
        if rx.search(text):
            return name, kind
    return OTHER_COUNTER, "other source"


def classify_cumulative(tolls: pd.DataFrame) -> pd.DataFrame:
    """Every cumulative claim with `group` (victim group), `counter`, `counter_kind`, `claim_kind`
    (war_total, sub_population, implausible), `why` and `date` (publication date or NaT)."""
    cum = tolls[tolls["scope"] == "cumulative"].copy()
    cum["date"] = pd.to_datetime(cum["published"], errors="coerce")
    where = ((cum[c] if c in cum else pd.Series(None, index=cum.index, dtype=object)) for c in ("sentence", "start", "end"))
    cum["group"] = [claim_group(v, x, s, b, e) for v, x, s, b, e in zip(cum["victims"], cum["value"], *where)]
    counters = [counter_of(a) for a in cum["attributed_to"]]
    cum["counter"] = [c for c, _ in counters]
    cum["counter_kind"] = [k for _, k in counters]
    kinds, whys = [], []
    for group, value, high, vague in zip(cum["group"], cum["value"], cum["high"], _vague(cum)):
        top = high if high == high and high is not None else value
        if vague:
            kinds.append(VAGUE_TOTAL)
            whys.append(f"a vague word, no count: says only that the toll is at least {value:,.0f}")
        elif group != "all":
            kinds.append(SUB_POPULATION)
            whys.append(f"a total for {group}, not all victims")
        elif top < MIN_WAR_TOTAL:
            kinds.append(IMPLAUSIBLE)
            whys.append(f"under {MIN_WAR_TOTAL:,}: too small for the war's total (a few named victims or a misread)")
        else:
            kinds.append(WAR_TOTAL)
            whys.append("")
    cum["claim_kind"] = kinds
    cum["why"] = whys
    _mark_far_below_peers(cum)
    cum["marker"] = _markers(cum)
    return cum.sort_values(["date", "article_id", "start"], kind="stable", na_position="last").reset_index(drop=True)


def _mark_far_below_peers(cum: pd.DataFrame) -> None:
    """A war-total claim under PEER_FRACTION of the median war total published within
    PEER_WINDOW of it is a count of something narrower ("verified the deaths of 14,456 people"
    killed by one party): counters disagree on the war's total by a factor of two, not five."""
    war = cum[(cum["claim_kind"] == WAR_TOTAL) & cum["date"].notna()]
    if len(war) < PEER_MIN:
        return
    order = war.sort_values("date", kind="stable")
    values = pd.Series(order["value"].to_numpy(dtype="float64"), index=pd.DatetimeIndex(order["date"]))
    median = values.rolling(PEER_WINDOW, center=True, min_periods=PEER_MIN).median().to_numpy()
    top = order["high"].fillna(order["value"]).to_numpy(dtype="float64")
    low = top < PEER_FRACTION * median  # NaN median (too few peers): False
    idx = order.index[low]
    cum.loc[idx, "claim_kind"] = IMPLAUSIBLE
    cum.loc[idx, "why"] = [f"under a fifth of the median war total reported within a year ({m:,.0f})" for m in median[low]]


def judged(counter: str) -> bool:
    """Only a named counter's claims form one series; unattributed and unclear claims may each
    come from a different counter, so 'backwards' is not judged among them."""
    return counter not in (UNATTRIBUTED, OTHER_COUNTER)


def war_total_timeline(tolls: pd.DataFrame) -> pd.DataFrame:
    """Dated war-total claims with each counter's running maximum of lower bounds up to and
    including each date (what that counter had published so far)."""
    cum = classify_cumulative(tolls)
    war = cum[(cum["claim_kind"] == WAR_TOTAL) & cum["date"].notna()].copy()
    war["running_max_low"] = float("nan")
    war["earlier_max_low"] = float("nan")
    for _, part in war.groupby("counter", sort=True):
        war.loc[part.index, "running_max_low"] = part["date"].map(_running_max_low(part)).to_numpy()
        war.loc[part.index, "earlier_max_low"] = part["date"].map(_running_max_low(part, shift=1)).to_numpy()
    return war.reset_index(drop=True)


def backwards_by_counter(tolls: pd.DataFrame) -> pd.DataFrame:
    """War-total claims below the highest lower bound the same named counter published on an
    earlier date, with why: a lower upper bound contradicts the record; a lower estimate or
    lower bound is stale."""
    war = war_total_timeline(tolls)
    named = pd.Series([judged(c) for c in war["counter"]], index=war.index, dtype=bool)
    keep = named & war["earlier_max_low"].notna() & (war["value"] < war["earlier_max_low"]) & ~_vague(war)
    back = war[keep].copy()
    back["reason"] = _why_backwards(back, "the counter's earlier lower bound")
    return back.reset_index(drop=True)


def latest_war_total(tolls: pd.DataFrame) -> pd.DataFrame:
    """The most recent war-total claim of each counter (ties: the largest), for the summary."""
    war = war_total_timeline(tolls)
    if war.empty:
        return war[["counter", "counter_kind", "date", "value", "qualifier", "article_id", "outlet"]]
    war = war.sort_values(["counter", "date", "value"], kind="stable")
    last = war.groupby("counter", sort=True).tail(1)
    return last[["counter", "counter_kind", "date", "value", "qualifier", "article_id", "outlet"]].reset_index(drop=True)


def off_axis_claims(tolls: pd.DataFrame) -> pd.DataFrame:
    """Cumulative claims kept off the war-total axis (sub-populations and implausible totals),
    with why, so none is dropped silently."""
    cum = classify_cumulative(tolls)
    return cum[cum["claim_kind"] != WAR_TOTAL].reset_index(drop=True)


def no_off_axis_note(tolls: pd.DataFrame) -> str:
    """What to say when off_axis_claims is empty: every cumulative claim is charted, or there
    is none (saying the first under an empty chart read as if the chart had lost them)."""
    has_cumulative = len(tolls) and (tolls["scope"] == "cumulative").any()
    return "every cumulative claim is a war total" if has_cumulative else "no claim counts the war's total"
