"""The hand-judged labels of the learned event filter: the judgement tables of
docs/judgements/events.md read by sample (the draws of :data:`KEPT_OUT` never), and the label
files of ``data/gold`` (article, trigger offsets, label; no article text). Split from
:mod:`sitroom.training.events` (round 16), which re-exports these names."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from pathlib import Path

GOLD_DIR = Path(__file__).resolve().parent.parent / "data" / "gold"
LABEL_FILE = GOLD_DIR / "events_polnear_dev.tsv"


# draws kept as the untouched measure of what users get: their verdicts are never training
# labels, so their figures stay held-out ones. Rounds 11-14 kept out P-U; round 15 made their
# tables training labels (``events_polnear_train.tsv``, ``events_fnc1.tsv``) and keeps out
# only its own blind draw W; round 16 keeps out its blind draw X too (draw Y, crisis reporting,
# is a label file: ``events_Y.tsv``). Round 18 makes W, X and Z (with W0, X0, Z0) labels
# (``events_polnear_wxz.tsv``, ``events_fnc1_wxz.tsv``). Round 19 makes round 18's blind draw
# AA (with AA0) labels (``events_polnear_aa.tsv``, ``events_fnc1_aa.tsv``) and keeps out every
# later blind draw: a name of two letters or more after :data:`LAST_LABELLED` in draw order
# (shorter names first, then the alphabet: "AB", ..., "AZ", "BA", ..., "AAA"). Round 20 makes
# round 19's blind draw AB (with AB0) labels (``events_polnear_ab.tsv``, ``events_fnc1_ab.tsv``);
# round 20's blind draw AC and every later one stay out. Round 21 makes round 20's blind draws AC
# and AD (with AC0, AD0) labels (``events_polnear_ac.tsv``, ``events_fnc1_ac.tsv``,
# ``events_polnear_ad.tsv``, ``events_fnc1_ad.tsv``); round 21's blind draw AE and every later
# one stay out
KEPT_OUT: frozenset[str] = frozenset()
LAST_LABELLED = "AD"
LATER_DRAWS = r"[A-Z]{2,}"


def _draw_order(name: str) -> tuple[int, str]:
    return len(name), name


def kept_out(sample: str) -> bool:
    """True for a blind draw whose verdicts must never be labels (:data:`KEPT_OUT`, or a
    name of the draws after :data:`LAST_LABELLED`)."""
    draw = draw_of(sample)  # "AB0", the removed candidates of AB, with AB
    return draw in KEPT_OUT or (re.fullmatch(LATER_DRAWS, draw) is not None
                                and _draw_order(draw) > _draw_order(LAST_LABELLED))


def draw_of(sample: str) -> str:
    """The draw a label's sample belongs to: the candidates of a draw's documents the
    learned filter removed ("W0", judged beside "W") are the draw's own (round 18)."""
    return sample[:-1] if re.fullmatch(r"[A-Z]+0", sample) else sample


# a draw's own section names its sample: "## Untouched draw X", "## Round 16: draw Y (...)"
UNTOUCHED = r"## (?:Untouched draw|Round \d+[^:\n]*: draw) ([A-Z]+)\b"


def _table_rows(markdown: Path, heading: str) -> Iterator[tuple[str, list[str]]]:
    """(sample, cells) of every numbered row of the judgement tables of ``markdown``, the
    sample named by the last line matching ``heading`` (its first group) above the row; the
    rows of the blind draws (:func:`kept_out`) are left out."""
    sample = "?"
    for line in Path(markdown).read_text(encoding="utf-8").splitlines():
        m = re.match(heading, line) or re.match(UNTOUCHED, line)
        if m:
            sample = m.group(1)
            continue
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) >= 10 and cells[0].isdigit() and not kept_out(sample):
            yield sample, cells


