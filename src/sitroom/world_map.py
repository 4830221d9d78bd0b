"""The world under sitroom's map: country outlines (Natural Earth 1:110m, public domain; see
``data/world/README.md``) loaded once, and drawn as SVG paths in the map's projection.

The projection is equirectangular with a standard parallel: x grows with longitude scaled by
``cos(parallel)``, y with latitude, so that a region far from the equator keeps its shape. The
outlines are clipped to the view (with a margin, so no clipped edge shows) and thinned to
whole pixels before they are written, so a regional map carries only the coasts and borders it
shows."""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

Point = tuple[float, float]


@dataclass(frozen=True)
class Country:
    name: str
    iso_a3: str
    cc: str  # ISO alpha-2, as the places' country_code
    label: Point  # (lon, lat) well inside the country's largest ring
    bbox: tuple[float, float, float, float]  # lon0, lat0, lon1, lat1
    rings: tuple[tuple[Point, ...], ...]  # (lon, lat) rings, closed; holes are rings too (even-odd)


@lru_cache(maxsize=1)
def countries() -> tuple[Country, ...]:
    """The countries of ``data/world/countries.json`` (built by scripts/build_world_map.py)."""
    raw = json.loads(
        resources.files("sitroom").joinpath("data/world/countries.json").read_text("utf-8")
    )
    out = []
    for c in raw["countries"]:
        rings = tuple(tuple(zip(r[0::2], r[1::2], strict=True)) for r in c["rings"])
        out.append(Country(c["name"], c["iso_a3"], c["cc"], (c["label"][0], c["label"][1]),
                           tuple(c["bbox"]), rings))
    return tuple(out)


def in_ring(p: Point, ring: Sequence[Point]) -> bool:
    """Whether p lies inside the closed ring (ray casting)."""
    hit = False
    for (x1, y1), (x2, y2) in zip(ring, ring[1:], strict=False):
        if (y1 > p[1]) != (y2 > p[1]) and p[0] < x1 + (p[1] - y1) * (x2 - x1) / (y2 - y1):
            hit = not hit
    return hit


def in_rings(p: Point, rings: Iterable[Sequence[Point]]) -> bool:
    """Even-odd rule over all rings (a hole is inside its outer ring and itself)."""
    return sum(in_ring(p, r) for r in rings) % 2 == 1


def country_at(lat: float, lon: float) -> Country | None:
    """The country whose outline holds the point, if any (the sea and lakes hold none)."""
    for c in countries():
        x0, y0, x1, y1 = c.bbox
        if x0 <= lon <= x1 and y0 <= lat <= y1 and in_rings((lon, lat), c.rings):
            return c
    return None


@dataclass(frozen=True)
class Projection:
    """Longitude/latitude window -> pixels of a ``width`` x ``height`` picture."""

    lon0: float
    lon1: float
    lat0: float
    lat1: float
    width: float
    height: float

    def xy(self, lat: float, lon: float) -> Point:
        return ((lon - self.lon0) / (self.lon1 - self.lon0) * self.width,
                (self.lat1 - lat) / (self.lat1 - self.lat0) * self.height)


def extent(points: list[Point], width: float, height: float) -> Projection:
    """The window around the (lat, lon) points with a margin, at least 5 x 3 degrees, inside
    the world, shaped to the picture once longitudes are scaled by the cosine of the middle
    latitude (the whole world, unscaled, when the points span it)."""
    lons = [p[1] for p in points]
    lats = [p[0] for p in points]
    lon0, lon1, lat0, lat1 = min(lons), max(lons), min(lats), max(lats)
    dlon = max(lon1 - lon0, 5.0) * 1.3
    dlat = max(lat1 - lat0, 3.0) * 1.3
    cx, cy = (lon0 + lon1) / 2, (lat0 + lat1) / 2
    # the parallel of true scale: the middle of the points, fading to the equator as the
    # window grows to half the world's height and more
    k = math.cos(math.radians(cy)) if dlat < 60 else 1.0
    k = max(k, 0.35)
    aspect = width / height  # of the picture, in scaled degrees
    if dlon * k / dlat < aspect:
        dlon = dlat * aspect / k
    else:
        dlat = dlon * k / aspect
    if dlon > 200.0:  # points across the world: the whole of it
        cx, dlon, dlat = 0.0, 360.0, min(180.0, 360.0 / aspect)
    dlat = min(dlat, 180.0)
    lo = min(max(cx - dlon / 2, -180.0), 180.0 - dlon)
    la = min(max(cy - dlat / 2, -90.0), 90.0 - dlat)
    return Projection(lo, lo + dlon, la, la + dlat, width, height)


