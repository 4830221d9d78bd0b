"""Actor mentions that are not named entities: actor noun phrases, surnames, pronouns.

Used by :func:`sitroom.extract.actors.extract_actors`:

* noun phrases whose head denotes an actor ("the army", "regular forces", "his troops", "the
  Defense Ministry", "the White House", "officials"; the nouns of ``data/actor_words.json``);
  a phrase no name makes specific ("the army") is generic: an antecedent, not an actor; but
  "the two companies" after a sentence naming two bodies is that pair, and a plural of people
  no actor noun covers ("users") as a verb's subject or object is a group (round 18,
  :mod:`sitroom.extract.actor_coref_pairs`);
* surnames of the report's named persons that the entity recogniser missed elsewhere;
* personal pronouns as subjects or possessives (he, she, his, her, they, their, it, its;
  pleonastic "it" left out).
"""

from __future__ import annotations


from ..lang.forms import name_form
from ..model import AnnotatedDoc
from .actor_base import (COLLECTIVE_NOUNS, COPULAS, HONORIFICS, IMPERSONAL, INSTITUTION_SUFFIXES,
                         MEMBER_NOUNS, MILITARY_WORDS, NONSPECIFIC, OPEN_QUANTITIES, PLACE_PREPS,
                         PRONOUN_KINDS, QUOTES, SUBJECT_DEPS, TITLE_WORDS, UPPER_BOUNDS, Cand,
                         actor_noun_kind,
                         clean_name, head_of, lem_of, low, named, trim)
from .actor_chains import GOVERNMENT_NOUNS, country_of, government_of
from .actor_coref_divisions import division_mentions
from .actor_coref_pairs import pair_of_bodies, people_group
from .actor_coref_possessors import possessor_mentions
from .actor_coref_roles import role_extent
from .actor_filters import (BARE_OFFICE_PREPS, OFFICE_PREPS, THING_LABELS, body_part, building, office,
                            quality_of_person)
from .actor_labels_products import product_piece
from .actor_labels_words import party_tag_holder
from .plover import NOUNS as EVENT_NOUNS

APPOSITION_ENDS = frozenset({",", ".", ";", ")", "—", "–"})


