"""Time expressions in languages the English TIMEX tagger does not read, found and
normalised by dateparser (which knows 200+ locales) against the report's publication time.

Values follow the tagger's conventions at day precision (``2026-03-14``) or minute
precision when the expression gives a clock time (``2026-03-14T05:37``); relative days
("вчера", "hier") are anchored on the publication date.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from ..model import AnnotatedDoc, TimeMention

_CLOCK = re.compile(r"\d{1,2}[:.h]\d{2}")


def _base(published: str | None) -> datetime | None:
    if not published:
        return None
    try:
        return datetime.fromisoformat(published).replace(tzinfo=None)
    except ValueError:
        return None


def _period(surface: str, lang: str | None, settings: dict, when: datetime
            ) -> tuple[datetime, str]:
    """dateparser's reading of an expression: its date and period (day, week, month, year
    or time); ``when`` and "day" if it does not parse alone."""
    from dateparser.date import DateDataParser

    try:
        data = DateDataParser(languages=[lang] if lang else None, settings=settings
                              ).get_date_data(surface)
    except Exception:  # noqa: BLE001  (dateparser on odd input: the search result stands)
        return when, "day"
    if data.date_obj is None:
        return when, "day"
    return data.date_obj.replace(tzinfo=None), data.period or "day"


def _trimmed(start: int, surface: str, lang: str | None, settings: dict
             ) -> tuple[int, str | None]:
    """The expression without the short lower-case words dateparser took along at either
    end ("się w sobotę" -> "sobotę", "sábado en" -> "sábado"); a word that is itself a
    date stays."""
    from dateparser import parse

    words = list(re.finditer(r"\S+", surface))

    def junk(w: str) -> bool:
        w = w.strip(" ,.;:")
        return (len(w) <= 4 and w.isalpha() and w.islower()
                and parse(w, languages=[lang] if lang else None, settings=settings) is None)

    while words and junk(words[0].group()):
        words.pop(0)
    while words and junk(words[-1].group()):
        words.pop()
    if not words:
        return start, None
    return start + words[0].start(), surface[words[0].start():words[-1].end()].strip(" ,.;:")


def foreign_times(adoc: AnnotatedDoc) -> tuple[TimeMention, ...]:
    """The time expressions of a report in another language, in text order."""
    doc = adoc.doc
    lang = doc.language if doc.language not in ("und", "") else None
    return _search(adoc, 0, len(doc.text), lang, _base(doc.published))


def entry_times(adoc: AnnotatedDoc, found: tuple[TimeMention, ...]) -> tuple[TimeMention, ...]:
    """The times of a report whose live-blog entries include some in another language
    (``Update.language``): ``found`` (the report's own tagger's) outside those entries, and
    dateparser's in each of them, in that entry's language, against the entry's date (else
    the report's publication date). ``found`` unchanged when no entry has a language of its own."""
    doc = adoc.doc
    own = [u for u in doc.updates if u.language and u.language != doc.language]
    if not own:
        return found
    # an entry's header ("UPDATE 09:40 CET") stays the report tagger's reading
    body = [(u.start + len(u.label), u) for u in own]
    kept = [t for t in found if not any(b <= t.start < u.end for b, u in body)]
    for b, u in body:
        base = _base(u.timestamp[:10]) if re.match(r"\d{4}-\d{2}-\d{2}", u.timestamp) else None
        lang = u.language if u.language != "und" else None
        kept += _search(adoc, b, u.end, lang, base or _base(doc.published))
    return tuple(sorted(kept, key=lambda t: t.start))


def _search(adoc: AnnotatedDoc, begin: int, stop: int, lang: str | None,
            base: datetime | None) -> tuple[TimeMention, ...]:
    """dateparser's time expressions in ``adoc.text[begin:stop]``, offsets in the report."""
    from dateparser.search import search_dates

    doc = adoc.doc
    text = doc.text[begin:stop]
    settings: dict[str, Any] = {"RETURN_AS_TIMEZONE_AWARE": False}
    if base is not None:
        settings["RELATIVE_BASE"] = base
    try:
        found = search_dates(text, languages=[lang] if lang else None,
                             settings=settings) or []
    except Exception:  # noqa: BLE001  (an unsupported locale or odd text: no times, never a failure)
        return ()
    out, pos = [], 0
    for surface, when in found:
        start = text.find(surface, pos)
        if start < 0:
            continue
        pos = start + len(surface)
        start, surface = _trimmed(start, surface, lang, settings)
        if surface is None or surface.isdigit() or (
                len(surface) <= 3 and not re.search(r"\d", surface)):
            continue  # a bare number or a short word ("Die" read as Dienstag) is no date
        clock = bool(_CLOCK.search(surface))
        when, period = _period(surface, lang, settings, when)
        if clock:
            value, precision = when.strftime("%Y-%m-%dT%H:%M"), "minute"
        else:
            fmt = {"month": "%Y-%m", "year": "%Y"}.get(period, "%Y-%m-%d")
            value, precision = when.strftime(fmt), period if period in ("month", "year") else "day"
        has_date = bool(re.search(r"\d", surface)) and not clock
        anchor = "none" if has_date and re.search(r"\d{4}", surface) else "published"
        at = begin + start
        out.append(TimeMention(doc.id, at, at + len(surface),
                               adoc.sent_at(at) if adoc.sents else 0, surface,
                               "TIME" if clock else "DATE", value, precision, anchor))
    return tuple(out)
