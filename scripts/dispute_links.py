"""Print the contradicts/supersedes links of the picture built from real news in ../shared/eval.

Used for the hand-judged sample in docs/judgements/links.md:

    PYTHONPATH=src python scripts/dispute_links.py ../shared/eval/quotes-polnear/data/dev/text
    PYTHONPATH=src python scripts/dispute_links.py --fnc ../shared/eval/stance-fnc1 --groups 12
    PYTHONPATH=src python scripts/dispute_links.py --ecb ../shared/eval/coref-ecbplus
    PYTHONPATH=src python scripts/dispute_links.py --number-pairs tests/dispute_number_pairs.tsv

- a folder of ``.txt`` files (PolNeAR): each file is one report; its publication date is the
  ``YYYY-MM-DD`` of its name and its outlet the name's prefix before ``_``;
- ``--fnc``: the FNC-1 bodies related (agree / disagree / discuss) to ``--groups`` headlines
  that share few bodies (each body once; ``--skip-groups N`` leaves out the first N), so that many reports tell of the same rumour; a body
  is report ``fnc-<Body ID>``, its own outlet, undated; offsets are into its ``articleBody``;
- ``--fnc-headlines``: the FNC-1 headlines related to some body, each a report ``fnc-h<n>`` (n by
  sorted headline, its own outlet, undated), with every related body, one corpus; with
  ``--cache`` of that run, ``--per-headline <FNC-1 folder>`` links each headline with its
  related bodies as a corpus of its own (one rumour), each link shown once;
- ``--ecb``: the ECB+ documents (many reports of the same events per topic); a document's text
  is its tokens joined by spaces, its sentences by newlines (offsets are into that text), its
  own outlet, undated; each half of a topic (``*ecb`` / ``*ecbplus`` documents, two similar
  happenings years apart) is linked as a corpus of its own;
- ``--meantime``: MEANTIME / SemEval-2015 TimeLine Wikinews articles (CAT XML), text as for
  ECB+, dated by their creation time, each its own outlet, one corpus per corpus folder;
- ``--tml``: TempEval-3 TimeML news (TimeBank, AQUAINT), dated, by wire;
- ``--lgl``: the LGL local news corpus (``geo-lgl/lgl.xml``), dated, by domain;
- ``--group topic``: an ECB+ topic's two happenings in one picture (similar events years apart,
  undated: a user's folder of, say, earthquake news); ``--group all``: every report in one
  picture, with ``--with-cache`` the extractions of other sets added to it.

A report the extract stage fails on is listed and left out, as the pipeline does. Each link is
one JSON line with both sides: report, offsets, value and the sentence's first words.
"""

from __future__ import annotations

import argparse
import csv
import json
import pickle
import re
import sys
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path

from sitroom.annotate import annotate
from sitroom.extract import extract
from sitroom.link.picture import build_picture
from sitroom.model import Document
from datetime import UTC


def polnear(folder: Path) -> list[Document]:
    docs = []
    for p in sorted(folder.glob("*.txt")):
        m = re.search(r"\d{4}-\d{2}-\d{2}", p.name)
        docs.append(Document(id=p.stem, text=p.read_text(encoding="utf-8"),
                             outlet=p.stem.split("_")[0],
                             published=f"{m.group(0)}T12:00:00Z" if m else None))
    return docs


