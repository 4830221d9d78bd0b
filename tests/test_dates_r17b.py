"""Round 17, second wave, of the dates of events on real news (docs/judgements/dates.md, rules
from the classes of draws A to D; draw E the not-tuned-on figure): a relative clause told in
the simple past with no time of its own is the background of its noun, undated, not of the
story's day nor of its paragraph's era ("A man who ruled the city fled."), unless its noun is
the one who tells ("..., said an official who asked ..."); a verb conjunct with no auxiliary
and no subject of its own shares the perfect of its first verb ("had criticized the plan and
accused its authors"). Hand-built parses (tests/parsekit.py)."""

from __future__ import annotations

from parsekit import anchored, parse
from test_dates_r16b import ON_SATURDAY_SEIZED

PUBLISHED = "2023-06-26"  # a Monday
SATURDAY = "2023-06-24"


# ------------------------------------------------- a relative clause's past: background

# "A man who ruled the town fled."
RULED_FLED = """
    A      a      DET   DT   det    man
    man    man    NOUN  NN   nsubj  fled
    who    who    PRON  WP   nsubj  ruled
    ruled  rule   VERB  VBD  relcl  man
    the    the    DET   DT   det    town
    town   town   NOUN  NN   dobj   ruled
    fled   flee   VERB  VBD  ROOT   -
    .      .      PUNCT .    punct  fled
"""
# "In 1998 the rebels seized the city."
IN_1998_SEIZED = """
    In      in      ADP   IN   prep   seized
    1998    1998    NUM   CD   pobj   In
    the     the     DET   DT   det    rebels
    rebels  rebel   NOUN  NNS  nsubj  seized
    seized  seize   VERB  VBD  ROOT   -
    the     the     DET   DT   det    city
    city    city    NOUN  NN   dobj   seized
    .       .       PUNCT .    punct  seized
"""
# "The town fell, said an official who requested anonymity."
SAID_OFFICIAL_REQUESTED = """
    The        the        DET   DT   det    town
    town       town       NOUN  NN   nsubj  fell
    fell       fall       VERB  VBD  ccomp  said
    ,          ,          PUNCT ,    punct  said
    said       say        VERB  VBD  ROOT   -
    an         an         DET   DT   det    official
    official   official   NOUN  NN   nsubj  said
    who        who        PRON  WP   nsubj  requested
    requested  request    VERB  VBD  relcl  official
    anonymity  anonymity  NOUN  NN   dobj   requested
    .          .          PUNCT .    punct  said
"""


def test_a_relative_clauses_past_with_no_time_is_undated_not_the_storys_day():
    adoc = parse(ON_SATURDAY_SEIZED, RULED_FLED, published=PUBLISHED, paragraphs=(1,))
    assert anchored(adoc, "ruled") == (None, "none")
    assert anchored(adoc, "fled") == (SATURDAY, "paragraph")  # the main clause keeps the story's day


def test_a_relative_clauses_past_is_undated_not_the_paragraphs_era():
    adoc = parse(IN_1998_SEIZED, RULED_FLED, published=PUBLISHED)
    assert anchored(adoc, "ruled") == (None, "none")
    assert anchored(adoc, "fled") == ("1998", "paragraph")  # the main clause keeps the era


def test_a_relative_clause_of_the_one_who_tells_keeps_the_storys_day():
    adoc = parse(ON_SATURDAY_SEIZED, SAID_OFFICIAL_REQUESTED, published=PUBLISHED,
                 paragraphs=(1,))
    assert anchored(adoc, "requested") == (SATURDAY, "paragraph")


# ----------------------------------------------- a verb conjunct shares its first verb's perfect

# "He had criticized the plan and accused its authors."
HAD_CRITICIZED_ACCUSED = """
    He          he          PRON  PRP  nsubj  criticized
    had         have        AUX   VBD  aux    criticized
    criticized  criticize   VERB  VBN  ROOT   -
    the         the         DET   DT   det    plan
    plan        plan        NOUN  NN   dobj   criticized
    and         and         CCONJ CC   cc     criticized
    accused     accuse      VERB  VBD  conj   criticized
    its         its         PRON  PRP$ poss   authors
    authors     author      NOUN  NNS  dobj   accused
    .           .           PUNCT .    punct  criticized
"""
# "He had criticized the plan and he accused its authors."
HAD_CRITICIZED_HE_ACCUSED = """
    He          he          PRON  PRP  nsubj  criticized
    had         have        AUX   VBD  aux    criticized
    criticized  criticize   VERB  VBN  ROOT   -
    the         the         DET   DT   det    plan
    plan        plan        NOUN  NN   dobj   criticized
    and         and         CCONJ CC   cc     criticized
    he          he          PRON  PRP  nsubj  accused
    accused     accuse      VERB  VBD  conj   criticized
    its         its         PRON  PRP$ poss   authors
    authors     author      NOUN  NNS  dobj   accused
    .           .           PUNCT .    punct  criticized
"""
# "They have seized the port and jailed the mayor."
HAVE_SEIZED_JAILED = """
    They    they    PRON  PRP  nsubj  seized
    have    have    AUX   VBP  aux    seized
    seized  seize   VERB  VBN  ROOT   -
    the     the     DET   DT   det    port
    port    port    NOUN  NN   dobj   seized
    and     and     CCONJ CC   cc     seized
    jailed  jail    VERB  VBD  conj   seized
    the     the     DET   DT   det    mayor
    mayor   mayor   NOUN  NN   dobj   jailed
    .       .       PUNCT .    punct  seized
"""
# "They seized the port and jailed the mayor."
SEIZED_JAILED = """
    They    they    PRON  PRP  nsubj  seized
    seized  seize   VERB  VBD  ROOT   -
    the     the     DET   DT   det    port
    port    port    NOUN  NN   dobj   seized
    and     and     CCONJ CC   cc     seized
    jailed  jail    VERB  VBD  conj   seized
    the     the     DET   DT   det    mayor
    mayor   mayor   NOUN  NN   dobj   jailed
    .       .       PUNCT .    punct  seized
"""


def test_the_conjunct_of_a_past_perfect_shares_its_had_and_is_undated():
    adoc = parse(HAD_CRITICIZED_ACCUSED, published=PUBLISHED)
    assert anchored(adoc, "accused") == (None, "none")


def test_a_conjunct_with_its_own_subject_keeps_its_own_tense():
    adoc = parse(HAD_CRITICIZED_HE_ACCUSED, published=PUBLISHED)
    assert anchored(adoc, "accused") == (PUBLISHED, "publication")


def test_the_conjunct_of_a_present_perfect_stays_on_the_reports_now():
    adoc = parse(ON_SATURDAY_SEIZED, HAVE_SEIZED_JAILED, published=PUBLISHED, paragraphs=(1,))
    assert anchored(adoc, "jailed") == (PUBLISHED, "publication")


def test_the_conjunct_of_a_simple_past_keeps_the_storys_day():
    adoc = parse(ON_SATURDAY_SEIZED, SEIZED_JAILED, published=PUBLISHED, paragraphs=(1,))
    assert anchored(adoc, "jailed") == (SATURDAY, "paragraph")
