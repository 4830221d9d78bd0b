"""Round 16 (issue 14 item 1): entity resolution inside a report. A role phrase in apposition
with a person is the person's mention over its whole tail ("X, president and CEO of Acme,"),
the body inside keeping its own mention.
Sentences and names made up."""

from __future__ import annotations

import pytest

from actorkit import mention
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
