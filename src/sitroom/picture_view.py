"""One view of a linked picture (docs/format.md) for both reports (the Markdown report
subclasses it for its escaping): records by id, the outlets of its documents and their roles,
and how evidence and record links are written (inside the self-contained HTML file, or as
web-app URLs)."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache, cached_property
from importlib import resources
from typing import Any

from .report_text import Href, esc, local_href, local_record_href, short



@cache
def _places_that_act() -> dict[str, Any]:
    raw = resources.files("sitroom.data").joinpath("places_that_act.json").read_text("utf-8")
    table: dict[str, Any] = json.loads(raw)["places_that_act"]
    return table


def place_acts(feature: str, kind: str | None) -> bool:
    """Whether an actor of ``kind`` named as a place of ``feature`` is still an actor
    (``data/places_that_act.json``): a country always, a region that is an organisation
    (the EU), never a town."""
    kinds = _places_that_act().get(feature)
    return kinds == "any" or (isinstance(kinds, list) and (kind or "") in kinds)

@dataclass
class PictureView:
    """A picture (docs/format.md) with its lookups, and how evidence links are written.

    ``href(doc, start)`` gives the link to one evidence sentence; ``record_href(kind, id)`` the
    link to a record's row (``#ev-<id>`` in the file, ``/events#ev-<id>`` in the app)."""

    picture: dict[str, Any]
    href: Href = local_href
    record_href: Callable[[str, str], str] = field(
        default=lambda kind, rid: local_record_href(kind, rid)
    )

    @cached_property
    def docs(self) -> dict[str, dict[str, Any]]:
        return {d["id"]: d for d in self.picture.get("documents", [])}

    @cached_property
    def actors(self) -> dict[str, dict[str, Any]]:
        return {a["id"]: a for a in self.picture.get("actors", [])}

    @cached_property
    def places(self) -> dict[str, dict[str, Any]]:
        return {p["id"]: p for p in self.picture.get("places", [])}

    @cached_property
    def events(self) -> dict[str, dict[str, Any]]:
        return {e["id"]: e for e in self.picture.get("events", [])}

    @cached_property
    def records(self) -> dict[str, dict[str, Any]]:
        """Events, claims and quotes by id (in that order)."""
        return {r["id"]: r for k in ("events", "claims", "quotes") for r in self.picture.get(k, [])}

    @cached_property
    def record_kinds(self) -> dict[str, str]:
        """Event, quote and claim id -> its kind (``events``, ``quotes``, ``claims``)."""
        return {r["id"]: k for k in ("events", "quotes", "claims") for r in self.picture.get(k, [])}

    @cached_property
    def overtook(self) -> dict[str, list[dict[str, Any]]]:
        """Record id -> its ``supersedes`` links (what it overtook: an older record, or, when
        ``from`` is ``to``, an older report's figure of the same record)."""
        out: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for ln in self.picture.get("links", []):
            if ln.get("kind") == "supersedes":
                out[ln["from"]].append(ln)
        return out

    def outlet(self, doc: str | None) -> str:
        """The outlet (else title, else id) of a document."""
        d = self.docs.get(doc or "", {})
        return d.get("outlet") or d.get("title") or doc or "unknown report"

    def named_elsewhere(self, aid: str, own: Iterable[str]) -> str | None:
        """The basis of an outlet's omission of an actor, as a reader checks it: ``named in 4
        reports of 3 other outlets`` (the actor's reports not among ``own``, the outlet's
        framing record's ``docs``); '' when the picture lists none; None when one of ``own``
        names the actor (no omission)."""
        every = (self.actors.get(aid) or {}).get("docs") or ()
        mine = set(own)
        if any(d in mine for d in every):
            return None
        docs = [d for d in every if d not in mine]
        others = {self.docs.get(d, {}).get("outlet") or "unknown outlet" for d in docs}
        if not docs:
            return ""
        return (f"named in {len(docs)} report{'s' * (len(docs) != 1)} of {len(others)} "
                f"other outlet{'s' * (len(others) != 1)}")

    def omitted_actors(self, framing: dict[str, Any]) -> list[tuple[str, str]]:
        """The actors an outlet's framing record says it never names, each with its basis
        (:meth:`named_elsewhere`), less those its reports do name and those that are no actor
        (:meth:`not_an_actor`): what the Markdown and HTML framing show alike."""
        own = framing.get("docs") or ()
        out = []
        for a in (framing.get("omits") or {}).get("actors") or []:
            basis = self.named_elsewhere(a, own)
            if basis is not None and not self.not_an_actor(self.actors.get(a, {"name": a})):
                out.append((a, basis))
        return out

    def outlets(self) -> list[str]:
        """Outlets of the original (non-copy) reports, in arrival order."""
        return list(dict.fromkeys(self.outlet(d) for d, m in self.docs.items()
                                  if not m.get("copy_of")))

    def roles(self, record: dict[str, Any]) -> dict[str, str]:
        """Outlet -> role for an event or claim: its ``outlets`` map, else every outlet of its
        documents ``reports`` it (pictures made before cross-source linking)."""
        if isinstance(record.get("outlets"), dict) and record["outlets"]:
            return record["outlets"]
        docs = record.get("docs") or ([record["doc"]] if record.get("doc") else [])
        return {self.outlet(d): "reports" for d in docs}

    def story_number(self, story: str | None) -> int:
        """The 1-based position of a story id among the picture's stories (0 when unknown)."""
        ids = [x["id"] for x in self.picture.get("stories") or []]
        return ids.index(story) + 1 if story in ids else 0

    @cached_property
    def _not_actor_names(self) -> set[str]:
        """Names that are not of actors: towns and regions of the picture (not countries),
        the outlets and their initials."""
        from .link.framing import outlet_initials

        outlets = self.outlets()
        return {o.casefold() for o in outlets} | {outlet_initials(o) for o in outlets}

    @cached_property
    def _place_features(self) -> dict[str, str]:
        """The picture's resolved places by folded name: their feature."""
        return {p.get("name", "").casefold(): p["feature"] for p in self.places.values()
                if p.get("feature")}

    def not_an_actor(self, a: dict[str, Any]) -> bool:
        """An 'actor' that is a lower-case generic phrase, an outlet, the name of a resolved
        place that does not act (a town; a region unless the actor is an organisation: the
        EU; never a country, :func:`place_acts`), or one of the reporting outlets (by name
        or initials): left out of the network and the actor lists of the reports."""
        name = a.get("name", "")
        feature = self._place_features.get(name.casefold())
        return (not name[:1].isupper() or a.get("kind") == "outlet"
                or name.casefold() in self._not_actor_names
                or (feature is not None and not place_acts(feature, a.get("kind"))))

    def actor_name(self, aid: str | None, fallback: str | None = None) -> str:
        if aid and aid in self.actors:
            return self.actors[aid]["name"]
        return fallback or ""

    def place_name(self, pid: str | None) -> str:
        return self.places[pid]["name"] if pid and pid in self.places else ""

    def sources(self, doc_ids: Iterable[str]) -> str:
        """Escaped, comma-separated outlets of some documents (each outlet once)."""
        names: list[str] = []
        for d in doc_ids:
            name = self.outlet(d)
            if name not in names:
                names.append(name)
        return esc(", ".join(names))

    def evidence_links(self, evidence: list[dict[str, Any]] | None, limit: int = 4,
                       said: str | None = None) -> str:
        """Links to the evidence sentences (at most ``limit``), grouped by outlet: the first of
        an outlet is named after it, its others are numbered (``Wire ↗ 2 3``). Each link's
        tooltip is its sentence, unless the row already shows it (``said``)."""
        shown = " ".join((said or "").split())
        by_outlet: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for ev in (evidence or [])[:limit]:
            by_outlet[self.outlet(ev["doc"])].append(ev)
        out = []
        for outlet, items in by_outlet.items():
            links = []
            for i, ev in enumerate(items):
                label = f"{esc(outlet)} ↗" if i == 0 else str(i + 1)
                text = " ".join((ev.get("text") or "").split())
                title = "" if shown and text and text in shown else \
                    f' title="{esc(short(ev.get("text"), 300))}"'
                links.append(
                    f'<a class="ev" href="{esc(self.href(ev["doc"], ev["start"]))}"{title}>'
                    f'{label}</a>'
                )
            out.append(f'<span class="evs">{" ".join(links)}</span>')
        more = len(evidence or []) - limit
        if more > 0:
            out.append(f'<span class="muted small">+{more}</span>')
        return " ".join(out)
