"""Happenings: what a report tells happened to or by an actor, for the actor's timeline.

The picture's events (:mod:`sitroom.extract.events`) are the acts PLOVER codes; a user who
follows one actor wants more: everything the reports tell the actor did or underwent ("rolled
out its first jet", "was compensated for the delays", "made its maiden flight"). A
*happening* is a verb with an argument naming a participant (subject, object, agent of a
passive, the object of a participant preposition, the subject it shares with a conjoined,
controlled or participial verb, the noun a relative clause describes), or the object noun of
a light verb ("made its maiden flight", "held talks"). Copulas and light verbs are none.

A participant is an actor mention of the extraction, a named entity, or a definite noun
phrase (which a reader resolves: "the airline"). Each happening keeps the character spans of
its participants' head words (``args``) and the indices of the actor mentions among them
(``actors``), so that a timeline can be built for any actor, named or resolved.

Dating is the narrative-time code of the events (:func:`sitroom.extract.times.anchor_event`:
the governing time, else the paragraph's, else the live-blog entry's), with one difference:
the publication day dates only what the report tells as its news: the lead (the first
``lead_sentences`` sentences, headline and dateline included), what the report says was said,
and a clause in the simple past (``news_tags``; a light verb's object noun goes with its
verb), none of them under a modal. A perfect or a present further down without a time of its
own ("has long been criticised", "the plane uses ...") keeps no date (``date_source`` none):
being retold on a day does not make it happen that day. The rule words are in
``data/happenings.json``.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

from ..lexicon import words
from ..model import ActorMention, AnnotatedDoc, Happening, TimeMention
from .time_anchoring import Anchor, anchor_event
from .time_told import model_keeps

_NO_PARTICIPANT = {"DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY", "ORDINAL"}
_DEFINITE = {"the", "this", "that", "these", "those"}
_NAMING_DEPS = {"compound", "nmod", "nummod", "amod", "poss"}


@lru_cache(maxsize=1)
def _rules() -> dict:
    text = resources.files("sitroom.data").joinpath("happenings.json").read_text(encoding="utf-8")
    raw = json.loads(text)
    return {k: (frozenset(v) if isinstance(v, list) else v) for k, v in raw.items()}


def _inherited_role(adoc: AnnotatedDoc, t: int, j: int, subj: int) -> str:
    """The role of ``subj``, the subject of ``j`` that ``t`` shares: its own role, the patient
    when ``t`` is passive ("the plane was ... and shot down"), unknown (``participant``) when
    a verb on the way has an object that controls the subject ("persuaded X to join",
    "called on X to apologize": the act is X's)."""
    r = _rules()
    toks = adoc.tokens
    role = str(r["role_deps"].get(toks[subj].dep, "participant"))
    k = t
    while k != j:
        head = toks[k].head
        if toks[k].dep in r["control_deps"] and any(
                toks[c].dep in r["controller_deps"] or (
                    toks[c].dep == "prep" and toks[c].text.lower() in r["control_preps"])
                for c in adoc.children(head)):
            return "participant"
        k = head
    if toks[subj].dep == "nsubjpass" and toks[j].lemma.lower() in r["active_passives"]:
        role = "agent"
    if role == "agent" and toks[t].lemma.lower() not in r["active_passives"] and any(
            toks[c].dep == "auxpass" for c in adoc.children(t)):
        return "patient"
    return role


def _verbal(adoc: AnnotatedDoc, i: int) -> bool:
    """Token ``i`` is a verb: tagged one, or an infinitive the parser tagged a noun ("was
    set to land": a noun with the infinitive's "to" as its auxiliary)."""
    tok = adoc.tokens[i]
    if tok.pos == "VERB":
        return True
    return tok.pos == "NOUN" and tok.dep in _rules()["infinitive_deps"] and any(
        adoc.tokens[c].dep == "aux" and adoc.tokens[c].tag == "TO" for c in adoc.children(i))


def _arguments(adoc: AnnotatedDoc, t: int) -> dict[int, str]:
    """Token indices of ``t``'s participants (module docstring), with their conjuncts, each
    with its role from its dependency label (``role_deps``, ``role_preps``)."""
    r = _rules()
    toks = adoc.tokens
    args: dict[int, str] = {}
    active = toks[t].lemma.lower() in r["active_passives"]  # "would get rid of": the subject did it
    for c in adoc.children(t):
        if toks[c].dep in r["argument_deps"]:
            role = str(r["role_deps"].get(toks[c].dep, "participant"))
            args.setdefault(c, "agent" if active and toks[c].dep == "nsubjpass" else role)
        elif toks[c].dep == "prep" and toks[c].text.lower() in r["argument_preps"]:
            role = str(r["role_preps"].get(toks[c].text.lower(), "participant"))
            for g in adoc.children(c):
                if toks[g].dep == "pobj":
                    args.setdefault(g, role)
        if toks[c].dep == "agent":
            for g in adoc.children(c):
                if toks[g].dep == "pobj":
                    args.setdefault(g, "agent")
    own_subject = any(toks[c].dep in r["subject_deps"] for c in adoc.children(t))
    j = t
    while not own_subject and toks[j].dep in r["inherit_deps"] and toks[j].head != j:
        if toks[j].dep in ("relcl", "acl"):
            # "the company, which announced": the noun described; "the aircraft shot down
            # by": a past participle's noun underwent it
            described = ("patient" if toks[j].tag in r["passive_participle_tags"]
                         and toks[j].dep == "acl" else "agent")
            args.setdefault(toks[j].head, described)
            _attr_subjects(adoc, toks[j].head, described, args)
            break
        j = toks[j].head
        subj = [c for c in adoc.children(j) if toks[c].dep in ("nsubj", "nsubjpass")]
        if subj:
            for c in subj:
                args.setdefault(c, _inherited_role(adoc, t, j, c))
            break
    if toks[t].dep == "relcl":  # "X, which Y bought": the relative pronoun stands for X
        swapped: dict[int, str] = {}
        for a, role in args.items():
            swapped.setdefault(toks[t].head if toks[a].text.lower() in r["relatives"] else a, role)
        args = swapped
    extra: dict[int, str] = {}
    for a, role in args.items():  # "X and Y": conjoined participants
        for c in adoc.children(a):
            if toks[c].dep == "conj":
                extra.setdefault(c, role)
    # an apposition names the same participant ("the planemaker, Boeing")
    for a, role in args.items():
        for c in adoc.children(a):
            if toks[c].dep == "appos":
                extra.setdefault(c, role)
    for c, role in extra.items():
        args.setdefault(c, role)
    return _partitives(adoc, args)


def _attr_subjects(adoc: AnnotatedDoc, noun: int, role: str, args: dict[int, str]) -> None:
    """The noun a clause describes is what a copula says its subject is ("X, which will be
    the first company [to operate] ...", "X is the first [to fly]"): the subject (a relative
    pronoun standing for the noun it describes) takes the same part."""
    r = _rules()
    toks = adoc.tokens
    if toks[noun].dep != "attr":
        return
    cop = toks[noun].head
    for c in adoc.children(cop):
        if toks[c].dep in ("nsubj", "nsubjpass"):
            if toks[c].text.lower() in r["relatives"] and toks[cop].dep == "relcl":
                c = toks[cop].head
            args.setdefault(c, role)


def _partitives(adoc: AnnotatedDoc, args: dict[int, str]) -> dict[int, str]:
    """A quantity's "of" phrase stands for it ("bought 20 of its 777 planes": the planes;
    "one of the planes", "the first of the jets", "some of the carriers", "a new version of
    its 777 airliner": a number word, an ordinal, a word of quantity or of version,
    ``partitive_words``), a number that names stays ("the 777")."""
    r = _rules()["naming_numbers"]
    toks = adoc.tokens
    out: dict[int, str] = {}
    for a, role in args.items():
        tok = toks[a]
        counted = (_is_number(tok.text) or tok.pos == "NUM" or tok.ent_type == "ORDINAL"
                   or tok.text.lower() in r["partitive_words"])
        if counted and not _naming_number(adoc, a):
            for c in adoc.children(a):
                if toks[c].dep == "prep" and toks[c].text.lower() in r["partitive_preps"]:
                    for g in adoc.children(c):
                        if toks[g].dep == "pobj":
                            out.setdefault(g, role)
        out.setdefault(a, role)
    return out


def _is_number(text: str) -> bool:
    """A written number ("777", "9,420", "1.5")."""
    return text.replace(",", "").replace(".", "").isdigit()


def _model_code(text: str) -> bool:
    """A designator mixing digits with a capital letter ("A380", "200LR") or a number's
    plural ("777s"); digits with lower-case letters are a measure ("11bn", "5km")."""
    r = _rules()["naming_numbers"]
    if not any(ch.isdigit() for ch in text):
        return False
    if any(ch.isupper() for ch in text):
        return True
    return any(text.endswith(x) and _is_number(text[:-len(x)]) for x in r["plural_suffixes"])


def _naming_number(adoc: AnnotatedDoc, i: int) -> bool:
    """Token ``i`` is a number that is part of a name, not a quantity (``naming_numbers`` in
    ``data/happenings.json``): after the noun or name it belongs to ("Windows 10", "FTSE
    100"), with a determiner or possessor of its own ("the 777", "Boeing's 787"), after a
    proper noun of its own ("Boeing 777"), or before a singular noun ("its 777 airliner")."""
    r = _rules()["naming_numbers"]
    toks = adoc.tokens
    tok = toks[i]
    if (not _is_number(tok.text) or tok.ent_type in r["quantity_ents"]
            or tok.text.lower() in r["not_names"]):
        return False
    head = toks[tok.head]
    if tok.head == i - 1 and tok.dep in r["after_deps"] and head.pos in ("NOUN", "PROPN"):
        return head.ent_type not in r["quantity_ents"] and not head.ws == ""
    kids = adoc.children(i)
    if any(toks[c].dep in r["count_deps"] or toks[c].text.lower() in r["count_words"]
           for c in kids):
        return False  # "all 51 of the carriers", "the 250 required"
    for c in kids:
        if (c < i and toks[c].dep in r["owner_deps"] and toks[c].pos != "NUM"
                and len(tok.text) >= r["owned_min_digits"]):  # "the 787", not "the 30"
            return True
        if c < i and toks[c].dep in r["name_deps"] and toks[c].pos == "PROPN":
            return True
    if not (tok.head > i and tok.dep in r["before_deps"] and head.pos in ("NOUN", "PROPN")
            and tok.ws):  # "70m", "5km": a measure
        return False
    # "its 777 airliner"; "Boeing's larger 777 planes": a count comes before the adjectives
    return head.tag not in r["count_tags"] or any(
        c < i and toks[c].dep in r["describing_deps"] for c in adoc.children(tok.head))


def _name_like(adoc: AnnotatedDoc, i: int) -> bool:
    """Token ``i`` is a name: a named entity (not a number or a time), a proper noun, a
    capitalised word inside its sentence ("rolls out the Dreamliner"), a model code
    (:func:`_model_code`: "A380"), a number that names (:func:`_naming_number`: "the 777")."""
    tok = adoc.tokens[i]
    if tok.ent_type in _rules()["naming_numbers"]["quantity_ents"]:
        return False
    if _model_code(tok.text) or _naming_number(adoc, i):
        return True
    if tok.ent_type in _NO_PARTICIPANT:
        return False
    if tok.ent_type or tok.pos == "PROPN":
        return True
    initial = i == adoc.sents[tok.sent].start
    return tok.text[:1].isupper() and not initial and tok.pos in ("NOUN", "ADJ")


def _word_piece(adoc: AnnotatedDoc, i: int) -> bool:
    """Token ``i`` is punctuation ("-") or a piece of a hyphenated written word before its
    last piece ("nom" and "de" of "nom-de-guerre": the token runs into a hyphen that runs
    into the next piece): no participant. The last piece heads the word, and its span is
    widened over the whole of it (:func:`_arg_span`: "777-200LR")."""
    toks = adoc.tokens
    tok = toks[i]
    if not any(ch.isalnum() for ch in tok.text):
        return True
    j = i + 1
    return (not tok.ws and j + 1 < len(toks) and toks[j].text == "-" and not toks[j].ws
            and toks[j + 1].text[:1].isalnum())


def _participant(adoc: AnnotatedDoc, i: int, actor_at: dict[int, int]) -> bool:
    """Token ``i`` heads a participant: an actor mention, a name (:func:`_name_like`), or a
    noun a reader can resolve: definite ("the airline"), or named by a modifier ("the first
    787 Dreamliner", "its A380 superjumbo"); never a hyphen or a piece of a hyphenated word
    (:func:`_word_piece`)."""
    tok = adoc.tokens[i]
    if _word_piece(adoc, i):
        return False
    if i in actor_at or _name_like(adoc, i):
        return True
    if tok.pos != "NOUN":
        return False
    for c in adoc.children(i):
        kid = adoc.tokens[c]
        if kid.dep == "det" and kid.text.lower() in _DEFINITE:
            return True
        if kid.dep in _NAMING_DEPS and (c in actor_at or _name_like(adoc, c)):
            return True
    return False


def _arg_span(adoc: AnnotatedDoc, i: int) -> tuple[int, int]:
    """The character span of participant ``i``'s head word, widened over the written word it
    is part of ("777-200LR") and the numbers that name it next to it ("its 777 airliner",
    "Windows 10"): the number is the name a reader finds it by."""
    toks = adoc.tokens
    lo = hi = i
    while lo > 0:
        k = lo - 1
        if (toks[k].text == "-" and not toks[k].ws and k > 0 and not toks[k - 1].ws
                and toks[k - 1].text[:1].isalnum()):
            lo = k - 1
        elif toks[k].head == i and _naming_number(adoc, k):
            lo = k
        else:
            break
    while hi + 1 < len(toks) and toks[hi + 1].head == i and _naming_number(adoc, hi + 1):
        hi += 1
    return toks[lo].idx, toks[hi].end


def _actor_tokens(adoc: AnnotatedDoc, actors: tuple[ActorMention, ...]) -> dict[int, int]:
    """token index -> the index of the (last, most specific) actor mention covering it."""
    out: dict[int, int] = {}
    for k, a in enumerate(actors):
        i = adoc.token_at(a.start)
        while i < len(adoc.tokens) and adoc.tokens[i].idx < a.end:
            out[i] = k
            i += 1
    return out


def _date(adoc: AnnotatedDoc, t: int, times: tuple[TimeMention, ...]
          ) -> tuple[str | None, str | None, str]:
    """(date, precision, date_source) of the happening at token ``t`` (module docstring);
    a shipped model (:mod:`sitroom.extract.time_told`) may overrule the rules."""
    r = _rules()
    a = anchor_event(adoc, t, times)
    rule = _rule_dates(adoc, t, a)
    keep = model_keeps(adoc, t, a, r["modals"], r["lead_sentences"], rule)
    if keep if keep is not None else rule:
        return a.date, a.precision, a.date_source
    return None, None, "none"


def _rule_dates(adoc: AnnotatedDoc, t: int, a: Anchor) -> bool:
    """The rules keep the anchored date ``a`` of the happening at token ``t``: a time of its
    own, its paragraph's or its entry's, or the publication day for the report's news."""
    r = _rules()
    if a.date_source != "publication":
        return a.date is not None
    tok = adoc.tokens[t]
    kids = [adoc.tokens[c] for c in adoc.children(t)]
    modal = any(k.text.lower() in r["modals"] for k in kids)
    said = tok.lemma.lower() in words("reporting_verbs", "event_coreference")
    perfect = any(k.dep == "aux" and k.lemma.lower() == "have" for k in kids)
    if tok.pos == "NOUN" and tok.dep in ("dobj", "nsubj", "nsubjpass", "attr"):
        verb = adoc.tokens[tok.head]  # "made its maiden flight": told as the verb is
        kids = [adoc.tokens[c] for c in adoc.children(verb.i)]
        perfect = any(k.dep == "aux" and k.lemma.lower() == "have" for k in kids)
        modal = modal or any(k.text.lower() in r["modals"] for k in kids)
        tag = verb.tag
    else:
        tag = tok.tag
    told = tag in r["news_tags"] and not perfect  # "the aircraft flew ..."
    return not modal and (tok.sent < r["lead_sentences"] or said or told)


def extract_happenings(adoc: AnnotatedDoc, actors: tuple[ActorMention, ...],
                       times: tuple[TimeMention, ...]) -> tuple[Happening, ...]:
    """The happenings of one annotated document, in text order (module docstring).

    Requires the document's actor mentions and its :func:`extract_times` output (the same
    tuples the Extraction holds: ``actors`` indices refer to them). Pure.
    """
    r = _rules()
    toks = adoc.tokens
    actor_at = _actor_tokens(adoc, actors)
    found: dict[int, dict[int, str]] = {}  # trigger token -> participant token -> role
    for verb in toks:
        lemma = verb.lemma.lower()
        if not _verbal(adoc, verb.i) or lemma in r["not_happenings"]:
            continue
        args = {a: role for a, role in _arguments(adoc, verb.i).items()
                if _participant(adoc, a, actor_at)}
        if not args:
            continue
        if lemma not in r["light_verbs"]:
            for a, role in args.items():
                found.setdefault(verb.i, {}).setdefault(a, role)
        elif lemma in r["object_event_verbs"]:  # "made its maiden flight": the object is it
            for c in adoc.children(verb.i):
                if toks[c].dep == "dobj" and toks[c].pos == "NOUN":
                    for a, role in args.items():
                        if a != c:
                            found.setdefault(c, {}).setdefault(a, role)
    out = []
    for t, args in sorted(found.items()):
        tok = toks[t]
        if not args:
            continue
        end = max([tok.end] + [toks[c].end for c in adoc.children(t)
                               if toks[c].dep == "prt" and c == t + 1])  # "rolled out"
        date, precision, source = _date(adoc, t, times)
        out.append(Happening(
            doc=adoc.doc.id, start=tok.idx, end=end, sent=tok.sent,
            trigger=adoc.doc.text[tok.idx:end], lemma=tok.lemma.lower(),
            kind="verb" if _verbal(adoc, t) else "nominal",
            args=tuple(_arg_span(adoc, a) for a in args),
            actors=tuple(dict.fromkeys(actor_at[a] for a in args if a in actor_at)),
            date=date, date_precision=precision, date_source=source,
            roles=tuple(args.values())))
    return tuple(out)
