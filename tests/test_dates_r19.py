"""Round 19 of the dates of events on real news (docs/judgements/dates.md, rules from the
classes of draws A to F and the reading of real stores; draw G the not-tuned-on figure): a
clause counted from the clause above by days ("a day after his aides pushed a reporter",
"Three days before the gunman attacked the club", and its participle: "..., wounding dozens")
is dated that stretch from the time of the clause above, not at it, and not when the stretch
is vague ("days after") or the clause has a time of its own; a past perfect of a relative clause
below a clause's time ("On Thursday he named countries he said had sent fighters") is not
dated by that time, a simple past there and a past perfect of a plain complement ("said the
countries had sent") still are; "this summer" told in the past before the summer of the
reference's year is the summer gone, not the one ahead, and still the one ahead when told of
as coming; a "before" clause told in the simple past with no time ("Before she met the mayor,
the activist lived abroad") is undated, not the publication day, and keeps its paragraph's
day or, told of as coming, the publication day. Hand-built parses (tests/parsekit.py)."""

from __future__ import annotations

from parsekit import anchored, parse
from sitroom.extract.times import extract_times
from sitroom.model import AnnotatedDoc

PUBLISHED = "2023-06-26"  # a Monday
SUNDAY = "2023-06-25"


def _values(adoc: AnnotatedDoc) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in extract_times(adoc)]


# ------------------------------------------------- a clause counted from the clause above

