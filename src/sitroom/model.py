"""The records every stage passes to the next: frozen dataclasses, no validation.

Contracts
---------
ingest   -> Document            (text + metadata + live-blog updates)
annotate -> AnnotatedDoc        (Document + tokens, sentences, entities; spaCy-free)
extract  -> Extraction          (actors, places, times, events, quotes, claims of ONE document)
link     -> Picture             (cross-document actors, events, links)

Every extracted record carries its provenance: the document id, character offsets
into ``Document.text`` (``start`` inclusive, ``end`` exclusive) and the sentence index.
Records are plain data so they can be pickled to other processes and serialised
to JSON with :func:`to_dict`.
"""

from __future__ import annotations

import bisect
import dataclasses
from dataclasses import dataclass
from functools import cached_property
from typing import Any
from collections.abc import Iterator

# --------------------------------------------------------------------------- documents


@dataclass(frozen=True, slots=True)
class Update:
    """A timestamped entry of a live blog inside its document ("UPDATE 05:37 CET: ...").

    ``timestamp`` is an ISO 8601 string with its UTC offset when the zone is known
    (``2023-06-24T05:37+01:00``), else a naive ISO string. ``start``/``end`` delimit the
    entry's text in the document (the header line included). ``language``: the entry's own
    language where it differs from its document's (a live blog that mixes languages), else "".
    """

    start: int
    end: int
    timestamp: str
    label: str
    language: str = ""


@dataclass(frozen=True, slots=True)
class Document:
    """One report as ingested. ``id`` is stable: derived from the normalised text hash."""

    id: str
    text: str
    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: str | None = None  # ISO 8601 date or datetime (with offset if known)
    url: str | None = None
    source: str | None = None  # path or URL it came from (with "#item" for feeds etc.)
    kind: str = "text"  # text | markdown | html | rss | telegram | jsonl
    language: str = "en"
    content_hash: str = ""
    updates: tuple[Update, ...] = ()
    meta: tuple[tuple[str, str], ...] = ()  # extra metadata as sorted key/value pairs

    def update_at(self, char: int) -> Update | None:
        """The live-blog update whose span contains ``char``, if any."""
        for u in self.updates:
            if u.start <= char < u.end:
                return u
        return None


# Where an event's date comes from (``date_source``): the time expression that governs its
# clause, the last explicit time of its paragraph, its live-blog entry's stamp, the
# publication time, or nothing. "text" (governing) and "update" (entry) are the names in
# stores analysed before 2026-12-05; the sets below accept them.
DATE_SOURCES = ("governing", "paragraph", "entry", "publication", "none")
DATED_BY_TEXT = frozenset(("governing", "paragraph", "entry", "text", "update"))
DATED_BY_CLAUSE = frozenset(("governing", "text"))
DATED_BY_ENTRY = frozenset(("entry", "update"))


# --------------------------------------------------------------------------- annotation


@dataclass(frozen=True, slots=True)
class Token:
    i: int  # index in the document
    text: str
    idx: int  # character offset of the token in Document.text
    ws: str  # trailing whitespace
    lemma: str
    pos: str  # universal POS (NOUN, VERB, PROPN, ...)
    tag: str  # fine-grained tag (VBD, NNP, ...)
    dep: str  # dependency label
    head: int  # index of the head token (itself for the root)
    ent_iob: str  # "B", "I" or "O"
    ent_type: str  # PERSON, ORG, GPE, ... or ""
    sent: int  # sentence index
    morph: str = ""  # e.g. "Tense=Past|VerbForm=Fin"

    @property
    def end(self) -> int:
        return self.idx + len(self.text)


@dataclass(frozen=True, slots=True)
class Sentence:
    i: int
    start: int  # first token index
    end: int  # one past the last token index
    start_char: int
    end_char: int
    text: str


