"""Round 22: the search for an earlier mention of the same act (extract/time_same_act.py)
reads an index of the document's act words built once per document, not every earlier token
per trigger; the result is the old scan's, checked here against that scan written out on a
hand-built document whose acts repeat (tests/parsekit.py)."""

from __future__ import annotations

from collections.abc import Callable

from parsekit import parse
from sitroom.extract import time_same_act
from sitroom.extract.time_same_act import act_index, act_objects, act_words, same_act_time
from sitroom.model import AnnotatedDoc
from test_dates_r21_same_act import SHOT_ON_TUESDAY as SHOT_MAN  # "Police shot the man on Tuesday ."

# "Guards shot the woman ."
SHOT_WOMAN = """
    Guards   guard    NOUN  NNS  nsubj  shot
    shot     shoot    VERB  VBD  ROOT   -
    the      the      DET   DT   det    woman
    woman    woman    NOUN  NN   dobj   shot
    .        .        PUNCT .    punct  shot
"""

# "The man 's shooting drew crowds ."
MAN_SHOOTING = """
    The      the      DET   DT   det    man
    man      man      NOUN  NN   poss   shooting
    's       's       PART  POS  case   man
    shooting shooting NOUN  NN   nsubj  drew
    drew     draw     VERB  VBD  ROOT   -
    crowds   crowd    NOUN  NNS  dobj   drew
    .        .        PUNCT .    punct  drew
"""

# "The woman 's shooting drew crowds and police shot the man ."
BOTH = """
    The      the      DET   DT   det    woman
    woman    woman    NOUN  NN   poss   shooting
    's       's       PART  POS  case   woman
    shooting shooting NOUN  NN   nsubj  drew
    drew     draw     VERB  VBD  ROOT   -
    crowds   crowd    NOUN  NNS  dobj   drew
    and      and      CCONJ CC   cc     drew
    police   police   NOUN  NNS  nsubj  shot
    shot     shoot    VERB  VBD  conj   drew
    the      the      DET   DT   det    man
    man      man      NOUN  NN   dobj   shot
    .        .        PUNCT .    punct  drew
"""


def _old_scan(adoc: AnnotatedDoc, trigger: int, governing: Callable[[int], str | None]
              ) -> str | None:
    """The search as it was before round 22: every earlier token, nearest first."""
    toks = adoc.tokens
    words = act_words(adoc, trigger)
    objects = act_objects(adoc, trigger)
    if not words or not objects:
        return None
    for p in range(trigger - 1, -1, -1):
        if toks[p].sent == toks[trigger].sent or not (act_words(adoc, p) & words):
            continue
        if not (act_objects(adoc, p) & objects):
            continue
        found = governing(p)
        if found is not None:
            return found
    return None


def _doc() -> AnnotatedDoc:
    return parse(SHOT_MAN, SHOT_WOMAN, MAN_SHOOTING, BOTH, SHOT_MAN, MAN_SHOOTING,
                 published="2023-06-26", paragraphs=(2, 4))


def test_the_indexed_search_gives_the_old_scans_answer_for_every_token() -> None:
    adoc = _doc()
    every = lambda p: f"mention at {p}"  # noqa: E731  every earlier mention is dated
    odd = lambda p: f"mention at {p}" if p % 2 else None  # noqa: E731  only some are
    for governing in (every, odd, lambda p: None):
        for i in range(len(adoc.tokens)):
            assert same_act_time(adoc, i, governing) == _old_scan(adoc, i, governing), i


def test_the_repeated_acts_find_their_nearest_earlier_mention() -> None:
    adoc = _doc()
    shootings = [t.i for t in adoc.tokens if t.text == "shooting"]
    shots = [t.i for t in adoc.tokens if t.text == "shot"]
    tell = lambda p: p  # noqa: E731
    # the last "the man's shooting" takes the nearest earlier "shot the man", not "the woman"
    assert same_act_time(adoc, shootings[-1], tell) == shots[-1]
    # "the woman's shooting" finds "shot the woman", past the later "the man" mentions
    assert same_act_time(adoc, shootings[1], tell) == shots[1]


def test_the_index_is_built_once_per_document() -> None:
    adoc = _doc()
    first = act_index(adoc)
    assert act_index(adoc) is first
    assert first["shoot"] == tuple(t.i for t in adoc.tokens if "shoot" in act_words(adoc, t.i))
    other = _doc()
    assert act_index(other) is not first
    assert time_same_act._LAST.pair[0] is other
