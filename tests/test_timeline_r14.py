"""Round 14: a clause describing what a copula says its subject is gives the subject its part
(extract/happenings.py, ``_attr_subjects``)."""

from __future__ import annotations

from sitroom.extract import extract
from sitroom.model import Happening


def _args(text: str, h: Happening) -> set[str]:
    return {text[a:b] for a, b in h.args}


def _happening(ex, trigger: str) -> Happening:
    found = [h for h in ex.happenings if h.trigger == trigger]
    assert found, [h.trigger for h in ex.happenings]
    return found[0]


def test_relative_copula_subject_takes_the_part(annotated):
    text = ("Norland Rail, which will be the first company to run the new trams in May 2025, "
            "has opened a booking office.")
    ex = extract(annotated(text, "2024-03-06"))
    run = _happening(ex, "run")
    assert "Rail" in _args(text, run)  # the relative pronoun stands for the company named
    assert "trams" in _args(text, run)
    assert run.date == "2025-05" and run.date_source == "governing"


def test_plain_copula_subject_takes_the_part(annotated):
    text = "Harbour Air was the first carrier to fly the electric seaplane."
    ex = extract(annotated(text, "2024-03-06"))
    assert "Air" in _args(text, _happening(ex, "fly"))


def test_a_described_noun_without_a_copula_gives_nothing_more(annotated):
    text = "The council thanked the firm that built the bridge."
    ex = extract(annotated(text, "2024-03-06"))
    built = _happening(ex, "built")
    # the firm built it; the council, subject of another verb, is no participant
    assert "council" not in _args(text, built)
    assert "firm" in _args(text, built)
