"""Russian and Ukrainian annotation with natasha (segmenter, news morphology, syntax and
NER models, all shipped in its packages) and pymorphy3 lemmas; imported only by
:mod:`sitroom.annotate`, which is the one place NLP libraries run.

Ukrainian runs natasha's Russian models (nothing better installs offline) with
pymorphy3's Ukrainian dictionary for lemmas; ``docs/quality.md`` measures what that costs.
Names are normalised to the nominative (``Стравінського`` -> ``Стравінський``): the lemma of
each token of a person, place or organisation carries the normal form with its capitals.
"""

from __future__ import annotations

import re
from contextlib import AbstractContextManager, nullcontext
from functools import lru_cache
from typing import Any

from ..model import AnnotatedDoc, Document, Entity, Sentence, Token
from . import person_forms, ud, uk_clauses
from .translit import has_cyrillic


@lru_cache(maxsize=1)
def _models():
    from natasha import (
        MorphVocab,
        NewsEmbedding,
        NewsMorphTagger,
        NewsNERTagger,
        NewsSyntaxParser,
        Segmenter,
    )

    emb = NewsEmbedding()
    return (Segmenter(), MorphVocab(), NewsMorphTagger(emb), NewsSyntaxParser(emb),
            NewsNERTagger(emb))


@lru_cache(maxsize=2)
def _pymorphy(lang: str):
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang=lang)


def _one_blas_thread() -> AbstractContextManager[object]:
    """natasha's models are numpy matrix products over one sentence batch at a time: products
    too small for BLAS threads, whose start and spin cost more than they save (4-6x slower on
    two busy cores: ``scripts/bench_languages.py``). One thread while they run; the limit is
    lifted afterwards, so other numpy code keeps its threads."""
    try:
        from threadpoolctl import threadpool_limits  # type: ignore[import-untyped]  # with sklearn
    except ImportError:  # pragma: no cover - then the models run as they are
        return nullcontext()
    return threadpool_limits(limits=1, user_api="blas")


_NAME_TAGS = ("Name", "Surn", "Patr", "Geox")
_APOSTROPHE = re.compile(r"(?<=[а-яіїєґ])['’ʼ](?=[а-яіїєґ])", re.IGNORECASE)


@lru_cache(maxsize=100_000)
def _uk_parse(word: str) -> tuple[str, str]:
    """(lemma, what the word names: "person", "place" or "") of a Ukrainian word. A
    capitalised word prefers a name reading (first name, surname, place) over a commoner
    one ("Стравінського" is the surname Стравінський, not the adjective)."""
    word = _APOSTROPHE.sub("'", word)
    parses = _pymorphy("uk").parse(word.lower())
    if not parses:
        return word.lower(), ""
    if word[:1].isupper():
        for p in parses:
            grams = set(str(p.tag).replace(" ", ",").split(","))
            if grams & set(_NAME_TAGS):
                return p.normal_form, "place" if "Geox" in grams else "person"
        nouns = [p for p in parses if "NOUN" in str(p.tag)]
        if nouns:  # a common noun the dictionary knows ("Болгарії"), not a guessed surname
            known = _pymorphy("uk").word_is_known(word.lower())
            return nouns[0].normal_form, "thing" if known and "inan" in str(nouns[0].tag) else ""
        if "ADJF" in str(parses[0].tag):  # an unknown surname read as an adjective: keep it
            return word.lower(), ""
    return parses[0].normal_form, ""


@lru_cache(maxsize=100_000)
def _uk_readings(word: str) -> tuple[frozenset[str], ...]:
    """The Ukrainian dictionary's readings of a word it knows, as sets of grammemes (none for
    a word it only guesses)."""
    analyzer = _pymorphy("uk")
    word = _APOSTROPHE.sub("'", word)
    if not analyzer.word_is_known(word.lower()):
        return ()
    return tuple(frozenset(p.tag.grammemes) for p in analyzer.parse(word.lower()))


@lru_cache(maxsize=100_000)
def _person_word(word: str, lang: str, first: bool) -> str:
    """A word of a person's name in the nominative, its gender kept ("Драгневой" ->
    "Драгнева", "Милены" -> "Милена"): the dictionary's first-name reading for the first
    word of a longer name, its surname reading otherwise, else the word as written."""
    parses = _pymorphy(lang).parse(word.lower())
    if any({"NOUN", "sing", "nomn"} <= set(str(p.tag).replace(" ", ",").split(","))
           for p in parses):
        return word  # already the nominative ("Драгнева", "Тодорова")
    want = ("Name",) if first else ("Surn", "Name")
    for tag in want:
        for p in parses:
            if tag in str(p.tag):
                form = p.inflect({"nomn", "sing"}) if "sing" in str(p.tag) else None
                return _cased(form.word if form else p.normal_form, word)
    return word


