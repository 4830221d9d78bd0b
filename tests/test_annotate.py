"""Annotate: sitroom's components around spaCy's pipeline, and the compiled attribute ruler."""

from __future__ import annotations

import pytest

from sitroom.annotate import ATTRIBUTES, AttributeTable, annotate_text, load, load_stock

# the ruler's one-token rules (tag map, word exceptions), its two-token rules ("gonna",
# "ain't", "let's", "y'all", "c'mon", "there is") and whitespace tokens
TEXT = ("Y'all ain't gonna believe it, she said. Let's go, c'mon! There is a man whose dog "
        "barks; there's none here and they've gotta go.\n\n  \nWhose book is it? I'd say hers. "
        "The U.S. Army's 3rd Brigade, 2,000 troops, wasn't ready at 5 p.m. on Jan. 3.")


def _attributes(doc):
    return [(t.text, t.pos_, str(t.morph), t.lemma_, t.tag_, t.dep_) for t in doc]


def test_pipeline_has_the_table_instead_of_the_ruler():
    nlp = load()
    assert ATTRIBUTES in nlp.pipe_names and "attribute_ruler" not in nlp.pipe_names
    assert nlp.pipe_names.index(ATTRIBUTES) < nlp.pipe_names.index("lemmatizer")
    stock = load_stock()
    assert "attribute_ruler" in stock.pipe_names
    assert not [p for p in stock.pipe_names if p.startswith("sitroom")]


def test_table_gives_the_rulers_attributes():
    nlp, stock = load(), load_stock()
    with nlp.select_pipes(disable=["sitroom_paragraphs", "sitroom_entity_lines"]):
        ours = nlp(TEXT)
    theirs = stock(TEXT)
    assert _attributes(ours) == _attributes(theirs)
    # the two-token rules did fire: "gonna" is lemmatised by the ruler as "go" + "to"
    gon = [t for t in ours if t.lower_ == "gon"]
    assert gon and gon[0].lemma_ == "go" and gon[0].nbor().lemma_ == "to"


class _Ruler:
    """A stand-in with the ruler's interface (patterns, normalised attrs, indices)."""

    def __init__(self, patterns):
        self.patterns = [{"patterns": [p], "attrs": {}, "index": 0} for p in patterns]
        self.attrs = [{} for _ in patterns]
        self.indices = [0 for _ in patterns]


def test_rules_the_table_cannot_compile_keep_the_ruler():
    assert AttributeTable.compile(_Ruler([[{"TAG": "NN"}], [{"LOWER": {"IN": ["a"]}}]]))
    assert AttributeTable.compile(_Ruler([[{"LENGTH": 3}]])) is None
    assert AttributeTable.compile(_Ruler([[{"LOWER": {"FUZZY": "abc"}}]])) is None
    assert AttributeTable.compile(_Ruler([[{"TAG": "NN", "OP": "+"}]])) is None


@pytest.mark.parametrize("text, starts", [
    ("Troops Seized The Base\n\nThe army said it was calm.", ["Troops", "The"]),
])
def test_blank_line_starts_a_sentence(text, starts):
    adoc = annotate_text(text)
    assert [adoc.tokens[s.start].text for s in adoc.sents] == starts


def test_entities_do_not_run_over_a_paragraph_break():
    adoc = annotate_text("Talks Under Way\n\nJohn Smith met the envoys in Geneva on Monday.")
    assert all("\n\n" not in e.text for e in adoc.ents)
    assert any(e.text == "John Smith" for e in adoc.ents)
