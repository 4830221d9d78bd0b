"""One actor for all the ways reports name a person or body.

Within a document the extract stage already chains mentions (``coref_of``: surname to full name,
pronoun or role to its antecedent). Here the document-level entities are merged across documents:

- people by a transliteration-tolerant key of first name and surname ("Yelena"/"Elena",
  "Aleksandr"/"Alexandr", "Stravinsky"/"Stravinskiy"); a surname-only entity joins the one full name
  that shares its surname key;
- organisations, states and groups by their name without articles, possessives and generic
  designators ("the X Group" = "X"), and acronyms defined in the text ("Federal Service (FS)").
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ..extract.actor_base import ACTOR_NOUNS, TITLE_WORDS
from ..extract.actor_chains import acronym as _acronym_of
from ..extract.actor_chains import decide_kind
from ..extract.actor_chains import initials as initials
from ..lang.translit import to_latin
from ..model import ActorMention, Extraction
from . import blockcache

PRONOUNS = frozenset("""i me my mine we us our ours you your he him his she her hers it its they them
their theirs himself herself itself themselves who whom whose this that these those""".split())
GENERIC_ORG_WORDS = frozenset("""the group company corporation corp inc ltd llc plc co organisation
organization agency party movement force forces""".split())
_NAMES = json.loads(
    (Path(__file__).resolve().parent.parent / "data" / "actor_names.json").read_text(encoding="utf-8"))
_ORGANS = _NAMES["organ_words"]
GIVEN_NAME_FORMS: dict[str, str] = _NAMES["given_name_forms"]
PERSONAL_KINDS = {"person"}
COLLECTIVE_KINDS = {"organisation", "armed_group", "group", "unknown"}
NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
# the words a name that is only a role ends in (:func:`role_only`)
ROLE_NOUNS = TITLE_WORDS | frozenset(w for w, k in ACTOR_NOUNS.items() if k == "person")
_MARKS = "\"'“”‘’«»()[],.;:!?"


@lru_cache(maxsize=1 << 16)
def name_key(text: str) -> str:
    """The key names are matched by: lower case, accents removed, a possessive "'s" dropped,
    apostrophes and punctuation to spaces ("the Minister's aides" -> "the minister aides"). Not
    :func:`sitroom.extract.gazetteer.ascii_fold`, which keeps case and punctuation."""
    if text.isascii():  # no letters to romanise, no accents (most names of most reports)
        t = text.lower()
    else:
        t = unicodedata.normalize("NFKD", to_latin(text))
        t = "".join(ch for ch in t if not unicodedata.combining(ch)).lower()
    return _NOT_KEY.sub(" ", _POSSESSIVE.sub("", t)).strip()


_POSSESSIVE = re.compile(r"['’`]s\b")
_NOT_KEY = re.compile(r"[^a-z0-9]+")


@lru_cache(maxsize=65536)  # a picture holds a few thousand name words, each seen often
def translit(word: str) -> str:
    """One name word with common romanisation variants unified (an initial y/i/j before a
    vowel, ye/ie/e, ks/x, kh/h/ch, zh/dzh/dj/j and g before e/i, y/i, o/u, dh/d, double
    letters, -iy/-y/-i/-ij), other
    vowels kept: "Stravinskiy" and "Stravinsky" agree, so do
    "al-Jolani" and "al-Julani"; "Karpov" and "Korpov" do not."""
    w = name_key(word).replace(" ", "")
    if not w:
        return ""
    for a, b in (("ks", "x"), ("tsch", "ch"), ("tch", "ch"), ("sch", "sh"), ("kh", "h"),
                 ("ch", "h"), ("ck", "k"), ("ph", "f"), ("dzh", "j"), ("zh", "j"), ("dj", "j"),
                 ("w", "v"), ("q", "k"), ("c", "k"), ("y", "i"), ("ij", "i"), ("ou", "u"),
                 ("o", "u"), ("dh", "d")):
        w = w.replace(a, b)
    # an initial y/i/j before a vowel, after the digraphs: Yelena/Elena/Jelena, Yordan/Iordan,
    # Djamel/Jamel, Zhukov/Joukov
    w = re.sub(r"^[ij](?=[aeiu])", "", w)
    w = re.sub(r"g(?=[ei])", "j", w)  # Sergei/Serjei (zh/j/g)
    w = re.sub(r"(?<=[aeiu])i(?=e)", "", w)  # Andreyev/Andreev
    return re.sub(r"(.)\1+", r"\1", w)


@lru_cache(maxsize=1 << 16)
def skeleton(word: str) -> str:
    """A looser key for given names: the consonant skeleton of :func:`translit`
    ("Aleksandr"/"Alexandr", "Gennadiy"/"Gennady")."""
    w = translit(word)
    if not w:
        return ""
    return w[0] + re.sub(r"(.)\1+", r"\1", re.sub(r"[aeiouh]", "", w[1:]))


@lru_cache(maxsize=1 << 16)  # the names of a picture recur in thousands of reports
def _name_words(name: str) -> tuple[str, ...]:
    return tuple(w for w in name_key(name).split() if w not in NAME_SUFFIXES)


def name_words(name: str) -> list[str]:
    return list(_name_words(name))


@dataclass
class DocEntity:
    """All mentions of one referent inside one document. ``names``, ``kinds`` and ``roles``
    count in the order first used (plain dicts: a picture has tens of thousands of entities);
    ``kind`` and ``name`` are set by :func:`doc_entities` once the entity is complete."""

    doc: str
    mentions: list[int] = field(default_factory=list)  # indices into the extraction's actors
    names: dict[str, int] = field(default_factory=dict)
    kinds: dict[str, int] = field(default_factory=dict)
    roles: dict[str, int] = field(default_factory=dict)
    kind: str = ""
    name: str = ""


def _entity_name(names: dict[str, int]) -> str:
    """The longest name used (full names beat surnames), ties by frequency."""
    if len(names) == 1:
        return next(iter(names))
    return max(names, key=lambda n: (len(_name_words(n)), names[n], len(n)))


@lru_cache(maxsize=4096)
def _kind_of(kinds: tuple[tuple[str, int], ...]) -> str:
    """:func:`decide_kind` of a counter given as its items in order (entities of thousands of
    reports have a few dozen distinct counters; ties are decided by the order, kept here)."""
    return decide_kind(Counter(dict(kinds)))


def doc_entities(ex: Extraction) -> tuple[list[DocEntity], list[int | None]]:
    """Group one document's actor mentions into entities; map each mention to its entity."""
    actors = ex.actors

    def find(i: int) -> int:
        seen = set()
        while (nxt := actors[i].coref_of) is not None and nxt != i and i not in seen:
            seen.add(i)
            if not 0 <= nxt < len(actors):
                break
            i = nxt
        return i

    root = [i if m.coref_of is None else find(i) for i, m in enumerate(actors)]
    pronoun = [_pronoun(m.text) or _pronoun(m.name) for m in actors]
    entities: dict[int, DocEntity] = {}
    for i, m in enumerate(actors):
        r = root[i]
        e = entities.get(r)
        if e is None:
            if pronoun[r]:
                continue  # a pronoun with no antecedent names nobody
            e = entities[r] = DocEntity(ex.doc)
        e.mentions.append(i)
        if not pronoun[i] and (name := m.name.strip()):
            e.names[name] = e.names.get(name, 0) + 1
        if m.kind:
            e.kinds[m.kind] = e.kinds.get(m.kind, 0) + 1
        if m.role:
            e.roles[m.role] = e.roles.get(m.role, 0) + 1
    out: list[DocEntity] = []
    index_of: dict[int, int] = {}
    for r, e in entities.items():
        if e.names:
            index_of[r] = len(out)
            e.kind = _kind_of(tuple(e.kinds.items()))
            e.name = _entity_name(e.names)
            out.append(e)
    return out, [index_of.get(r) for r in root]


