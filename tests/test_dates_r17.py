"""Round 17 of the dates of events on real news (docs/judgements/dates.md, rules from the
classes of draws A, B and C; draw D the not-tuned-on figure): two verbs that share their
arguments share their time ("shot and wounded the mayor in 1998"), a clock time with no
day of its own lies on the last day the report told of before it ("... on Saturday. The
meeting began at 10 a.m."), and a past told inside a quote with no time is undated.
Hand-built parses (tests/parsekit.py)."""

from __future__ import annotations

from parsekit import anchored, parse
from sitroom.extract.time_tagger import tag_text
from test_dates_r16 import HOLD, JAILED
from test_dates_r16b import ON_SATURDAY_SEIZED, QUOTED_JAILED

PUBLISHED = "2023-06-26"  # a Monday


# ------------------------------------------------------- two verbs, one act: one time

SHOT_AND_WOUNDED = """
    A        a        DET   DT   det    gunman
    gunman   gunman   NOUN  NN   nsubj  shot
    shot     shoot    VERB  VBD  ROOT   -
    and      and      CCONJ CC   cc     shot
    wounded  wound    VERB  VBD  conj   shot
    the      the      DET   DT   det    mayor
    mayor    mayor    NOUN  NN   dobj   wounded
    in       in       ADP   IN   prep   wounded
    1998     1998     NUM   CD   pobj   in
    .        .        PUNCT .    punct  shot
"""
# "The rebels seized the city and held it until 1998.": the first verb has its own object
SEIZED_AND_HELD = """
    The     the     DET   DT   det    rebels
    rebels  rebel   NOUN  NNS  nsubj  seized
    seized  seize   VERB  VBD  ROOT   -
    the     the     DET   DT   det    city
    city    city    NOUN  NN   dobj   seized
    and     and     CCONJ CC   cc     seized
    held    hold    VERB  VBD  conj   seized
    it      it      PRON  PRP  dobj   held
    until   until   ADP   IN   prep   held
    1998    1998    NUM   CD   pobj   until
    .       .       PUNCT .    punct  seized
"""
# "A gunman shot and police arrested him in 1998.": the conjunct has a subject of its own
SHOT_AND_POLICE_ARRESTED = """
    A         a         DET   DT   det    gunman
    gunman    gunman    NOUN  NN   nsubj  shot
    shot      shoot     VERB  VBD  ROOT   -
    and       and       CCONJ CC   cc     shot
    police    police    NOUN  NNS  nsubj  arrested
    arrested  arrest    VERB  VBD  conj   shot
    him       he        PRON  PRP  dobj   arrested
    in        in        ADP   IN   prep   arrested
    1998      1998      NUM   CD   pobj   in
    .         .         PUNCT .    punct  shot
"""


def test_a_verb_sharing_its_conjuncts_object_shares_its_time():
    adoc = parse(SHOT_AND_WOUNDED, published=PUBLISHED)
    assert anchored(adoc, "shot") == ("1998", "governing")
    assert anchored(adoc, "wounded") == ("1998", "governing")


def test_a_verb_with_its_own_object_or_a_conjunct_with_its_own_subject_keeps_apart():
    held = parse(SEIZED_AND_HELD, published=PUBLISHED)
    assert anchored(held, "seized")[1] != "governing"
    arrested = parse(SHOT_AND_POLICE_ARRESTED, published=PUBLISHED)
    assert anchored(arrested, "shot")[1] != "governing"
    assert anchored(arrested, "arrested") == ("1998", "governing")


# ------------------------------------------------ a bare clock time: the day told last

def test_a_clock_time_with_no_day_lies_on_the_day_told_before_it():
    got = tag_text("Rebels seized the city on Saturday. The meeting began at 10 a.m.",
                   PUBLISHED)
    assert [(m.text, m.value) for m in got] == [("Saturday", "2023-06-24"),
                                                ("10 a.m.", "2023-06-24T10:00")]
    history = tag_text("The attack came on June 3, 1998. The call was made at 7:19 p.m.",
                       PUBLISHED)
    assert history[-1].value == "1998-06-03T19:19"