# "The mayor on Sunday posted a photo, a day after his aides pushed a reporter."
POSTED_A_DAY_AFTER_PUSHED = """
    The      the      DET   DT   det      mayor
    mayor    mayor    NOUN  NN   nsubj    posted
    on       on       ADP   IN   prep     mayor
    Sunday   Sunday   PROPN NNP  pobj     on
    posted   post     VERB  VBD  ROOT     -
    a        a        DET   DT   det      photo
    photo    photo    NOUN  NN   dobj     posted
    ,        ,        PUNCT ,    punct    posted
    a        a        DET   DT   det      day
    day      day      NOUN  NN   npadvmod pushed
    after    after    SCONJ IN   mark     pushed
    his      his      PRON  PRP$ poss     aides
    aides    aide     NOUN  NNS  nsubj    pushed
    pushed   push     VERB  VBD  advcl    posted
    a        a        DET   DT   det      reporter
    reporter reporter NOUN  NN   dobj     pushed
    .        .        PUNCT .    punct    posted
"""
# "Three days before the gunman attacked the club, he prayed at the center on Friday."
THREE_DAYS_BEFORE_ATTACKED = """
    Three    three    NUM   CD   nummod   days
    days     day      NOUN  NNS  npadvmod attacked
    before   before   SCONJ IN   mark     attacked
    the      the      DET   DT   det      gunman
    gunman   gunman   NOUN  NN   nsubj    attacked
    attacked attack   VERB  VBD  advcl    prayed
    the      the      DET   DT   det      club
    club     club     NOUN  NN   dobj     attacked
    ,        ,        PUNCT ,    punct    prayed
    he       he       PRON  PRP  nsubj    prayed
    prayed   pray     VERB  VBD  ROOT     -
    at       at       ADP   IN   prep     prayed
    the      the      DET   DT   det      center
    center   center   NOUN  NN   pobj     at
    on       on       ADP   IN   prep     prayed
    Friday   Friday   PROPN NNP  pobj     on
    .        .        PUNCT .    punct    prayed
"""
# "Two days before the gunman attacked the club, wounding dozens, he prayed on Friday."
TWO_DAYS_BEFORE_ATTACKED_WOUNDING = """
    Two      two      NUM   CD   nummod   days
    days     day      NOUN  NNS  npadvmod attacked
    before   before   SCONJ IN   mark     attacked
    the      the      DET   DT   det      gunman
    gunman   gunman   NOUN  NN   nsubj    attacked
    attacked attack   VERB  VBD  advcl    prayed
    the      the      DET   DT   det      club
    club     club     NOUN  NN   dobj     attacked
    ,        ,        PUNCT ,    punct    attacked
    wounding wound    VERB  VBG  advcl    attacked
    dozens   dozen    NOUN  NNS  dobj     wounding
    ,        ,        PUNCT ,    punct    prayed
    he       he       PRON  PRP  nsubj    prayed
    prayed   pray     VERB  VBD  ROOT     -
    on       on       ADP   IN   prep     prayed
    Friday   Friday   PROPN NNP  pobj     on
    .        .        PUNCT .    punct    prayed
"""
# "The mayor on Sunday posted a photo, saying he was proud."
POSTED_SAYING = """
    The      the      DET   DT   det      mayor
    mayor    mayor    NOUN  NN   nsubj    posted
    on       on       ADP   IN   prep     mayor
    Sunday   Sunday   PROPN NNP  pobj     on
    posted   post     VERB  VBD  ROOT     -
    a        a        DET   DT   det      photo
    photo    photo    NOUN  NN   dobj     posted
    ,        ,        PUNCT ,    punct    posted
    saying   say      VERB  VBG  advcl    posted
    he       he       PRON  PRP  nsubj    was
    was      be       AUX   VBD  ccomp    saying
    proud    proud    ADJ   JJ   acomp    was
    .        .        PUNCT .    punct    posted
"""
# "The mayor on Sunday posted a photo, days after his aides pushed a reporter."
POSTED_DAYS_AFTER_PUSHED = """
    The      the      DET   DT   det      mayor
    mayor    mayor    NOUN  NN   nsubj    posted
    on       on       ADP   IN   prep     mayor
    Sunday   Sunday   PROPN NNP  pobj     on
    posted   post     VERB  VBD  ROOT     -
    a        a        DET   DT   det      photo
    photo    photo    NOUN  NN   dobj     posted
    ,        ,        PUNCT ,    punct    posted
    days     day      NOUN  NNS  npadvmod pushed
    after    after    SCONJ IN   mark     pushed
    his      his      PRON  PRP$ poss     aides
    aides    aide     NOUN  NNS  nsubj    pushed
    pushed   push     VERB  VBD  advcl    posted
    a        a        DET   DT   det      reporter
    reporter reporter NOUN  NN   dobj     pushed
    .        .        PUNCT .    punct    posted
"""
# "The board met on Monday, two days after the senator resigned on Friday."
MET_TWO_DAYS_AFTER_RESIGNED_ON_FRIDAY = """
    The      the      DET   DT   det      board
    board    board    NOUN  NN   nsubj    met
    met      meet     VERB  VBD  ROOT     -
    on       on       ADP   IN   prep     met
    Monday   Monday   PROPN NNP  pobj     on@1
    ,        ,        PUNCT ,    punct    met
    two      two      NUM   CD   nummod   days
    days     day      NOUN  NNS  npadvmod resigned
    after    after    SCONJ IN   mark     resigned
    the      the      DET   DT   det      senator
    senator  senator  NOUN  NN   nsubj    resigned
    resigned resign   VERB  VBD  advcl    met
    on       on       ADP   IN   prep     resigned
    Friday   Friday   PROPN NNP  pobj     on@2
    .        .        PUNCT .    punct    met
"""


def test_a_clause_a_day_after_is_dated_the_day_before_the_clause_above():
    adoc = parse(POSTED_A_DAY_AFTER_PUSHED, published=PUBLISHED)
    assert anchored(adoc, "pushed") == ("2023-06-24", "governing")
    assert anchored(adoc, "posted") == (SUNDAY, "governing")  # the clause above keeps its day


def test_a_clause_days_before_is_dated_that_stretch_after_a_time_of_the_clause_above():
    adoc = parse(THREE_DAYS_BEFORE_ATTACKED, published=PUBLISHED)
    assert anchored(adoc, "prayed") == ("2023-06-23", "governing")
    assert anchored(adoc, "attacked") == ("2023-06-26", "governing")  # Friday + 3 days


def test_a_participle_of_a_counted_clause_is_counted_with_it():
    adoc = parse(TWO_DAYS_BEFORE_ATTACKED_WOUNDING, published=PUBLISHED)
    assert anchored(adoc, "wounding") == ("2023-06-25", "governing")  # Friday + 2 days
    assert anchored(adoc, "attacked") == ("2023-06-25", "governing")


