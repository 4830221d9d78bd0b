import csv
import io
import json

import pytest

from sitroom import export, report
from sitroom.errors import SitroomError
from sitroom.model import Document
from sitroom.store import Store

EV = {"doc": "d1", "start": 0, "end": 25, "text": "Rebels seized the port.", "sent": 0}
PICTURE = {
    "actors": [{"id": "actor:rebels", "name": "Rebels", "kind": "armed_group", "aliases": ["the rebels"],
                "roles": [], "mentions": 2, "docs": ["d1"], "evidence": [EV]}],
    "places": [{"id": "place:varna", "name": "Varna", "lat": 43.2, "lon": 27.9, "country_code": "BG",
                "feature": "city", "geonameid": 1, "aliases": [], "mentions": 1, "docs": ["d1"],
                "evidence": [EV]}],
    "events": [{"id": "event:1", "type": "ASSAULT", "mode": "seize", "quad_class": "material_conflict",
                "actor": "actor:rebels", "recipient": None, "place": "place:varna",
                "actor_text": "Rebels", "recipient_text": None, "trigger": "seized",
                "date": "2024-05-06", "date_precision": "day",
                "date_source": "text", "certainty": "reported", "polarity": "positive",
                "historical": False, "summary": "Rebels seized the port.", "docs": ["d1"],
                "sources": [], "evidence": [EV]}],
    "quotes": [{"id": "quote:1", "speaker": "actor:rebels", "speaker_text": "they",
                "text": "We hold the port",
                "cue": "said", "medium": "video", "kind": "direct", "time": None, "doc": "d1",
                "docs": ["d1"], "evidence": [EV]}],
    "claims": [{"id": "claim:1", "text": "Rebels reportedly seized the port.", "certainty": "reported",
                "polarity": "positive", "score": 2.0, "cue": "reportedly",
                "source": {"kind": "anonymous", "actor": None, "text": "officials"}, "doc": "d1",
                "evidence": [EV]}],
    "timeline": [{"id": "t1", "order": 1, "event": "event:1", "date": "2024-05-06",
                  "date_precision": "day",
                  "date_source": "text", "historical": False, "type": "ASSAULT",
                  "summary": "Rebels seized the port.", "docs": ["d1"], "evidence": [EV]}],
    "links": [],
}


@pytest.fixture()
def store(tmp_path):
    s = Store(tmp_path / "p.db")
    s.add_document(Document(id="d1", text="Rebels seized the port. <b>x</b>", content_hash="h1",
                            title="Port falls", outlet="Coast Wire", published="2024-05-07",
                            source="wire.txt"))
    s.put_picture(PICTURE)
    yield s
    s.close()


def test_json_export_has_every_documented_key(store):
    data = json.loads(export.render(store, "json"))
    assert list(data) == ["format", "version", "documents", "actors", "places", "events", "quotes",
                          "claims", "timeline", "links", "stories", "framing"]
    d = data["documents"][0]
    assert {k: d[k] for k in ("id", "title", "outlet", "published", "source", "kind")} == {
        "id": "d1", "title": "Port falls", "outlet": "Coast Wire", "published": "2024-05-07",
        "source": "wire.txt", "kind": "text"}
    assert [{k: e[k] for k in PICTURE["events"][0]} for e in data["events"]] == PICTURE["events"]


def test_every_date_has_utc_start_end_that_pandas_parses(store):
    import pandas as pd

    data = json.loads(export.render(store, "json"))
    e = data["events"][0]
    assert (e["date_start"], e["date_end"], e["date_precision"]) == (
        "2024-05-06T00:00:00+00:00", "2024-05-07T00:00:00+00:00", "day")
    d = data["documents"][0]
    assert (d["published_start"], d["published_precision"]) == ("2024-05-07T00:00:00+00:00", "day")
    assert data["quotes"][0]["time_start"] is None
    rows = pd.read_csv(io.StringIO(export.render(store, "csv", "timeline")))
    assert str(pd.to_datetime(rows["date_start"]).dtype).endswith(", UTC]")


