"""Round 20 of the dates of events on real news (docs/judgements/dates.md, the rule from the
day-given-in-another-sentence class of the read draws; draw I the not-tuned-on figure): an act
of the headline or of the lead told with no time of its own takes the first recent day the
opening tells after it ("Court sides with governor. // The court ruled on Thursday ..."),
source ``paragraph``; not when that day dates a clause not told in the past ("could air on
Tuesday"), not when it is inside quotation marks, not for an act set before the news by an
adverb ("once backed"), not for an act told after the lead, and not in a body of one-line
paragraphs (no headline told from it). Hand-built parses
(tests/parsekit.py)."""

from __future__ import annotations

from parsekit import anchored, parse

PUBLISHED = "2023-06-26"  # a Monday
THURSDAY = "2023-06-22"
TUESDAY = "2023-06-20"


# "Court sides with governor ."
SIDES = """
    Court    court    NOUN  NN   nsubj  sides
    sides    side     VERB  VBZ  ROOT   -
    with     with     ADP   IN   prep   sides
    governor governor NOUN  NN   pobj   with
    .        .        PUNCT .    punct  sides
"""

# "Senator once backed critics ."
ONCE_BACKED = """
    Senator  senator  NOUN  NN   nsubj  backed
    once     once     ADV   RB   advmod backed
    backed   back     VERB  VBD  ROOT   -
    critics  critic   NOUN  NNS  dobj   backed
    .        .        PUNCT .    punct  backed
"""

# "Senator rebukes critics ."
REBUKES = """
    Senator  senator  NOUN  NN   nsubj  rebukes
    rebukes  rebuke   VERB  VBZ  ROOT   -
    critics  critic   NOUN  NNS  dobj   rebukes
    .        .        PUNCT .    punct  rebukes
"""

# "The court ruled on Thursday that the governor may keep the new map for the next vote , a
# decision that ends a long and bitter fight over the lines ." (a lead: over 25 words)
RULED_ON_THURSDAY = """
    The      the      DET   DT   det    court
    court    court    NOUN  NN   nsubj  ruled
    ruled    rule     VERB  VBD  ROOT   -
    on       on       ADP   IN   prep   ruled
    Thursday Thursday PROPN NNP  pobj   on
    that     that     SCONJ IN   mark   keep
    the      the      DET   DT   det    governor
    governor governor NOUN  NN   nsubj  keep
    may      may      AUX   MD   aux    keep
    keep     keep     VERB  VB   ccomp  ruled
    the      the      DET   DT   det    map
    new      new      ADJ   JJ   amod   map
    map      map      NOUN  NN   dobj   keep
    for      for      ADP   IN   prep   keep
    the      the      DET   DT   det    vote
    next     next     ADJ   JJ   amod   vote
    vote     vote     NOUN  NN   pobj   for
    ,        ,        PUNCT ,    punct  ruled
    a        a        DET   DT   det    decision
    decision decision NOUN  NN   npadvmod ruled
    that     that     PRON  WDT  nsubj  ends
    ends     end      VERB  VBZ  relcl  decision
    a        a        DET   DT   det    fight
    long     long     ADJ   JJ   amod   fight
    and      and      CCONJ CC   cc     long
    bitter   bitter   ADJ   JJ   conj   long
    fight    fight    NOUN  NN   dobj   ends
    over     over     ADP   IN   prep   fight
    the      the      DET   DT   det    lines
    lines    line     NOUN  NNS  pobj   over
    .        .        PUNCT .    punct  ruled
"""

# "The senator rebuked critics who say the new map for the next vote is unfair , a charge
# that has dogged the party in a long and bitter fight over the lines ." (a lead, no time)
REBUKED = """
    The      the      DET   DT   det    senator
    senator  senator  NOUN  NN   nsubj  rebuked
    rebuked  rebuke   VERB  VBD  ROOT   -
    critics  critic   NOUN  NNS  dobj   rebuked
    who      who      PRON  WP   nsubj  say
    say      say      VERB  VBP  relcl  critics
    the      the      DET   DT   det    map
    new      new      ADJ   JJ   amod   map
    map      map      NOUN  NN   nsubj  is
    for      for      ADP   IN   prep   map
    the      the      DET   DT   det    vote
    next     next     ADJ   JJ   amod   vote
    vote     vote     NOUN  NN   pobj   for
    is       be       AUX   VBZ  ccomp  say
    unfair   unfair   ADJ   JJ   acomp  is
    ,        ,        PUNCT ,    punct  rebuked
    a        a        DET   DT   det    charge
    charge   charge   NOUN  NN   npadvmod rebuked
    that     that     PRON  WDT  nsubj  dogged
    has      have     AUX   VBZ  aux    dogged
    dogged   dog      VERB  VBN  relcl  charge
    the      the      DET   DT   det    party
    party    party    NOUN  NN   dobj   dogged
    in       in       ADP   IN   prep   dogged
    a        a        DET   DT   det    fight
    long     long     ADJ   JJ   amod   fight
    and      and      CCONJ CC   cc     long
    bitter   bitter   ADJ   JJ   conj   long
    fight    fight    NOUN  NN   pobj   in
    over     over     ADP   IN   prep   fight
    the      the      DET   DT   det    lines
    lines    line     NOUN  NNS  pobj   over
    .        .        PUNCT .    punct  rebuked
"""

