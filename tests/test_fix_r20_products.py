"""Round 20 review of the product-line rule (extract/actor_labels_products.py): a product line
named after its maker ends at its last product word (one word more only when that word closes
the run of proper nouns and is no person's: "the Norvik Watch Sport"), so a person named right
after the line is no piece of it; and the lines are found from the document alone, keeping no
report alive between calls. Sentences are made up."""

from __future__ import annotations

import gc
import weakref

from actorkit import check
from sitroom.annotate import annotate_one
from sitroom.extract.actor_labels_products import _product_lines, product_piece
from sitroom.model import Document

RUN_ON = ("Norvik said on Monday that it would sell three watches. The Norvik Watch Sport "
          "Edition Anna Berg bought was the most expensive of the three. Berg said she liked it.")


def _spans(adoc, word):
    return [(t.i, t.i + 1) for t in adoc.tokens if t.text == word]


def test_a_product_line_ends_at_its_last_product_word(annotated):
    assert _product_lines(annotated(RUN_ON)) == {("Norvik", "Watch", "Sport", "Edition")}


def test_a_person_named_after_a_product_line_is_no_piece_of_it(annotated):
    adoc = annotated(RUN_ON)
    assert not any(product_piece(adoc, s, e) for s, e in _spans(adoc, "Berg"))
    check(annotated, RUN_ON, (), ("Berg", "Norvik"))


def test_a_model_name_closing_the_line_is_still_a_piece(annotated):
    adoc = annotated("Norvik said on Monday that it would sell the Norvik Watch Sport.\n\n"
                     "The cheapest Sport is set to cost around $300.")
    assert ("Norvik", "Watch", "Sport") in _product_lines(adoc)
    assert product_piece(adoc, *_spans(adoc, "Sport")[-1])


def test_product_lines_keep_no_report_alive():
    adoc = annotate_one(Document(id="w", text=RUN_ON))
    ref = weakref.ref(adoc)
    assert _product_lines(adoc)
    del adoc
    gc.collect()
    assert ref() is None


def test_product_lines_depend_only_on_the_report_given(annotated):
    with_line, without = annotated(RUN_ON), annotated("Anna Berg said on Monday she liked it.")
    assert _product_lines(with_line) and not _product_lines(without)
    assert _product_lines(with_line) == _product_lines(annotated(RUN_ON))