def parse_judgements(markdown: Path, events: Sequence[dict]) -> list[dict]:
    """The judged rows of the sample tables of ``markdown`` matched to ``events`` (from
    :func:`pool`): sample letter, row number, article, start, end, label (R, P or W: the
    last verdict of a row, "W -> P" is P). A row whose event is no longer extracted is left
    out."""
    rows = []
    by_offsets = {(e["article"], e["start"], e["end"]): e for e in events}
    for sample, cells in _table_rows(markdown, r"## Sample ([A-Z])\b"):
        if re.fullmatch(r"\d+-\d+", cells[2]):
            art, (s, e) = cells[1], map(int, cells[2].split("-"))
            label = cells[8]
            hits = [ev for (a, s2, e2), ev in by_offsets.items()
                    if a.startswith(art) and (s2, e2) == (s, e)]
        else:
            art, trig, sent = cells[1], cells[4], cells[-1].removesuffix("...")[:60]
            label = cells[7]
            hits = [ev for ev in events if ev["article"].startswith(art)
                    and ev["trigger"] == trig
                    and ev["sentence"][:60].startswith(" ".join(sent.split())[:60])]
        label = label.split("->")[-1].strip()
        if label not in ("R", "P", "W") or len(hits) != 1:
            continue
        h = hits[0]
        rows.append({"sample": sample, "n": int(cells[0]), "article": h["article"],
                     "start": h["start"], "end": h["end"], "label": label})
    return rows


def write_labels(rows: Sequence[dict], path: Path = LABEL_FILE) -> None:
    lines = ["sample\tn\tarticle\tstart\tend\tlabel"]
    lines += [f"{r['sample']}\t{r['n']}\t{r['article']}\t{r['start']}\t{r['end']}\t{r['label']}"
              for r in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def table_labels(markdown: Path, articles: Sequence[str]) -> list[dict]:
    """The judged rows of the sample tables of ``markdown`` that give the trigger's offsets
    (samples C on), the article prefix of each row resolved to the one name of ``articles``
    it starts (rows whose prefix names no article or several are left out): sample, row
    number, article, start, end, label (the last verdict: "W -> P" is P). Unlike
    :func:`parse_judgements`, every judged event is kept, still extracted or not."""
    rows = []
    names = sorted(articles)
    for sample, cells in _table_rows(markdown, r"## Sample ([A-Z]+\d?)\b"):
        if not re.fullmatch(r"\d+-\d+", cells[2]):
            continue
        hits = [a for a in names if a.startswith(cells[1])]
        label = cells[8].split("->")[-1].strip()
        if len(hits) != 1 or label not in ("R", "P", "W"):
            continue
        s, e = map(int, cells[2].split("-"))
        rows.append({"sample": sample, "n": int(cells[0]), "article": hits[0], "start": s,
                     "end": e, "label": label})
    return rows


def read_labels(path: Path = LABEL_FILE) -> list[dict]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines()[1:]:
        s, n, art, a, b, label = line.split("\t")
        rows.append({"sample": s, "n": int(n), "article": art, "start": int(a), "end": int(b),
                     "label": label})
    return rows


def draw_rows(markdown: Path, heading: str) -> list[dict]:
    """The judged rows of the one table right below the line of ``markdown`` starting with
    ``heading`` (e.g. "### S (60 events"): row number, article prefix, start, end, label (the
    last verdict). Round 13: the rows of the untouched draws P-S, which :func:`table_labels`
    leaves out (:data:`KEPT_OUT`)."""
    lines = Path(markdown).read_text(encoding="utf-8").splitlines()
    i = next(k for k, line in enumerate(lines) if line.startswith(heading)) + 1
    while i < len(lines) and not lines[i].startswith("|"):
        i += 1
    rows = []
    while i < len(lines) and lines[i].startswith("|"):
        cells = [c.strip() for c in lines[i].strip().strip("|").split("|")]
        i += 1
        if len(cells) < 10 or not cells[0].isdigit() or not re.fullmatch(r"\d+-\d+", cells[2]):
            continue
        label = cells[8].split("->")[-1].strip()
        if label in ("R", "P", "W"):
            s, e = map(int, cells[2].split("-"))
            rows.append({"n": int(cells[0]), "prefix": cells[1], "start": s, "end": e,
                         "label": label})
    return rows