@dataclass(frozen=True, slots=True)
class Entity:
    text: str
    label: str  # spaCy label: PERSON, ORG, GPE, LOC, NORP, FAC, DATE, TIME, ...
    start: int  # first token index
    end: int  # one past the last token index
    start_char: int
    end_char: int
    sent: int


@dataclass(frozen=True)
class AnnotatedDoc:
    """A Document with its linguistic annotation, independent of the NLP library.

    Tests may build one by hand (see ``tests/parsekit.py``); ``sitroom.annotate`` builds
    them from spaCy.
    """

    doc: Document
    tokens: tuple[Token, ...]
    sents: tuple[Sentence, ...]
    ents: tuple[Entity, ...]
    noun_chunks: tuple[tuple[int, int], ...] = ()  # (start, end) token index pairs

    @property
    def text(self) -> str:
        return self.doc.text

    @cached_property
    def _children(self) -> tuple[tuple[int, ...], ...]:
        kids: list[list[int]] = [[] for _ in self.tokens]
        for t in self.tokens:
            if t.head != t.i:
                kids[t.head].append(t.i)
        return tuple(tuple(k) for k in kids)

    @cached_property
    def _sent_starts(self) -> list[int]:
        return [s.start_char for s in self.sents]

    @cached_property
    def _token_starts(self) -> list[int]:
        return [t.idx for t in self.tokens]

    def children(self, i: int) -> tuple[int, ...]:
        return self._children[i]

    def subtree(self, i: int) -> list[int]:
        """Token indices of the subtree under ``i`` (itself included), sorted."""
        out, stack = [], [i]
        while stack:
            j = stack.pop()
            out.append(j)
            stack.extend(self._children[j])
        return sorted(out)

    def sent_tokens(self, s: int) -> tuple[Token, ...]:
        sent = self.sents[s]
        return self.tokens[sent.start : sent.end]

    def sent_at(self, char: int) -> int:
        """Index of the sentence containing character offset ``char``."""
        return max(0, bisect.bisect_right(self._sent_starts, char) - 1)

    def token_at(self, char: int) -> int:
        """Index of the token containing (or starting nearest before) ``char``."""
        return max(0, bisect.bisect_right(self._token_starts, char) - 1)

    def span_text(self, start: int, end: int) -> str:
        """Text of the token span [start, end)."""
        if start >= end:
            return ""
        return self.text[self.tokens[start].idx : self.tokens[end - 1].end]

    def char_span(self, start: int, end: int) -> tuple[int, int]:
        """Character offsets of the token span [start, end)."""
        return self.tokens[start].idx, self.tokens[end - 1].end

    def ents_in_sent(self, s: int) -> Iterator[Entity]:
        return (e for e in self.ents if e.sent == s)


# --------------------------------------------------------------------------- extracted records
# Offsets are character offsets into Document.text; ``sent`` is the sentence index.


@dataclass(frozen=True, slots=True)
class Evidence:
    doc: str
    start: int
    end: int
    text: str
    sent: int = -1


@dataclass(frozen=True, slots=True)
class ActorMention:
    """A mention of a person, organisation, state or armed group."""

    doc: str
    start: int
    end: int
    sent: int
    text: str  # surface text as written ("the militia's leader", "Defense Minister Smith")
    name: str  # canonical form within the document (title stripped, possessive removed)
    kind: str  # person | organisation | state | armed_group | group | unknown
    role: str | None = None  # defining role from an appositive or title ("defence minister")
    coref_of: int | None = None  # index of an earlier mention in the same Extraction it refers to


@dataclass(frozen=True, slots=True)
class PlaceMention:
    doc: str
    start: int
    end: int
    sent: int
    text: str
    name: str  # resolved gazetteer name, else the text
    lat: float | None = None
    lon: float | None = None
    country_code: str | None = None  # ISO 3166-1 alpha-2
    feature: str | None = None  # city | admin1 | country | region | continent
    geonameid: int | None = None
    population: int | None = None


