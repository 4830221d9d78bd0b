"""Bounded annotation: a long report is annotated in slices and the slices joined again.

spaCy's memory grows with the length of one Doc (about 4 GB for a 1 MB one-line report), so a
report longer than :data:`CHUNK_CHARS` is cut into contiguous slices of its text — at
paragraph breaks, else after a sentence's final punctuation, else at a space, else anywhere
— each slice annotated as its own text, and the annotations joined into one
:class:`~sitroom.model.AnnotatedDoc` over the whole text (token, sentence and entity indices
and character offsets shifted). The text is never changed, so every offset stays true.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterable

from .model import AnnotatedDoc, Document, Entity, Sentence, Token

CHUNK_CHARS = 50_000  # memory per slice stays near that of a long article
_PARAGRAPH = re.compile(r"\n[ \t]*\n\s*")
_SENTENCE_END = re.compile(r"""[.!?;…]["'”’)\]]*\s+""")
_SPACE = re.compile(r"\s+")


def slices(text: str, size: int = CHUNK_CHARS) -> list[tuple[int, int]]:
    """Contiguous (start, end) slices covering ``text``, each at most ``size`` characters,
    cut at the last paragraph break, else sentence end, else space in the slice's second
    half (anywhere when there is none)."""
    out = []
    start = 0
    n = len(text)
    while n - start > size:
        window = text[start:start + size]
        cut = 0
        for pattern in (_PARAGRAPH, _SENTENCE_END, _SPACE):
            ends = [m.end() for m in pattern.finditer(window, size // 2)]
            ends = [e for e in ends if e < size]
            if ends:
                cut = ends[-1]
                break
        cut = cut or size
        out.append((start, start + cut))
        start += cut
    out.append((start, n))
    return out


def annotate_long(documents: list[Document],
                  annotate: Callable[[list[Document]], Iterable[AnnotatedDoc]],
                  size: int = CHUNK_CHARS) -> list[AnnotatedDoc]:
    """``annotate(documents)``, with every document longer than ``size`` annotated slice by
    slice (one slice at a time, so only one slice is in memory) and joined; same order as
    ``documents``."""
    short = [d for d in documents if len(d.text) <= size]
    done = {id(d): a for d, a in zip(short, annotate(short))} if short else {}
    out = []
    for d in documents:
        if id(d) in done:
            out.append(done[id(d)])
            continue
        cuts = slices(d.text, size)
        parts = [next(iter(annotate([dataclasses.replace(d, text=d.text[a:b], updates=())])))
                 for a, b in cuts]
        out.append(join(d, parts, [a for a, _ in cuts]))
    return out


def join(document: Document, parts: list[AnnotatedDoc], offsets: list[int]) -> AnnotatedDoc:
    """One AnnotatedDoc of ``document`` from the annotations of its consecutive slices
    (``offsets``: each slice's first character in the document)."""
    tokens: list[Token] = []
    sents: list[Sentence] = []
    ents: list[Entity] = []
    chunks: list[tuple[int, int]] = []
    for part, char in zip(parts, offsets):
        tok, sen = len(tokens), len(sents)
        tokens.extend(dataclasses.replace(t, i=t.i + tok, idx=t.idx + char, head=t.head + tok,
                                          sent=t.sent + sen) for t in part.tokens)
        sents.extend(dataclasses.replace(s, i=s.i + sen, start=s.start + tok, end=s.end + tok,
                                         start_char=s.start_char + char,
                                         end_char=s.end_char + char) for s in part.sents)
        ents.extend(dataclasses.replace(e, start=e.start + tok, end=e.end + tok,
                                        start_char=e.start_char + char,
                                        end_char=e.end_char + char, sent=e.sent + sen)
                    for e in part.ents)
        chunks.extend((a + tok, b + tok) for a, b in part.noun_chunks)
    return AnnotatedDoc(document, tuple(tokens), tuple(sents), tuple(ents), tuple(chunks))
