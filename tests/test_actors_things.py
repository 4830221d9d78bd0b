"""Named things are no actors: rules about structure, on hand-built parses (tests/parsekit.py)."""

from __future__ import annotations

from dataclasses import replace

from parsekit import index, parse

from sitroom.extract.actor_filters import modifier_only, named_thing, quality_of_person
from sitroom.extract.actor_page import headline_spans
from sitroom.extract.actors import extract_actors


def _thing(adoc, first: str, last: str, label: str = "ORG") -> bool:
    s, en = index(adoc, first), index(adoc, last) + 1
    head = next(k for k in range(s, en) if not s <= adoc.tokens[k].head < en
                or adoc.tokens[k].head == k)
    return named_thing(adoc, s, en, head, label, frozenset())


def test_a_year_before_a_name_makes_it_a_model():
    adoc = parse("""
        The     the     DET   DT   det      Fusion
        2017    2017    NUM   CD   nummod   Fusion
        Ford    Ford    PROPN NNP  compound Fusion  B-ORG
        Fusion  Fusion  PROPN NNP  nsubj    costs   I-ORG
        costs   cost    VERB  VBZ  ROOT     -
        more    more    ADJ   JJR  dobj     costs
    """)
    assert _thing(adoc, "Ford", "Fusion")


def test_a_year_on_the_noun_a_name_modifies_leaves_the_name_an_actor():
    adoc = parse("""
        A       a       DET   DT   det      report
        2014    2014    NUM   CD   nummod   report
        Acme    Acme    PROPN NNP  compound Institute  B-ORG
        Institute Institute PROPN NNP compound report  I-ORG
        report  report  NOUN  NN   nsubj    found
        found   find    VERB  VBD  ROOT     -
        gains   gain    NOUN  NNS  dobj     found
    """)
    assert not _thing(adoc, "Acme", "Institute")


def test_a_case_mark_inside_the_name_makes_a_court_case():
    adoc = parse("""
        He      he      PRON  PRP  nsubj    cited
        cited   cite    VERB  VBD  ROOT     -
        Brown   Brown   PROPN NNP  dobj     cited     B-ORG
        v.      v.      ADP   IN   prep     Brown     I-ORG
        Board   Board   PROPN NNP  pobj     v.        I-ORG
    """)
    assert _thing(adoc, "Brown", "Board")


def test_a_name_owned_by_a_body_after_on_is_its_programme():
    adoc = parse("""
        He      he      PRON  PRP  nsubj    spoke
        spoke   speak   VERB  VBD  ROOT     -
        on      on      ADP   IN   prep     spoke
        CNBC    CNBC    PROPN NNP  poss     Box       B-ORG
        's      's      PART  POS  case     CNBC
        Squawk  Squawk  PROPN NNP  compound Box       B-PERSON
        Box     Box     PROPN NNP  pobj     on        I-PERSON
    """)
    assert _thing(adoc, "Squawk", "Box", "PERSON")


def test_a_thing_noun_opening_the_name_makes_a_thing():
    adoc = parse("""
        Police  police  NOUN  NNS  nsubj    found
        found   find    VERB  VBD  ROOT     -
        the     the     DET   DT   det      Zorvex
        hallucinogen hallucinogen NOUN NN compound Zorvex B-ORG
        Zorvex  Zorvex  PROPN NNP  dobj     found     I-ORG
    """)
    assert _thing(adoc, "hallucinogen", "Zorvex")


def test_a_name_written_only_before_its_users_names_the_thing_used():
    adoc = parse("""
        Many    many    ADJ   JJ   amod     users
        Zorvex  Zorvex  PROPN NNP  compound users     B-ORG
        users   user    NOUN  NNS  nsubj    complained
        complained complain VERB VBD ROOT   -
    """)
    assert "Zorvex" in modifier_only(adoc, frozenset({"user"}))


def test_a_presidency_named_by_a_person_of_the_report_is_no_body():
    adoc = parse("""
        Jane    Jane    PROPN NNP  compound Doe       B-PERSON
        Doe     Doe     PROPN NNP  nsubj    spoke     I-PERSON
        spoke   speak   VERB  VBD  ROOT     -
    """, """
        A       a       DET   DT   det      presidency
        Doe     Doe     PROPN NNP  compound presidency B-ORG
        presidency presidency NOUN NN nsubj would
        would   would   AUX   MD   ROOT     -
    """)
    assert quality_of_person(adoc, index(adoc, "presidency"))


def test_a_section_heading_of_common_words_is_a_headline_and_its_names_are_dropped():
    adoc = parse("""
        Troops  troop   NOUN  NNS  nsubj    fought
        fought  fight   VERB  VBD  ROOT     -
        for     for     ADP   IN   prep     fought
        gender  gender  NOUN  NN   compound equality
        equality equality NOUN NN  pobj     for
    """, """
        Gender  Gender  PROPN NNP  compound Equality  B-PERSON
        Equality Equality PROPN NNP ROOT    -         I-PERSON
    """, """
        Acme    Acme    PROPN NNP  nsubj    agreed    B-ORG
        agreed  agree   VERB  VBD  ROOT     -
    """, paragraphs=(1, 2))
    lines, _ = headline_spans(adoc)
    start = adoc.text.index("Gender")
    assert any(a <= start < b for a, b in lines)
    assert [m.name for m in extract_actors(adoc)] == ["Acme"]


