"""The sentences of the reports placed in a story, one loop for the rules that compare every
sentence of a story's reports (a person's state, a negated predicate)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any


def story_sentences(extractions, texts: dict[str, str],
                    story_of: dict[str, str]) -> Iterator[tuple[Any, str, int, str]]:
    """Each sentence of each report placed in a story, in the order of the reports and their
    sentences: the report's extraction, its story, the sentence's index and its text."""
    for ex in extractions:
        story = story_of.get(ex.doc)
        if story is None:
            continue
        text = texts.get(ex.doc, "")
        for si, (s0, s1) in enumerate(ex.sentences):
            yield ex, story, si, text[s0:s1]
