"""A second look at the documents that joined a story narrowly (:mod:`sitroom.link.stories`).

A document joins the story it is most like among those open when it arrives. The first report
of a new situation that arrives while only a neighbouring story is open (two stories of one
kind: a hostage taking and a UN resolution on the same group) can join that story at a
similarity just over the threshold, and its copies follow it; the reports of its own
situation arriving later open a story of their own. After the documents are in, each one that
joined below ``WEAK_JOIN`` (:mod:`sitroom.link.stories`) is compared again with every story:
with its own as the other documents of it make it (the document itself taken out) and with the
others as they are. It moves, with its copies, to another story that it is more like by
``RECHECK_MARGIN`` at least (and at least the joining threshold). The stories' running state
is not changed (the next document arriving meets the stories as they were built), only the
grouping given; a story's first document never moves (the story keeps its id).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .stories import Stories

RECHECK_MARGIN = 0.15  # how much more like another story a narrow joiner must be to move


def recheck_weak(stories: Stories, texts: dict[str, str], terms: dict[str, list[str]],
                 original: dict[str, str]) -> dict[str, str]:
    """``stories.story_of`` with each narrow joiner (and its copies) moved to the story it is
    clearly more like; ``original``: doc id -> the original it copies (or itself)."""
    story_of = stories.story_of
    moved: dict[str, str] = {}
    for doc in stories.weak:
        own = story_of.get(doc)
        if own is None or own == "story:" + doc or stories.size(own) < 2:
            continue
        dots = stories.dots(texts.get(doc, ""), terms.get(doc, ()))
        # its own story without it (its unit vector is in the story's sum)
        mine = (dots.get(own, 0.0) - 1.0) / (stories.size(own) - 1)
        others = sorted((-dot / stories.size(sid), stories.opened(sid), sid)
                        for sid, dot in dots.items() if sid != own)
        if others and -others[0][0] >= max(mine + RECHECK_MARGIN, stories.threshold):
            moved[doc] = others[0][2]  # on a tie, the older story
    if not moved:
        return story_of
    return {d: moved.get(original.get(d, d), s) for d, s in story_of.items()}
