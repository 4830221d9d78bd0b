"""Round 21 (docs/judgements/reading.md E33; docs/judgements/events.md, "Round 21: rules from
draw AD"): a dash-like mark (U+2015, U+2014) between two clauses, parsed as an object, is no
recipient of an event; a named victim stays the recipient. Hand-written sentences."""

from __future__ import annotations

from eventkit import events_of

HEAD = "Notes from the county\n\n"


def _shot(annotated, text):
    return next(e for e in events_of(annotated, HEAD + text) if e.trigger == "shot")


def test_a_horizontal_bar_is_no_recipient(annotated):
    e = _shot(annotated, "Dan Moss, 52 \u2015 a teacher and coach who ran a youth league for "
                         "years \u2015 was shot and wounded by a white deputy after his truck "
                         "broke down near a bridge.")
    assert e.actor_text == "white deputy"
    assert e.recipient_text is None


def test_a_named_victim_stays_the_recipient(annotated):
    e = _shot(annotated, "Dan Moss, 52, a teacher and coach who ran a youth league for years, "
                         "was shot and wounded by a white deputy after his truck broke down "
                         "near a bridge.")
    assert e.recipient_text == "Dan Moss"


def test_a_word_recipient_is_kept():
    from sitroom.extract.events_args import _wordless
    from sitroom.model import AnnotatedDoc, Document, Sentence, Token
    text = "Moss \u2015 hit"
    toks = (Token(0, "Moss", 0, " ", "Moss", "PROPN", "NNP", "nsubj", 2, "B", "PERSON", 0),
            Token(1, "\u2015", 5, " ", "\u2015", "PUNCT", ":", "punct", 2, "O", "", 0),
            Token(2, "hit", 7, "", "hit", "VERB", "VBD", "ROOT", 2, "O", "", 0))
    adoc = AnnotatedDoc(Document(id="x", text=text, published="2023-06-24"), toks,
                        (Sentence(0, 0, 3, 0, len(text), text),), ())
    assert _wordless(adoc, 0) == 0
    assert _wordless(adoc, 1) is None
    assert _wordless(adoc, None) is None
