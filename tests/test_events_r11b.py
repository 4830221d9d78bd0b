"""The second wave of round 11 (docs/judgements/events.md, Sample P's wrong classes): force
with no political doer, a quality as object, a first-person imperative, a denial of a claim
coded REJECT, a firm's dealings and an interview; each beside the act that must stay."""

from __future__ import annotations

from sitroom.extract.actors import extract_actors
from sitroom.extract.events import extract_events


def triggers(annotated, text):
    adoc = annotated(text, "2023-06-24")
    return [e.trigger for e in extract_events(adoc, extract_actors(adoc), (), ())]


def test_an_animal_or_a_machine_is_no_attacker(annotated):
    assert "killed" not in triggers(
        annotated, "Hundreds of birds were killed by the wind turbines on the ridge last year.")
    assert "killed" in triggers(
        annotated, "Hundreds of villagers were killed by rebel fighters on the ridge last year.")


def test_a_medical_arrest_is_no_coercion(annotated):
    assert "arrest" not in triggers(
        annotated, "The senator suffered a cardiac arrest at his home on Friday.")


def test_a_quality_as_object_is_no_mobilisation(annotated):
    assert "mustered" not in triggers(
        annotated, "The governor mustered little enthusiasm for the new budget.")
    assert "mustered" in triggers(
        annotated, "The army mustered thousands of troops on the border.")


def test_denying_a_story_is_words_but_denying_entry_is_a_refusal(annotated):
    assert "denied" not in triggers(
        annotated, "The interior ministry denied the report about the prison on Friday.")
    assert "denied" in triggers(
        annotated, "The border guards denied the delegation entry to the country.")


def test_a_firm_asking_its_suppliers_is_business(annotated):
    assert "asked" not in triggers(
        annotated, "The phone maker asked its suppliers to build more screens.")
    assert "asked" in triggers(
        annotated, "The foreign minister asked the United Nations to send observers.")