def _is_pronoun(m: ActorMention) -> bool:
    return _pronoun(m.text) or _pronoun(m.name)


@lru_cache(maxsize=1 << 16)
def _pronoun(text: str) -> bool:
    return name_key(text) in PRONOUNS


@lru_cache(maxsize=1 << 16)
def org_key(name: str) -> str:
    words = [w for w in name_key(name).split() if w not in GENERIC_ORG_WORDS]
    return " ".join(translit(w) for w in words) if words else name_key(name)


@dataclass
class ActorResolution:
    actors: list[dict]  # picture records (without evidence text filled in by the caller)
    mention_actor: dict[tuple[str, int], str]  # (doc, mention index) -> actor id


def resolve_actors(extractions: list[Extraction]) -> ActorResolution:
    """Merge document entities across documents into actors. Inside a link with a part memo,
    through :func:`sitroom.link.actors_delta.resolve_kept` (the same answer; a pure addition
    resolved against the state kept for the reports before it)."""
    if blockcache.memo() is not None:
        from .actors_delta import resolve_kept

        return resolve_kept(extractions)
    return _resolve(extractions)


def _resolve(extractions: list[Extraction]) -> ActorResolution:
    """The full resolution: :class:`sitroom.link.actors_delta._Pass` over every entity, its
    loops' snapshots left out (the one home of the resolution's rules)."""
    from .actors_delta import resolve_full

    return resolve_full(extractions, keep=False)[0]