def phrase_mentions(adoc: AnnotatedDoc, found: list[Cand], taken: set[int]) -> list[Cand]:
    """Mentions from noun phrases headed by an actor noun, or capitalised institutions
    ("the army", "the Defense Ministry", "the White House"), not already named by ``found``."""
    toks = adoc.tokens
    cands: list[Cand] = []
    covered_heads = {c.head for c in found}
    # names of persons whatever the tagger said, and their surnames ("The cat's owner,
    # Hutson, said": Hutson)
    person_heads = {c.head for c in found if c.kind == "person"}
    person_heads |= {t.i for t in toks if t.pos == "PROPN" and t.text in {
        c.name.split()[-1] for c in found if c.kind == "person" and " " in c.name}}
    for cs, ce in adoc.noun_chunks:
        head = head_of(adoc, cs, ce)
        ht = toks[head]
        if head in covered_heads or head in taken or ht.pos == "PRON" or lem_of(ht) in EVENT_NOUNS:
            continue
        if cs > 0 and toks[cs - 1].text == "-" and not toks[cs - 1].ws:
            continue  # the last piece of a hyphenated word ("commander-in-chief")
        lemma = ht.lemma.lower()
        kind = actor_noun_kind(ht)
        if kind is None and ht.pos == "PROPN" and ht.ent_type in ("", "ORG", "FAC"):
            if product_piece(adoc, cs, ce):
                continue  # "The X Watch Edition is", "the cheapest Sport": a product (round 20)
            if lemma in INSTITUTION_SUFFIXES:
                kind = "organisation"
            elif (toks[cs].text.lower() == "the" and ht.dep in SUBJECT_DEPS | {"poss"}
                  and ht.text[:1].isupper()):
                kind = "organisation"  # "the White House said"
        people = kind is None and people_group(adoc, head)  # "users", "customers" (round 18)
        if people:
            kind = "group"
        if kind is None:
            continue
        if kind == "organisation" and {t.text.lower() for t in toks[cs:ce]} & MILITARY_WORDS:
            kind = "armed_group"
        # "Y's leader, X" and "X, the chief of ...": the role phrase is a mention of the
        # person X it stands in apposition with (and X's role)
        appos_to = next((c for c in adoc.children(head) if toks[c].dep == "appos"
                         and (toks[c].ent_type == "PERSON" or c in person_heads)), None)
        up = toks[ht.head] if ht.dep == "conj" else ht  # "X, the maven and former candidate"
        if appos_to is None and up.dep == "appos" and any(
                c.head == up.head for c in found if c.kind == "person"):
            appos_to = up.head
        singular = toks[head].tag not in ("NNS", "NNPS") and (
            kind == "person" or kind == "group" and lemma not in COLLECTIVE_NOUNS)
        if appos_to is None and kind == "person" and singular:
            appos_to = name_after_role(adoc, up.i, head)  # "the Y's chairwoman, X L. Z,"
        if appos_to is None and up.dep == "appos" and toks[up.head].pos == "PROPN" and not named(ht):
            if toks[head].tag in ("NNS", "NNPS"):
                pass  # "PLOVDIV — Soldiers of the X Brigade": a plural is no description
            elif not singular:
                continue  # "Acme, a supplier of parts": a description of one named, no one new
            else:
                appos_to = up.head  # "Simmons, an Obama supporter": Simmons, however tagged
        if appos_to is not None:
            appos_to = party_tag_holder(adoc, appos_to)  # "Rep. X, D-W. Va., chairman of ..."
            if singular:
                s, en = trim(adoc, cs, ce, cut_possessive=False)
                en = role_extent(adoc, head, en)  # "president and CEO of Acme": all of it
                cands.append(Cand(s, en, head, "person", adoc.span_text(s, en),
                                   role=adoc.span_text(s, en), appos_to=appos_to))
                covered_heads.add(head)
            continue
        s, en = trim(adoc, cs, max(ce, _specifier_end(adoc, head) if kind != "person" else ce),
                      cut_possessive=False)
        if kind == "group" and lemma == "group" and any(
                toks[c].dep == "compound" and toks[c].pos == "PROPN" for c in adoc.children(head)):
            kind = "organisation"  # "the Lazarus group": a named group is an organisation
        plural = ht.tag in ("NNS", "NNPS")
        if kind == "person" and plural:
            kind = "group"
        if ht.dep == "attr" or ht.dep == "conj" and toks[ht.head].dep == "attr":
            continue  # "Trump was a novice politician": what someone is, no one new
        if kind == "person" and s > 0 and toks[s - 1].text.lower() in OFFICE_PREPS and not any(
                toks[c].dep in ("det", "poss") for c in adoc.children(head)):
            continue  # "met X as Cabinet secretary", however parsed: an office
        if (kind == "person" or ht.tag in ("NN", "NNP")) and (office(adoc, head) or body_part(adoc, head)):
            continue  # "served as chairman", "was elected president", "shaking my head"
        if quality_of_person(adoc, head):
            continue  # "Mr. Smith's leadership", "her presidency": no body
        if kind != "person" and building(adoc, head, PLACE_PREPS):
            continue  # "an appearance at the party headquarters": a place
        if any(toks[c].text.lower() in NONSPECIFIC for c in adoc.children(head)) or (
                kind == "person" and ht.dep not in SUBJECT_DEPS and toks[_after_quote(adoc, cs)].text.lower()
                in ("a", "an")):
            continue  # "no minister", "came to a head", "needs a leader": no one at all
        if kind != "person" and not_sent_yet(adoc, head):
            continue  # "he would deploy up to 30,000 soldiers": a number, no one yet
        if (kind == "person" and ht.dep == "pobj" and ht.tag in ("NN", "NNP") and (
                ce - cs == 1 or toks[ht.head].text.lower() in BARE_OFFICE_PREPS and not any(
                    toks[c].dep in ("det", "poss") for c in adoc.children(head)))):
            continue  # "ran for president", "tap him for vice president": an office, no one
        generic = kind != "person" and not _specific(adoc, head) and not people  # "the army"
        definite = (kind == "person" and toks[cs].text.lower() == "the" or
                    any(toks[c].dep == "poss" for c in adoc.children(head))) and kind == "person"
        name_s = s
        while name_s < en - 1 and toks[name_s].dep == "poss" and toks[name_s].pos == "PRON":
            name_s += 1
        text = adoc.span_text(name_s, en)
        if lemma in GOVERNMENT_NOUNS:
            # "the Canadian government", "Iran's government": that state's government
            country = next((country_of(toks[c].text) for c in adoc.children(head)
                            if toks[c].dep in ("amod", "compound", "poss", "nmod")
                            and country_of(toks[c].text)), None)
            if country:
                text, kind, generic = government_of(country) or text, "government", False
        body = body_of_members(adoc, head) if lemma in MEMBER_NOUNS else None
        if body is not None:  # "soldiers of the 5th Brigade": the brigade acts
            text, kind, generic = body
        if generic and kind != "person" and (pair := pair_of_bodies(adoc, found, s, head)):
            text, kind, generic = pair, "group", False  # "the two companies": the pair named
        cands.append(Cand(s, en, head, kind, text,
                           role=adoc.span_text(s, en) if kind == "person" else None,
                           definite_role=definite, generic=generic))
        covered_heads.add(head)
    # "Acme Commercial Airplanes" untagged after "Acme": a division of the body (round 17)
    cands += division_mentions(adoc, found + cands, taken)
    # "The Rollers' Acme Corps": the untagged owner of a named body (round 17)
    return cands + possessor_mentions(adoc, found + cands, taken)