def _clip(ring: Sequence[Point], box: tuple[float, float, float, float]) -> list[Point]:
    """Sutherland-Hodgman: the part of a ring inside the box (x0, y0, x1, y1)."""
    pts = list(ring)
    x0, y0, x1, y1 = box
    edges = (
        (lambda p: p[0] >= x0, lambda a, b: (x0, a[1] + (b[1] - a[1]) * (x0 - a[0]) / (b[0] - a[0]))),
        (lambda p: p[0] <= x1, lambda a, b: (x1, a[1] + (b[1] - a[1]) * (x1 - a[0]) / (b[0] - a[0]))),
        (lambda p: p[1] >= y0, lambda a, b: (a[0] + (b[0] - a[0]) * (y0 - a[1]) / (b[1] - a[1]), y0)),
        (lambda p: p[1] <= y1, lambda a, b: (a[0] + (b[0] - a[0]) * (y1 - a[1]) / (b[1] - a[1]), y1)),
    )
    for keep, cut in edges:
        if not pts:
            break
        out: list[Point] = []
        prev = pts[-1]
        for p in pts:
            if keep(p):
                if not keep(prev):
                    out.append(cut(prev, p))
                out.append(p)
            elif keep(prev):
                out.append(cut(prev, p))
            prev = p
        pts = out
    return pts


@dataclass(frozen=True)
class Shape:
    """A country as drawn: its SVG path data and, in pixels, its largest ring's box."""

    country: Country
    d: str
    box: tuple[float, float, float, float]
    ring: tuple[tuple[int, int], ...]  # the largest ring in view, in pixels


@lru_cache(maxsize=16)
def shapes(proj: Projection) -> list[Shape]:
    """The countries in the window, clipped, projected and rounded to whole pixels (points
    that fall on the pixel of the point before are dropped)."""
    mx = (proj.lon1 - proj.lon0) * 0.02
    my = (proj.lat1 - proj.lat0) * 0.02
    window = (proj.lon0 - mx, proj.lat0 - my, proj.lon1 + mx, proj.lat1 + my)
    out = []
    for c in countries():
        x0, y0, x1, y1 = c.bbox
        if x1 < window[0] or x0 > window[2] or y1 < window[1] or y0 > window[3]:
            continue
        parts, best, best_area = [], (0.0, 0.0, 0.0, 0.0), 0.0
        biggest: list[tuple[int, int]] = []
        for ring in c.rings:
            inside = ring if (window[0] <= x0 and x1 <= window[2] and window[1] <= y0
                              and y1 <= window[3]) else _clip(ring, window)
            px: list[tuple[int, int]] = []
            for lon, lat in inside:
                x, y = proj.xy(lat, lon)
                q = (round(x), round(y))
                if not px or q != px[-1]:
                    px.append(q)
            if len(px) > 1 and px[0] == px[-1]:
                px.pop()
            if len(px) < 3:
                continue
            area = abs(sum(a[0] * b[1] - b[0] * a[1] for a, b in zip(px, px[1:] + px[:1],
                                                                     strict=True))) / 2
            if area < 1.0:
                continue  # an island smaller than a pixel
            if area > best_area:
                xs, ys = [p[0] for p in px], [p[1] for p in px]
                best, best_area, biggest = (min(xs), min(ys), max(xs), max(ys)), area, px
            steps = "".join(f"l{b[0] - a[0]} {b[1] - a[1]}" for a, b in zip(px, px[1:], strict=False))
            parts.append(f"M{px[0][0]} {px[0][1]}{steps}z")
        if parts:
            out.append(Shape(c, "".join(parts), best, tuple(biggest)))
    return out


