"""Round 22: the guard of acts of an unnamed party (``party_act``): a material act (or a
concession) of a party noun's doer told as done, by a finite verb, a participle of a clause told
as done or the complement of an implicative verb; a passive with no agent whose patient is a
place, a body or a group; a meeting of two sides. It does not fire on a private doer, an act
not told as done, a passive whose patient is a thing, or a meeting of one side."""

from __future__ import annotations

import pytest
from eventkit import filter_features


@pytest.mark.parametrize(("text", "etype"), [
    ("The militia withdrew from the valley on Monday.", "RETREAT"),
    ("The cabinet lifted the ban on rallies.", "CONCEDE"),
    ("The gunmen seized the depot at dawn.", "COERCE"),
    ("The fighters seized the depot, wounding three guards.", "ASSAULT"),
    ("The militia managed to withdraw from the valley.", "RETREAT"),
    ("Ten villagers were killed in the raid.", "ASSAULT"),
    ("Attacked by rebels, the convoy turned back.", "ASSAULT"),
    ("Hundreds of demonstrators marched through the port on Friday.", "PROTEST"),
    ("Both sides met in the border town.", "CONSULT"),
], ids=["party-noun-retreat", "party-noun-concession", "party-noun-seizure",
        "participle-of-a-clause-told-as-done", "implicative-complement",
        "passive-no-agent-group-patient", "past-participle-with-a-party-agent",
        "a-quantity-of-a-party", "meeting-of-two-sides"])
def test_an_act_of_an_unnamed_party_told_as_done_is_guarded(annotated, text, etype):
    assert "party_act" in filter_features(annotated, text, etype)


@pytest.mark.parametrize(("text", "etype"), [
    ("The militia's withdrawal could surprise everyone.", "RETREAT"),
    ("A withdrawal of the militia may surprise everyone.", "RETREAT"),
    ("The villagers withdrew from the valley on Monday.", "RETREAT"),
    ("The senator met the governor in the capital.", "CONSULT"),
], ids=["told-by-a-modal", "of-object-told-by-a-modal", "a-doer-of-no-party",
        "a-meeting-of-one-side-and-another"])
def test_an_act_not_told_as_done_or_of_no_party_is_not_guarded(annotated, text, etype):
    assert "party_act" not in filter_features(annotated, text, etype)


def test_the_guard_words_are_a_data_table():
    from sitroom.extract.events_filter_party import tables

    t = tables()
    assert {"troop", "government", "police"} <= t["party_heads"]
    assert "CONCEDE" in t["party_act_types"] and "AGREE" not in t["party_act_types"]


def test_the_trainer_guards_the_acts_of_a_party_beside_the_clear_acts():
    from sitroom.training.events import GUARD

    assert {"clear_act", "party_act", "modal:True"} <= set(GUARD)