def fnc(folder: Path, groups: int, skip: int = 0, every: bool = False) -> list[Document]:
    csv.field_size_limit(1 << 24)
    with open(folder / "bodies.csv", encoding="utf-8") as f:
        bodies = {r["Body ID"]: r["articleBody"] for r in csv.DictReader(f)}
    related: dict[str, set[str]] = defaultdict(set)
    with open(folder / "stances.csv", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            if r["Stance"] != "unrelated":
                related[r["Headline"]].add(r["Body ID"])
    chosen: set[str] = set()
    kept: set[str] = set().union(*related.values()) if every else set()
    picked = 0
    for _head, ids in sorted(related.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        if every or picked >= groups:
            break
        if len(ids & chosen) > len(ids) // 4:
            continue  # the same rumour as a group taken already
        chosen |= ids
        picked += 1
        if picked > skip:
            kept |= ids
    return [Document(id=f"fnc-{b}", text=bodies[b], outlet=f"fnc-{b}")
            for b in sorted(kept, key=int)]


def fnc_headlines(folder: Path) -> list[Document]:
    """The FNC-1 headlines related (agree / disagree / discuss) to some body, each a report
    of its own (``fnc-h<n>``, n by sorted headline), its own outlet, undated, with every body
    related to it: a headline is a short report of the rumour its bodies tell of."""
    csv.field_size_limit(1 << 24)
    with open(folder / "bodies.csv", encoding="utf-8") as f:
        bodies = {r["Body ID"]: r["articleBody"] for r in csv.DictReader(f)}
    heads: set[str] = set()
    kept: set[str] = set()
    with open(folder / "stances.csv", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            if r["Stance"] != "unrelated":
                heads.add(r["Headline"])
                kept.add(r["Body ID"])
    return ([Document(id=f"fnc-h{i}", text=h.strip(), outlet=f"fnc-h{i}")
             for i, h in enumerate(sorted(heads))]
            + [Document(id=f"fnc-{b}", text=bodies[b], outlet=f"fnc-{b}")
               for b in sorted(kept, key=int)])


def ecb_text(path: Path) -> str:
    sents: dict[int, list[str]] = defaultdict(list)
    for tok in ET.parse(path).getroot().iter("token"):
        sents[int(tok.get("sentence", "0"))].append(tok.text or "")
    return "\n".join(" ".join(sents[k]) for k in sorted(sents))


def ecb(folder: Path) -> list[Document]:
    return [Document(id=p.stem, text=ecb_text(p), outlet=p.stem)
            for p in sorted((folder / "ECB+").glob("*/*.xml"))]


def meantime(folder: Path) -> list[Document]:
    """MEANTIME / SemEval-2015 TimeLine news (Wikinews, CAT XML): every ``*.xml`` under the
    folder; the text as for ECB+ (tokens joined by spaces, sentences by newlines), dated by its
    creation time (noon), each document its own outlet; the documents of one corpus folder
    (``corpus_airbus``, ...) are linked as a corpus of their own (report ``mt-<corpus>-<doc>``)."""
    docs = []
    for p in sorted(folder.rglob("*.xml")):
        root = ET.parse(p).getroot()
        if root.tag != "Document":
            continue
        dct = next((t.get("value", "") for t in root.iter("TIMEX3")
                    if t.get("functionInDocument") == "CREATION_TIME"), "")
        day = dct[:10] if re.match(r"\d{4}-\d{2}-\d{2}", dct) else ""
        doc_id = f"mt-{p.parent.name.removeprefix('corpus_')}-{root.get('doc_id') or p.stem}"
        docs.append(Document(id=doc_id, text=ecb_text(p), outlet=doc_id,
                             published=f"{day}T12:00:00Z" if day else None))
    return docs


def lgl(path: Path) -> list[Document]:
    """The LGL corpus of local news (``lgl.xml``): report ``lgl-<docid>``, the text as given,
    the outlet its domain, published at its download time (UTC)."""
    from datetime import datetime

    docs = []
    for art in ET.parse(path).getroot().iter("article"):
        when = None
        raw = (art.findtext("dltime") or "").strip()
        m = re.match(r"(\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2})(?:\.\d+)?([+-]\d{2})?$", raw)
        if m:
            t = datetime.strptime(m.group(1) + (m.group(2) or "+00") + "00", "%Y-%m-%d %H:%M:%S%z")
            when = t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        docs.append(Document(id=f"lgl-{art.get('docid')}", text=art.findtext("text") or "",
                             outlet=(art.findtext("domain") or "").strip() or "lgl",
                             published=when))
    return docs


def tml(folder: Path) -> list[Document]:
    """TempEval-3 TimeML news (TimeBank, AQUAINT): the text is the title, a blank line and the
    TEXT element without its tags; published is the DCT (with the wire's time of day when its
    EXTRAINFO line gives one); the outlet is the file name's letters (APW, NYT, XIE, wsj, ...)."""
    docs = []
    for p in sorted(folder.rglob("*.tml")):
        root = ET.parse(p).getroot()
        title = "".join(root.findtext("TITLE") or "").strip()
        body = root.find("TEXT")
        text = "".join(body.itertext()).strip() if body is not None else ""
        dct = root.find("DCT/TIMEX3")
        day = dct.get("value", "")[:10] if dct is not None else ""
        extra = re.search(r"\b(\d{2}):(\d{2}):\d{2}\b", root.findtext("EXTRAINFO") or "")
        hour = f"{extra.group(1)}:{extra.group(2)}:00" if extra else "12:00:00"
        published = f"{day}T{hour}Z" if re.match(r"\d{4}-\d{2}-\d{2}$", day) else None
        outlet = re.match(r"[A-Za-z_]+", p.stem)
        docs.append(Document(id=p.stem, text=(title + "\n\n" + text) if title else text,
                             outlet=outlet.group(0).rstrip("_") if outlet else p.stem,
                             published=published))
    return docs


def per_headline(folder: Path, rows: list[dict]) -> dict[str, list[int]]:
    """For ``--fnc-headlines`` reports: one group per headline, its row and the rows of the
    bodies related to it (a body is in the group of every headline it is related to)."""
    at = {r["id"]: i for i, r in enumerate(rows)}
    heads = {}
    with open(folder / "stances.csv", encoding="utf-8") as f:
        pairs = [(r["Headline"], r["Body ID"]) for r in csv.DictReader(f)
                 if r["Stance"] != "unrelated"]
    for i, h in enumerate(sorted({h for h, _ in pairs})):
        heads[h] = f"fnc-h{i}"
    groups: dict[str, list[int]] = defaultdict(list)
    for h, b in pairs:
        if heads[h] in at and f"fnc-{b}" in at:
            groups[heads[h]].append(at[f"fnc-{b}"])
    for hid in heads.values():
        if hid in at and groups.get(hid):
            groups[hid] = sorted({at[hid], *groups[hid]})
    return dict(groups)


def extract_all(docs: list[Document]):
    exs, rows, texts = [], [], {}
    for adoc in annotate(docs):
        try:
            ex = extract(adoc)
        except (IndexError, ValueError, KeyError) as exc:
            print(f"left out: {adoc.doc.id}: {type(exc).__name__}", file=sys.stderr)
            continue
        exs.append(ex)
        rows.append({"id": adoc.doc.id, "outlet": adoc.doc.outlet,
                     "published": adoc.doc.published, "copy_of": None})
        texts[adoc.doc.id] = adoc.doc.text
    return rows, exs, texts


def number_pairs(path: Path) -> dict[str, tuple[int, int, int, int]]:
    """Recall and false alarms of the number comparison of link/disputes.py on a file of
    sentence pairs (half, conflict 1/0, sentence 1, sentence 2): per half, (conflicts found,
    conflicts, false conflicts, non-conflicts). Two sentences conflict when they give a figure
    of the same thing (key, noun) and none of their figures of it agree."""
    from sitroom.link.disputes import numbers_conflict

    out: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    with open(path, encoding="utf-8") as f:
        rows = [r for r in csv.reader(f, delimiter="\t") if r and not r[0].startswith("#")]
    for half, gold, s1, s2 in rows[1:]:
        found = numbers_conflict(s1, s2)
        c = out[half]
        if gold == "1":
            c[0] += found
            c[1] += 1
        else:
            c[2] += found
            c[3] += 1
    return {h: (c[0], c[1], c[2], c[3]) for h, c in sorted(out.items())}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--number-pairs", type=Path, help="print the recall of number conflicts "
                    "on this file of sentence pairs (tests/dispute_number_pairs.tsv) and stop")
    ap.add_argument("folder", nargs="?", type=Path)
    ap.add_argument("--fnc", type=Path)
    ap.add_argument("--groups", type=int, default=12)
    ap.add_argument("--skip-groups", type=int, default=0,
                    help="leave out the first N of those groups (a sample not tuned on)")
    ap.add_argument("--ecb", type=Path)
    ap.add_argument("--tml", type=Path, help="a folder of TimeML news (TempEval-3 TBAQ)")
    ap.add_argument("--lgl", type=Path, help="the LGL local news corpus (lgl.xml; dated, by "
                    "domain)")
    ap.add_argument("--meantime", type=Path, help="a folder of MEANTIME / TimeLine CAT news "
                    "(Wikinews, dated; each corpus folder linked as its own corpus)")
    ap.add_argument("--fnc-headlines", type=Path, help="the FNC-1 headlines related to some "
                    "body, each a report, with those bodies (one corpus)")
    ap.add_argument("--per-headline", type=Path, help="with the extractions of "
                    "--fnc-headlines (--cache): link each headline with its related bodies as "
                    "a corpus of its own (the FNC-1 folder)")
    ap.add_argument("--all-related", action="store_true",
                    help="--fnc: every body related to some headline (no grouping)")
    ap.add_argument("--cache", type=Path, help="keep the extractions in this pickle file and "
                    "read them from it when it exists (to re-link after a change of the link "
                    "rules without annotating again)")
    ap.add_argument("--with-cache", type=Path, action="append", default=[],
                    help="add the extractions of another run's --cache (other sets of news "
                    "in the same picture; with --group all)")
    ap.add_argument("--group", choices=("half", "topic", "all"), default="half",
                    help="how reports are grouped into pictures: half (default: each ECB+ "
                    "topic half, each MEANTIME corpus, else all), topic (an ECB+ topic's two "
                    "happenings in one picture), all (every report in one picture)")
    ap.add_argument("--stories", type=Path, help="also write the pictures' stories here, one "
                    "JSON line each (id, docs): the pool of the PolNeAR / MEANTIME recall sets "
                    "of scripts/links_recall_pick.py --stories")
    a = ap.parse_args()
    if a.number_pairs:
        for half, (tp, pos, fp, neg) in number_pairs(a.number_pairs).items():
            print(f"half {half}: recall {tp}/{pos} = {tp / pos:.2f}, false conflicts {fp}/{neg}")
        return
    if a.cache and a.cache.exists():
        with open(a.cache, "rb") as fh:
            rows, exs, texts = pickle.load(fh)
    else:
        rows, exs, texts = extract_all(
            fnc(a.fnc, a.groups, a.skip_groups, a.all_related) if a.fnc
            else fnc_headlines(a.fnc_headlines) if a.fnc_headlines else ecb(a.ecb) if a.ecb
            else tml(a.tml) if a.tml else meantime(a.meantime) if a.meantime
            else lgl(a.lgl) if a.lgl else polnear(a.folder))
        if a.cache:
            with open(a.cache, "wb") as fh:
                pickle.dump((rows, exs, texts), fh)
    for extra in a.with_cache:
        with open(extra, "rb") as fh:
            r2, e2, t2 = pickle.load(fh)
        rows, exs, texts = rows + r2, exs + e2, {**texts, **t2}
    # ECB+: each topic holds two similar happenings (documents *ecb and *ecbplus), undated;
    # each half is linked as its own corpus, as a user would analyse the reports of one crisis
    groups: dict[str, list[int]] = defaultdict(list)
    for i, r in enumerate(rows):
        m = re.match(r"(\d+)_\d+(ecbplus|ecb)$", r["id"])
        mt = re.match(r"(mt-[^-]+)-", r["id"])
        key = f"{m.group(1)}{m.group(2) if a.group == 'half' else ''}" if m else (
            mt.group(1) if mt else "")
        groups["" if a.group == "all" else key].append(i)
    if a.per_headline:  # one corpus per rumour: a headline and the bodies related to it
        groups = per_headline(a.per_headline, rows)
    links, records, shown, story_lines = [], {}, set(), []
    for _, idx in sorted(groups.items()):
        picture = build_picture([rows[i] for i in idx], [exs[i] for i in idx],
                                {rows[i]["id"]: texts[rows[i]["id"]] for i in idx})
        story_lines += [json.dumps({"id": s["id"], "docs": s["docs"]}, ensure_ascii=False)
                        for s in picture.get("stories", [])]
        records.update({r["id"]: r for k in ("events", "claims", "quotes")
                        for r in picture.get(k, [])})
        links += picture.get("links", [])
    if a.stories:
        a.stories.write_text("".join(line + "\n" for line in story_lines), encoding="utf-8")
    n = 0
    for link in links:
        if link.get("kind") not in ("contradicts", "supersedes"):
            continue
        sides = []
        for e in link.get("evidence") or ():
            sides.append({"doc": e["doc"], "at": [e["start"], e["end"]], "value": e.get("value"),
                          "words": " ".join(e["text"].split()[:12])})
        if not sides:  # an overtaken record: its two records
            for end, doc in (("to", link.get("to_doc")), ("from", link.get("from_doc"))):
                evs = records.get(link.get(end), {}).get("evidence") or [{}]
                ev = next((e for e in evs if e.get("doc") == doc), evs[0])  # a merged record
                sides.append({"doc": doc, "at": [ev.get("start"), ev.get("end")],
                              "words": " ".join((ev.get("text") or "").split()[:12])})
        key = tuple(sorted((x["doc"], tuple(x["at"])) for x in sides))
        if key in shown:
            continue  # the same link found in the corpus of another headline
        shown.add(key)
        n += 1
        print(json.dumps({"kind": link["kind"], "reason": link.get("reason"), "sides": sides},
                         ensure_ascii=False))
    print(f"{len(rows)} reports, {n} contradicts/supersedes links", file=sys.stderr)


if __name__ == "__main__":
    main()