def test_jsonl_and_csv_write_one_kind(store):
    lines = export.render(store, "jsonl", "claims").splitlines()
    assert [json.loads(x)["id"] for x in lines] == ["claim:1"]
    rows = list(csv.DictReader(io.StringIO(export.render(store, "csv", "claims"))))
    assert rows[0]["source_kind"] == "anonymous"
    assert rows[0]["source_text"] == "officials"
    assert rows[0]["evidence_text"] == "Rebels seized the port."
    rows = list(csv.DictReader(io.StringIO(export.render(store, "csv", "actors"))))
    assert rows[0]["aliases"] == "the rebels"


def test_unknown_kind_and_format_are_errors(store):
    with pytest.raises(SitroomError, match="unknown record kind 'bananas'"):
        export.render(store, "jsonl", "bananas")
    with pytest.raises(SitroomError, match="unknown export format 'xml'"):
        export.render(store, "xml")


def test_export_without_picture_says_to_analyze(tmp_path):
    with Store(tmp_path / "e.db") as s, pytest.raises(SitroomError, match="sitroom analyze"):
        export.render(s, "json")


def test_markdown_report_sections_and_sources(store):
    md = report.markdown(store)
    for heading in ("# Situation report", "## What happened", "## Actors", "## Places", "## Quotes",
                    "## Claims by certainty", "## Disputed", "## Sources"):
        assert heading in md
    assert ("- 2024-05-06: **ASSAULT** (seize) by Rebels in Varna _[reported]_ — "
            "Rebels seized the port. [Coast Wire]") in md
    assert "- **Rebels** (said, via video): “We hold the port” [Coast Wire]" in md
    assert "denied: 0, unconfirmed: 0, speculated: 0, reported: 1, asserted: 0." in md


# --------------------------------------------------------------------------- cross-source report


def _ev(doc: str, start: int, text: str) -> dict:
    return {"doc": doc, "start": start, "end": start + len(text), "text": text, "sent": 0}


DOCS = [
    {"id": "d1", "title": "Port falls", "outlet": "Coast Wire", "published": "2024-05-06T09:00:00",
     "kind": "text", "copy_of": None, "meta": {}},
    {"id": "d2", "title": "Harbour quiet", "outlet": "Harbour Times", "published": "2024-05-06T18:30:00",
     "kind": "html", "copy_of": None, "meta": {"kind": "news"}},
    {"id": "d3", "title": None, "outlet": "Valley News", "published": "2024-05-07T08:00:00",
     "kind": "text", "copy_of": None, "meta": {"kind": "opinion column"}},
]
SEIZED = _ev("d1", 0, "Rebels seized the port, killing 12 people.")
DENIAL = _ev("d2", 40, "The rebels denied that anyone was killed in the port.")
STALE = _ev("d1", 60, "UPDATE 09:00 CET: The governor has not yet commented.")
SPOKE = _ev("d2", 100, "The governor said the port would be retaken.")


