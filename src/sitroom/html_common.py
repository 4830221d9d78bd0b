"""What the HTML pieces share: colours and caps, the inlined assets, badges and emphasis."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from typing import Any

from .model import CERTAINTIES
from .report_text import esc


CERTAINTY_ORDER = CERTAINTIES  # the scale, most certain first
QUAD_CLASSES = ("verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict")
QUAD_COLOUR = {
    "verbal_cooperation": "#4d9d5a",
    "material_cooperation": "#1b6b34",
    "verbal_conflict": "#e08a1e",
    "material_conflict": "#b2202f",
}
OTHER_COLOUR = "#8a93a0"
MAX_NETWORK_NODES = 50
# the file report of a large archive stays a file a browser opens: at most this many rows per
# list (the best-sourced ones) and report texts (those the shown rows cite first); the rest
# is a `sitroom serve` page or an export away
MAX_FILE_ROWS = 1500
MAX_FILE_DOCS = 1000
MAX_NAMED_OUTLETS = 12  # outlets named in the summary's first line

@lru_cache(maxsize=1)
def asset(name: str) -> str:
    """The text of a file in ``sitroom/web/static`` (the style sheet or the script)."""
    return resources.files("sitroom.web").joinpath("static", name).read_text(encoding="utf-8")


def emphasise(text: str, words: str | None) -> str:
    """Escaped text with the first whole-word occurrence of ``words`` (e.g. an event's
    trigger) in bold."""
    if words:
        m = re.search(rf"(?<!\w){re.escape(words)}(?!\w)", text, re.IGNORECASE)
        if m:
            return f"{esc(text[: m.start()])}<b>{esc(m.group())}</b>{esc(text[m.end() :])}"
    return esc(text)


def badge(kind: str, value: str | None) -> str:
    if not value:
        return ""
    prefix = "c" if kind == "certainty" else "q"
    label = value.replace("_", " ")
    return f'<span class="badge {prefix}-{esc(value)}">{esc(label)}</span>'


def _hedge(e: dict[str, Any]) -> str:
    out = "" if e.get("certainty") in (None, "asserted") else badge("certainty", e["certainty"])
    if e.get("polarity") == "negative":
        out += ' <span class="neg">negated</span>'
    return out


def filter_value(text: str | None) -> str:
    """A value of a row's ``data-<key>`` list (values are ``|``-separated)."""
    return " ".join((text or "").replace("|", "/").split())


def filter_bar(rows: str, selects: list[tuple[str, str, list[tuple[str, int]]]],
               placeholder: str, total: int) -> str:
    """Filters over the rows matching the CSS selector ``rows`` (done in the page by
    sitroom.js): one ``<select>`` per (key, label, [(value, count)]) keeping the rows whose
    ``data-<key>`` holds the chosen value, and a text box keeping the rows containing its
    text."""
    parts = [f'<div class="rowfilter" data-rows="{esc(rows)}">']
    for key, label, values in selects:
        if len(values) < 2:
            continue
        options = "".join(f'<option value="{esc(val)}">{esc(short_label(val))} ({n})</option>'
                          for val, n in values)
        parts.append(f'<label>{esc(label)} <select data-key="{esc(key)}">'
                     f'<option value="">all</option>{options}</select></label>')
    parts.append(f'<input type="search" placeholder="{esc(placeholder)}">'
                 f'<span class="shown muted small">{total:,} shown</span></div>')
    return "".join(parts)


def short_label(text: str, n: int = 48) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"
