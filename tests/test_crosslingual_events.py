"""Events across languages: statements in two languages compared by what is the same in every
language (sitroom.link.crosslingual), event nouns of Russian, Ukrainian and French, and a
parse from a model run on a language it was not trained for made a tree before extraction."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from sitroom.annotate import annotate
from sitroom.cli import app
from sitroom.extract import extract
from sitroom.lang.slavic import acyclic
from sitroom.link.crosslingual import Tail, language_at, neutral_keys, tails_agree
from sitroom.model import Document, Update
from sitroom.store import Store


def _events(text: str, lang: str) -> list[tuple[str, str]]:
    adoc = next(annotate([Document(id=lang, text=text, language=lang,
                                   published="2026-05-02")]))
    return [(e.trigger, e.type) for e in extract(adoc).events]


def test_statements_in_one_language_are_compared_by_their_words():
    a = Tail("en", frozenset({"wage", "withheld"}), frozenset())
    assert tails_agree(a, Tail("en", frozenset({"wage", "late"}), frozenset()))
    assert not tails_agree(a, Tail("en", frozenset({"aircraft", "fire"}), frozenset()))


def test_statements_in_two_languages_are_compared_by_neutral_keys():
    ru = Tail("ru", frozenset({"зарплаты", "задерживались"}), frozenset())
    fr = Tail("fr", frozenset({"retard", "solde"}), frozenset())
    assert tails_agree(ru, fr)  # nothing tells them apart
    fired = Tail("en", frozenset({"aircraft", "fire"}), frozenset({"T_ASSAULT"}))
    assert not tails_agree(ru, fired)  # one names an act the other does not
    assert tails_agree(Tail("ru", frozenset({"x", "y"}), frozenset({"actor:a", "N_40"})),
                       Tail("fr", frozenset({"z", "w"}), frozenset({"N_40"})))
    assert not tails_agree(Tail("ru", frozenset({"x", "y"}), frozenset({"N_40"})),
                           Tail("fr", frozenset({"z", "w"}), frozenset({"N_400"})))


def test_neutral_keys_are_ids_and_numbers_and_a_mention_takes_its_entrys_language():
    assert neutral_keys("40 солдат в 2 городах", ["place:x"]) == {"place:x", "N_40", "N_2"}
    entries = (Update(0, 10, "2026-05-02T05:00", "UPDATE"),
               Update(10, 30, "2026-05-02T06:00", "MISE À JOUR", language="fr"))
    assert language_at("en", entries, 5) == "en"
    assert language_at("en", entries, 12) == "fr"
    assert language_at("", (), 0) == "en"


@given(st.lists(st.integers(min_value=0, max_value=11), min_size=1, max_size=12))
def test_every_chain_of_heads_ends_in_a_root_once_loops_are_broken(raw):
    heads = [h % len(raw) for h in raw]
    fixed = acyclic(heads)
    for k in range(len(fixed)):
        seen = set()
        while fixed[k] != k:
            assert k not in seen
            seen.add(k)
            k = fixed[k]
    # a token that was a root or outside any loop keeps its head
    assert all(fixed[k] == heads[k] for k in range(len(heads)) if heads[k] == k)


def test_a_ukrainian_report_whose_parse_has_loops_is_analysed():
    text = ("Генерал-майор Златев раніше вимагав відставки міністра оборони. "
            "Міністерство оборони відкидає звинувачення у затримці зарплат, а штурм "
            "аеропорту триває.")
    assert isinstance(_events(text, "uk"), list)


def test_russian_and_french_event_nouns_are_events_with_a_light_verb():
    ru = _events("Президент Иван Петров провёл совещание с министрами в Варне.", "ru")
    assert any(t == "CONSULT" and "совещание" in trig for trig, t in ru), ru
    fr = _events("Le ministre Jean Morel a tenu une réunion avec les syndicats à Lyon.", "fr")
    assert any(t == "CONSULT" and "réunion" in trig for trig, t in fr), fr


def test_one_denial_in_three_languages_is_one_event_and_a_denial_of_an_act_is_another(tmp_path):
    reports = {
        "ru.txt": ("ru", "Министерство обороны отрицает, что пенсии ветеранов задерживались."),
        "fr.txt": ("fr", "Le ministère de la Défense dément tout retard dans le paiement des "
                         "pensions des anciens combattants."),
        "en.txt": ("en", "The Defence Ministry denied that its helicopters had fired on "
                         "protesters."),
    }
    meta = []
    for name, (lang, text) in reports.items():
        (tmp_path / name).write_text(text + "\n", encoding="utf-8")
        meta.append({"file": name, "language": lang, "published": "2026-05-02",
                     "outlet": name[:2].upper()})
    (tmp_path / "meta.json").write_text(json.dumps(meta), encoding="utf-8")
    db = tmp_path / "x.db"
    r = CliRunner().invoke(app, ["run", *(str(tmp_path / n) for n in reports), "--meta",
                                 str(tmp_path / "meta.json"), "--db", str(db), "--quiet"])
    assert r.exit_code == 0, r.output
    with Store(db) as s:
        events = s.picture("events")
        outlets = {d.id: d.outlet for d in s.documents()}
    rejects = sorted(sorted(outlets[d] for d in e["docs"]) for e in events if e["type"] == "REJECT")
    assert rejects == [["EN"], ["FR", "RU"]]
