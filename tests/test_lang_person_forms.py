"""People's names in Russian and Ukrainian read in the nominative as a whole name: the words
of one name agree in gender and case, and a surname alone takes the form of the full name its
report gives (sitroom.lang.person_forms, through annotate)."""

from __future__ import annotations

import pymorphy3
import pytest

from sitroom.annotate import annotate
from sitroom.lang import person_forms
from sitroom.model import Document


@pytest.fixture(scope="module")
def morph():
    return {lang: pymorphy3.MorphAnalyzer(lang=lang) for lang in ("ru", "uk")}


def _people(text: str, lang: str) -> list[str]:
    ad = next(annotate([Document(id=lang, text=text, language=lang)]))
    return [" ".join(t.lemma for t in ad.tokens[e.start:e.end]) for e in ad.ents
            if e.label == "PERSON"]


@pytest.mark.parametrize("word, lang, nominatives", [
    ("Петровой", "ru", {"петрова"}),
    ("Петрова", "ru", {"петров", "петрова"}),
    ("Петровским", "ru", {"петровский"}),
    ("Петровим", "uk", {"петров"}),
    ("Петрової", "uk", {"петрова"}),
    ("Петровського", "uk", {"петровський"}),
    ("Кузьміна", "uk", {"кузьмін", "кузьміна"}),
])
def test_surname_endings_give_the_nominatives_of_both_genders(word, lang, nominatives):
    assert {r.nominative for r in person_forms.surname_readings(word, lang)} == nominatives


def test_a_full_name_agrees_in_gender_and_case(morph):
    # a genitive man, not a nominative woman, when the recogniser tags the case
    assert person_forms.full_name(["Александра", "Петрова"], "ru", morph["ru"],
                                  {"Case": "Gen", "Gender": "Masc"}) == ["Александр", "Петров"]
    # a feminine ending decides the first name's gender too
    assert person_forms.full_name(["Дарии", "Петровой"], "ru", morph["ru"],
                                  {"Case": "Dat", "Gender": "Masc"}) == ["Дария", "Петрова"]
    assert person_forms.full_name(["Олені", "Петровій"], "uk", morph["uk"]) == ["Олена",
                                                                               "Петрова"]


def test_a_lone_surname_takes_the_form_of_its_reports_full_name(morph):
    assert person_forms.lone_surname("Петрова", "uk", morph["uk"], {"петров"}) == "Петров"
    assert person_forms.lone_surname("Петрова", "uk", morph["uk"], {"петрова"}) == "Петрова"
    # a known first name is no surname
    assert person_forms.lone_surname("Ирина", "ru", morph["ru"], {"ирин"}) is None


def test_inflected_names_in_a_report_meet_their_nominative():
    assert _people("Министр встретился с Александром Кораловым.", "ru") == ["Александр Коралов"]
    assert _people("Відставки Александра Коралова вимагає генерал.", "uk") == [
        "Александр Коралов"]
    assert _people("Премьер заявила, что доверяет Дарии Тодоровой.", "ru") == ["Дария Тодорова"]
    got = _people("Колона Петрова зупинилася біля міста. Уряд веде переговори з генералом "
                  "Павлом Петровим.", "uk")
    assert got == ["Петров", "Павло Петров"]