# "He spoke on Tuesday ."
SPOKE_ON_TUESDAY = """
    He       he       PRON  PRP  nsubj  spoke
    spoke    speak    VERB  VBD  ROOT   -
    on       on       ADP   IN   prep   spoke
    Tuesday  Tuesday  PROPN NNP  pobj   on
    .        .        PUNCT .    punct  spoke
"""

# "The ad could air on Tuesday ."
COULD_AIR_ON_TUESDAY = """
    The      the      DET   DT   det    ad
    ad       ad       NOUN  NN   nsubj  air
    could    could    AUX   MD   aux    air
    air      air      VERB  VB   ROOT   -
    on       on       ADP   IN   prep   air
    Tuesday  Tuesday  PROPN NNP  pobj   on
    .        .        PUNCT .    punct  air
"""

# '" We met on Tuesday , " she said .'
QUOTED_TUESDAY = """
    "        "        PUNCT ``   punct  said
    We       we       PRON  PRP  nsubj  met
    met      meet     VERB  VBD  ccomp  said
    on       on       ADP   IN   prep   met
    Tuesday  Tuesday  PROPN NNP  pobj   on
    ,        ,        PUNCT ,    punct  said
    "        "        PUNCT ''   punct  said
    she      she      PRON  PRP  nsubj  said
    said     say      VERB  VBD  ROOT   -
    .        .        PUNCT .    punct  said
"""

# "Critics clashed with him ."
CLASHED = """
    Critics  critic   NOUN  NNS  nsubj  clashed
    clashed  clash    VERB  VBD  ROOT   -
    with     with     ADP   IN   prep   clashed
    him      he       PRON  PRP  pobj   with
    .        .        PUNCT .    punct  clashed
"""


def test_a_headlines_present_takes_the_day_the_lead_tells() -> None:
    adoc = parse(SIDES, RULED_ON_THURSDAY, published=PUBLISHED, paragraphs=(1,))
    assert anchored(adoc, "sides") == (THURSDAY, "paragraph")


def test_the_leads_simple_past_takes_the_day_of_the_paragraph_after() -> None:
    adoc = parse(REBUKES, REBUKED, SPOKE_ON_TUESDAY, published=PUBLISHED, paragraphs=(1, 2))
    assert anchored(adoc, "rebuked") == (TUESDAY, "paragraph")


def test_a_day_of_a_clause_not_told_in_the_past_dates_no_lead() -> None:
    adoc = parse(REBUKES, REBUKED, COULD_AIR_ON_TUESDAY, published=PUBLISHED,
                 paragraphs=(1, 2))
    assert anchored(adoc, "rebuked") == (PUBLISHED, "publication")


def test_a_day_inside_quotation_marks_dates_no_lead() -> None:
    adoc = parse(REBUKES, REBUKED, QUOTED_TUESDAY, published=PUBLISHED, paragraphs=(1, 2))
    assert anchored(adoc, "rebuked") == (PUBLISHED, "publication")


def test_an_act_set_before_the_news_takes_no_opening_day() -> None:
    adoc = parse(ONCE_BACKED, RULED_ON_THURSDAY, published=PUBLISHED, paragraphs=(1,))
    assert anchored(adoc, "backed") == (None, "none")  # an undated past since round 21


def test_an_act_told_after_the_lead_takes_no_day_told_after_it() -> None:
    adoc = parse(REBUKES, REBUKED, CLASHED, SPOKE_ON_TUESDAY, published=PUBLISHED,
                 paragraphs=(1, 2, 3))
    assert anchored(adoc, "clashed") == (PUBLISHED, "publication")


def test_a_body_of_one_line_paragraphs_has_no_headline_to_date() -> None:
    adoc = parse(SIDES, CLASHED, CLASHED, CLASHED, CLASHED, CLASHED, RULED_ON_THURSDAY,
                 published=PUBLISHED, paragraphs=(1, 2, 3, 4, 5, 6))
    assert anchored(adoc, "sides") == (PUBLISHED, "publication")
