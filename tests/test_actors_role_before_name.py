"""Round 9 (issue 14): a role written before the name joins that person; "the president" is
the report's President, not its Vice President; a describing role phrase joins the one person
in focus; pieces of longer names, descriptions and offices are no actors."""

from __future__ import annotations

from sitroom.extract.actors import extract_actors


def actors(annotated, text):
    return [(m.text, m.name, m.kind) for m in extract_actors(annotated(text))]


def test_a_role_before_the_name_joins_the_person(annotated):
    got = actors(annotated, "The founder and chairman of the Acme Group, John Smithers, said he "
                            "would resign on Friday.")
    # the first role's mention is the whole phrase, "founder and chairman of the Acme Group"
    roles = {t.split()[0]: n for t, n, _ in got if t.split()[0] in ("founder", "chairman")}
    assert roles == {"founder": "John Smithers", "chairman": "John Smithers"}, got


def test_a_possessive_role_before_the_name_joins_the_person(annotated):
    got = actors(annotated, "Ms. Brainer chimed in, breaking with the bank's chairwoman, Janet L. "
                            "Yellow, to argue that rates were too high.")
    assert [n for t, n, _ in got if t.endswith("chairwoman")] == ["Janet L. Yellow"], got


def test_the_president_is_the_president_not_the_vice_president(annotated):
    got = actors(annotated, "President Carl Brennan spoke on Monday. Vice President Ann Lowe "
                            "spoke later. Officials said the president would travel to the coast.")
    assert [n for t, n, _ in got if t == "president"] == ["Carl Brennan"], got


def test_a_describing_role_joins_the_one_person_in_focus(annotated):
    got = actors(annotated, "Bill Clintock is back on the trail. In his first solo appearance, "
                            "the former president gave a speech to a crowd.")
    assert [n for t, n, _ in got if t.endswith("former president")] == ["Bill Clintock"], got


def test_a_describing_role_below_another_persons_verb_stays_apart(annotated):
    got = actors(annotated, "Jane Roe spoke on Monday. Roe said the Texas senator was wrong.")
    assert [n for t, n, _ in got if t.endswith("senator")] == ["Texas senator"], got


def test_a_place_in_a_longer_body_name_is_no_actor(annotated):
    got = actors(annotated, "The subsidies the Port Authority of New York and New Jersey approved "
                            "went to the firm.")
    assert not [g for g in got if "Jersey" in g[0] and "Authority" not in g[0]], got


def test_a_name_before_kind_of_is_a_description(annotated):
    got = actors(annotated, "There can't be Jim Crow kind of rules here, she told the judge.")
    assert not [g for g in got if "Crow" in g[0]], got


def test_a_role_after_as_is_an_office(annotated):
    got = actors(annotated, "More than half those who met Jane Roe as Cabinet secretary gave money.")
    assert not [g for g in got if "Cabinet" in g[0] or "secretary" in g[0]], got


def test_a_capitalised_first_word_joins_the_body_name(annotated):
    got = actors(annotated, "Meanwhile, the Koch-backed Concerned Veterans for America has taken "
                            "the lead in running ads.")
    assert ("Concerned Veterans for America", "Concerned Veterans for America",
            "organisation") in got, got


def test_the_first_street_of_a_corner_is_no_actor(annotated):
    got = actors(annotated, "The club opened at the corner of Allen and Stanton Streets in 1998.")
    assert not [g for g in got if "Allen" in g[0]], got
