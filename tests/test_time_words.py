"""The time tagger's words are data (data/lexicon/time_words.json), and a change to them
changes the extraction version, so stale extractions are redone."""

from __future__ import annotations

import json
from importlib import resources

from sitroom.extract import time_lex, time_rules, time_tagger
from sitroom.pipeline import extraction_version


def _words() -> dict:
    return json.loads(resources.files("sitroom").joinpath(
        "data", "lexicon", "time_words.json").read_text(encoding="utf-8"))


def test_time_words_come_from_the_data_file():
    words = _words()
    assert time_lex.MONTHS == words["months"] and time_lex.MONTHS["sept"] == 9
    assert time_lex.UNITS["fortnight"] == ("W", False, 2)
    assert time_rules._P_MOD == words["point_modifiers"]
    assert "threaten" in time_tagger._FORWARD and time_tagger._PLANNING == frozenset(
        words["planning_verbs"])


def test_time_words_are_part_of_the_extraction_version(monkeypatch):
    before = extraction_version()
    real = type(resources.files("sitroom").joinpath("data"))
    read_bytes = real.read_bytes

    def changed(self):
        data = read_bytes(self)
        return data + b" " if self.name == "time_words.json" else data

    monkeypatch.setattr(real, "read_bytes", changed)
    assert extraction_version() != before
