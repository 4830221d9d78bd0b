"""Quality floor: entity coreference of ECB+ participants through the shipped actor pipeline."""

from __future__ import annotations

import pytest

from conftest import EVAL, need
from sitroom.eval.participants import evaluate, format_text, read_doc

pytestmark = pytest.mark.slow


def test_ecbplus_participants_floor_first_topics():
    result = evaluate(need(EVAL / "coref-ecbplus"), limit=3)
    assert result["n"] == 528 and result["n_docs"] == 80
    # measured on topics 1-3 (round 8, with the mapping of unmatched gold mentions): CoNLL across
    # documents 0.671, within 0.743, coverage 0.917; HUMAN_PART alone 0.631 / 0.725, coverage
    # 0.912; the picture's actors alone 0.549 / 0.707, coverage 0.500 (0.531 / 0.690 before)
    assert result["mapped_conll_f1"] >= 0.66 and result["all"]["within"]["conll_f1"] >= 0.73
    assert result["all"]["coverage"] >= 0.90
    # the headline is the picture's actors alone
    assert result["conll_f1"] == result["actors"]["cross"]["conll_f1"]
    assert result["coverage"] == result["actors"]["coverage"]
    assert result["human"]["cross"]["conll_f1"] >= 0.62 and result["human"]["coverage"] >= 0.90
    actors = result["actors"]
    assert actors["cross"]["conll_f1"] >= 0.54 and actors["within"]["conll_f1"] >= 0.695
    assert actors["coverage"] >= 0.49
    assert result["names"]["cross"]["conll_f1"] >= actors["cross"]["conll_f1"]
    assert "human within" in format_text(result)


def test_a_participant_reads_with_its_offsets_and_chain(tmp_path):
    doc = tmp_path / "1_1ecbplus.xml"
    doc.write_text(
        '<Document doc_name="1_1ecbplus.xml">'
        '<token t_id="1" sentence="0">http://x</token>'
        '<token t_id="2" sentence="1">Police</token><token t_id="3" sentence="1">arrested</token>'
        '<token t_id="4" sentence="1">Jane</token><token t_id="5" sentence="1">Doe</token>'
        '<Markables><HUMAN_PART_PER m_id="7"><token_anchor t_id="4"/><token_anchor t_id="5"/>'
        '</HUMAN_PART_PER><NON_HUMAN_PART m_id="8"><token_anchor t_id="2"/></NON_HUMAN_PART>'
        '<HUMAN_PART_PER m_id="9" instance_id="DOE" /></Markables>'
        '<Relations><CROSS_DOC_COREF r_id="1" note="DOE"><source m_id="7"/><target m_id="9"/>'
        '</CROSS_DOC_COREF></Relations></Document>', encoding="utf-8")
    text, gold = read_doc(doc, {1})
    assert text == "Police arrested Jane Doe\n"  # the URL line of a "plus" document left out
    by_text = {text[g.start:g.end]: g for g in gold}
    assert by_text["Jane Doe"].chain == "x:DOE" and by_text["Jane Doe"].human
    assert by_text["Police"].chain.startswith("s:") and not by_text["Police"].human
