"""Dictionary forms of names in inflected languages, read off the annotation (pure: no NLP
library here). In Russian and Ukrainian a name changes with its case ("Стравінського",
"Пловдива"); annotate puts each named token's nominative, with its capitals, in its lemma,
so the extractors look names up and key them by that form, while offsets and quoted text
stay the report's own."""

from __future__ import annotations

from ..model import AnnotatedDoc
from .detect import settings


def _inflected(adoc: AnnotatedDoc, char: int = 0) -> bool:
    """Whether the text at ``char`` is in a language that inflects names: its live-blog
    entry's own language, else the report's."""
    entry = adoc.doc.update_at(char) if adoc.doc.updates else None
    lang = (entry.language if entry else "") or adoc.doc.language
    return lang in settings().get("inflected_names", ())


def name_form(adoc: AnnotatedDoc, start: int, end: int) -> str:
    """The text of the token span [start, end), each capitalised word in its dictionary form
    when the report's language inflects names; the span's text otherwise."""
    text = adoc.span_text(start, end)
    if start >= end or not _inflected(adoc, adoc.tokens[start].idx):
        return text
    out = []
    for t in adoc.tokens[start:end]:
        word = t.lemma if t.text[:1].isupper() and t.lemma[:1].isupper() else t.text
        out.append(word + (" " if t.ws else ""))
    return "".join(out).strip()


def name_form_at(adoc: AnnotatedDoc, start_char: int, end_char: int) -> str:
    """:func:`name_form` of the tokens covering the characters [start_char, end_char)."""
    if start_char >= end_char or not _inflected(adoc, start_char):
        return adoc.text[start_char:end_char]
    a, b = adoc.token_at(start_char), adoc.token_at(end_char - 1) + 1
    if adoc.tokens[a].idx != start_char or adoc.tokens[b - 1].end != end_char:
        return adoc.text[start_char:end_char]
    return name_form(adoc, a, b)
