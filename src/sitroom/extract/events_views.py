"""Views, travel and calls told as acts (round 18, from draw Z and checked on every judged
draw; issue 15 item 2):

* **refused words**: a refusal whose refused act is words or a judgement ("refuses to
  disavow the endorsement", "refused to concede that critics had a point", "his refusal to
  disavow"): a stance, no one's request or offer rejected; "refused to intervene" stays;
* **standing support**: a verb of support told as a standing position, in the simple present
  ("the group supports candidates on both sides"), with an emphatic "did" ("she did support
  workers") or as a present passive ("the committee is supported by all sides"); a headline's
  present and an endorsement stay;
* **travel at home**: a visit, trip or arrival at a town or region of the report's own
  country, with no one met ("arrived in a city", "visiting a city for a rally"): travel, no
  consultation; a visit to a person, to a country or abroad stays;
* **a demand for a thing**: a demand with no one asked, its object a thing ("workers who
  demanded a higher wage"): a call for a policy, no one on the other side;
* **a speech given**: giving or delivering a speech or an address coded as a concession or
  aid;
* **a warning aside**: a warning verb put as an aside to a forecast ("the number, the office
  warns, will rise"): no threat of the speaker's own;
* **an obliged purpose**: an act in an infinitive under a verb with a modal of obligation
  ("the country must act to fight it"): what ought to be done is not done.

The word classes live in ``data/event_views.json``."""

from __future__ import annotations

import json
from collections import Counter
from functools import lru_cache
from importlib import resources

from ..model import AnnotatedDoc
from .events_base import SUBJ, Candidate, Check, _kids, _lem, first_reason


@lru_cache(maxsize=1)
def views() -> dict[str, frozenset[str]]:
    """``data/event_views.json``: each word class as a frozenset."""
    raw = json.loads((resources.files("sitroom") / "data" / "event_views.json")
                     .read_text(encoding="utf-8"))
    return {k: frozenset(v) for k, v in raw.items() if not k.startswith("_")}


def _head_of(adoc: AnnotatedDoc, span: tuple[int, int] | None) -> int | None:
    from .events_participants import _head
    return _head(adoc, span)


def refused_words(adoc: AnnotatedDoc, c: Candidate) -> bool:
    """A refusal (verb or noun) whose infinitive complement is a verb of words or of
    judgement: "refuses to disavow", "refusal to disavow", "refused to concede"."""
    w = views()
    t = adoc.tokens[c.token]
    if c.event.type != "REJECT" or _lem(t) not in w["refusal_words"]:
        return False
    deps = ("xcomp",) if t.pos == "VERB" else ("acl", "xcomp")
    return any(_lem(adoc.tokens[x]) in w["refused_word_verbs"] for x in _kids(adoc, c.token, *deps))


def _headline(adoc: AnnotatedDoc, v: int) -> bool:
    """The sentence of token ``v`` is the report's first line (a headline)."""
    sent = adoc.sents[adoc.tokens[v].sent]
    return "\n" not in adoc.text[:sent.start_char].strip() and "\n" in adoc.text[sent.end_char:]


def standing_support(adoc: AnnotatedDoc, c: Candidate) -> bool:
    """A verb of support in the simple present, with an emphatic "do", or as a present
    passive: a position held, not support given."""
    w = views()
    v = c.token
    t = adoc.tokens[v]
    if c.event.type not in w["stance_types"] or t.pos != "VERB" or _lem(t) not in w["stance_verbs"]:
        return False
    if _headline(adoc, v):
        return False
    aux = {adoc.tokens[a].text.lower() for a in _kids(adoc, v, "aux")}
    auxpass = {adoc.tokens[a].text.lower() for a in _kids(adoc, v, "auxpass")}
    if t.tag in ("VBZ", "VBP"):
        return True
    if t.tag == "VB" and aux & w["emphatic_aux"]:
        return True
    return t.tag == "VBN" and bool(auxpass & w["present_passive_aux"]) and not aux


def _home_country(adoc: AnnotatedDoc) -> str | None:
    """The country most of the report's place names lie in."""
    from ..lang.bodies import place_country
    counts = Counter(code for e in adoc.ents if e.label == "GPE"
                     if (code := place_country(e.text)))
    return counts.most_common(1)[0][0] if counts else None


