"""Round 17: the near-identical claims of several reports (sitroom.link.claims_merge), the
measure of defect E9 of docs/judgements/reading.md."""

from sitroom.link.claims_merge import near_identical


def _claim(cid, doc, text, polarity="positive", **extra):
    return {"id": cid, "doc": doc, "text": text, "polarity": polarity,
            "outlets": {f"out-{doc}": "reports"},
            "evidence": [{"doc": doc, "start": 0, "end": len(text), "text": text, "sent": 0}],
            **extra}


WIRE = "The three ferry officers missing from the harbour base were identified on Friday"


def test_claims_that_only_share_a_subject_stay_apart():
    other = "The three ferry officers missing from the harbour base returned home on Sunday"
    claims = [_claim("c1", "d1", WIRE), _claim("c2", "d2", other)]
    assert near_identical(claims) == []


def test_other_figures_or_polarity_or_the_same_report_stay_apart():
    four = WIRE.replace("three", "4")
    three = WIRE.replace("three", "3")
    assert near_identical([_claim("c1", "d1", three), _claim("c2", "d2", four)]) == []
    assert near_identical([_claim("c1", "d1", WIRE),
                           _claim("c2", "d2", WIRE, polarity="negative")]) == []
    assert near_identical([_claim("c1", "d1", WIRE), _claim("c2", "d1", WIRE)]) == []

def test_a_wire_sentence_in_three_reports_makes_three_pairs():
    claims = [_claim("c1", "d1", WIRE), _claim("c2", "d2", WIRE + "."),
              _claim("c3", "d3", "Officials said " + WIRE.lower())]
    assert near_identical(claims) == [(0, 1), (0, 2), (1, 2)]
