"""False actors of round 12 (tuned on the FNC-1 draw 1532): page furniture of tech and wire
copy (contact and syndication lines, teasers, "Story developing.", a postscript's mark, stock
quotes), products, compound modifiers, roles played, posts and a country after its province --
each with a case that stays an actor. Sentences are made up."""

from __future__ import annotations

from sitroom.extract.actors import extract_actors


def names(annotated, text):
    return [m.name for m in extract_actors(annotated(text))]


def test_a_contact_line_names_no_actor(annotated):
    got = names(annotated, "Talks between Norvale Corp. and its lenders broke down on Friday, "
                           "Chief Executive Maria Duval said.\n\nWrite to Tobias Lindqvist at "
                           "tobias.lindqvist@example.com and Greta Hollis at greta.hollis@example.com")
    assert not any("Lindqvist" in n or "Hollis" in n for n in got), got
    assert any("Duval" in n for n in got), got


def test_a_contact_line_with_a_phone_number_names_no_actor(annotated):
    got = names(annotated, "The plant will close next year, said John Becker, the mayor.\n\n"
                           "Contact Peter Vance at 408-555-2706.")
    assert not any("Vance" in n for n in got), got
    assert any("Becker" in n for n in got), got


def test_a_person_contacting_someone_in_the_story_stays(annotated):
    got = names(annotated, "Contact with the rebels was lost on Monday, General Omar Haddad said.")
    assert any("Haddad" in n for n in got), got


def test_a_syndication_line_and_a_teaser_name_no_actor(annotated):
    got = names(annotated, "The clinic said the surgery went well, Dr. Lena Park said.\n\n"
                           "This article originally appeared on Dailyvox: Cat Gets Surgery\n\n"
                           "More From Dailyvox")
    assert not any("Dailyvox" in n for n in got), got
    assert any("Park" in n for n in got), got


def test_story_developing_is_no_actor(annotated):
    got = names(annotated, "The network cancelled the show, its spokesman Ian Moss said.\n\n"
                           "Story developing.")
    assert "Story" not in got, got
    assert any("Moss" in n for n in got), got


def test_a_postscript_mark_is_no_actor(annotated):
    got = names(annotated, "Dear Sam,\n\nWe all miss you in class, Ms. Carla Reyes wrote.\n\n"
                           "PS. We are all proud of you")
    assert "PS" not in got, got
    assert any("Reyes" in n for n in got), got


def test_a_stock_quote_names_no_exchange(annotated):
    got = names(annotated, "Norvale Inc. (NASDAQ:NRVL) plans to buy the struggling network "
                           "Pathway, a source told Michael Carney.")
    assert not any(n in ("NASDAQ", "NRVL") for n in got), got
    assert any("Norvale" in n for n in got), got


def test_an_exchange_acting_stays_a_body(annotated):
    got = names(annotated, "The Nasdaq said on Monday it would delist the company.")
    assert any("Nasdaq" in n for n in got), got


def test_a_version_of_a_product_is_no_actor(annotated):
    got = names(annotated, "The watch runs on chips on a par with devices running flavors of "
                           "Zentrix, analyst Mia Torres said.")
    assert "Zentrix" not in got, got
    assert any("Torres" in n for n in got), got


def test_a_product_line_is_its_maker(annotated):
    got = names(annotated, "Norvale said on Monday that sales rose. The Music App was added to "
                           "Norvale TV a few days ago.")
    assert "Norvale TV" not in got, got
    assert any("Norvale" == n or n.startswith("Norvale") and "TV" not in n for n in got), got


def test_a_compound_modifier_is_no_actor(annotated):
    got = names(annotated, "The last marines handed their weapons over to Iran-friendly rebels "
                           "on Sunday, Colonel Ray Dunn said.")
    assert not any(n in ("Iran", "government of Iran") for n in got), got
    assert any("Dunn" in n for n in got), got


def test_a_country_backing_rebels_stays(annotated):
    got = names(annotated, "Iran said on Sunday it would keep sending aid to the rebels.")
    assert any("Iran" in n for n in got), got


def test_a_role_played_is_no_actor(annotated):
    got = names(annotated, 'The latest accuser is Dana Wells, who won hearts as little Rosie '
                           'Carter in "The Carter Family Hour".')
    assert not any("Rosie" in n for n in got), got
    assert any("Wells" in n for n in got), got


def test_a_person_named_as_a_role_holder_stays(annotated):
    got = names(annotated, "The board confirmed Lena Park as chief executive on Monday.")
    assert any("Park" in n for n in got), got


def test_a_post_is_a_place(annotated):
    got = names(annotated, "The shell went missing from its bunker in Fort Dunmore, Colorado, "
                           "Major Ellen Price said.")
    assert not any("Dunmore" in n for n in got), got
    assert any("Price" in n for n in got), got


def test_a_country_after_its_province_is_a_place(annotated):
    got = names(annotated, "He was watching a game with his friends in Mpumalanga, South Africa, "
                           "when Thabo Nkosi was attacked.")
    assert not any("South Africa" in n for n in got), got
    assert any("Nkosi" in n for n in got), got


def test_a_list_of_countries_is_no_province_and_country(annotated):
    got = names(annotated, "France, Germany and Italy condemned the attack on Monday.")
    assert any("France" in n for n in got), got


def test_a_short_form_written_with_an_article_elsewhere_is_a_kind(annotated):
    got = names(annotated, "A new PSA about street harassment went viral this week. Sponsored "
                           "by Everbright, the PSA takes place in Lima, director Jorge Salas said.")
    assert "PSA" not in got, got
    assert any("Salas" in n for n in got), got


def test_a_short_form_of_a_body_acting_stays(annotated):
    got = names(annotated, "The WHO said on Monday that an NBC poll was wrong.")
    assert any("WHO" in n or "World Health" in n for n in got), got


def test_undrawn_documents_leaves_out_every_body_a_judged_table_names():
    from sitroom.eval.actor_draws import undrawn_documents
    from sitroom.model import Document

    docs = [Document(id=f"fnc1-{k}", text="x", source=f"fnc1-{k}") for k in (1, 2, 3)]
    table = ("| # | file | start | end | name | kind | verdict |\n|---|---|---|---|---|---|---|\n"
             "| 0 | fnc1-2 | 0 | 4 | Jane Doe | person | real |\n")
    assert [d.id for d in undrawn_documents(docs, table)] == ["fnc1-1", "fnc1-3"]
