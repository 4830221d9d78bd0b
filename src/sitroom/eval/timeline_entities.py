"""The target entities of the timeline task found in a document: their aliases (shorter
forms, initials), their mentions in the text, and the definite noun phrases that refer back
to them ("the airline")."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence

from ..lexicon import words as lexicon_words


# words that name the kind of an organisation, never it alone ("Airlines", "Force", "Inc.")
_GENERIC = lexicon_words("timeline_targets", "kind_words")
_PLACE_LABELS = {"GPE", "LOC", "NORP"}


def _initials(words: Sequence[str]) -> str:
    return "".join(w[0] for w in words if w[:1].isupper())


def entity_aliases(name: str, person: bool, others: Iterable[str], places: set[str]) -> list[str]:
    """The surface forms that name the target entity ``name`` on their own.

    The full name; its proper suffixes of two words or more ("Air Force", not "of America");
    a person's surname; a model designator with a digit ("A380"); the initials of an
    organisation's name of two words or more ("GM", "USAF") and initials of a leading part
    followed by the rest ("US Air Force", "U.S. Air Force"); a single word of an
    organisation's name that is not another target's name, not a word naming a kind of
    organisation ("Inc.", "Airlines"), of two letters or more, with a capital ("iTunes") and
    not a place (``places``: texts tagged as places).
    """
    words = name.split()
    other = {o for o in others if o != name}
    out = [name]
    out += [" ".join(words[k:]) for k in range(1, len(words) - 1) if _capital(words[k])]
    out += [w for w in words if any(ch.isdigit() for ch in w)]
    if person and len(words) > 1:
        out.append(words[-1])
    elif not person:
        out += [w for w in words
                if w not in other and w.strip(".,").lower() not in _GENERIC and w not in places
                and not any(ch.isdigit() for ch in w) and _capital(w) and len(w) > 1
                and w != name]
        if (len(words) >= 2 and len(_initials(words)) == len(words)
                and not any(ch.isdigit() for w in words for ch in w)):
            out.append(_initials(words))
    for k in range(2, len(words)):
        head = _initials(words[:k])
        if len(head) == k:
            rest = " ".join(words[k:])
            out += [f"{head} {rest}", f"{'.'.join(head)}. {rest}"]
    return list(dict.fromkeys(out))


def _capital(word: str) -> bool:
    """A word written with a capital letter ("Air", "iPod"), not a function word ("of")."""
    return any(ch.isupper() for ch in word)


def find_entities(text: str, aliases: dict[str, list[str]]) -> list[tuple[int, int, str]]:
    """Non-overlapping ``(start, end, entity)`` mentions: the longest alias wins an overlap.

    A short form that several targets share ("Apple" of "Apple Inc." and "Apple Corps") names
    the one the document last named by a form of its own (before it, else after it); in a
    document naming none of them, the target whose name adds only words of kind ("Inc.",
    "Group") to it; else no target.
    """
    owners: dict[str, list[str]] = defaultdict(list)
    found: list[tuple[int, int, tuple[str, ...]]] = []
    for entity, forms in aliases.items():
        for form in forms:
            owners[form].append(entity)
    for form, names in owners.items():
        first, *rest = form.split()
        # the words after the first in any case: "iPod Nano" is "iPod nano"
        pat = r"(?<![\w.-])" + re.escape(first) + "".join(
            r"\s+(?i:" + re.escape(w) + ")" for w in rest) + r"(?!\w)"
        found += [(m.start(), m.end(), tuple(names)) for m in re.finditer(pat, text)]
    kept: list[tuple[int, int, tuple[str, ...]]] = []
    for s, e, ents in sorted(found, key=lambda f: (f[0] - f[1], f[0])):
        if all(e <= ks or s >= ke for ks, ke, _ in kept):
            kept.append((s, e, ents))
    own = sorted((s, ents[0]) for s, _, ents in kept if len(ents) == 1)
    out = []
    for s, e, ents in sorted(kept):
        if len(ents) > 1:
            before = [o for p, o in own if p < s and o in ents]
            after = [o for p, o in own if p > s and o in ents]
            bare = [o for o in ents if _bare(o, text[s:e])]
            pick = (before[-1:] or after[:1] or (bare if len(bare) == 1 else []))
            if pick:
                out.append((s, e, pick[0]))
        else:
            out.append((s, e, ents[0]))
    return out


def _bare(name: str, form: str) -> bool:
    """``name`` is ``form`` and words of kind only ("Apple Inc." of "Apple")."""
    rest = re.sub(r"'s\b", "", name).split()
    for w in re.sub(r"'s\b", "", form).split():
        if w in rest:
            rest.remove(w)
    return all(w.strip(".,").lower() in _GENERIC for w in rest)

def _entity_tokens(adoc, spans: list[tuple[int, int, str]]) -> dict[int, set[str]]:
    """token index -> the target entities a mention covering that token names."""
    out: dict[int, set[str]] = defaultdict(set)
    for s, e, ent in spans:
        for i in range(adoc.token_at(s), len(adoc.tokens)):
            if adoc.tokens[i].idx >= e:
                break
            out[i].add(ent)
    return out


_DEFINITE = {"the", "this", "that", "these", "those"}


def _teachings(adoc, t: int, ent_tok: dict[int, set[str]]) -> list[tuple[str, str]]:
    """``(noun lemma, model)`` that token ``t``, a mention of one model, teaches: the noun it
    modifies or is in apposition to ("the A380 superjumbo", "its 777 airliner"), a noun in
    apposition to it."""
    toks = adoc.tokens
    ents = {e for e in ent_tok.get(t, ()) if _is_model(e)}
    if len(ents) != 1 or toks[t].head == t:
        return []
    (ent,) = ents
    head = toks[toks[t].head]
    nouns = []
    if (toks[t].dep in ("compound", "nmod", "nummod", "appos") and head.pos == "NOUN"
            and not ent_tok.get(head.i)):  # "the A380 superjumbo", "the aircraft, the A380"
        nouns.append(head.lemma.lower())
    nouns += [toks[c].lemma.lower() for c in adoc.children(t)
              if toks[c].dep == "appos" and toks[c].pos == "NOUN"]
    return [(n, ent) for n in nouns]


def model_kinds(adocs_tokens: Iterable[tuple[object, dict[int, set[str]]]]
                ) -> dict[str, set[str]]:
    """Model -> the nouns the reports teach it by (:func:`_teachings`), over all the
    reports: ``(adoc, ent_tok)`` of each."""
    out: dict[str, set[str]] = defaultdict(set)
    for adoc, ent_tok in adocs_tokens:
        for t in list(ent_tok):
            for noun, ent in _teachings(adoc, t, ent_tok):
                out[ent].add(noun)
    return dict(out)


def _head_noun_anaphora(adoc, ent_tok: dict[int, set[str]],
                        kinds: dict[str, set[str]] | None = None) -> list[tuple[int, int, str]]:
    """Definite noun phrases that take up the noun a named model was introduced with.

    "the first A380 superjumbo ... the superjumbo", "the Airbus A380, the world's largest
    passenger plane ... the plane": a name modifying a noun or in apposition to it, or with a
    noun in apposition, teaches that noun; with ``kinds`` (:func:`model_kinds`, what the
    reports of the collection taught), a mention of a model teaches the nouns it was taught
    in any of them ("the A380 superjumbo" in one report, "the A380 ... the superjumbo" in
    another). A later "the <noun>" without a name of
    its own refers to the last model so introduced. Only model names (with a designator)
    are taken up.
    """
    toks = adoc.tokens
    taught: dict[str, str] = {}
    out = []
    for t in toks:
        ents = {e for e in ent_tok.get(t.i, ()) if _is_model(e)}
        if kinds and len(ents) == 1:
            (ent,) = ents
            taught.update(dict.fromkeys(kinds.get(ent, ()), ent))
        taught.update(_teachings(adoc, t.i, ent_tok))
        if (t.pos == "NOUN" and t.lemma.lower() in taught and not ent_tok.get(t.i)
                and not any(ent_tok.get(c) for c in adoc.children(t.i))
                and any(toks[c].dep == "det" and toks[c].text.lower() in _DEFINITE
                        for c in adoc.children(t.i))):
            out.append((t.idx, t.end, taught[t.lemma.lower()]))
    return out


def _is_model(entity: str) -> bool:
    """A name with a model designator ("Boeing 777", "Airbus A380") names a product."""
    return any(ch.isdigit() for ch in entity)