@dataclass(frozen=True, slots=True)
class TimeMention:
    """A TIMEX3-style time expression, normalised."""

    doc: str
    start: int
    end: int
    sent: int
    text: str
    type: str  # DATE | TIME | DURATION | SET
    value: str  # ISO 8601 (possibly reduced: 2023-06, 2023-W25, 2023-06-24TEV), P2W, PAST_REF ...
    precision: str  # minute | hour | part_of_day | day | week | month | season | quarter | year | decade | century | none
    anchor: str = "published"  # published | update | none (absolute)
    begin: str | None = None  # for ranges
    end_value: str | None = None  # for ranges
    mod: str | None = None  # TimeML mod: BEFORE, AFTER, APPROX, START, END, ...


@dataclass(frozen=True, slots=True)
class Quote:
    doc: str
    start: int  # span of the quoted content (without the quote marks for direct quotes)
    end: int
    sent: int
    text: str
    speaker_text: str | None  # as written at the cue ("he", "Merkel", "officials")
    speaker: int | None  # index into Extraction.actors of the resolved speaker mention
    cue: str | None  # the cue verb as written ("said", "tweeted")
    cue_start: int | None = None
    cue_end: int | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    medium: str | None = None  # video | television | telegram | tweet | statement | interview | ...
    kind: str = "direct"  # direct | indirect | mixed
    time: str | None = None  # ISO value of when it was said, if known
    # the quoted parts: one span, or two and more when the quote is interrupted by its
    # attribution ("“…,” he said, “…”"); ``start``/``end`` are their extent and ``text``
    # the parts joined for display. Empty in records stored before spans were kept.
    spans: tuple[tuple[int, int], ...] = ()

    def __post_init__(self) -> None:
        if self.spans and not isinstance(self.spans[0], tuple):  # read back from JSON
            object.__setattr__(self, "spans", tuple(tuple(p) for p in self.spans))

    def parts(self) -> tuple[tuple[int, int], ...]:
        """The quoted parts' spans (``((start, end),)`` for a record without ``spans``)."""
        return self.spans or ((self.start, self.end),)


@dataclass(frozen=True, slots=True)
class Claim:
    doc: str
    start: int
    end: int
    sent: int
    text: str
    certainty: str  # asserted | reported | unconfirmed | speculated | denied
    polarity: str = "positive"  # positive | negative
    score: float = 3.0  # UW-style factuality -3..+3
    source_kind: str = "author"  # author | named | anonymous
    source_text: str | None = None
    source: int | None = None  # index into Extraction.actors
    cue: str | None = None  # the hedge/evidential word(s) that set the certainty


@dataclass(frozen=True, slots=True)
class EventMention:
    doc: str
    start: int  # span of the trigger (verb or nominal)
    end: int
    sent: int
    trigger: str
    type: str  # one of the 16 PLOVER types
    mode: str | None = None
    quad_class: str | None = None  # verbal_cooperation | material_cooperation | verbal_conflict | material_conflict
    actor: int | None = None  # index into Extraction.actors
    recipient: int | None = None  # index into Extraction.actors
    actor_text: str | None = None
    recipient_text: str | None = None
    place: int | None = None  # index into Extraction.places
    time: int | None = None  # index into Extraction.times
    date: str | None = None  # ISO value the event is anchored to
    date_precision: str | None = None
    date_source: str = "publication"  # one of DATE_SOURCES
    certainty: str = "asserted"
    polarity: str = "positive"
    historical: bool = False  # outside the crisis's own time span (history or future)
    sentence_text: str = ""


