"""Certainty rules about structure, on parses built by hand (tests/parsekit.py): what the rule
sees is written in the test, so a model upgrade cannot change what these tests mean. The
real-parse tests of the same rules are in tests/test_certainty.py."""

from __future__ import annotations

from parsekit import index, parse

from sitroom.extract.certainty import event_certainty, sentence_certainty

DENIED_THAT = """
The      the      DET   DT   det    ministry
ministry ministry NOUN  NN   nsubj  denied
denied   deny     VERB  VBD  ROOT   -
that     that     SCONJ IN   mark   crossed
troops   troop    NOUN  NNS  nsubj  crossed
had      have     AUX   VBD  aux    crossed
crossed  cross    VERB  VBN  ccomp  denied
the      the      DET   DT   det    border
border   border   NOUN  NN   dobj   crossed
.        .        PUNCT .    punct  denied
"""

SAID_MIGHT = """
The      the      DET   DT   det    governor
governor governor NOUN  NN   nsubj  said
said     say      VERB  VBD  ROOT   -
that     that     SCONJ IN   mark   attack
rebels   rebel    NOUN  NNS  nsubj  attack
might    might    AUX   MD   aux    attack
attack   attack   VERB  VB   ccomp  said
the      the      DET   DT   det    bridge
bridge   bridge   NOUN  NN   dobj   attack
.        .        PUNCT .    punct  said
"""

DID_NOT = """
The    the    DET   DT  det    army
army   army   NOUN  NN  nsubj  attack
did    do     AUX   VBD aux    attack
not    not    PART  RB  neg    attack
attack attack VERB  VB  ROOT   -
the    the    DET   DT  det    town
town   town   NOUN  NN  dobj   attack
.      .      PUNCT .   punct  attack
"""

NOBODY = """
Nobody   nobody PRON  NN  nsubj  attacked
attacked attack VERB  VBD ROOT   -
the      the    DET   DT  det    convoy
convoy   convoy NOUN  NN  dobj   attacked
.        .      PUNCT .   punct  attacked
"""

PLAIN = """
Troops   troop   NOUN  NNS nsubj  captured
captured capture VERB  VBD ROOT   -
the      the     DET   DT  det    airport
airport  airport NOUN  NN  dobj   captured
.        .       PUNCT .   punct  captured
"""


def test_a_clause_under_a_denial_verb_is_denied():
    adoc = parse(DENIED_THAT)
    c = event_certainty(adoc, index(adoc, "crossed"))
    assert (c.certainty, c.polarity, c.cue) == ("denied", "negative", "denied")
    # the denying verb itself is asserted by the author
    assert event_certainty(adoc, index(adoc, "denied")).certainty == "asserted"


def test_a_modal_under_a_reporting_verb_makes_the_reported_event_speculated():
    adoc = parse(SAID_MIGHT)
    c = event_certainty(adoc, index(adoc, "attack"))
    assert (c.certainty, c.cue) == ("speculated", "said might")


def test_a_negation_attached_to_the_verb_denies_it():
    c = sentence_certainty(parse(DID_NOT), 0)
    assert (c.certainty, c.polarity, c.cue) == ("denied", "negative", "not")
    assert c.score < 0


def test_a_negation_in_another_sentence_does_not_reach_this_one():
    adoc = parse(DID_NOT, PLAIN)
    assert sentence_certainty(adoc, 0).certainty == "denied"
    c = sentence_certainty(adoc, 1)
    assert (c.certainty, c.polarity, c.cue) == ("asserted", "positive", None)


def test_a_subject_that_is_nobody_denies_the_event():
    c = sentence_certainty(parse(NOBODY), 0)
    assert (c.certainty, c.polarity, c.cue) == ("denied", "negative", "nobody")


def test_parsekit_builds_offsets_sentences_and_heads_that_agree():
    adoc = parse(DID_NOT, PLAIN)
    assert adoc.text.startswith("The army did not attack the town . Troops captured")
    assert [(s.start, s.end) for s in adoc.sents] == [(0, 8), (8, 13)]
    for t in adoc.tokens:
        assert adoc.text[t.idx:t.end] == t.text
        assert adoc.tokens[t.head].sent == t.sent
    assert adoc.tokens[index(adoc, "captured")].head == index(adoc, "captured")
