"""Round 22 place rules, each shown firing and not firing on hand-written sentences: a lone
word the gazetteer does not know, after a locative that also takes a firm, a source or a
recipient ("at", "from", "to"), is no place (places._plausible, locative_also_bodies of the
places lexicon); a place after a body's initials and "of" ("the ACLU of X") is inside the
body's name (places_names.inside_name)."""

from __future__ import annotations

from placekit import places, the

from sitroom.extract.places import _plausible
from sitroom.extract.places_names import inside_name

# --- a lone unknown word after "at", "from", "to" -----------------------------------------


def _lone(annotated, text, word="Quorvane"):
    adoc = annotated(text)
    s = text.index(word)
    return _plausible(adoc, s, s + len(word), set())


def test_a_lone_unknown_word_after_from_or_to_is_no_place(annotated):
    for text in ("The chief operating officer will come from Quorvane, the board said on Monday.",
                 "He sold his first start-up to Quorvane and is building another company.",
                 "The book sold 20,000 copies, according to Quorvane."):
        assert the(annotated, text, "Quorvane") is None, text


def test_a_lone_unknown_word_after_at_is_no_place(annotated):
    assert not _lone(annotated, "Mr. Hale, a senior analyst at Quorvane, said the merger would close.")


def test_a_lone_unknown_word_after_in_or_through_stays_a_place(annotated):
    for text in ("The family spent the summer in Quorvane before the war.",
                 "The convoy moved through Quorvane on its way north."):
        m = the(annotated, text, "Quorvane")
        assert m is not None and m.feature is None, text  # kept, unresolved


def test_a_name_of_several_words_after_from_stays_a_place(annotated):
    text = "Volunteers marched from Dorsetville Heights to the river."
    assert the(annotated, text, "Dorsetville Heights") is not None


def test_a_known_place_after_to_stays_a_place(annotated):
    m = the(annotated, "The delegation travelled to Lisbon on Monday.", "Lisbon")
    assert m is not None and m.country_code == "PT"


# --- a body's initials before "of" ----------------------------------------------------------


def test_a_place_after_a_bodys_initials_and_of_is_no_place(annotated):
    text = "Civil liberties lawyers at the ACLU of Ohio filed a brief on Tuesday."
    assert the(annotated, text, "Ohio") is None
    adoc = annotated(text)
    s = text.index("Ohio")
    assert inside_name(adoc, s, s + 4)


def test_the_other_places_of_a_report_naming_a_bodys_branch_stay(annotated):
    text = "The NAACP of Georgia held a rally in Atlanta on Friday."
    found = {m.text for m in places(annotated, text).values()}
    assert "Georgia" not in found and "Atlanta" in found


def test_a_place_after_a_numeral_or_a_lower_case_word_and_of_stays(annotated):
    text = "King Abdullah II of Jordan met the president in Amman."
    m = the(annotated, text, "Jordan")
    assert m is not None and m.feature == "country"
    m = the(annotated, "The summit of Ohio mayors met in Columbus.", "Ohio")
    assert m is not None and m.feature == "admin1"


def test_a_bodys_initials_elsewhere_leave_the_place_alone(annotated):
    m = the(annotated, "The court in Ohio ruled for the ACLU on Friday.", "Ohio")
    assert m is not None and m.feature == "admin1"
