"""Role phrases of round 9's second wave: a definite role matched to a named person's
abbreviated title ("Gov." is "governor"), and an indefinite role phrase the report names
the holder of (a description, no actor of its own) -- an unnamed speaker stays."""

from __future__ import annotations

from sitroom.extract.actors import extract_actors


def actors(annotated, text):
    return [(m.text, m.name, m.kind) for m in extract_actors(annotated(text))]


def test_a_definite_role_is_the_person_an_abbreviated_title_gives_it(annotated):
    got = actors(annotated, "Karl Olsen praised Oregon Gov. Anna Berg as a good leader. Olsen went "
                            "after Berg hours after the Oregon governor threw her support behind "
                            "Sen. Tom Hale.")
    assert ("Oregon governor", "Anna Berg", "person") in got, got


def test_a_describing_role_beside_several_persons_goes_to_the_one_titled_so(annotated):
    got = actors(annotated, "Ruth Lind beat Sen. Tom Hale in the state. Both her husband, former "
                            "President Carl Lind, and her daughter, Eva Lind, spoke. Hale's "
                            "campaign was strong, but the longtime senator has a narrow path.")
    assert [n for t, n, _ in got if t == "longtime senator"] == ["Tom Hale"], got


def test_an_indefinite_role_the_report_names_is_no_actor(annotated):
    got = actors(annotated, "President Karl Olsen spoke on Monday. A president who ordered the raid "
                            "will leave office with a war.")
    assert [n for _, n, _ in got] == ["Karl Olsen"], got


def test_an_indefinite_role_named_later_by_an_apposition_is_no_actor(annotated):
    got = actors(annotated, "Mr. Olsen said last week that a Mexican-American judge in the case "
                            "was biased. Mr. Hale said Mr. Olsen's criticism of the judge, Tom "
                            "Berg, was wrong.")
    assert not any(t == "Mexican-American judge" for t, _, _ in got), got
    assert any(n == "Tom Berg" for _, n, _ in got), got


def test_an_unnamed_speaker_stays_an_actor(annotated):
    got = actors(annotated, "Sen. Tom Hale voted no. A senior senator said the bill would fail.")
    assert ("senior senator", "senior senator", "person") in got, got


def test_an_indefinite_role_no_one_named_holds_stays_an_actor(annotated):
    got = actors(annotated, "A spokesman declined to comment on the plan on Monday.")
    assert ("spokesman", "spokesman", "person") in got, got
