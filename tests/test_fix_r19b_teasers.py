"""Round 19, ingest: a label line of one word ("Recommended", "Sponsored") opens a sponsored
block only when at least two teaser lines follow it; alone over one line, that line is as
likely the story's next line and stays (hand-made texts)."""

from __future__ import annotations

from sitroom.ingest.teasers import without_teasers

_BEFORE = ("The harbour authority closed the northern pier on Tuesday after a crane collapsed "
           "onto a cargo ship, port officials said.")
_NEXT = "Divers searched the water below the wreck until nightfall."
_AFTER = ("Marta Quill, the harbour master, said the crane had been inspected in March and that "
          "the northern pier would stay closed until the inspectors finished their work.")


def test_a_one_word_label_over_two_teasers_drops_them():
    text = (f"{_BEFORE}\n\nRecommended\n\nThis one trick melts belly fat overnight\n\n"
            f"Win a luxury cruise for two today\n{_AFTER}")
    out = without_teasers(text)
    assert out == f"{_BEFORE}\n\n{_AFTER}"


def test_a_lone_one_word_label_keeps_the_story_line_after_it():
    text = f"{_BEFORE}\n\nRecommended\n{_NEXT}\n\n{_AFTER}"
    assert without_teasers(text) == text


def test_a_lone_one_word_label_with_a_colon_keeps_the_story_line_after_it():
    text = f"{_BEFORE}\n\nSponsored:\n{_NEXT}\n\n{_AFTER}"
    assert without_teasers(text) == text


def test_a_label_of_several_words_over_one_teaser_still_drops_it():
    text = f"{_BEFORE}\n\nRecommended for You\n{_NEXT}\n\n{_AFTER}"
    out = without_teasers(text)
    assert "Divers" not in out and "Recommended" not in out
    assert _BEFORE in out and _AFTER in out
