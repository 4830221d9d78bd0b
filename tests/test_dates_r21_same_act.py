"""Round 21 of the dates of events on real news (docs/judgements/dates.md, the rule from the
narrative-elsewhere class of the read draws; draw J the not-tuned-on figure): an act with no
time of its own that repeats an act told in an earlier sentence with a time of its own
clause takes that time, source ``paragraph``: the same verb or the noun made of it ("shot" /
"the shooting") with the same object ("the man"). Not for another object, not for a mention
with no object of its own, and not for a verb told of as ahead. Hand-built parses
(tests/parsekit.py)."""

from __future__ import annotations

from parsekit import anchored, index, parse
from sitroom.extract.time_same_act import act_objects, act_words
from sitroom.extract.times import anchor_event, extract_times

PUBLISHED = "2023-06-26"  # a Monday
THURSDAY = "2023-06-22"
TUESDAY = "2023-06-20"


# "Police shot the man on Tuesday ."
SHOT_ON_TUESDAY = """
    Police   police   NOUN  NNS  nsubj  shot
    shot     shoot    VERB  VBD  ROOT   -
    the      the      DET   DT   det    man
    man      man      NOUN  NN   dobj   shot
    on       on       ADP   IN   prep   shot
    Tuesday  Tuesday  PROPN NNP  pobj   on
    .        .        PUNCT .    punct  shot
"""

# "He spoke on Thursday ."
SPOKE_ON_THURSDAY = """
    He       he       PRON  PRP  nsubj  spoke
    spoke    speak    VERB  VBD  ROOT   -
    on       on       ADP   IN   prep   spoke
    Thursday Thursday PROPN NNP  pobj   on
    .        .        PUNCT .    punct  spoke
"""


def _shooting_drew_crowds(owner: str | None) -> str:
    """ "The man 's shooting drew crowds ." (owner "man"), or "The shooting drew crowds ."."""
    head = f"""
    The      the      DET   DT   det    {owner}
    {owner}  {owner}  NOUN  NN   poss   shooting
    's       's       PART  POS  case   {owner}
""" if owner else """
    The      the      DET   DT   det    shooting
"""
    return head + """
    shooting shooting NOUN  NN   nsubj  drew
    drew     draw     VERB  VBD  ROOT   -
    crowds   crowd    NOUN  NNS  dobj   drew
    .        .        PUNCT .    punct  drew
"""


# "She met the envoy in 2012 ."
MET_IN_2012 = """
    She      she      PRON  PRP  nsubj  met
    met      meet     VERB  VBD  ROOT   -
    the      the      DET   DT   det    envoy
    envoy    envoy    NOUN  NN   dobj   met
    in       in       ADP   IN   prep   met
    2012     2012     NUM   CD   pobj   in
    .        .        PUNCT .    punct  met
"""

# "She will meet the envoy ."
WILL_MEET = """
    She      she      PRON  PRP  nsubj  meet
    will     will     AUX   MD   aux    meet
    meet     meet     VERB  VB   ROOT   -
    the      the      DET   DT   det    envoy
    envoy    envoy    NOUN  NN   dobj   meet
    .        .        PUNCT .    punct  meet
"""

# "She met the envoy at a dinner ."
MET_AT_DINNER = """
    She      she      PRON  PRP  nsubj  met
    met      meet     VERB  VBD  ROOT   -
    the      the      DET   DT   det    envoy
    envoy    envoy    NOUN  NN   dobj   met
    at       at       ADP   IN   prep   met
    a        a        DET   DT   det    dinner
    dinner   dinner   NOUN  NN   pobj   at
    .        .        PUNCT .    punct  met
"""


def test_a_noun_of_the_act_with_its_object_takes_the_time_told_before() -> None:
    adoc = parse(SHOT_ON_TUESDAY, SPOKE_ON_THURSDAY, _shooting_drew_crowds("man"),
                 published=PUBLISHED, paragraphs=(1, 2))
    assert anchored(adoc, "shooting") == (TUESDAY, "paragraph")


def test_the_same_verb_with_its_object_takes_the_time_told_before() -> None:
    adoc = parse(MET_IN_2012, SPOKE_ON_THURSDAY, MET_AT_DINNER, published=PUBLISHED,
                 paragraphs=(1, 2))
    a = anchor_event(adoc, index(adoc, "met", 2), extract_times(adoc))
    assert (a.date, a.date_source) == ("2012", "paragraph")


def test_another_object_keeps_the_story_day() -> None:
    adoc = parse(SHOT_ON_TUESDAY, SPOKE_ON_THURSDAY, _shooting_drew_crowds("woman"),
                 published=PUBLISHED, paragraphs=(1, 2))
    assert anchored(adoc, "shooting") == (THURSDAY, "paragraph")


def test_a_mention_with_no_object_of_its_own_keeps_the_story_day() -> None:
    adoc = parse(SHOT_ON_TUESDAY, SPOKE_ON_THURSDAY, _shooting_drew_crowds(None),
                 published=PUBLISHED, paragraphs=(1, 2))
    assert anchored(adoc, "shooting") == (THURSDAY, "paragraph")


def test_a_verb_told_of_as_ahead_takes_no_time_told_before() -> None:
    adoc = parse(MET_IN_2012, WILL_MEET, published=PUBLISHED, paragraphs=(1,))
    a = anchor_event(adoc, index(adoc, "meet"), extract_times(adoc))
    assert a.date != "2012"


def test_a_noun_made_of_a_verb_shares_its_word_and_its_owner_is_its_object() -> None:
    adoc = parse(SHOT_ON_TUESDAY, _shooting_drew_crowds("man"), published=PUBLISHED)
    shooting = index(adoc, "shooting")
    assert "shoot" in act_words(adoc, shooting)
    assert act_objects(adoc, shooting) == frozenset({"man"})
    assert act_objects(adoc, index(adoc, "shot")) == frozenset({"man"})
