"""A bare country name is the country, and a world city beats a small namesake, unless the
report supports the town beside the name (``places_document.country_over_towns``,
``world_city_over_towns``, ``_namesake_support``). Hand-written sentences, resolved with
``resolve_spans`` as a document."""

from sitroom.extract.places import resolve_spans

FILLER = " The meeting ran long and the speakers took questions from the floor afterwards." * 5


def _resolve(text, names):
    spans = []
    for n in names:
        i = text.index(n, spans[-1][1] if spans else 0)
        spans.append((i, i + len(n)))
    return dict(zip(names, resolve_spans(text, spans, backoff=False)))


def _in_europe(pt):
    return pt is not None and pt[0] > 35 and pt[1] > 0


def _in_us(pt):
    return pt is not None and 24 < pt[0] < 50 and -125 < pt[1] < -66


def test_country_name_is_the_country_though_its_towns_state_is_named_far_away():
    text = ("Voters in Ohio and Michigan heard the candidates in Cleveland." + FILLER
            + " The senator wants new sanctions on Lebanon.")
    got = _resolve(text, ["Ohio", "Michigan", "Cleveland", "Lebanon"])
    assert not _in_us(got["Lebanon"])


def test_country_name_is_the_town_when_its_county_is_named_beside_it():
    text = "The fair in Lebanon drew crowds from across Warren County, Ohio, on Saturday."
    got = _resolve(text, ["Lebanon", "Warren County", "Ohio"])
    assert _in_us(got["Lebanon"])


def test_country_name_is_the_town_when_its_state_is_written_after_it():
    got = _resolve("The council of Poland, Maine, voted on Monday.", ["Poland", "Maine"])
    assert _in_us(got["Poland"])


def test_country_name_is_the_town_of_a_local_report_naming_its_neighbours():
    text = ("Police in Lebanon said the crash closed the road to Annville." + FILLER
            + " Officers from Lebanon stayed at the scene.")
    got = _resolve(text, ["Lebanon", "Annville", "Lebanon"])
    assert _in_us(got["Lebanon"])


def test_a_neighbouring_state_named_beside_a_country_name_is_no_support():
    text = "The governor campaigned in New Hampshire, then praised the schools of Norway."
    got = _resolve(text, ["New Hampshire", "Norway"])
    assert _in_europe(got["Norway"])


def test_city_state_name_stays_in_its_country():
    got = _resolve("Talks resume in Singapore next week.", ["Singapore"])
    assert got["Singapore"] is not None and abs(got["Singapore"][0] - 1.3) < 1


def test_world_city_namesake_kept_when_its_state_is_named_beside_it():
    text = "The village of Warsaw in eastern Ohio opened a new library on Friday."
    got = _resolve(text, ["Warsaw", "Ohio"])
    assert _in_us(got["Warsaw"])


def test_country_name_before_a_noun_of_people_keeps_its_towns():
    # "a Lebanon woman": a country's people are written with its demonym
    text = "A Lebanon woman was charged on Thursday, police said." + FILLER + " Visit Indiana."
    got = _resolve(text, ["Lebanon", "Indiana"])
    assert _in_us(got["Lebanon"])


def test_country_name_before_a_noun_that_is_no_person_is_the_country():
    text = "A Lebanon policy was debated on Thursday." + FILLER + " Visit Indiana and Ohio."
    got = _resolve(text, ["Lebanon", "Indiana", "Ohio"])
    assert not _in_us(got["Lebanon"])


def test_world_city_namesake_kept_in_a_report_naming_one_state_only():
    # a local report: its one state, named far from the name, supports the small town
    text = ("Two Paris residents were charged with speeding." + FILLER
            + " The case goes to a court in Kentucky.")
    got = _resolve(text, ["Paris", "Kentucky"])
    assert _in_us(got["Paris"])


def test_world_city_beats_the_village_when_several_states_are_named_far_away():
    text = ("Voters in Ohio and Michigan heard the candidates in Cleveland." + FILLER
            + " The allies will meet in Warsaw in July.")
    got = _resolve(text, ["Ohio", "Michigan", "Cleveland", "Warsaw"])
    assert _in_europe(got["Warsaw"])
