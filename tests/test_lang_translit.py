"""One key for a name across scripts and spellings."""

from __future__ import annotations

from sitroom.eval.names import evaluate, linked
from sitroom.lang.translit import to_latin


def test_cyrillic_is_romanised_as_english_news_spells_it():
    assert to_latin("Евгений") == "Yevgeny"
    assert to_latin("Харків") == "Kharkiv"
    assert to_latin("Горбачёв") == "Gorbachev"
    assert to_latin("Plovdiv, Пловдив") == "Plovdiv, Plovdiv"
    assert to_latin("Stravinsky") == "Stravinsky"


def test_spellings_of_one_name_meet_across_scripts():
    for a, b in [("Стравінський", "Stravinsky"), ("Стравинский", "Stravinskiy"),
                 ("Strawinski", "Stravinsky"), ("Игорь Стравинский", "Igor Stravinsky"),
                 ("Харків", "Kharkiv")]:
        assert linked(a, b), (a, b)


def test_different_people_with_close_names_stay_apart():
    assert not linked("Тарас Шевченко", "Andriy Shevchenko")
    assert not linked("Харків", "Kherson")


def test_name_pair_benchmark_keeps_its_floor():
    result = evaluate()
    assert result["all"]["pairs"] >= 150
    assert result["all"]["precision"] >= 0.98
    assert result["all"]["recall"] >= 0.75
