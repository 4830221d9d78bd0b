"""Ukrainian clauses rebuilt from the Ukrainian dictionary where natasha's Russian models
misread them: the Russian tagger takes many Ukrainian finite verbs for adjectives, nouns or
foreign words ("відкидає", "веде", "контролюють"), and its parser then hangs the sentence on a
noun, so the clause has no verb, subject or object and no event.

In a sentence where pymorphy3's Ukrainian dictionary reads a word as a finite verb (and has
no other reading of it), each clause (cut at punctuation and clause words, ``data/lang/uk/clauses.json``)
with one finite verb is rebuilt from morphology: prepositions are the ``case`` of the next
noun, adjectives and numerals modify it, a genitive noun right after a noun is its ``nmod``,
the names of one entity are one name; of the noun groups, one that can be nominative and
agrees with the verb in number (and gender in the past) is its subject, one that can be
accusative its object, one after a preposition an oblique. The first rebuilt clause is the
root and later ones its ``conj`` (``ccomp`` after a complementiser); clauses without a verb keep
the parser's tree, hung on the nearest verb. Only Ukrainian text reaches this module; the
parse is written in sitroom's labels (``lang/ud.py``). Pure functions over tokens and a
``parse(word) -> list of tag-sets`` reader given by the caller.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import lru_cache
from importlib import resources

from ..model import Token
from . import ud

Parse = Callable[[str], Sequence[frozenset[str]]]

_NOMINAL = ("NOUN", "PROPN", "PRON", "NPRO")
_FINITE = ("pres", "past", "futr", "impr")


@lru_cache(maxsize=1)
def _words() -> dict:
    raw = resources.files("sitroom.data").joinpath("lang/uk/clauses.json").read_text("utf-8")
    return json.loads(raw)


def finite_verb(readings: Sequence[frozenset[str]]) -> frozenset[str] | None:
    """The reading of a finite verb when the dictionary has no other reading of the word."""
    if not readings or not all("VERB" in r for r in readings):
        return None
    for r in readings:
        if r & set(_FINITE):
            return r
    return None


def _verb_morph(r: frozenset[str]) -> str:
    feats = {"VerbForm": "Fin"}
    tense = {"pres": "Pres", "past": "Past", "futr": "Fut"}
    for k, v in tense.items():
        if k in r:
            feats["Tense"] = v
    if "impr" in r:
        feats["Mood"] = "Imp"
    if "sing" in r or "plur" in r:
        feats["Number"] = "Sing" if "sing" in r else "Plur"
    for k, v in (("1per", "1"), ("2per", "2"), ("3per", "3")):
        if k in r:
            feats["Person"] = v
    for k, v in (("masc", "Masc"), ("femn", "Fem"), ("neut", "Neut")):
        if k in r:
            feats["Gender"] = v
    return "|".join(f"{a}={b}" for a, b in sorted(feats.items()))


def _kind(tok: Token, readings: Sequence[frozenset[str]]) -> str:
    """"noun", "prep", "mod" (adjective, numeral, determiner) or "" for a token of a clause."""
    first = readings[0] if readings else frozenset()
    if tok.pos == "ADP" or "PREP" in first:
        return "prep"
    if tok.pos in ("PROPN", "PRON") or tok.ent_type:
        return "noun"
    if "NOUN" in first:
        return "noun"
    if first & {"NPRO", "ADVB", "PRCL", "CONJ"}:
        return ""
    if tok.pos == "NUM" or first & {"ADJF", "NUMR", "PRTF"} or tok.text[:1].isdigit():
        return "mod"
    if tok.pos == "NOUN" and not first:
        return "noun"
    return ""


def _cases(readings: Sequence[frozenset[str]]) -> set[str]:
    return {c for r in readings if r & {"NOUN", "NPRO"} or not r & {"VERB", "ADVB", "PREP"}
            for c in r & {"nomn", "gent", "datv", "accs", "ablt", "loct", "voct"}}


def _agrees(verb: frozenset[str], readings: Sequence[frozenset[str]]) -> bool:
    for r in readings:
        if "nomn" not in r:
            continue
        if "plur" in verb and "plur" not in r:
            continue
        if "sing" in verb and "plur" in r:
            continue
        gender = verb & {"masc", "femn", "neut"}
        if "past" in verb and "sing" in verb and gender and not (r & gender or r & {"ms-f"}):
            continue
        return True
    return False


def _clauses(tokens: list[Token], a: int, b: int) -> list[tuple[int, int]]:
    words = _words()
    cuts = set(words["punctuation"])
    starters = set(words["clause_words"])
    out, start = [], a
    for k in range(a, b):
        t = tokens[k]
        if t.text in cuts or (t.text.lower() in starters and k > start):
            if k > start:
                out.append((start, k))
            start = k + 1 if t.text in cuts else k
    if start < b:
        out.append((start, b))
    return out


def _rebuild(tokens: list[Token], span: tuple[int, int], v: int, verb: frozenset[str],
             parse: Parse) -> None:
    a, b = span
    read = {k: parse(tokens[k].text) for k in range(a, b)}
    kinds = {k: _kind(tokens[k], read[k]) for k in range(a, b) if k != v}
    # names of one entity hang on their last word
    k = a
    groups: list[int] = []  # head of each noun group, in order
    attached: dict[int, tuple[int, str]] = {}
    pending: list[tuple[int, str]] = []  # prepositions and modifiers waiting for a noun
    last_head: int | None = None
    gap = True  # something other than a modifier since the last noun group

    def flush() -> None:
        """Modifiers with no noun after them: the last is a noun ("військові")."""
        nonlocal pending
        mods = [p for p, what in pending if what == "mod"]
        if mods:
            head = mods[-1]
            groups.append(head)
            for p, what in pending:
                if p != head:
                    attached[p] = (head, "case" if what == "prep" else "amod")
            tokens[head] = replace(tokens[head], pos="NOUN", tag=ud.tag("NOUN", ""))
        else:
            for p, _ in pending:
                attached[p] = (v, "advmod")
        pending = []

    while k < b:
        if k == v:
            flush()
            last_head, gap = None, True
            k += 1
            continue
        kind = kinds[k]
        if kind == "noun":
            end = k
            if tokens[k].ent_type:
                while (end + 1 < b and end + 1 != v and tokens[end + 1].ent_type
                       == tokens[k].ent_type and tokens[end + 1].ent_iob == "I"):
                    end += 1
                for n in range(k, end):
                    attached[n] = (end, "compound")
            head = end
            prep = [p for p, what in pending if what == "prep"]
            for p, what in pending:
                attached[p] = (head, "case" if what == "prep" else (
                    "nummod" if tokens[p].pos == "NUM" or tokens[p].text[:1].isdigit()
                    else "amod"))
            title = (_title(tokens, read, attached, last_head, k)
                     if not prep and not gap and tokens[k].ent_type == "PERSON" else None)
            if title is not None:
                # "командиром бригади Стефаном Златевим": the name is the participant and
                # the title its compound, as the English scheme has it
                if title in groups:
                    groups[groups.index(title)] = head
                if title in attached:
                    attached[head] = attached[title]
                attached[title] = (head, "compound")
            elif (not prep and last_head is not None and not gap
                    and ("gent" in _cases(read[k]) or (tokens[k].ent_type and not read[k]))):
                attached[head] = (last_head, "nmod")
            else:
                groups.append(head)
                if prep:
                    attached[head] = (v, "pobj")
            last_head, gap, pending = head, False, []
            k = end + 1
            continue
        if kind in ("prep", "mod"):
            pending.append((k, kind))
        else:
            flush()
            attached[k] = (v, _other_dep(tokens[k], read[k]))
            gap = True
        k += 1
    flush()
    free = [g for g in groups if g not in attached]
    able = [g for g in free if "nomn" in (_cases(read.get(g) or ()) or {"nomn"})
            and (not read.get(g) or _agrees(verb, read[g]))]
    # of two nouns that could be the subject, a person before a thing that could also be the
    # object ("Законопроєкт підтримав Руслан Стефанчук": the bill, supported by Stefanchuk)
    people = [g for g in able if _person(tokens, read, g)]
    subject = (people[0] if len(able) > 1 and people and not _person(tokens, read, able[0])
               and "accs" in _cases(read.get(able[0]) or ()) else able[0] if able else None)
    if subject is not None:
        attached[subject] = (v, "nsubj")
    obj = None
    for g in free:
        if g == subject:
            continue
        readings = read.get(g) or ()
        cases = _cases(readings) or {"nomn"}
        if obj is None and cases & {"accs", "nomn"}:
            obj = g
            attached[g] = (v, "dobj")
        else:
            attached[g] = (v, "nmod" if g > v else "obl")
    for n, (h, dep) in attached.items():
        tok = tokens[n]
        if tok.pos == "VERB" and read[n] and not any(
                r & {"VERB", "INFN", "PRTF", "GRND"} for r in read[n]):
            pos = _pos(read[n], dep)
            tok = replace(tok, pos=pos, tag=ud.tag(pos, ""))
        elif (tok.pos in ("ADJ", "X") and read[n] and "NOUN" in read[n][0]
              and kinds.get(n) == "noun"):
            tok = replace(tok, pos="NOUN", tag=ud.tag("NOUN", ""))
        tokens[n] = replace(tok, head=h, dep=ud.dep(dep))


def _person(tokens: list[Token], read: dict, g: int) -> bool:
    return tokens[g].ent_type == "PERSON" or bool(read.get(g) and "anim" in read[g][0])


def _title(tokens: list[Token], read: dict, attached: dict, last: int | None, name: int
           ) -> int | None:
    """The noun before a person's name that is its title: the nearest animate noun up the
    chain of genitives before the name, in a case the name can have ("міністра оборони
    Александра" -> "міністра")."""
    while last is not None:
        first = read[last][0] if read.get(last) else frozenset()
        if "anim" in first and not tokens[last].ent_type and (
                not read[name] or _cases(read[name]) & _cases(read[last])):
            return last
        up = attached.get(last)
        last = up[0] if up and up[1] == "nmod" else None
    return None


def _pos(readings: Sequence[frozenset[str]], dep: str) -> str:
    first = readings[0]
    if "ADVB" in first:
        return "ADV"
    if first & {"ADJF", "COMP", "PRTF"} or dep in ("amod", "nummod"):
        return "ADJ"
    return "NOUN"


def _other_dep(tok: Token, readings: Sequence[frozenset[str]]) -> str:
    first = readings[0] if readings else frozenset()
    if tok.pos == "CCONJ" or "CONJ" in first:
        return "cc"
    if tok.text.lower() in _words()["complementisers"]:
        return "mark"
    if tok.dep in ("ROOT", "") or first & {"ADVB", "PRCL"}:
        return "advmod"
    return tok.dep


def _elided(tokens: list[Token], k: int) -> bool:
    """A word cut by an apostrophe ("прем'єр-міністерки" tokenised "прем" "'" ...)."""
    return (not tokens[k].ws and k + 1 < len(tokens)
            and tokens[k + 1].text in _words()["apostrophes"])


def repair(tokens: list[Token], sentences: Sequence[tuple[int, int]], parse: Parse
           ) -> list[Token]:
    """``tokens`` with the clauses of Ukrainian sentences that have a finite verb the
    dictionary knows rebuilt (a new list; other sentences unchanged). The Russian parser's
    trees are rebuilt even where it tagged the verb right: on Ukrainian it takes accusative
    objects for subjects ("Фотографію ... передали до музею") as often as not."""
    out = list(tokens)
    comps = set(_words()["complementisers"])
    for a, b in sentences:
        verbs = {k: r for k in range(a, b)
                 if (r := finite_verb(parse(out[k].text))) is not None and not _elided(out, k)}
        if not verbs:
            continue
        for k, r in verbs.items():
            morph = _verb_morph(r)
            out[k] = replace(out[k], pos="VERB", morph=morph, tag=ud.tag("VERB", morph))
        root: int | None = None
        rebuilt: list[tuple[int, int]] = []
        for span in _clauses(out, a, b):
            inside = [k for k in verbs if span[0] <= k < span[1]]
            if len(inside) != 1:
                continue
            v = inside[0]
            _rebuild(out, span, v, verbs[v], parse)
            if root is None:
                root = v
                out[v] = replace(out[v], head=v, dep="ROOT")
            else:
                dep = "ccomp" if out[span[0]].text.lower() in comps else "conj"
                out[v] = replace(out[v], head=root, dep=dep)
            rebuilt.append(span)
        if root is None:
            continue
        # tokens outside the rebuilt clauses whose head fell inside one, or whose tree has
        # no root left: hang them on the nearest verb
        heads = [v for v in verbs if any(s[0] <= v < s[1] for s in rebuilt)]
        for k in range(a, b):
            if any(s[0] <= k < s[1] for s in rebuilt):
                continue
            h = out[k].head
            if h == k or any(s[0] <= h < s[1] for s in rebuilt) or not a <= h < b:
                near = min(heads, key=lambda v: (abs(v - k), v))  # noqa: B023
                out[k] = replace(out[k], head=near,
                                 dep=out[k].dep if out[k].dep != "ROOT" else "dep")
    return out
