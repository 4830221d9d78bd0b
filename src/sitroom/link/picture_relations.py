"""Relations between the picture's statements (:mod:`sitroom.link.picture`): when each was
written, events and claims that corroborate, contradict or discuss each other, newer figures,
and statements overtaken by later reports (:mod:`sitroom.link.agreement` decides each pair)."""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Any

from ..model import Update
from . import agreement as ag

class _Clock:
    """When each statement was written: its live-blog update's timestamp, else its
    document's publication time; and each document's outlet."""

    def __init__(self, documents: list[dict[str, Any]], updates: dict[str, tuple[Update, ...]]):
        self.published = {d["id"]: d.get("published") for d in documents}
        self.outlets = {d["id"]: d.get("outlet") or "unknown outlet" for d in documents}
        self.updates = updates

    def iso(self, doc: str, char: int) -> str | None:
        for u in self.updates.get(doc, ()):
            if u.start <= char < u.end:
                return u.timestamp
        return self.published.get(doc)

    def at(self, doc: str, char: int) -> float | None:
        return ag.when(self.iso(doc, char))

    def outlet(self, doc: str) -> str:
        return self.outlets.get(doc, "unknown outlet")


def _relate_events(events: list[dict[str, Any]], clock: _Clock, links: list[dict]) -> None:
    for ev in events:
        sources = [ag.Source(src["doc"], clock.outlet(src["doc"]),
                             clock.at(src["doc"], evd["start"]), evd["text"],
                             src["denies"], evd)
                   for src, evd in zip(ev["sources"], ev["evidence"])]
        ag.relate(ev, sources, links)


def _relate_claims(claims: list[dict[str, Any]], clock: _Clock, links: list[dict]
                   ) -> list[bool]:
    """Claims of different reports that say the same thing corroborate each other; an
    explicit denial of what another report states, or another figure for the same count,
    contradicts it (both become disputed); a later claim sharing much of the subject without
    saying the same discusses the earlier one. Gives whether each claim is stale
    (``agreement.stale`` of its text, read with its stems: :func:`_overtaken`'s
    ``claims_stale``)."""
    for c in claims:
        c["outlets"] = {clock.outlet(c["doc"]): "reports"}
        c["disputed"] = False
    stems, denies, stales = ag.claim_features(claims)
    for i, j, kind in ag.match_claims(claims, (stems, denies)):
        a, b = claims[i], claims[j]
        ta, tb = clock.at(a["doc"], a["evidence"][0]["start"]), clock.at(b["doc"],
                                                                          b["evidence"][0]["start"])
        first, later = (a, b) if (ta or 0.0) <= (tb or 0.0) else (b, a)
        if kind == "discusses":
            first["outlets"].setdefault(clock.outlet(later["doc"]), "discusses")
            links.append({"kind": "discusses", "from": later["doc"], "to": first["id"]})
            continue
        if kind == "agrees":
            clash = ag.figure_clash(a["text"], b["text"])
            if clash is None:
                for x, y in ((a, b), (b, a)):
                    x["outlets"].setdefault(clock.outlet(y["doc"]), "corroborates")
                links.append({"kind": "corroborates", "from": later["doc"], "to": first["id"],
                              "first": first["doc"]})
                continue
            if _newer_figure(ta, tb, clock.outlet(a["doc"]) == clock.outlet(b["doc"])):
                first["superseded_by"] = first.get("superseded_by") or later["id"]
                links.append({"kind": "supersedes", "from": later["id"], "to": first["id"],
                              "from_doc": later["doc"], "to_doc": first["doc"],
                              "reason": f"newer figure ({clash})"})
                continue
            reason = "number"
        else:
            reason = "denial"
        for x, y in ((a, b), (b, a)):
            x["outlets"][clock.outlet(y["doc"])] = "contradicts"
            x["disputed"] = True
        links.append({"kind": "contradicts", "from": later["doc"], "to": first["id"],
                      "against": first["doc"], "reason": reason,
                      "evidence": [first["evidence"][0], later["evidence"][0]]})
    return stales


def _newer_figure(ta: float | None, tb: float | None, same_outlet: bool) -> bool:
    """Whether another figure in a later statement updates the earlier one rather than
    contradicting it: written at least an hour later, or by the same outlet."""
    return same_outlet or (ta is not None and tb is not None and abs(tb - ta) >= ag.HOUR)


