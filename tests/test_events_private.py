"""The eleventh round of act rules (docs/judgements/events.md "Round 11", from the wrong
events of draws M-O and the FNC-1 training draw fnc1-51): acts with no political party on
either side, on hand-made sentences, each with the act beside it that must stay."""

from __future__ import annotations

from pathlib import Path

from eventkit import triggers
from sitroom.training.events import fnc1_documents


def test_harm_to_oneself_is_no_assault_but_a_suicide_attack_is(annotated):
    assert "killed" not in triggers(
        annotated, "The police commander killed himself in his office on Friday.")
    assert "blew" in triggers(
        annotated, "A rebel fighter blew herself up outside the army base on Friday.")


def test_a_private_agreement_or_plea_is_no_event(annotated):
    assert "agreed" not in triggers(
        annotated, "She finally found a doctor who agreed to do the surgery.")
    assert "agreed" in triggers(
        annotated, "The rebels agreed to a ceasefire with the army on Friday.")


def test_a_ceremony_meeting_is_no_consultation(annotated):
    assert "met" not in triggers(
        annotated, "The president met the boy and his family for the christening ceremony.")
    assert "met" in triggers(
        annotated, "The president met the foreign minister of the neighbouring state.")


def test_help_within_ones_own_side_is_no_aid(annotated):
    assert "meeting" not in triggers(
        annotated, "The rebel leader spent the week meeting his fellow commanders.")


def test_a_region_surrounding_a_city_is_geography_not_coercion(annotated):
    assert "surrounds" not in triggers(
        annotated, "The farming region that surrounds the capital is dry this year.")
    assert "surrounded" in triggers(
        annotated, "Rebel troops surrounded the capital on Friday.")


def test_fnc1_bodies_become_documents_by_body_id(tmp_path: Path):
    csv = tmp_path / "bodies.csv"
    csv.write_text('Body ID,articleBody\n7,"Rebels attacked a town."\n3,"Police arrested two men."\n',
                   encoding="utf-8")
    docs = fnc1_documents(csv)
    assert [d.id for d in docs] == ["fnc1-3", "fnc1-7"]
    assert docs[1].text == "Rebels attacked a town."
    assert fnc1_documents(tmp_path / "missing.csv") == []
