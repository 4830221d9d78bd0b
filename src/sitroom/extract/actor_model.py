"""A learned false-actor filter over one report's actors (round 22, issue 14 items 3 and 5).

The rules of the other ``actor_*`` modules decide which mentions are actors; this module reads
what they give for one annotated report and, when the model in
``data/actor_filter_model.json`` is switched on (``"ship": true``, written by ``sitroom train
actors``), drops the report's actors that the model takes for no actor (a place, a work, a
product, a piece of a title...). An *actor of the report* is what the link stage makes of the
mentions (:func:`sitroom.link.actors.doc_entities`): the mentions chained by ``coref_of`` to
one named root, joined here with the other roots of the same name. Its features (:func:`features`)
are read from this report alone: the kinds and entity labels of its mentions, how often and
how it is named, what it does in the parse (a subject, a speaker, an object, a possessor, a
passive's agent, the object of a preposition of place), its first mention's line (page
furniture) and place, its capitalisation, a gazetteer place of its name.

An actor that speaks (the subject of a verb of speech, "according to X") or holds a title or
a role is never dropped, whatever the model says (:func:`guarded`). A pronoun chained to a
dropped actor is left unresolved, as :func:`sitroom.extract.actor_coref.drop_generic` leaves
the pronoun of a generic noun.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache
from importlib import resources

from .. import lexicon
from ..model import ActorMention, AnnotatedDoc
from .actor_base import _W as W, head_of
from .actor_filter_places import STATIVE_VERBS, _known_place
from .actor_filter_words import filter_words

MODEL_NAME = "actor_filter_model.json"
SPEECH_VERBS = lexicon.words("reporting_verbs", "quotes")
SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})
OBJECTS = frozenset({"dobj", "iobj", "dative", "oprd"})
MODIFIERS = frozenset({"compound", "nmod", "amod"})


@lru_cache(maxsize=1)
def _model() -> dict:
    """``data/actor_filter_model.json``: whether the filter runs (``ship``), its threshold
    on the probability of no actor, and its weights (``sitroom train actors`` writes it)."""
    path = resources.files("sitroom") / "data" / MODEL_NAME
    return json.loads(path.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    _F = filter_words()
    return {
        "pronouns": frozenset(W["pronoun_kinds"]),
        "titles": frozenset(W["person_titles"]) | frozenset(W["title_words"])
        | frozenset(w.rstrip(".").lower() for w in W["title_abbreviations"]),
        "place_preps": frozenset(W["locative_preps"]) | frozenset(W["place_preps"])
        | frozenset(_F["site_preps"]),
        "site_heads": frozenset(_F["site_heads"]),
        "quote_marks": frozenset(W["quote_marks"]),
    }


def _root(actors: Sequence[ActorMention], i: int) -> int:
    seen = set()
    while (nxt := actors[i].coref_of) is not None and nxt != i and i not in seen \
            and 0 <= nxt < len(actors):
        seen.add(i)
        i = nxt
    return i


def _is_pronoun(m: ActorMention) -> bool:
    return m.text.lower() in _words()["pronouns"]


def actor_groups(actors: Sequence[ActorMention]) -> list[list[int]]:
    """The report's actors: lists of mention indices, each the mentions chained to named roots
    of one name (case aside), in the order of their first mention. Pronouns with no named
    antecedent belong to none."""
    by_name: dict[str, list[int]] = {}
    for i in range(len(actors)):
        r = _root(actors, i)
        if _is_pronoun(actors[r]):
            continue
        by_name.setdefault(actors[r].name.strip().lower(), []).append(i)
    return list(by_name.values())


def _head(adoc: AnnotatedDoc, m: ActorMention) -> int:
    s = adoc.token_at(m.start)
    e = adoc.token_at(max(m.start, m.end - 1)) + 1
    return head_of(adoc, s, max(e, s + 1))


def _line(text: str, s: int) -> tuple[int, str]:
    a = text.rfind("\n", 0, s) + 1
    b = text.find("\n", s)
    return a, text[a:b if b >= 0 else len(text)]


def _frames(adoc: AnnotatedDoc, h: int) -> set[str]:
    """What the mention headed by token ``h`` does in the parse."""
    toks = adoc.tokens
    t = toks[h]
    gov = toks[t.head]
    out = {f"dep:{t.dep}"}
    if t.dep in SUBJECTS:
        out.add("subj")
        lemma = gov.lemma.lower()
        if lemma in SPEECH_VERBS:
            out.add("speaks")
        elif gov.pos in ("VERB", "AUX") and lemma not in STATIVE_VERBS:
            out.add("acts")
    elif t.dep in OBJECTS:
        out.add("obj")
    elif t.dep == "poss":
        out.add("poss")
    elif t.dep == "pobj":
        prep = gov.text.lower()
        if prep == "by" and gov.dep == "agent":
            out.add("by_agent")
        elif prep in _words()["place_preps"]:
            out.add("loc")
        else:
            out.add(f"pobj:{prep if prep in ('of', 'for', 'with', 'to') else 'other'}")
        if prep == "to" and gov.head != gov.i and toks[gov.head].text.lower() == "according":
            out.add("speaks")
    elif t.dep in MODIFIERS:
        out.add(f"mod:{gov.pos}")
    elif t.dep in ("appos", "conj"):
        out.add(t.dep)
    return out


def guarded(adoc: AnnotatedDoc, actors: Sequence[ActorMention], group: Sequence[int]) -> bool:
    """An actor the filter never drops: one that speaks (a verb of speech's subject,
    "according to X") or that is named with a title or a role."""
    for i in group:
        m = actors[i]
        if m.role:
            return True
        first = m.text.split()[0].rstrip(".").lower() if m.text.split() else ""
        if first in _words()["titles"]:
            return True
        if "speaks" in _frames(adoc, _head(adoc, m)):
            return True
    return False


def features(adoc: AnnotatedDoc, actors: Sequence[ActorMention], group: Sequence[int]
             ) -> tuple[str, ...]:
    """The feature names of the report's actor ``group`` (mention indices), sorted."""
    toks = adoc.tokens
    text = adoc.text
    named = [i for i in group if not _is_pronoun(actors[i])]
    pron = len(group) - len(named)
    first = actors[named[0] if named else group[0]]
    h1 = _head(adoc, first)
    t1 = toks[h1]
    f = {"bias", f"kind:{first.kind}", f"pos1:{t1.pos}", f"ent1:{t1.ent_type or 'none'}",
         f"n:{min(len(named), 3)}", f"pron:{min(pron, 2)}"}
    frames: set[str] = set()
    loc_all = bool(named)
    for i in group:
        fr = _frames(adoc, _head(adoc, actors[i]))
        frames |= fr
        if i in named:
            f.add(f"ent:{toks[_head(adoc, actors[i])].ent_type or 'none'}")
            loc_all = loc_all and ("loc" in fr)
    f |= {x for x in frames if not x.startswith("dep:")}
    f |= {f"d1:{x[4:]}" for x in _frames(adoc, h1) if x.startswith("dep:")}
    if loc_all:
        f.add("loc_only")
    if not frames & {"subj", "obj", "poss", "by_agent", "speaks"}:
        f.add("no_role")
    if any(actors[i].role for i in group):
        f.add("role")
    name = first.name.strip()
    words = name.split()
    lead = first.text.split()[0].rstrip(".").lower() if first.text.split() else ""
    if lead in _words()["titles"]:
        f.add("title")
    if _known_place(name):
        f.add("gaz_place")
    if words and words[-1].lower() in _words()["site_heads"]:
        f.add("site_word")
    f.add(f"w:{min(len(words), 3)}")
    if name.isupper() and len(name) > 1:
        f.add("caps:all")
    elif first.text[:1].islower():
        f.add("caps:lower")
    if len(name) <= 3:
        f.add("short")
    if any(ch.isdigit() for ch in name):
        f.add("digit")
    a0, line = _line(text, first.start)
    lwords = line.split()
    ls, le = adoc.token_at(a0), adoc.token_at(max(a0, a0 + len(line) - 1)) + 1
    if len(lwords) <= 6:
        f.add("line:short")
    if not any(t.pos in ("VERB", "AUX") for t in toks[ls:le]):
        f.add("line:no_verb")
    caps = [w for w in lwords if w[:1].isalpha()]
    if caps and all(w[0].isupper() for w in caps):
        f.add("line:title_case")
    if not line.rstrip().endswith((".", "?", "!", '"', "\u201d", "'", "\u2019")):
        f.add("line:no_end")
    if a0 == 0:
        f.add("line:first")
    f.add(f"sent:{min(t1.sent, 2)}")
    f.add(f"at:{min(3, int(4 * first.start / max(1, len(text))))}")
    before = text[a0:first.start]
    if sum(before.count(q) for q in _words()["quote_marks"]) % 2 == 1:
        f.add("quoted")
    s1 = adoc.token_at(first.start)
    if s1 > 0:
        p = toks[s1 - 1]
        if p.pos == "NUM" or p.text.isdigit():
            f.add("prev:num")
        elif p.pos == "DET":
            f.add("prev:det")
        elif p.pos == "ADP":
            f.add("prev:adp")
    e1 = adoc.token_at(max(first.start, first.end - 1)) + 1
    if e1 < len(toks):
        n = toks[e1]
        if n.tag == "POS":
            f.add("next:poss")
        elif n.pos in ("NOUN", "PROPN"):
            f.add(f"next:{n.pos}")
    f |= _lexical(adoc, actors, group, first, h1)
    return tuple(sorted(f))


