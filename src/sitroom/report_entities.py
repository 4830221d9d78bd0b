"""The situation report's actors, places, quotes, claims by certainty and each outlet's
framing."""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any
from collections.abc import Iterable

from .html_report import as_said
from .link.framing import (MIN_TERM_COUNT, MIN_WORDS, profiled, telling_omissions,
                           telling_terms)
from .model import CERTAINTY_TITLE
from .report_text import distinct_roles, quoted, via_medium
from .report_events import _more
from .report_view import (CERTAINTY_ORDER, MAX_FRAMING_TERMS, MAX_FRAMING_TONE, MAX_OMITTED_CLAIMS,
                          MAX_ROWS, _View, _md, _text)


def _not_an_actor(v: _View, a: dict[str, Any]) -> bool:
    """See :meth:`PictureView.not_an_actor`."""
    return v.not_an_actor(a)


def _actors(v: _View) -> list[str]:
    """The actors table, most reported first; generic phrases, towns and the outlets
    themselves are left to the export."""
    shown = [a for a in v.picture.get("actors", []) if not _not_an_actor(v, a)]
    out = ["## Actors", "", "| actor | kind | also named | role | reports |",
           "|---|---|---|---|---|"]
    for a in shown[:MAX_ROWS]:
        aliases, roles = ("; ".join(map(_md, names[:n])) for names, n in (
            (a.get("aliases", []), 4), (distinct_roles(a.get("roles")), 2)))
        out.append(f"| {_md(a['name'])} | {a['kind']} | {aliases} | {roles} | "
                   f"{len(a.get('docs', []))} |")
    total = len(v.picture.get("actors", []))
    if total > min(len(shown), MAX_ROWS):
        out += ["", f"{min(len(shown), MAX_ROWS)} of {total} actors shown "
                    "(`sitroom export --what actors`)."]
    return out


def _places(v: _View) -> list[str]:
    """The places table with coordinates."""
    out = ["## Places", "", "| place | country | lat, lon | mentions | reports |",
           "|---|---|---|---|---|"]
    if not v.picture.get("places"):
        return ["## Places", "", "No places were found."]
    for p in v.picture.get("places", [])[:MAX_ROWS]:
        coords = f"{p['lat']:.2f}, {p['lon']:.2f}" if p.get("lat") is not None else "unresolved"
        out.append(f"| {_md(p['name'])} | {p.get('country_code') or ''} | {coords} | "
                   f"{p['mentions']} | {len(p['docs'])} |")
    return out


def _doc_sources(v: _View, doc_ids: Iterable[str]) -> str:
    """``[A, B]``: the outlets of some documents."""
    return "[" + ", ".join(_md(o) for o in dict.fromkeys(v.outlet(d) for d in doc_ids)) + "]"


def _quotes(v: _View) -> list[str]:
    """Quotes with speaker, cue and medium."""
    out = ["## Quotes", ""]
    quotes = v.picture.get("quotes", [])
    if not quotes:
        return out + ["No quotes were found."]
    for q in quotes[:40]:
        who = v.actor(q.get("speaker"), q.get("speaker_text")) or "unknown speaker"
        how = ", ".join(x for x in (q.get("cue"), via_medium(q.get("medium"))) if x)
        out.append(f"- **{who}**" + (f" ({_md(how)})" if how else "") +
                   f": {as_said(_text(q['text'], 300), q.get('kind'))} "
                   f"{_doc_sources(v, q.get('docs') or [q['doc']])}")
    return out + _more(min(len(quotes), 40), len(quotes), "`sitroom export --what quotes`")


def _claim_line(v: _View, c: dict[str, Any]) -> str:
    """One claim: its text, who it is attributed to, the cue, its sources."""
    s = c.get("source") or {"kind": "author"}
    who = v.actor(s.get("actor"), s.get("text")) if s.get("kind") != "author" else ""
    by = {"author": "the author", "anonymous": f"anonymous source{': ' + who if who else ''}",
          "named": who or "named source"}.get(s.get("kind") or "", _md(str(s.get("kind"))))
    cue = f", cue “{_md(c['cue'])}”" if c.get("cue") else ""
    flag = " **disputed**" if c.get("disputed") else ""
    return f"- {_text(c['text'])} — _{by}{cue}_ {v.carried_by(c)}{flag}"