def travel_at_home(adoc: AnnotatedDoc, c: Candidate) -> bool:
    """A visit, trip or arrival whose destinations are all towns or regions of the report's
    own country (no country, no person or body), with no one met."""
    from ..lang.bodies import place_country
    from ..lang.countries import country_code
    w = views()
    v = c.token
    if c.event.type not in w["travel_types"] or _lem(adoc.tokens[v]) not in w["travel_words"]:
        return False
    if any(adoc.tokens[p].text.lower() in w["partner_preps"] for p in _kids(adoc, v, "prep")):
        return False
    dests = [o for p in _kids(adoc, v, "prep") if adoc.tokens[p].text.lower() in w["travel_preps"]
             for o in _kids(adoc, p, "pobj")] + _kids(adoc, v, "dobj")
    dests = [o for o in dests if adoc.tokens[o].ent_type not in w["time_ents"]]  # "in June"
    r = _head_of(adoc, c.recipient_span)
    if r is not None and r not in dests:
        dests.append(r)
    if not dests:
        return False
    home = None
    for d in dests:
        ent = next((e for e in adoc.ents if e.start <= d < e.end), None)
        if ent is None or ent.label not in w["place_ents"]:
            return False
        if ent.label != "GPE":
            continue  # a building or a region named in the place: no one met
        if country_code(ent.text):
            return False  # a country visited
        home = home or _home_country(adoc)
        if home is None or place_country(ent.text) != home:
            return False
    return True


def thing_demanded(adoc: AnnotatedDoc, c: Candidate) -> bool:
    """A demand with no one asked and a thing as its object ("demanded a higher wage")."""
    from .events_participants import someone
    w = views()
    v = c.token
    t = adoc.tokens[v]
    if (c.event.type not in w["demand_types"] or t.pos != "VERB" or _lem(t) not in w["demand_verbs"]
            or c.recipient_span is not None):
        return False
    if any(adoc.tokens[p].text.lower() in w["party_preps"] for p in _kids(adoc, v, "prep")):
        return False
    objs = _kids(adoc, v, "dobj")
    if objs and adoc.tokens[objs[0]].tag in ("WDT", "WP") and t.dep == "relcl":
        objs = [t.head]  # "the services that he demanded"
    if not objs:
        return False
    o = objs[0]
    return not someone(adoc, o) and not _kids(adoc, o, "poss") and not any(
        adoc.tokens[p].text.lower() in w["party_preps"] for p in _kids(adoc, o, "prep"))


def speech_given(adoc: AnnotatedDoc, c: Candidate) -> bool:
    """Giving or delivering a speech or an address: no concession, no aid."""
    w = views()
    t = adoc.tokens[c.token]
    if t.pos != "VERB" or _lem(t) not in w["speech_givers"]:
        return False
    return any(_lem(adoc.tokens[o]) in w["speech_nouns"] for o in _kids(adoc, c.token, "dobj"))


def warning_aside(adoc: AnnotatedDoc, c: Candidate) -> bool:
    """A warning verb as an aside to the clause it reports ("the number, the office warns,
    will rise"), with no object, clause or topic of its own ("warned of" is
    :func:`~sitroom.extract.events_acts.advisory`'s)."""
    t = adoc.tokens[c.token]
    if t.pos != "VERB" or _lem(t) not in views()["warning_verbs"]:
        return False
    if not (t.dep == "parataxis" or t.dep == "ccomp" and t.head > c.token):
        return False  # the reported clause hangs the warning as an aside, or follows it
    from .events_participants import acts
    return not _kids(adoc, c.token, "dobj", "ccomp", "xcomp") and not any(
        adoc.tokens[p].text.lower() in acts()["advice_preps"] for p in _kids(adoc, c.token, "prep"))


def obliged_purpose(adoc: AnnotatedDoc, c: Candidate) -> bool:
    """An act in a to-infinitive under a verb with a modal of obligation ("must act to
    fight"): the obligation's content, not done."""
    v = c.token
    if adoc.tokens[v].pos != "VERB":
        return False
    while adoc.tokens[v].dep == "conj" and adoc.tokens[v].head != v:
        v = adoc.tokens[v].head  # "must act to control and fight": the first conjunct's link
    t = adoc.tokens[v]
    if t.tag != "VB" or t.dep not in ("xcomp", "advcl") or t.head == v:
        return False
    if not any(adoc.tokens[a].text.lower() == "to" for a in _kids(adoc, v, "aux")):
        return False
    gov = t.head
    if _kids(adoc, v, *SUBJ):
        return False
    return any(adoc.tokens[a].text.lower() in views()["obligation_modals"]
               for a in _kids(adoc, gov, "aux"))


_VIEWS: tuple[tuple[Check, str], ...] = (
    (refused_words, "refused words"),
    (standing_support, "standing support"),
    (travel_at_home, "travel"),
    (thing_demanded, "demand for a thing"),
    (speech_given, "speech"),
    (warning_aside, "warning aside"),
    (obliged_purpose, "obliged purpose"),
)


def view_misfit(adoc: AnnotatedDoc, c: Candidate) -> str | None:
    """The round-18 class that makes candidate ``c`` no act (see the module), or None."""
    return first_reason(_VIEWS, adoc, c)
