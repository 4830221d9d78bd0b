"""Property-based tests (hypothesis) of every extractor on generated news-like sentences.

A small grammar writes sentences with names, titles, verbs, places, dates, times, quotes,
hedges, numbers, live-blog headers and unicode punctuation, now and then with a random
unicode fragment inserted. Each example is annotated once with the shipped pipeline; the
invariants: no exception, every record's offsets inside the text and its text equal to
``text[start:end]``, frozen records, the same input gives the same output, ingest is
idempotent.
"""

from __future__ import annotations

import dataclasses
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sitroom.extract import extract
from sitroom.extract.actors import extract_actors
from sitroom.extract.claims import extract_claims
from sitroom.extract.events import extract_events
from sitroom.extract.places import extract_places
from sitroom.extract.quotes import extract_quotes
from sitroom.extract.times import extract_times
from sitroom.model import Document

SETTINGS = settings(max_examples=40, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.too_slow])

PEOPLE = ["Maria Lopez", "Colonel Dmitri Orlov", "President Adams", "Anna-Lena Schmidt",
          "the defence minister, Tomas Kral,", "Chen Wei", "John O'Neill", "Dr. Amina Yusuf"]
BODIES = ["the Interior Ministry", "the rebels", "NATO", "the United Nations", "Reuters",
          "officials", "a spokesman", "the army", "police", "witnesses", "the militia"]
VERBS = ["attacked", "captured", "seized", "withdrew from", "shelled", "entered", "left",
         "condemned", "visited", "blockaded", "met officials in", "may have attacked",
         "did not capture", "reportedly seized", "threatened to bomb", "is expected to reach"]
PLACES = ["Paris", "Lagos", "Mosul", "Goma", "the capital", "northern Syria", "Kharkiv",
          "São Paulo", "the airport", "Bogotá", "New York", "the border crossing"]
WHEN = ["on Monday", "on June 24", "yesterday", "at 05:37 CET", "last week", "in 2019",
        "two days ago", "on 3 March 2023", "this morning", "late on Friday night", "at dawn",
        "by 10 a.m. local time", "over the weekend", "since 2014", ""]
HEDGES = ["", "", "Reportedly, ", "It is unclear whether ", "According to officials, ",
          "Sources said ", "Allegedly ", "Witnesses say that ", "It was not confirmed that "]
NUMBERS = ["", "", " killing at least 12 people", " with 1,200 troops", " and 3.5 million fled",
           " — dozens of tanks", " (40% of them civilians)", " and wounded 7"]
CUES = ["said", "told reporters", "wrote on Telegram", "said in a video", "denied", "claimed",
        "warned", "added"]
QUOTES = [("“", "”"), ('"', '"'), ("‘", "’"), ("«", "»"), ("“", ""), ("", "”")]
PUNCT = [".", ".", "!", "…", "?", "", ";"]
JOINS = [" ", " ", "\n\n", "\n", " — ", "\u00a0"]

actor = st.sampled_from(PEOPLE + BODIES)
noise = st.text(st.characters(blacklist_categories=("Cs",)), max_size=12)


@st.composite
def statement(draw) -> str:
    body = (f"{draw(st.sampled_from(HEDGES))}{draw(actor)} {draw(st.sampled_from(VERBS))} "
            f"{draw(st.sampled_from(PLACES))} {draw(st.sampled_from(WHEN))}"
            f"{draw(st.sampled_from(NUMBERS))}").replace("  ", " ").strip()
    return body[:1].upper() + body[1:] + draw(st.sampled_from(PUNCT))


@st.composite
def quotation(draw) -> str:
    a, z = draw(st.sampled_from(QUOTES))
    said = draw(statement())
    who, cue = draw(actor), draw(st.sampled_from(CUES))
    shape = draw(st.integers(0, 4))
    if shape == 0:
        return f"{a}{said}{z} {who} {cue}."
    if shape == 1:
        return f"{who[:1].upper() + who[1:]} {cue}: {a}{said}{z}"
    if shape == 2:
        return f"{who[:1].upper() + who[1:]}: {a}{said}{z}"  # a headline "Name: “quote”"
    if shape == 3:
        return f"{who[:1].upper() + who[1:]} {cue} that {said[:1].lower() + said[1:]}"
    return f"{a}{said[:-1]},{z} {who} {cue}, {a}{draw(statement())}{z}"


