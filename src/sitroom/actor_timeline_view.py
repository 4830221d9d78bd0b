"""One actor's timeline, as a user reads it: everything the reports tell the actor did or
underwent (the happenings of :mod:`sitroom.extract.happenings`), in time order across reports,
each line backed by its sentence.

The picture's timeline holds the PLOVER-coded events; this view answers "what happened to
or by X" for one actor of the picture. It reads only the extractions of the reports that
mention the actor (the actor's ``docs``), so its cost grows with the actor, not the archive.
A happening belongs to the actor when one of its arguments names the actor: the argument's
mention, after its pronoun or role noun is followed to the named mention, has the name key
of the actor's name or of one of its aliases. Each row says the actor's ``role`` in it (agent:
did it; patient or recipient: underwent it; partner, source) and who it was ``with``: the
other participants with their roles (:func:`sitroom.link.actor_timeline.participants`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from .errors import SitroomError
from .link.actor_timeline import ROLES, Participant, named_actor, order_happenings, participants
from .link.actors import name_key
from .model import Document, Extraction, Happening
from .report_text import human_date

MAX_SENTENCE = 400  # characters of the backing sentence shown on a line


def find_actor(actors: Sequence[Mapping[str, Any]], query: str) -> Mapping[str, Any]:
    """The picture actor ``query`` names: its id, else its name or an alias (any case), else
    the one actor whose name contains it. Raises :class:`SitroomError` naming the candidates
    when none or several match."""
    q = query.strip()
    if not q:
        raise SitroomError("no actor given", "name an actor id or name, e.g. 'actor-1' or 'Smith'")
    for a in actors:
        if a.get("id") == q:
            return a
    key = name_key(q)
    exact = [a for a in actors
             if key and key in {name_key(n) for n in [a.get("name", ""), *(a.get("aliases") or ())]}]
    if len(exact) == 1:
        return exact[0]
    found = exact or [a for a in actors if key and key in name_key(a.get("name", ""))]
    if len(found) == 1:
        return found[0]
    if not found:
        raise SitroomError(f"no actor named {query!r} in the picture",
                           "list the actors with `sitroom export --format json` or the web "
                           "app's /actors page, and give an id or a name")
    names = ", ".join(f"{a.get('name')} ({a.get('id')})" for a in found[:8])
    more = f" and {len(found) - 8} more" if len(found) > 8 else ""
    raise SitroomError(f"{query!r} names {len(found)} actors: {names}{more}",
                       "give the actor's id instead")


def _keys(actor: Mapping[str, Any]) -> set[str]:
    names = [actor.get("name", ""), *(actor.get("aliases") or ())]
    return {k for n in names if (k := name_key(n))}


def happenings_of(ex: Extraction, keys: set[str]) -> list[Happening]:
    """The happenings of one report whose arguments name an actor with one of ``keys``."""
    out = []
    for h in ex.happenings:
        if any(name_key(ex.actors[named_actor(ex, k)].name) in keys
               for k in h.actors if 0 <= k < len(ex.actors)):
            out.append(h)
    return out


def _sentence(ex: Extraction, doc: Document | None, h: Happening) -> tuple[int, int, str]:
    if doc is None:
        return h.start, h.end, h.trigger
    start, end = (ex.sentences[h.sent] if 0 <= h.sent < len(ex.sentences)
                  else (h.start, h.end))
    text = " ".join(doc.text[start:end].split())
    if len(text) > MAX_SENTENCE:
        text = text[: MAX_SENTENCE - 1].rstrip() + "…"
    return start, end, text


def roles_of(ex: Extraction, h: Happening, text: str, keys: set[str]
             ) -> tuple[str, list[Participant], list[Participant]]:
    """(the role of the actor named by ``keys`` in ``h``, its own participants, the others).
    The role is the first of :data:`ROLES` among its own participants' (an agent before a
    patient), ``participant`` when none is known."""
    own: list[Participant] = []
    others: list[Participant] = []
    for p in participants(ex, h, text):
        mine = p.mention is not None and name_key(ex.actors[p.mention].name) in keys
        (own if mine else others).append(p)
    known = {p.role for p in own}
    role = next((r for r in ROLES if r in known), "participant")
    return role, own, others


def with_list(others: Iterable[Participant]) -> list[dict[str, str]]:
    """The other participants as ``{"name", "role"}`` records (one per name and role); a
    participant that is no actor mention and whose role is unknown (a dateline's place) is
    left out."""
    seen = dict.fromkeys((p.name, p.role) for p in others
                         if p.name and (p.mention is not None or p.role != "participant"))
    return [{"name": n, "role": r} for n, r in seen]


def with_text(others: Iterable[Mapping[str, str]]) -> str:
    """``the envoy (patient); Oslo (recipient)``."""
    return "; ".join(f"{o['name']} ({o['role']})" for o in others)


def _row(h: Happening, ex: Extraction, doc: Document | None, keys: set[str]) -> dict[str, Any]:
    start, end, sentence = _sentence(ex, doc, h)
    role, _, others = roles_of(ex, h, doc.text if doc else "", keys)
    return {
        "date": h.date,
        "date_precision": h.date_precision,
        "date_source": h.date_source,
        "what": h.trigger,
        "role": role,
        "with": with_list(others),
        "lemma": h.lemma,
        "kind": h.kind,
        "sentence": sentence,
        "doc": h.doc,
        "outlet": doc.outlet if doc else None,
        "published": doc.published if doc else None,
        "start": start,
        "end": end,
        "mark": [h.start, h.end],
    }


def actor_timeline(actor: Mapping[str, Any], extractions: Iterable[Extraction],
                   documents: Mapping[str, Document]) -> dict[str, Any]:
    """The timeline of one picture actor from the extractions of its reports: ``lines`` (each
    a list of rows of one date, in time order) and ``undated`` (rows with no date of their
    own, in report order). Pure."""
    keys = _keys(actor)
    found: list[tuple[Happening, Extraction]] = []
    for ex in extractions:
        found.extend((h, ex) for h in happenings_of(ex, keys))
    of = {(h.doc, h.start): ex for h, ex in found}
    dated = [h for h, _ in found if h.date]
    lines = [[_row(h, of[(h.doc, h.start)], documents.get(h.doc), keys) for h in line]
             for line in order_happenings(dated, undated="drop")]
    undated = [_row(h, ex, documents.get(h.doc), keys) for h, ex in found if not h.date]
    return {
        "actor": {k: actor.get(k) for k in ("id", "name", "kind", "aliases", "roles")},
        "count": sum(len(line) for line in lines) + len(undated),
        "lines": lines,
        "undated": undated,
    }


def from_store(store: Any, actor_query: str) -> dict[str, Any]:
    """The timeline of the picture actor ``actor_query`` names (:func:`find_actor`), read from
    the store: only the actor's reports are read."""
    actor = find_actor(store.picture("actors"), actor_query)
    docs = list(actor.get("docs") or ())
    return actor_timeline(actor, store.extractions_of(docs),
                          {d.id: d for d in store.documents(docs)})


def happening_rows(actors: Sequence[Mapping[str, Any]], extractions: Iterable[Extraction],
                   documents: Mapping[str, Document]) -> list[dict[str, Any]]:
    """Every happening with an actor of the picture, one row per (happening, actor), for
    ``sitroom export --what happenings``: the same happenings and roles as each actor's
    timeline (:func:`actor_timeline`), in report order, then text order, then the actors'
    order. ``with`` holds the other participants as ``name (role)``, ``with_actors`` the
    picture ids of those that are actors of the picture. Pure."""
    by_doc: dict[str, list[tuple[Mapping[str, Any], set[str]]]] = {}
    for a in actors:
        keys = _keys(a)
        for d in a.get("docs") or ():
            by_doc.setdefault(d, []).append((a, keys))
    rows = []
    for ex in extractions:
        doc = documents.get(ex.doc)
        text = doc.text if doc else ""
        mine = by_doc.get(ex.doc, [])
        for h in ex.happenings:
            named = {name_key(ex.actors[named_actor(ex, k)].name)
                     for k in h.actors if 0 <= k < len(ex.actors)}
            for a, keys in mine:
                if not named & keys:
                    continue
                role, _, others = roles_of(ex, h, text, keys)
                other_ids = [b["id"] for b, bkeys in mine if b is not a and any(
                    p.mention is not None and name_key(ex.actors[p.mention].name) in bkeys
                    for p in others)]
                rows.append({
                    "report": h.doc, "start": h.start, "end": h.end, "what": h.trigger,
                    "lemma": h.lemma, "kind": h.kind, "date": h.date,
                    "date_precision": h.date_precision, "date_source": h.date_source,
                    "actor": a.get("id"), "actor_name": a.get("name"), "role": role,
                    "with": [f"{o['name']} ({o['role']})" for o in with_list(others)],
                    "with_actors": other_ids,
                    "outlet": doc.outlet if doc else None,
                })
    return rows


def rows_from_store(store: Any, chunk: int = 200) -> list[dict[str, Any]]:
    """:func:`happening_rows` of the store's picture actors, reading the reports that name
    an actor ``chunk`` at a time (their texts give the roles)."""
    actors = store.picture("actors")
    extractions = store.extractions_of(d for a in actors for d in a.get("docs") or ())
    rows: list[dict[str, Any]] = []
    for i in range(0, len(extractions), chunk):
        part = extractions[i:i + chunk]
        texts = {d.id: d for d in store.documents(ex.doc for ex in part)}
        rows += happening_rows(actors, part, texts)
    return rows


def as_text(tl: Mapping[str, Any], undated: bool = False) -> str:
    """The timeline as plain text: one row per happening, ``date  what [role; with others]
    (outlet, doc)`` and its sentence indented below; the undated rows after the dated ones
    when ``undated``."""
    a = tl["actor"]
    out = [f"{a['name']} ({a['id']}, {a.get('kind') or 'actor'}): {tl['count']} happenings, "
           f"{sum(len(line) for line in tl['lines'])} dated"]

    def rows(items: Iterable[Mapping[str, Any]], date: str) -> None:
        for r in items:
            where = ", ".join(x for x in (r.get("outlet"), r["doc"]) if x)
            others = f"; with {with_text(r['with'])}" if r.get("with") else ""
            out.append(f"{date:<20} {r['what']} [{r['role']}{others}]  "
                       f"({where}, chars {r['start']}-{r['end']})")
            out.append(f"{'':<20} {r['sentence']}")

    for line in tl["lines"]:
        rows(line, human_date(line[0]["date"]))
    if undated and tl["undated"]:
        out.append("not dated:")
        rows(tl["undated"], "-")
    return "\n".join(out) + "\n"
