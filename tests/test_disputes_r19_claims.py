"""Round 19: a sentence told wholly in quote marks right after a quoted sentence of its
paragraph goes on with that quotation: its speaker is the quotation's, and a negation in it is
the speaker's, not the writer's denial (the reading of real stores, E17). Sentences written for
these tests."""

from __future__ import annotations

from sitroom.extract.claims import _goes_on, extract_claims
from sitroom.extract.quotes import extract_quotes


def claims_of(adoc):
    return extract_claims(adoc, (), extract_quotes(adoc, ()))


GOES_ON = ("The broker spoke to the paper on Friday.\n\n'They ask for the cash, and they will "
           "send the papers to the border, but they want the money first,' he said. 'They will "
           "not give the papers without the money.'")


def test_quoted_sentence_after_a_quote_is_the_speakers(annotated):
    last = claims_of(annotated(GOES_ON))[-1]
    assert last.text.startswith("'They will not give")
    assert (last.source_kind, last.source_text) == ("named", "he")
    assert (last.certainty, last.polarity) == ("reported", "negative")


def test_quoted_sentence_in_a_new_paragraph_does_not_go_on(annotated):
    same = annotated(GOES_ON)
    other = annotated(GOES_ON.replace("he said. 'They will", "he said.\n\n'They will"))
    assert _goes_on(same, len(same.sents) - 2, len(same.sents) - 1)
    assert not _goes_on(other, len(other.sents) - 2, len(other.sents) - 1)


def test_quoted_sentence_after_the_writers_own_stays_the_writers(annotated):
    text = ("The broker spoke to the paper on Friday. 'They will not give the papers without "
            "the money.'")
    last = claims_of(annotated(text))[-1]
    assert last.source_kind == "author"


def test_sentence_not_wholly_quoted_stays_the_writers(annotated):
    text = ("'They want the money first,' he said. The papers were not given to the family "
            "that week.")
    last = claims_of(annotated(text))[-1]
    assert last.text.startswith("The papers")
    assert (last.source_kind, last.certainty) == ("author", "denied")
