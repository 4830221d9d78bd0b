"""PLOVER senses of triggers from the failure classes of real reports (issue 15): a light
verb of saying does not carry a use of force, a force leaving a place withdraws, a dropped
case or charge is a concession."""

from __future__ import annotations

from sitroom.extract.events_senses import _verb_sense


def _sense(adoc, word: str):
    tr = _verb_sense(adoc, next(t.i for t in adoc.tokens if t.text == word))
    return (tr.typ, tr.mode) if tr is not None else None


def test_announcing_force_is_no_act_of_the_announcer(annotated):
    assert _sense(annotated("State radio announced the rebellion on Friday."), "announced") is None
    # announcing what the announcement performs stays the act
    assert _sense(annotated("The army announced a ceasefire on Friday."), "announced") == (
        "RETREAT", "ceasefire")


def test_leaving_a_place_is_a_withdrawal(annotated):
    assert _sense(annotated("The fighters left the town on Sunday."), "left") == ("RETREAT", "withdraw")
    assert _sense(annotated("She left the meeting early."), "left") is None
    assert _sense(annotated("He left a note for the guards."), "left") is None


def test_dropped_case_or_charges_concede(annotated):
    assert _sense(annotated("Prosecutors dropped the charges against the activists."),
                  "dropped")[0] == "CONCEDE"
    assert _sense(annotated("Investigators dropped the criminal case against the officer."),
                  "dropped")[0] == "CONCEDE"
    assert _sense(annotated("The plane dropped leaflets over the town."), "dropped") is None


def test_a_passive_subject_is_the_object(annotated):
    assert _sense(annotated("The charges against the activists were dropped."), "dropped")[0] == (
        "CONCEDE")
    assert _sense(annotated("The curfew was lifted on Monday."), "lifted") is not None


def test_declaring_an_emergency_is_martial_law(annotated):
    assert _sense(annotated("The authorities declared an emergency in the province."),
                  "declared") == ("COERCE", "martial-law")


def test_showing_is_no_demonstration(annotated):
    assert _sense(annotated("The leader demonstrated his strength to the public."),
                  "demonstrated") is None
    assert _sense(annotated("The minister rallied support for the bill."), "rallied") is None
    assert _sense(annotated("Protesters demonstrated outside the parliament."), "demonstrated") == (
        "PROTEST", "demo")

