"""`sitroom export --what happenings`: who did what to whom, one row per (happening, actor),
from a small hand-built store, in CSV and JSON Lines, exactly; and the errors name the fix."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from sitroom.cli import app
from sitroom.model import ActorMention, Document, Extraction, Happening
from sitroom.store import Store

TA = "Ivo Marr was detained by Rina Sol on Monday. Marr thanked the court."
TB = "Rina Sol met Ivo Marr in Tarn."
DOCS = [Document(id="a", text=TA, content_hash="ha", outlet="Tarn Daily", published="2026-05-06"),
        Document(id="b", text=TB, content_hash="hb", outlet="Coast Wire", published="2026-05-07")]


def at(text: str, word: str, nth: int = 0) -> tuple[int, int]:
    i = -1
    for _ in range(nth + 1):
        i = text.index(word, i + 1)
    return i, i + len(word)


def mention(doc: str, text: str, words: str, sent: int, name: str, nth: int = 0,
            coref_of: int | None = None) -> ActorMention:
    s, e = at(text, words, nth)
    return ActorMention(doc, s, e, sent, words, name, "person", coref_of=coref_of)


def happening(doc: str, text: str, trigger: str, lemma: str, sent: int, args, actors,
              date: str | None, source: str) -> Happening:
    """``args``: (word, nth, role) of each argument, the role as the parse gives it."""
    s, e = at(text, trigger)
    return Happening(doc, s, e, sent, trigger, lemma, "verb",
                     args=tuple(at(text, w, n) for w, n, _ in args), actors=actors, date=date,
                     date_precision="day" if date else None, date_source=source,
                     roles=tuple(role for _, _, role in args))


EX = [
    Extraction("a", actors=(mention("a", TA, "Ivo Marr", 0, "Ivo Marr"),
                            mention("a", TA, "Rina Sol", 0, "Rina Sol"),
                            mention("a", TA, "Marr", 1, "Marr", nth=1, coref_of=0)),
               happenings=(happening("a", TA, "detained", "detain", 0, [("Marr", 0, "patient"), ("Sol", 0, "agent")],
                                     (0, 1), "2026-05-04", "governing"),
                           happening("a", TA, "thanked", "thank", 1, [("Marr", 1, "agent"), ("court", 0, "patient")],
                                     (2,), None, "none")),
               sentences=((0, 44), (45, len(TA)))),
    Extraction("b", actors=(mention("b", TB, "Rina Sol", 0, "Rina Sol"),
                            mention("b", TB, "Ivo Marr", 0, "Ivo Marr")),
               happenings=(happening("b", TB, "met", "meet", 0, [("Sol", 0, "agent"), ("Marr", 0, "patient")],
                                     (0, 1), "2026-05-07", "publication"),),
               sentences=((0, len(TB)),)),
]
ACTORS = [{"id": "actor:ivo-marr", "name": "Ivo Marr", "kind": "person", "aliases": ["Marr"],
           "roles": [], "docs": ["a", "b"], "mentions": 3},
          {"id": "actor:rina-sol", "name": "Rina Sol", "kind": "person", "aliases": [],
           "roles": [], "docs": ["a", "b"], "mentions": 2}]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("hx") / "hx.db"
    with Store(path) as s:
        for d, ex in zip(DOCS, EX):
            s.add_document(d)
            s.put_extraction(ex, "test", [(a, b, d.text[a:b]) for a, b in ex.sentences])
        s.put_picture({"actors": ACTORS, "documents": [
            {"id": d.id, "outlet": d.outlet, "published": d.published} for d in DOCS]})
    return path


def export(db, fmt: str, *more: str):
    return CliRunner().invoke(app, ["export", "--db", str(db), "--format", fmt, *more])


def test_csv_one_row_per_happening_and_actor_with_roles(db):
    r = export(db, "csv", "--what", "happenings")
    assert r.exit_code == 0, r.output
    assert r.stdout.splitlines() == [
        "report,start,end,what,lemma,kind,date,date_start,date_end,date_precision,date_source,"
        "actor,actor_name,role,with,with_actors,outlet",
        "a,13,21,detained,detain,verb,2026-05-04,2026-05-04T00:00:00+00:00,"
        "2026-05-05T00:00:00+00:00,day,governing,actor:ivo-marr,Ivo Marr,patient,"
        "Rina Sol (agent),actor:rina-sol,Tarn Daily",
        "a,13,21,detained,detain,verb,2026-05-04,2026-05-04T00:00:00+00:00,"
        "2026-05-05T00:00:00+00:00,day,governing,actor:rina-sol,Rina Sol,agent,"
        "Ivo Marr (patient),actor:ivo-marr,Tarn Daily",
        "a,50,57,thanked,thank,verb,,,,,none,actor:ivo-marr,Ivo Marr,agent,the court (patient),,"
        "Tarn Daily",
        "b,9,12,met,meet,verb,2026-05-07,2026-05-07T00:00:00+00:00,2026-05-08T00:00:00+00:00,day,"
        "publication,actor:ivo-marr,Ivo Marr,patient,Rina Sol (agent),actor:rina-sol,Coast Wire",
        "b,9,12,met,meet,verb,2026-05-07,2026-05-07T00:00:00+00:00,2026-05-08T00:00:00+00:00,day,"
        "publication,actor:rina-sol,Rina Sol,agent,Ivo Marr (patient),actor:ivo-marr,Coast Wire",
    ]


def test_jsonl_and_json_carry_the_same_rows(db):
    lines = export(db, "jsonl", "--what", "happenings").stdout.splitlines()
    rows = [json.loads(x) for x in lines]
    assert rows[2] == {
        "report": "a", "start": 50, "end": 57, "what": "thanked", "lemma": "thank",
        "kind": "verb", "date": None, "date_start": None, "date_end": None,
        "date_precision": None, "date_source": "none", "actor": "actor:ivo-marr",
        "actor_name": "Ivo Marr", "role": "agent", "with": ["the court (patient)"],
        "with_actors": [], "outlet": "Tarn Daily"}
    assert json.loads(export(db, "json", "--what", "happenings").stdout) == {"happenings": rows}


def test_happenings_errors_follow_house_style(tmp_path, db):
    empty = tmp_path / "empty.db"
    Store(empty).close()
    r = export(empty, "csv", "--what", "happenings")
    assert r.exit_code == 1
    assert r.output.strip() == ("Error: the database has no analysed picture yet; run "
                                "`sitroom analyze` (or `sitroom run REPORTS...`) first")
    r = export(db, "csv", "--what", "happening")
    assert r.exit_code == 1 and r.output.startswith("Error: unknown record kind 'happening'")
    assert "happenings" in r.output


def test_the_rows_of_an_actor_are_its_timeline(db):
    from sitroom.actor_timeline_view import from_store

    rows = [json.loads(x) for x in export(db, "jsonl", "--what", "happenings").stdout.splitlines()]
    with Store(db, create=False) as s:
        for a in ACTORS:
            tl = from_store(s, a["id"])
            mine = sorted((r["report"], r["start"], r["role"]) for r in rows if r["actor"] == a["id"])
            told = sorted((r["doc"], r["mark"][0], r["role"])
                          for r in [*(x for line in tl["lines"] for x in line), *tl["undated"]])
            assert mine == told and len(mine) == tl["count"]