@lru_cache(maxsize=1 << 16)  # people's names recur in thousands of reports
def _person_key(name: str) -> tuple[str, str] | None:
    """The key full names of people are matched by (given name's skeleton, surname), or None
    for a name of one word once its titles are dropped ("Mrs. Doe", "Senator Doe") and for a
    role with no holder's name nor body beside it (:func:`role_only`, round 21)."""
    if role_only(name):
        return None
    w = _bare_words(name)
    return (skeleton(GIVEN_NAME_FORMS.get(w[0], w[0])), translit(w[-1])) if len(w) >= 2 else None


@lru_cache(maxsize=1 << 16)
def role_ending(name: str) -> bool:
    """True when a person's name ends in a role noun (``title_words`` or a person noun of the
    actor nouns) written in lower case ("police spokesman", "Woodburn police chief"), or is
    made of role words only ("Prime Minister"): a role, not a surname, ends it (round 21)."""
    w = _name_words(name)
    raw = [x for x in (y.strip(_MARKS) for y in name.split()) if x]
    if not w or not raw or w[-1] not in ROLE_NOUNS:
        return False
    return raw[-1][:1].islower() or len(w) >= 2 and all(x in ROLE_NOUNS for x in w)


@lru_cache(maxsize=1 << 16)
def role_only(name: str) -> bool:
    """True when a person's name is a role with no holder's name and no body named beside it
    (round 21): :func:`role_ending`, and no capitalised word before the role noun but title
    words ("police spokesman", "our president", "“a president", "spokesman"; not "Woodburn
    police chief", "German chancellor"). Such an actor is never matched across reports by
    its words: "the spokesman" of one report is not another report's, nor "our president"
    the president of any other. A role with a body named beside it keeps its whole-name key
    (the same body's same role), but is no surname of anyone; a capitalised one-word title
    that may be a surname ("Judge", "Major") is left as it was."""
    if not role_ending(name):
        return False
    raw = [x for x in (y.strip(_MARKS) for y in name.split()) if x]
    return not any(x[:1].isupper() and x.lower().rstrip(".") not in ROLE_NOUNS for x in raw[:-1])


def unnamed(e: DocEntity) -> bool:
    """True when every name of entity ``e`` is a role with no holder's name (:func:`role_only`)."""
    return bool(e.names) and all(map(role_only, e.names))


