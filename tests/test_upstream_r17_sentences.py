"""Round 17: sentence boundaries set before the parser (sitroom.sentence_bounds): a line break
ends a sentence before a capitalised line in scraped text, not before a name or in a wrapped
text."""

from sitroom.annotate import annotate_text
from sitroom.sentence_bounds import hard_wrapped, line_starts


def _sents(text: str) -> list[str]:
    return [s.text.strip() for s in annotate_text(text).sents if s.text.strip()]


def test_a_line_after_a_label_opens_a_sentence():
    text = "Home, Weather\nThe ferry service resumed on Monday after the storm. It was late."
    assert _sents(text)[0] == "Home, Weather"
    assert _sents(text)[1].startswith("The ferry service")


def test_a_line_opening_with_a_sentence_word_opens_a_sentence():
    text = "Ferry photo of the harbour at dawn\nHe said the crossing was safe."
    assert line_starts(text) == frozenset({text.index("He said")})


def test_a_name_after_a_line_break_does_not_open_a_sentence():
    text = "The harbour master met\nMaria Lind on Monday at the quay."
    assert line_starts(text) == frozenset()
    assert len(_sents(text)) == 1


def test_hard_wrapped_text_keeps_its_line_breaks_inside_sentences():
    line = "the ferry company said on Monday that the crossing would resume"
    text = "\n".join([line, "The crossing " + line, "The other " + line, "And more text."])
    assert hard_wrapped(text)
    assert line_starts(text) == frozenset()
    assert not hard_wrapped("Home, Weather\nThe ferry service resumed.")