@dataclass(frozen=True)
class Happening:
    """What a report tells happened to or by an actor (extract/happenings.py): a verb or an
    event noun with the actor as an argument, for the actor's timeline."""

    doc: str
    start: int  # span of the trigger (a verb with its particle, or a noun)
    end: int
    sent: int
    trigger: str
    lemma: str
    kind: str  # verb | nominal
    args: tuple[tuple[int, int], ...] = ()  # character spans of the arguments' head words
    actors: tuple[int, ...] = ()  # indices into Extraction.actors of the arguments
    date: str | None = None  # ISO value, None when the report does not date it
    date_precision: str | None = None
    date_source: str = "none"  # governing | paragraph | entry | publication | none
    # each argument's role, parallel to ``args`` (agent | patient | recipient | partner |
    # source | participant), from the dependency parse; () in extractions of older versions
    roles: tuple[str, ...] = ()


@dataclass(frozen=True)
class Extraction:
    """Everything extracted from one annotated document."""

    doc: str
    actors: tuple[ActorMention, ...] = ()
    places: tuple[PlaceMention, ...] = ()
    times: tuple[TimeMention, ...] = ()
    events: tuple[EventMention, ...] = ()
    quotes: tuple[Quote, ...] = ()
    claims: tuple[Claim, ...] = ()
    sentences: tuple[tuple[int, int], ...] = ()  # (start_char, end_char) of each sentence
    happenings: tuple[Happening, ...] = ()


# --------------------------------------------------------------------------- serialisation


def to_dict(obj: Any) -> Any:
    """Dataclasses (recursively) to plain JSON-able structures."""
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: to_dict(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, (list, tuple)):
        return [to_dict(x) for x in obj]
    if isinstance(obj, dict):
        return {k: to_dict(v) for k, v in obj.items()}
    return obj


def happening_from_dict(h: dict) -> Happening:
    """A :class:`Happening` from its field values by name (its JSON, or a packed row):
    spans and indices as tuples, ``roles`` empty when stored by a version without them."""
    return Happening(**{**h, "args": tuple(tuple(a) for a in h["args"]),
                        "actors": tuple(h["actors"]), "roles": tuple(h.get("roles", ()))})


def from_dict(cls: type, data: dict) -> Any:
    """Inverse of :func:`to_dict` for the record classes of this module."""
    if cls is Extraction:
        return Extraction(
            doc=data["doc"],
            actors=tuple(ActorMention(**a) for a in data.get("actors", ())),
            places=tuple(PlaceMention(**p) for p in data.get("places", ())),
            times=tuple(TimeMention(**t) for t in data.get("times", ())),
            events=tuple(EventMention(**e) for e in data.get("events", ())),
            quotes=tuple(Quote(**q) for q in data.get("quotes", ())),
            claims=tuple(Claim(**c) for c in data.get("claims", ())),
            sentences=tuple(tuple(s) for s in data.get("sentences", ())),
            happenings=tuple(happening_from_dict(h) for h in data.get("happenings", ())),
        )
    if cls is Document:
        d = dict(data)
        d["updates"] = tuple(Update(**u) for u in d.get("updates", ()))
        d["meta"] = tuple(tuple(kv) for kv in d.get("meta", ()))
        return Document(**d)
    return cls(**data)


PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
    "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE",
    "COERCE", "ASSAULT",
)  # fmt: skip

# the certainty scale, most certain first: the one order and the one set of titles of the
# certainty values (extraction ranks cues by it, linking picks the most certain mention, both
# reports list and title claims by it)
CERTAINTIES = ("asserted", "reported", "unconfirmed", "speculated", "denied")
CERTAINTY_DOUBT = {c: i for i, c in enumerate(CERTAINTIES)}  # 0 = asserted .. 4 = denied
# the order both reports list claims in: the denied first, then the unconfirmed and the
# speculated, then the attributed and the asserted
CLAIMS_LISTING = ("denied", "unconfirmed", "speculated", "reported", "asserted")
CERTAINTY_TITLE = {
    "asserted": "Asserted by the author",
    "reported": "Reported (attributed to others)",
    "unconfirmed": "Unconfirmed",
    "speculated": "Speculated",
    "denied": "Denied or negated",
}
