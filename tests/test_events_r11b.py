"""The second wave of round 11 (docs/judgements/events.md, "Round 11, second wave", from Sample
P's wrong classes): force with no political doer, a quality as object, a denial of a claim coded
REJECT, a firm's dealings and an interview; each beside the act that must stay."""

from __future__ import annotations

from eventkit import triggers
from sitroom.extract import events_filter as EF
from sitroom.extract.actors import extract_actors
from sitroom.extract.events import rule_candidates


def reasons(annotated, monkeypatch, text):
    """trigger -> why ``no_agent_act`` drops it, on the rule candidates found with it off."""
    rule = EF.no_agent_act
    monkeypatch.setattr(EF, "no_agent_act", lambda adoc, c: None)
    adoc = annotated(text, "2023-06-24")
    return {c.event.trigger: rule(adoc, c)
            for c in rule_candidates(adoc, extract_actors(adoc), (), ())}


def test_an_animal_is_no_attacker(annotated, monkeypatch):
    assert reasons(annotated, monkeypatch,
                   "Police said the man was attacked by a bear near his cabin.") == {
        "attacked": "no doer"}
    assert "attacked" in triggers(
        annotated, "Police said the man was attacked by rebel fighters near his cabin.")


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


def test_denying_that_an_act_happened_stays_a_rejection(annotated):
    # what a dispute between two reports is made of (tests/test_disputes_recall.py)
    assert "denied" in triggers(
        annotated, "The interior ministry denied that its guards had fired on the crowd.")


def test_a_platform_suspending_accounts_is_business_but_a_ministry_censors(annotated, monkeypatch):
    assert reasons(annotated, monkeypatch,
                   "Twitter suspended the accounts of thousands of users.") == {
        "suspended": "business"}
    assert reasons(annotated, monkeypatch,
                   "The ministry suspended the accounts of thousands of users.") == {
        "suspended": None}


def test_speaking_with_reporters_is_an_interview(annotated, monkeypatch):
    assert reasons(annotated, monkeypatch, "The senator spoke with reporters after the vote.") == {
        "spoke": "interview"}
    assert "met" in triggers(
        annotated, "The senator met the foreign minister of the neighbouring state.")
