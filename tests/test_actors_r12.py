"""False actors of round 12 (tuned on the FNC-1 draw 1532): page furniture of tech and wire
copy (contact and syndication lines, teasers, "Story developing.", a postscript's mark, stock
quotes), products, compound modifiers, roles played, posts and a country after its province --
each with a case that stays an actor. Sentences are made up.

One table: a text, the names that must not be actors (no actor's name contains one) and the
names that must stay (some actor's name contains each)."""

from __future__ import annotations

import pytest

from actorkit import check, names

CASES = [
    ("a contact line",
     "Talks between Norvale Corp. and its lenders broke down on Friday, Chief Executive Maria "
     "Duval said.\n\nWrite to Tobias Lindqvist at tobias.lindqvist@example.com and Greta Hollis "
     "at greta.hollis@example.com", ("Lindqvist", "Hollis"), ("Duval",)),
    ("a contact line with a phone number",
     "The plant will close next year, said John Becker, the mayor.\n\n"
     "Contact Peter Vance at 408-555-2706.", ("Vance",), ("Becker",)),
    ("a person contacting someone in the story",
     "Contact with the rebels was lost on Monday, General Omar Haddad said.", (), ("Haddad",)),
    ("a syndication line and a teaser",
     "The clinic said the surgery went well, Dr. Lena Park said.\n\nThis article originally "
     "appeared on Dailyvox: Cat Gets Surgery\n\nMore From Dailyvox", ("Dailyvox",), ("Park",)),
    ("story developing",
     "The network cancelled the show, its spokesman Ian Moss said.\n\nStory developing.",
     ("Story",), ("Moss",)),
    ("a postscript mark",
     "Dear Sam,\n\nWe all miss you in class, Ms. Carla Reyes wrote.\n\nPS. We are all proud of "
     "you", ("PS",), ("Reyes",)),
    ("a stock quote",
     "Norvale Inc. (NASDAQ:NRVL) plans to buy the struggling network Pathway, a source told "
     "Michael Carney.", ("NASDAQ", "NRVL"), ("Norvale",)),
    ("an exchange acting", "The Nasdaq said on Monday it would delist the company.",
     (), ("Nasdaq",)),
    ("a version of a product",
     "The watch runs on chips on a par with devices running flavors of Zentrix, analyst Mia "
     "Torres said.", ("Zentrix",), ("Torres",)),
    ("a product line is its maker",
     "Norvale said on Monday that sales rose. The Music App was added to Norvale TV a few days "
     "ago.", ("Norvale TV",), ("Norvale",)),
    ("a compound modifier",
     "The last marines handed their weapons over to Iran-friendly rebels on Sunday, Colonel Ray "
     "Dunn said.", ("Iran",), ("Dunn",)),
    ("a country backing rebels", "Iran said on Sunday it would keep sending aid to the rebels.",
     (), ("Iran",)),
    ("a role played",
     'The latest accuser is Dana Wells, who won hearts as little Rosie Carter in "The Carter '
     'Family Hour".', ("Rosie",), ("Wells",)),
    ("a person named as a role holder",
     "The board confirmed Lena Park as chief executive on Monday.", (), ("Park",)),
    ("a post is a place",
     "The shell went missing from its bunker in Fort Dunmore, Colorado, Major Ellen Price said.",
     ("Dunmore",), ("Price",)),
    ("a country after its province",
     "He was watching a game with his friends in Mpumalanga, South Africa, when Thabo Nkosi was "
     "attacked.", ("South Africa",), ("Nkosi",)),
    ("a list of countries", "France, Germany and Italy condemned the attack on Monday.",
     (), ("France",)),
    ("a short form written with an article elsewhere",
     "A new PSA about street harassment went viral this week. Sponsored by Everbright, the PSA "
     "takes place in Lima, director Jorge Salas said.", ("PSA",), ("Salas",)),
]


@pytest.mark.parametrize(("text", "gone", "stays"), [c[1:] for c in CASES],
                         ids=[c[0] for c in CASES])
def test_false_actors_go_and_real_ones_stay(annotated, text, gone, stays):
    check(annotated, text, gone, stays)


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
