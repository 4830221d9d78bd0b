"""Round 19, ingest: a sponsored teaser block scraped into a report's body (an ad network's
label and its clickbait lines) is dropped from the text, so that no claim is read from it;
the story around it, and lines that only look like a label, stay (hand-made texts)."""

from __future__ import annotations

import json

from sitroom.ingest import read_file
from sitroom.ingest.teasers import is_label, without_teasers

_BEFORE = ("The harbour authority closed the northern pier on Tuesday after a crane collapsed "
           "onto a cargo ship, port officials said.")
_AFTER = ("Marta Quill, the harbour master, said the crane had been inspected in March and that "
          "the northern pier would stay closed until the inspectors finished their work.")
_END = "Quill said two workers were treated for minor injuries at the scene."


def test_an_ad_networks_teasers_are_dropped_and_the_story_resumes():
    text = (f"{_BEFORE}\n\nSponsored by Clickfarm\n\nThis one trick melts belly fat overnight\n\n"
            f"Doctors hate this cheap gadget!\n{_AFTER}\n\n{_END}")
    out = without_teasers(text)
    assert out == f"{_BEFORE}\n\n{_AFTER}\n\n{_END}"


def test_a_teaser_glued_to_the_story_by_one_line_break_goes_alone():
    text = f"{_BEFORE}\n\nAds by Clickfarm\nWin a luxury cruise for two today\n{_AFTER}\n\n{_END}"
    out = without_teasers(text)
    assert "cruise" not in out and "Clickfarm" not in out
    assert _AFTER in out and _BEFORE in out


def test_a_report_read_from_json_lines_has_no_teaser_text(tmp_path):
    body = (f"{_BEFORE}\n\nFrom Around the Web\n\nTen celebrities who vanished overnight\n\n"
            f"{_AFTER}\n\n{_END}")
    path = tmp_path / "r.jsonl"
    path.write_text(json.dumps({"text": body, "outlet": "Harbour Daily"}) + "\n", encoding="utf-8")
    (doc,) = read_file(path)
    assert "celebrities" not in doc.text and "Around the Web" not in doc.text
    assert doc.text.startswith(_BEFORE) and doc.text.endswith(_END)


def test_labels_are_whole_lines_with_at_most_a_short_name():
    assert is_label("Ads by Clickfarm") and is_label("Recommended for You") and is_label("Sponsored:")
    assert not is_label("Sponsored by the city council, the fair opened on Monday.")
    assert not is_label("Recommended reading for the weekend includes three new novels")


# ----------------------------------------------------------------------- where it must not fire


def test_a_line_after_the_label_that_names_a_person_of_the_story_is_story():
    text = (f"{_BEFORE}\n\nPromoted Stories\nQuill told reporters the pier was safe.\n\n{_AFTER}")
    out = without_teasers(text)
    assert "Promoted Stories" not in out
    assert "Quill told reporters the pier was safe." in out


def test_a_line_that_shares_the_storys_words_is_story():
    text = (f"{_BEFORE}\n\nYou May Like\n\nPort officials closed the northern pier after the crane "
            f"collapsed.\n\n{_AFTER}")
    out = without_teasers(text)
    assert "Port officials closed the northern pier after the crane collapsed." in out


def test_an_advertisement_slot_marker_is_left_to_the_extractors():
    text = f"{_BEFORE}\n\nAdvertisement\n\nWin a luxury cruise for two today\n\n{_AFTER}"
    assert without_teasers(text) == text


def test_a_text_without_a_label_is_returned_as_it_is():
    text = f"{_BEFORE}\n\nDoctors hate this cheap gadget!\n\n{_AFTER}"
    assert without_teasers(text) is text


def test_a_record_of_teasers_alone_keeps_its_text(tmp_path):
    body = "Sponsored\n\nWin a luxury cruise for two today"
    path = tmp_path / "ad.jsonl"
    path.write_text(json.dumps({"text": body}) + "\n", encoding="utf-8")
    (doc,) = read_file(path)
    assert doc.text == body
