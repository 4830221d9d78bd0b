"""Quote spans, round 24 (docs/judgements/speakers.md, "## Round 24, second wave: quote spans
without doubled-apostrophe marks"): a direct quote written with the typewriter pair ``''`` for
its marks is cut without them, as one in curly or straight double marks is; one apostrophe, and
a pair inside the span, stay (hand-made texts, invented names)."""

from __future__ import annotations

from sitroom.extract.quote_marks import _clean

from speakerkit import quotes as _quotes


def _spans(adoc, word):
    """The cut spans (as text) of the one quote whose text holds ``word``."""
    _, found = _quotes(adoc)
    (q,) = [q for q in found if word in q.text]
    return [adoc.text[s:e] for s, e in q.parts()]


def test_doubled_apostrophe_marks_are_cut_from_a_two_part_quote(annotated):
    adoc = annotated("''This is a big day for the farmers of the valley,'' said Ann Carter of the "
                     "Millbrook Growers Union. ''It gives back what they had for decades.''")
    assert _spans(adoc, "big day") == ["This is a big day for the farmers of the valley,",
                                       "It gives back what they had for decades."]


def test_doubled_apostrophe_marks_are_cut_after_the_cue(annotated):
    adoc = annotated("Tom Hale spoke at the fair in Eastbrook on Monday. He said, ''We will "
                     "build the new bridge over the river this year.''")
    assert _spans(adoc, "bridge") == ["We will build the new bridge over the river this year."]


def test_curly_and_straight_marks_are_cut_as_before(annotated):
    curly = annotated("“We will build the new bridge over the river this year,” Tom Hale said.")
    straight = annotated('"We will build the new bridge over the river this year," Tom Hale said.')
    want = ["We will build the new bridge over the river this year,"]
    assert _spans(curly, "bridge") == want
    assert _spans(straight, "bridge") == want


def test_one_apostrophe_at_an_end_is_no_mark():
    text = "“the workers' ”"
    assert text[slice(*_clean(text, 0, len(text)))] == "the workers'"
    text = "'Tis the season"
    assert text[slice(*_clean(text, 0, len(text)))] == "'Tis the season"


def test_a_pair_inside_the_span_stays():
    text = "''They didn''t come back,'' she said"
    s, e = _clean(text, 0, text.index(" she"))
    assert text[s:e] == "They didn''t come back,"
