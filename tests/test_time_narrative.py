"""Narrative time: which time an event takes when its clause has none (paragraph, live-blog
entry, publication), a quotation's "today", and the era of a historical passage.

The rules about structure (clause tense, sentences, paragraphs) run on hand-built parses
(tests/parsekit.py), so a model upgrade cannot change what these tests mean."""

from __future__ import annotations

from dataclasses import replace

from parsekit import index, parse

from sitroom.extract.times import anchor_event, extract_times, reference_time, tag_text
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


def test_a_new_paragraph_keeps_the_storys_day_but_a_present_clause_does_not_inherit_it():
    # round 16: the story's day crosses paragraphs for an act told in the simple past
    # (extract/time_story.py); before, a new paragraph fell to the publication day
    apart = parse(SEIZED_FRIDAY, ADVANCED, published=SUNDAY, paragraphs=(1,))
    assert (_anchor(apart, "advanced").date, _anchor(apart, "advanced").date_source) == (
        "2023-06-23", "paragraph")
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


# --------------------------------------------------------------- a time in a clause below

TRIAL_SET = """
    The        the        DET   DT   det        hearing
    hearing    hearing    NOUN  NN   nsubjpass  set
    is         be         AUX   VBZ  auxpass    set
    set        set        VERB  VBN  ROOT       -
    to         to         PART  TO   aux        open
    open       open       VERB  VB   xcomp      set
    on         on         ADP   IN   prep       open
    Wednesday  Wednesday  PROPN NNP  pobj       on
    .          .          PUNCT .    punct      set
"""
WALKED_OUT_WHEN = """
    Crews    crew    NOUN  NNS  nsubj   walked
    walked   walk    VERB  VBD  ROOT    -
    out      out     ADP   RP   prt     walked
    when     when    ADV   WRB  advmod  closed
    the      the     DET   DT   det     plant
    plant    plant   NOUN  NN   nsubj   closed
    closed   close   VERB  VBD  advcl   walked
    on       on      ADP   IN   prep    closed
    Tuesday  Tuesday PROPN NNP  pobj    on
    .        .       PUNCT .    punct   walked
"""
RUNS_AND_HAD_BOUGHT = """
    The     the     DET   DT   det     firm
    firm    firm    NOUN  NN   nsubj   runs
    runs    run     VERB  VBZ  ROOT    -
    ships   ship    NOUN  NNS  dobj    runs
    and     and     CCONJ CC   cc      runs
    had     have    AUX   VBD  aux     bought
    bought  buy     VERB  VBN  conj    runs
    more    more    ADJ   JJR  dobj    bought
    on      on      ADP   IN   prep    bought
    Monday  Monday  PROPN NNP  pobj    on
    .       .       PUNCT .    punct   runs
"""


def test_a_time_in_a_clause_below_does_not_date_the_clause_above():
    # "The hearing is set to open on Wednesday": the setting is not on Wednesday, the opening is
    adoc = parse(TRIAL_SET, published="2023-06-26")
    setting, begin = _anchor(adoc, "set"), _anchor(adoc, "open")
    assert (setting.date, setting.date_source) == ("2023-06-26", "publication")
    assert (begin.date, begin.date_source) == ("2023-06-28", "governing")
    # a conjoined clause with a time of its own does not lend it to the first one
    adoc = parse(RUNS_AND_HAD_BOUGHT, published="2023-06-28")
    assert _anchor(adoc, "runs").date_source == "publication"
    assert (_anchor(adoc, "bought").date, _anchor(adoc, "bought").date_source) == (
        "2023-06-26", "governing")


def test_a_when_clause_shares_its_time_with_the_clause_above():
    adoc = parse(WALKED_OUT_WHEN, published="2023-06-29")
    walked = _anchor(adoc, "walked")
    assert (walked.date, walked.date_source) == ("2023-06-27", "governing")


# ------------------------------------------------------------ a page without its metadata

def test_a_dateline_dates_a_text_without_a_publication_time():
    text = "Ferry service halted\nMarch 01, 2008\nThe ferry stopped running today."
    today = [t for t in tag_text(text, reference_time(None, text)) if t.text == "today"]
    assert today[0].value == "2008-03-01"
    assert reference_time("2009-05-05", text) == "2009-05-05"  # the metadata wins
    # a date inside a sentence, or a month alone, is no dateline
    assert reference_time(None, "Ferry service halted\nOn March 1, 2008 it stopped.") is None
    assert reference_time(None, "Ferry service halted\nMarch 2008\nIt stopped.") is None


DATELINE = """
    1      1      NUM   CD   nummod  March
    March  March  PROPN NNP  ROOT    -
    2008   2008   NUM   CD   nummod  March
"""


def test_an_event_of_a_text_without_metadata_takes_its_dateline_as_publication():
    adoc = parse(DATELINE, HOLD, paragraphs=(1,))
    assert adoc.doc.published is None and adoc.doc.text.startswith("1 March 2008\n")
    hold = _anchor(adoc, "hold")
    assert (hold.date, hold.date_source) == ("2008-03-01", "publication")


