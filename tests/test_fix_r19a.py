"""Round 19 fixes of the law-as-doer check (extract/events_laws.py) and of two page rules of
actors (extract/actor_page.py), each with a case where the rule must fire and one where it must
not (hand-written sentences, none from a real report):

* the common noun "act" is a deed, no law ("An act of terrorism killed ..."); "the X Act" is a
  law through the law's head words;
* a state, a people or a person is no law because "X law" or "the X Act" stands elsewhere in
  the report; a name of another kind becomes one before a capitalised head, a name the parser
  gave no entity before a lower-case one too;
* the place of a credited dateline is a place word for word ("Des Moines, Iowa (Reuters) -"),
  not one place word before a person ("Ohio Senator Jane Doe (D) -");
* a credit in round brackets is page furniture at the end of its line only, not inside a
  sentence."""

from __future__ import annotations

from actorkit import check
from eventkit import stays_test

from sitroom.extract.actor_page import dateline_tokens, furniture_tokens
from sitroom.extract.events_laws import _called_law, _doers, _tokens_in

LAW_CASES = [
    # (id, text, trigger, stays)
    ("the common noun act is a deed and its killing stays",
     "An act of terrorism killed 20 people in the market on Monday.",
     "killed", True),
    ("acts in the plural are deeds and their killing stays",
     "Terrorist acts killed 20 people in the market on Monday.",
     "killed", True),
    ("a state suing stays beside its law named later",
     "Texas sued the federal agency on Monday. Under Texas law, the state may not ban the sale.",
     "sued", True),
    ("a state suing stays beside its law in the next sentence",
     "Ohio sued the company on Monday. Ohio law bans the sale.",
     "sued", True),
    ("a person attacking stays beside an act named after him",
     "Smith attacked the convoy near the border on Monday, officials said. He was charged under "
     "the Smith Act.",
     "attacked", True),
    ("a name the report calls an act elsewhere is still a law",
     "Marlow-Tenby bailed out the lenders and imposed new sanctions on the banks of Norland. "
     "Congress passed the Marlow-Tenby Act in 2010.",
     "imposed new sanctions", False),
    ("a law's common noun is still a law",
     "The new law imposed new sanctions on the banks of Norland.",
     "imposed new sanctions", False),
]


test_a_law_as_doer_or_a_doer_named_like_a_law = stays_test(LAW_CASES)


def test_a_name_before_a_capitalised_head_is_a_law():
    text = "Congress passed the Marlow Act in 2010."
    assert _called_law(text, "Marlow", lower=False)


def test_a_lower_case_head_counts_only_for_a_name_without_entity():
    text = "Under Vesta law, the sale is banned."
    assert not _called_law(text, "Vesta", lower=False)
    assert _called_law(text, "Vesta", lower=True)


def test_a_name_inside_a_longer_word_is_no_law():
    assert not _called_law("Congress passed the Northmarlow Act.", "marlow", lower=True)
    assert not _called_law("Congress passed the Northmarlow Act.", "Marlow", lower=True)


def test_a_passive_conjunct_shares_no_subject(annotated):
    adoc = annotated("The law was passed in March and the bank was fined on Monday.")
    fined = next(t.i for t in adoc.tokens if t.text == "fined")
    assert _doers(adoc, fined) == []


def test_an_active_conjunct_shares_its_head_subject(annotated):
    adoc = annotated("The law bailed out the industry and imposed new rules on the banks.")
    imposed = next(t.i for t in adoc.tokens if t.text == "imposed")
    assert [adoc.tokens[d].text for d in _doers(adoc, imposed)] == ["law"]


def test_the_tokens_of_a_span_are_those_starting_inside_it(annotated):
    adoc = annotated("Acme Holdings donated $90,000 to the Liberty Action PAC last spring.")
    n = len(adoc.text)
    for a, b in [(0, 13), (1, 13), (0, 12), (36, 54), (14, 14), (0, n), (5, 3)]:
        want = [i for i, t in enumerate(adoc.tokens) if a <= t.idx < b]
        assert _tokens_in(adoc, (a, b)) == want, (a, b)


def test_a_place_word_for_word_before_the_source_is_a_dateline(annotated):
    adoc = annotated("Des Moines, Iowa (Reuters) - Governor Ann Lee said on Monday that the "
                     "port would reopen.")
    assert {t.text for t in adoc.tokens if t.i in dateline_tokens(adoc)} == {
        "Des", "Moines", ",", "Iowa"}


def test_a_place_word_before_a_person_and_party_is_no_dateline(annotated):
    text = "Ohio Senator Jane Doe (D) - said on Monday that the plant would close."
    adoc = annotated(text)
    assert not dateline_tokens(adoc)
    check(annotated, text, (), ("Jane Doe",), ())


def test_a_credit_in_brackets_closing_a_line_is_furniture(annotated):
    check(annotated, "The plant will close in May, the company said. (Reporting by Jane Rourke "
                     "in Oslo; Editing by Mark Lee)", ("Jane Rourke", "Mark Lee"), (), ())


def test_a_credit_word_in_brackets_inside_a_sentence_is_story_text(annotated):
    text = ("The mayor said on Monday that the bombing of the market (credited to the Norland "
            "Liberation Front by officials in the capital) killed four people in the town and "
            "wounded dozens more near the old bridge.")
    adoc = annotated(text)
    assert not furniture_tokens(adoc)
    check(annotated, text, (), ("Norland Liberation Front",), ())
