"""Round 23 of the dates of events on real news (docs/judgements/dates.md, the governing-missed
class of draw L, read for rules with A to K): a year that names the occasion an act took place
in, the object of a preposition of a setting hanging from the act's verb ("supported him in
the 2010 election", "was killed in a 2011 drone strike"), dates the act (``governing``); a
year naming any other noun ("backed the 2010 accord", "the rights in the 2010 accord") still
dates only that noun. Hand-built parses (tests/parsekit.py)."""

from __future__ import annotations

from parsekit import index, parse
from sitroom.extract.times import anchor_event, extract_times

PUBLISHED = "2016-01-01"

# "He supported her in the 2010 election ."
IN_THE_ELECTION = """
    He         he        PRON  PRP  nsubj    supported
    supported  support   VERB  VBD  ROOT     -
    her        she       PRON  PRP  dobj     supported
    in         in        ADP   IN   prep     supported
    the        the       DET   DT   det      election
    2010       2010      NUM   CD   nummod   election
    election   election  NOUN  NN   pobj     in
    .          .         PUNCT .    punct    supported
"""

# "He supported the 2010 accord ."
THE_ACCORD = """
    He         he        PRON  PRP  nsubj    supported
    supported  support   VERB  VBD  ROOT     -
    the        the       DET   DT   det      accord
    2010       2010      NUM   CD   nummod   accord
    accord     accord    NOUN  NN   dobj     supported
    .          .         PUNCT .    punct    supported
"""

# "He supported the rights in the 2010 accord ."
RIGHTS_IN_THE_ACCORD = """
    He         he        PRON  PRP  nsubj    supported
    supported  support   VERB  VBD  ROOT     -
    the        the       DET   DT   det      rights
    rights     right     NOUN  NNS  dobj     supported
    in         in        ADP   IN   prep     rights
    the        the       DET   DT   det      accord
    2010       2010      NUM   CD   nummod   accord
    accord     accord    NOUN  NN   pobj     in
    .          .         PUNCT .    punct    supported
"""


def _supported(table: str):
    adoc = parse(table, published=PUBLISHED)
    return anchor_event(adoc, index(adoc, "supported"), extract_times(adoc))


def test_the_year_of_the_occasion_dates_the_act() -> None:
    a = _supported(IN_THE_ELECTION)
    assert (a.date, a.date_source, a.historical) == ("2010", "governing", True)


def test_a_year_naming_the_object_still_dates_only_the_object() -> None:
    a = _supported(THE_ACCORD)
    assert a.date_source != "governing" and a.date != "2010"


def test_a_setting_of_another_noun_does_not_date_the_act() -> None:
    a = _supported(RIGHTS_IN_THE_ACCORD)
    assert a.date_source != "governing" and a.date != "2010"


# "He spoke at the 2016 conference ." (the reference's own year)
AT_THIS_YEARS_CONFERENCE = """
    He          he          PRON  PRP  nsubj   spoke
    spoke       speak       VERB  VBD  ROOT    -
    at          at          ADP   IN   prep    spoke
    the         the         DET   DT   det     conference
    2016        2016        NUM   CD   nummod  conference
    conference  conference  NOUN  NN   pobj    at
    .           .           PUNCT .    punct   spoke
"""


def test_the_references_own_year_of_the_occasion_does_not_date_the_act() -> None:
    adoc = parse(AT_THIS_YEARS_CONFERENCE, published="2016-06-08")
    a = anchor_event(adoc, index(adoc, "spoke"), extract_times(adoc))
    assert a.date_source != "governing" and a.date != "2016"