def outlines_svg(proj: Projection, lit: Iterable[str] = ()) -> tuple[str, list[Shape]]:
    """The land and borders as SVG: one path per country (``data-cc``), countries in ``lit``
    (alpha-2 codes, e.g. those with events) shaded a little darker. Returns the SVG and the
    shapes drawn (for their names)."""
    drawn = list(shapes(proj))
    lit = set(lit)
    shade = ' fill="#ece4d3"'
    paths = "".join(
        f'<path class="shape{" lit" * (s.country.cc in lit)}" data-cc="{s.country.cc}"'
        f'{shade if s.country.cc in lit else ""} d="{s.d}"/>'
        for s in drawn
    )
    svg = (
        '<g class="countries" fill="#f7f4ec" stroke="#a9b1bc" stroke-width=".7" '
        f'stroke-linejoin="round" fill-rule="evenodd">{paths}</g>'
    )
    return svg, drawn


def _seg_dist(p: Point, a: Point, b: Point) -> float:
    dx, dy = b[0] - a[0], b[1] - a[1]
    if dx == dy == 0:
        return math.hypot(p[0] - a[0], p[1] - a[1])
    t = max(0.0, min(1.0, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / (dx * dx + dy * dy)))
    return math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy)


def _spots(s: Shape, proj: Projection) -> Iterator[Point]:
    """Where a country's name may go: its label point when in view, then (worked out only
    if asked for) the points of a coarse grid over its largest ring in view, farthest from
    the ring's edge first."""
    x, y = proj.xy(s.country.label[1], s.country.label[0])
    if 0 <= x <= proj.width and 0 <= y <= proj.height:
        yield x, y
    ring = [(float(a), float(b)) for a, b in s.ring]
    ring.append(ring[0])
    x0, y0, x1, y1 = s.box
    grid = [(x0 + (x1 - x0) * i / 9, y0 + (y1 - y0) * j / 7) for i in range(1, 9) for j in range(1, 7)]
    inner = [p for p in grid if in_ring(p, ring)]
    inner.sort(key=lambda p: -min(_seg_dist(p, a, b) for a, b in zip(ring, ring[1:], strict=False)))
    yield from inner[:4]


def names_svg(drawn: list[Shape], proj: Projection, taken: list[tuple[float, float, float, float]],
              esc: Any) -> str:
    """Country names, largest country first, where the name fits inside the country's largest
    ring in view and overlaps no box of ``taken`` (which it extends)."""
    out = []
    for s in sorted(drawn, key=lambda s: -(s.box[2] - s.box[0]) * (s.box[3] - s.box[1])):
        name = s.country.name.upper()
        half = 4.2 * len(name)
        if 2 * half > s.box[2] - s.box[0] + 8 or s.box[3] - s.box[1] < 16:
            continue  # too small to hold its name at this scale
        for x, y in _spots(s, proj):
            box = (x - half, y - 6, x + half, y + 8)
            if (
                box[0] < 0 or box[2] > proj.width or box[1] < 2 or box[3] > proj.height - 16
                or any(box[0] < b[2] and b[0] < box[2] and box[1] < b[3] and b[1] < box[3]
                       for b in taken)
            ):
                continue
            taken.append(box)
            out.append(f'<text class="country" x="{x:.0f}" y="{y + 4:.0f}" fill="#8a8f98" '
                       f'font-size="11" text-anchor="middle">{esc(name)}</text>')
            break
    return "".join(out)
