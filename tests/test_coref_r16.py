"""Round 16 (issue 14 item 1): entity resolution inside a report. A role phrase in apposition
with a person is the person's mention over its whole tail ("X, president and CEO of Acme,"),
the body inside keeping its own mention; a description written before a body's name is one
mention with the name and the body it is of ("Acme unit Bolt Motors"); a predicate that says
who an actor is ("X is the chief executive", "described her as one of the founders") is a
mention of it.
Sentences and names made up."""

from __future__ import annotations

import pytest

from actorkit import chain_root, mention
from sitroom.extract.actor_base import Cand
from sitroom.extract.actor_nominals import resolve_links
from sitroom.extract.actors import extract_actors


@pytest.mark.parametrize("text, phrase, person, body", [
    ("Acme Aircraft opened a plant in Ohio. Scott Varga, president and CEO of Acme Aircraft, "
     "said the plant was ready.", "president and CEO of Acme Aircraft", "Scott Varga",
     "Acme Aircraft"),
    ("Juan Orrego, minister of transport for Chile, has told local firms to wait.",
     "minister of transport for Chile", "Juan Orrego", "Chile"),
])
def test_a_role_phrase_of_a_body_is_the_persons_mention_whole(annotated, text, phrase, person,
                                                               body):
    actors = extract_actors(annotated(text))
    role = mention(actors, phrase)
    assert role.kind == "person" and role.name == person
    inner = mention(actors, body, 1 if text.count(body) > 1 else 0)
    assert inner.kind != "person" and inner.start >= role.start and inner.end <= role.end


def test_a_role_phrase_stops_at_the_comma_and_the_clause_after_it(annotated):
    text = "Mara Lind, a spokeswoman for the firm, said the deal that Orbit signed was off."
    actors = extract_actors(annotated(text))
    role = mention(actors, "spokeswoman for the firm")
    assert role.name == "Mara Lind"
    assert not any(a.text.startswith("spokeswoman") and "said" in a.text for a in actors)


def test_a_role_without_a_tail_keeps_its_noun_alone(annotated):
    actors = extract_actors(annotated("Dana Holt, the spokeswoman, said the plant was closed."))
    assert mention(actors, "spokeswoman").name == "Dana Holt"


def test_a_description_before_a_bodys_name_is_one_mention_with_its_owner(annotated):
    text = ("Norvex Corp bought parts from Acme Corp in May. Norvex Corp unit Halden Motors said "
            "profits rose.")
    actors = extract_actors(annotated(text))
    whole = mention(actors, "Norvex Corp unit Halden Motors")
    assert whole.kind == "organisation" and whole.name == "Halden Motors"
    owner = mention(actors, "Norvex Corp", 1)  # the owner's own mention, inside the phrase
    assert owner.name == "Norvex Corp" and chain_root(actors, owner) is mention(actors, "Norvex Corp")


def test_a_description_after_the_name_stays_apart_from_it(annotated):
    text = ("Aerlinq Airways, the Irish low-cost airline, said on Monday it would buy jets. The "
            "low-cost airline Aerlinq Airways will fly them.")
    actors = extract_actors(annotated(text))
    after = mention(actors, "the Irish low-cost airline")  # the appositive: its own words
    assert after.name == "Aerlinq Airways"
    before = [a for a in actors if a.text.endswith("low-cost airline Aerlinq Airways")]
    assert len(before) == 1 and before[0].name == "Aerlinq Airways"


def test_a_predicate_noun_phrase_of_an_actor_is_a_mention_of_it(annotated):
    text = ("Senator Mark Hale has been the deal's most vocal critic. Orbit Inc. is the largest "
            "maker of toys in Ohio, the company said.")
    actors = extract_actors(annotated(text))
    critic = mention(actors, "the deal's most vocal critic")
    assert critic.name == "Mark Hale" and chain_root(actors, critic) is mention(
        actors, "Senator Mark Hale")
    assert mention(actors, "the largest maker of toys in Ohio").name == "Orbit Inc."


def test_described_as_gives_the_object_a_mention(annotated):
    text = "Jane Doe died on Monday. A rival described her as one of the founders of our industry."
    actors = extract_actors(annotated(text))
    said = mention(actors, "one of the founders of our industry")
    assert said.kind == "person" and said.name == "Jane Doe"


def test_a_predicate_of_no_actor_of_what_sort_or_of_no_actor_noun_is_no_mention(annotated):
    text = ("The decision was a blow to the company's founders. Mark Hale was a critic of the "
            "deal. The best result of the year was the largest maker of toys in the state.")
    actors = extract_actors(annotated(text))
    assert not any(a.text.startswith(("a blow", "a critic", "critic", "the largest maker"))
                   for a in actors)


def test_a_bodys_phrase_before_its_name_in_apposition_is_that_body(annotated):
    text = ("Orbit Inc. sued Apex Ltd. on Monday. Apex's parent company, Halden Group, said "
            "nothing.")
    actors = extract_actors(annotated(text))
    parent = mention(actors, "Apex's parent company")
    assert parent.name == "Halden Group" and chain_root(actors, parent) is mention(
        actors, "Halden Group")
    assert mention(actors, "Apex", 0).name == "Apex"  # the owner inside keeps its own


def test_a_bodys_phrase_with_no_name_after_it_stays_its_own(annotated):
    text = "Orbit Inc. sued Apex Ltd. on Monday. Apex's parent company said nothing."
    parent = mention(extract_actors(annotated(text)), "Apex's parent company")
    assert parent.name == "Apex's parent company" and parent.coref_of is None


def _chain_to_an_unresolved_pronoun() -> tuple[list[Cand], Cand, Cand]:
    """"him" (unresolved), a mention standing for it, and a linked mention of that mention."""
    pron = Cand(0, 1, 0, "person", "him", pronoun=True)
    held = Cand(2, 3, 2, "person", "him", coref_of=0)
    linked = Cand(4, 6, 5, "person", "founder")
    return [pron, held, linked], held, linked


def test_a_predicate_link_to_an_unresolved_pronoun_is_no_one_known(annotated):
    cands, held, said = _chain_to_an_unresolved_pronoun()
    resolve_links(annotated("He met them."), cands, {id(said): held}, frozenset({id(said)}))
    assert said.generic and said.coref_of is None


def test_a_description_or_relative_link_to_an_unresolved_pronoun_keeps_the_entity(annotated):
    cands, held, linked = _chain_to_an_unresolved_pronoun()
    resolve_links(annotated("He met them."), cands, {id(linked): held})
    assert not linked.generic and linked.coref_of == 1