@lru_cache(maxsize=1 << 16)
def _bare_words(name: str) -> tuple[str, ...]:
    """A person's name words without the titles and honorifics before them ("Secretary of
    State Jo Doe" -> jo doe, "Mrs. Doe" -> doe); the last word always stays."""
    w = _name_words(name)
    if not w or w[-1] in TITLE_WORDS:  # a role ("former president"), no surname
        return w
    k = 0
    while k < len(w) - 1 and w[k] in TITLE_WORDS:
        k += 1
    return w[k:]


def _cross_report_names(e: DocEntity) -> tuple[list[str], list[str]]:
    """The names of a body that may meet other reports' bodies: every name the report gives it
    ("Singapore Airlines (SIA)": both), but not a short form made of some of the key words of a
    longer name of its own ("the Courier" for the Daily Courier), which the next report may
    use for another body: those come second."""
    if len(e.names) == 1:
        return [e.name], []
    words = {n: set(org_key(n).split()) for n in e.names}
    names = sorted(e.names, key=lambda n: (n != e.name, n))
    short = [n for n in names if any(words[n] < words[m] for m in e.names)]
    return [n for n in names if n not in short], short


def _is_place(name: str) -> bool:
    """True when ``name`` names a country or a town (:func:`sitroom.extract.actors.place_name`)."""
    from ..extract.actors import place_name

    return place_name(name)


def _memo_names(kind: str, names: list[str], fn) -> dict[str, object]:
    """``fn(name)`` of each name, through the running link's part memo (one gazetteer or
    table look-up per name ever, not per link)."""
    uniq = sorted(set(names))
    return dict(zip(uniq, blockcache.memo_values(kind, uniq, lambda i: fn(uniq[i]))))


ORGAN_KEYS = frozenset(translit(w) for w in _ORGANS)  # keys are transliterated words
_initials = lru_cache(maxsize=1 << 16)(initials)  # a body's names recur in many reports
_acronym = lru_cache(maxsize=1 << 16)(_acronym_of)


def _actor_id(name: str, used: set[str]) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", name_key(name)).strip("-")[:40] or "actor"
    aid = "actor:" + slug
    if aid in used:
        aid = f"{aid}-{hashlib.sha1(name.encode()).hexdigest()[:6]}"
        while aid in used:
            aid += "x"
    used.add(aid)
    return aid


def mention_records(documents: list[dict], extractions: list[Extraction]) -> list[dict]:
    """Every actor mention of the picture with the actor it resolved to: rows of ``report``,
    ``start``, ``end``, ``text``, ``actor`` (the picture's actor id), ``kind`` (the actor's
    kind), ``mention_kind`` (what the extract stage called the mention alone). The same
    resolution as the picture's (copies of a report are left out, as there)."""
    copies = {d["id"] for d in documents if d.get("copy_of")}
    originals = [ex for ex in extractions if ex.doc not in copies]
    res = resolve_actors(originals)
    kind_of = {a["id"]: a["kind"] for a in res.actors}
    rows = []
    for ex in originals:
        for mi, m in enumerate(ex.actors):
            aid = res.mention_actor.get((ex.doc, mi))
            if aid is None:
                continue
            rows.append({"report": ex.doc, "start": m.start, "end": m.end, "text": m.text,
                         "actor": aid, "kind": kind_of.get(aid, m.kind),
                         "mention_kind": m.kind})
    return rows


def _called(docs: dict[int, set[str]]) -> Counter:
    """(root, surname) -> how many of the root's uses (report, NUL, surname) are of that
    surname: what counting the uses that end with NUL and the surname gives (no report id or
    name word holds a NUL)."""
    called: Counter = Counter()
    for r, uses in docs.items():
        for d in uses:
            called[r, d.rpartition("\0")[2]] += 1
    return called
