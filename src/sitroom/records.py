"""Typed records of the linked picture (docs/format.md), and the one place where they become the
JSON-shaped dicts the store and the exports hold.

``link`` builds the picture; the store keeps each record as a JSON object; a consumer reads the
store's dicts back through :meth:`Picture.from_dict` and works on frozen records with typed
fields (``event.actor``, ``place.lat``) instead of string keys. ``to_dict`` gives back the same
object: keys a record kind does not declare (added by a newer writer) are kept in ``extra`` and
written back, and keys absent from the input stay absent (a record read from a sparse dict
gives its defaults to readers and writes back only what it was given).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, ClassVar, TypeVar

# the kinds of records a picture holds, in the order the store, the exports and the reports use
PICTURE_KINDS = ("actors", "places", "events", "quotes", "claims", "timeline", "links", "stories",
                 "framing")

_EMPTY: Mapping[str, Any] = MappingProxyType({})


def _empty() -> Mapping[str, Any]:
    return _EMPTY
R = TypeVar("R", bound="Record")


def _freeze(value: Any) -> Any:
    if isinstance(value, list):
        return tuple(_freeze(v) for v in value)
    if isinstance(value, dict):
        return MappingProxyType({k: _freeze(v) for k, v in value.items()})
    return value


def _thaw(value: Any) -> Any:
    if isinstance(value, (tuple, list)):
        return [_thaw(v) for v in value]
    if isinstance(value, (dict, MappingProxyType)):
        return {k: _thaw(v) for k, v in value.items()}
    if isinstance(value, Record):
        return value.to_dict()
    return value


@dataclass(frozen=True)
class Record:
    """Base of the picture's records: ``from_dict`` / ``to_dict`` over the declared fields."""

    # keys written only when set (absent from a record that lacks them)
    OPTIONAL: ClassVar[frozenset[str]] = frozenset()
    # declared field -> the key it is stored under, where they differ (``from`` is a keyword)
    KEYS: ClassVar[Mapping[str, str]] = _EMPTY
    # declared fields holding evidence sentences
    EVIDENCE: ClassVar[frozenset[str]] = frozenset({"evidence"})

    @classmethod
    def from_dict(cls: type[R], d: Mapping[str, Any]) -> R:
        names = [f.name for f in dataclasses.fields(cls) if f.name != "extra"]
        keys = {n: cls.KEYS.get(n, n) for n in names}
        kwargs: dict[str, Any] = {}
        for n in names:
            if keys[n] not in d:
                continue
            v = d[keys[n]]
            if n in cls.EVIDENCE and isinstance(v, list):
                v = tuple(Evidence.from_dict(x) for x in v)
            kwargs[n] = _freeze(v)
        declared = set(keys.values())
        extra = {k: _freeze(v) for k, v in d.items() if k not in declared}
        rec = cls(**kwargs, extra=MappingProxyType(extra))  # type: ignore[call-arg]
        if len(kwargs) < len(names):  # remember which keys were absent, to leave them out
            object.__setattr__(rec, "_absent", frozenset(n for n in names if n not in kwargs))
        object.__setattr__(rec, "_order", tuple(d))  # written back in the order it was read
        return rec

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        absent: frozenset[str] = getattr(self, "_absent", frozenset())
        for f in dataclasses.fields(self):
            if f.name == "extra" or f.name in absent:
                continue
            v = getattr(self, f.name)
            if v is None and f.name in self.OPTIONAL:
                continue
            out[self.KEYS.get(f.name, f.name)] = _thaw(v)
        extra: Mapping[str, Any] = getattr(self, "extra", _EMPTY)
        out.update({k: _thaw(v) for k, v in extra.items()})
        order: tuple[str, ...] = getattr(self, "_order", ())
        if order and tuple(out) != order:
            out = {**{k: out[k] for k in order if k in out}, **out}
        return out