def test_a_name_alone_on_its_line_is_no_heading():
    adoc = parse("""
        Acme    Acme    PROPN NNP  nsubj    agreed    B-ORG
        agreed  agree   VERB  VBD  ROOT     -
    """, """
        Jane    Jane    PROPN NNP  compound Doe       B-PERSON
        Doe     Doe     PROPN NNP  ROOT     -         I-PERSON
    """, paragraphs=(1,))
    lines, _ = headline_spans(adoc)
    assert not any(a <= adoc.text.index("Jane") < b for a, b in lines)


def test_an_appositive_description_of_a_named_one_is_a_mention_of_it():
    adoc = parse("""
        Simmons Simmons PROPN NNP  nsubj    said      B-ORG
        ,       ,       PUNCT ,    punct    Simmons
        an      an      DET   DT   det      supporter
        Lee     Lee     PROPN NNP  compound supporter B-PERSON
        supporter supporter NOUN NN appos   Simmons
        ,       ,       PUNCT ,    punct    Simmons
        said    say     VERB  VBD  ROOT     -
        so      so      ADV   RB   advmod   said
    """)
    adoc = replace(adoc, noun_chunks=((2, 5),))  # "an Lee supporter"
    got = extract_actors(adoc)
    assert [(m.text, m.name, m.coref_of) for m in got] == [
        ("Simmons", "Simmons", None), ("Lee supporter", "Simmons", 0), ("Lee", "Lee", None)]


def test_a_role_after_for_without_a_determiner_is_an_office():
    adoc = parse("""
        Jane    Jane    PROPN NNP  compound Doe       B-PERSON
        Doe     Doe     PROPN NNP  nsubj    tapped    I-PERSON
        tapped  tap     VERB  VBD  ROOT     -
        him     he      PRON  PRP  dobj     tapped
        for     for     ADP   IN   prep     tapped
        vice    vice    NOUN  NN   compound president
        president president NOUN NN pobj    for
    """)
    adoc = replace(adoc, noun_chunks=((5, 7),))  # "vice president"
    got = extract_actors(adoc)
    # "him" is a mention left unresolved (never its own verb's subject), no actor of its own
    assert [(m.name, m.coref_of) for m in got] == [("Jane Doe", None), ("him", None)]
    assert [m.kind for m in got] == ["person", "unknown"]


def test_a_name_after_and_closing_a_longer_name_is_a_piece_of_it():
    adoc = parse("""
        the     the     DET   DT   det      Office
        Office  Office  PROPN NNP  nsubj    said      B-ORG
        of      of      ADP   IN   prep     Office    I-ORG
        Strategy Strategy PROPN NNP pobj    of        I-ORG
        and     and     CCONJ CC   cc       Office
        Outreach Outreach PROPN NNP conj    Office    B-PERSON
        said    say     VERB  VBD  ROOT     -
    """)
    assert [m.name for m in extract_actors(adoc)] == ["Office of Strategy"]


def test_a_body_after_and_with_its_own_article_is_no_piece():
    adoc = parse("""
        the     the     DET   DT   det      Department
        Department Department PROPN NNP nsubj agreed  B-ORG
        of      of      ADP   IN   prep     Department I-ORG
        Justice Justice PROPN NNP  pobj     of        I-ORG
        and     and     CCONJ CC   cc       Department
        the     the     DET   DT   det      Bureau
        Bureau  Bureau  PROPN NNP  conj     Department B-ORG
        agreed  agree   VERB  VBD  ROOT     -
    """)
    assert [m.name for m in extract_actors(adoc)] == ["Department of Justice", "Bureau"]


def test_names_run_together_across_a_spaced_dash_are_two_names():
    adoc = parse("""
        Jane    Jane    PROPN NNP  compound Reynolds  B-PERSON
        Reynolds Reynolds PROPN NNP nsubj   told      I-PERSON
        -       -       PUNCT :    punct    Reynolds  I-PERSON
        Santilli Santilli PROPN NNP appos   Reynolds  I-PERSON
        told    tell    VERB  VBD  ROOT     -
        us      we      PRON  PRP  dobj     told
    """, """
        Santilli Santilli PROPN NNP nsubj   spoke     B-PERSON
        spoke   speak   VERB  VBD  ROOT     -
        to      to      ADP   IN   prep     spoke
        Reynolds Reynolds PROPN NNP pobj    to        B-PERSON
    """)
    got = [m.text for m in extract_actors(adoc)]
    assert got == ["Jane Reynolds", "Santilli", "Santilli", "Reynolds"], got


def test_a_name_written_with_a_spaced_hyphen_throughout_stays_whole():
    adoc = parse("""
        Dominique Dominique PROPN NNP compound Kahn B-PERSON
        Strauss Strauss PROPN NNP  compound Kahn      I-PERSON
        -       -       PUNCT HYPH punct    Kahn      I-PERSON
        Kahn    Kahn    PROPN NNP  nsubj    resigned  I-PERSON
        resigned resign VERB  VBD  ROOT     -
    """)
    assert [m.text for m in extract_actors(adoc)] == ["Dominique Strauss - Kahn"]
