"""Universal Dependencies annotation mapped onto the labels sitroom's extractors read
(``data/lang/ud_to_sitroom.json``): pure functions over strings, used by annotate for
every non-English pipeline."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def table() -> dict:
    text = resources.files("sitroom.data").joinpath("lang/ud_to_sitroom.json").read_text("utf-8")
    return json.loads(text)


def dep(rel: str) -> str:
    """A UD relation as sitroom's label (``obj`` -> ``dobj``, ``nsubj:pass`` -> ``nsubjpass``)."""
    deps = table()["deps"]
    rel = rel or "dep"
    return deps.get(rel) or deps.get(rel.split(":")[0]) or rel


def tag(pos: str, morph: str) -> str:
    """A Penn-style tag from a UD POS and its features (``VERB`` + ``Tense=Past`` -> ``VBD``)."""
    base = table()["tags"].get(pos, "XX")
    feats = set(morph.split("|")) if morph else set()
    for feat, refined in table()["tag_features"].get(base, {}).items():
        if feat in feats:
            return refined
    return base


def entity(label: str) -> str:
    return table()["entities"].get(label, label)


def title_heads(tokens: list, ents) -> list:
    """Tokens re-headed where a person's name hangs on the title before it ("le général
    Stefan Zlatev": UD makes the name a dependent of "général"): the name's last word takes
    the title's head, relation and dependents and the title becomes its ``compound``, as the
    English scheme has it ("General Stefan Zlatev"), so the name is the participant, not a
    modifier of a noun. ``tokens``: :class:`sitroom.model.Token` list (changed copies)."""
    from dataclasses import replace

    out = list(tokens)
    for e in ents:
        if e.label != "PERSON" or e.start == 0:
            continue
        span = range(e.start, e.end)
        roots = [k for k in span if out[k].head not in span or out[k].head == k]
        title = e.start - 1
        if (len(roots) != 1 or out[roots[0]].head != title or out[title].pos != "NOUN"
                or out[title].head in span):
            continue
        name = e.end - 1
        t = out[title]
        for k, tok in enumerate(out):
            if tok.head == title and k not in span and k != title:
                out[k] = replace(tok, head=name)
        for k in span:
            if k != name:
                out[k] = replace(out[k], head=name, dep="compound")
        out[name] = replace(out[name], head=name if t.head == title else t.head, dep=t.dep)
        out[title] = replace(t, head=name, dep="compound")
    return out


def verb_heads(tokens: list) -> list:
    """Tokens re-headed where the parser made a full verb the auxiliary or copula of the
    noun after it ("Le ministère dément tout retard": "dément" as ``aux`` of "retard"): the
    verb takes the noun's head and relation, the noun's dependents before the verb (its
    subject) move to the verb, and the noun becomes the verb's object. Verbs that can be
    auxiliaries (``auxiliary_lemmas``) are left alone."""
    from dataclasses import replace

    aux = frozenset(table()["auxiliary_lemmas"])
    out = list(tokens)
    for v, tok in enumerate(out):
        h = tok.head
        if (tok.pos != "VERB" or tok.dep != "aux" or tok.lemma.lower() in aux or h <= v
                or out[h].pos != "NOUN"):
            continue
        noun = out[h]
        for k, t in enumerate(out):
            if t.head == h and k < v and k != v:
                out[k] = replace(t, head=v)
        out[v] = replace(tok, head=v if noun.head == h else noun.head, dep=noun.dep)
        out[h] = replace(noun, head=v, dep="dobj")
    return out
