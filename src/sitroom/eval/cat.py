"""Token-annotated CAT XML (MEANTIME, as distributed): one reader of the file and its tokens
for the evaluations that score on it (factuality, anchoring, actors)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from ..errors import InputError


def cat_root(path: Path) -> ET.Element:
    """The parsed CAT file at ``path`` (an ``InputError`` naming it when it is unreadable)."""
    try:
        return ET.parse(path).getroot()
    except (OSError, ET.ParseError) as exc:
        raise InputError(str(path), f"not a readable CAT XML file ({exc})",
                         "give the MEANTIME CAT files as distributed") from exc


def cat_tokens(root: ET.Element, strip: bool = False
               ) -> tuple[list[str], list[int], dict[str | None, int]]:
    """The file's tokens, their sentence numbers, and token id -> index."""
    toks: list[str] = []
    sents: list[int] = []
    ids: dict[str | None, int] = {}
    for t in root.iter("token"):
        ids[t.get("t_id")] = len(toks)
        text = t.text or ""
        toks.append(text.strip() if strip else text)
        sents.append(int(t.get("sentence", "0")))
    return toks, sents, ids
