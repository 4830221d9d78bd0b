"""Reports in Russian, Ukrainian and French join the same picture: places geocoded through
romanised names, actors named in their dictionary form."""

from __future__ import annotations

from sitroom.annotate import annotate
from sitroom.extract import extract
from sitroom.extract.gazetteer import get_gazetteer
from sitroom.model import Document


def _extract(text: str, lang: str):
    return extract(next(annotate([Document(id=lang, text=text, language=lang)])))


def test_cyrillic_place_names_resolve_to_their_places_not_one_village():
    gaz = get_gazetteer()
    assert [p.name for p, _ in gaz.lookup("Пловдив")][:1] == ["Plovdiv"]
    assert [p.name for p, _ in gaz.lookup("Харків")][:1] == ["Kharkiv"]
    assert gaz.lookup("Словами") == []


def test_russian_inflected_places_and_names_take_their_dictionary_form():
    ex = _extract("Колонна вышла из Пловдива. По словам Милены Драгневой, войска "
                  "стоят у Софии.", "ru")
    assert {p.name for p in ex.places} == {"Plovdiv", "Sofia"}
    assert "Милена Драгнева" in {a.name for a in ex.actors}


def test_ukrainian_names_and_places_read_with_the_ukrainian_dictionary():
    ex = _extract("Колона зупинилася біля Пазарджика і Софії, повідомив генерал Стефан "
                  "Златев у відеозверненні.", "uk")
    assert {"Pazardzhik", "Sofia"} <= {p.name for p in ex.places}
    assert "Стефан Златев" in {a.name for a in ex.actors if a.kind == "person"}


def test_reports_sharing_actors_and_places_join_one_story_across_languages():
    from sitroom.link.stories import assign_stories

    docs = [{"id": "en"}, {"id": "ru"}]
    texts = {"en": "The brigade's column left the city at dawn and moved towards the capital.",
             "ru": "Колонна бригады на рассвете покинула город и двинулась к столице."}
    shared = ["A_person:stefan-zlatev", "P_728193", "P_727011"]
    assert len(set(assign_stories(docs, texts).values())) == 2
    assert len(set(assign_stories(docs, texts, terms={"en": shared, "ru": shared}).values())) == 1


def test_web_filter_by_language_keeps_the_records_of_reports_in_that_language():
    from sitroom.web.filters import Filters, filter_picture

    picture = {"documents": [{"id": "a", "language": "en"}, {"id": "b", "language": "ru"}],
               "quotes": [{"id": "q1", "doc": "a"}, {"id": "q2", "doc": "b"}],
               "events": [], "actors": [], "places": [], "claims": [], "stories": []}
    kept = filter_picture(picture, Filters.of(language="RU"))
    assert [q["id"] for q in kept["quotes"]] == ["q2"]


def test_report_table_shows_each_reports_language_and_marks_partial_analysis():
    from sitroom.lang.detect import language_note

    assert language_note("ru") == "ru"
    assert language_note("de") == "partial analysis (language de)"
    assert language_note("und") == "partial analysis (language und)"


def test_ukrainian_common_noun_before_a_place_is_not_part_of_its_name():
    ex = _extract("Мешканці Пловдива повідомляють, що в місті спокійно.", "uk")
    assert [p.name for p in ex.places] == ["Plovdiv"]


def test_ukrainian_places_the_recogniser_misses_or_takes_for_people_are_found():
    # "Харкові" has a surname reading (Харко), "Харкова" and "Дніпра" no entity at all,
    # "Львова з Києва" one span across a preposition
    for text, want in [("У Харкові та Одесі пройшли мітинги.", ["Kharkiv", "Odesa"]),
                       ("Колона вийшла з Харкова і ввечері увійшла до Полтави.",
                        ["Kharkiv", "Poltava"]),
                       ("Делегація прибула до Львова з Києва.", ["Lviv", "Kyiv"]),
                       ("Мер Дніпра зустрівся з журналістами.", ["Dnipro"])]:
        assert [p.name for p in _extract(text, "uk").places] == want, text


def test_russian_inflected_city_names_are_the_ukrainian_cities():
    ex = _extract("В Харькове и Одессе прошли митинги, делегация прибыла во Львов из Киева.",
                  "ru")
    assert [(p.name, p.country_code) for p in ex.places] == [
        ("Kharkiv", "UA"), ("Odesa", "UA"), ("Lviv", "UA"), ("Kyiv", "UA")]
