"""Claims denied told as rejections (round 21, second wave, from the wrong classes of draw AE
that recur in earlier draws; issue 15 item 2):

* **a claim denied**: a verb of denying coded REJECT whose complement is a clause or a gerund,
  with no object and no one rejected ("denied that soldiers were on active duty", "denied
  taking part in the meeting"): words about a claim, nothing proposed or asked is rejected
  ("denied the request", "denied him a visa" stay).

The word classes live in ``data/event_words.json`` (round 21's table)."""

from __future__ import annotations

from ..model import AnnotatedDoc
from .events_base import Candidate, Check, _kids, _lem, first_reason
from .events_words import words


def denial(adoc: AnnotatedDoc, c: Candidate) -> bool:
    """A verb of denying whose complement is a clause or a gerund, no object, no one rejected."""
    w = words()
    v = c.token
    if (c.event.type not in w["denial_types"] or _lem(adoc.tokens[v]) not in w["denial_verbs"]
            or c.recipient_span is not None or _kids(adoc, v, "dobj", "dative")):
        return False
    return any(adoc.tokens[k].dep == "ccomp" or adoc.tokens[k].tag == "VBG"
               for k in _kids(adoc, v, *w["denial_links"]))


_DENIALS: tuple[tuple[Check, str], ...] = (
    (denial, "denial"),
)


def denial_misfit(adoc: AnnotatedDoc, c: Candidate) -> str | None:
    """The round-21 second-wave class that makes candidate ``c`` no act, or None."""
    return first_reason(_DENIALS, adoc, c)
