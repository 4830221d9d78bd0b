"""The torture run (``sitroom eval robustness``): a fast sample of it, its mutations, its
report of a failure, and regression tests for the crashes it found."""

from __future__ import annotations

import json

import pytest
from conftest import EVAL, EXAMPLES, SEEDS, need
from typer.testing import CliRunner

from sitroom.cli import app
from sitroom.eval import robustness as rb
from sitroom.extract.actors import extract_actors
from sitroom.extract.claims import extract_claims
from sitroom.extract.quotes import extract_quotes


@pytest.fixture(scope="module")
def examples():
    return rb.report_texts([EXAMPLES / "reports"], "examples", EXAMPLES / "meta.json")


def test_every_mutation_kind_changes_the_text_and_is_deterministic(examples):
    base = examples[0]
    for kind in rb.MUTATIONS:
        once, again = rb.mutate(base, kind), rb.mutate(base, kind)
        assert once == again, kind
        assert once.text != base.text and once.mutation == kind, kind
        assert once.id == f"{base.id}~{kind}"


def test_mutations_cover_every_kind_even_for_few_texts(examples):
    texts = rb.mutations(examples[:2])
    assert {t.mutation for t in texts} == set(rb.MUTATIONS) | {"blank"}
    assert sum(1 for t in texts if t.mutation == "blank") == len(rb.material()["blank"])


def test_headline_mutations_give_name_colon_quote_lines(examples):
    t = next(t for t in examples if t.id.startswith("examples/05_night_desk_live"))
    curly = rb.mutate(t, "name_curly_quote").text
    plain = rb.mutate(t, "name_plain_quote").text
    assert curly.splitlines()[0].split(": ", 1)[1].startswith("“")
    assert "CET: " in curly and ": “" in curly.split("CET: ", 1)[1].splitlines()[0]
    assert plain.splitlines()[0].split(": ", 1)[1][:1].isalnum()


def test_sample_spreads_over_the_corpora():
    texts = [rb.Text(f"{c}/{k}", c, f"text {c} {k}") for c in "abc" for k in range(10)]
    picked = rb.sample(texts, 6)
    assert len(picked) == 6 and {t.corpus for t in picked} == {"a", "b", "c"}
    assert rb.sample(texts, None) == texts


def test_mutations_of_the_examples_raise_no_exception(examples):
    texts = examples + rb.mutations(examples)
    result = rb.torture(texts)
    assert result["exceptions"] == 0, result["exception_kinds"]
    assert result["offset_errors"] == 0, result["offset_examples"]
    assert result["texts"] == len(texts)
    assert set(result["mutations"]) == set(rb.MUTATIONS) | {"blank"}
    assert result["analysed"] + result["refused"] + result["duplicates"] >= len(texts) - 1
    assert result["peak_memory_mb"] > 0 and result["records"]["claims"] > 0


def test_blank_texts_are_refused_with_one_line_messages():
    result = rb.torture(rb.blank_texts())
    assert result["exceptions"] == 0
    whitespace = [t for t in rb.blank_texts() if not t.text.strip(" \n\t\r\u00a0\u2003\u3000")]
    assert result["refused"] >= len(whitespace) - 2  # a BOM or zero-width space may be text
    for r in result["refusals"]:
        assert "\n" not in r["message"] and r["message"]


def test_a_failure_is_reported_with_its_stage_and_frame(monkeypatch, examples):
    from sitroom.extract import claims

    def broken(adoc, sent):
        raise IndexError("list index out of range")

    monkeypatch.setattr(claims, "has_proposition", broken)
    result = rb.torture(examples[:2])
    assert result["exceptions"] == 2 and result["analysed"] == 0
    (kind,) = result["exception_kinds"]
    assert kind["stage"] == "extract.claims" and kind["type"] == "IndexError"
    assert kind["frame"].startswith("sitroom/extract/claims.py:")
    assert kind["frame"].endswith(" in extract_claims") and kind["count"] == 2
    assert "2 x extract.claims: IndexError at sitroom/extract/claims.py:" in rb.format_text(result)


def test_sample_of_the_shared_texts_raises_no_exception():
    base = rb.sample(rb.load_corpus(need(EVAL), SEEDS), 16)
    assert len({t.corpus for t in base}) >= 6
    result = rb.torture(base + rb.mutations(base))
    assert result["exceptions"] == 0, result["exception_kinds"]
    assert result["offset_errors"] == 0, result["offset_examples"]
    assert set(result["mutations"]) == set(rb.MUTATIONS) | {"blank"}