def _common_noun(word: str) -> bool:
    """A word the Ukrainian dictionary knows only as a common noun (no name reading)."""
    morph = _pymorphy("uk")
    parses = morph.parse(word.lower())
    return (morph.word_is_known(word.lower()) and bool(parses) and "NOUN" in str(parses[0].tag)
            and not any(t in str(p.tag) for p in parses for t in _NAME_TAGS))


def _uk_spans(spans: list[tuple[int, int, str]], toks, is_place) -> list[tuple[int, int, str]]:
    """The Russian recogniser on Ukrainian text, corrected by the Ukrainian dictionary and
    the gazetteer: a span is cut at a conjunction or a comma ("Пазарджика і Софії" is two
    names), and a place's or a person's at a preposition ("Львова з Києва"); a "person"
    none of whose words is a name but one is an inanimate noun, or a one-word "person" one
    of whose dictionary forms names a place (``is_place``: "Харкові" is Харків before the
    surname Харко), is a place; a capitalised word outside every span whose dictionary
    form, as a thing, names a place is one too ("з Харкова", "Мер Дніпра")."""
    out = []
    for a, b, label in spans:
        parts, start = [], a
        for k in range(a, b + 1):
            if toks[k][1].pos in ("CCONJ", "PUNCT") or toks[k][1].text in ("і", "й", "та") or (
                    label != "ORG" and toks[k][1].pos == "ADP"):
                if start < k:
                    parts.append((start, k - 1))
                start = k + 1
        if start <= b:
            parts.append((start, b))
        for s, e in parts:
            if label in ("PERSON", "GPE") and e > s and _common_noun(toks[s][1].text):
                s += 1  # "Мешканці Пловдива": residents of a place, not a name
            kinds = {_uk_parse(toks[k][1].text)[1] for k in range(s, e + 1)}
            lemma = _uk_parse(toks[s][1].text)[0].capitalize() if s == e else ""
            if label == "PERSON" and ("person" not in kinds and kinds & {"place", "thing"}
                                      or lemma and is_place is not None and is_place(lemma)
                                      or s == e and _uk_place(toks[s][1].text, is_place)):
                out.append((s, e, "GPE"))
            else:
                out.append((s, e, label))
    taken = {k for s, e, _ in out for k in range(s, e + 1)}
    out += [(k, k, "GPE") for k, (_, t) in enumerate(toks)
            if k not in taken and t.text[:1].isupper() and t.text.isalpha()
            and _uk_place(t.text, is_place)]
    return sorted(out)


@lru_cache(maxsize=100_000)
def _uk_place(word: str, is_place) -> str:
    """The place a Ukrainian word is a form of ("" if none): the dictionary form of a
    reading as an inanimate noun that the gazetteer knows as a country, a division or a
    large city."""
    if is_place is None:
        return ""
    return next((p.normal_form.capitalize() for p in _pymorphy("uk").parse(word.lower())
                 if "inan" in p.tag and is_place(p.normal_form.capitalize())), "")


def _person_names(spans: list[tuple[int, int]], toks, normal: dict[int, str], lang: str) -> None:
    """People's names in the nominative (``normal``: token -> form): a full name read as a
    whole (:func:`sitroom.lang.person_forms.full_name`: its words agree in gender and case),
    then a surname alone as the full name of the same report it fits, else word by word
    (natasha's normaliser, then :func:`_person_word`)."""
    morph = _pymorphy(lang)
    known: set[str] = set()
    decided: set[int] = set()
    for a, b in spans:
        words = [toks[k][1].text for k in range(a, b + 1)]
        forms = (person_forms.full_name(words, lang, morph, toks[b][1].feats)
                 if b > a and all(w[:1].isupper() and has_cyrillic(w) for w in words) else None)
        if forms:
            normal.update(zip(range(a, b + 1), forms))
            decided.update(range(a, b + 1))
        if b > a:
            known.add(normal.get(b, words[-1]).lower())
    for a, b in spans:
        for k in range(a, b + 1):
            word = toks[k][1].text
            if k in decided or not word[:1].isupper():
                continue
            if a == b and has_cyrillic(word):
                form = person_forms.lone_surname(word, lang, morph, known, toks[k][1].feats)
                if form:
                    if form != word:
                        normal[k] = form
                    continue
            if normal.get(k, word) == word:
                form = _person_word(word, lang, k == a and b > a)
                if form != word:
                    normal[k] = form


_BREAK = re.compile(r"\n\s*\n")


def _cased(lemma: str, like: str) -> str:
    """``lemma`` with the capitals of the surface word (a name stays a name)."""
    if like[:1].isupper():
        return lemma[:1].upper() + lemma[1:]
    return lemma


