"""Round 19, reading defect E22 (hand-made texts): a scraped photo file name (with its
extension, or a social network's photo name whose underscores became spaces) is dropped at
ingest; numbers, links and other file names are kept."""

from __future__ import annotations

import pytest

from sitroom.ingest.clean import clean_text, normalise
from sitroom.ingest.photos import drop_photo_names


def test_a_photo_name_with_lost_underscores_no_longer_opens_the_sentence():
    text = "Leaders met.\n\n2345678 123456789012345 1234567890123456789 n BREAKING: Rebels take Dale"
    assert normalise(text) == "Leaders met.\n\nBREAKING: Rebels take Dale"


def test_an_image_file_name_before_a_caption_is_dropped():
    assert clean_text("IMG_2034.jpg The mayor spoke on Monday.") == "The mayor spoke on Monday."


def test_an_underscored_photo_name_inline_is_dropped():
    assert normalise("A photo 12345678_123456789012_98765432101_o.jpg shows the bridge.") \
        == "A photo shows the bridge."


@pytest.mark.parametrize("text", [
    "See http://example.org/pics/IMG_2034.jpg for the picture.",
    "He paid 120000 dollars in 2015 and 300000 in 2016.",
    "Call 12345 67890 12345 now.",
    "The file report.pdf was leaked on 12 May.",
    "The total was 3.5 million, up from 2.9 million.",
])
def test_numbers_links_and_other_files_are_kept(text):
    assert drop_photo_names(text) == text