def test_cli_prints_the_figures_and_refuses_a_missing_folder(tmp_path):
    runner = CliRunner()
    r = runner.invoke(app, ["eval", "robustness", "--data", str(tmp_path / "none"), "-q"])
    assert r.exit_code == 1
    assert r.output == (f"Error: {tmp_path / 'none'}: no such folder; "
                        "give the shared eval folder with --data\n")
    r = runner.invoke(app, ["eval", "robustness", "--data", str(tmp_path), "-q", "--json"])
    assert r.exit_code == 1 and r.output.startswith(f"Error: {tmp_path}: none of the eval corpora")
    one = EXAMPLES / "reports" / "01_bws_plovdiv_mutiny.txt"
    r = runner.invoke(app, ["eval", "robustness", "--data", str(EXAMPLES / "reports"),
                            "--reports", str(one), "--no-mutate", "-q", "--json"])
    assert r.exit_code == 1  # examples/reports holds none of the eval corpora
    (tmp_path / "geo-lgl").mkdir()
    (tmp_path / "geo-lgl" / "lgl.xml").write_text(
        "<articles><article docid='1'><text>Troops entered Goma on Monday, officials said."
        "</text><toponyms/></article></articles>", encoding="utf-8")
    r = runner.invoke(app, ["eval", "robustness", "--data", str(tmp_path), "--reports", str(one),
                            "--no-mutate", "-q", "--json"])
    assert r.exit_code == 0, r.output
    out = json.loads(r.output)
    assert out["texts"] == 2 and out["exceptions"] == 0
    assert out["corpora"] == {"lgl": 1, "reports": 1}


# ------------------------------------------------------------ crashes the torture run found


def test_name_colon_line_gives_a_quote_without_an_empty_cue_and_claims_do_not_crash(annotated):
    # live-blog entries headed "Name: quote" raised IndexError in claims._span_head: the
    # quote's cue was the colon trimmed to an empty span
    adoc = annotated("Biden: we will help Ukraine with more weapons\n\n"
                     "The president spoke on Monday.", published="2023-06-24")
    actors = extract_actors(adoc)
    quotes = extract_quotes(adoc, actors)
    (q,) = [q for q in quotes if q.speaker_text == "Biden"]
    assert q.cue is None and q.cue_start is None and q.cue_end is None
    claims = extract_claims(adoc, actors, quotes)
    assert any(c.source_kind == "named" and c.source_text == "Biden" for c in claims)


def test_a_speaker_head_the_tagger_calls_punctuation_keeps_its_name():
    # "As RadarOnline.com has previously reported": the tagger read the site name as PUNCT,
    # the name span had no token left and quotes._name_span raised IndexError (FNC-1 body 580)
    from sitroom.extract.quotes import _name_span
    from sitroom.model import AnnotatedDoc, Document, Sentence, Token

    text = "RadarOnline.com reported it."
    words = [("RadarOnline.com", 0, "PUNCT", "nsubj", 1), ("reported", 16, "VERB", "ROOT", 1),
             ("it", 25, "PRON", "dobj", 1), (".", 27, "PUNCT", "punct", 1)]
    toks = tuple(Token(i, w, idx, " ", w.lower(), pos, "", dep, head, "O", "", 0)
                 for i, (w, idx, pos, dep, head) in enumerate(words))
    adoc = AnnotatedDoc(Document(id="d", text=text), toks,
                        (Sentence(0, 0, 4, 0, len(text), text),), ())
    assert _name_span(adoc, 0) == (0, len("RadarOnline.com"))


def test_two_quotes_from_one_start_get_distinct_picture_ids(tmp_path):
    # a direct and an indirect reading of one quote start at the same character; their
    # picture records had the same id and storing the picture raised IntegrityError
    from sitroom.model import Document, Extraction, Quote
    from sitroom.pipeline import link
    from sitroom.store import Store

    text = "He said: They want the money first, they will not give it without the money."
    doc = Document(id="d1", text=text, content_hash="h1")
    s = text.index("They")
    direct = Quote("d1", s, len(text) - 1, 0, text[s:-1], "He", None, "said", kind="direct")
    indirect = Quote("d1", s, text.index(","), 0, text[s:text.index(",")], "He", None, "said",
                     kind="indirect")
    with Store(tmp_path / "s.db") as store:
        store.add_document(doc)
        store.put_extraction(Extraction("d1", quotes=(direct, indirect)), "v",
                             [(0, len(text), text)])
        picture = link(store)
        ids = [q["id"] for q in picture["quotes"]]
        assert len(ids) == 2 and len(set(ids)) == 2
        assert {q["text"] for q in store.picture("quotes")} == {direct.text, indirect.text}