@dataclass(frozen=True)
class Evidence(Record):
    """One sentence that backs a record: the document, the sentence's character span, its
    text, its index, and the span of the words that matter inside it."""

    doc: str = ""
    start: int = 0
    end: int = 0
    text: str = ""
    sent: int | None = None
    mark: tuple[int, int] | None = None
    extra: Mapping[str, Any] = field(default_factory=_empty)

    OPTIONAL: ClassVar[frozenset[str]] = frozenset({"sent", "mark"})
    EVIDENCE: ClassVar[frozenset[str]] = frozenset()


@dataclass(frozen=True)
class Actor(Record):
    id: str = ""
    name: str = ""
    kind: str = ""
    aliases: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    mentions: int = 0
    docs: tuple[str, ...] = ()
    evidence: tuple[Evidence, ...] = ()
    extra: Mapping[str, Any] = field(default_factory=_empty)


@dataclass(frozen=True)
class Place(Record):
    id: str = ""
    name: str = ""
    lat: float | None = None
    lon: float | None = None
    country_code: str | None = None
    feature: str | None = None
    geonameid: int | None = None
    aliases: tuple[str, ...] = ()
    docs: tuple[str, ...] = ()
    mentions: int = 0
    evidence: tuple[Evidence, ...] = ()
    extra: Mapping[str, Any] = field(default_factory=_empty)

    @property
    def located(self) -> bool:
        return self.lat is not None and self.lon is not None


@dataclass(frozen=True)
class Event(Record):
    id: str = ""
    type: str = ""
    types: tuple[str, ...] = ()
    mode: str | None = None
    quad_class: str | None = None
    actor: str | None = None
    recipient: str | None = None
    place: str | None = None
    actor_text: str | None = None
    recipient_text: str | None = None
    trigger: str = ""
    date: str | None = None
    date_precision: str | None = None
    date_source: str | None = None
    certainty: str | None = None
    polarity: str | None = None
    historical: bool = False
    summary: str = ""
    docs: tuple[str, ...] = ()
    sources: tuple[Any, ...] = ()
    evidence: tuple[Evidence, ...] = ()
    outlets: Mapping[str, str] = field(default_factory=_empty)
    disputed: bool = False
    superseded_by: str | None = None
    story: str | None = None
    extra: Mapping[str, Any] = field(default_factory=_empty)

    OPTIONAL: ClassVar[frozenset[str]] = frozenset({"date_source", "story"})


@dataclass(frozen=True)
class Quote(Record):
    id: str = ""
    speaker: str | None = None
    speaker_text: str | None = None
    text: str = ""
    cue: str | None = None
    medium: str | None = None
    kind: str | None = None
    time: str | None = None
    doc: str = ""
    docs: tuple[str, ...] = ()
    evidence: tuple[Evidence, ...] = ()
    extra: Mapping[str, Any] = field(default_factory=_empty)


@dataclass(frozen=True)
class Claim(Record):
    id: str = ""
    text: str = ""
    certainty: str | None = None
    polarity: str | None = None
    score: float | None = None
    cue: str | None = None
    source: Mapping[str, Any] | None = None
    doc: str = ""
    evidence: tuple[Evidence, ...] = ()
    outlets: Mapping[str, str] = field(default_factory=_empty)
    disputed: bool = False
    superseded_by: str | None = None
    story: str | None = None
    extra: Mapping[str, Any] = field(default_factory=_empty)

    OPTIONAL: ClassVar[frozenset[str]] = frozenset({"story"})


@dataclass(frozen=True)
class TimelineEntry(Record):
    id: str = ""
    order: int = 0
    event: str = ""
    date: str | None = None
    date_precision: str | None = None
    date_source: str | None = None
    historical: bool = False
    type: str | None = None
    summary: str = ""
    docs: tuple[str, ...] = ()
    evidence: tuple[Evidence, ...] = ()
    extra: Mapping[str, Any] = field(default_factory=_empty)

    OPTIONAL: ClassVar[frozenset[str]] = frozenset({"date_source"})


