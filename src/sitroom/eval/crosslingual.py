"""One picture across languages, measured on the example corpus: are the entities that
reports in English, Russian, Ukrainian and French name one actor (one place) each, and do
reports in different languages that tell one act give one event?

The gold (``data/eval/crosslingual_examples.json``) is written by hand from the example
reports: each entity with its mentions (report file, the text as written, which occurrence)
and each act with its trigger in each report. A mention is looked up in the stored report's
text and matched to the actor mention (``sitroom export --what mentions``), the place
mention or the event evidence that overlaps it. Figures:

- actors: entities ``split`` (their mentions went to two or more actors), mentions
  ``missing`` (no actor at that text), and ``extra`` actors (actors beyond one per entity);
- places: mentions resolved to another place or to none;
- events: acts whose mentions are not one event (a mention with no event counts as apart).

Run ``python -m sitroom.eval.crosslingual --db DB`` on a store built by ``sitroom run
examples/reports --meta examples/meta.json --db DB``.
"""

from __future__ import annotations

import json
import sys
from importlib import resources
from pathlib import Path
from typing import Any


def load_gold(path: Path | None = None) -> dict[str, Any]:
    text = (Path(path).read_text("utf-8") if path else resources.files("sitroom.data")
            .joinpath("eval/crosslingual_examples.json").read_text("utf-8"))
    return json.loads(text)


def _find(text: str, needle: str, nth: int) -> tuple[int, int] | None:
    at = -1
    for _ in range(max(1, nth)):
        at = text.find(needle, at + 1)
        if at < 0:
            return None
    return at, at + len(needle)


def _overlaps(a: tuple[int, int], s: int, e: int) -> bool:
    return s < a[1] and a[0] < e


class _Corpus:
    """The stored reports by file name, their actor mentions, places and events."""

    def __init__(self, store):
        from ..export import picture_dict
        from ..link.actors import mention_records

        rows = store.document_rows()
        self.doc_of: dict[str, str] = {}
        for d in rows:
            name = Path(str(d.get("source") or "")).name
            if name and not d.get("copy_of"):
                self.doc_of.setdefault(name, d["id"])
        self.text = {d.id: d.text for d in store.documents()}
        extractions = store.extractions()
        self.mentions = mention_records(rows, extractions)
        self.places = {ex.doc: ex.places for ex in extractions}
        self.events = picture_dict(store)["events"]

    def span(self, file: str, needle: str, nth: int) -> tuple[str, tuple[int, int]] | None:
        doc = self.doc_of.get(file)
        if doc is None:
            return None
        found = _find(self.text.get(doc, ""), needle, nth)
        return (doc, found) if found else None

    def actor_at(self, doc: str, span: tuple[int, int]) -> str | None:
        """The actor of the mention overlapping ``span`` most (ties: the shortest, then the
        earlier), as the MEANTIME scorer takes it: a body's name inside a person's role phrase
        ("spokeswoman for the X") is the body's own mention."""
        hits = [m for m in self.mentions
                if m["report"] == doc and _overlaps(span, m["start"], m["end"])]
        if not hits:
            return None
        best = max(hits, key=lambda m: (min(span[1], m["end"]) - max(span[0], m["start"]),
                                        m["start"] - m["end"], -m["start"]))
        return best["actor"]

    def place_at(self, doc: str, span: tuple[int, int]) -> str | None:
        return next((p.name for p in self.places.get(doc, ())
                     if _overlaps(span, p.start, p.end)), None)

    def event_at(self, doc: str, span: tuple[int, int]) -> str | None:
        for e in self.events:
            for ev in e.get("evidence", ()):
                mark = ev.get("mark")
                if ev.get("doc") == doc and mark and _overlaps(span, mark[0], mark[1]):
                    return e["id"]
        return None


