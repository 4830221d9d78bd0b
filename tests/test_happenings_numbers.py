"""A number that names a thing is a participant of a happening, a quantity is none
(extract/happenings.py, ``naming_numbers`` in data/happenings.json). Sentences written by hand;
the names are made up."""

from __future__ import annotations

import pytest

from sitroom.extract import extract
from sitroom.extract.happenings import _model_code


def _args(annotated, text: str, trigger: str) -> dict[str, str]:
    ex = extract(annotated(text, "2024-03-06"))
    h = next(h for h in ex.happenings if h.trigger == trigger)
    return {text[s:e]: role for (s, e), role in zip(h.args, h.roles)}


@pytest.mark.parametrize("text, trigger, name, role", [
    # a determiner + number used as a noun head
    ("Larkfield unveiled the 480 on Tuesday.", "unveiled", "480", "patient"),
    # a number naming the noun it modifies: the argument's span takes the number in
    ("Larkfield rolled out its 480 airliner on Tuesday.", "rolled out", "480 airliner",
     "patient"),
    # a model code written with a hyphen is one word
    ("Larkfield rolled out the new 480-300ER on Tuesday.", "rolled out", "480-300ER",
     "patient"),
    # a proper noun + number compound
    ("The Tarn 40 fell sharply on Tuesday.", "fell", "Tarn 40", "agent"),
    ("Velo released Orbit 12 on Tuesday.", "released", "Orbit 12", "patient"),
    # an alphanumeric model code
    ("The airline ordered the KX200 on Tuesday.", "ordered", "KX200", "patient"),
    # a number after an adjective names even before a plural
    ("Orna Air will buy 20 of Larkfield's larger 480 jets.", "buy", "480 jets", "patient"),
])
def test_a_numbered_name_is_a_participant(annotated, text, trigger, name, role):
    assert _args(annotated, text, trigger).get(name) == role


@pytest.mark.parametrize("text, trigger, quantity", [
    ("The storm killed 480 people on Tuesday.", "killed", "480"),
    ("The index lost 100 points on Tuesday.", "lost", "100"),
    ("The firm sold 20 on Tuesday.", "sold", "20"),
    ("The firm paid 11bn on Tuesday.", "paid", "11bn"),
    ("The company hired 300 workers in 2019.", "hired", "300"),
    ("The rescuers found the 30 missing on Tuesday.", "found", "30"),
])
def test_a_quantity_is_no_participant(annotated, text, trigger, quantity):
    args = _args(annotated, text, trigger)
    assert not any(quantity in span for span in args)
    assert args  # the happening keeps its other participant


def test_a_quantitys_of_phrase_is_the_participant(annotated):
    args = _args(annotated, "Orna Air bought 20 of the jets on Tuesday.", "bought")
    assert args.get("jets") == "patient"
    assert "20" not in args


@pytest.mark.parametrize("word, code", [
    ("A380", True), ("200LR", True), ("777s", True), ("KX200", True),
    ("11bn", False), ("5km", False), ("10am", False), ("777", False), ("Airbus", False),
])
def test_model_codes(word, code):
    assert _model_code(word) is code


@pytest.mark.parametrize("text, trigger, counted", [
    # a number word, an ordinal or a word of quantity stands for its "of" phrase
    ("One of the KX200s is flying from Lisbon to Oslo.", "flying", "KX200s"),
    ("The first of the new airliners will be delivered to Orna Air in May.", "delivered",
     "airliners"),
    ("Some of the carriers cancelled their orders on Tuesday.", "cancelled", "carriers"),
    ("Larkfield has unveiled a new version of its 480 airliner.", "unveiled", "480 airliner"),
])
def test_a_counted_of_phrase_is_the_participant(annotated, text, trigger, counted):
    assert counted in _args(annotated, text, trigger)