def _overtaken(extractions, claims, events, quotes, mention_actor, clock: _Clock,
               links: list[dict], claims_stale: list[bool] | None = None) -> None:
    """Stale statements superseded by later reports: claims and negated events saying that
    something has not happened yet or is expected ("X has still not reacted", "troops have
    not yet entered the city"), overtaken by a later event or quote of one of the actors of
    their sentence (not the claim's own named source). ``claims_stale``: whether each claim's
    text is stale (``agreement.stale``, as :func:`_relate_claims` gives it), else tested
    here."""
    for rec in events + claims:
        rec.setdefault("superseded_by", None)
    later = [ag.Later(e["id"], e["actor"], (e.get("quad_class") or "").startswith("verbal"),
                      e.get("trigger") or "", ag.when(e["date"]),
                      clock.at(e["evidence"][0]["doc"], e["evidence"][0]["start"]),
                      e["evidence"][0]["doc"], e["summary"])
             for e in events if e["actor"] and e["evidence"] and not e["historical"]
             and e["polarity"] != "negative"]
    later += [ag.Later(q["id"], q["speaker"], True, q.get("cue") or "", ag.when(q.get("time")),
                       clock.at(q["doc"], q["evidence"][0]["start"]), q["doc"], q["text"])
              for q in quotes if q["speaker"]]
    of_actor: dict[str | None, list[int]] = defaultdict(list)
    for i, x in enumerate(later):
        of_actor[x.actor].append(i)
    by_doc = {ex.doc: ex for ex in extractions}
    if claims_stale is None or len(claims_stale) != len(claims):
        claims_stale = [ag.stale(c["text"]) for c in claims]
    # the stale statements: the claims found so, then the negated events tested here
    stale = [(c, c["text"]) for c, s in zip(claims, claims_stale) if s]
    stale += [(e, e["evidence"][0]["text"]) for e in events
              if e["polarity"] == "negative" and e["evidence"] and not e["historical"]
              and ag.stale(e["evidence"][0]["text"])]
    words: dict[tuple[str | None, bool], dict[str, list[int]]] = {}
    rank = [0] * len(later)  # each later record's place in overtaking order (ties: listed first)
    for r, i in enumerate(sorted(range(len(later)),
                                 key=lambda i: (ag.overtake_order(later[i]), i))):
        rank[i] = r

    def holding(actor: str | None, matter: bool) -> dict[str, list[int]]:
        """The later records of ``actor`` by the words they hold (the prefixes a matter is
        compared by, or the stems a context is), made when first asked."""
        if (actor, matter) not in words:
            index: dict[str, list[int]] = defaultdict(list)
            for i in of_actor.get(actor, ()):
                summary = later[i].summary
                for w in ag._prefixes(summary) if matter else ag._stem_set(summary):
                    index[w].append(i)
            words[(actor, matter)] = index
        return words[(actor, matter)]

    for rec, text in stale:
        ev = rec["evidence"][0]
        ex = by_doc.get(ev["doc"])
        actors = _cue_subject(ex, ev, mention_actor) if ex else set()
        if not actors:
            continue  # nothing awaited of an actor: nothing overtakes it
        awaited = ag.awaiting(text, clock.at(ev["doc"], ev["start"]))
        if awaited is None:
            continue
        # only a record of one of its actors can overtake it, and only one holding a word of
        # the awaited matter (or context): those, the first in overtaking order (of equals,
        # the first listed) that overtakes it (ag.overtaking's choice, without testing the rest)
        tokens = awaited.tokens()
        found = None
        chosen: set[int] = set()
        for a in actors:
            if tokens is None:
                chosen.update(of_actor.get(a, ()))
            else:
                index = holding(a, bool(awaited.matter))
                for w in tokens:
                    chosen.update(index.get(w, ()))
        for i in sorted(chosen, key=rank.__getitem__):
            if later[i].id != rec["id"] and ag.overtakes(awaited, later[i]):
                found = later[i]
                break
        if found:
            rec["superseded_by"] = found.id
            links.append({"kind": "supersedes", "from": found.id, "to": rec["id"],
                          "from_doc": found.doc, "to_doc": ev["doc"],
                          "reason": f"overtaken: {_short(found.summary)}"})


_LIST_GAP = re.compile(r"^\s*(?:,\s*and|,|and|&|or)?\s*$")


def _cue_subject(ex, ev: dict[str, Any], mention_actor) -> set[str]:
    """The actors a stale statement awaits an act of: the subject of its cue, that is the
    actor mention nearest before the cue ("Trump himself [is due to] address") in its clause,
    with the mentions listed with it ("Clinton, Sanders and O'Malley [have plans to]"); not
    every actor of the sentence ("X said [Y] has not yet responded": Y). None when no actor
    comes before the cue in its clause."""
    text = ev.get("text") or ""  # the sentence, its spaces collapsed
    cue = ag.stale_cue(text)
    if cue is None:
        return set()
    before: list[tuple[int, int, int]] = []  # (start, end) in the sentence text, mention index
    at = 0
    for i, x in sorted(((i, x) for i, x in enumerate(ex.actors) if x.sent == ev["sent"]),
                       key=lambda ix: ix[1].start):
        k = text.find(" ".join(x.text.split()), at)
        if k < 0:
            continue
        if k + len(" ".join(x.text.split())) > cue:
            break
        at = k + len(" ".join(x.text.split()))
        before.append((k, at, i))
    if not before or re.search(r"[;:.!?\u2014]", text[before[-1][1]:cue]):
        return set()
    chosen = [before[-1]]
    for x in reversed(before[:-1]):
        if not _LIST_GAP.match(text[x[1]:chosen[-1][0]]):
            break
        chosen.append(x)
    ids = {mention_actor.get((ev["doc"], i)) for _, _, i in chosen}
    return {i for i in ids if i}


def _short(text: str, n: int = 120) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1].rsplit(" ", 1)[0] + "…"
