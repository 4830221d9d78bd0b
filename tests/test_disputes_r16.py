"""Contradicting distances (issue 15, item 4, round 16), from the misses of the recall stories
read by hand in the run of batch F: a unit joined to its digits ("less than 2km from X") was no
figure, and a distance whose place closes a quote ("'just one mile from X' as ...") or owns a
noun ("X's gates") was measured from "x'" or "x’s", another place than X, or, in a
headline's title case ("One Mile From X"), from nowhere (no figure); and a sentence telling
what a source had said before ("the radio had put them at 10km") gives the figure of an account
its own report tells as overtaken: compared with no other report's figure (the phrase in the
figure's own clause, before it: an order "had told" in another clause stops no comparison). Reports written for
these tests (my own sentences, generic names), with controls that must stay unlinked."""

from __future__ import annotations

import pytest

from sitroom.link.disputes import quantities, told_earlier
from test_disputes_r14 import Report, assert_links_of_class


@pytest.mark.parametrize("sentence, key, text, anchor, hi", [
    ("The rebels are now less than 3km from Varna, a spokesman said.", "length", "3km",
     "varna", 3000.0),
    ("Customs officers seized a 40kg parcel 5 km from the border.", "mass", "40kg", "bord",
     44.0),
    ("The column stopped some 12kms from Varna on Sunday.", "length", "12kms", "varna",
     15000.0),  # "some": the approximate tolerance
])
def test_a_unit_joined_to_its_digits_is_read(sentence, key, text, anchor, hi):
    q = next(q for q in quantities(sentence) if q.key == key)
    assert (q.text, q.noun) == (text, anchor)
    assert q.hi == pytest.approx(hi)


@pytest.mark.parametrize("sentence", [
    "The rebels drove a 4x4 into Varna on Sunday.",
    "The F16 flew 3min over Varna before it turned back.",
    "The rebels held the 12kmh stretch of road near Varna.",
])
def test_letters_joined_to_digits_that_are_no_unit_give_no_figure(sentence):
    assert [q for q in quantities(sentence) if q.key in ("length", "mass")] == []


@pytest.mark.parametrize("sentence", [
    "Rebels were two miles outside Varna, witnesses said.",
    "Tarn Front Fighters Two Miles Outside Varna",
])
def test_a_distance_that_does_not_say_from_where_gives_no_figure_in_any_case(sentence):
    # no "from", "of" or "off": the distance places the rebels, it measures from nowhere
    assert [q for q in quantities(sentence) if q.key == "length"] == []


@pytest.mark.parametrize("sentence", [
    "Rebels were 'just two miles from Varna' as the army pulled back, witnesses said.",
    "Rebels were just two miles from Varna's outer ring road, witnesses said.",
    "Rebels were just two miles from entering Varna, witnesses said.",
    "Tarn Front Fighters Two Miles From Varna",
])
def test_a_distance_is_measured_from_the_place_past_quotes_possessives_entering_title_case(sentence):
    assert [(q.text.lower(), q.noun) for q in quantities(sentence)] == [("two miles", "varna")]


@pytest.mark.parametrize("sentence, earlier", [
    ("On Monday night the Tarn Front's own radio had put its column at eight miles from "
     "Varna.", True),
    ("A field commander had told reporters: 'Our trucks stand 10km from Varna tonight.'", True),
    ("A field commander had told reporters, 'We stand 10km from Varna.'", True),
    ("The spokesman said the fighters were eight miles from Varna.", False),
    ("The fighters had reached a point eight miles from Varna, the spokesman said.", False),
    # the phrase in another clause than the figure's, or after it: the figure is compared
    ("The army had told farmers to leave; the fighters are now eight miles from Varna.", False),
    ("The army had told farmers to leave, and the fighters are eight miles from Varna.", False),
    ("The fighters are eight miles from Varna, a monitor had reported.", False),
])
def test_a_figure_told_as_what_a_source_had_said_before(sentence, earlier):
    q = next(q for q in quantities(sentence) if q.key == "length")
    assert told_earlier(sentence, q.at) is earlier


CLASSES: dict[str, tuple[str | None, list[Report]]] = {
    "less than 3km against some eight miles, two outlets 20 minutes apart": ("contradicts", [
        ("g1a", "North Wire", "2026-09-02T08:00:00Z",
         "Rebel fighters of the Tarn Front are now less than 3km from Varna, a spokesman "
         "for the Tarn Front said."),
        ("g1b", "Lake Times", "2026-09-02T08:20:00Z",
         "Rebel fighters of the Tarn Front are some eight miles from Varna, a spokesman for "
         "the Tarn Front said.")]),
    "'two miles from Varna' in quotes against nine miles": ("contradicts", [
        ("g2a", "North Wire", "2026-09-02T08:00:00Z",
         "Fighters of the Tarn Front are 'just two miles from Varna' as the army pulls "
         "back."),
        ("g2b", "Lake Times", "2026-09-02T08:20:00Z",
         "Fighters of the Tarn Front are about nine miles from Varna as the army pulls "
         "back.")]),
    # controls
    "less than 3km against about one mile (both can hold)": (None, [
        ("h1a", "North Wire", "2026-09-02T08:00:00Z",
         "Rebel fighters of the Tarn Front are now less than 3km from Varna, a spokesman "
         "for the Tarn Front said."),
        ("h1b", "Lake Times", "2026-09-02T08:20:00Z",
         "Rebel fighters of the Tarn Front are about one mile from Varna, a spokesman for "
         "the Tarn Front said.")]),
    "a source's earlier account, told as such, against another outlet's figure": (None, [
        ("h3a", "North Wire", "2026-09-02T08:00:00Z",
         "On Monday night the Tarn Front's own radio had put its fighters at eight miles "
         "from Varna."),
        ("h3b", "Lake Times", "2026-09-02T08:20:00Z",
         "Rebel fighters of the Tarn Front are now less than 3km from Varna, a spokesman for "
         "the Tarn Front said.")]),
    # an order "had told" in another clause than the figure's stops no comparison
    "an order told before a semicolon, then nine miles against two": ("contradicts", [
        ("g3a", "North Wire", "2026-09-02T08:00:00Z",
         "Fighters of the Tarn Front are 'just two miles from Varna' as the army pulls "
         "back."),
        ("g3b", "Lake Times", "2026-09-02T08:20:00Z",
         "Police had told residents to leave; fighters of the Tarn Front are now nine miles "
         "from Varna, a spokesman said.")]),
    "an order told before ', and', then 40 dead against 12": ("contradicts", [
        ("g4a", "North Wire", "2026-09-02T08:00:00Z",
         "The flood in Varna killed 12 people on Sunday, officials said."),
        ("g4b", "Lake Times", "2026-09-02T08:20:00Z",
         "Police had told residents to leave their homes, and the flood in Varna killed 40 "
         "people on Sunday.")]),
    "'two miles from Varna' against nine miles from another town": (None, [
        ("h2a", "North Wire", "2026-09-02T08:00:00Z",
         "Fighters of the Tarn Front are 'just two miles from Varna' as the army pulls "
         "back."),
        ("h2b", "Lake Times", "2026-09-02T08:20:00Z",
         "Fighters of the Tarn Front are about nine miles from Burgas as the army pulls "
         "back.")]),
}


@pytest.mark.parametrize("name", list(CLASSES))
def test_round16_classes(name):
    assert_links_of_class(*CLASSES[name])
