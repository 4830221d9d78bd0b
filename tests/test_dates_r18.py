"""Round 18 of the dates of events on real news (docs/judgements/dates.md, rules from the
classes of draws A to E; draw F the not-tuned-on figure): a clause of contrast told in the
simple past with no time of its own ("..., while his wife donated money to a fund") is
background, undated, not the story's day; a past time below an infinitive dates the verb in
the simple past above it ("asked for money to repair the bridge in February"), not a time
ahead ("agreed to open the bridge in August") nor a verb in the present; a recent month of
the paragraph ("Last month the rebels seized the city. They jailed the mayor.") dates the
simple past after it in that paragraph, not a perfect, not the report's telling ("Officials
said"), not across paragraphs, not when it names a thing ("Last month's deal collapsed.").
Hand-built parses (tests/parsekit.py)."""

from __future__ import annotations

from parsekit import anchored, parse
from test_dates_r16 import HAS_JAILED, JAILED, OFFICIALS_SAID
from test_dates_r16b import LAST_WEEK_SEIZED, ON_SATURDAY_SEIZED

PUBLISHED = "2023-06-26"  # a Monday
SATURDAY = "2023-06-24"


# ------------------------------------------------- a clause of contrast: background, undated

# "The senator served on the board, while his wife donated money to a fund."
SERVED_WHILE_DONATED = """
    The      the      DET   DT   det    senator
    senator  senator  NOUN  NN   nsubj  served
    served   serve    VERB  VBD  ROOT   -
    on       on       ADP   IN   prep   served
    the      the      DET   DT   det    board
    board    board    NOUN  NN   pobj   on
    ,        ,        PUNCT ,    punct  served
    while    while    SCONJ IN   mark   donated
    his      his      PRON  PRP$ poss   wife
    wife     wife     NOUN  NN   nsubj  donated
    donated  donate   VERB  VBD  advcl  served
    money    money    NOUN  NN   dobj   donated
    to       to       ADP   IN   prep   donated
    a        a        DET   DT   det    fund
    fund     fund     NOUN  NN   pobj   to
    .        .        PUNCT .    punct  served
"""
# "The police stopped the van while it was crossing the bridge."
STOPPED_WHILE_CROSSING = """
    The       the       DET   DT   det    police
    police    police    NOUN  NNS  nsubj  stopped
    stopped   stop      VERB  VBD  ROOT   -
    the       the       DET   DT   det    van
    van       van       NOUN  NN   dobj   stopped
    while     while     SCONJ IN   mark   crossing
    it        it        PRON  PRP  nsubj  crossing
    was       be        AUX   VBD  aux    crossing
    crossing  cross     VERB  VBG  advcl  stopped
    the       the       DET   DT   det    bridge
    bridge    bridge    NOUN  NN   dobj   crossing
    .         .         PUNCT .    punct  stopped
"""


def test_a_clause_of_contrast_in_the_simple_past_is_undated_not_the_storys_day():
    adoc = parse(ON_SATURDAY_SEIZED, SERVED_WHILE_DONATED, published=PUBLISHED,
                 paragraphs=(1,))
    assert anchored(adoc, "donated") == (None, "none")
    assert anchored(adoc, "served") == (SATURDAY, "paragraph")  # the main clause is unchanged


def test_a_while_clause_of_a_stretch_of_time_keeps_the_storys_day():
    adoc = parse(ON_SATURDAY_SEIZED, STOPPED_WHILE_CROSSING, published=PUBLISHED,
                 paragraphs=(1,))
    assert anchored(adoc, "crossing") == (SATURDAY, "paragraph")


# ------------------------------------------------- a past time below an infinitive

