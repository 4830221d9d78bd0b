"""Round 21's second wave of the dates of events on real news (docs/judgements/dates.md, rules
from the governing-wrong and background-past classes of the read draws A-J; draw K the
not-tuned-on figure): a time of a clause above does not date a relative clause that tells the
background of a noun below it (not one of a setting: "China, where he met X"; a participle
under a noun was tried and not kept), and a past act set before the report's now by
an adverb ("recently ordered", "once backed") with no time of its own clause is an undated
past, taking no paragraph's or story's day. Hand-built parses (tests/parsekit.py)."""

from __future__ import annotations

from parsekit import anchored, index, parse
from sitroom.extract.time_clause import below_noun_clause, set_before_now

PUBLISHED = "2023-06-26"  # a Monday
SUNDAY = "2023-06-25"
FRIDAY = "2023-06-23"
TUESDAY = "2023-06-20"


# "On Sunday police arrested a man who attacked a guard ."
ARRESTED_A_MAN_WHO_ATTACKED = """
    On       on       ADP   IN   prep   arrested
    Sunday   Sunday   PROPN NNP  pobj   On
    police   police   NOUN  NNS  nsubj  arrested
    arrested arrest   VERB  VBD  ROOT   -
    a        a        DET   DT   det    man
    man      man      NOUN  NN   dobj   arrested
    who      who      PRON  WP   nsubj  attacked
    attacked attack   VERB  VBD  relcl  man
    a        a        DET   DT   det    guard
    guard    guard    NOUN  NN   dobj   attacked
    .        .        PUNCT .    punct  arrested
"""

# "On Sunday she praised a gunman killing five officers ."  (a participle under a noun)
PRAISED_A_GUNMAN_KILLING = """
    On       on       ADP   IN   prep   praised
    Sunday   Sunday   PROPN NNP  pobj   On
    she      she      PRON  PRP  nsubj  praised
    praised  praise   VERB  VBD  ROOT   -
    a        a        DET   DT   det    gunman
    gunman   gunman   NOUN  NN   dobj   praised
    killing  kill     VERB  VBG  acl    gunman
    five     five     NUM   CD   nummod officers
    officers officer  NOUN  NNS  dobj   killing
    .        .        PUNCT .    punct  praised
"""

# "On Sunday the talks moved to China , where the envoy met his host ."
TALKS_MOVED_TO_CHINA_WHERE = """
    On       on       ADP   IN   prep   moved
    Sunday   Sunday   PROPN NNP  pobj   On
    the      the      DET   DT   det    talks
    talks    talk     NOUN  NNS  nsubj  moved
    moved    move     VERB  VBD  ROOT   -
    to       to       ADP   IN   prep   moved
    China    China    PROPN NNP  pobj   to
    ,        ,        PUNCT ,    punct  China
    where    where    SCONJ WRB  advmod met
    the      the      DET   DT   det    envoy
    envoy    envoy    NOUN  NN   nsubj  met
    met      meet     VERB  VBD  relcl  China
    his      his      PRON  PRP$ poss   host
    host     host     NOUN  NN   dobj   met
    .        .        PUNCT .    punct  moved
"""

# "On Sunday police arrested a man who attacked a guard on Friday ."
ATTACKED_ON_FRIDAY = """
    On       on       ADP   IN   prep   arrested
    Sunday   Sunday   PROPN NNP  pobj   On
    police   police   NOUN  NNS  nsubj  arrested
    arrested arrest   VERB  VBD  ROOT   -
    a        a        DET   DT   det    man
    man      man      NOUN  NN   dobj   arrested
    who      who      PRON  WP   nsubj  attacked
    attacked attack   VERB  VBD  relcl  man
    a        a        DET   DT   det    guard
    guard    guard    NOUN  NN   dobj   attacked
    on       on       ADP   IN   prep   attacked
    Friday   Friday   PROPN NNP  pobj   on
    .        .        PUNCT .    punct  arrested
"""

# "On Sunday an aide , who requested anonymity , said it ."  (the teller's own clause)
AIDE_WHO_REQUESTED = """
    On        on        ADP   IN   prep   said
    Sunday    Sunday    PROPN NNP  pobj   On
    an        an        DET   DT   det    aide
    aide      aide      NOUN  NN   nsubj  said
    ,         ,         PUNCT ,    punct  aide
    who       who       PRON  WP   nsubj  requested
    requested request   VERB  VBD  relcl  aide
    anonymity anonymity NOUN  NN   dobj   requested
    ,         ,         PUNCT ,    punct  aide
    said      say       VERB  VBD  ROOT   -
    it        it        PRON  PRP  dobj   said
    .         .         PUNCT .    punct  said
"""


