"""Narrative time: which time an event takes when its clause has none (paragraph, live-blog
entry, publication), a quotation's "today", and the era of a historical passage.

The rules about structure (clause tense, sentences, paragraphs) run on hand-built parses
(tests/parsekit.py), so a model upgrade cannot change what these tests mean."""

from __future__ import annotations

from dataclasses import replace

from parsekit import index, parse

from sitroom.extract.times import anchor_event, extract_times, tag_text
from sitroom.model import AnnotatedDoc, Update

SEIZED_FRIDAY = """
    Troops  troop   NOUN  NNS  nsubj  seized
    seized  seize   VERB  VBD  ROOT   -
    the     the     DET   DT   det    city
    city    city    NOUN  NN   dobj   seized
    on      on      ADP   IN   prep   seized
    Friday  Friday  PROPN NNP  pobj   on
    .       .       PUNCT .    punct  seized
"""
ADVANCED = """
    They      they     PRON  PRP  nsubj   advanced
    advanced  advance  VERB  VBD  ROOT    -
    north     north    ADV   RB   advmod  advanced
    .         .        PUNCT .    punct   advanced
"""
HOLD = """
    They  they  PRON  PRP  nsubj  hold
    hold  hold  VERB  VBP  ROOT   -
    the   the   DET   DT   det    city
    city  city  NOUN  NN   dobj   hold
    .     .     PUNCT .    punct  hold
"""
SUNDAY = "2023-06-25"


def _anchor(adoc: AnnotatedDoc, word: str):
    return anchor_event(adoc, index(adoc, word), extract_times(adoc))


def test_event_without_its_own_time_takes_the_last_day_of_its_paragraph():
    adoc = parse(SEIZED_FRIDAY, ADVANCED, published=SUNDAY)
    seized, advanced = _anchor(adoc, "seized"), _anchor(adoc, "advanced")
    assert (seized.date, seized.date_source) == ("2023-06-23", "governing")
    assert (advanced.date, advanced.date_source, advanced.time) == ("2023-06-23", "paragraph", 0)


def test_a_new_paragraph_or_a_present_clause_does_not_inherit_the_day():
    apart = parse(SEIZED_FRIDAY, ADVANCED, published=SUNDAY, paragraphs=(1,))
    assert (_anchor(apart, "advanced").date, _anchor(apart, "advanced").date_source) == (
        SUNDAY, "publication")
    now = parse(SEIZED_FRIDAY, HOLD, published=SUNDAY)
    assert (_anchor(now, "hold").date, _anchor(now, "hold").date_source) == (
        SUNDAY, "publication")


def test_live_blog_stamp_covers_its_entry_paragraph_only():
    calm = """
        Calm  calm  ADJ   JJ  ROOT   -
        .     .     PUNCT .   punct  Calm
    """
    entry = """
        UPDATE    update   NOUN  NN   npadvmod  advanced
        09:10     09:10    NUM   CD   nummod    CET
        CET       CET      PROPN NNP  appos     UPDATE
        :         :        PUNCT :    punct     advanced
        The       the      DET   DT   det       convoy
        convoy    convoy   NOUN  NN   nsubj     advanced
        advanced  advance  VERB  VBD  ROOT      -
        .         .        PUNCT .    punct     advanced
    """
    background = """
        The        the       DET   DT   det    army
        army       army      NOUN  NN   nsubj  struggled
        struggled  struggle  VERB  VBD  ROOT   -
        badly      badly     ADV   RB   advmod struggled
        .          .         PUNCT .    punct  struggled
    """
    base = parse(calm, entry, background, published="2023-06-24", paragraphs=(1, 2))
    start = base.text.index("UPDATE")
    doc = replace(base.doc, updates=(
        Update(start, len(base.text), "2023-06-24T09:10+01:00", "UPDATE 09:10 CET"),))
    adoc = AnnotatedDoc(doc, base.tokens, base.sents, base.ents)
    advanced, struggled = _anchor(adoc, "advanced"), _anchor(adoc, "struggled")
    assert (advanced.date, advanced.precision, advanced.date_source) == (
        "2023-06-24T09:10", "minute", "entry")
    assert (struggled.date, struggled.date_source) == ("2023-06-24", "publication")


def _values(text: str, published: str = "2023-06-26") -> dict[str, str]:
    return {t.text: t.value for t in tag_text(text, published)}


def test_today_in_a_quotation_is_the_day_of_the_speech():
    before = _values('On Friday the governor said: "Today we hold the line, and yesterday '
                     'we lost two posts."')
    assert (before["Friday"], before["Today"], before["yesterday"]) == (
        "2023-06-23", "2023-06-23", "2023-06-22")
    after = _values('"Today is a sad day," the mayor said in a speech on Friday.')
    assert (after["Today"], after["Friday"]) == ("2023-06-23", "2023-06-23")
    undated = _values('"Today is a sad day," the mayor said.')
    assert undated["Today"] == "2023-06-26"


def test_month_without_year_keeps_the_era_of_its_passage():
    got = _values("The revolution of 1917 shook the empire. In October, the rebels seized "
                  "power.\n\nIn October, prices rose.")
    assert [t.value for t in tag_text("The revolution of 1917 shook the empire. In October, "
                                      "the rebels seized power.", "2023-06-26")] == [
        "1917", "1917-10"]
    # the next paragraph is back in the present: as if it stood alone
    assert got["October"] == _values("In October, prices rose.")["October"] != "1917-10"
    century = _values("In the 19th century the port grew. In May, the first ships came.")
    assert century["May"] == "XXXX-05"


def test_start_points_and_recent_years_set_no_era():
    assert _values("He has protested since 1990. He was arrested in December.",
                   "1999-05-06")["December"] == "1998-12"
    recent = "In 2021 the plant opened. In October, it closed."
    assert _values(recent)["October"] == _values("In October, it closed.")["October"]
