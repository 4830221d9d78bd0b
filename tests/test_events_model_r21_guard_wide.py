"""Round 21, second wave: the guard of clear acts (``clear_act``) finds the doer by structure:
a pronoun through the actor chains, a passive's agent, a nominal act's possessive or "of"/"by"
object, and a meeting or a visit with a named party on either side; each only when the act is
told as done and the doer (or, for a meeting, either side) is named."""

from __future__ import annotations

import pytest
from eventkit import filter_features


@pytest.mark.parametrize(("text", "etype"), [
    ("Mark Hollis spoke on Monday. He shelled the town at dawn.", "ASSAULT"),
    ("The town was attacked by Freedonia on Monday.", "ASSAULT"),
    ("Freedonia's withdrawal surprised everyone.", "RETREAT"),
    ("The retreat of the Freedonian army surprised everyone.", "RETREAT"),
    ("The attack by the Freedonian army on the town surprised everyone.", "ASSAULT"),
    ("Freedonian strikes killed five civilians.", "ASSAULT"),
    ("General Paul Marsh led the mutiny in the capital.", "ASSAULT"),
    ("Jan Kowal met the rebels in the capital.", "CONSULT"),
    ("The rebels met Jan Kowal in the capital.", "CONSULT"),
], ids=["pronoun-through-its-chain", "passive-named-agent", "nominal-possessive",
        "nominal-of-object", "nominal-by-object", "nominal-named-modifier",
        "nominal-object-of-a-named-subject", "meeting-named-doer", "meeting-named-other-side"])
def test_a_clear_act_whose_named_doer_is_found_by_structure_is_guarded(annotated, text, etype):
    assert "clear_act" in filter_features(annotated, text, etype)


@pytest.mark.parametrize(("text", "etype"), [
    ("The mayor spoke on Monday. He shelled the town at dawn.", "ASSAULT"),
    ("The town was attacked by gunmen on Monday.", "ASSAULT"),
    ("The attack by the gunmen on the town surprised everyone.", "ASSAULT"),
    ("Freedonia's withdrawal may surprise everyone.", "RETREAT"),
    ("The ministers met the rebels in the capital.", "CONSULT"),
    ("The general led the mutiny in the capital.", "ASSAULT"),
], ids=["pronoun-with-no-named-chain", "passive-unnamed-agent", "nominal-unnamed-doer",
        "nominal-told-by-a-modal", "meeting-no-named-side", "nominal-object-of-an-unnamed-subject"])
def test_an_act_whose_doer_is_not_named_or_not_told_as_done_is_not_guarded(annotated, text, etype):
    assert "clear_act" not in filter_features(annotated, text, etype)


def test_the_meeting_types_are_data_of_the_model_file():
    from sitroom.extract.events_filter import _words

    assert _words()["clear_meeting_types"] == {"CONSULT"}
