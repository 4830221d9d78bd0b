"""Universal Dependencies annotation mapped onto the labels sitroom's extractors read
(``data/lang/ud_to_sitroom.json``): pure functions over strings, used by annotate for
every non-English pipeline."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def table() -> dict:
    text = resources.files("sitroom.data").joinpath("lang/ud_to_sitroom.json").read_text("utf-8")
    return json.loads(text)


def dep(rel: str) -> str:
    """A UD relation as sitroom's label (``obj`` -> ``dobj``, ``nsubj:pass`` -> ``nsubjpass``)."""
    deps = table()["deps"]
    rel = rel or "dep"
    return deps.get(rel) or deps.get(rel.split(":")[0]) or rel


def tag(pos: str, morph: str) -> str:
    """A Penn-style tag from a UD POS and its features (``VERB`` + ``Tense=Past`` -> ``VBD``)."""
    base = table()["tags"].get(pos, "XX")
    feats = set(morph.split("|")) if morph else set()
    for feat, refined in table()["tag_features"].get(base, {}).items():
        if feat in feats:
            return refined
    return base


def entity(label: str) -> str:
    return table()["entities"].get(label, label)
