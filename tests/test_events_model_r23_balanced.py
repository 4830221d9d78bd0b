"""Round 23: the opt-in balanced event filter. ``SITROOM_EVENT_FILTER=balanced`` makes the
extract stage apply the refit whose guard adds the acts told as done in the past with a party
taking part (``done_act``; ``data/event_filter_model_balanced.json``, written by ``sitroom train
events --precise`` beside the precise file). The default stays the round-10 filter."""

from __future__ import annotations

from eventkit import triggers

from sitroom.extract.events_filter import (
    BALANCED_NAME, FILTER_ENV, _model, _model_file, active_model, filter_mode,
)

# a protest of unnamed supporters told as done: the precise filter drops it, the balanced keeps it
# a rally of unnamed supporters (round 23: the refit after the round's event rules keeps the
# shorter "Supporters rallied ...", at 0.366 against the threshold 0.375)
RALLY = "Hundreds of supporters rallied outside the courthouse."


def test_the_balanced_setting_switches_to_its_refit(monkeypatch):
    monkeypatch.setenv(FILTER_ENV, "balanced")
    m = active_model()
    assert filter_mode() == "balanced" and m is _model_file(BALANCED_NAME) and m is not _model()
    assert {"clear_act", "party_act", "done_act"} <= set(m["guard"])
    assert m["words"] == _model()["words"]


def test_the_default_is_still_the_round_10_model(monkeypatch):
    monkeypatch.delenv(FILTER_ENV, raising=False)
    assert "done_act" not in _model()["guard"] and active_model() is _model()


def test_an_act_told_as_done_stays_in_the_balanced_mode(annotated, monkeypatch):
    monkeypatch.setenv(FILTER_ENV, "precise")
    assert "rallied" not in triggers(annotated, RALLY)
    monkeypatch.setenv(FILTER_ENV, "balanced")
    assert "rallied" in triggers(annotated, RALLY)


def test_the_balanced_setting_is_part_of_the_extraction_version(monkeypatch):
    from sitroom.pipeline import extraction_version

    monkeypatch.delenv(FILTER_ENV, raising=False)
    default = extraction_version()
    monkeypatch.setenv(FILTER_ENV, "precise")
    precise = extraction_version()
    monkeypatch.setenv(FILTER_ENV, "balanced")
    assert extraction_version() not in (default, precise)


def test_the_trainer_writes_the_balanced_file_beside_the_precise_one():
    from sitroom.training.events import BALANCED_FILE, BALANCED_GUARD, GUARD, PRECISE_FILE

    assert BALANCED_FILE.parent == PRECISE_FILE.parent and BALANCED_FILE.is_file()
    assert "done_act" in BALANCED_GUARD and "done_act" not in GUARD
