"""Toponym resolution evaluation on LGL (Lieberman, Samet & Sankaranarayanan 2010), scored as
in Gritta et al. (2018).

Data: ``lgl.xml`` (or a directory holding it): ``<article>`` elements with ``<text>`` and
``<toponyms><toponym><start/><end/><phrase/><gaztag geonameid=..><lat/><lon/>..``. Every gold
toponym with coordinates is resolved from its gold span, with the article's other gold
toponyms as context (:func:`sitroom.extract.places.resolve_spans`); a name the gazetteer
lacks is put at the article's focus, its most often named town or county.

Figures: error = great-circle km on a sphere of radius 6371 km, an unresolved toponym
counting 20,039 km; ``acc_161`` = share of errors below 161 km; ``mean_error_km``; ``auc`` =
area under the ascending curve of ln(1 + error) by the trapezoid rule with unit spacing,
divided by ln(20039) x (n - 1) (lower is better).
"""

from __future__ import annotations

import math
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError
from ..extract.gazetteer import haversine

UNRESOLVED_KM = 20039.0


@dataclass(frozen=True)
class Toponym:
    start: int
    end: int
    lat: float | None
    lon: float | None


@dataclass(frozen=True)
class Article:
    docid: str
    text: str
    toponyms: tuple[Toponym, ...]


def _file(data: Path) -> Path:
    path = Path(data)
    if path.is_dir():
        path = path / "lgl.xml"
    if not path.is_file():
        raise InputError(str(path), "no LGL file here",
                         "give the lgl.xml file or the folder that holds it (geo-lgl)")
    return path


def load(data: Path) -> list[Article]:
    """The articles of an LGL XML file (or of the ``lgl.xml`` in directory ``data``)."""
    path = _file(data)
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as exc:
        raise InputError(str(path), f"not well-formed XML ({exc})", "use LGL's lgl.xml") from exc
    arts = []
    for a in root.iter("article"):
        tops = []
        for t in a.iter("toponym"):
            try:
                s, e = int(t.findtext("start") or ""), int(t.findtext("end") or "")
            except (TypeError, ValueError) as exc:
                raise InputError(str(path), f"toponym without start/end in article {a.get('docid')}",
                                 "use LGL's lgl.xml") from exc
            g = t.find("gaztag")
            lat = lon = None
            if g is not None and (glat := g.findtext("lat")) and (glon := g.findtext("lon")):
                lat, lon = float(glat), float(glon)
            tops.append(Toponym(s, e, lat, lon))
        arts.append(Article(a.get("docid", ""), a.findtext("text") or "", tuple(tops)))
    if not arts:
        raise InputError(str(path), "no <article> elements", "use LGL's lgl.xml")
    return arts


def score(errors: list[float]) -> dict:
    """acc@161, mean error and AUC of a list of errors in km (see the module docstring)."""
    n = len(errors)
    if n == 0:
        return {"acc_161": 0.0, "mean_error_km": 0.0, "auc": 0.0, "n": 0}
    ys = [math.log1p(e) for e in sorted(errors)]
    if n == 1:
        auc = ys[0] / math.log(UNRESOLVED_KM)
    else:
        area = sum((a + b) / 2 for a, b in zip(ys, ys[1:]))
        auc = area / (math.log(UNRESOLVED_KM) * (n - 1))
    return {
        "acc_161": sum(e < 161 for e in errors) / n,
        "mean_error_km": sum(errors) / n,
        "auc": auc,
        "n": n,
    }


def errors_of(gold: list[tuple[float, float]], pred: list[tuple[float, float] | None]) -> list[float]:
    """Great-circle error of each prediction against its gold point (None: 20,039 km)."""
    return [UNRESOLVED_KM if p is None else haversine(g[0], g[1], p[0], p[1])
            for g, p in zip(gold, pred)]


def evaluate(data: Path, limit: int | None = None, part: str = "all", mode: str = "spans",
             backoff: bool = True) -> dict:
    """Score LGL toponym resolution: the figures of :func:`score` plus ``n_unresolved`` and
    ``n_articles``. ``limit`` keeps the first N articles (of the ``part``: "all", or
    "even"/"odd" for the alternate halves used to check tuning).

    ``mode="spans"`` (the benchmark's setting) resolves the gold spans, a name the gazetteer
    lacks at the article's focus when ``backoff`` (see
    :func:`~sitroom.extract.places.resolve_spans`); ``mode="extract"``
    runs the whole pipeline (annotation and :func:`~sitroom.extract.places.extract_places`):
    a gold toponym counts as resolved by the extracted place overlapping it (else 20,039 km),
    and recognition ``precision``/``recall``/``f1`` (overlap match) are added."""
    from ..extract.places import resolve_spans

    arts = load(data)
    if part in ("even", "odd"):
        arts = arts[part == "odd" :: 2]
    elif part != "all":
        raise InputError(part, "unknown part", "use all, even or odd")
    if mode not in ("spans", "extract"):
        raise InputError(mode, "unknown mode", "use spans or extract")
    if limit is not None:
        arts = arts[:limit]
    errors: list[float] = []
    unresolved = 0
    predicted = matched_pred = matched_gold = n_gold = 0
    extracted = _extract_all(arts) if mode == "extract" else None
    for k, a in enumerate(arts):
        if extracted is None:
            pred = resolve_spans(a.text, [(t.start, t.end) for t in a.toponyms], backoff=backoff)
        else:
            places = extracted[k]
            predicted += len(places)
            matched_pred += sum(any(p[0] < t.end and t.start < p[1] for t in a.toponyms) for p in places)
            pred = []
            for t in a.toponyms:
                hit = next((p for p in places if p[0] < t.end and t.start < p[1]), None)
                n_gold += 1
                matched_gold += hit is not None
                pred.append(hit[2] if hit else None)
        for t, p in zip(a.toponyms, pred):
            if t.lat is None or t.lon is None:  # both are given or neither
                continue
            unresolved += p is None
            errors.extend(errors_of([(t.lat, t.lon)], [p]))
    out = score(errors)
    out["n_unresolved"] = unresolved
    out["n_articles"] = len(arts)
    if extracted is not None:
        prec = matched_pred / predicted if predicted else 0.0
        rec = matched_gold / n_gold if n_gold else 0.0
        out["precision"], out["recall"] = prec, rec
        out["f1"] = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return out


def _extract_all(arts: list[Article]) -> list[list[tuple[int, int, tuple[float, float] | None]]]:
    """(start, end, coordinates) of the places extracted from each article."""
    from ..annotate import annotate
    from ..extract.places import extract_places
    from ..model import Document

    docs = [Document(id=a.docid or str(i), text=a.text) for i, a in enumerate(arts)]
    out = []
    for adoc in annotate(docs):
        out.append([(p.start, p.end, (p.lat, p.lon) if p.lat is not None and p.lon is not None else None)
                    for p in extract_places(adoc)])
    return out


def format_text(result: dict) -> str:
    """A short table of the figures."""
    extra = [f"{k:<14} {result[k]:8.3f}" for k in ("precision", "recall", "f1") if k in result]
    return "\n".join(extra + [
        f"LGL toponym resolution: {result.get('n_articles', '?')} articles, "
        f"{result['n']} toponyms ({result.get('n_unresolved', 0)} unresolved)",
        f"{'acc@161':<14} {result['acc_161']:8.3f}",
        f"{'mean error km':<14} {result['mean_error_km']:8.1f}",
        f"{'AUC':<14} {result['auc']:8.3f}",
    ])
