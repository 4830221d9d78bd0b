"""Round 9, second wave (docs/judgements/events.md): a recipient the sentence names is kept
when its role makes it a party though the actor lexicon does not know its noun ("accused
the audience of", "urged farmers to", "sued the firms"); a thing stays no recipient."""

from __future__ import annotations

from sitroom.extract.actors import extract_actors
from sitroom.extract.events import extract_events


def recipients(annotated, text):
    adoc = annotated(text, "2023-06-24")
    return {e.trigger: e.recipient_text for e in extract_events(adoc, extract_actors(adoc), (), ())}


def test_the_one_accused_of_or_blamed_for_something_is_the_recipient(annotated):
    assert recipients(annotated, "The senator accused the audience of favouring wealthy donors."
                      )["accused"] == "audience"
    assert recipients(annotated, "The governor blamed the network for spreading the rumour."
                      )["blamed"] == "network"


def test_the_one_urged_to_act_is_the_recipient(annotated):
    assert recipients(annotated, "The minister urged farmers to stop the blockade."
                      )["urged"] == "farmers"


def test_the_one_sued_stays_the_recipient_when_the_quarrel_is_over_a_thing(annotated):
    assert recipients(annotated, "The union sued the firms over unpaid wages.")["sued"] == "firms"
    # an event quarrelled over still gives its owner
    assert recipients(
        annotated, "The envoy complained to the minister over the army's raids on the villages."
    )["complained"] == "army"


def test_a_thing_blamed_or_criticized_is_no_recipient(annotated):
    assert recipients(annotated, "The president blamed the weather.").get("blamed") is None
    assert recipients(annotated, "The senator criticized the plan.").get("criticized") is None
