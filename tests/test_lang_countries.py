"""Countries named in other languages, and inflected in Russian and Ukrainian, resolve to
the gazetteer's country (CLDR names through Babel: sitroom.lang.countries)."""

from __future__ import annotations

import pytest

from sitroom.extract.gazetteer import get_gazetteer
from sitroom.extract.places import lookup
from sitroom.lang.countries import country_code, same_word


@pytest.mark.parametrize("name, code", [
    ("Bulgarie", "BG"), ("Allemagne", "DE"), ("Deutschland", "DE"), ("Болгария", "BG"),
    ("Болгарии", "BG"), ("Болгарії", "BG"), ("Україною", "UA"), ("Германии", "DE"),
    ("Ирана", "IR"), ("Ирака", "IQ"), ("Сполучених Штатів", "US"), ("Côte d’Ivoire", "CI"),
])
def test_country_names_in_other_languages_and_cases_give_their_code(name, code):
    assert country_code(name) == code


def test_words_that_only_begin_alike_are_not_one_word():
    assert same_word("совета", "совет") and same_word("национальной", "национальный")
    assert not same_word("иран", "ирак") and not same_word("польща", "полтава")
    assert country_code("Полтава") is None and country_code("Policy") is None


def test_place_lookup_falls_back_to_country_names_in_other_languages():
    gaz = get_gazetteer()
    assert [p.name for p, _ in lookup("Bulgarie", gaz)] == ["Bulgaria"]
    assert [p.country_code for p, _ in lookup("Болгарии", gaz)] == ["BG"]
    assert lookup("Словами", gaz) == []
