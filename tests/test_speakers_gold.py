"""The speaker gold and its name match, without the shared data."""

from __future__ import annotations

from collections import Counter

import pytest

from sitroom.errors import InputError
from sitroom.eval import speakers as S


def test_gold_has_300_checked_attributions_of_every_kind():
    gold = S.load_gold()
    kinds = Counter(g.kind for g in gold)
    assert len(gold) >= 300
    assert {"named", "pronoun", "role", "headline", "none"} <= set(kinds)
    assert all(s < e for g in gold for s, e in g.spans)
    assert all(g.speaker for g in gold if g.kind != "none")


def test_gold_holds_offsets_not_sentences():
    text = S.GOLD.read_text(encoding="utf-8")
    header, *rows = text.splitlines()
    assert header.split("\t") == ["file", "spans", "speaker", "kind", "source"]
    assert max(len(r) for r in rows) < 200  # names and numbers, no quoted sentences


@pytest.mark.parametrize("pred, gold, same", [
    ("Trump", "Donald Trump", True),
    ("Donald J. Trump", "Donald Trump", True),
    ("Mr. Obama", "Barack Obama", True),
    ("Bill Clinton", "Hillary Clinton", False),
    ("Hillary", "Hillary Clinton", False),
    ("New York Post", "The New York Post", True),
    ("IMF", "International Monetary Fund", True),
    (None, "Donald Trump", False),
    ("J. Smith", "Jane Smith", True),
    ("Ren\x83\u00e9e Roe", "Ren\u00e9e Roe", True),  # a C1 control of a mis-encoded text
    ("Ren\x83\u00e9e Roe", "Rita Roe", False),
])
def test_same_person(pred, gold, same):
    assert S.same_person(pred, gold) is same


def test_judge_needs_the_quote_found_and_the_right_speaker():
    gold = [S.GoldSpeaker("a", ((10, 20),), "Ann Lee", "named"),
            S.GoldSpeaker("a", ((30, 40), (50, 60)), "Bo Park", "pronoun"),
            S.GoldSpeaker("a", ((70, 80),), "", "none"),
            S.GoldSpeaker("b", ((0, 5),), "Cy Dunn", "role")]
    run = {"a": ("", [(((12, 19),), "Lee", "person"), (((52, 58),), "Ann Lee", "person"),
                      (((70, 80),), "officials", "group")])}
    v = S.judge(gold, run)
    assert [x["right"] for x in v] == [True, False, True, False]
    assert [x["found"] for x in v] == [True, True, True, False]
    r = S.score(v)
    assert r["accuracy"] == 0.5 and r["pronoun_accuracy"] == 0.0 and r["named_n"] == 1


def test_a_bad_gold_row_is_named(tmp_path):
    p = tmp_path / "g.tsv"
    p.write_text("file\tspans\tspeaker\tkind\tsource\nx\t1-2\tA B\tguess\t\n", encoding="utf-8")
    with pytest.raises(InputError, match="unknown kind"):
        S.load_gold(p)
