"""False actors of round 11 (tuned on the PolNeAR draw 1530 and the FNC-1 draw 1531): words of
a quote or a shout, a clause or a unit taken for a name, a body closing a title, places given
as examples, houses and venues, a place named like a person, a surname inside a thing's name,
an office in a coordination -- each with a case that stays an actor."""

from __future__ import annotations

from sitroom.extract.actors import extract_actors


def names(annotated, text):
    return [m.name for m in extract_actors(annotated(text))]


def test_a_contraction_inside_a_name_is_words_of_a_quote(annotated):
    got = names(annotated, "Mr. Okafor said the rumours claim that I’m Buddhist, I’m foreign, "
                           "and so on.")
    assert not any("’m" in n for n in got), got
    assert any("Okafor" in n for n in got), got


def test_a_shout_is_no_name(annotated):
    got = names(annotated, '"Are we ready?" Maria Duval asked.\n\n"Yesssss!"\n\nThe crowd cheered.')
    assert "Yesssss" not in got, got
    assert any("Duval" in n for n in got), got


def test_a_body_closing_a_title_is_a_piece_of_the_title(annotated):
    got = names(annotated, "The ruling came a week after former Secretary of State Alan Reyes "
                           "spoke in the capital.")
    assert not any(n in ("State", "State Department") for n in got), got
    assert any("Reyes" in n for n in got), got


def test_a_department_acting_stays_a_body(annotated):
    got = names(annotated, "The State Department said on Friday that the talks would resume.")
    assert any("State Department" in n for n in got), got


def test_places_given_as_examples_are_no_actors(annotated):
    got = names(annotated, "The group and its affiliates in countries like Chad, Niger and "
                           "Mali recruit young men, Dr. Lena Park said.")
    assert not any(c in n for n in got for c in ("Chad", "Niger", "Mali")), got
    assert any("Park" in n for n in got), got


def test_countries_like_these_acting_stay_actors(annotated):
    got = names(annotated, "Countries such as France and Germany have condemned the attack.")
    assert any("France" in n for n in got) or any("Germany" in n for n in got), got


def test_a_house_and_a_venue_are_places(annotated):
    got = names(annotated, "Tomas Ruiz died while staying at his villa, Casa de los Pinos. "
                           "Two men were shot outside Club Nova Bar and Grill on Sunday.")
    assert not any("Casa" in n or n == "Grill" or "Bar" in n for n in got), got
    assert any("Ruiz" in n for n in got), got


def test_a_clause_ending_in_a_verb_is_no_name(annotated):
    got = names(annotated, "Nobody was hurt, police said.\n\nThat Viral Video of Clowns "
                           "Chasing Kids Was Just a Prank")
    assert not any("Chasing" in n for n in got), got


def test_a_unit_glued_to_a_number_is_no_actor(annotated):
    got = names(annotated, "Karl Brandt said the new phone will ship with 64GB instead of 32GB.")
    assert "GB" not in got, got
    assert any("Brandt" in n for n in got), got


def test_an_office_in_a_coordination_is_no_one(annotated):
    ms = extract_actors(annotated("Mr. Vance stepped down as chairman and chief executive of "
                                  "the company on Monday."))
    assert not any(m.text == "chief executive" for m in ms), [m.text for m in ms]
    assert any("Vance" in m.name for m in ms)


def test_a_role_with_the_surname_in_apposition_is_that_person(annotated):
    ms = extract_actors(annotated('"I was so shocked," owner Ellis Hudd told reporters. The '
                                  "dog's owner, Hudd, 52, said he found the dog on the road."))
    role = [m for m in ms if m.text == "dog's owner"]
    assert role and role[0].coref_of is not None, [(m.text, m.coref_of) for m in ms]


def test_rescoring_a_judged_draw_gives_the_mention_now_at_each_span(tmp_path):
    from sitroom.eval.actors import rescore_judged

    (tmp_path / "a.txt").write_text("Jane Doe, the mayor, met Acme Corp on Monday.\n",
                                    encoding="utf-8")
    table = ("| # | file | start | end | name | kind | verdict |\n|---|---|---|---|---|---|---|\n"
             "| 1 | a.txt | 0 | 8 | Jane Doe | person | real |\n"
             "| 2 | a.txt | 30 | 34 | Acme | organisation | real |\n")
    rows = rescore_judged(table, tmp_path)
    assert [(r["n"], r["exact"], r["now"][:3]) for r in rows] == [
        (1, True, (0, 8, "Jane Doe")), (2, False, (25, 34, "Acme Corp"))]
