"""Round 22, second wave: the opt-in precise event filter. ``SITROOM_EVENT_FILTER=precise``
makes the extract stage apply the refit of ``sitroom train events --precise``
(``data/event_filter_model_precise.json``); unset (or "default") it applies the round-10 filter,
so the default picture is unchanged. The setting is part of the extraction version, so a change
of it redoes the stored extractions."""

from __future__ import annotations

import pytest
from eventkit import triggers

from sitroom.errors import InputError
from sitroom.extract.events_filter import FILTER_ENV, _model, active_model, filter_mode

# a protest of unnamed supporters: the round-10 filter keeps it, the precise one drops it
# a rally of unnamed supporters (round 23: the refit after the round's event rules keeps the
# shorter "Supporters rallied ...", at 0.366 against the threshold 0.375)
RALLY = "Hundreds of supporters rallied outside the courthouse."
# a clear act of a named doer in words: the guards keep it in both modes
REJECTION = "The council rejected the plan in a vote on Monday."


def test_the_default_filter_is_the_round_10_model(monkeypatch):
    monkeypatch.delenv(FILTER_ENV, raising=False)
    assert filter_mode() == "default"
    assert active_model() is _model() and active_model()["threshold"] == 0.525


def test_the_precise_setting_switches_to_the_refit(monkeypatch):
    monkeypatch.setenv(FILTER_ENV, "precise")
    m = active_model()
    assert filter_mode() == "precise" and m is not _model()
    assert {"clear_act", "party_act"} <= set(m["guard"]) and m["threshold"] < 0.525
    assert m["words"] == _model()["words"]  # the same features, other weights


def test_the_precise_filter_drops_an_event_the_default_keeps(annotated, monkeypatch):
    monkeypatch.delenv(FILTER_ENV, raising=False)
    assert "rallied" in triggers(annotated, RALLY)
    monkeypatch.setenv(FILTER_ENV, "precise")
    assert "rallied" not in triggers(annotated, RALLY)


def test_a_guarded_act_stays_in_both_modes(annotated, monkeypatch):
    monkeypatch.delenv(FILTER_ENV, raising=False)
    assert "rejected" in triggers(annotated, REJECTION)
    monkeypatch.setenv(FILTER_ENV, "precise")
    assert "rejected" in triggers(annotated, REJECTION)


def test_an_unknown_filter_setting_is_an_input_error(monkeypatch):
    monkeypatch.setenv(FILTER_ENV, "loose")
    with pytest.raises(InputError, match="SITROOM_EVENT_FILTER"):
        active_model()


def test_the_setting_is_part_of_the_extraction_version_only_when_not_default(monkeypatch):
    from sitroom.pipeline import extraction_version

    monkeypatch.delenv(FILTER_ENV, raising=False)
    default = extraction_version()
    monkeypatch.setenv(FILTER_ENV, "default")
    assert extraction_version() == default
    monkeypatch.setenv(FILTER_ENV, "precise")
    assert extraction_version() != default


def test_the_trainer_writes_the_precise_file_apart_from_the_shipped_one():
    from sitroom.training.events import MODEL_FILE, PRECISE_FILE, SHIP

    assert PRECISE_FILE != MODEL_FILE and PRECISE_FILE.name == "event_filter_model_precise.json"
    assert PRECISE_FILE.is_file() and not SHIP