def _claims(v: _View) -> list[str]:
    """Claims by certainty, most doubtful first; overtaken claims are under 'Overtaken'."""
    claims = v.picture.get("claims", [])
    current = [c for c in claims if not c.get("superseded_by")]
    out = ["## Claims by certainty", ""]
    counts = Counter(c["certainty"] for c in current)
    out.append(", ".join(f"{k}: {counts.get(k, 0)}" for k in CERTAINTY_ORDER) + "."
               + (f" {len(claims) - len(current)} overtaken (see above)."
                  if len(current) < len(claims) else ""))
    by_cert: dict[str, list] = defaultdict(list)
    for c in current:
        by_cert[c["certainty"]].append(c)
    for cert in CERTAINTY_ORDER:
        items = by_cert.get(cert, [])
        if not items:
            continue
        limit = 8 if cert == "asserted" else 20
        out += ["", f"### {CERTAINTY_TITLE[cert]} ({len(items)})", ""]
        lines = _folded(_claim_line(v, c) for c in items)
        out += [line + (f" _(the same sentence {n} times)_" if n > 1 else "")
                for line, n in lines[:limit]]
        out += _more(sum(n for _, n in lines[:limit]), len(items), "`sitroom export --what claims`")
    return out


def _folded(lines: Iterable[str]) -> list[tuple[str, int]]:
    """Identical lines (a report that repeats a sentence: two claims, one text, one source,
    the same outlets) as one line and how many times it came, in first-seen order."""
    return list(Counter(lines).items())


def _framing_block(v: _View, f: dict[str, Any], single: bool) -> list[str]:
    """One outlet's framing: distinguishing terms, tone per main actor, what it leaves out."""
    n = len(f.get("docs") or [])
    out = ["", f"### {_md(f.get('outlet') or '')} ({n} report{'s' * (n != 1)})", ""]
    terms = telling_terms(f)
    if single:
        out.append("- Words that set it apart: none (a single outlet, nothing to contrast with).")
    elif terms:
        out.append("- Words that set it apart: " + ", ".join(
            f"{_md(t['term'])} (z {float(t['z']):.1f}, {t['count']}×)"
            for t in terms[:MAX_FRAMING_TERMS]) + ".")
    else:
        used = f", used {MIN_TERM_COUNT}× or more" if isinstance(f.get("words"), int) else ""
        out.append(f"- Words that set it apart: none significant (z > 1.96{used}).")
    leaning = telling_terms(f, "leaning")
    if leaning and not single:
        out.append("- Its wording leans to (not significant at 5%): " + ", ".join(
            f"{_md(t['term'])} ({t['count']}×)" for t in leaning[:MAX_FRAMING_TERMS]) + ".")
    tone = sorted(f.get("tone") or [], key=lambda t: -int(t.get("n") or 0))
    toned = [t for t in tone if float(t.get("tone") or 0)
             and not _not_an_actor(v, v.actors.get(t.get("actor"), t))][:MAX_FRAMING_TONE]
    neutral = [v.actor(t.get("actor"), t.get("name")) for t in tone
               if not float(t.get("tone") or 0)
               and not _not_an_actor(v, v.actors.get(t.get("actor"), t))][:MAX_FRAMING_TONE]
    if toned or neutral:
        out.append("- Tone: " + "; ".join(
            [f"{v.actor(t.get('actor'), t.get('name'))} {float(t['tone']):+.2f} "
             f"({t['n']} sentence{'s' * (t['n'] != 1)})" for t in toned]
            + ([f"neutral: {', '.join(neutral)}"] if neutral else [])) + ".")
    left = [v.actor(a, a) + (f" ({basis})" if basis else "") for a, basis in v.omitted_actors(f)]
    claims = telling_omissions(f, v.records, len(v.picture.get("framing") or []))
    if left:
        out.append(f"- Never names as an actor: {'; '.join(left)}.")
    if claims:
        shown = "; ".join(quoted(v.said(c, n=100)) for c in claims[:MAX_OMITTED_CLAIMS])
        extra = len(claims) - MAX_OMITTED_CLAIMS
        more = f" (and {extra} more)" if extra > 0 else ""
        out.append(f"- Leaves out {len(claims)} claim{'s' * (len(claims) != 1)} other outlets "
                   f"carry: {shown}{more}.")
    return out


def _framing(v: _View) -> list[str]:
    """How each outlet's coverage differs (terms, tone, omissions), one block per outlet."""
    framing = v.picture.get("framing") or []
    if not framing:
        return []
    out = ["## Framing", "",
           "How each outlet's coverage differs from the others': words by log-odds ratio with "
           "an informative Dirichlet prior (z > 1.96); tone from -1 to +1 by evaluative words "
           "in the sentences naming each main actor. Only terms used "
           f"{MIN_TERM_COUNT}× or more, outlets of {MIN_WORDS:,} content words or more, and "
           "claims left out that at least half of the other outlets carry."]
    rest = [f for f in framing if not profiled(f)]
    for f in framing:
        if profiled(f):
            out += _framing_block(v, f, len(framing) == 1)
    if rest:
        names = ", ".join(f"{_md(f.get('outlet') or '')} ({len(f.get('docs') or [])})" for f in rest)
        more = " more" if len(rest) < len(framing) else ""  # after outlets shown above only
        out += ["", f"### {len(rest)}{more} outlet{'s' * (len(rest) != 1)}", "",
                f"Too little text each (under {MIN_WORDS:,} content words) to tell their framing "
                f"from count noise; reports each: {names}."]
    return out