def body_of_members(adoc: AnnotatedDoc, head: int) -> tuple[str, str, bool] | None:
    """(name, kind, generic) of the named organisation whose members the noun at ``head``
    names, as a modifier ("Hamas fighters") or through "of" ("members of the Patriot
    Front"); None when there is none."""
    toks = adoc.tokens
    kids = [c for c in adoc.children(head) if toks[c].dep == "compound" and c < head]
    for p in adoc.children(head):
        if toks[p].dep == "prep" and toks[p].text.lower() == "of":
            kids += [c for c in adoc.children(p) if toks[c].dep == "pobj"]
    for k in kids:
        for e in adoc.ents:
            if e.label == "ORG" and e.start <= k < e.end:
                s, en = trim(adoc, e.start, e.end)
                words = {t.text.lower() for t in toks[s:en]}
                return (clean_name(name_form(adoc, s, en)),
                        "armed_group" if words & MILITARY_WORDS else "organisation", False)
    return None


def _specific(adoc: AnnotatedDoc, head: int) -> bool:
    """True when the common-noun actor phrase headed by ``head`` names someone in
    particular: a proper noun itself ("the White House"), or made specific by a named modifier
    ("the Russian army", "Iraq's interim government", "Soldiers of the 17th Brigade",
    "authorities in Croatia"); "the army", "regular forces", "his troops" are not."""
    toks = adoc.tokens
    if named(toks[head]):
        return True
    for c in adoc.children(head):
        ct = toks[c]
        if ct.dep in ("amod", "compound", "nmod", "poss") and named(ct):
            return True
        if ct.dep == "prep" and ct.text.lower() in ("of", "in", "from"):
            if any(named(toks[o]) for o in adoc.children(c) if toks[o].dep == "pobj"):
                return True
    return False


def _specifier_end(adoc: AnnotatedDoc, head: int) -> int:
    """One past the last token of a prepositional phrase on ``head`` whose name makes it
    specific ("Soldiers of the 17th Brigade"), else 0."""
    toks = adoc.tokens
    for c in adoc.children(head):
        if toks[c].dep == "prep" and toks[c].text.lower() in ("of", "in", "from") and any(
                named(toks[o]) for o in adoc.children(c) if toks[o].dep == "pobj"):
            return max(adoc.subtree(c)) + 1
    return 0


def surname_mentions(adoc: AnnotatedDoc, found: list[Cand], taken: set[int]) -> list[Cand]:
    """Surnames of named persons in ``found`` that the entity recogniser missed elsewhere; not
    a surname inside a longer capitalised name of a thing ("The Ruth Leff X Awards"; not in a
    sentence the tagger took for a title, "X called Y a ...")."""
    toks = adoc.tokens
    cands: list[Cand] = []
    full = {c.name for c in found if c.kind == "person" and " " in c.name}
    surnames = {n.split()[-1] for n in full}
    # a role phrase in apposition ("Lohan's lawyer, Mark Heller") leaves its owner's surname
    covered = {i for c in found if c.appos_to is None for i in range(c.start, c.end)}
    # a surname the tagger read as a common noun ("Jobs said", "Banks, born in ...") when
    # the report never writes the word in lower case
    lower = {t.text for t in toks if t.text.islower()}
    for t in toks:
        if t.i not in covered and t.i not in taken and t.text in surnames and (
                t.tag == "NNP" or t.tag in ("NN", "NNS", "NNPS") and t.text.lower() not in lower) \
                and not (t.ent_type in THING_LABELS and t.i + 1 < len(toks)
                         and toks[t.i + 1].ent_iob == "I" and toks[t.i + 1].text[:1].isupper()) \
                and not (low(t) in TITLE_WORDS and t.i + 1 < len(toks) and toks[t.i + 1].text == "of"):
            # a title is no surname ("As Governor of Arkansas"; "King" alone may be one)
            prev = toks[t.i - 1] if t.i > 0 else None
            if (prev is not None and prev.i not in covered and prev.i not in taken
                    and prev.dep == "compound" and prev.head == t.i
                    and f"{prev.text} {t.text}" in full):
                # "Ann Lee" untagged where the report names Ann Lee and Bob Lee: Ann Lee
                cands.append(Cand(prev.i, t.i + 1, t.i, "person", f"{prev.text} {t.text}"))
                continue
            cands.append(Cand(t.i, t.i + 1, t.i, "person", t.text))
    return cands


