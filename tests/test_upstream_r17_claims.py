"""Round 17: near-identical claims of several reports are one record (sitroom.link.claims_merge),
so the sources matrix shows one row per fact, not one per report."""

from sitroom.link.claims_merge import fold, near_identical


def _claim(cid, doc, text, polarity="positive", **extra):
    return {"id": cid, "doc": doc, "text": text, "polarity": polarity,
            "outlets": {f"out-{doc}": "reports"},
            "evidence": [{"doc": doc, "start": 0, "end": len(text), "text": text, "sent": 0}],
            **extra}


WIRE = "The three ferry officers missing from the harbour base were identified on Friday"


def _at(c):
    return {"d1": 1.0, "d2": 2.0, "d3": 3.0}[c["doc"]]


def test_three_reports_of_one_wire_sentence_become_one_claim():
    claims = [_claim("c1", "d1", WIRE), _claim("c2", "d2", WIRE + "."),
              _claim("c3", "d3", "Officials said " + WIRE.lower())]
    links = [{"kind": "corroborates", "from": "d2", "to": "c1", "first": "d1"},
             {"kind": "corroborates", "from": "d3", "to": "c2", "first": "d2"}]
    out = fold(claims, links, _at)
    assert [c["id"] for c in out] == ["c1"]
    assert out[0]["docs"] == ["d1", "d2", "d3"]
    assert len(out[0]["evidence"]) == 3
    assert out[0]["outlets"] == {"out-d1": "reports", "out-d2": "corroborates",
                                 "out-d3": "corroborates"}
    assert {x["to"] for x in links} == {"c1"}
    assert {x["from"] for x in links} == {"d2", "d3"}


def test_claims_that_only_share_a_subject_stay_apart():
    other = "The three ferry officers missing from the harbour base returned home on Sunday"
    claims = [_claim("c1", "d1", WIRE), _claim("c2", "d2", other)]
    assert near_identical(claims) == []
    assert len(fold(claims, [], _at)) == 2


def test_other_figures_or_polarity_or_the_same_report_stay_apart():
    four = WIRE.replace("three", "4")
    three = WIRE.replace("three", "3")
    assert near_identical([_claim("c1", "d1", three), _claim("c2", "d2", four)]) == []
    assert near_identical([_claim("c1", "d1", WIRE),
                           _claim("c2", "d2", WIRE, polarity="negative")]) == []
    assert near_identical([_claim("c1", "d1", WIRE), _claim("c2", "d1", WIRE)]) == []


def test_a_disputed_claim_keeps_its_own_record():
    claims = [_claim("c1", "d1", WIRE), _claim("c2", "d2", WIRE, disputed=True)]
    assert len(fold(claims, [], _at)) == 2
    claims = [_claim("c1", "d1", WIRE), _claim("c2", "d2", WIRE)]
    links = [{"kind": "supersedes", "from": "c2", "to": "c9"}]
    assert len(fold(claims, links, _at)) == 2


def test_the_earliest_report_keeps_the_record():
    claims = [_claim("c3", "d3", WIRE), _claim("c1", "d1", WIRE)]
    out = fold(claims, [], _at)
    assert [c["id"] for c in out] == ["c1"] and out[0]["docs"] == ["d1", "d3"]
