"""Refusals of words and travel told as acts (round 18, from draw Z and checked on
every judged draw; issue 15 item 2):

* **refused words**: a refusal whose refused act is words or a judgement ("refuses to
  disavow the endorsement", "refused to concede that critics had a point", "his refusal to
  disavow"): a stance, no one's request or offer rejected; "refused to intervene" stays;
* **travel at home**: a visit, trip or arrival at a town or region of the report's own
  country, with no one met ("arrived in a city", "visiting a city for a rally"): travel, no
  consultation; a visit to a person, a building, a country or a national capital stays, and so
  does a visit to a town of another country than the one the report's other places lie in (or
  of a report that names no two other places).

Tried and not kept (docs/judgements/events.md, round 18): a verb of support in the simple
present or a present passive as a standing position (it removed right endorsements of earlier
draws); a demand for a thing with no one asked (PLOVER codes "demanded immediate elections" as
a request) and the round-17 position check widened to "reject" (both lowered PLOVER); a speech
given, a warning put as an aside, an act under a modal of obligation (each lifted Z alone).

The word classes live in ``data/event_views.json``."""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

from ..model import AnnotatedDoc
from .events_base import Candidate, Check, _kids, _lem, first_reason, event_data, frozen_classes


@lru_cache(maxsize=1)
def views() -> dict[str, frozenset[str]]:
    """``data/event_views.json``: each word class as a frozenset."""
    return frozen_classes(event_data("views"))


# the place names, other than the towns visited, that make a country the report's own
HOME_NAMES: int = event_data("views")["home_names"]


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


def _home_country(adoc: AnnotatedDoc, away: frozenset[str]) -> str | None:
    """The country most of the report's place names lie in, when it has at least
    :data:`HOME_NAMES` place names other than ``away`` (the destinations): a report that names
    only the town visited tells nothing of whose country it is."""
    from ..lang.bodies import place_country
    names: dict[str, set[str]] = {}
    for e in adoc.ents:
        if e.label == "GPE" and (code := place_country(e.text)):
            names.setdefault(code, set()).add(e.text)
    if not names:
        return None
    counts = Counter({code: len(found) for code, found in names.items()})
    home = counts.most_common(1)[0][0]
    return home if len(names[home] - away) >= HOME_NAMES else None


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
    towns = []
    for d in dests:
        ent = next((e for e in adoc.ents if e.start <= d < e.end), None)
        if ent is None or ent.label not in w["place_ents"]:
            return False  # someone, or a building where someone is met ("the White House")
        if country_code(ent.text) or _capital(ent.text):
            return False  # a country or its seat of government visited
        towns.append(ent.text)
    home = _home_country(adoc, frozenset(towns))
    return home is not None and all(place_country(t) == home for t in towns)


def _capital(name: str) -> bool:
    """``name`` may name a national capital ("Washington", "Ankara")."""
    from .gazetteer import get_gazetteer
    gaz = get_gazetteer()
    return any(gaz.is_capital(p) for p, _ in gaz.lookup(name))


_VIEWS: tuple[tuple[Check, str], ...] = (
    (refused_words, "refused words"),
    (travel_at_home, "travel"),
)


def view_misfit(adoc: AnnotatedDoc, c: Candidate) -> str | None:
    """The round-18 class that makes candidate ``c`` no act (see the module), or None."""
    return first_reason(_VIEWS, adoc, c)
