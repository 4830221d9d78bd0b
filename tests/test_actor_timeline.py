"""One actor's timeline (sitroom.actor_timeline_view): the pure view over hand-built
extractions, the `sitroom timeline` command and the web page with its JSON twin."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from sitroom.actor_timeline_view import actor_timeline, find_actor
from sitroom.cli import app
from sitroom.errors import SitroomError
from sitroom.model import ActorMention, Document, Extraction, Happening
from sitroom.store import Store
from sitroom.web.app import create_app

T1 = "Mara Lind met the envoy on Monday. She resigned. Tom Berg left."
T2 = "Lind flew to Oslo on 3 May 2026."
DOCS = {
    "a": Document(id="a", text=T1, content_hash="ha", outlet="Daily One",
                  published="2026-05-06"),
    "b": Document(id="b", text=T2, content_hash="hb", outlet="Weekly Two",
                  published="2026-05-07"),
}


def span(text: str, word: str, nth: int = 0) -> tuple[int, int]:
    i = -1
    for _ in range(nth + 1):
        i = text.index(word, i + 1)
    return i, i + len(word)


def mention(doc: str, text: str, word: str, name: str, sent: int, coref_of=None) -> ActorMention:
    s, e = span(text, word)
    return ActorMention(doc, s, e, sent, word, name, "person", coref_of=coref_of)


def happening(doc: str, text: str, word: str, sent: int, actors: tuple[int, ...],
              date: str | None, args: tuple[str, ...] = ()) -> Happening:
    """The first argument (else each actor) the agent, the others patients, as the parse
    gives the roles of "X met the envoy"."""
    s, e = span(text, word)
    roles = ("agent",) + ("patient",) * (len(args) - 1) if args else ("agent",) * len(actors)
    return Happening(doc, s, e, sent, word, word, "verb", actors=actors, date=date,
                     args=tuple(span(text, a) for a in args), roles=roles,
                     date_precision="day" if date else None,
                     date_source="governing" if date else "none")


def sentences(text: str) -> tuple[tuple[int, int], ...]:
    out, start = [], 0
    for part in text.split(". "):
        end = start + len(part) + (1 if start + len(part) < len(text) else 0)
        out.append((start, min(end, len(text))))
        start = end + 1
    return tuple(out)


EX = {
    "a": Extraction(
        doc="a",
        actors=(mention("a", T1, "Mara Lind", "Mara Lind", 0), mention("a", T1, "She", "She", 1, 0),
                mention("a", T1, "Tom Berg", "Tom Berg", 2)),
        happenings=(happening("a", T1, "met", 0, (0,), "2026-05-04", ("Lind", "envoy")),
                    happening("a", T1, "resigned", 1, (1,), None),
                    happening("a", T1, "left", 2, (2,), "2026-05-05")),
        sentences=sentences(T1)),
    "b": Extraction(
        doc="b", actors=(mention("b", T2, "Lind", "Lind", 0),),
        happenings=(happening("b", T2, "flew", 0, (0,), "2026-05-03"),), sentences=sentences(T2)),
}
ACTORS = [
    {"id": "actor:mara-lind", "name": "Mara Lind", "kind": "person", "aliases": ["Lind"],
     "roles": [], "docs": ["a", "b"], "mentions": 3},
    {"id": "actor:tom-berg", "name": "Tom Berg", "kind": "person", "aliases": [], "roles": [],
     "docs": ["a"], "mentions": 1},
    {"id": "actor:tom-lindqvist", "name": "Tom Lindqvist", "kind": "person", "aliases": [],
     "roles": [], "docs": [], "mentions": 0},
]


def test_find_actor_by_id_name_alias_and_part():
    assert find_actor(ACTORS, "actor:tom-berg")["name"] == "Tom Berg"
    assert find_actor(ACTORS, "lind")["id"] == "actor:mara-lind"  # an alias, any case
    assert find_actor(ACTORS, "Berg")["id"] == "actor:tom-berg"  # part of one name
    with pytest.raises(SitroomError, match="names 2 actors"):
        find_actor(ACTORS, "Tom")
    with pytest.raises(SitroomError, match="no actor named 'Nobody'"):
        find_actor(ACTORS, "Nobody")


def test_timeline_in_time_order_across_reports_with_pronouns_followed():
    tl = actor_timeline(ACTORS[0], [EX["a"], EX["b"]], DOCS)
    assert [[r["what"] for r in line] for line in tl["lines"]] == [["flew"], ["met"]]
    assert [r["what"] for r in tl["undated"]] == ["resigned"]  # "She" -> Mara Lind
    assert tl["count"] == 3
    first = tl["lines"][0][0]
    assert (first["doc"], first["outlet"], first["sentence"]) == ("b", "Weekly Two", T2)
    assert first["mark"] == list(span(T2, "flew"))
    assert all(r["what"] != "left" for line in tl["lines"] for r in line)  # Tom Berg's
    met = tl["lines"][1][0]
    assert (met["role"], met["with"]) == ("agent", [{"name": "the envoy", "role": "patient"}])


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("tl") / "tl.db"
    with Store(path) as s:
        for d in DOCS.values():
            s.add_document(d)
            s.put_extraction(EX[d.id], "test", [(a, b, d.text[a:b]) for a, b in EX[d.id].sentences])
        s.put_picture({"actors": ACTORS, "documents": [
            {"id": d.id, "outlet": d.outlet, "published": d.published} for d in DOCS.values()]})
    return path


def test_cli_timeline_prints_dated_lines_then_undated(db):
    r = CliRunner().invoke(app, ["timeline", "Mara Lind", "--db", str(db), "--undated"])
    assert r.exit_code == 0, r.output
    assert r.output.splitlines() == [
        "Mara Lind (actor:mara-lind, person): 3 happenings, 2 dated",
        "3 May 2026           flew [agent]  (Weekly Two, b, chars 0-32)",
        f"{'':<20} {T2}",
        "4 May 2026           met [agent; with the envoy (patient)]  (Daily One, a, chars 0-34)",
        f"{'':<20} Mara Lind met the envoy on Monday.",
        "not dated:",
        "-                    resigned [agent]  (Daily One, a, chars 35-48)",
        f"{'':<20} She resigned.",
    ]


def test_cli_timeline_errors_name_the_fix(db):
    r = CliRunner().invoke(app, ["timeline", "Tom", "--db", str(db)])
    assert r.exit_code == 1
    assert r.output.strip() == (
        "Error: 'Tom' names 2 actors: Tom Berg (actor:tom-berg), Tom Lindqvist "
        "(actor:tom-lindqvist); give the actor's id instead")


def test_web_timeline_page_and_json_twin(db):
    with TestClient(create_app(db)) as client:
        j = client.get("/actors/actor:mara-lind/timeline.json").json()
        assert j["ok"] is True and j["count"] == 3
        assert [line[0]["what"] for line in j["lines"]] == ["flew", "met"]
        assert [(line[0]["role"], line[0]["with"]) for line in j["lines"]] == [
            ("agent", []), ("agent", [{"name": "the envoy", "role": "patient"}])]
        page = client.get("/actors/actor:mara-lind/timeline")
        assert page.status_code == 200
        assert "Timeline of Mara Lind" in page.text and "<mark>flew</mark>" in page.text
        assert '/documents/b?hl=5-9#' in page.text
        assert "<th>role</th><th>with</th>" in page.text
        assert '<td>agent</td><td>the envoy <span class="muted">(patient)</span></td>' in page.text
        missing = client.get("/actors/actor:nobody/timeline.json")
        assert missing.status_code == 404 and "actors.json" in missing.text
        actors = client.get("/actors")
        assert 'href="/actors/actor:mara-lind/timeline"' in actors.text