@dataclass(frozen=True)
class Link(Record):
    """A relation between two records (``corroborates``, ``contradicts``, ``supersedes``, ...):
    stored with the keys ``from`` and ``to``."""

    kind: str = ""
    source: str = ""
    target: str = ""
    against: str | None = None
    reason: str | None = None
    evidence: tuple[Evidence, ...] | None = None
    first: str | None = None
    from_doc: str | None = None
    to_doc: str | None = None
    extra: Mapping[str, Any] = field(default_factory=_empty)

    KEYS: ClassVar[Mapping[str, str]] = MappingProxyType({"source": "from", "target": "to"})
    OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {"against", "reason", "evidence", "first", "from_doc", "to_doc"})


@dataclass(frozen=True)
class Story(Record):
    id: str = ""
    title: str = ""
    docs: tuple[str, ...] = ()
    first: str | None = None
    last: str | None = None
    outlets: tuple[str, ...] = ()
    extra: Mapping[str, Any] = field(default_factory=_empty)


@dataclass(frozen=True)
class Framing(Record):
    id: str = ""
    outlet: str = ""
    docs: tuple[str, ...] = ()
    terms: tuple[Any, ...] = ()
    leaning: tuple[Any, ...] = ()
    tone: tuple[Any, ...] = ()
    omits: Mapping[str, Any] = field(default_factory=_empty)
    extra: Mapping[str, Any] = field(default_factory=_empty)


RECORD_TYPES: Mapping[str, type[Record]] = MappingProxyType({
    "actors": Actor, "places": Place, "events": Event, "quotes": Quote, "claims": Claim,
    "timeline": TimelineEntry, "links": Link, "stories": Story, "framing": Framing,
})


@dataclass(frozen=True)
class Picture:
    """The linked picture: one tuple of typed records per kind, and the documents' metadata
    rows as the store gives them."""

    actors: tuple[Actor, ...] = ()
    places: tuple[Place, ...] = ()
    events: tuple[Event, ...] = ()
    quotes: tuple[Quote, ...] = ()
    claims: tuple[Claim, ...] = ()
    timeline: tuple[TimelineEntry, ...] = ()
    links: tuple[Link, ...] = ()
    stories: tuple[Story, ...] = ()
    framing: tuple[Framing, ...] = ()
    documents: tuple[Mapping[str, Any], ...] = field(default=())

    @classmethod
    def from_dict(cls, picture: Mapping[str, Iterable[Mapping[str, Any]]]) -> Picture:
        """The typed picture of a JSON-shaped one (``build_picture``'s result or the store's)."""
        kinds = {k: tuple(t.from_dict(d) for d in picture.get(k, ()))
                 for k, t in RECORD_TYPES.items()}
        docs = tuple(MappingProxyType(dict(d)) for d in picture.get("documents", ()))
        return cls(**kinds, documents=docs)  # type: ignore[arg-type]

    def to_dict(self) -> dict[str, list[dict[str, Any]]]:
        out: dict[str, list[dict[str, Any]]] = {k: [r.to_dict() for r in self.records(k)]
                                                for k in PICTURE_KINDS}
        if self.documents:
            out["documents"] = [dict(d) for d in self.documents]
        return out

    def records(self, kind: str) -> tuple[Record, ...]:
        if kind not in RECORD_TYPES:
            raise KeyError(f"unknown record kind {kind!r}; one of {', '.join(PICTURE_KINDS)}")
        return getattr(self, kind)

    def __iter__(self) -> Iterator[tuple[str, tuple[Record, ...]]]:
        for k in PICTURE_KINDS:
            yield k, getattr(self, k)

    def outlet_of(self) -> dict[str, str]:
        """Document id -> its outlet (else its title, else its id)."""
        return {d["id"]: d.get("outlet") or d.get("title") or d["id"] for d in self.documents}


def as_picture(picture: Picture | Mapping[str, Any]) -> Picture:
    """The typed picture, whether given typed or JSON-shaped."""
    return picture if isinstance(picture, Picture) else Picture.from_dict(picture)