@st.composite
def report(draw) -> str:
    parts = draw(st.lists(st.one_of(statement(), quotation()), min_size=1, max_size=4))
    if draw(st.booleans()):
        hour, minute = draw(st.integers(0, 23)), draw(st.integers(0, 59))
        parts.insert(0, f"UPDATE {hour:02d}:{minute:02d} CET:")
    if draw(st.integers(0, 4)) == 0:
        k = draw(st.integers(0, len(parts)))
        parts.insert(k, draw(noise))
    joins = draw(st.lists(st.sampled_from(JOINS), min_size=len(parts), max_size=len(parts)))
    return "".join(p + j for p, j in zip(parts, joins)).strip() or "Troops left."


@pytest.fixture(scope="module")
def nlp():
    from sitroom.annotate import annotate_one, load

    load()  # the model, once

    def run(text: str, published: str | None = "2023-06-24"):
        return annotate_one(Document(id="p", text=text, published=published))

    return run


def _spans_ok(records, text: str, exact: bool = True) -> None:
    for r in records:
        assert 0 <= r.start <= r.end <= len(text), r
        if exact:
            assert r.text == text[r.start:r.end], r


@SETTINGS
@given(text=report())
def test_every_extractor_gives_records_inside_the_text_with_their_own_text(nlp, text):
    adoc = nlp(text)
    actors = extract_actors(adoc)
    places = extract_places(adoc)
    times = extract_times(adoc)
    quotes = extract_quotes(adoc, actors)
    claims = extract_claims(adoc, actors, quotes)
    events = extract_events(adoc, actors, places, times)
    for records in (actors, places, times, claims):
        _spans_ok(records, adoc.text)
    _spans_ok(quotes, adoc.text, exact=False)
    _spans_ok(events, adoc.text, exact=False)
    for q in quotes:
        for a, b, s in ((q.speaker_start, q.speaker_end, q.speaker_text),
                        (q.cue_start, q.cue_end, q.cue)):
            if a is not None:
                assert b is not None and 0 <= a < b <= len(text) and s == text[a:b], q
        assert q.speaker is None or 0 <= q.speaker < len(actors)
    for e in events:
        for ref, pool in ((e.actor, actors), (e.recipient, actors), (e.place, places),
                          (e.time, times)):
            assert ref is None or 0 <= ref < len(pool), e
    for a in actors:
        assert a.coref_of is None or 0 <= a.coref_of < len(actors)
    assert all(0 <= c.sent < len(adoc.sents) for c in claims)


@SETTINGS
@given(text=report())
def test_records_and_extractions_are_frozen(nlp, text):
    ex = extract(nlp(text))
    with pytest.raises(dataclasses.FrozenInstanceError):
        ex.actors = ()  # type: ignore[misc]
    for kind in ("actors", "places", "times", "events", "quotes", "claims"):
        assert isinstance(getattr(ex, kind), tuple)
        for r in getattr(ex, kind):
            with pytest.raises(dataclasses.FrozenInstanceError):
                r.start = 0  # type: ignore[misc]


@SETTINGS
@given(text=report(), published=st.sampled_from([None, "2023-06-24", "2021-01-01T09:00:00+02:00"]))
def test_the_same_text_gives_the_same_extraction(nlp, text, published):
    adoc = nlp(text, published)
    first = extract(adoc)
    assert extract(adoc) == first
    assert extract(nlp(text, published)) == first  # annotated afresh


@settings(max_examples=25, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow])
@given(text=report())
def test_ingest_is_idempotent(text):
    from sitroom.ingest import read_paths
    from sitroom.pipeline import ingest
    from sitroom.store import Store

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "r.txt"
        path.write_text(text, encoding="utf-8")
        (doc,) = read_paths([path])
        with Store(Path(tmp) / "s.db") as store:
            first = ingest(store, [path])
            again = ingest(store, [path])
            assert (len(first.added), len(again.added), len(again.duplicates)) == (1, 0, 1)
            assert [d.id for d in store.documents()] == [doc.id]
        path.write_text(doc.text, encoding="utf-8")  # its own cleaned text reads back the same
        (back,) = read_paths([path])
        assert back.text == doc.text and back.id == doc.id
