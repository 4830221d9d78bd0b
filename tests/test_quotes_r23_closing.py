"""Quote speakers, round 23 (docs/judgements/speakers.md, the cue-after-the-quote class of blind
draw 2201, read for rules): a quote that ends on a question or exclamation mark inside its marks
closes the parser's sentence there, so its cue after it ("“…, who knows?” Tom Hale told the
station in an interview aired on Monday") opens a sentence of its own; the cue is the quote's
when that sentence opens on the verb's subject and a speech verb, or on the verb and its
subject ("said Tom Hale"), at any length. Not for a quote that ends on a comma, nor for a
sentence that opens on anything else (hand-made texts)."""

from __future__ import annotations

from speakerkit import name as _name
from speakerkit import quote as _quote
from speakerkit import quotes

_BEFORE = ("Ann Carter criticised Tom Hale in the council over his plan and suggested that "
           "the city would turn against him.\n\n")


def test_a_long_cue_sentence_after_a_question_is_the_quotes(annotated):
    adoc = annotated(_BEFORE + "“It looks like we are not going to have a good relationship, "
                     "who knows?” Tom Hale told the local radio station in an interview aired "
                     "on Monday when asked how ties would fare.")
    actors, q = _quote(adoc, "It looks")
    assert q.cue == "told" and _name(actors, q.speaker) == "Tom Hale"


def test_a_verb_before_its_subject_after_an_exclamation(annotated):
    adoc = annotated(_BEFORE + "“We will win this race in the spring and nobody can stop us!” "
                     "said Tom Hale.")
    actors, q = _quote(adoc, "We will")
    assert q.cue == "said" and _name(actors, q.speaker) == "Tom Hale"


def test_a_sentence_opening_on_something_else_takes_no_quote(annotated):
    adoc = annotated(_BEFORE + "“Who will pay for the new bridge over the river?” In the "
                     "evening Tom Hale told the local radio station that the plan was sound.")
    _actors, found = quotes(adoc)
    assert not [q for q in found if q.text.startswith("Who will") and q.cue == "told"]
