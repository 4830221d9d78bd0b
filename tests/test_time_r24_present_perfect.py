"""Round 24 of the dates of events on real news (docs/judgements/dates.md, "## Round 24: rules
from draw M", the paragraph-other-event class of draw M): an act told in the present perfect
with an auxiliary of its own ("X, who has criticized the plan, ...") is part of the report's
now and takes no day of its paragraph told before its sentence (another act's: the day the
senators went before reporters); a simple past after the same day still takes it, and so does a
present perfect inside quotation marks (the speaker's now: the day of the speech). Hand-built
parses (tests/parsekit.py), invented names."""

from __future__ import annotations

from parsekit import anchored, parse

PUBLISHED = "2016-03-02"  # a Wednesday
TUESDAY = "2016-03-01"

# "Senators went before reporters Tuesday ."
WENT_TUESDAY = """
    Senators   senator   NOUN  NNS  nsubj     went
    went       go        VERB  VBD  ROOT      -
    before     before    ADP   IN   prep      went
    reporters  reporter  NOUN  NNS  pobj      before
    Tuesday    Tuesday   PROPN NNP  npadvmod  went
    .          .         PUNCT .    punct     went
"""

# "Orla Brandt , who has criticized the plan , voted against it ."
WHO_HAS_CRITICIZED = """
    Orla       Orla       PROPN NNP  compound  Brandt
    Brandt     Brandt     PROPN NNP  nsubj     voted
    ,          ,          PUNCT ,    punct     Brandt
    who        who        PRON  WP   nsubj     criticized
    has        have       AUX   VBZ  aux       criticized
    criticized criticize  VERB  VBN  relcl     Brandt
    the        the        DET   DT   det       plan
    plan       plan       NOUN  NN   dobj      criticized
    ,          ,          PUNCT ,    punct     Brandt
    voted      vote       VERB  VBD  ROOT      -
    against    against    ADP   IN   prep      voted
    it         it         PRON  PRP  pobj      against
    .          .          PUNCT .    punct     voted
"""

# "Orla Brandt has criticized the plan ."
HAS_CRITICIZED = """
    Orla       Orla       PROPN NNP  compound  Brandt
    Brandt     Brandt     PROPN NNP  nsubj     criticized
    has        have       AUX   VBZ  aux       criticized
    criticized criticize  VERB  VBN  ROOT      -
    the        the        DET   DT   det       plan
    plan       plan       NOUN  NN   dobj      criticized
    .          .          PUNCT .    punct     criticized
"""

# "Orla Brandt criticized the plan ." (the simple past: the near case)
CRITICIZED = """
    Orla       Orla       PROPN NNP  compound  Brandt
    Brandt     Brandt     PROPN NNP  nsubj     criticized
    criticized criticize  VERB  VBD  ROOT      -
    the        the        DET   DT   det       plan
    plan       plan       NOUN  NN   dobj      criticized
    .          .          PUNCT .    punct     criticized
"""

# "“ We have rejected the plan , ” Brandt said ."
QUOTED_HAVE_REJECTED = """
    “          “          PUNCT ``   punct     said
    We         we         PRON  PRP  nsubj     rejected
    have       have       AUX   VBP  aux       rejected
    rejected   reject     VERB  VBN  ccomp     said
    the        the        DET   DT   det       plan
    plan       plan       NOUN  NN   dobj      rejected
    ,          ,          PUNCT ,    punct     said
    ”          ”          PUNCT ''   punct     said
    Brandt     Brandt     PROPN NNP  nsubj     said
    said       say        VERB  VBD  ROOT      -
    .          .          PUNCT .    punct     said
"""


def test_a_relative_clauses_present_perfect_takes_no_day_of_its_paragraph() -> None:
    adoc = parse(WENT_TUESDAY, WHO_HAS_CRITICIZED, published=PUBLISHED)
    assert anchored(adoc, "criticized") == (PUBLISHED, "publication")


def test_the_main_clause_of_the_same_sentence_keeps_the_paragraphs_day() -> None:
    adoc = parse(WENT_TUESDAY, WHO_HAS_CRITICIZED, published=PUBLISHED)
    assert anchored(adoc, "voted") == (TUESDAY, "paragraph")


def test_a_present_perfect_takes_no_day_of_its_paragraph() -> None:
    adoc = parse(WENT_TUESDAY, HAS_CRITICIZED, published=PUBLISHED)
    assert anchored(adoc, "criticized") == (PUBLISHED, "publication")


def test_a_simple_past_still_takes_the_paragraphs_day() -> None:
    adoc = parse(WENT_TUESDAY, CRITICIZED, published=PUBLISHED)
    assert anchored(adoc, "criticized") == (TUESDAY, "paragraph")


def test_a_quotes_present_perfect_still_takes_the_day_of_the_speech() -> None:
    adoc = parse(WENT_TUESDAY, QUOTED_HAVE_REJECTED, published=PUBLISHED)
    assert anchored(adoc, "rejected") == (TUESDAY, "paragraph")