def _lexical(adoc: AnnotatedDoc, actors: Sequence[ActorMention], group: Sequence[int],
             first: ActorMention, h1: int) -> set[str]:
    """Words around the actor: the last word of its name, the word before and after its
    first mention, the lemma of the word each mention hangs on."""
    toks = adoc.tokens
    words = first.name.split()
    f = {f"last:{words[-1].lower()}"} if words else set()
    s1 = adoc.token_at(first.start)
    e1 = adoc.token_at(max(first.start, first.end - 1)) + 1
    if s1 > 0:
        f.add(f"prevw:{toks[s1 - 1].text.lower()}")
    if e1 < len(toks):
        f.add(f"nextw:{toks[e1].lemma.lower()}")
    for i in group:
        h = _head(adoc, actors[i])
        if toks[h].head != h:
            f.add(f"gov:{toks[toks[h].head].lemma.lower()}")
    return f


def false_probability(feats: Sequence[str], weights: dict[str, float]) -> float:
    """The logistic probability that an actor with features ``feats`` is no actor."""
    z = sum(weights.get(x, 0.0) for x in feats)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def dropped_groups(adoc: AnnotatedDoc, actors: Sequence[ActorMention], model: dict
                   ) -> list[list[int]]:
    """The report's actors that ``model`` (weights, threshold) takes for no actor."""
    out = []
    for g in actor_groups(actors):
        if guarded(adoc, actors, g):
            continue
        if false_probability(features(adoc, actors, g), model["weights"]) >= model["threshold"]:
            out.append(g)
    return out


def drop_indices(adoc: AnnotatedDoc, actors: tuple[ActorMention, ...], gone: set[int]
                 ) -> tuple[ActorMention, ...]:
    """``actors`` without the mentions ``gone``; a mention chained to one of them is left
    unresolved (no antecedent, kind unknown, named by its text)."""
    keep = [i for i in range(len(actors)) if i not in gone]
    new = {old: k for k, old in enumerate(keep)}
    out = []
    for i in keep:
        m = actors[i]
        if m.coref_of is not None and m.coref_of not in new:
            m = replace(m, coref_of=None, kind="unknown", name=m.text)
        elif m.coref_of is not None:
            m = replace(m, coref_of=new[m.coref_of])
        out.append(m)
    return tuple(out)


def filter_actors(adoc: AnnotatedDoc, actors: tuple[ActorMention, ...]
                  ) -> tuple[ActorMention, ...]:
    """``actors`` (one report's, from the rules) less the actors the learned filter drops,
    when the shipped model is switched on; else ``actors`` unchanged."""
    model = _model()
    if not model.get("ship") or not actors:
        return actors
    gone = {i for g in dropped_groups(adoc, actors, model) for i in g}
    return drop_indices(adoc, actors, gone) if gone else actors
