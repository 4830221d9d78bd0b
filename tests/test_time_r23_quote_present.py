"""Round 23 of the dates of events on real news (docs/judgements/dates.md, the
narrative-elsewhere class of draw L, read for rules with A to K: a quote's present whose speech
the report dates in a sentence before): an act told in the present inside quotation marks, in a
sentence with no time of its own, takes the last day told before it when that day is one of the
news's own days (at most a week before the reference), source ``paragraph``; not an older day
(another act's, "his win on February 1"), and not an act outside quotation marks. Hand-built
parses (tests/parsekit.py)."""

from __future__ import annotations

from parsekit import index, parse
from sitroom.extract.times import anchor_event, extract_times

PUBLISHED = "2016-03-02"  # a Wednesday
TUESDAY = "2016-03-01"


def _went(day: str) -> str:
    """ "Senators went before reporters <day> ." """
    return f"""
    Senators   senator   NOUN  NNS  nsubj     went
    went       go        VERB  VBD  ROOT      -
    before     before    ADP   IN   prep      went
    reporters  reporter  NOUN  NNS  pobj      before
    {day}      {day}     PROPN NNP  npadvmod  went
    .          .         PUNCT .    punct     went
"""


# "“ I condemn his views , ” Ann Lee said ."
CONDEMN_QUOTED = """
    “        “        PUNCT ``   punct  said
    I        I        PRON  PRP  nsubj  condemn
    condemn  condemn  VERB  VBP  ccomp  said
    his      his      PRON  PRP$ poss   views
    views    view     NOUN  NNS  dobj   condemn
    ,        ,        PUNCT ,    punct  said
    ”        ”        PUNCT ''   punct  said
    Ann      Ann      PROPN NNP  compound Lee
    Lee      Lee      PROPN NNP  nsubj  said
    said     say      VERB  VBD  ROOT   -
    .        .        PUNCT .    punct  said
"""

# "I condemn his views , Ann Lee said ." (no quotation marks)
CONDEMN_BARE = "\n".join(line for line in CONDEMN_QUOTED.splitlines()
                         if not line.strip().startswith(("“", "”")))


# "Senators went before reporters on February 1 ." (four weeks before the reference)
WENT_ON_FEBRUARY_1 = """
    Senators   senator   NOUN  NNS  nsubj     went
    went       go        VERB  VBD  ROOT      -
    before     before    ADP   IN   prep      went
    reporters  reporter  NOUN  NNS  pobj      before
    on         on        ADP   IN   prep      went
    February   February  PROPN NNP  pobj      on
    1          1         NUM   CD   nummod    February
    .          .         PUNCT .    punct     went
"""


def _condemn(first: str, second: str):
    adoc = parse(first, second, published=PUBLISHED, paragraphs=(1,))
    return anchor_event(adoc, index(adoc, "condemn"), extract_times(adoc))


def test_a_quotes_present_takes_the_day_of_the_speech() -> None:
    a = _condemn(_went("Tuesday"), CONDEMN_QUOTED)
    assert (a.date, a.date_source) == (TUESDAY, "paragraph")


def test_an_older_day_before_the_quote_is_another_acts() -> None:
    a = _condemn(WENT_ON_FEBRUARY_1, CONDEMN_QUOTED)
    assert (a.date, a.date_source) == (PUBLISHED, "publication")


def test_a_present_outside_quotation_marks_keeps_the_publication_day() -> None:
    a = _condemn(_went("Tuesday"), CONDEMN_BARE)
    assert (a.date, a.date_source) == (PUBLISHED, "publication")
