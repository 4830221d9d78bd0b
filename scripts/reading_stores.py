"""The real-news stores of docs/judgements/reading.md (rounds 17, 18 and 19), as JSON Lines for
``sitroom run`` (nothing of the articles is written into the repository).

    PYTHONPATH=src python scripts/reading_stores.py ../shared/eval /tmp/r17
    sitroom run /tmp/r17/fnc.jsonl --db /tmp/r17/fnc.db --out /tmp/r17/fnc_out
    PYTHONPATH=src python scripts/reading_stores.py --signatures /tmp/r17/fnc.db

- ``fnc.jsonl``: the FNC-1 bodies of stories 6, 11 and 68 (``scripts/links_draw.py``'s
  grouping; read for the judgements); ``fnc_held.jsonl``: stories 8, 25 and 42 (not read);
  each body a report of its own outlet, a story's bodies 30 minutes apart from 2015-01-15
  08:00 UTC, as ``links_draw.py``.
- ``polnear.jsonl``: every second PolNeAR dev article (sorted by file name), 30, with the
  metadata's outlet, date and title.
- round 18 (``--round 18``): ``fnc18.jsonl``, FNC-1 stories 18, 42 and 43 (as above);
  ``polnear18.jsonl``: 30 PolNeAR train articles, ``random.Random(1818).sample`` of the sorted
  train file names, the 30 drawn sorted by name.
- round 19 (``--round 19``): ``fnc19.jsonl``, FNC-1 stories 24, 77 and 88, drawn by
  ``random.Random(1919).sample`` among the stories of no earlier reading and of no recall set
  of docs/judgements/links.md (``READ19_LEFT_OUT``); ``polnear19.jsonl``: 30 PolNeAR dev
  articles, ``random.Random(1919).sample`` of the sorted dev file names, sorted by name.
- round 20 (``--round 20``): ``fnc20.jsonl``, three FNC-1 stories drawn by
  ``random.Random(2020).sample`` among the stories of no earlier reading and of no recall set
  (``READ20_LEFT_OUT``: round 19's and set R8 added); ``polnear20.jsonl``: 30 PolNeAR dev
  articles of no earlier reading (the 37 left by rounds 17 and 19),
  ``random.Random(2020).sample`` of them sorted, the 30 drawn sorted by name.
- round 22 (``--round 22``): ``fnc22.jsonl``, three FNC-1 stories drawn by
  ``random.Random(2022).sample`` among the stories of no earlier reading and of no recall set
  (``READ22_LEFT_OUT``: round 20's and sets R9 to R12 added; the pool now holds stories of one
  and two bodies too); ``polnear22.jsonl``: 30 PolNeAR train articles of no earlier reading
  (round 18's 30 left out), ``random.Random(2022).sample`` of them sorted, sorted by name.
- round 23 (``--round 23``): ``fnc23.jsonl``, three FNC-1 stories drawn by
  ``random.Random(2023).sample`` among the stories of no earlier reading and of no recall set
  (``READ23_LEFT_OUT``: round 22's stories added; recall set R13 of docs/judgements/links.md
  holds no FNC-1 story); ``polnear23.jsonl``: 20 PolNeAR train articles of no earlier reading
  (rounds 18's and 22's 60) and of no recall set (R13's seven named articles),
  ``random.Random(2023).sample`` of them sorted, sorted by name (20, not 30: a smaller store).
- ``--signatures DB``: the counts of the shown-side defects of reading.md for one store, as
  one JSON line (the terminal rendered at 80 columns; the web app in-process).
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import random
import re
import shutil
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from links_draw import stories  # noqa: E402

READ, HELD = (6, 11, 68), (8, 25, 42)
READ18 = (18, 42, 43)
# the stories read before round 19: reading.md's stores, and links.md's set 1 and R2-R7
READ19_LEFT_OUT = frozenset((6, 11, 68, 8, 25, 42, 18, 43, 23, 29, 36, 39, 44, 30, 33, 50, 70,
                             103, 0, 3, 48, 60, 81, 13, 28, 69, 86, 97, 5, 15, 71, 76, 45, 54,
                             7, 22, 35, 40, 102))
# round 20 leaves out round 19's stories and recall set R8 of docs/judgements/links.md as well
READ20_LEFT_OUT = READ19_LEFT_OUT | frozenset((24, 77, 88, 2, 4, 51, 63))
# round 22 leaves out round 20's stories and recall sets R9 to R12 of docs/judgements/links.md
READ22_LEFT_OUT = READ20_LEFT_OUT | frozenset((27, 79, 83, 1, 32, 37, 47, 59, 26, 55, 56, 75,
                                               19, 38, 49, 66, 98, 21, 61))
# round 23 leaves out round 22's stories as well (recall set R13 holds no FNC-1 story)
READ23_LEFT_OUT = READ22_LEFT_OUT | frozenset((67, 89, 95))
# the PolNeAR articles recall set R13 of docs/judgements/links.md names (left out in round 23)
R13_ARTICLES = ("west-journal_2015-11-12_the-fbi-just-made-an-even-bigger",
                "west-journal_2015-12-01_just-leaked-look-at-hillary-s-sh",
                "politico_2015-12-31_more-than-clinton-emails-now-dee",
                "wash-post_2016-05-29_internal-trump-university-record",
                "usa-today_2016-06-07_did-donald-trump-really-scam-stu",
                "west-journal_2016-03-10_obama-just-let-something-slip-th",
                "west-journal_2016-03-15_hillary-just-insulted-the-bengha")
DAY = datetime(2015, 1, 15, 8, 0, tzinfo=UTC)
# the links CSV columns of docs/format.md ("links"), as a script reading any store expects them
LINK_COLUMNS = ["kind", "from", "to", "first", "against", "reason", "from_doc", "to_doc",
                "evidence", "evidence_doc", "evidence_text"]


def write_stores(shared: Path, out: Path, round_: int = 17) -> None:
    out.mkdir(parents=True, exist_ok=True)
    fnc = shared / "stance-fnc1"
    csv.field_size_limit(1 << 24)
    with open(fnc / "bodies.csv", encoding="utf-8") as f:
        bodies = {r["Body ID"]: r["articleBody"] for r in csv.DictReader(f)}
    groups = stories(fnc)
    read19 = tuple(sorted(random.Random(1919).sample(
        [n for n in range(len(groups)) if n not in READ19_LEFT_OUT], 3)))
    read20 = tuple(sorted(random.Random(2020).sample(
        [n for n in range(len(groups)) if n not in READ20_LEFT_OUT], 3)))
    read22 = tuple(sorted(random.Random(2022).sample(
        [n for n in range(len(groups)) if n not in READ22_LEFT_OUT], 3)))
    read23 = tuple(sorted(random.Random(2023).sample(
        [n for n in range(len(groups)) if n not in READ23_LEFT_OUT], 3)))
    chosen_sets = {18: (("fnc18", READ18),), 19: (("fnc19", read19),),
                   20: (("fnc20", read20),), 22: (("fnc22", read22),),
                   23: (("fnc23", read23),)}.get(
        round_, (("fnc", READ), ("fnc_held", HELD)))
    for name, chosen in chosen_sets:
        with open(out / f"{name}.jsonl", "w", encoding="utf-8") as f:
            for n in chosen:
                for k, b in enumerate(groups[n]):
                    when = (DAY + timedelta(minutes=30 * k)).strftime("%Y-%m-%dT%H:%M:%SZ")
                    f.write(json.dumps({"text": bodies[b], "title": f"fnc body {b}",
                                        "outlet": f"fnc-{b}", "published": when,
                                        "url": f"fnc://{b}"}) + "\n")
    part = "train" if round_ in (18, 22, 23) else "dev"
    seed = {19: 1919, 20: 2020, 22: 2022, 23: 2023}.get(round_, 1818)
    pol = shared / "quotes-polnear" / "data"
    with open(pol / "metadata.tsv", encoding="utf-8") as f:
        meta = {r["filename"]: r for r in csv.DictReader(f, delimiter="\t")
                if r["compartment"] == part}
    pool = sorted(meta)
    if round_ == 20:  # the dev articles of no earlier reading (rounds 17 and 19)
        used = set(pool[::2][:30]) | set(random.Random(1919).sample(pool, 30))
        pool = [n for n in pool if n not in used]
    if round_ == 22:  # the train articles of no earlier reading (round 18's)
        used = set(random.Random(1818).sample(pool, 30))
        pool = [n for n in pool if n not in used]
    if round_ == 23:  # the train articles of no earlier reading (18, 22) and of recall set R13
        used = set(random.Random(1818).sample(pool, 30))
        rest = [n for n in pool if n not in used]
        used |= set(random.Random(2022).sample(rest, 30))
        pool = [n for n in pool if n not in used and not n.startswith(R13_ARTICLES)]
    size = 20 if round_ == 23 else 30
    names = sorted(random.Random(seed).sample(pool, size)) \
        if round_ in (18, 19, 20, 22, 23) else pool[::2][:30]
    with open(out / {18: "polnear18.jsonl", 19: "polnear19.jsonl",
                     20: "polnear20.jsonl", 22: "polnear22.jsonl",
                     23: "polnear23.jsonl"}.get(round_, "polnear.jsonl"),
              "w", encoding="utf-8") as f:
        for name in names:
            m = meta[name]
            text = (pol / part / "text" / f"{name}.txt").read_text(encoding="utf-8")
            f.write(json.dumps({"text": text, "title": m["title"], "outlet": m["publisher"],
                                "published": m["publication_date"],
                                "url": f"polnear://{name}"}) + "\n")


def signatures(db: str) -> dict[str, int]:
    from fastapi.testclient import TestClient
    from rich.console import Console

    from sitroom import report
    from sitroom.store import Store
    from sitroom.web.app import create_app

    copy = Path(tempfile.mkdtemp()) / "s.db"
    shutil.copy(db, copy)
    with Store(copy) as s:
        md = report.markdown(s)
        buf = io.StringIO()
        report.print_terminal(s, Console(file=buf, width=80, force_terminal=False))
    with TestClient(create_app(copy)) as c:
        home, docs = c.get("/").text, c.get("/documents").text
        sources, twin = c.get("/sources").text, c.get("/sources.json").status_code
    r18 = _round18(copy, md, buf.getvalue())
    events = md.split("## What happened", 1)[-1].split("\n## Key actors", 1)[0]
    week = r"\d+(?: [A-Z][a-z]{2})? – \d+ [A-Z][a-z]{2} \d{4}|\d+–\d+ [A-Z][a-z]{2} \d{4}"
    return {
        "doubled_quote_marks": len(re.findall("““|””", md)),
        "undated_(none)": md.count("undated (none)"),
        "week_as_days_of_a_month_in_md_events": len(re.findall(week, events)),
        "raw_stamp_in_reports_table": len(re.findall(r"\| \d{4}-\d\d-\d\dT", md)),
        "terminal_lines_only_ellipsis": sum(ln.strip() == "…" for ln in buf.getvalue().splitlines()),
        "footer_link_to_/docs": home.count('href="/docs"'),
        "sources_json_missing": int(twin == 404),
        "documents_raw_iso": len(re.findall(r'class="date">\d{4}-\d\d-\d\dT', docs)),
        "omission_without_basis": sources.count("Never mentions"),
        **r18,
        **_round19(copy, md),
        **_round20(copy),
        **_round22(copy, md),
        **_round23(copy, md),
    }


def _round23(db: Path, md: str) -> dict[str, int]:
    """The round-23 signatures: evidence links of the HTML report and of the web app's
    listings whose target is not on the page they open (a span a longer marked one covers);
    Markdown quotes shown inside their own quotation marks (“‘…’”) or leaving a quotation
    open; Markdown actor rows giving one role twice in two cases."""
    from fastapi.testclient import TestClient

    from sitroom import html_report
    from sitroom.store import Store
    from sitroom.web.app import create_app

    with Store(db) as s:
        page = html_report.from_store(s)
    ids = set(re.findall(r' id="([^"]+)"', page))
    html_missing = sum(t not in ids for t in re.findall(r'href="#(doc-[^"]+)"', page))
    web_missing, pages = 0, {}
    with TestClient(create_app(db)) as c:
        for listing in ("/events", "/quotes", "/claims", "/actors", "/places"):
            for path, frag in set(re.findall(r'href="(/documents/[^"#?]+)#([^"]+)"',
                                             c.get(listing).text)):
                if path not in pages:
                    pages[path] = set(re.findall(r' id="([^"]+)"', c.get(path).text))
                web_missing += frag not in pages[path]
    quotes = md.split("## Quotes", 1)[-1].split("\n## ", 1)[0] if "## Quotes" in md else ""
    said = [ln.split("): ", 1)[-1].rsplit(" [", 1)[0] for ln in quotes.splitlines()
            if ln.startswith("- **")]
    actors = md.split("## Actors", 1)[-1].split("\n## ", 1)[0] if "## Actors" in md else ""
    roles = [ln.split(" | ")[3].split("; ") for ln in actors.splitlines()
             if ln.startswith("| ") and ln.count(" | ") >= 4]
    return {
        "html_evidence_link_without_target": html_missing,
        "web_evidence_link_without_target": web_missing,
        "md_quote_inside_its_own_marks": sum(q.startswith("“‘") and q.endswith("’”")
                                             for q in said),
        "md_quote_leaving_a_quotation_open": sum(_leaves_open(q) for q in said),
        "md_role_twice_in_two_cases": sum(len({r.casefold() for r in rs}) < len(rs)
                                          for rs in roles),
    }


def _leaves_open(text: str) -> bool:
    """Whether ``text`` opens a curly quotation it does not close (the rule of
    ``report_text.closed``, here so the signature reads any version's output)."""
    stack: list[str] = []
    for i, ch in enumerate(text):
        before, after = text[i - 1] if i else " ", text[i + 1] if i + 1 < len(text) else " "
        if ch == "“" or (ch == "‘" and before in " \t\n([{—–-/“\"" and not after.isdigit()):
            stack.append(ch)
        elif stack and ((ch == "”" and stack[-1] == "“")
                        or (ch == "’" and stack[-1] == "‘" and not after.isalnum())):
            stack.pop()
    return bool(stack)


def _round22(db: Path, md: str) -> dict[str, int]:
    """The round-22 signatures: a story's span giving its one day twice (Markdown "Stories",
    HTML stories table); "1 reports" in the HTML key actors; a raw ISO stamp in the HTML
    report's list of reports; a decade or century date shown as its digits ("196") in the
    Markdown and HTML; a quote's own two-apostrophe marks beside the quote's marks."""
    from sitroom import html_report
    from sitroom.store import Store

    with Store(db) as s:
        page = html_report.from_store(s)
    stories = md.split("## Stories", 1)[-1].split("\n## ", 1)[0] if "## Stories" in md else ""
    apostrophes = r"“(?:''|&#x27;&#x27;)|(?:''|&#x27;&#x27;)”"
    return {
        "story_span_repeating_its_day_md_html":
            len(re.findall(r"(\d{4}-\d\d-\d\d) \d\d:\d\d to \1 ", stories))
            + len(re.findall(r'class="date">(\d+ [A-Z][a-z]{2} \d{4}) \d\d:\d\d – \1 ', page)),
        "key_actors_1_reports_html": len(re.findall(r", 1 reports</span></h3>", page)),
        "raw_stamp_in_html_list_of_reports": len(re.findall(
            r'<summary>[^<]*<span class="muted small">[^<]*\d{4}-\d\d-\d\dT', page)),
        "decade_or_century_as_digits_md_html": len(re.findall(r"(?m)^\s*- \d{2,3}(?::| to )", md))
        + len(re.findall(r"(?:<li>|class=\"date\">)\d{2,3}(?::|<)", page)),
        "two_apostrophes_beside_quote_marks_md_html": len(re.findall(apostrophes, md + page)),
    }


def _round20(db: Path) -> dict[str, int]:
    """The round-20 signatures: on the web's event and quote listings, records without a
    date of their own (listed at their report's day) above a record dated to that same day;
    actors of the picture left out of the GraphML network because their name is a region's;
    a quote's medium as its field code (``via press_conference``) in the Markdown and HTML;
    a Markdown header giving the one day of its reports twice."""
    from fastapi.testclient import TestClient

    from sitroom import html_report, report
    from sitroom.export import picture_dict
    from sitroom.geo_exports import actor_graph
    from sitroom.store import Store
    from sitroom.timeval import naive_start
    from sitroom.web.app import create_app

    with TestClient(create_app(db)) as c:
        published = {d["id"]: d.get("published")
                     for d in c.get("/documents.json").json()["documents"]}
        lists = {k: c.get(f"/{k}.json?limit=100000").json()[k] for k in ("events", "quotes")}
    own_key = {"events": "date", "quotes": "time"}

    def day(kind: str, r: dict) -> object:
        if r.get(own_key[kind]) and (t := naive_start(r[own_key[kind]])):
            return t.date()
        return min((t.date() for d in r.get("docs") or () if (t := naive_start(published.get(d)))),
                   default=None)

    above = 0
    for kind, rows in lists.items():
        for i, r in enumerate(rows):
            if not r.get(own_key[kind]) and (d := day(kind, r)) is not None:
                above += sum(1 for b in rows[i + 1:] if b.get(own_key[kind]) and day(kind, b) == d)
    with Store(db) as s:
        picture = picture_dict(s)
    graph = actor_graph(picture)
    actors = {a["id"]: a for a in picture.get("actors", [])}
    regions = {n.casefold() for p in picture.get("places", []) if p.get("feature") == "region"
               for n in (p["name"], *(p.get("aliases") or ()))}
    dropped = sum(1 for i, a in actors.items() if i not in graph and a["name"].casefold() in regions)
    with Store(db) as s:
        md, page = report.markdown(s), html_report.from_store(s)
    codes = len(re.findall(r"via [a-z]+(?:\\?_[a-z]+)+", md + page))
    repeated_day = len(re.findall(r"published (\d{4}-\d\d-\d\d) \d\d:\d\d to \1 ", md))
    return {"undated_listed_above_a_record_dated_to_its_day": above,
            "quote_medium_codes_md_html": codes,
            "header_repeating_its_day_md": repeated_day,
            "region_named_actors_left_out_of_graphml": dropped}


def _round19(db: Path, md: str) -> dict[str, int]:
    """The round-19 signatures: Markdown table rows a line break cut, claim lines printed twice
    in a row (a report that repeats a sentence), undated event lines that do not say the day
    they are listed at, field codes and TIMEX values on the actor timeline pages (the first 15
    actors), and a links CSV whose header is not the documented one."""
    from fastapi.testclient import TestClient

    from sitroom.export import render
    from sitroom.store import Store
    from sitroom.web.app import create_app

    with TestClient(create_app(db)) as c:
        ids = [a["id"] for a in c.get("/actors.json?limit=15").json()["actors"]]
        pages = "".join(c.get(f"/actors/{i}/timeline").text for i in ids)
    with Store(db) as s:
        header = render(s, "csv", "links").split("\n", 1)[0].split(",")
    lines = md.splitlines()
    claims = md.split("## Claims by certainty", 1)[-1].split("\n## ", 1)[0].splitlines()
    happened = md.split("## What happened", 1)[-1].split("\n## Key actors", 1)[0]
    return {
        "markdown_table_rows_cut": sum(ln.startswith("|") and not ln.rstrip().endswith("|")
                                       for ln in lines),
        "claim_lines_doubled": sum(a == b and a.startswith("- ")
                                   for a, b in zip(claims, claims[1:], strict=False)),
        "undated_event_without_its_day": len(re.findall(r"^- undated:", happened, re.M)),
        "actor_timeline_codes": len(re.findall(
            r'muted small">(?:governing|paragraph|publication|entry|update|text|none)<', pages))
        + len(re.findall(r"<td>\d{4}-[\dWSQHFU][^<]*</td>", pages)),
        "links_csv_header_not_documented": int(header[:len(LINK_COLUMNS)] != LINK_COLUMNS),
    }


def _round18(db: Path, md: str, terminal: str) -> dict[str, int]:
    """The round-18 signatures: reduced-precision dates shown as codes or cut to a year,
    date-source field codes shown as words, a framing "more outlets" heading after no
    outlet, and record listings (JSON, first page) not in date order, newest first."""
    from fastapi.testclient import TestClient

    from sitroom.report_text import human_date
    from sitroom.timeval import naive_start
    from sitroom.web.app import create_app

    reduced = r"\b\d{4}-(?:SP|SU|FA|WI|Q[1-4]|H[12])\b"
    with TestClient(create_app(db)) as c:
        timeline = c.get("/timeline?limit=100000").text
        sources = c.get("/sources").text
        lists = {k: c.get(f"/{k}.json?limit=100000").json()[k] for k in ("events", "quotes", "claims")}
        published = {d["id"]: d.get("published")
                     for d in c.get("/documents.json").json()["documents"]}
    framing = md.split("## Framing", 1)[-1].split("\n## ", 1)[0]
    cut = sum(1 for e in lists["events"] if re.fullmatch(reduced, e.get("date") or "")
              and re.fullmatch(r"\d{4}", human_date(e["date"])))

    def when(kind: str, r: dict) -> object:
        own = r.get("date") if kind == "events" else r.get("time") if kind == "quotes" else None
        if own and naive_start(own):
            return naive_start(own)
        docs = [*(r.get("docs") or ()), *([r["doc"]] if r.get("doc") else [])]
        return min((t for d in docs if (t := naive_start(published.get(d)))), default=None)

    def out_of_order(kind: str) -> int:  # by day: a day's records in the order of round 20's T1
        dates = [d.date() if d is not None else None for d in (when(kind, r) for r in lists[kind])]
        dated = [d for d in dates if d is not None]
        undated_first = any(d is None for d in dates[:len(dated)])
        return int(dated != sorted(dated, reverse=True) or undated_first)

    return {
        "reduced_date_as_code_md_terminal": len(re.findall(reduced, md + terminal)),
        "reduced_date_cut_to_year_html": cut,
        "date_source_code_shown": len(re.findall(r"\((?:paragraph|publication|entry|update)\)",
                                                 md))
        + len(re.findall(r'muted small">(?:governing|paragraph|publication|entry|update|text)(?:<| ·)',
                         timeline)),
        "framing_more_after_no_outlet": int(
            bool(more := re.search(r"### \d+ more outlet", framing))
            and "### " not in framing[:more.start()])
        + int("more outlet" in sources and 'class="framing"' not in
              sources.replace('class="framing framing-rest"', "")),
        "listings_out_of_date_order": sum(out_of_order(k) for k in lists),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("paths", nargs="*", type=Path, help="SHARED_EVAL OUT_DIR")
    ap.add_argument("--signatures", metavar="DB")
    ap.add_argument("--round", type=int, default=17, choices=(17, 18, 19, 20, 22, 23),
                    help="which round's stores to write")
    a = ap.parse_args()
    if a.signatures:
        print(json.dumps(signatures(a.signatures)))
    else:
        write_stores(*a.paths, round_=a.round)


if __name__ == "__main__":
    main()