def cross_picture() -> dict:
    """Three outlets: one event reported, corroborated and contradicted; a stale claim overtaken
    by a later quote; two stories; framing for each outlet."""
    actors = [{"id": "actor:rebels", "name": "Rebels", "kind": "armed_group", "aliases": [],
               "roles": [], "mentions": 3, "docs": ["d1", "d2"], "evidence": [SEIZED]},
              {"id": "actor:governor", "name": "Governor Ana Petrova", "kind": "person", "aliases": [],
               "roles": ["governor"], "mentions": 2, "docs": ["d1", "d2"], "evidence": [SPOKE]},
              {"id": "actor:regime", "name": "regime", "kind": "organisation", "aliases": [],
               "roles": [], "mentions": 1, "docs": ["d3"], "evidence": []},
              {"id": "actor:ht", "name": "Harbour Times", "kind": "organisation", "aliases": [],
               "roles": [], "mentions": 1, "docs": ["d2"], "evidence": []}]
    event = {"id": "event:1", "type": "ASSAULT", "mode": "seize", "quad_class": "material_conflict",
             "actor": "actor:rebels", "recipient": None, "place": None, "actor_text": "Rebels",
             "recipient_text": None, "trigger": "seized", "date": "2024-05-06", "date_precision": "day",
             "date_source": "text", "certainty": "asserted", "polarity": "positive",
             "historical": False, "summary": SEIZED["text"], "docs": ["d1", "d2", "d3"],
             "sources": [], "evidence": [SEIZED, DENIAL],
             "outlets": {"Coast Wire": "reports", "Valley News": "corroborates",
                         "Harbour Times": "contradicts"},
             "disputed": True, "superseded_by": None, "story": "story:d1"}
    kill = dict(event, id="event:2", type="COERCE", mode="kill", trigger="killing", outlets={
        "Coast Wire": "reports"}, docs=["d1"], disputed=False, date_source="published")
    quote = {"id": "quote:1", "speaker": "actor:governor", "speaker_text": "The governor",
             "text": "the port would be retaken", "cue": "said", "medium": None, "kind": "indirect",
             "time": None, "doc": "d2", "docs": ["d2"], "evidence": [SPOKE]}
    stale = {"id": "claim:1", "text": STALE["text"], "certainty": "denied", "polarity": "negative",
             "score": -3.0, "cue": "not", "source": {"kind": "author", "actor": None, "text": None},
             "doc": "d1", "evidence": [STALE], "outlets": {"Coast Wire": "reports"},
             "disputed": False, "superseded_by": "quote:1", "story": "story:d1"}
    timeline = [{"id": f"t{i}", "order": i, "event": e["id"], "date": "2024-05-06",
                 "date_precision": "day", "date_source": e["date_source"], "historical": False,
                 "type": e["type"], "summary": e["summary"], "docs": e["docs"], "evidence": [SEIZED]}
                for i, e in enumerate((event, kill))]
    links = [{"kind": "contradicts", "from": "d2", "to": "event:1", "against": "d1", "reason": "denial",
              "evidence": [SEIZED, DENIAL]},
             {"kind": "corroborates", "from": "d3", "to": "event:1", "first": "d1"},
             {"kind": "supersedes", "from": "quote:1", "to": "claim:1", "from_doc": "d2", "to_doc": "d1",
              "reason": "overtaken: the governor said the port would be retaken"}]
    stories = [{"id": "story:d1", "title": "Port falls", "docs": ["d1", "d2"],
                "first": "2024-05-06T09:00",
                "last": "2024-05-06T18:30", "outlets": ["Coast Wire", "Harbour Times"]},
               {"id": "story:d3", "title": None, "docs": ["d3"], "first": "2024-05-07T08:00",
                "last": "2024-05-07T08:00", "outlets": ["Valley News"]}]
    framing = [{"id": "framing:coast-wire", "outlet": "Coast Wire", "docs": ["d1"],
                "terms": [{"term": "rebels", "z": 2.5, "count": 4},
                          {"term": "port seized", "z": 2.01, "count": 2}],
                "tone": [{"actor": "actor:rebels", "name": "Rebels", "tone": -0.5, "n": 3}],
                "omits": {"actors": [], "claims": []}},
               {"id": "framing:harbour-times", "outlet": "Harbour Times", "docs": ["d2"], "terms": [],
                "tone": [{"actor": "actor:governor", "name": "Governor Ana Petrova", "tone": 0.25,
                          "n": 1}],
                "omits": {"actors": ["actor:rebels"], "claims": ["claim:1"]}}]
    return {"documents": DOCS, "actors": actors, "places": [], "events": [event, kill],
            "quotes": [quote], "claims": [stale], "timeline": timeline, "links": links,
            "stories": stories, "framing": framing}


def _section(md: str, heading: str) -> list[str]:
    """The lines of one ``## heading`` section (without the heading and blank lines)."""
    part = md.split(f"\n## {heading}\n", 1)[1].split("\n## ", 1)[0]
    return [ln for ln in part.splitlines() if ln.strip()]


def test_report_sources_matrix_marks_each_outlets_role():
    md = report.build(cross_picture(), quality={})
    assert _section(md, "Sources") == [
        "Who carries the main events and claims: ● reports, ✓ corroborates, ✗ contradicts, "
        "… discusses, – silent.",
        "| event or claim | Coast Wire | Harbour Times | Valley News |",
        "|---|---|---|---|",
        "| **ASSAULT** Rebels seized the port, killing 12 people. (disputed) | ● | ✗ | ✓ |"]


