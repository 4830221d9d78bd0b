"""Round 15 place rules, each shown firing and not firing on hand-written sentences: a
place inside an organisation's or an outlet's name is no place (extract/places_names.py);
the members of a list of places are places of one kind (extract/places_lists.py)."""

from __future__ import annotations

import pytest

from sitroom.extract.places import extract_places, resolve_spans
from sitroom.extract.gazetteer import Place
from sitroom.extract.places_lists import same_kind_lists
from sitroom.extract.places_names import inside_name


def texts(annotated, text):
    return [p.text for p in extract_places(annotated(text))]


def places(annotated, text):
    return {p.text: p for p in extract_places(annotated(text))}


# --- a place inside a body's or an outlet's name ---------------------------------------

NO_PLACE = [  # (the sentence, the place word inside a name)
    pytest.param("The Denver Tribune reported the vote on Monday.", "Denver",
                 id="an outlet named after its city"),
    pytest.param("She told the Omaha Daily Herald that she would run.", "Omaha",
                 id="an outlet with two head words"),
    pytest.param("A University of Oregon survey found little change.", "Oregon",
                 id="the university of a state"),
    pytest.param("He spoke at the Idaho Institute of Politics on Friday.", "Idaho",
                 id="an institute after a state"),
]


@pytest.mark.parametrize("text, word", NO_PLACE)
def test_a_place_inside_a_name_is_no_place(annotated, text, word):
    assert word not in texts(annotated, text)


def test_a_head_word_taken_for_a_place_is_no_place(annotated):
    text = "The lobbyists worked for the Baltic Centre, a new charity."
    s = text.index("Centre")
    assert inside_name(annotated(text), s, s + len("Centre"))


def test_a_head_word_after_a_locative_stays_a_place(annotated):
    text = "The company moved to Centre last year."
    s = text.index("Centre")
    assert not inside_name(annotated(text), s, s + len("Centre"))


def test_a_city_where_something_happens_stays_a_place(annotated):
    got = places(annotated, "The tribune of the people spoke in Denver on Monday.")
    assert got["Denver"].country_code == "US"


def test_a_place_before_a_police_department_stays(annotated):
    got = places(annotated, "Officers of the Toledo Police Department closed the road.")
    assert "Toledo" in got


def test_no_piece_of_a_state_inside_a_university_name_is_a_place(annotated):
    # the institution rule claims "North Carolina" of the university's name, so its piece
    # "Carolina" is not taken for a place either
    text = ("The agency sued the state, its governor, the North Carolina Department of Roads, "
            "and the University of North Carolina.")
    got = extract_places(annotated(text))
    assert not [p for p in got if p.start > text.index("University")]


def test_a_place_after_of_without_a_head_word_stays(annotated):
    got = places(annotated, "The people of Oregon voted on Tuesday.")
    assert got["Oregon"].feature == "admin1"


# --- a list of places of one kind -------------------------------------------------------

def test_list_of_countries_makes_a_member_the_country(annotated):
    got = places(annotated, "The senator from Ohio praised the firm's work for Cyprus, Georgia, India and Japan.")
    assert got["Georgia"].feature == "country" and got["Georgia"].country_code == "GE"
    assert got["Ohio"].feature == "admin1" and got["Ohio"].country_code == "US"


def test_list_of_states_makes_a_member_the_state():
    text = "Delegates met in Alabama, Georgia and Tennessee, while Poland and Latvia watched."
    spans = [(text.index(n), text.index(n) + len(n))
             for n in ("Alabama", "Georgia", "Tennessee", "Poland", "Latvia")]
    lat, lon = resolve_spans(text, spans, backoff=False)[1]
    assert 30 < lat < 35 and -86 < lon < -81  # the US state Georgia


def test_list_of_english_towns_overrides_a_member_taken_for_a_qualifier():
    text = "Branches opened in Leeds, Qzxton, Manchester, Sheffield and Liverpool."
    names = ("Leeds", "Qzxton", "Manchester", "Sheffield", "Liverpool")
    spans = [(text.index(n), text.index(n) + len(n)) for n in names]
    lat, lon = resolve_spans(text, spans, backoff=False)[2]
    assert 53 < lat < 54 and -3 < lon < -2  # Manchester, England


def test_a_name_with_its_qualifier_in_a_list_is_left_alone():
    text = "The tour stops in Paris, Texas, and in Dallas and Houston."
    spans = [(text.index(n), text.index(n) + len(n)) for n in ("Paris", "Texas", "Dallas", "Houston")]
    got = resolve_spans(text, spans, backoff=False)
    assert 33 < got[0][0] < 34.5 and -96 < got[0][1] < -95  # Paris, Texas
    assert 25 < got[1][0] < 37  # the state of Texas, not a town


def test_a_member_not_in_a_list_keeps_its_reading():
    text = "Georgia passed the law. Peru and Chile signed a treaty."
    spans = [(text.index(n), text.index(n) + len(n)) for n in ("Georgia", "Peru", "Chile")]
    got = resolve_spans(text, spans, backoff=False)
    before = resolve_spans("Georgia passed the law.", [(0, 7)], backoff=False)
    assert got[0] == before[0]


def test_list_joined_by_or_makes_a_member_the_state():
    text = "Delegates may meet in Alabama, Tennessee or Georgia, while Poland and Latvia watch."
    spans = [(text.index(n), text.index(n) + len(n))
             for n in ("Alabama", "Tennessee", "Georgia", "Poland", "Latvia")]
    lat, lon = resolve_spans(text, spans, backoff=False)[2]
    assert 30 < lat < 35 and -86 < lon < -81  # the US state Georgia


class _Member:
    def __init__(self, start, text, found):
        self.start, self.end, self.text = start, start + len(text), text
        self.found = [(p, "main") for p in found]
        self.place = found[0]


def _pl(name, feature, cc, pop=1000):
    return Place(feature, None, name, 0.0, 0.0, cc, name[:2].upper() if feature == "admin1" else "", pop)


def test_two_list_members_read_otherwise_both_take_the_shared_kind():
    # two members read as countries among three states: each turns to its state reading
    alpha_c, alpha_s = _pl("Alpha", "country", "AA"), _pl("Alpha", "admin1", "US")
    beta_c, beta_s = _pl("Beta", "country", "BB"), _pl("Beta", "admin1", "US")
    names = ("Alpha", "Beta", "Gamma", "Delta", "Omega")
    text = ", ".join(names)
    found = {"Alpha": [alpha_c, alpha_s], "Beta": [beta_c, beta_s]}
    run = [_Member(text.index(n), n, found.get(n) or [_pl(n, "admin1", "US")]) for n in names]
    same_kind_lists(run, text, lambda name: [])
    assert run[0].place is alpha_s and run[1].place is beta_s


def test_a_list_member_without_a_reading_of_the_shared_kind_keeps_its_own():
    names = ("Alpha", "Gamma", "Delta", "Omega")
    text = " and ".join(names)
    alpha = _pl("Alpha", "country", "AA")
    run = [_Member(text.index(n), n, [alpha] if n == "Alpha" else [_pl(n, "admin1", "US")])
           for n in names]
    same_kind_lists(run, text, lambda name: [])
    assert run[0].place is alpha
