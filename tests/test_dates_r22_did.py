"""Round 22 (docs/judgements/dates.md, the background-past class of the read draws: K #75
"did support"; draw L the not-tuned-on figure): a bare verb under the auxiliary "did" ("She
did support the workers", "did not cooperate") is told in the simple past, as
"supported" is; not under "does" or "do" (the present) nor an infinitive ("agreed to
support"). Hand-built parses (tests/parsekit.py)."""

from __future__ import annotations

from parsekit import index, parse
from sitroom.extract.time_story import told_in_simple_past


def _support(aux: str, aux_tag: str) -> str:
    """ "She <aux> support the workers ." """
    return f"""
    She      she      PRON  PRP  nsubj  support
    {aux}    do       AUX   {aux_tag}  aux    support
    support  support  VERB  VB   ROOT   -
    the      the      DET   DT   det    workers
    workers  worker   NOUN  NNS  dobj   support
    .        .        PUNCT .    punct  support
"""


# "She agreed to support the workers ."
AGREED_TO_SUPPORT = """
    She      she      PRON  PRP  nsubj  agreed
    agreed   agree    VERB  VBD  ROOT   -
    to       to       PART  TO   aux    support
    support  support  VERB  VB   xcomp  agreed
    the      the      DET   DT   det    workers
    workers  worker   NOUN  NNS  dobj   support
    .        .        PUNCT .    punct  agreed
"""


def test_a_verb_under_did_is_told_in_the_simple_past() -> None:
    adoc = parse(_support("did", "VBD"))
    assert told_in_simple_past(adoc, index(adoc, "support"))


def test_a_verb_under_does_is_not_told_in_the_past() -> None:
    adoc = parse(_support("does", "VBZ"))
    assert not told_in_simple_past(adoc, index(adoc, "support"))


def test_an_infinitive_is_still_not_the_past_act() -> None:
    adoc = parse(AGREED_TO_SUPPORT)
    assert not told_in_simple_past(adoc, index(adoc, "support"))
