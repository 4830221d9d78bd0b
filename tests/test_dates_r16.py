"""Round 16, the dates of events on real news (docs/judgements/dates.md): a historical
passage keeps its era, and an act told in the past perfect with no time of its own is undated
rather than dated to the publication day. Hand-built parses (tests/parsekit.py)."""

from __future__ import annotations

from parsekit import index, parse

from sitroom.extract.times import anchor_event, extract_times
from sitroom.model import AnnotatedDoc
from test_time_narrative import HOLD

PUBLISHED = "2023-06-26"

IN_1998_SEIZED = """
    In       in       ADP   IN   prep   seized
    1998     1998     NUM   CD   pobj   In
    the      the      DET   DT   det    rebels
    rebels   rebel    NOUN  NNS  nsubj  seized
    seized   seize    VERB  VBD  ROOT   -
    the      the      DET   DT   det    capital
    capital  capital  NOUN  NN   dobj   seized
    .        .        PUNCT .    punct  seized
"""
THE_1998_ACCORD_ENDED = """
    The      the      DET   DT   det     accord
    1998     1998     NUM   CD   nummod  accord
    accord   accord   NOUN  NN   nsubj   ended
    ended    end      VERB  VBD  ROOT    -
    the      the      DET   DT   det     war
    war      war      NOUN  NN   dobj    ended
    .        .        PUNCT .    punct   ended
"""
IN_JUNE_SEIZED = """
    In       in       ADP   IN   prep   seized
    June     June     PROPN NNP  pobj   In
    the      the      DET   DT   det    rebels
    rebels   rebel    NOUN  NNS  nsubj  seized
    seized   seize    VERB  VBD  ROOT   -
    the      the      DET   DT   det    capital
    capital  capital  NOUN  NN   dobj   seized
    .        .        PUNCT .    punct  seized
"""
JAILED = """
    They    they    PRON  PRP  nsubj  jailed
    jailed  jail    VERB  VBD  ROOT   -
    the     the     DET   DT   det    mayor
    mayor   mayor   NOUN  NN   dobj   jailed
    .       .       PUNCT .    punct  jailed
"""
HAD_SEIZED = """
    They    they    PRON  PRP  nsubj  seized
    had     have    AUX   VBD  aux    seized
    seized  seize   VERB  VBN  ROOT   -
    the     the     DET   DT   det    city
    city    city    NOUN  NN   dobj   seized
    .       .       PUNCT .    punct  seized
"""
HAD_SEIZED_FRIDAY = """
    They    they    PRON  PRP  nsubj  seized
    had     have    AUX   VBD  aux    seized
    seized  seize   VERB  VBN  ROOT   -
    the     the     DET   DT   det    city
    city    city    NOUN  NN   dobj   seized
    on      on      ADP   IN   prep   seized
    Friday  Friday  PROPN NNP  pobj   on
    .       .       PUNCT .    punct  seized
"""
HAS_JAILED = """
    They    they    PRON  PRP  nsubj  jailed
    have    have    AUX   VBP  aux    jailed
    jailed  jail    VERB  VBN  ROOT   -
    the     the     DET   DT   det    mayor
    mayor   mayor   NOUN  NN   dobj   jailed
    .       .       PUNCT .    punct  jailed
"""
OFFICIALS_SAID = """
    Officials  official  NOUN  NNS  nsubj  said
    said       say       VERB  VBD  ROOT   -
    so         so        ADV   RB   advmod said
    .          .         PUNCT .    punct  said
"""
SEIZED = """
    They    they    PRON  PRP  nsubj  seized
    seized  seize   VERB  VBD  ROOT   -
    the     the     DET   DT   det    city
    city    city    NOUN  NN   dobj   seized
    .       .       PUNCT .    punct  seized
"""


def _when(adoc: AnnotatedDoc, word: str) -> tuple[str | None, str, bool]:
    a = anchor_event(adoc, index(adoc, word), extract_times(adoc))
    return a.date, a.date_source, a.historical


# ------------------------------------------------------ a historical passage keeps its era

def test_a_past_act_after_a_historical_year_of_its_paragraph_takes_that_year():
    adoc = parse(IN_1998_SEIZED, JAILED, published=PUBLISHED)
    assert _when(adoc, "jailed") == ("1998", "paragraph", True)


def test_a_historical_year_does_not_date_a_present_clause_or_the_next_paragraph():
    assert _when(parse(IN_1998_SEIZED, HOLD, published=PUBLISHED), "hold") == (
        PUBLISHED, "publication", False)
    apart = parse(IN_1998_SEIZED, JAILED, published=PUBLISHED, paragraphs=(1,))
    # not 1998; since round 19 an undated past after a passage set in history, not the
    # publication day (tests/test_dates_r19b_history.py)
    assert _when(apart, "jailed") == (None, "none", False)


def test_a_present_perfect_or_the_reports_own_telling_is_not_of_the_era():
    # "In 1998 ... They have jailed the mayor." / "... Officials said so.": now, not then
    has = parse(IN_1998_SEIZED, HAS_JAILED, published=PUBLISHED)
    assert _when(has, "jailed") == (PUBLISHED, "publication", False)
    said = parse(IN_1998_SEIZED, OFFICIALS_SAID, published=PUBLISHED)
    assert _when(said, "said") == (PUBLISHED, "publication", False)


def test_a_year_naming_a_thing_sets_no_era():
    # "The 1998 accord ended the war. They jailed the mayor.": the year says which accord
    adoc = parse(THE_1998_ACCORD_ENDED, JAILED, published=PUBLISHED)
    assert _when(adoc, "jailed") == (PUBLISHED, "publication", False)


def test_a_recent_month_is_no_era_and_dates_nothing_after_it():
    # June of the publication year is coarser than a day and no history: as before round 16
    adoc = parse(IN_JUNE_SEIZED, JAILED, published=PUBLISHED)
    assert _when(adoc, "jailed") == (PUBLISHED, "publication", False)


# --------------------------------------------------- the past perfect with no time is undated

def test_a_past_perfect_act_with_no_time_is_undated():
    assert _when(parse(HAD_SEIZED, published=PUBLISHED), "seized") == (None, "none", False)


def test_a_past_perfect_act_with_its_own_time_or_a_simple_past_keeps_its_date():
    assert _when(parse(HAD_SEIZED_FRIDAY, published=PUBLISHED), "seized") == (
        "2023-06-23", "governing", False)
    assert _when(parse(SEIZED, published=PUBLISHED), "seized") == (
        PUBLISHED, "publication", False)