REJECTED_ALTHOUGH_SAY = """
    Voters    voter     NOUN  NNS  nsubj  backed
    backed    back      VERB  VBD  ROOT   -
    it        it        PRON  PRP  dobj   backed
    in        in        ADP   IN   prep   backed
    October   October   PROPN NNP  pobj   in
    ,         ,         PUNCT ,    punct  backed
    although  although  SCONJ IN   mark   say
    analysts  analyst   NOUN  NNS  nsubj  say
    say       say       VERB  VBP  advcl  backed
    it        it        PRON  PRP  nsubj  failed
    failed    fail      VERB  VBD  ccomp  say
    .         .         PUNCT .    punct  backed
"""


def test_a_present_clause_below_a_past_time_is_not_dated_by_it():
    adoc = parse(REJECTED_ALTHOUGH_SAY, published="2023-11-24")
    assert (_anchor(adoc, "backed").date, _anchor(adoc, "backed").date_source) == (
        "2023-10", "governing")
    assert (_anchor(adoc, "say").date, _anchor(adoc, "say").date_source) == (
        "2023-11-24", "publication")


REPLACES_1994_ACCORD = """
    The         the         DET   DT   det     treaty
    new         new         ADJ   JJ   amod    treaty
    treaty      treaty      NOUN  NN   nsubj   supersedes
    supersedes  supersede   VERB  VBZ  ROOT    -
    the         the         DET   DT   det     accord
    1994        1994        NUM   CD   nummod  accord
    accord      accord      NOUN  NN   dobj    supersedes
    .           .           PUNCT .    punct   supersedes
"""


def test_a_year_naming_which_thing_is_meant_does_not_date_the_clause():
    adoc = parse(REPLACES_1994_ACCORD, published="2023-02-06")
    assert (_anchor(adoc, "supersedes").date, _anchor(adoc, "supersedes").date_source) == (
        "2023-02-06", "publication")
    assert (_anchor(adoc, "accord").date, _anchor(adoc, "accord").date_source) == (
        "1994", "governing")


AGREEMENT_BROKERED = """
    The       the       DET   DT   det        retreat
    retreat   retreat   NOUN  NN   nsubj      followed
    followed  follow    VERB  VBD  ROOT       -
    a         a         DET   DT   det        deal
    deal      deal      NOUN  NN   dobj       followed
    brokered  broker    VERB  VBN  acl        deal
    on        on        ADP   IN   prep       brokered
    Saturday  Saturday  PROPN NNP  pobj       on
    .         .         PUNCT .    punct      followed
"""
POSTS_VIDEO_ACCUSING = """
    On        on        ADP   IN   prep   posts
    Friday    Friday    PROPN NNP  pobj   On
    ,         ,         PUNCT ,    punct  posts
    the       the       DET   DT   det    general
    general   general   NOUN  NN   nsubj  posts
    posts     post      VERB  VBZ  ROOT   -
    a         a         DET   DT   det    video
    video     video     NOUN  NN   dobj   posts
    accusing  accuse    VERB  VBG  acl    video
    the       the       DET   DT   det    minister
    minister  minister  NOUN  NN   dobj   accusing
    .         .         PUNCT .    punct  posts
"""


def test_a_noun_takes_the_time_of_the_clause_that_describes_it():
    adoc = parse(AGREEMENT_BROKERED, published="2023-06-26")
    assert (_anchor(adoc, "deal").date, _anchor(adoc, "deal").date_source) == (
        "2023-06-24", "governing")


def test_a_story_told_in_the_present_keeps_its_day_below():
    # a narrative present ("On Friday the general posts a video accusing ...") is no "now"
    adoc = parse(POSTS_VIDEO_ACCUSING, published="2023-06-26")
    assert (_anchor(adoc, "accusing").date, _anchor(adoc, "accusing").date_source) == (
        "2023-06-23", "governing")


ANNOUNCED_AHEAD = """
    The        the       DET   DT   det     firm
    firm       firm      NOUN  NN   nsubj   announced
    has        have      AUX   VBZ  aux     announced
    announced  announce  VERB  VBN  ROOT    -
    cuts       cut       NOUN  NNS  dobj    announced
    over       over      ADP   IN   prep    announced
    the        the       DET   DT   det     years
    next       next      ADJ   JJ   amod    years
    two        two       NUM   CD   nummod  years
    years      year      NOUN  NNS  pobj    over
    .          .         PUNCT .    punct   announced
"""
TO_BE_HELD = """
    The    the    DET   DT   det        talks
    talks  talk   NOUN  NNS  nsubj      are
    are    be     AUX   VBP  ROOT       -
    to     to     PART  TO   aux        held
    be     be     AUX   VB   auxpass    held
    held   hold   VERB  VBN  xcomp      are
    on     on     ADP   IN   prep       held
    July   July   PROPN NNP  pobj       on
    12     12     NUM   CD   nummod     July
    .      .      PUNCT .    punct      are
"""


def test_a_clause_told_of_as_done_takes_no_time_ahead():
    # "has announced cuts over the next two years": announced now, not in two years
    done = _anchor(parse(ANNOUNCED_AHEAD, published=SUNDAY), "announced")
    assert (done.date, done.date_source) == (SUNDAY, "publication")
    # an infinitive's participle is no past: "to be held on July 12" is dated July 12
    ahead = _anchor(parse(TO_BE_HELD, published=SUNDAY), "held")
    assert (ahead.date, ahead.date_source) == ("2023-07-12", "governing")
