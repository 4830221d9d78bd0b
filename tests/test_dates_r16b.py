"""Round 16, second wave of the dates of events on real news (docs/judgements/dates.md, draw
C): the story's day crosses paragraphs (an act told in the simple past, in a paragraph with no
time of its own, keeps the last day the report told of before it when that day is recent),
and a week ("last week", "this week") dates the simple past after it in its paragraph.
Hand-built parses (tests/parsekit.py)."""

from __future__ import annotations

from parsekit import anchored, index, parse
from sitroom.extract.time_story import told_in_simple_past
from test_dates_r16 import HAS_JAILED, HOLD, IN_1998_SEIZED, JAILED, OFFICIALS_SAID

PUBLISHED = "2023-06-26"  # a Monday

ON_SATURDAY_SEIZED = """
    On        on        ADP   IN   prep   seized
    Saturday  Saturday  PROPN NNP  pobj   On
    the       the       DET   DT   det    rebels
    rebels    rebel     NOUN  NNS  nsubj  seized
    seized    seize     VERB  VBD  ROOT   -
    the       the       DET   DT   det    city
    city      city      NOUN  NN   dobj   seized
    .         .         PUNCT .    punct  seized
"""
LAST_WEEK_SEIZED = """
    Last      last      ADJ   JJ   amod      week
    week      week      NOUN  NN   npadvmod  seized
    the       the       DET   DT   det       rebels
    rebels    rebel     NOUN  NNS  nsubj     seized
    seized    seize     VERB  VBD  ROOT      -
    the       the       DET   DT   det       city
    city      city      NOUN  NN   dobj      seized
    .         .         PUNCT .    punct     seized
"""
QUOTED_JAILED = """
    “       “       PUNCT ``   punct  jailed
    They    they    PRON  PRP  nsubj  jailed
    jailed  jail    VERB  VBD  ROOT   -
    the     the     DET   DT   det    mayor
    mayor   mayor   NOUN  NN   dobj   jailed
    .       .       PUNCT .    punct  jailed
    ”       ”       PUNCT ''   punct  jailed
"""
FUND_FINANCED = """
    A         a         DET   DT   det    fund
    fund      fund      NOUN  NN   nsubj  pays
    financed  finance   VERB  VBN  acl    fund
    by        by        ADP   IN   agent  financed
    donors    donor     NOUN  NNS  pobj   by
    pays      pay       VERB  VBZ  ROOT   -
    the       the       DET   DT   det    bills
    bills     bill      NOUN  NNS  dobj   pays
    .         .         PUNCT .    punct  pays
"""
WAS_JAILED = """
    The     the     DET   DT   det        mayor
    mayor   mayor   NOUN  NN   nsubjpass  jailed
    was     be      AUX   VBD  auxpass    jailed
    jailed  jail    VERB  VBN  ROOT       -
    .       .       PUNCT .    punct      jailed
"""
WILL_JAIL = """
    They  they  PRON  PRP  nsubj  jail
    will  will  AUX   MD   aux    jail
    jail  jail  VERB  VB   ROOT   -
    the   the   DET   DT   det    mayor
    mayor mayor NOUN  NN   dobj   jail
    .     .     PUNCT .    punct  jail
"""


# ------------------------------------------------------------ the story's day crosses paragraphs

def test_a_simple_past_act_in_an_undated_paragraph_keeps_the_storys_day_before_it():
    # "On Saturday the rebels seized the city. // They jailed the mayor."
    adoc = parse(ON_SATURDAY_SEIZED, JAILED, published=PUBLISHED, paragraphs=(1,))
    assert anchored(adoc, "jailed") == ("2023-06-24", "paragraph")
    passive = parse(ON_SATURDAY_SEIZED, WAS_JAILED, published=PUBLISHED, paragraphs=(1,))
    assert anchored(passive, "jailed") == ("2023-06-24", "paragraph")


def test_the_storys_day_does_not_date_a_present_a_perfect_a_future_or_a_quote():
    for table, word in ((HOLD, "hold"), (HAS_JAILED, "jailed"), (WILL_JAIL, "jail")):
        adoc = parse(ON_SATURDAY_SEIZED, table, published=PUBLISHED, paragraphs=(1,))
        assert anchored(adoc, word) == (PUBLISHED, "publication"), word
    # a quote's past: not the story's day (undated since round 17, tests/test_dates_r17.py)
    quoted = parse(ON_SATURDAY_SEIZED, QUOTED_JAILED, published=PUBLISHED, paragraphs=(1,))
    assert anchored(quoted, "jailed") == (None, "none")


def test_the_storys_day_does_not_cross_a_historical_time():
    # "In 1998 ... // They jailed the mayor.": the last time is history, no day of the story
    adoc = parse(ON_SATURDAY_SEIZED, IN_1998_SEIZED, JAILED, published=PUBLISHED,
                 paragraphs=(1, 2))
    # not Saturday; since round 19 an undated past after a passage set in history
    assert anchored(adoc, "jailed") == (None, "none")


def test_a_participle_describing_a_noun_is_not_told_in_the_simple_past():
    adoc = parse(FUND_FINANCED, published=PUBLISHED)
    assert not told_in_simple_past(adoc, index(adoc, "financed"))
    assert told_in_simple_past(parse(JAILED), index(parse(JAILED), "jailed"))


# ---------------------------------------------------------- a week dates the simple past after it

def test_last_week_dates_a_simple_past_act_after_it_in_its_paragraph_and_across():
    same = parse(LAST_WEEK_SEIZED, JAILED, published=PUBLISHED)
    assert anchored(same, "jailed") == ("2023-W25", "paragraph")
    apart = parse(LAST_WEEK_SEIZED, JAILED, published=PUBLISHED, paragraphs=(1,))
    assert anchored(apart, "jailed") == ("2023-W25", "paragraph")


def test_last_week_does_not_date_a_present_or_a_perfect_after_it():
    assert anchored(parse(LAST_WEEK_SEIZED, HOLD, published=PUBLISHED), "hold") == (
        PUBLISHED, "publication")
    assert anchored(parse(LAST_WEEK_SEIZED, HAS_JAILED, published=PUBLISHED), "jailed") == (
        PUBLISHED, "publication")


AGREED_TO_LEAVE = """
    They    they    PRON  PRP  nsubj  agreed
    agreed  agree   VERB  VBD  ROOT   -
    to      to      PART  TO   aux    leave
    leave   leave   VERB  VB   xcomp  agreed
    .       .       PUNCT .    punct  agreed
"""


def test_the_storys_day_does_not_date_the_reports_telling_or_an_infinitive():
    said = parse(ON_SATURDAY_SEIZED, OFFICIALS_SAID, published=PUBLISHED, paragraphs=(1,))
    assert anchored(said, "said") == (PUBLISHED, "publication")
    leave = parse(ON_SATURDAY_SEIZED, AGREED_TO_LEAVE, published=PUBLISHED, paragraphs=(1,))
    assert anchored(leave, "leave")[1] != "paragraph"
    assert anchored(leave, "agreed") == ("2023-06-24", "paragraph")