def test_a_participle_of_an_uncounted_clause_keeps_the_clause_above():
    adoc = parse(POSTED_SAYING, published=PUBLISHED)
    assert anchored(adoc, "saying") == (SUNDAY, "governing")


def test_a_vague_stretch_does_not_move_the_clause():
    adoc = parse(POSTED_DAYS_AFTER_PUSHED, published=PUBLISHED)
    assert anchored(adoc, "pushed") == (SUNDAY, "governing")


def test_a_counted_clause_with_a_time_of_its_own_keeps_it():
    adoc = parse(MET_TWO_DAYS_AFTER_RESIGNED_ON_FRIDAY, published=PUBLISHED)
    assert anchored(adoc, "resigned") == ("2023-06-23", "governing")


# ------------------------------------------------- a past perfect below a clause's time

# "On Thursday the candidate named countries he said had sent fighters."
NAMED_COUNTRIES_HE_SAID_HAD_SENT = """
    On        on        ADP   IN   prep   named
    Thursday  Thursday  PROPN NNP  pobj   On
    the       the       DET   DT   det    candidate
    candidate candidate NOUN  NN   nsubj  named
    named     name      VERB  VBD  ROOT   -
    countries country   NOUN  NNS  dobj   named
    he        he        PRON  PRP  nsubj  said
    said      say       VERB  VBD  relcl  countries
    had       have      AUX   VBD  aux    sent
    sent      send      VERB  VBN  ccomp  said
    fighters  fighter   NOUN  NNS  dobj   sent
    .         .         PUNCT .    punct  named
"""
# "On Thursday the candidate said the countries sent fighters."
SAID_THE_COUNTRIES_SENT = """
    On        on        ADP   IN   prep   said
    Thursday  Thursday  PROPN NNP  pobj   On
    the       the       DET   DT   det    candidate
    candidate candidate NOUN  NN   nsubj  said
    said      say       VERB  VBD  ROOT   -
    the       the       DET   DT   det    countries
    countries country   NOUN  NNS  nsubj  sent
    sent      send      VERB  VBD  ccomp  said
    fighters  fighter   NOUN  NNS  dobj   sent
    .         .         PUNCT .    punct  said
"""


# "On Thursday the candidate said the countries had sent fighters."
SAID_THE_COUNTRIES_HAD_SENT = """
    On        on        ADP   IN   prep   said
    Thursday  Thursday  PROPN NNP  pobj   On
    the       the       DET   DT   det    candidate
    candidate candidate NOUN  NN   nsubj  said
    said      say       VERB  VBD  ROOT   -
    the       the       DET   DT   det    countries
    countries country   NOUN  NNS  nsubj  sent
    had       have      AUX   VBD  aux    sent
    sent      send      VERB  VBN  ccomp  said
    fighters  fighter   NOUN  NNS  dobj   sent
    .         .         PUNCT .    punct  said
"""


def test_a_past_perfect_of_a_relative_clause_below_a_clauses_time_is_not_dated_by_it():
    adoc = parse(NAMED_COUNTRIES_HE_SAID_HAD_SENT, published=PUBLISHED)
    assert anchored(adoc, "sent") == (None, "none")
    assert anchored(adoc, "named") == ("2023-06-22", "governing")


def test_a_past_perfect_of_a_plain_complement_keeps_the_clauses_time():
    adoc = parse(SAID_THE_COUNTRIES_HAD_SENT, published=PUBLISHED)
    assert anchored(adoc, "sent") == ("2023-06-22", "governing")


def test_a_simple_past_below_a_clauses_time_still_takes_it():
    adoc = parse(SAID_THE_COUNTRIES_SENT, published=PUBLISHED)
    assert anchored(adoc, "sent") == ("2023-06-22", "governing")


# ------------------------------------------------- "this summer" told in the past