def test_a_clock_time_keeps_the_reference_day_with_no_day_before_or_one_ahead():
    alone = tag_text("The meeting began at 10 a.m. and lasted an hour.", PUBLISHED)
    assert alone[0].value == f"{PUBLISHED}T10:00"
    ahead = tag_text("The vote is set for June 30. Officials met at about 10:30 p.m.", PUBLISHED)
    assert ahead[-1].value == f"{PUBLISHED}T22:30"
    assert ahead[-1].mod == "APPROX"


def test_a_clock_time_in_an_undated_paragraph_dates_its_act_on_the_storys_day():
    at_ten = """
        They   they   PRON  PRP  nsubj  met
        met    meet   VERB  VBD  ROOT   -
        at     at     ADP   IN   prep   met
        10     10     NUM   CD   nummod a.m.
        a.m.   a.m.   NOUN  NN   pobj   at
        .      .      PUNCT .    punct  met
    """
    adoc = parse(ON_SATURDAY_SEIZED, at_ten, published=PUBLISHED, paragraphs=(1,))
    assert anchored(adoc, "met") == ("2023-06-24T10:00", "governing")


def test_a_clock_time_alone_on_its_line_is_a_stamp_of_the_reference_day():
    # a live blog whose entries were not parsed: "2:14 p.m." heads an entry of that day
    got = tag_text("The senator voted early on June 2.\n\n2:14 p.m.\n\nThe leader spoke at 1 p.m.",
                   PUBLISHED)
    assert [m.value for m in got] == ["2023-06-02", f"{PUBLISHED}T14:14", f"{PUBLISHED}T13:00"]


# ------------------------------------------------ a quote's past with no time: undated

QUOTED_HOLD = """
    “     “     PUNCT ``   punct  hold
    They  they  PRON  PRP  nsubj  hold
    hold  hold  VERB  VBP  ROOT   -
    the   the   DET   DT   det    city
    city  city  NOUN  NN   dobj   hold
    .     .     PUNCT .    punct  hold
    ”     ”     PUNCT ''   punct  hold
"""


def test_a_simple_past_inside_a_quote_with_no_time_is_undated():
    adoc = parse(QUOTED_JAILED, published=PUBLISHED)
    assert anchored(adoc, "jailed") == (None, "none")


def test_a_quotes_present_a_past_outside_quotes_or_a_dated_paragraph_keep_their_date():
    assert anchored(parse(QUOTED_HOLD, published=PUBLISHED), "hold") == (PUBLISHED, "publication")
    assert anchored(parse(JAILED, published=PUBLISHED), "jailed") == (PUBLISHED, "publication")
    dated = parse(ON_SATURDAY_SEIZED, QUOTED_JAILED, published=PUBLISHED)
    assert anchored(dated, "jailed") == ("2023-06-24", "paragraph")
    assert anchored(parse(HOLD, published=PUBLISHED), "hold") == (PUBLISHED, "publication")


def test_the_backquotes_of_plain_text_copy_open_a_quote():
    # ``They jailed the mayor,'' the officials said.: the telling after the quote is outside
    backquoted = """
        ``         ``        PUNCT ``   punct  said
        They       they      PRON  PRP  nsubj  jailed
        jailed     jail      VERB  VBD  ccomp  said
        the        the       DET   DT   det    mayor
        mayor      mayor     NOUN  NN   dobj   jailed
        ,          ,         PUNCT ,    punct  said
        ''         ''        PUNCT ''   punct  said
        officials  official  NOUN  NNS  nsubj  said
        said       say       VERB  VBD  ROOT   -
        .          .         PUNCT .    punct  said
    """
    adoc = parse(backquoted, published=PUBLISHED)
    assert anchored(adoc, "jailed") == (None, "none")
    assert anchored(adoc, "said") == (PUBLISHED, "publication")
