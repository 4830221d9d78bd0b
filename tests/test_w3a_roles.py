"""Round 19 (E21): the date line of an embedded post after the poster's handle is no role of the
poster: an appositive headed by a date, a time or a year alone is never a role; an appositive
role that only opens with a year keeps its role."""

from __future__ import annotations

from sitroom.extract.actors import extract_actors


def _roles(annotated, text, name):
    return [m.role for m in extract_actors(annotated(text)) if m.name == name]


def test_a_year_alone_after_a_posters_handle_is_no_role(annotated):
    text = ("Police thanked the public.\n\nWe are home.\n\n— Lena Marsh (@lenamarsh) 2014\n\n"
            "Officials declined to comment.")
    roles = _roles(annotated, text, "Lena Marsh")
    assert roles and all(r is None for r in roles), roles


def test_a_full_date_after_a_posters_handle_is_no_role(annotated):
    text = ("The hostages were freed on Tuesday.\n\nWe are safe now.\n\n"
            "— Tom Harper (@tomharper) January 5, 2014\n\nThe police said nothing more.")
    roles = _roles(annotated, text, "Tom Harper")
    assert roles and all(r is None for r in roles), roles


def test_an_appositive_role_opening_with_a_year_stays_a_role(annotated):
    text = "Anna Berg, 2014 winner of the prize, said the bridge would reopen."
    assert "2014 winner of the prize" in _roles(annotated, text, "Anna Berg")


def test_an_appositive_role_with_no_date_stays_a_role(annotated):
    text = "Anna Berg, the mayor of Lund, said the bridge would reopen."
    assert "mayor of Lund" in _roles(annotated, text, "Anna Berg")