def test_report_disputed_shows_both_sides_with_their_sources():
    md = report.build(cross_picture(), quality={})
    assert _section(md, "Disputed") == [
        "- **ASSAULT**: Rebels seized the port, killing 12 people.",
        "  - Coast Wire, 2024-05-06 09:00: “Rebels seized the port, killing 12 people.”",
        "  - contradicted by Harbour Times, 2024-05-06 18:30 (denial): “The rebels denied that "
        "anyone was killed in the port.”"]
    # the timeline line names every outlet with its role and flags the dispute
    # events told in one sentence are one line, with every outlet and its role
    assert ("- 2024-05-06: **ASSAULT** (seize) by Rebels; **COERCE** (kill) by Rebels — Rebels "
            "seized the port, killing 12 people. [Coast Wire, Valley News; contradicted by "
            "Harbour Times] **disputed**") in md


def test_report_overtaken_statement_latest_first_with_history():
    md = report.build(cross_picture(), quality={})
    assert _section(md, "Overtaken statements") == [
        "Statements true when written and overtaken by later reports (latest first):",
        "- **now:** Governor Ana Petrova: the port would be retaken "
        "(Harbour Times, 2024-05-06 18:30)",
        "  - was: The governor has not yet commented. (Coast Wire, 2024-05-06 09:00) — overtaken by "
        "Harbour Times"]
    # the stale claim is not listed as current, and its live-blog header is gone
    claims = _section(md, "Claims by certainty")
    assert claims == ["denied: 0, unconfirmed: 0, speculated: 0, reported: 0, asserted: 0. "
                      "1 overtaken (see above)."]


def test_report_framing_per_outlet():
    md = report.build(cross_picture(), quality={})
    assert _section(md, "Framing")[1:] == [
        "### Coast Wire (1 report)",
        "- Words that set it apart: rebels (z 2.5, 4×), port seized (z 2.0, 2×).",
        "- Tone: Rebels -0.50 (3 sentences).",
        "### Harbour Times (1 report)",
        "- Words that set it apart: none significant (z > 1.96).",
        "- Tone: Governor Ana Petrova +0.25 (1 sentence).",
        # no "Never names: Rebels": Harbour Times's report d2 names them (round 17)
        "- Leaves out 1 claim other outlets carry: “The governor has not yet commented.”."]


def test_report_stories_events_and_actors():
    md = report.build(cross_picture(), quality={})
    assert _section(md, "Stories") == [
        "The reports tell of 2 separate developments (the events of the 2nd and later ones are "
        "marked with their number below):",
        "1. **Port falls** — 2 reports from Coast Wire, Harbour Times, "
        "2024-05-06 09:00 to 18:30",
        "2. **(untitled report of Valley News)** — 1 report from Valley News, 2024-05-07 08:00"]
    actors = "\n".join(_section(md, "Actors"))
    assert "| Rebels |" in actors and "| Governor Ana Petrova |" in actors
    assert "| regime |" not in actors and "| Harbour Times |" not in actors  # generic; an outlet


def test_report_commentary_events_without_actor_or_date_go_lower():
    p = cross_picture()
    p["events"][1].update(docs=["d3"], outlets={"Valley News": "reports"}, evidence=[DENIAL],
                          summary="The rebels denied that anyone was killed in the port.")
    what = "\n".join(_section(report.build(p, quality={}), "What happened"))
    main, lower = what.split("### Also reported", 1)
    assert "**ASSAULT**" in main and "**COERCE**" in lower
    p["events"][1]["story"] = "story:d3"
    what = "\n".join(_section(report.build(p, quality={}), "What happened"))
    assert "_(story 2)_" in what and what.count("_(story") == 1


def test_report_quality_footer_from_the_record_only():
    q = {"measured_on": "2026-11-20", "commit": "abcdef1234567", "figures": {
        "time": {"strict_f1": 0.812, "relaxed_f1": 0.9, "value_f1": 0.7, "n": 100},
        "custom": {"acc": 0.5, "note": "x"}}, "data": {}}
    md = report.build(cross_picture(), quality=q)
    assert md.rstrip().endswith(
        "_Quality on public gold data, measured on 2026-11-20 (commit abcdef1234): time strict\\_f1 "
        "0.81, relaxed\\_f1 0.90; custom acc 0.50._")
    assert "Quality on public gold data" not in report.build(cross_picture(), quality={})


