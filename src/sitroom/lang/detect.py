"""The language of a text, offline, with lingua (its models ship in the package).

The detector is built once per process for the languages listed in
``data/lang/languages.json`` only (a smaller candidate set is faster, smaller in memory
and more accurate than all 75 languages); models load lazily, per script met. Report-length
text uses lingua's low-accuracy mode (trigrams), short text the full models. A text
without enough letters, or whose best language is not confident enough, is ``"und"``
(undetermined): never an error, and analysed partially downstream.
"""

from __future__ import annotations

import dataclasses
import json
from functools import lru_cache
from importlib import resources

from ..model import Update

UNDETERMINED = "und"


@lru_cache(maxsize=1)
def settings() -> dict:
    """The language table (``data/lang/languages.json``), loaded once."""
    text = resources.files("sitroom.data").joinpath("lang/languages.json").read_text("utf-8")
    return json.loads(text)


@lru_cache(maxsize=2)
def _detector(fast: bool):
    """lingua for the listed languages; ``fast``: its low-accuracy mode (trigram models),
    as accurate on report-length text and far smaller and quicker to load."""
    from lingua import IsoCode639_1, LanguageDetectorBuilder

    codes = [IsoCode639_1.from_str(c) for c in settings()["detect"]]
    builder = LanguageDetectorBuilder.from_iso_codes_639_1(*codes)
    return (builder.with_low_accuracy_mode() if fast else builder).build()


def _letters(text: str) -> int:
    return sum(ch.isalpha() for ch in text)


def detect(text: str) -> str:
    """The ISO 639-1 code of ``text``'s language, or ``"und"``."""
    return detect_with_confidence(text)[0]


def detect_with_confidence(text: str) -> tuple[str, float]:
    """(language code or ``"und"``, the detector's confidence in it)."""
    table = settings()
    if _letters(text) < table["min_letters"]:
        return UNDETERMINED, 0.0
    text = text[:4000]
    fast = len(text.strip()) >= table["fast_min_chars"]
    values = _detector(fast).compute_language_confidence_values(text)
    if not values or values[0].value < table["min_confidence"]:
        return UNDETERMINED, values[0].value if values else 0.0
    return values[0].language.iso_code_639_1.name.lower(), values[0].value


def language_of(text: str, given: str | None = None) -> str:
    """The language a report is stored with: the user's ``given`` language wins (lower-cased,
    its region dropped: ``pt-BR`` -> ``pt``); else the detected one."""
    if given and given.strip():
        return given.strip().lower().replace("_", "-").split("-")[0]
    return detect(text)


def spans(text: str, bounds: list[tuple[int, int]]) -> list[str]:
    """The language of each (start, end) span of ``text`` (live-blog entries that mix
    languages)."""
    return [detect(text[s:e]) for s, e in bounds]


def entry_languages(text: str, updates: tuple[Update, ...], language: str
                    ) -> tuple[Update, ...]:
    """Live-blog entries with their own language where it differs from the document's
    ``language`` (a blog that posts in English and in Russian). Only entries long enough
    for the fast detector (``fast_min_chars``) are told: a short entry, or an undetermined
    one, stays in its document's language."""
    if len(updates) < 2:
        return updates
    least = settings()["fast_min_chars"]
    out = []
    for u in updates:
        body = text[u.start:u.end]
        lang = detect(body) if len(body.strip()) >= least else UNDETERMINED
        own = lang if lang not in (UNDETERMINED, language) else ""
        out.append(dataclasses.replace(u, language=own) if own != u.language else u)
    return tuple(out)


def analysis(language: str) -> str:
    """How a language is analysed: ``"full"`` (a pipeline of its own) or ``"partial"``."""
    return "full" if language in settings()["full"] else "partial"


def language_note(language: str) -> str:
    """How a report's language shows in the report: its code, or ``partial analysis
    (language xx)`` when sitroom has no full pipeline for it."""
    if analysis(language) == "full":
        return language
    return f"partial analysis (language {language})"
