"""Bodies of the state named by a common noun phrase, one key across languages:
"Министерство обороны", "Міністерство оборони", "ministère de la Défense" and "Defence
Ministry" are the concept ``defence_ministry`` (``data/lang/institutions.tsv``: general
vocabulary of states, in English, Russian, Ukrainian and French), and the body is that
concept of one country: the country the name gives ("Bulgaria's Defence Ministry",
"Security Service of Ukraine", "national security council in Sofia"), else the country the
report is mostly about (the country of most of its places).

Pure functions over names (no NLP library): :func:`body_keys` gives link/actors a key per
document entity; :func:`find` gives annotate the spans of such phrases that its recogniser
missed. Cyrillic words match their inflected forms (:func:`sitroom.lang.countries.same_word`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache, cache
from importlib import resources

from .countries import _CYRILLIC, country_code, fold, same_word

_ARTICLES = frozenset("the a an le la les l un une".split())
_LINKS = frozenset("of in at for de du des d à au aux en в у во на из".split())
_SPLIT = re.compile(r"[\s\-‐–]+|(?<=\b[ldLD])'|(?<=\b[ldLD])’")


def words(name: str) -> list[str]:
    """The folded words of a name, articles and a possessive 's dropped ("the Defence
    Ministry's" -> defence ministry, "l'Intérieur" -> interieur)."""
    t = fold(re.sub(r"['’]s\b", "", name))
    t = re.sub(r"\b([ld])'", r"\1 ", t)
    return [w for w in re.split(r"[^\w']+", t) if w and w not in _ARTICLES and w != "'"]


@lru_cache(maxsize=1)
def table() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(concept, words of one form), longest forms first."""
    text = resources.files("sitroom.data").joinpath("lang/institutions.tsv").read_text("utf-8")
    rows = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        concept, _lang, forms = line.split("\t")
        for form in forms.split("|"):
            ws = tuple(words(form))
            if ws:
                rows.append((concept, ws))
    return tuple(sorted(set(rows), key=lambda r: (-len(r[1]), r)))


def _key(word: str) -> str:
    """What two words :func:`same_word` calls one share: the word itself, or for a Cyrillic
    word its first three letters (the stem they share is at least that long)."""
    return "~" + word[:3] if _CYRILLIC.search(word) else word


@cache
def _form_keys(form: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(_key(w) for w in form)


def _at(ws: Sequence[str], i: int, form: tuple[str, ...]) -> bool:
    return i + len(form) <= len(ws) and all(same_word(a, b) for a, b in zip(ws[i:], form))


@lru_cache(maxsize=65536)  # names repeat across a picture's entities
def match(name: str) -> tuple[str, str | None] | None:
    """(concept, country code or None) when ``name`` is a body of the table, alone or with
    the country it belongs to before or after it (a country, its demonym, a place in it,
    after "of"/"in"/"de"...); None otherwise ("Federal Security Service": the word
    "Federal" is no place, so the name is a proper name of its own)."""
    ws = words(name)
    if not ws:
        return None
    keys = {_key(w) for w in ws}
    for concept, form in table():
        if not all(k in keys for k in _form_keys(form)):  # a word of the form is missing
            continue
        for i in range(len(ws) - len(form) + 1):
            if _at(ws, i, form):
                rest = [w for w in ws[:i] + ws[i + len(form):] if w not in _LINKS]
                if not rest:
                    return concept, None
                code = place_country(" ".join(rest))
                return (concept, code) if code else None
    return None


@lru_cache(maxsize=4096)
def place_country(name: str) -> str | None:
    """The country a place name (or a demonym) belongs to, when it names a country (in any
    language known to :mod:`sitroom.lang.countries`, or by its demonym), a first-level
    division or a city of 100,000 or more; else None ("Federal" is a small town, not the
    country of a "Federal Security Service")."""
    from ..extract.gazetteer import get_gazetteer

    code = country_code(name)
    if code:
        return code
    found = [p for p, kind in get_gazetteer().lookup(name, demonyms=True)
             if kind != "historic" and p.country_code
             and (p.feature in ("country", "admin1") or p.population >= 100_000)]
    if not found:
        return None
    return max(found, key=lambda p: (p.feature == "country", p.population)).country_code


def dominant_country(places) -> str | None:
    """The country most of a report's place mentions lie in (the first such on a tie)."""
    counts = Counter(p.country_code for p in places if getattr(p, "country_code", None))
    return counts.most_common(1)[0][0] if counts else None