def test_clean_sentence_drops_live_blog_headers_only():
    assert report.clean_sentence("CET: Troops left.") == "Troops left."
    assert report.clean_sentence("UPDATE (March 14, 21:10 EET): Talks began.") == "Talks began."
    assert report.clean_sentence("[11:30 GMT+2] The minister spoke.") == "The minister spoke."
    assert report.clean_sentence("NATO: the alliance met.") == "NATO: the alliance met."


def test_export_of_stories_and_framing(tmp_path):
    with Store(tmp_path / "x.db") as s:
        s.add_document(Document(id="d1", text="Rebels seized the port.", content_hash="h1",
                                outlet="Coast Wire", source="a.txt"))
        p = cross_picture()
        s.put_picture({k: v for k, v in p.items() if k != "documents"})
        data = json.loads(export.render(s, "json"))
        assert [{k: s[k] for k in p["stories"][0]} for s in data["stories"]] == p["stories"]
        assert data["stories"][0]["first_start"] == "2024-05-06T09:00:00+00:00"
        assert data["framing"] == p["framing"]
        lines = export.render(s, "jsonl", "framing").splitlines()
        assert [json.loads(x)["outlet"] for x in lines] == ["Coast Wire", "Harbour Times"]
        rows = list(csv.DictReader(io.StringIO(export.render(s, "csv", "framing"))))
        assert rows[1]["omits_actors"] == "actor:rebels" and rows[1]["omits_claims"] == "claim:1"
        assert json.loads(rows[0]["terms"])[0] == {"term": "rebels", "z": 2.5, "count": 4}
        rows = list(csv.DictReader(io.StringIO(export.render(s, "csv", "stories"))))
        assert rows[0]["docs"] == "d1; d2" and rows[1]["title"] == ""
        rows = list(csv.DictReader(io.StringIO(export.render(s, "csv", "events"))))
        assert rows[0]["outlets"] == ("Coast Wire: reports; Valley News: corroborates; "
                                      "Harbour Times: contradicts")
        assert rows[0]["disputed"] == "true" and rows[0]["superseded_by"] == ""


def test_matrix_columns_become_initials_when_outlet_names_are_long():
    assert report._column_labels(["Coast Wire", "Harbour Times"]) == ["Coast Wire", "Harbour Times"]
    names = ["The Coast Wire Service", "Central Wire Service", "Harbour Times Evening Edition"]
    assert report._column_labels(names) == ["CWS", "CWS2", "HTEE"]


def test_report_dates_stay_sortable_and_readable():
    from sitroom.report import readable_date

    assert [readable_date(d) for d in ("2023-06-24TEV", "2023-06-24T05:37", "2023-06", None)] == [
        "2023-06-24 evening", "2023-06-24 05:37", "2023-06", "undated"]


def test_event_phrase_names_a_place_once():
    from sitroom.report import _event_phrase, _View

    pic = {"documents": [], "actors": [], "events": [],
           "places": [{"id": "p1", "name": "Sofia"}]}
    e = {"type": "CONSULT", "actor_text": "The premier", "place": "p1",
         "recipient_text": "the security council in Sofia", "certainty": "asserted"}
    assert _event_phrase(_View.of(pic), e) == (
        "**CONSULT** by The premier on the security council in Sofia")
    e["recipient_text"] = "the security council"
    assert _event_phrase(_View.of(pic), e).endswith("on the security council in Sofia")


def test_clean_sentence_drops_the_headers_ingest_knows():
    from sitroom.report import clean_sentence

    assert clean_sentence("Update, 3:15 p.m. ET: Power is out.") == "Power is out."
    assert clean_sentence("14:05 (local time) Rescue teams arrived.") == "Rescue teams arrived."
    assert clean_sentence("12:30 is when it starts.") == "12:30 is when it starts."
