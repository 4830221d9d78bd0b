"""Extract: pure functions over one AnnotatedDoc, producing one Extraction.

Each component declares what it requires and what it assigns:

=========  ==============================  =====================
component  requires                        assigns
=========  ==============================  =====================
actors     tokens, ents, parse             Extraction.actors
places     ents                            Extraction.places
times      text, published, updates        Extraction.times
quotes     tokens, parse, actors           Extraction.quotes
claims     sents, parse, actors, quotes    Extraction.claims
events     parse, actors, places, times    Extraction.events
happenings parse, actors, times            Extraction.happenings
=========  ==============================  =====================
"""

from __future__ import annotations

from ..model import AnnotatedDoc, Extraction


def extract(adoc: AnnotatedDoc) -> Extraction:
    """All records of one annotated document. Pure: same input, same output."""
    from .actors import extract_actors
    from .claims import extract_claims
    from .events import extract_events
    from .happenings import extract_happenings
    from .places import extract_places
    from .quotes import extract_quotes
    from ..lang.times import entry_times
    from .times import extract_times

    actors = extract_actors(adoc)
    places = extract_places(adoc)
    times = entry_times(adoc, extract_times(adoc))  # live-blog entries in other languages
    quotes = extract_quotes(adoc, actors)
    claims = extract_claims(adoc, actors, quotes)
    events = extract_events(adoc, actors, places, times)
    return Extraction(
        doc=adoc.doc.id,
        actors=actors,
        places=places,
        times=times,
        events=events,
        quotes=quotes,
        claims=claims,
        sentences=tuple((s.start_char, s.end_char) for s in adoc.sents),
        happenings=extract_happenings(adoc, actors, times),
    )
