"""US states as places or as their government, quoted nicknames in a name chain, and the kind
of a name tagged as a body decided from the report's other mentions."""

from __future__ import annotations

from sitroom.extract.actor_base import Cand
from sitroom.extract.actor_chains import join_given_names, strip_nickname
from sitroom.extract.actors import extract_actors


def actors(annotated, text):
    return [(m.text, m.name, m.kind) for m in extract_actors(annotated(text))]


def test_a_state_owning_a_primary_or_a_senator_is_a_place(annotated):
    got = actors(annotated, "The governor is the favorite in Vermont's primary next month. "
                            "Back then, Oregon's very liberal Sen. Hal Brixby won easily.")
    assert not any(t in ("Vermont", "Oregon") for t, _, _ in got), got
    assert any(n == "Hal Brixby" for _, n, _ in got), got


def test_a_state_owning_an_act_of_its_government_is_that_government(annotated):
    got = actors(annotated, "Oregon's lawsuit was filed on Monday.")
    assert ("Oregon", "government of Oregon", "government") in got, got


def test_a_state_that_acts_is_its_government(annotated):
    got = actors(annotated, "Nevada sued the federal agency over the water rules.")
    assert ("Nevada", "government of Nevada", "government") in got, got


def test_a_state_code_won_is_no_actor(annotated):
    got = actors(annotated, "No surprise the senator won NV. She will win more.")
    assert not any(t == "NV" for t, _, _ in got), got


def test_strip_nickname_takes_the_quoted_name_out():
    assert strip_nickname('Robert L. "Bobby" Fenwold') == ("Robert L. Fenwold", "Bobby")
    assert strip_nickname("Jane “JJ” Roe") == ("Jane Roe", "JJ")
    assert strip_nickname("Jane Roe") == ("Jane Roe", None)


def test_a_nickname_and_surname_join_the_nicknamed_person(annotated):
    text = ('Robert L. "Bobby" Fenwold spoke on Monday. Fenwold said the plan had failed. '
            "Later, Bobby Fenwold told reporters he would stay.")
    got = extract_actors(annotated(text))
    persons = {m.name for m in got if m.kind == "person"}
    assert persons == {"Robert L. Fenwold"}, [(m.text, m.name) for m in got]


def test_a_nickname_of_one_of_two_persons_joins_only_that_one():
    cands = [Cand(0, 4, 3, "person", "Robert Fenwold", nickname="Bobby"),
             Cand(5, 7, 6, "person", "Ann Fenwold"),
             Cand(8, 10, 9, "person", "Bobby Fenwold"),
             Cand(11, 13, 12, "person", "Annie Fenwold")]
    join_given_names(cands)
    assert cands[2].coref_of == 0 and cands[2].name == "Robert Fenwold"
    assert cands[3].coref_of is None and cands[3].name == "Annie Fenwold"


def test_a_full_name_given_to_a_titled_person_elsewhere_is_a_person_when_tagged_as_a_body():
    from sitroom.extract.actor_kinds import persons_by_evidence

    class Tok:
        def __init__(self, text):
            self.text, self.lemma, self.tag, self.dep, self.head = text, text.lower(), "NNP", "dobj", 0

    class Doc:
        tokens = [Tok(w) for w in "Ximena Oduya met Ximena Oduya".split()]

        def children(self, i):
            return []

    cands = [Cand(0, 2, 1, "person", "Ximena Oduya", "Sen."),
             Cand(3, 5, 4, "organisation", "Ximena Oduya")]
    persons_by_evidence(Doc(), cands)  # type: ignore[arg-type]
    assert cands[1].kind == "person"
    # a firm the tagger once calls a person, with no title or role, stays a body
    cands = [Cand(0, 2, 1, "person", "Ximena Oduya"), Cand(3, 5, 4, "organisation", "Ximena Oduya")]
    persons_by_evidence(Doc(), cands)  # type: ignore[arg-type]
    assert cands[1].kind == "organisation"


def test_a_name_the_tagger_cut_at_a_quoted_nickname_is_one_person(annotated):
    text = ("Senator James E. “Jimmy” Harlowe of Kansas spoke on Monday. "
            "Jimmy Harlowe later said he was leaving.")
    got = [m for m in extract_actors(annotated(text)) if m.kind == "person"]
    assert {m.name for m in got} == {"James E. Harlowe"}, [(m.text, m.name) for m in got]
    assert got[0].text == "Senator James E. “Jimmy” Harlowe"


def test_a_quoted_word_after_a_name_is_no_nickname(annotated):
    got = [(m.text, m.name) for m in extract_actors(annotated('Jane Doe said: “Enough” Officials agreed.'))]
    assert ("Jane Doe", "Jane Doe") in got, got