def pronoun_mentions(adoc: AnnotatedDoc) -> list[Cand]:
    """Personal pronouns as subjects or possessives (pleonastic "it" left out)."""
    toks = adoc.tokens
    cands: list[Cand] = []
    for t in toks:
        low = t.text.lower()
        if t.pos != "PRON" or low not in PRONOUN_KINDS:
            continue
        if t.dep not in SUBJECT_DEPS | {"poss"}:
            continue
        if low == "it" and _pleonastic(adoc, t.head):
            continue
        cands.append(Cand(t.i, t.i + 1, t.i, "unknown", t.text, pronoun=True))
    return cands


def _pleonastic(adoc: AnnotatedDoc, head: int) -> bool:
    """True when "it" subject of ``head`` is a placeholder: "it was reported that",
    "it is clear that", "it seems"."""
    kids = [adoc.tokens[c] for c in adoc.children(head)]
    if any(k.dep in ("ccomp", "csubj", "expl") for k in kids):
        return True
    if adoc.tokens[head].lemma.lower() not in COPULAS:
        return False
    return adoc.tokens[head].lemma.lower() != "be" or any(
        k.dep in ("acomp", "attr") and k.lemma.lower() in IMPERSONAL for k in kids)


def name_after_role(adoc: AnnotatedDoc, top: int, head: int) -> int | None:
    """The last token of the person's name that a role phrase written before it stands in
    apposition with, whatever the parse hangs the name on ("the agency's chairwoman, Jane
    Roe, said", "The founder and chairman of the X Group, John Doe, is"): the words after the
    role's head up to a comma all belong to the role phrase (the subtree of ``top``, the
    role's head or the first of its coordinated heads), the comma is followed by a person's
    name, and the name ends the apposition (a comma, a stop, a semicolon, a bracket or a
    dash after it); None otherwise."""
    toks = adoc.tokens
    k = head + 1
    while k < len(toks) and toks[k].text != "," and toks[k].ent_type != "PERSON" \
            and _under(adoc, k, top):
        k += 1
    if k + 1 >= len(toks) or toks[k].text != ",":
        return None
    first = k + 1
    if first + 1 < len(toks) and toks[first].text.lower().rstrip(".") in HONORIFICS \
            and toks[first].ent_type != "PERSON":
        first += 1  # "the Prime Minister of X, Mr. Jo Roe,": the honorific is no part of the name
    if toks[first].ent_type != "PERSON" or toks[first].ent_iob != "B" and first == k + 1:
        return None
    n = first
    while n + 1 < len(toks) and toks[n + 1].ent_type == "PERSON" and toks[n + 1].ent_iob == "I":
        n += 1
    after = toks[n + 1].text if n + 1 < len(toks) else "."
    return n if after in APPOSITION_ENDS else None


def _under(adoc: AnnotatedDoc, k: int, top: int) -> bool:
    """True when token ``k`` is ``top`` or hangs below it."""
    toks = adoc.tokens
    for _ in range(40):
        if k == top:
            return True
        if toks[k].head == k:
            return False
        k = toks[k].head
    return False


def not_sent_yet(adoc: AnnotatedDoc, head: int) -> bool:
    """True when the plural actor phrase at ``head`` is counted by one of ``open_quantities``
    or ``upper_bounds`` ("more X troops", "up to 30,000 soldiers"), is no subject, and hangs on
    no verb in the past ("he would deploy ...", "a need for ... to be deployed"): a number of
    people yet to be sent or hired, no one yet ("they killed up to 30 people" stays)."""
    toks = adoc.tokens
    ht = toks[head]
    to_be = ht.dep in SUBJECT_DEPS and any(toks[c].dep == "aux" and toks[c].tag == "TO"
                                          for c in adoc.children(ht.head))
    if ht.tag not in ("NNS", "NNPS") or ht.dep in SUBJECT_DEPS and not to_be:
        return False
    counted = False
    for c in adoc.children(head):
        if toks[c].dep == "amod" and toks[c].text.lower() in OPEN_QUANTITIES:
            counted = True
        elif toks[c].dep == "nummod" and c >= 2 and adoc.span_text(c - 2, c).lower() in UPPER_BOUNDS:
            counted = True
    if not counted:
        return False
    if to_be:
        return True  # "a need for more X troops to be deployed": the subject of a plan
    up = toks[ht.head]
    if up.pos == "ADP":
        up = toks[up.head]
    return up.tag not in ("VBD", "VBN") or any(
        toks[c].dep == "aux" and toks[c].tag == "MD" for c in adoc.children(up.i))


def _after_quote(adoc: AnnotatedDoc, cs: int) -> int:
    """The first word of a noun chunk after the quote mark that may open it ('“a president'):
    the quotation opening with the phrase does not hide its article (round 21)."""
    toks = adoc.tokens
    return cs + 1 if toks[cs].text in QUOTES and cs + 1 < len(toks) else cs
