"""Hand-built parses for the rule tests: a sentence is a table, one token a row, so a test of a
rule about structure says exactly which parse it is about and a new model release cannot
silently change what it means.

    adoc = parse('''
        The      the       DET   DT   det    ministry
        ministry ministry  NOUN  NN   nsubj  denied
        denied   deny      VERB  VBD  ROOT   -
        ...
    ''')

Columns: text, lemma, POS, tag, dependency, head, then optionally the entity (``B-PERSON``,
``I-PERSON``; ``O`` or nothing outside one) and the morphology (``Tense=Past|VerbForm=Fin``).
The head is the text of the head token in the same sentence (``word@2`` for its second
occurrence), its 0-based position in the sentence, or ``-`` for the root. Give several
sentence tables for a document of several sentences. Tokens are separated by one space.
"""

from __future__ import annotations

from sitroom.model import AnnotatedDoc, Document, Entity, Sentence, Token


def _rows(table: str) -> list[list[str]]:
    return [line.split() for line in table.strip().splitlines() if line.strip()]


def _head(spec: str, texts: list[str], self_i: int) -> int:
    """A head spec as a 0-based position in the sentence."""
    if spec == "-":
        return self_i
    if spec.isdigit():
        return int(spec)
    word, _, nth = spec.partition("@")
    hits = [k for k, t in enumerate(texts) if t == word]
    n = int(nth or 1)
    if len(hits) < n:
        raise ValueError(f"head {spec!r}: no such token in {' '.join(texts)!r}")
    if not nth and len(hits) > 1:
        raise ValueError(f"head {spec!r} is ambiguous: write {word}@1 .. {word}@{len(hits)}")
    return hits[n - 1]


def parse(*sentences: str, doc_id: str = "t", published: str | None = None,
          paragraphs: tuple[int, ...] = ()) -> AnnotatedDoc:
    """An AnnotatedDoc from one table per sentence (see the module doc); a sentence whose
    index is in ``paragraphs`` opens a new paragraph (a blank line before it)."""
    tokens: list[Token] = []
    sents: list[Sentence] = []
    ents: list[Entity] = []
    text = ""
    for si, table in enumerate(sentences):
        rows = _rows(table)
        if not rows:
            raise ValueError(f"sentence {si} has no tokens")
        texts = [r[0] for r in rows]
        first = len(tokens)
        if text:
            text += "\n\n" if si in paragraphs else " "
        start_char = len(text)
        for k, row in enumerate(rows):
            if len(row) < 6:
                raise ValueError(f"token row {' '.join(row)!r}: need text lemma pos tag dep head")
            word, lemma, pos, tag, dep, head = row[:6]
            ent = row[6] if len(row) > 6 else "O"
            morph = row[7] if len(row) > 7 else ""
            idx = len(text)
            text += word
            last = k == len(rows) - 1
            iob, _, label = ent.partition("-")
            tokens.append(Token(i=first + k, text=word, idx=idx, ws="" if last else " ",
                                lemma=lemma, pos=pos, tag=tag, dep=dep,
                                head=first + _head(head, texts, k), ent_iob=iob or "O",
                                ent_type=label, sent=si, morph=morph))
            if not last:
                text += " "
        sents.append(Sentence(si, first, len(tokens), start_char, len(text),
                              text[start_char:]))
        for t in tokens[first:]:
            if t.ent_iob == "B":
                end = t.i + 1
                while end < len(tokens) and tokens[end].ent_iob == "I":
                    end += 1
                ents.append(Entity(text[t.idx:tokens[end - 1].end], t.ent_type, t.i, end, t.idx,
                                   tokens[end - 1].end, si))
    doc = Document(id=doc_id, text=text, published=published)
    return AnnotatedDoc(doc, tuple(tokens), tuple(sents), tuple(ents))


def index(adoc: AnnotatedDoc, word: str, nth: int = 1) -> int:
    """The document index of the ``nth`` token written ``word``."""
    hits = [t.i for t in adoc.tokens if t.text == word]
    if len(hits) < nth:
        raise ValueError(f"no token {word!r} (#{nth}) in {adoc.text!r}")
    return hits[nth - 1]


def anchored(adoc: AnnotatedDoc, word: str, nth: int = 1) -> tuple[str | None, str]:
    """The date and ``date_source`` the shipped anchoring gives the event at the ``nth`` token
    written ``word``, against the document's own time expressions."""
    from sitroom.extract.times import anchor_event, extract_times

    a = anchor_event(adoc, index(adoc, word, nth), extract_times(adoc))
    return a.date, a.date_source
