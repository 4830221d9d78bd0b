"""Bounded annotation: long reports annotated slice by slice give one consistent document."""

from __future__ import annotations

from sitroom.annotate import annotate
from sitroom.chunks import annotate_long, slices
from sitroom.model import Document


def test_slices_cover_the_text_and_cut_at_paragraphs_then_sentences():
    text = ("First paragraph here. " * 3).strip() + "\n\n" + "A sentence ends. " * 10
    cuts = slices(text, 80)
    assert cuts[0][0] == 0 and cuts[-1][1] == len(text)
    assert all(a == b for (_, a), (b, _) in zip(cuts, cuts[1:]))  # contiguous
    assert all(b - a <= 80 for a, b in cuts)
    assert text[cuts[0][0]:cuts[0][1]].endswith("\n\n")  # at the paragraph break
    assert all(text[a:b].endswith(". ") for a, b in cuts[1:-1])  # after a sentence end


def test_a_line_without_any_break_is_still_cut_to_size():
    text = "x" * 250
    assert slices(text, 100) == [(0, 100), (100, 200), (200, 250)]


def test_a_long_report_annotated_in_slices_keeps_offsets_and_indices_true():
    text = ("General Haldane spoke in Tbilisi on Monday. Troops left Kutaisi. " * 40).strip()
    doc = Document(id="d", text=text)
    [whole] = annotate_long([doc], annotate, size=300)
    assert whole.doc is doc
    assert [t.i for t in whole.tokens] == list(range(len(whole.tokens)))
    assert all(text[t.idx:t.idx + len(t.text)] == t.text for t in whole.tokens)
    assert "".join(t.text + t.ws for t in whole.tokens) == text
    assert all(text[s.start_char:s.end_char] == s.text for s in whole.sents)
    assert all(whole.tokens[s.start].sent == s.i for s in whole.sents)
    assert all(text[e.start_char:e.end_char] == e.text for e in whole.ents)
    assert sum(e.text == "Tbilisi" for e in whole.ents) == 40
    assert all(whole.tokens[t.head].sent == t.sent for t in whole.tokens)
    [plain] = annotate_long([doc], annotate, size=len(text))  # not sliced: the same picture
    assert len(plain.sents) == len(whole.sents) and len(plain.ents) == len(whole.ents)