def evaluate(db: Path, gold: Path | None = None) -> dict[str, Any]:
    from ..store import Store

    g = load_gold(gold)
    with Store(db, create=False) as store:
        c = _Corpus(store)
    out: dict[str, Any] = {"actors": [], "places": [], "events": []}
    for ent in g["actors"]:
        got = []
        for file, needle, nth in ent["mentions"]:
            at = c.span(file, needle, nth)
            got.append((file, needle, c.actor_at(*at) if at else None))
        actors = sorted({a for *_, a in got if a})
        out["actors"].append({"entity": ent["entity"], "actors": actors,
                              "missing": [f"{f}: {n}" for f, n, a in got if a is None],
                              "by_mention": got})
    for ent in g["places"]:
        wrong = []
        for file, needle, nth in ent["mentions"]:
            at = c.span(file, needle, nth)
            name = c.place_at(*at) if at else None
            if name != ent["name"]:
                wrong.append(f"{file}: {needle} -> {name}")
        out["places"].append({"entity": ent["entity"], "wrong": wrong})
    for act in g["events"]:
        ids = []
        for file, needle, nth in act["mentions"]:
            at = c.span(file, needle, nth)
            ids.append(c.event_at(*at) if at else None)
        one = len(set(ids)) == 1 and ids[0] is not None
        out["events"].append({"act": act["act"], "events": ids, "one": one})
    out["summary"] = {
        "entities": len(out["actors"]),
        "split": sum(len(a["actors"]) > 1 for a in out["actors"]),
        "extra_actors": sum(max(0, len(a["actors"]) - 1) for a in out["actors"]),
        "missing_mentions": sum(len(a["missing"]) for a in out["actors"]),
        "actor_mentions": sum(len(a["by_mention"]) for a in out["actors"]),
        "places": len(out["places"]),
        "place_mentions_wrong": sum(len(p["wrong"]) for p in out["places"]),
        "acts": len(out["events"]),
        "acts_one_event": sum(e["one"] for e in out["events"]),
    }
    return out


def inflected(path: Path | None = None) -> dict[str, Any]:
    """People's names inflected in Russian and Ukrainian sentences
    (``data/eval/inflected_names.tsv``, not used to write the rules): the share whose
    recognised person is named in the nominative the gold gives (ё read as е)."""
    from ..annotate import annotate
    from ..lang.countries import fold
    from ..model import Document

    text = (Path(path).read_text("utf-8") if path else resources.files("sitroom.data")
            .joinpath("eval/inflected_names.tsv").read_text("utf-8"))
    rows = [line.split("\t") for line in text.splitlines()
            if line.strip() and not line.startswith("#")]
    docs = [Document(id=f"n{i}", text=sentence, language=lang)
            for i, (lang, sentence, _) in enumerate(rows)]
    out: dict[str, Any] = {"n": len(rows), "right": 0, "wrong": []}
    for (lang, _sentence, want), adoc in zip(rows, annotate(docs)):
        got = [" ".join(t.lemma for t in adoc.tokens[e.start:e.end]) for e in adoc.ents
               if e.label == "PERSON"]
        if fold(want) in {fold(g) for g in got}:
            out["right"] += 1
        else:
            out["wrong"].append(f"{lang}: {want} <- {got}")
    out["accuracy"] = round(out["right"] / out["n"], 3) if out["n"] else 0.0
    return out


def format_text(result: dict[str, Any]) -> str:
    s = result["summary"]
    lines = [f"actors: {s['split']} of {s['entities']} entities split ({s['extra_actors']} extra "
             f"actors); {s['missing_mentions']} of {s['actor_mentions']} mentions without an actor",
             f"places: {s['place_mentions_wrong']} mentions of {s['places']} places resolved "
             "elsewhere or not at all",
             f"events: {s['acts_one_event']} of {s['acts']} acts told in several languages are one "
             "event"]
    for a in result["actors"]:
        if len(a["actors"]) > 1 or a["missing"]:
            lines.append(f"  {a['entity']}: {', '.join(a['actors']) or '-'}"
                         + (f"; no actor: {'; '.join(a['missing'])}" if a["missing"] else ""))
    for p in result["places"]:
        if p["wrong"]:
            lines.append(f"  {p['entity']}: {'; '.join(p['wrong'])}")
    for e in result["events"]:
        if not e["one"]:
            lines.append(f"  {e['act']}: {e['events']}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    import argparse

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", type=Path)
    ap.add_argument("--inflected", action="store_true",
                    help="score the inflected names of data/eval/inflected_names.tsv instead")
    ap.add_argument("--gold", type=Path)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    if args.inflected:
        res = inflected()
        print(json.dumps(res, ensure_ascii=False, indent=2) if args.json else
              f"inflected names in the nominative: {res['accuracy']:.3f} ({res['right']} of "
              f"{res['n']})" + "".join(f"\n  {w}" for w in res["wrong"]))
        return 0
    if args.db is None:
        ap.error("give --db (a store built from examples/reports) or --inflected")
    result = evaluate(args.db, args.gold)
    print(json.dumps(result, ensure_ascii=False, indent=2) if args.json else format_text(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
