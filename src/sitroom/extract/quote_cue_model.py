"""Which verbs cue an attribution: a verb's argument frame, and the rates learnt per
lemma and frame on the PolNeAR training articles (``data/attribution_cues.json``)."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from .. import lexicon
from ..model import AnnotatedDoc
from .quote_attribution import MENTAL_VERBS, SPEECH_VERBS, Attribution
from .quote_marks import quote_regions


# --------------------------------------------------------------------------- cue model
# Which verbs cue an attribution, by lemma and argument frame, counted on the PolNeAR
# training articles by :func:`train_cue_model` (shipped as JSON); without the file the
# speech and thought verb lists of quote_attribution decide.

CUE_MODEL_PATH = Path(__file__).resolve().parents[1] / "data" / "attribution_cues.json"
CUE_THRESHOLD = 0.35
# verbs that give a thing its name ("a drill he named “X”"): never a cue (round 21)
NAMING_VERBS = lexicon.words("reporting_verbs", "naming")
PREP = "~prep|"  # keys of the model's rates of a preposition after a cue verb being in the cue
GROUP = "~shape|"  # keys of the model's rates of an attribution shape having a gold cue
GROUP_MIN = 10
GROUP_THRESHOLD = 0.35


def group_key(adoc: AnnotatedDoc, a: Attribution) -> str:
    """The shape of attribution ``a``: frame, the cue verb's dependency, subject or not."""
    fr = "prep" if a.frame.startswith("prep:") else a.frame
    subj = "subj" if a.source_tok is not None else "nosubj"
    return f"{GROUP}{fr}|{adoc.tokens[a.verb].dep}|{subj}"


def frame(adoc: AnnotatedDoc, v: int, regions: list[tuple[int, int]]) -> str:
    """The argument frame of verb ``v``: ccomp | xcomp | quote | colon | dobj | prep:<p> | none."""
    kids = [adoc.tokens[c] for c in adoc.children(v)]
    deps = {k.dep for k in kids}
    t = adoc.tokens[v]
    sent = adoc.sents[t.sent]
    if "ccomp" in deps:
        return "ccomp"
    if _parenthetical(adoc, v):
        return "parenthetical"
    if "xcomp" in deps:
        return "xcomp"
    if any(not (r[0] <= t.idx < r[1]) for r in _quotes_in(regions, sent.start_char, sent.end_char)):
        return "quote"
    if v + 1 < len(adoc.tokens) and adoc.tokens[v + 1].text == ":":
        return "colon"
    if "dobj" in deps:
        return "dobj"
    for k in kids:
        if k.dep == "prep" and k.i > v and any(adoc.tokens[c].dep in ("pobj", "pcomp")
                                               for c in adoc.children(k.i)):
            return f"prep:{k.text.lower()}"
    return "none"


def _parenthetical(adoc: AnnotatedDoc, v: int) -> bool:
    """Verb ``v`` with its subject is a parenthetical inside the clause it reports
    ("This campaign, he says, is different", "As the Post reported, ...")."""
    t = adoc.tokens[v]
    kids = [adoc.tokens[c] for c in adoc.children(v)]
    if not any(k.dep == "nsubj" for k in kids) or any(k.dep in ("dobj", "xcomp", "ccomp") for k in kids):
        return False
    return t.dep == "parataxis" or (t.dep == "advcl" and any(
        k.dep == "mark" and k.text.lower() == "as" for k in kids))


@lru_cache(maxsize=1)
def _cue_model() -> dict[str, float] | None:
    if not CUE_MODEL_PATH.exists():
        return None
    return json.loads(CUE_MODEL_PATH.read_text(encoding="utf-8"))


def is_cue(adoc: AnnotatedDoc, v: int, fr: str) -> bool:
    """Whether verb ``v`` with frame ``fr`` cues an attribution; a naming verb never does."""
    lemma = adoc.tokens[v].lemma.lower()
    if lemma in NAMING_VERBS:
        return False
    model = _cue_model()
    if model is not None:
        p = model.get(f"{lemma}|{fr}")
        if p is not None:
            return p >= CUE_THRESHOLD
    if fr in ("ccomp", "quote", "colon", "parenthetical"):
        return lemma in SPEECH_VERBS or (lemma in MENTAL_VERBS and fr == "ccomp")
    return False


