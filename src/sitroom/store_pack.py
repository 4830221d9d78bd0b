"""Compact forms kept beside the store's JSON (:mod:`sitroom.store`), so that linking reads
and writes less:

- an extraction is also kept *packed*: its records as ``marshal``-ed tuples of field values
  in the model's field order (about half the bytes of its JSON, and decoded in a fraction of
  the time, since no dict is built per mention). The JSON stays the stored truth: a packed
  form starts with a tag of the field layout it was written with, and one written by a model
  with other fields (or by a Python with another ``marshal`` format) is not used, the JSON is
  read instead. :func:`unpack` gives exactly what ``from_dict(Extraction, json.loads(data))``
  gives for the same extraction. The happenings (a quarter of the bytes, never read by the
  link stage) are a ``marshal`` blob of their own inside the packed value, decoded only when
  asked for (:data:`LAYOUT`); a form packed before round 19 with them inline
  (:data:`FLAT_LAYOUT`) is still read, the same extraction either way.
- a picture record is also kept as a *hash* of its value (:func:`record_fingerprint`), so
  rewriting only the changed rows compares hashes instead of reading every stored record back
  or encoding every new one; its row is keyed by its content (:func:`row_ids`), not its place.

Both are derived from the JSON and recomputable; a row without them (written by an older
sitroom) is read from its JSON and rewritten when next compared.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import marshal
from collections.abc import Callable, Iterable
from itertools import starmap
from sys import intern as _intern
from typing import Any

from .model import (ActorMention, Claim, EventMention, Extraction, Happening, PlaceMention,
                    Quote, TimeMention, from_dict, happening_from_dict)

# Extraction's record fields, in its field order, with their classes
_PARTS: tuple[tuple[str, type], ...] = (
    ("actors", ActorMention), ("places", PlaceMention), ("times", TimeMention),
    ("events", EventMention), ("quotes", Quote), ("claims", Claim), ("happenings", Happening))
_NAMES = {cls: tuple(f.name for f in dataclasses.fields(cls)) for _, cls in _PARTS}


def _layout(nested: bool = True) -> bytes:
    fields = [f.name for f in dataclasses.fields(Extraction)]
    fields += [f"{cls.__name__}:{','.join(names)}" for cls, names in _NAMES.items()]
    if nested:  # the happenings' rows as one marshal blob of their own
        fields.append("happenings:nested")
    return hashlib.blake2b(f"{marshal.version}|{'|'.join(fields)}".encode(),
                           digest_size=8).digest()


LAYOUT = _layout()  # the tag every packed extraction written now starts with
# the tag of a form packed with its happenings' rows inline (written before round 19): read too
FLAT_LAYOUT = _layout(nested=False)
LAYOUTS = (LAYOUT, FLAT_LAYOUT)  # the packed forms read (any other: the JSON is)
_TAG = len(LAYOUT)
# a decoded record's strings up to this length are the one shared copy of each (``sys.intern``:
# freed when no record holds them): the same kinds, certainties, report ids and names recur
# in every report, and a whole archive's decoded extractions are alive while it is linked
# (docs/scale.md, "Round 24")
SHARED_LEN = 40


def _maker(cls: type) -> Callable[..., Any]:
    """What builds a record of ``cls`` from all its field values in field order, as
    ``cls(*values)`` does: for a frozen dataclass with slots and no ``__post_init__``, a
    function made for it that sets each slot through its descriptor (``object.__setattr__``
    by name, as the dataclass's ``__init__`` does, looks each up again: about half the
    time for the 120,000 mentions of a 5,000-report archive); else the class itself. The
    same values in the same slots, hence equal records with equal hashes
    (``tests/test_live_r13_unpack.py``); a string field's short values are the one shared
    copy of each (:func:`_shared`)."""
    names = _NAMES.get(cls) or ()
    slots = getattr(cls, "__slots__", ())
    texts = _text_fields(cls)
    if (not names or hasattr(cls, "__post_init__") or tuple(slots) != names
            or not all(n.isidentifier() for n in names)):
        if not texts:
            return cls
        at = [names.index(n) for n in texts]

        def made(*values: Any) -> Any:  # the class itself, its short words shared
            row = list(values)
            for i in at:
                row[i] = _shared(row[i])
            return cls(*row)

        return made
    env: dict[str, Any] = {"new": object.__new__, "cls": cls, "intern": _intern, "str": str,
                           "short": SHARED_LEN}
    for i, n in enumerate(names):
        env[f"s{i}"] = cls.__dict__[n].__set__
    args = ", ".join(f"a{i}" for i in range(len(names)))
    body = "".join(
        f"    s{i}(o, intern(a{i}) if a{i}.__class__ is str and len(a{i}) <= short else a{i})\n"
        if n in texts else f"    s{i}(o, a{i})\n" for i, n in enumerate(names))
    exec(f"def make({args}):\n    o = new(cls)\n{body}    return o\n", env)  # noqa: S102
    return env["make"]


def _text_fields(cls: type) -> frozenset[str]:
    """The fields of ``cls`` that hold a string (``str`` or ``str | None``)."""
    return frozenset(f.name for f in dataclasses.fields(cls)
                     if str(f.type).split(" | ")[0] == "str")


def _shared(value: Any) -> Any:
    """``value`` as the one shared copy of its string when it is a short one (a kind, a
    certainty, a report's id, a name), else itself."""
    return _intern(value) if value.__class__ is str and len(value) <= SHARED_LEN else value


_MAKE = {cls: _maker(cls) for _, cls in _PARTS}


def pack(data: dict[str, Any]) -> bytes:
    """The packed form of an extraction given as its JSON-able dict (``to_dict(ex)``)."""
    value: list[Any] = [data["doc"], data.get("sentences", [])]
    for name, cls in _PARTS:
        keys = _NAMES[cls]
        rows = [[r[k] for k in keys] for r in data.get(name, ())]
        # the happenings a blob of their own, decoded only when asked for
        value.append(marshal.dumps(rows) if name == "happenings" else rows)
    return LAYOUT + marshal.dumps(value)


def pack_json(data: str) -> bytes:
    """:func:`pack` of an extraction's stored JSON (the back-fill of an older store)."""
    return pack(json.loads(data))


def unpack(blob: bytes, happenings: bool = True) -> Extraction | None:
    """The extraction of a packed form (:data:`LAYOUTS`); None when it was written with
    another layout. ``happenings=False``: its happenings are not built (left empty; the link
    stage, which never reads them, asks so), nor decoded when they are a blob of their own."""
    tag = blob[:_TAG]
    if tag != LAYOUT and tag != FLAT_LAYOUT:
        return None
    # read in place (no copy of the bytes after the tag)
    doc, sentences, actors, places, times, events, quotes, claims, rows = \
        marshal.loads(memoryview(blob)[_TAG:])
    if happenings and tag == LAYOUT:
        rows = marshal.loads(rows)
    make = _MAKE
    return Extraction(
        doc=doc,
        actors=tuple(starmap(make[ActorMention], actors)),
        places=tuple(starmap(make[PlaceMention], places)),
        times=tuple(starmap(make[TimeMention], times)),
        events=tuple(starmap(make[EventMention], events)),
        quotes=tuple(starmap(make[Quote], quotes)),
        claims=tuple(starmap(make[Claim], claims)),
        sentences=tuple(tuple(s) for s in sentences),
        happenings=tuple(_happening(r) for r in rows) if happenings else ())


def _happening_maker() -> Callable[[list[Any]], Happening]:
    """What builds a :class:`Happening` from a packed row (its field values in field order,
    as ``marshal`` gives them: lists), as ``happening_from_dict`` of the row's dict does:
    ``args``, ``actors`` and ``roles`` made tuples, the rest as stored. A frozen dataclass
    without slots or ``__post_init__`` is its ``__dict__`` filled in field order (its
    ``__init__`` sets each field by name through ``object.__setattr__``: most of the time of
    the 62,000 happenings of a 5,000-report archive); another class goes through
    ``happening_from_dict``. Equal records either way (``tests/test_speed_r15.py``)."""
    names = _NAMES[Happening]
    if (hasattr(Happening, "__post_init__") or hasattr(Happening, "__slots__")
            or not {"args", "actors", "roles"} <= set(names)):
        return lambda r: happening_from_dict(dict(zip(names, r)))
    args, actors, roles = names.index("args"), names.index("actors"), names.index("roles")
    new = object.__new__

    def make(r: list[Any]) -> Happening:
        r[args] = tuple(map(tuple, r[args]))
        r[actors] = tuple(r[actors])
        r[roles] = tuple(r[roles])
        o = new(Happening)
        o.__dict__.update(zip(names, r))
        return o

    return make


_happening = _happening_maker()  # a packed row -> its Happening, as from_dict gives


def extraction(value: bytes | str, happenings: bool = True) -> Extraction:
    """A stored extraction from its packed form (bytes) or its JSON (str); ``happenings``:
    as :func:`unpack` (JSON is decoded whole)."""
    if isinstance(value, bytes):
        ex = unpack(value, happenings)
        if ex is not None:
            return ex
        raise ValueError("packed extraction of another layout")  # the query asks for JSON then
    return from_dict(Extraction, json.loads(value))


# decoded extractions by the digest of their stored form, as of the last full read
# (:func:`extractions_of_rows`): a process that links again (``sitroom serve --watch``)
# decodes only the extractions that are new or changed since
_decoded: dict[bytes, Extraction] = {}
_digests: dict[int, bytes] = {}  # id of a cached extraction -> its digest
_decoded_whole = True  # whether the cached extractions have their happenings


def extractions_of_rows(values: Iterable[bytes | str], happenings: bool = True
                        ) -> list[Extraction]:
    """The extractions of stored values (packed bytes or JSON), each decoded only when its
    bytes were not met by the last call (then the same object is given again: extractions
    are frozen). The cache keeps exactly this call's extractions, so it holds no more than the
    archive the caller holds anyway. ``happenings``: as :func:`unpack` (a cache made the other
    way is not used)."""
    global _decoded, _digests, _decoded_whole
    fresh: dict[bytes, Extraction] = {}
    out = []
    known = _decoded if _decoded_whole == happenings else {}
    for value in values:
        digest = hashlib.blake2b(value if isinstance(value, bytes) else value.encode(),
                                 digest_size=16).digest()
        ex = fresh.get(digest) or known.get(digest)
        if ex is None:
            ex = extraction(value, happenings)
        fresh[digest] = ex
        out.append(ex)
    _decoded, _digests = fresh, {id(ex): d for d, ex in fresh.items()}
    _decoded_whole = happenings
    return out


def forget_decoded() -> None:
    """Hold no decoded extraction for a next read (a full relink's, whose process rarely
    links again: the archive's decoded extractions are then freed before the picture is
    written); the next read decodes every one again, with the same digests."""
    global _decoded, _digests
    _decoded, _digests = {}, {}


def content_digest(ex: Extraction) -> bytes | None:
    """The digest of the stored form ``ex`` was decoded from by the last full read (None: not
    read so, e.g. made by the pipeline): equal digests, equal extractions."""
    digest = _digests.get(id(ex))
    return digest if digest is not None and _decoded.get(digest) is ex else None


def record_fingerprint(record: Any) -> bytes:
    """The hash a picture row is compared by: of its record as written, ``marshal``-ed at
    version 2 (no back-references and no interning marks, so equal values give equal bytes
    whatever their objects' identities; a few times cheaper than encoding the JSON). Equal
    fingerprints mean equal values, hence equal JSON; equal JSON with unequal fingerprints
    (a tuple against a list) only costs a rewrite. A value ``marshal`` cannot write is hashed
    by its JSON, tagged apart."""
    try:
        data = marshal.dumps(record, 2)
    except ValueError:
        data = b"\0json" + json.dumps(record, ensure_ascii=False).encode("utf-8")
    return hashlib.blake2b(data, digest_size=16).digest()


def record_fingerprints(records: list[Any]) -> list[bytes]:
    """:func:`record_fingerprint` of each record, in one pass (the same bytes; a list holding a
    value ``marshal`` cannot write is done record by record)."""
    dumps, blake2b = marshal.dumps, hashlib.blake2b
    try:
        return [blake2b(dumps(r, 2), digest_size=16).digest() for r in records]
    except ValueError:
        return [record_fingerprint(r) for r in records]


def record_hash(data: str) -> bytes:
    """:func:`record_fingerprint` of a picture record given as its stored JSON (the back-fill
    of an older store)."""
    return record_fingerprint(json.loads(data))


def row_ids(records: list[dict[str, Any]]) -> list[str]:
    """The picture rows' keys of one kind's records: a record's ``id``; a record without one
    (a link) is keyed by what it relates, ``kind:from>to`` (not by its position, so a record
    inserted before it does not change its key: only its position moves). A key met again
    (two links of one kind between the same records, in their sorted order) gets ``#2``,
    ``#3``...; a record keyed by neither, its position."""
    out: list[str] = []
    seen: set[str] = set()
    add = seen.add
    for i, r in enumerate(records):
        rid = r.get("id")
        if rid is not None:
            key = rid if type(rid) is str else str(rid)
        elif "from" in r and "to" in r:
            key = f"{r.get('kind')}:{r['from']}>{r['to']}"
        else:
            key = f"#{i}"
        if key in seen:
            n = 2
            while f"{key}#{n}" in seen:
                n += 1
            key = f"{key}#{n}"
        add(key)
        out.append(key)
    return out
