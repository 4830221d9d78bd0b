"""Round 19, reading defects of the quotes (hand-made texts): a caption's one capitalised word
before a colon is no speaker of the line after it (E25), and a content that opens a passage in
single marks ends at the passage's closing mark, not before it (E27)."""

from __future__ import annotations

from sitroom.extract.quote_attribution import Attribution
from sitroom.extract.quote_extents import _extend_tails

from speakerkit import quotes as _quotes


def _speakers(adoc):
    _, found = _quotes(adoc)
    return {q.speaker_text for q in found}


def test_a_captions_adjective_before_a_colon_is_no_speaker(annotated):
    adoc = annotated("Fighters held the town on Monday.\n\nCalm: The young nurse Lina Moss - who "
                     "became famous for her work in the camp - is safe and well, her friends "
                     "said today\n\nA large crowd gathered.")
    assert "Calm" not in _speakers(adoc)


def test_a_captions_word_tagged_a_name_but_used_nowhere_else_is_no_speaker(annotated):
    adoc = annotated("The town fell on Monday.\n\nBold: Hundreds of volunteers are helping the "
                     "army in the north, many of them in the hills\n\nNews agencies reported it.")
    assert "Bold" not in _speakers(adoc)


def test_a_word_the_report_also_writes_in_lower_case_is_no_speaker(annotated):
    adoc = annotated("The talks ended on Monday.\n\nHope: The two sides will meet again in "
                     "spring, officials said\n\nThere is little hope of a deal, aides said.")
    assert "Hope" not in _speakers(adoc)


def test_an_editorial_urgent_label_is_no_speaker(annotated):
    adoc = annotated("Leaders met on Monday.\n\nURGENT: Rebels take the northern town of Dale "
                     "after a long siege\n\nThe army withdrew.")
    assert "URGENT" not in _speakers(adoc)


def test_a_surname_the_report_names_elsewhere_is_the_speaker_of_its_line(annotated):
    adoc = annotated("Mayor Ann Lee spoke to reporters on Monday about the flood.\n\n"
                     "Lee: We will rebuild the bridge by May and open the road in June.\n\n"
                     "The council met later.")
    assert "Lee" in _speakers(adoc)


def test_a_transcripts_capitals_label_stays_a_speaker(annotated):
    adoc = annotated("A transcript of the hearing follows.\n\n"
                     "HALE: We did not know about the fire until the morning.\n\n"
                     "The hearing ended at noon.")
    assert "HALE" in _speakers(adoc)


_TEXT = "Tom Hale said the guards were still 'shooting wildly'.\n\nThe town fell."


def _attribution(adoc, content_end: str) -> Attribution:
    text = adoc.text
    verb = adoc.token_at(text.index("said"))
    start = text.index("the guards")
    end = text.index(content_end) + len(content_end)
    return Attribution(((0, 8),), ((9, 13),), ((start, end),), "mixed", verb, 1, 0, "ccomp")


def test_a_content_ending_before_a_closing_single_mark_takes_the_mark(annotated):
    adoc = annotated(_TEXT)
    (a,) = _extend_tails(adoc, [_attribution(adoc, "wildly")])
    s, e = a.content[-1]
    assert adoc.text[s:e] == "the guards were still 'shooting wildly'"


def test_a_closing_single_mark_after_a_full_stop_is_taken_with_it(annotated):
    adoc = annotated("Tom Hale said the guards had seized the medic 'Lina.' The town fell.")
    text = adoc.text
    verb = adoc.token_at(text.index("said"))
    start, end = text.index("the guards"), text.index("Lina") + len("Lina")
    a = Attribution(((0, 8),), ((9, 13),), ((start, end),), "mixed", verb, 1, 0, "ccomp")
    (a,) = _extend_tails(adoc, [a])
    assert text[a.content[-1][0]:a.content[-1][1]].endswith("'Lina.'")


def test_a_plural_possessive_mark_after_a_content_without_an_open_mark_is_not_taken(annotated):
    adoc = annotated("Tom Hale said the rifles were the guards'. The town fell.")
    text = adoc.text
    verb = adoc.token_at(text.index("said"))
    start, end = text.index("the rifles"), text.index("guards") + len("guards")
    a = Attribution(((0, 8),), ((9, 13),), ((start, end),), "mixed", verb, 1, 0, "ccomp")
    (b,) = _extend_tails(adoc, [a])
    assert b.content == a.content


def test_a_quote_in_single_marks_ends_closed_end_to_end(annotated):
    _, found = _quotes(annotated(_TEXT))
    (q,) = [q for q in found if "shooting" in q.text]
    assert q.text.endswith("'shooting wildly'")


def test_a_poll_label_stays_the_source_of_its_headline(annotated):
    adoc = annotated("Poll: Voters back the new tax plan by a wide margin\n\n"
                     "The poll of 900 adults was taken last week.")
    assert "Poll" in _speakers(adoc)


def test_a_headlines_one_word_name_stays_its_speaker_though_named_nowhere_else(annotated):
    adoc = annotated("Harper: The bridge must reopen before the winter comes\n\n"
                     "The senator spoke on Friday.")
    assert "Harper" in _speakers(adoc)


def test_a_headlines_common_word_written_in_lower_case_later_is_no_speaker(annotated):
    adoc = annotated("Calm: The two sides agreed to a truce on the border on Sunday\n\n"
                     "An uneasy calm held in the villages, officials said.")
    assert "Calm" not in _speakers(adoc)