def test_a_relative_clause_below_takes_no_time_of_the_clause_above() -> None:
    adoc = parse(ARRESTED_A_MAN_WHO_ATTACKED, published=PUBLISHED)
    assert anchored(adoc, "arrested") == (SUNDAY, "governing")
    assert anchored(adoc, "attacked") == (None, "none")  # before the arrest: an undated past
    assert below_noun_clause(adoc, index(adoc, "attacked"), index(adoc, "arrested"))


def test_a_participle_below_a_noun_keeps_the_time_of_the_clause_above() -> None:
    adoc = parse(PRAISED_A_GUNMAN_KILLING, published=PUBLISHED)  # tried and not kept
    assert not below_noun_clause(adoc, index(adoc, "killing"), index(adoc, "praised"))
    assert anchored(adoc, "killing") == (SUNDAY, "governing")


def test_a_relative_clause_of_a_setting_shares_the_time_of_the_clause_above() -> None:
    adoc = parse(TALKS_MOVED_TO_CHINA_WHERE, published=PUBLISHED)
    assert not below_noun_clause(adoc, index(adoc, "met"), index(adoc, "moved"))
    assert anchored(adoc, "met") == (SUNDAY, "governing")


def test_a_relative_clause_keeps_a_time_of_its_own() -> None:
    adoc = parse(ATTACKED_ON_FRIDAY, published=PUBLISHED)
    assert anchored(adoc, "attacked") == (FRIDAY, "governing")


def test_the_tellers_own_relative_clause_keeps_the_time_of_the_telling() -> None:
    adoc = parse(AIDE_WHO_REQUESTED, published=PUBLISHED)
    assert anchored(adoc, "requested") == (SUNDAY, "governing")
    assert not below_noun_clause(adoc, index(adoc, "requested"), index(adoc, "said"))


# "He spoke on Tuesday ."
SPOKE_ON_TUESDAY = """
    He       he       PRON  PRP  nsubj  spoke
    spoke    speak    VERB  VBD  ROOT   -
    on       on       ADP   IN   prep   spoke
    Tuesday  Tuesday  PROPN NNP  pobj   on
    .        .        PUNCT .    punct  spoke
"""


def _ordered_a_review(adverb: str | None) -> str:
    """ "He recently ordered a review ." (adverb "recently"), or "He ordered a review ."."""
    return """
    He       he       PRON  PRP  nsubj  ordered
""" + (f"""
    {adverb} {adverb} ADV   RB   advmod ordered
""" if adverb else "") + """
    ordered  order    VERB  VBD  ROOT   -
    a        a        DET   DT   det    review
    review   review   NOUN  NN   dobj   ordered
    .        .        PUNCT .    punct  ordered
"""


# "He has long argued it ."
HAS_LONG_ARGUED = """
    He       he       PRON  PRP  nsubj  argued
    has      have     AUX   VBZ  aux    argued
    long     long     ADV   RB   advmod argued
    argued   argue    VERB  VBN  ROOT   -
    it       it       PRON  PRP  dobj   argued
    .        .        PUNCT .    punct  argued
"""


def test_a_past_act_set_before_now_by_an_adverb_takes_no_paragraph_day() -> None:
    adoc = parse(SPOKE_ON_TUESDAY, _ordered_a_review("recently"), published=PUBLISHED)
    assert set_before_now(adoc, index(adoc, "ordered"))
    assert anchored(adoc, "ordered") == (None, "none")


def test_a_past_act_with_no_such_adverb_keeps_the_paragraph_day() -> None:
    adoc = parse(SPOKE_ON_TUESDAY, _ordered_a_review(None), published=PUBLISHED)
    assert not set_before_now(adoc, index(adoc, "ordered"))
    assert anchored(adoc, "ordered") == (TUESDAY, "paragraph")


def test_a_present_perfect_with_such_an_adverb_stays_part_of_now() -> None:
    adoc = parse(HAS_LONG_ARGUED, published=PUBLISHED)
    assert not set_before_now(adoc, index(adoc, "argued"))
    assert anchored(adoc, "argued") == (PUBLISHED, "publication")