# "The mayor asked for money to repair the bridge in February."
ASKED_TO_REPAIR_IN_FEBRUARY = """
    The       the       DET   DT   det    mayor
    mayor     mayor     NOUN  NN   nsubj  asked
    asked     ask       VERB  VBD  ROOT   -
    for       for       ADP   IN   prep   asked
    money     money     NOUN  NN   pobj   for
    to        to        PART  TO   aux    repair
    repair    repair    VERB  VB   xcomp  asked
    the       the       DET   DT   det    bridge
    bridge    bridge    NOUN  NN   dobj   repair
    in        in        ADP   IN   prep   repair
    February  February  PROPN NNP  pobj   in
    .         .         PUNCT .    punct  asked
"""
# "The mayor asks for money to repair the bridge in February."
ASKS_TO_REPAIR_IN_FEBRUARY = """
    The       the       DET   DT   det    mayor
    mayor     mayor     NOUN  NN   nsubj  asks
    asks      ask       VERB  VBZ  ROOT   -
    for       for       ADP   IN   prep   asks
    money     money     NOUN  NN   pobj   for
    to        to        PART  TO   aux    repair
    repair    repair    VERB  VB   xcomp  asks
    the       the       DET   DT   det    bridge
    bridge    bridge    NOUN  NN   dobj   repair
    in        in        ADP   IN   prep   repair
    February  February  PROPN NNP  pobj   in
    .         .         PUNCT .    punct  asks
"""
# "The council agreed to open the bridge in August."
AGREED_TO_OPEN_IN_AUGUST = """
    The      the      DET   DT   det    council
    council  council  NOUN  NN   nsubj  agreed
    agreed   agree    VERB  VBD  ROOT   -
    to       to       PART  TO   aux    open
    open     open     VERB  VB   xcomp  agreed
    the      the      DET   DT   det    bridge
    bridge   bridge   NOUN  NN   dobj   open
    in       in       ADP   IN   prep   open
    August   August   PROPN NNP  pobj   in
    .        .        PUNCT .    punct  agreed
"""


def test_a_past_time_below_an_infinitive_dates_the_simple_past_above_it():
    adoc = parse(ASKED_TO_REPAIR_IN_FEBRUARY, published=PUBLISHED)
    assert anchored(adoc, "asked") == ("2023-02", "governing")


def test_a_time_ahead_below_an_infinitive_stays_with_the_infinitive():
    adoc = parse(AGREED_TO_OPEN_IN_AUGUST, published=PUBLISHED)
    assert anchored(adoc, "agreed") == (PUBLISHED, "publication")
    assert anchored(adoc, "open") == ("2023-08", "governing")


def test_a_verb_in_the_present_above_the_infinitive_is_not_dated_by_its_time():
    adoc = parse(ASKS_TO_REPAIR_IN_FEBRUARY, published=PUBLISHED)
    assert anchored(adoc, "asks") == (PUBLISHED, "publication")


# ------------------------------------------------- a recent month of the paragraph

# "Last month the rebels seized the city."
LAST_MONTH_SEIZED = LAST_WEEK_SEIZED.replace("amod      week", "amod      month").replace(
    "week      week      NOUN", "month     month     NOUN")
# "Last month's deal collapsed."
LAST_MONTHS_DEAL_COLLAPSED = """
    Last       last       ADJ   JJ   amod   month
    month      month      NOUN  NN   poss   deal
    's         's         PART  POS  case   month
    deal       deal       NOUN  NN   nsubj  collapsed
    collapsed  collapse   VERB  VBD  ROOT   -
    .          .          PUNCT .    punct  collapsed
"""


def test_a_recent_month_of_the_paragraph_dates_the_simple_past_after_it():
    adoc = parse(LAST_MONTH_SEIZED, JAILED, published=PUBLISHED)
    assert anchored(adoc, "jailed") == ("2023-05", "paragraph")


def test_a_recent_month_does_not_date_a_perfect_the_telling_nor_the_next_paragraph():
    perfect = parse(LAST_MONTH_SEIZED, HAS_JAILED, published=PUBLISHED)
    assert anchored(perfect, "jailed") == (PUBLISHED, "publication")
    said = parse(LAST_MONTH_SEIZED, OFFICIALS_SAID, published=PUBLISHED)
    assert anchored(said, "said") == (PUBLISHED, "publication")
    apart = parse(LAST_MONTH_SEIZED, JAILED, published=PUBLISHED, paragraphs=(1,))
    assert anchored(apart, "jailed") == (PUBLISHED, "publication")


def test_a_recent_month_that_names_a_thing_does_not_date_the_past_after_it():
    adoc = parse(LAST_MONTHS_DEAL_COLLAPSED, JAILED, published=PUBLISHED)
    assert anchored(adoc, "jailed") == (PUBLISHED, "publication")
