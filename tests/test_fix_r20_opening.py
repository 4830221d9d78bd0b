"""Round 20 review of the opening-day rule (extract/time_opening.py): its paragraphs are those
of the time tagger (one pattern of a paragraph break, ``time_tagger._PARA_BREAK``), so a
break written with spaces or tabs on the blank line ("\\n  \\n") parts the paragraphs the
quotation-mark test counts in as it parts those the opening is found in: an odd quotation
mark of the headline does not put the lead's act inside a quote. Hand-built parses
(tests/parsekit.py)."""

from __future__ import annotations

from dataclasses import replace

from parsekit import anchored, parse
from sitroom.model import AnnotatedDoc
from test_dates_r20_opening import PUBLISHED, REBUKED, SPOKE_ON_TUESDAY, TUESDAY

# "Senator rebukes “ critics ." (a headline whose quotation mark the lead does not close)
REBUKES_QUOTED = """
    Senator  senator  NOUN  NN   nsubj  rebukes
    rebukes  rebuke   VERB  VBZ  ROOT   -
    “        “        PUNCT ``   punct  critics
    critics  critic   NOUN  NNS  dobj   rebukes
    .        .        PUNCT .    punct  rebukes
"""


def _spaced_breaks(adoc: AnnotatedDoc, fill: str = "  ") -> AnnotatedDoc:
    """``adoc`` with ``fill`` written on every blank line ("\\n\\n" -> "\\n  \\n"), every
    character offset after a break moved along."""
    text = adoc.text
    cuts = [k + 1 for k in range(len(text) - 1) if text[k:k + 2] == "\n\n"]

    def at(c: int) -> int:
        return c + len(fill) * sum(1 for k in cuts if k <= c)

    new = "".join(text[a:b] + (fill if b in cuts else "")
                  for a, b in zip([0, *cuts], [*cuts, len(text)], strict=True))
    return replace(
        adoc, doc=replace(adoc.doc, text=new),
        tokens=tuple(replace(t, idx=at(t.idx)) for t in adoc.tokens),
        sents=tuple(replace(s, start_char=at(s.start_char), end_char=at(s.end_char - 1) + 1)
                    for s in adoc.sents),
        ents=tuple(replace(e, start_char=at(e.start_char), end_char=at(e.end_char - 1) + 1)
                   for e in adoc.ents))


def test_the_spaced_breaks_keep_every_token_at_its_word() -> None:
    adoc = _spaced_breaks(parse(REBUKES_QUOTED, REBUKED, SPOKE_ON_TUESDAY, published=PUBLISHED,
                                paragraphs=(1, 2)))
    assert "\n  \n" in adoc.text and "\n\n" not in adoc.text
    assert all(adoc.text[t.idx:t.idx + len(t.text)] == t.text for t in adoc.tokens)


def test_a_headlines_open_quote_leaves_the_lead_dated_by_the_opening() -> None:
    adoc = parse(REBUKES_QUOTED, REBUKED, SPOKE_ON_TUESDAY, published=PUBLISHED,
                 paragraphs=(1, 2))
    assert anchored(adoc, "rebuked") == (TUESDAY, "paragraph")


def test_a_break_with_spaces_on_its_blank_line_parts_the_quote_test_too() -> None:
    adoc = _spaced_breaks(parse(REBUKES_QUOTED, REBUKED, SPOKE_ON_TUESDAY, published=PUBLISHED,
                                paragraphs=(1, 2)))
    assert anchored(adoc, "rebuked") == (TUESDAY, "paragraph")