def acyclic(heads: list[int]) -> list[int]:
    """The heads with every cycle broken: the parser on a language it was not trained for
    (Ukrainian through the Russian model) can make two words each other's head; the first
    word of such a loop becomes a root, so every token's chain of heads ends in a root."""
    heads = list(heads)
    done = [False] * len(heads)
    for k in range(len(heads)):
        path: dict[int, None] = {}
        j = k
        while not done[j] and j not in path and heads[j] != j:
            path[j] = None
            j = heads[j]
        if j in path:  # a loop: j's chain came back to j
            heads[j] = j
        for x in path:
            done[x] = True
    return heads


def annotate(document: Document, lang: str, is_place=None) -> AnnotatedDoc:
    """``is_place(name)``: whether a name in its dictionary form names a place (the
    gazetteer's test, given by annotate); used to correct the recogniser on Ukrainian."""
    from natasha import Doc

    segmenter, vocab, morph, syntax, ner = _models()
    text = document.text
    # a Ukrainian apostrophe inside a word ("інтерв'ю", "Пам'ятник") as the letter apostrophe
    # U+02BC, so the tokenizer keeps the word whole (same length: offsets unchanged)
    doc = Doc(_APOSTROPHE.sub("\u02bc", text) if lang == "uk" else text)
    doc.segment(segmenter)
    with _one_blas_thread():
        doc.tag_morph(morph)
        doc.parse_syntax(syntax)
        doc.tag_ner(ner)
    # natasha's sentences, cut again at paragraph breaks (a headline is its own sentence)
    breaks = [m.start() for m in _BREAK.finditer(text)]
    index: dict[str, int] = {}
    toks: list[tuple[int, Any]] = []
    for s_no, sent in enumerate(doc.sents):
        for t in sent.tokens:
            t.text = text[t.start:t.stop]
            index[f"{s_no + 1}_{t.id.split('_')[1]}"] = len(toks)
            toks.append((s_no, t))
    starts = []
    prev_sent, prev_stop = -1, -1
    for s_no, t in toks:
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
    label_of: dict[int, tuple[str, ...]] = {}
    normal: dict[int, str] = {}
    by_start = {t.start: k for k, (_, t) in enumerate(toks)}
    by_stop = {t.stop: k for k, (_, t) in enumerate(toks)}
    for span in doc.spans:
        a, b = by_start.get(span.start), by_stop.get(span.stop)
        if a is None or b is None or sent_of[a] != sent_of[b]:
            continue
        spans.append((a, b, ud.entity(span.type)))
        if lang == "ru":
            span.normalize(vocab)
            parts = span.normal.split() if span.normal else []
            if len(parts) == b + 1 - a:
                normal.update(zip(range(a, b + 1), parts))
    if lang == "uk":
        spans = _uk_spans(spans, toks, is_place)
    _person_names([(a, b) for a, b, label in spans if label == "PERSON"], toks, normal, lang)
    for a, b, label in spans:
        for k in range(a, b + 1):
            label_of[k] = ("B" if k == a else "I", label) + (
                (normal[k],) if k in normal else ())
    heads = []
    for k, (s_no, t) in enumerate(toks):
        head_id = t.head_id or "0"
        heads.append(index.get(f"{s_no + 1}_{head_id.split('_')[-1]}", k)
                     if not head_id.endswith("_0") else k)
    heads = acyclic(heads)
    tokens = []
    for k, (_, t) in enumerate(toks):
        nxt = toks[k + 1][1].start if k + 1 < len(toks) else len(text)
        gap = text[t.stop:nxt]
        feats = t.feats or {}
        morph_s = "|".join(f"{a}={v}" for a, v in sorted(feats.items()))
        if lang == "uk":
            lemma = _uk_parse(t.text)[0]
            if label_of.get(k, ("", ""))[1] == "GPE":
                lemma = _uk_place(t.text, is_place) or lemma
        else:
            t.lemmatize(vocab)
            lemma = t.lemma or t.text.lower()
        iob, etype, *given = label_of.get(k, ("O", ""))
        lemma = given[0] if given else (_cased(lemma, t.text) if etype or t.pos == "PROPN"
                                          else lemma)
        head = heads[k]
        tokens.append(Token(k, t.text, t.start, gap, lemma, t.pos or "X", ud.tag(t.pos, morph_s),
                            ud.dep(t.rel) if head != k else "ROOT", head, iob, etype,
                            sent_of[k], morph_s))
    if lang == "uk":
        tokens = uk_clauses.repair(tokens, [(a, b) for a, b in sentences], _uk_readings)
    sents = tuple(Sentence(i, a, b, toks[a][1].start, toks[b - 1][1].stop,
                           text[toks[a][1].start:toks[b - 1][1].stop])
                  for i, (a, b) in enumerate(sentences))
    ents = tuple(Entity(text[toks[a][1].start:toks[b - 1][1].stop], label, a, b,
                        toks[a][1].start, toks[b - 1][1].stop, sent_of[a])
                 for a, b, label in ((a, b + 1, label) for a, b, label in spans))
    return AnnotatedDoc(document, tuple(tokens), sents, ents, ())