def body_keys(names: Sequence[Sequence[str]], countries: Sequence[str | None],
              match_name=None) -> list[str | None]:
    """For each entity (its names, most used first, and its report's country): the key of
    the body it names (``body:<concept>:<country>``), or None when it names none. A body
    whose country is not known takes the one country the picture has for its concept, if
    there is one. ``match_name`` stands in for :func:`match` (e.g. a memo of its answers)."""
    found: list[tuple[str, str | None] | None] = []
    for ns, doc_country in zip(names, countries):
        hit = next((m for m in map(match_name or match, ns) if m), None)
        found.append((hit[0], hit[1] or doc_country) if hit else None)
    by_concept: dict[str, set[str]] = {}
    for f in found:
        if f and f[1]:
            by_concept.setdefault(f[0], set()).add(f[1])
    out: list[str | None] = []
    for f in found:
        if f is None:
            out.append(None)
            continue
        concept, code = f
        if code is None and len(by_concept.get(concept, ())) == 1:
            code = next(iter(by_concept[concept]))
        out.append(f"body:{concept}:{code or ''}")
    return out


def _between(token: str) -> bool:
    """A token skipped between the words of a form: an article, elided or not, a hyphen."""
    t = fold(token)
    return t in ("-", "") and bool(token) or not words(token) and t.rstrip("'") in _ARTICLES


def entity_keys(ents, extractions) -> list[str | None]:
    """:func:`body_keys` of link/actors' document entities (people name no body), each
    report's country from its places."""
    country = {ex.doc: dominant_country(ex.places) for ex in extractions}
    return body_keys([[] if e.kind == "person" else sorted(e.names, key=lambda n: -e.names[n])
                      for e in ents], [country.get(e.doc) for e in ents])


def find(texts: Sequence[str]) -> list[tuple[int, int]]:
    """Token spans [start, end) of the token texts ``texts`` that are a form of the table
    (longest first, not overlapping; articles, hyphens and elided "l'" between the words
    skipped): for a recogniser that misses common-noun bodies."""
    kept = [(k, (words(t) or [""])[0]) for k, t in enumerate(texts) if not _between(t)]
    ws = [w for _, w in kept]
    out, i = [], 0
    while i < len(ws):
        hit = next((len(form) for _, form in table() if _at(ws, i, form)), 0) if ws[i] else 0
        if hit:
            out.append((kept[i][0], kept[i + hit - 1][0] + 1))
            i += hit
        else:
            i += 1
    return out


def with_bodies(adoc):
    """``adoc`` (an :class:`~sitroom.model.AnnotatedDoc`) with an ORG entity on each form of
    the table within one sentence that no entity reaches past; an entity inside it, a word
    of the phrase mistaken for a name ("оборони" as a place), gives way to it."""
    from dataclasses import replace

    from ..model import Entity

    toks = adoc.tokens
    found = [(a, b) for a, b in find([t.text for t in toks]) if toks[a].sent == toks[b - 1].sent]
    if not found:
        return adoc
    keep, add = list(adoc.ents), []
    for a, b in found:
        inside = [e for e in keep if e.start < b and a < e.end]
        if any(e.start < a or e.end > b or e.label == "ORG" for e in inside):
            continue  # a name reaching past the phrase, or the body found already
        keep = [e for e in keep if e not in inside]
        add.append(Entity(adoc.text[toks[a].idx:toks[b - 1].end], "ORG", a, b, toks[a].idx,
                          toks[b - 1].end, toks[a].sent))
    if not add:
        return adoc
    label = {k: ("B" if k == e.start else "I") for e in add for k in range(e.start, e.end)}
    tokens = tuple(replace(t, ent_iob=label[t.i], ent_type="ORG") if t.i in label else t
                   for t in toks)
    return replace(adoc, tokens=tokens, ents=tuple(sorted(keep + add, key=lambda e: e.start)))
