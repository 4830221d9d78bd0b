"""Token-annotated CAT XML (MEANTIME, as distributed): one reader of the file, its tokens and
its event-in-time links for the evaluations that score on it (factuality, anchoring, actors,
timelines)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Collection, Iterator, Mapping
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


# a TLINK saying its event lies in its time: (which end is the time, relation type)
_IN_TIME = {("timex", "INCLUDES"), ("timex", "SIMULTANEOUS"), ("event", "IS_INCLUDED"),
            ("event", "SIMULTANEOUS"), ("event", "DURING")}


def link_ends(link: ET.Element) -> tuple[str, str] | None:
    """The ``m_id`` of a link's source and target, or None when it lacks one."""
    src, tgt = link.find("source"), link.find("target")
    if src is None or tgt is None:
        return None
    return src.get("m_id", ""), tgt.get("m_id", "")


def events_in_times(root: ET.Element, events: Collection[str], timex: Mapping[str, object]
                    ) -> Iterator[tuple[str, str]]:
    """(event m_id, time m_id) of every TLINK of ``root`` saying an event of ``events`` lies
    in (includes, simultaneous with, during) a time of ``timex``, in document order."""
    for link in root.iter("TLINK"):
        ends, rel = link_ends(link), link.get("reltype", "")
        if ends is None:
            continue
        a, b = ends
        if a in timex and b in events and ("timex", rel) in _IN_TIME:
            yield b, a
        elif a in events and b in timex and ("event", rel) in _IN_TIME:
            yield a, b