# "The reporter was killed this summer."
KILLED_THIS_SUMMER = """
    The      the      DET   DT   det      reporter
    reporter reporter NOUN  NN   nsubjpass killed
    was      be       AUX   VBD  auxpass  killed
    killed   kill     VERB  VBN  ROOT     -
    this     this     DET   DT   det      summer
    summer   summer   NOUN  NN   npadvmod killed
    .        .        PUNCT .    punct    killed
"""
# "The council will vote this summer."
WILL_VOTE_THIS_SUMMER = """
    The      the      DET   DT   det      council
    council  council  NOUN  NN   nsubj    vote
    will     will     AUX   MD   aux      vote
    vote     vote     VERB  VB   ROOT     -
    this     this     DET   DT   det      summer
    summer   summer   NOUN  NN   npadvmod vote
    .        .        PUNCT .    punct    vote
"""


def test_this_summer_told_in_the_past_in_january_is_the_summer_gone():
    adoc = parse(KILLED_THIS_SUMMER, published="2015-01-20")
    assert _values(adoc) == [("this summer", "2014-SU")]


def test_this_summer_told_as_coming_in_january_is_the_summer_ahead():
    adoc = parse(WILL_VOTE_THIS_SUMMER, published="2015-01-20")
    assert _values(adoc) == [("this summer", "2015-SU")]


def test_this_summer_told_in_the_past_in_august_is_this_years():
    adoc = parse(KILLED_THIS_SUMMER, published="2015-08-20")
    assert _values(adoc) == [("this summer", "2015-SU")]


# ------------------------------------------------- a "before" clause told in the simple past

# "Before she met the mayor, the activist lived abroad."
BEFORE_SHE_MET_LIVED = """
    Before   before   SCONJ IN   mark     met
    she      she      PRON  PRP  nsubj    met
    met      meet     VERB  VBD  advcl    lived
    the      the      DET   DT   det      mayor
    mayor    mayor    NOUN  NN   dobj     met
    ,        ,        PUNCT ,    punct    lived
    the      the      DET   DT   det      activist
    activist activist NOUN  NN   nsubj    lived
    lived    live     VERB  VBD  ROOT     -
    abroad   abroad   ADV   RB   advmod   lived
    .        .        PUNCT .    punct    lived
"""
# "Before she meets the mayor, the activist will travel abroad."
BEFORE_SHE_MEETS_WILL_TRAVEL = """
    Before   before   SCONJ IN   mark     meets
    she      she      PRON  PRP  nsubj    meets
    meets    meet     VERB  VBZ  advcl    travel
    the      the      DET   DT   det      mayor
    mayor    mayor    NOUN  NN   dobj     meets
    ,        ,        PUNCT ,    punct    travel
    the      the      DET   DT   det      activist
    activist activist NOUN  NN   nsubj    travel
    will     will     AUX   MD   aux      travel
    travel   travel   VERB  VB   ROOT     -
    abroad   abroad   ADV   RB   advmod   travel
    .        .        PUNCT .    punct    travel
"""
# "On Sunday the mayor spoke."
ON_SUNDAY_SPOKE = """
    On       on       ADP   IN   prep     spoke
    Sunday   Sunday   PROPN NNP  pobj     On
    the      the      DET   DT   det      mayor
    mayor    mayor    NOUN  NN   nsubj    spoke
    spoke    speak    VERB  VBD  ROOT     -
    .        .        PUNCT .    punct    spoke
"""


def test_a_before_clause_in_the_simple_past_with_no_time_is_undated():
    adoc = parse(BEFORE_SHE_MET_LIVED, published=PUBLISHED)
    assert anchored(adoc, "met") == (None, "none")


def test_a_before_clause_of_a_coming_act_keeps_the_publication_day():
    adoc = parse(BEFORE_SHE_MEETS_WILL_TRAVEL, published=PUBLISHED)
    assert anchored(adoc, "meets") == (PUBLISHED, "publication")


def test_a_before_clause_keeps_its_paragraphs_day():
    adoc = parse(ON_SUNDAY_SPOKE, BEFORE_SHE_MET_LIVED, published=PUBLISHED)
    assert anchored(adoc, "met") == (SUNDAY, "paragraph")
