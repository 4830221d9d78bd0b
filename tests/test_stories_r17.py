"""Stories of round 17: an entity that many stories of the archive name is weak evidence
that two stories are one crisis, and so are two shared entities among many of a story's own;
and the story scorer of ``sitroom eval stories``."""

from __future__ import annotations

import pytest

from sitroom.eval.stories import score
from sitroom.link.stories import (SHORT_THRESHOLD, COMMON_MIN, assign_stories, common_terms,
                                  merge_related)
from test_stories import FLOOD, FLOOD2, FLOOD3, _docs


def _undated(n: int) -> list[dict]:
    return [{"id": f"d{i}"} for i in range(n)]


def test_stories_sharing_only_common_entities_stay_apart():
    n = COMMON_MIN + 2
    alone = {f"d{i}": f"story:d{i}" for i in range(n)}
    terms = {f"d{i}": ["A_country", "P_capital"] for i in range(n)}
    assert common_terms({s: set(terms[d]) for d, s in alone.items()}) == {
        "A_country", "P_capital"}
    assert merge_related(_undated(n), alone, terms) == alone
    # two of them sharing two rarer entities besides are one crisis
    terms["d3"] += ["A_rebels", "P_town"]
    terms["d7"] += ["A_rebels", "P_town"]
    merged = merge_related(_undated(n), alone, terms)
    assert merged["d7"] == "story:d3" and merged["d5"] == "story:d5"


def test_a_small_archive_has_no_common_entities():
    n = COMMON_MIN - 1
    alone = {f"d{i}": f"story:d{i}" for i in range(n)}
    terms = {d: ["A_country", "P_capital"] for d in alone}
    assert common_terms({s: set(terms[d]) for d, s in alone.items()}) == set()
    assert set(merge_related(_undated(n), alone, terms).values()) == {"story:d0"}


def test_stories_sharing_two_entities_of_many_stay_apart():
    """Two entities shared are too few when each story has many of its own."""
    docs = _undated(2)
    alone = {"d0": "story:d0", "d1": "story:d1"}
    own = [f"A_own{i}" for i in range(8)]
    terms = {"d0": ["A_x", "P_1", *own], "d1": ["A_x", "P_1", *(t + "b" for t in own)]}
    assert merge_related(docs, alone, terms)["d1"] == "story:d1"
    terms["d1"] = ["A_x", "P_1", "A_other"]  # two of the other's three: one crisis
    assert merge_related(docs, alone, terms)["d1"] == "story:d0"


def test_story_scores_b_cubed_and_purity():
    gold = {"a": "1", "b": "1", "c": "2", "d": "2"}
    assert score(gold, {"a": "x", "b": "x", "c": "y", "d": "y"})["b3_f1"] == 1.0
    one = score(gold, {d: "x" for d in gold})
    assert one["b3_precision"] == pytest.approx(0.5) and one["b3_recall"] == 1.0
    assert one["purity"] == pytest.approx(0.5) and one["inverse_purity"] == 1.0
    assert one["n_stories"] == 1 and one["n_gold"] == 2
    apart = score(gold, {})  # a report the picture left out is a story of its own
    assert apart["b3_recall"] == pytest.approx(0.5) and apart["b3_precision"] == 1.0


# a long report on another matter that shares a few words with the flood reports
PRICES = ("Farmers near the river counted their losses on Thursday as fields of wheat and maize lay "
          "under mud; the agriculture ministry promised compensation and inspectors began visiting "
          "villages downstream, while insurers said claims from the northern districts would take "
          "months to settle. Economists expect grain prices to climb before winter, and bakers in "
          "the capital warned customers that bread could cost more; the central bank kept its "
          "forecast unchanged at a quarterly meeting.")


def test_a_long_report_sharing_a_few_words_opens_its_own_story():
    flood = " ".join([FLOOD, FLOOD2, FLOOD3])
    got = assign_stories(_docs("a", "b"), {"a": flood, "b": PRICES})
    assert got == {"a": "story:a", "b": "story:b"}
    # at the threshold of short messages it would have joined
    assert assign_stories(_docs("a", "b"), {"a": flood, "b": PRICES},
                          threshold=SHORT_THRESHOLD)["b"] == "story:a"


def _ecb_folder(root):
    """A tiny ECB+ layout: topics 1 and 2, each with an ECB and an ECB+ document."""
    from pathlib import Path

    root = Path(root)
    rows = ["Topic,File,Sentence Number"]
    for topic in ("1", "2"):
        (root / "ECB+" / topic).mkdir(parents=True)
        for name in (f"{topic}_1ecb", f"{topic}_1ecbplus"):
            toks = "".join(f'<token t_id="{i + 1}" sentence="{s}">{w}</token>'
                           for i, (s, w) in enumerate([(0, "url"), (1, "Crews"), (1, "arrived")]))
            (root / "ECB+" / topic / f"{name}.xml").write_text(
                f'<Document doc_name="{name}.xml">{toks}<Markables/><Relations/></Document>',
                encoding="utf-8")
            rows.append(f"{topic},{name.split('_')[1]},1")
    (root / "ECBplus_coreference_sentences.csv").write_text("\n".join(rows) + "\n",
                                                           encoding="utf-8")
    return root


def test_ecb_gold_stories_are_topic_and_subtopic(tmp_path):
    from sitroom.eval.stories import read

    name, rows, gold = read(_ecb_folder(tmp_path))
    assert name == "ECB+"
    assert gold == {"1_1ecb": "1/ecb", "1_1ecbplus": "1/ecbplus", "2_1ecb": "2/ecb",
                    "2_1ecbplus": "2/ecbplus"}
    assert {r["id"] for r in rows} == set(gold)
    assert "url" not in next(r for r in rows if r["id"] == "1_1ecbplus")["text"]
    _, odd, _ = read(tmp_path, part="odd")
    assert {r["id"] for r in odd} == {"2_1ecb", "2_1ecbplus"}
