"""The eighth round of act rules (docs/judgements/events.md, from draw J): each class of
non-event on hand-made sentences, with the act beside it that must stay."""

from __future__ import annotations

from eventkit import triggers


def test_a_meeting_with_no_partner_is_no_consultation(annotated):
    assert not any("meeting" in t for t in triggers(
        annotated, "The party's annual meeting in the capital ended on Sunday."))
    assert any("meeting" in t for t in triggers(
        annotated, "The president's meeting with the prime minister lasted an hour."))


def test_a_verb_tagging_a_quotation_is_no_act(annotated):
    assert "urged" not in triggers(annotated, "\u201cStop the shelling now,\u201d the senator urged.")
    assert "urged" in triggers(annotated, "The senator urged the army to stop the shelling.")


def test_a_trigger_modifying_a_noun_is_a_kind_of_thing(annotated):
    assert "patrol" not in triggers(annotated, "The rebels seized two navy patrol boats on Monday.")


def test_the_topic_of_a_quarrel_is_no_act(annotated):
    assert "funding" not in triggers(
        annotated, "The senator threatened to block the budget over funding the agency.")


def test_an_act_that_failed_or_was_only_proposed_did_not_happen(annotated):
    assert "charge" not in triggers(annotated, "The prosecutor failed to charge the governor.")
    assert "charged" in triggers(annotated, "The prosecutor charged the governor on Monday.")
    assert "ban" not in triggers(annotated, "The ministers denounced his proposed ban on refugees.")


def test_idioms_of_the_round(annotated):
    assert "pleaded" not in triggers(annotated, "The mayor pleaded guilty on Monday.")
    assert "allow" not in triggers(
        annotated, "The spokesman did allow himself to address the question.")
    assert "allowed" in triggers(annotated, "The army allowed the refugees to cross the border.")
