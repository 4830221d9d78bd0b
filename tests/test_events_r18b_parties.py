"""Round 18, second part (docs/judgements/events.md, "Round 18, second part: participants"):
the party the sentence names, the right doer. The state whose strike did an act of force told
in the passive is its doer ("was killed in a US drone strike": the US); a doer of force named
by a noun with an owner is the doer, not the owner ("Y's killer warns": the killer); an event
noun's appositive is no doer ("X murders Y and threatens Z" parsed as a noun phrase). Each
rule beside a sentence where it must not fire (hand-written sentences, none from a real
report)."""

from __future__ import annotations

from sitroom.extract.actors import extract_actors
from sitroom.extract.events import rule_candidates


def parties(annotated, text: str, trigger: str) -> tuple[str | None, str | None]:
    """(actor text, recipient text) of the rule candidate of ``trigger``."""
    adoc = annotated(text, "2023-06-24")
    evs = [c.event for c in rule_candidates(adoc, extract_actors(adoc), (), ())
           if c.event.trigger == trigger]
    assert evs, f"no candidate for {trigger!r}"
    return evs[0].actor_text, evs[0].recipient_text


def test_strike_state_is_the_doer_of_a_passive_killing(annotated):
    text = "The militia commander Omar Dali was killed in a US drone strike near the border."
    assert parties(annotated, text, "killed")[0] == "US"


def test_strike_state_replaces_the_strikes_as_doer(annotated):
    text = "The militant leader was wounded by U.S. air strikes near the town."
    assert parties(annotated, text, "wounded")[0] == "U.S."


def test_a_bomb_with_no_state_gives_no_doer(annotated):
    text = "Two soldiers were killed by a roadside bomb in the north."
    assert parties(annotated, text, "killed")[0] is None


def test_a_place_that_is_no_strike_gives_no_doer(annotated):
    text = "The militia commander Omar Dali was killed in a US city near the border."
    assert parties(annotated, text, "killed")[0] is None


def test_a_named_doer_keeps_the_act(annotated):
    text = "Government troops killed the militia commander Omar Dali in a US drone strike."
    assert parties(annotated, text, "killed")[0] == "Government troops"


def test_a_killer_is_the_doer_not_his_victim(annotated):
    text = "Omar Dali's killer warns states that join the coalition."
    assert parties(annotated, text, "warns")[0] == "Omar Dali's killer"


def test_an_owner_of_a_thing_stays_the_doer(annotated):
    text = "Omar Dali's video warns states that join the coalition."
    assert parties(annotated, text, "warns")[0] == "Omar Dali"


def test_an_event_nouns_appositive_is_no_doer(annotated):
    text = "On the tape, ISIS murders Dali and threatens Ann Cole, an aid worker."
    assert parties(annotated, text, "threatens") == ("ISIS", "Ann Cole")


def test_a_plain_nouns_appositive_stays_the_doer(annotated):
    text = "The newcomer, Omar Dali, threatened the villagers near the border."
    assert parties(annotated, text, "threatened")[0] == "Omar Dali"
