"""Russian and Ukrainian annotation with natasha (segmenter, news morphology, syntax and
NER models, all shipped in its packages) and pymorphy3 lemmas; imported only by
:mod:`sitroom.annotate`, which is the one place NLP libraries run.

Ukrainian runs natasha's Russian models (nothing better installs offline) with
pymorphy3's Ukrainian dictionary for lemmas; ``docs/quality.md`` measures what that costs.
Names are normalised to the nominative (``Зеленського`` -> ``Зеленський``): the lemma of
each token of a person, place or organisation carries the normal form with its capitals.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..model import AnnotatedDoc, Document, Entity, Sentence, Token
from . import ud


@lru_cache(maxsize=1)
def _models():
    from natasha import (MorphVocab, NewsEmbedding, NewsMorphTagger, NewsNERTagger,
                         NewsSyntaxParser, Segmenter)

    emb = NewsEmbedding()
    return (Segmenter(), MorphVocab(), NewsMorphTagger(emb), NewsSyntaxParser(emb),
            NewsNERTagger(emb))


@lru_cache(maxsize=2)
def _pymorphy(lang: str):
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang=lang)


@lru_cache(maxsize=100_000)
def _uk_lemma(word: str) -> str:
    return _pymorphy("uk").parse(word)[0].normal_form


_BREAK = re.compile(r"\n\s*\n")


def _cased(lemma: str, like: str) -> str:
    """``lemma`` with the capitals of the surface word (a name stays a name)."""
    if like[:1].isupper():
        return lemma[:1].upper() + lemma[1:]
    return lemma


def annotate(document: Document, lang: str) -> AnnotatedDoc:
    from natasha import Doc

    segmenter, vocab, morph, syntax, ner = _models()
    text = document.text
    doc = Doc(text)
    doc.segment(segmenter)
    doc.tag_morph(morph)
    doc.parse_syntax(syntax)
    doc.tag_ner(ner)
    # natasha's sentences, cut again at paragraph breaks (a headline is its own sentence)
    breaks = [m.start() for m in _BREAK.finditer(text)]
    index: dict[str, int] = {}
    toks = []
    for s_no, sent in enumerate(doc.sents):
        for t in sent.tokens:
            index[f"{s_no + 1}_{t.id.split('_')[1]}"] = len(toks)
            toks.append((s_no, t))
    starts = []
    prev_sent, prev_stop = -1, -1
    for k, (s_no, t) in enumerate(toks):
        cut = s_no != prev_sent or any(prev_stop <= b < t.start for b in breaks)
        starts.append(cut)
        prev_sent, prev_stop = s_no, t.stop
    sent_of, sentences = [], []
    for k, cut in enumerate(starts):
        if cut:
            sentences.append([k, k + 1])
        else:
            sentences[-1][1] = k + 1
        sent_of.append(len(sentences) - 1)
    spans = []
    label_of: dict[int, tuple[str, str]] = {}
    by_start = {t.start: k for k, (_, t) in enumerate(toks)}
    by_stop = {t.stop: k for k, (_, t) in enumerate(toks)}
    for span in doc.spans:
        a, b = by_start.get(span.start), by_stop.get(span.stop)
        if a is None or b is None or sent_of[a] != sent_of[b]:
            continue
        label = ud.entity(span.type)
        spans.append((a, b + 1, label))
        for k in range(a, b + 1):
            label_of[k] = ("B" if k == a else "I", label)
        if lang == "ru":
            span.normalize(vocab)
            parts = span.normal.split() if span.normal else []
            if len(parts) == b + 1 - a:
                for k, part in zip(range(a, b + 1), parts):
                    label_of[k] = label_of[k] + (part,)
    tokens = []
    for k, (s_no, t) in enumerate(toks):
        nxt = toks[k + 1][1].start if k + 1 < len(toks) else len(text)
        gap = text[t.stop:nxt]
        feats = t.feats or {}
        morph_s = "|".join(f"{a}={v}" for a, v in sorted(feats.items()))
        if lang == "uk":
            lemma = _uk_lemma(t.text.lower())
        else:
            t.lemmatize(vocab)
            lemma = t.lemma or t.text.lower()
        iob, etype, *normal = label_of.get(k, ("O", ""))
        lemma = normal[0] if normal else (_cased(lemma, t.text) if etype or t.pos == "PROPN"
                                          else lemma)
        head_id = t.head_id or "0"
        head = index.get(f"{s_no + 1}_{head_id.split('_')[-1]}", k) if not head_id.endswith(
            "_0") else k
        tokens.append(Token(k, t.text, t.start, gap, lemma, t.pos or "X", ud.tag(t.pos, morph_s),
                            ud.dep(t.rel) if head != k else "ROOT", head, iob, etype,
                            sent_of[k], morph_s))
    sents = tuple(Sentence(i, a, b, toks[a][1].start, toks[b - 1][1].stop,
                           text[toks[a][1].start:toks[b - 1][1].stop])
                  for i, (a, b) in enumerate(sentences))
    ents = tuple(Entity(text[toks[a][1].start:toks[b - 1][1].stop], label, a, b,
                        toks[a][1].start, toks[b - 1][1].stop, sent_of[a])
                 for a, b, label in spans)
    return AnnotatedDoc(document, tuple(tokens), sents, ents, ())