def train_cue_model(pairs, out: Path = CUE_MODEL_PATH, min_count: int = 3) -> dict:
    """Count, over annotated articles with gold attributions, how often each
    ``lemma|frame`` of a verb is (part of) a gold cue, and how often a preposition right
    after a verb of a gold cue is in the cue too (``~prep|lemma|prep``); write the smoothed
    rates of the keys seen ``min_count`` times to ``out`` as JSON. Then, when ``out`` is the
    shipped model, run :func:`find_attributions` with it over the same articles and add how
    often the attributions of each shape (:func:`group_key`, seen ``GROUP_MIN`` times)
    have a gold cue: shapes below ``GROUP_THRESHOLD`` are dropped.

    ``pairs`` iterates over (AnnotatedDoc, gold) with gold a sequence of dicts holding a
    ``"cue"`` span (tuples of (start, end) character fragments), as
    :func:`sitroom.eval.quotes.load` gives. Returns ``{"keys": kept, "verbs": seen}``.
    """
    from . import quote_cues  # the finder, which asks this model

    pairs = list(pairs)
    pos: dict[str, int] = {}
    tot: dict[str, int] = {}
    for adoc, gold in pairs:
        regions = quote_regions(adoc.text)
        cues = [f for g in gold for f in g.get("cue", ())]
        for t in adoc.tokens:
            if t.pos != "VERB" or t.dep in ("aux", "auxpass", "amod", "compound"):
                continue
            if any(r[0] < t.idx < r[1] for r in regions):
                continue
            key = f"{t.lemma.lower()}|{frame(adoc, t.i, regions)}"
            tot[key] = tot.get(key, 0) + 1
            if any(s <= t.idx and t.end <= e for s, e in cues):
                pos[key] = pos.get(key, 0) + 1
    # a preposition right after a verb of a gold cue: in the cue too ("called on")?
    for adoc, gold in pairs:
        for s, e in (f for g in gold for f in g.get("cue", ())):
            for t in adoc.tokens[adoc.token_at(s):adoc.token_at(max(s, e - 1)) + 1]:
                nxt = t.i + 1
                if t.pos != "VERB" or nxt >= len(adoc.tokens) or adoc.tokens[nxt].head != t.i \
                        or adoc.tokens[nxt].dep != "prep":
                    continue
                key = f"{PREP}{t.lemma.lower()}|{adoc.tokens[nxt].text.lower()}"
                tot[key] = tot.get(key, 0) + 1
                pos[key] = pos.get(key, 0) + (adoc.tokens[nxt].end <= e)
    model = {k: round(pos.get(k, 0) / (n + 1), 3) for k, n in sorted(tot.items()) if n >= min_count}
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(model, sort_keys=True, indent=0), encoding="utf-8")
    _cue_model.cache_clear()
    quote_cues._LAST[0] = None
    # then, with these cues, how often the attributions of each shape (frame, the verb's
    # place in the sentence, a subject or none) found in the articles have a gold cue
    if out == CUE_MODEL_PATH:
        ok: dict[str, int] = {}
        found: dict[str, int] = {}
        for adoc, gold in pairs:
            gold_cues = {g.get("cue") for g in gold}
            for a in quote_cues.find_attributions(adoc):
                key = group_key(adoc, a)
                found[key] = found.get(key, 0) + 1
                ok[key] = ok.get(key, 0) + (a.cue in gold_cues)
        model.update({k: round(ok.get(k, 0) / (n + 1), 3) for k, n in sorted(found.items())
                      if n >= GROUP_MIN})
        out.write_text(json.dumps(model, sort_keys=True, indent=0), encoding="utf-8")
        _cue_model.cache_clear()
        quote_cues._LAST[0] = None
    return {"keys": len(model), "verbs": sum(tot.values())}


def _quotes_in(regions: list[tuple[int, int]], start: int, end: int) -> list[tuple[int, int]]:
    return [r for r in regions if r[0] < end and r[1] > start]


def _selected_prep(adoc: AnnotatedDoc, v: int, c: int) -> bool:
    """Whether the preposition ``c`` right after cue verb ``v`` belongs to the cue, as the
    cue model learnt it for the verb's lemma ("call on", "refer to", "point to")."""
    if adoc.tokens[c].dep != "prep":
        return False
    p = (_cue_model() or {}).get(f"{PREP}{adoc.tokens[v].lemma.lower()}|{adoc.tokens[c].text.lower()}")
    return p is not None and p >= 0.5
