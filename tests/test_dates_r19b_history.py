"""Round 19, second wave, of the dates of events on real news (docs/judgements/dates.md, the
rule from the background-past class of draws A to G; draw H the not-tuned-on figure): an act
told in the simple past with no time of its own, none of its paragraph and no story's day,
after a passage whose last time is history ("The agency was founded in 2009. // Its director
clashed with the board.") is an undated past (``none``), not the publication day; not an act
told in the present perfect, not the report's own telling ("said") or exchange with a source
("declined to comment"), and not when a time of
the report's own year comes after the history ("It opened an office this year."). Hand-built
parses (tests/parsekit.py)."""

from __future__ import annotations

from parsekit import anchored, parse

PUBLISHED = "2023-06-26"


# "The agency was founded in 2009."
FOUNDED_IN_2009 = """
    The      the      DET   DT   det       agency
    agency   agency   NOUN  NN   nsubjpass founded
    was      be       AUX   VBD  auxpass   founded
    founded  found    VERB  VBN  ROOT      -
    in       in       ADP   IN   prep      founded
    2009     2009     NUM   CD   pobj      in
    .        .        PUNCT .    punct     founded
"""

# "It opened an office this year."
OPENED_THIS_YEAR = """
    It       it       PRON  PRP  nsubj     opened
    opened   open     VERB  VBD  ROOT      -
    an       a        DET   DT   det       office
    office   office   NOUN  NN   dobj      opened
    this     this     DET   DT   det       year
    year     year     NOUN  NN   npadvmod  opened
    .        .        PUNCT .    punct     opened
"""

# "Its director clashed with the board."
CLASHED = """
    Its      its      PRON  PRP$ poss      director
    director director NOUN  NN   nsubj     clashed
    clashed  clash    VERB  VBD  ROOT      -
    with     with     ADP   IN   prep      clashed
    the      the      DET   DT   det       board
    board    board    NOUN  NN   pobj      with
    .        .        PUNCT .    punct     clashed
"""

# "Its director has clashed with the board."
HAS_CLASHED = """
    Its      its      PRON  PRP$ poss      director
    director director NOUN  NN   nsubj     clashed
    has      have     AUX   VBZ  aux       clashed
    clashed  clash    VERB  VBN  ROOT      -
    with     with     ADP   IN   prep      clashed
    the      the      DET   DT   det       board
    board    board    NOUN  NN   pobj      with
    .        .        PUNCT .    punct     clashed
"""

# "Its director said the board erred."
SAID_ERRED = """
    Its      its      PRON  PRP$ poss      director
    director director NOUN  NN   nsubj     said
    said     say      VERB  VBD  ROOT      -
    the      the      DET   DT   det       board
    board    board    NOUN  NN   nsubj     erred
    erred    err      VERB  VBD  ccomp     said
    .        .        PUNCT .    punct     said
"""


# "Its director declined to comment."
DECLINED_TO_COMMENT = """
    Its      its      PRON  PRP$ poss      director
    director director NOUN  NN   nsubj     declined
    declined decline  VERB  VBD  ROOT      -
    to       to       PART  TO   aux       comment
    comment  comment  VERB  VB   xcomp     declined
    .        .        PUNCT .    punct     declined
"""


def test_simple_past_after_a_passage_set_in_history_is_undated() -> None:
    adoc = parse(FOUNDED_IN_2009, CLASHED, published=PUBLISHED, paragraphs=(1,))
    assert anchored(adoc, "clashed") == (None, "none")


def test_present_perfect_after_history_keeps_the_publication_day() -> None:
    adoc = parse(FOUNDED_IN_2009, HAS_CLASHED, published=PUBLISHED, paragraphs=(1,))
    assert anchored(adoc, "clashed") == (PUBLISHED, "publication")


def test_the_reports_own_telling_after_history_keeps_the_publication_day() -> None:
    adoc = parse(FOUNDED_IN_2009, SAID_ERRED, published=PUBLISHED, paragraphs=(1,))
    assert anchored(adoc, "said") == (PUBLISHED, "publication")


def test_the_reports_exchange_with_a_source_after_history_keeps_the_publication_day() -> None:
    adoc = parse(FOUNDED_IN_2009, DECLINED_TO_COMMENT, published=PUBLISHED, paragraphs=(1,))
    assert anchored(adoc, "declined") == (PUBLISHED, "publication")


def test_a_time_of_the_reports_year_after_the_history_keeps_the_publication_day() -> None:
    adoc = parse(FOUNDED_IN_2009, OPENED_THIS_YEAR, CLASHED, published=PUBLISHED,
                 paragraphs=(1, 2))
    assert anchored(adoc, "clashed") == (PUBLISHED, "publication")


def test_simple_past_with_no_time_before_it_keeps_the_publication_day() -> None:
    adoc = parse(CLASHED, published=PUBLISHED)
    assert anchored(adoc, "clashed") == (PUBLISHED, "publication")
