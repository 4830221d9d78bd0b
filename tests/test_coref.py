"""Event coreference: scorers (hand-computed classic cases), ECB+ reader, clusterer."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from sitroom.errors import InputError
from sitroom.eval.coref import b_cubed, ceaf_e, conll, evaluate, muc, read_ecbplus
from sitroom.link.coref import MentionFeatures, cluster_documents, cluster_events
from sitroom.link.textsim import TfIdf, cosine, jaccard, numbers, stem

KEY = [["a", "b", "c"], ["d", "e"]]
RESPONSE = [["a", "b"], ["c", "d", "e"]]


def test_muc_vilain_example():
    # key {A,B,C,D}; response {A,B} {C,D}: recall (4-2)/(4-1), precision 2/2
    p, r, f = muc([["A", "B", "C", "D"]], [["A", "B"], ["C", "D"]])
    assert (p, r) == (1.0, pytest.approx(2 / 3))
    assert f == pytest.approx(0.8)


def test_scores_by_hand():
    # MUC: recall (1 + 1) / (2 + 1), precision (1 + 1) / (1 + 2)
    assert muc(KEY, RESPONSE) == pytest.approx((2 / 3, 2 / 3, 2 / 3))
    # B3: recall (2/3 + 2/3 + 1/3 + 1 + 1) / 5 = 11/15, precision the same
    assert b_cubed(KEY, RESPONSE) == pytest.approx((11 / 15, 11 / 15, 11 / 15))
    # CEAF-e: phi4 best alignment 0.8 + 0.8 over 2 key and 2 response entities
    assert ceaf_e(KEY, RESPONSE) == pytest.approx((0.8, 0.8, 0.8))
    assert conll(KEY, RESPONSE)["conll_f1"] == pytest.approx((2 / 3 + 11 / 15 + 0.8) / 3)


def test_singletons_merged_by_hand():
    key, response = [["a"], ["b"]], [["a", "b"]]
    assert muc(key, response)[2] == 0.0
    assert b_cubed(key, response) == pytest.approx((0.5, 1.0, 2 / 3))
    # phi4({a},{a,b}) = 2/3; recall 2/3 / 2 entities, precision 2/3 / 1 entity
    assert ceaf_e(key, response) == pytest.approx((2 / 3, 1 / 3, 4 / 9))


def test_gold_against_itself_is_perfect():
    key = [["a", "b", "c"], ["d", "e"], ["f"]]
    scores = conll(key, [list(reversed(c)) for c in reversed(key)])
    assert scores == {"conll_f1": 1.0, "muc_f1": 1.0, "b3_f1": 1.0, "ceafe_f1": 1.0}


def test_textsim_helpers():
    assert stem("killings") == stem("killed") == stem("kill") == "kill"
    assert stem("shooting") == stem("shoots") == "shoot"
    assert numbers("12 dead, 1,200 hurt at 3.5") == {"12", "1200", "3.5"}
    assert jaccard("ab", "bc") == pytest.approx(1 / 3)
    space = TfIdf([["a", "b"], ["a", "c"]])
    assert cosine(space.vector(["a", "b"]), space.vector(["a", "b"])) == pytest.approx(1.0)
    assert cosine(space.vector(["b"]), space.vector(["c"])) == 0.0


def _m(key, doc, trigger, lemma, sentence, topic=None, **kw):
    return MentionFeatures(key, doc, topic, trigger, lemma, sentence, **kw)


def test_cluster_events_merges_same_event_and_keeps_others_apart():
    s_a = "Gunmen killed 12 people in Kandahar on Monday, police said."
    ms = [
        _m("a1", "A", "killed", "kill", s_a, places=("Kandahar",)),
        _m("b1", "B", "killing", "killing",
           "The killing of 12 people in Kandahar on Monday shocked the country.",
           places=("Kandahar",)),
        _m("a2", "A", "said", "say", s_a),
        _m("c1", "C", "elected", "elect",
           "Voters in Norway elected a new parliament on Sunday after a long campaign.",
           places=("Norway",)),
    ]
    assert sorted(sorted(c) for c in cluster_events(ms)) == [["a1", "b1"], ["a2"], ["c1"]]


def test_cluster_events_never_merges_across_given_topics():
    s = "Gunmen killed 12 people in Kandahar on Monday."
    ms = [_m("a", "A", "killed", "kill", s, topic="x"),
          _m("b", "B", "killed", "kill", s, topic="y")]
    assert sorted(cluster_events(ms)) == [["a"], ["b"]]
    with pytest.raises(ValueError):
        cluster_events([ms[0], ms[0]])


def test_cluster_documents_groups_by_content():
    texts = {
        "1": "Troops clashed with rebels near the northern border town, leaving 30 dead.",
        "2": "Thirty dead as troops and rebels clash near northern border town.",
        "3": "The central bank raised interest rates by half a point to fight inflation.",
    }
    topics = cluster_documents(texts)
    assert topics["1"] == topics["2"] != topics["3"]


def _ecb_file(tokens, markables, relations):
    toks = "\n".join(f'<token t_id="{i + 1}" sentence="{s}" number="{n}">{w}</token>'
                     for i, (s, n, w) in enumerate(tokens))
    return (f'<Document doc_name="x">\n{toks}\n<Markables>\n{markables}\n</Markables>\n'
            f"<Relations>\n{relations}\n</Relations>\n</Document>\n")


@pytest.fixture
def tiny_ecb(tmp_path: Path) -> Path:
    (tmp_path / "ECB+" / "1").mkdir(parents=True)
    doc1 = [(0, 0, "Police"), (0, 1, "arrested"), (0, 2, "a"), (0, 3, "man"), (0, 4, "."),
            (1, 0, "He"), (1, 1, "was"), (1, 2, "charged"), (1, 3, "."),
            (2, 0, "The"), (2, 1, "arrest"), (2, 2, "followed"), (2, 3, ".")]
    m1 = ('<ACTION_OCCURRENCE m_id="1"><token_anchor t_id="2"/></ACTION_OCCURRENCE>\n'
          '<ACTION_OCCURRENCE m_id="2"><token_anchor t_id="8"/></ACTION_OCCURRENCE>\n'
          '<ACTION_OCCURRENCE m_id="3"><token_anchor t_id="11"/></ACTION_OCCURRENCE>\n'
          '<HUMAN_PART_PER m_id="4"><token_anchor t_id="4"/></HUMAN_PART_PER>\n'
          '<ACTION_OCCURRENCE m_id="9" TAG_DESCRIPTOR="arrest" instance_id="ACT1"/>')
    r1 = ('<CROSS_DOC_COREF r_id="1" note="ACT1"><source m_id="1"/><source m_id="3"/>'
          '<target m_id="9"/></CROSS_DOC_COREF>')
    doc2 = [(0, 0, "http"), (1, 0, "Officers"), (1, 1, "detained"), (1, 2, "a"),
            (1, 3, "suspect"), (1, 4, ".")]
    m2 = ('<ACTION_OCCURRENCE m_id="1"><token_anchor t_id="3"/></ACTION_OCCURRENCE>\n'
          '<ACTION_OCCURRENCE m_id="7" TAG_DESCRIPTOR="arrest" instance_id="ACT1"/>')
    r2 = ('<CROSS_DOC_COREF r_id="2" note="ACT1"><source m_id="1"/>'
          '<target m_id="7"/></CROSS_DOC_COREF>')
    (tmp_path / "ECB+" / "1" / "1_1ecb.xml").write_text(_ecb_file(doc1, m1, r1))
    (tmp_path / "ECB+" / "1" / "1_1ecbplus.xml").write_text(_ecb_file(doc2, m2, r2))
    (tmp_path / "ECBplus_coreference_sentences.csv").write_text(
        "Topic,File,Sentence Number\n1,1ecb,0\n1,1ecb,1\n1,1ecbplus,1\n")
    return tmp_path


def test_read_ecbplus_chains_and_sentence_filter(tiny_ecb):
    docs, golds, selected = read_ecbplus(tiny_ecb)
    assert [d.name for d in docs] == ["1_1ecb", "1_1ecbplus"]
    # m_id 3 sits in sentence 2, not listed: left out; m_id 2 is in no chain: a singleton
    assert {g.key: g.chain for g in golds} == {
        "1_1ecb:1": "x:ACT1", "1_1ecb:2": "s:1_1ecb:2", "1_1ecbplus:1": "x:ACT1"}
    assert selected["1_1ecbplus"] == {1}


def test_evaluate_tiny_corpus(tiny_ecb):
    result = evaluate(tiny_ecb, topic_source="corpus")
    assert result["n_mentions"] == 3 and result["topic_source"] == "corpus"
    # "arrested" / "detained" share no context in these one-line texts: all stay singletons.
    # key {e1, p1} {e2}: MUC 0; B3 P 1, R 2/3 -> 0.8; CEAF-e phi 2/3 + 1: R 5/6, P 5/9 -> 2/3
    assert result["muc_f1"] == 0.0
    assert result["b3_f1"] == pytest.approx(0.8)
    assert result["ceafe_f1"] == pytest.approx(2 / 3)
    assert result["conll_f1"] == pytest.approx((0.8 + 2 / 3) / 3)


def test_evaluate_rejects_bad_path(tmp_path):
    with pytest.raises(InputError):
        evaluate(tmp_path / "nowhere")
    with pytest.raises(InputError):
        evaluate(tmp_path, topic_source="guess")


def test_fit_weights_learns_the_signal_and_keeps_fixed_weights():
    from sitroom.link.coref import FEATURES, FIXED
    from sitroom.training.logistic import fit_weights

    rng = np.random.default_rng(0)
    x = np.zeros((400, len(FEATURES)))
    x[:, FEATURES.index("bias")] = 1.0
    lemma = rng.random(400) < 0.5
    x[:, FEATURES.index("lemma_eq")] = lemma
    x[:, FEATURES.index("sent_cos")] = rng.random(400)  # noise
    y = (lemma & (rng.random(400) < 0.9)) | (~lemma & (rng.random(400) < 0.1))
    w = dict(zip(FEATURES, fit_weights(x, y)))
    # log-odds 0.9 vs 0.1 on the lemma feature: about 2 * ln 9 = 4.4
    assert 3.0 < w["lemma_eq"] < 6.0 and w["bias"] < -1.0
    assert abs(w["sent_cos"]) < 1.0
    assert all(w[f] == v for f, v in FIXED.items())
    assert fit_weights(x, y) == fit_weights(x, y)  # deterministic


def test_load_model_falls_back_and_reads_a_trained_file(tmp_path):
    from sitroom.link.coref import FALLBACK_MODEL, FEATURES, PairModel, load_model

    assert load_model(tmp_path / "none.json") is FALLBACK_MODEL
    other = tmp_path / "other.json"
    other.write_text(json.dumps({"features": ["bias"], "weights": [1.0], "threshold": 0.5}))
    assert load_model(other) is FALLBACK_MODEL  # fitted on other features
    good = tmp_path / "good.json"
    good.write_text(json.dumps({"features": list(FEATURES), "threshold": 0.99,
                                "weights": [0.0] * len(FEATURES)}))
    model = load_model(good)
    assert model.threshold == 0.99 and model.probabilities(np.ones(len(FEATURES))) == 0.5
    bad = tmp_path / "bad.json"
    bad.write_text("{")
    with pytest.raises(InputError):
        load_model(bad)
    # a model whose threshold no pair reaches keeps every mention apart
    s = "Gunmen killed 12 people in Kandahar on Monday."
    ms = [_m("a", "A", "killed", "kill", s), _m("b", "B", "killed", "kill", s)]
    assert sorted(cluster_events(ms, model=model)) == [["a"], ["b"]]
    assert len(cluster_events(ms, model=PairModel(FEATURES, model.weights, 0.4))) == 1
    sub = tmp_path / "sub.json"
    sub.write_text(json.dumps({"features": list(FEATURES), "threshold": 0.4, "subtopic": 0.15,
                               "weights": [0.0] * len(FEATURES)}))
    assert load_model(sub).subtopic == 0.15 and model.subtopic == 0.0


def test_subtopic_cut_keeps_the_mentions_of_distant_documents_apart():
    from sitroom.link.coref import FEATURES, PairModel

    x = np.zeros((3, 3, len(FEATURES)))
    tree = FEATURES.index("doc_tree")
    x[..., tree] = [[1.0, 0.5, 0.1], [0.5, 1.0, 0.1], [0.1, 0.1, 1.0]]
    model = PairModel(FEATURES, (0.0,) * len(FEATURES), 0.3, subtopic=0.12)
    p = model.merge_probabilities(x)
    assert p[0, 1] == 0.5 and p[0, 2] == 0.0 and p[1, 2] == 0.0
    assert (PairModel(FEATURES, model.weights, 0.3).merge_probabilities(x) == 0.5).all()


def test_pair_features_particle_window_and_pronoun():
    from sitroom.link.coref import FEATURES, pair_matrix

    ms = [_m("a", "A", "passed", "pass", "The actor passed away at his home in Boston."),
          _m("b", "B", "died", "die", "The actor died at his home in Boston on Sunday."),
          _m("c", "B", "it", "it", "It shocked his fans.")]
    vecs = {d: {t: 1.0} for d, t in (("A", "x"), ("B", "x"))}
    x = pair_matrix(ms, vecs)
    f = {name: x[0, 1, k] for k, name in enumerate(FEATURES)}
    assert f["synonym"] == 1.0  # "passed | away" read with its particle: die
    assert f["window_cos"] > 0.5  # "actor", "home", "Boston" next to both triggers
    assert x[1, 2, FEATURES.index("pronoun")] == 1.0
    assert x[0, 1, FEATURES.index("pronoun")] == 0.0


def test_pair_features_sit_at_their_names_and_the_matrix_is_symmetric():
    from sitroom.link.coref import FEATURES, pair_matrix

    ms = [_m("a", "A", "struck", "strike", "Rockets struck the depot in Harbour Town on Monday."),
          _m("b", "A", "hit", "hit", "Rockets struck the depot in Harbour Town on Monday."),
          _m("c", "B", "struck", "strike", "A storm struck the coast of Lake Vale.")]
    x = pair_matrix(ms, {"A": {"x": 1.0}, "B": {"y": 1.0}})
    assert (x == x.transpose(1, 0, 2)).all()
    same = {name: x[0, 1, k] for k, name in enumerate(FEATURES)}
    other = {name: x[0, 2, k] for k, name in enumerate(FEATURES)}
    assert same["bias"] == 1.0 and same["same_doc"] == 1.0 and same["same_sentence"] == 1.0
    assert same["lemma_eq"] == 0.0 and other["lemma_eq"] == 1.0 and other["stem_eq"] == 1.0
    assert other["same_doc"] == 0.0 and other["doc_cos"] == 0.0
    assert same["lemma_and_same_doc"] == same["synonym"] == max(same["lemma_eq"], same["synonym"])
    assert other["lemma_and_doc_tree"] == other["doc_tree"]


def _two_topics(tiny: Path) -> Path:
    (tiny / "ECB+" / "2").mkdir()
    for name in ("1ecb", "1ecbplus"):
        text = (tiny / "ECB+" / "1" / f"1_{name}.xml").read_text()
        (tiny / "ECB+" / "2" / f"2_{name}.xml").write_text(text)
    with (tiny / "ECBplus_coreference_sentences.csv").open("a") as fh:
        fh.write("2,1ecb,0\n2,1ecb,1\n2,1ecbplus,1\n")
    return tiny


def test_train_writes_a_model_that_loads(tiny_ecb, tmp_path):
    from sitroom.eval.coref import cross_validate
    from sitroom.training.coref import train
    from sitroom.link.coref import FEATURES, load_model

    with pytest.raises(InputError):  # one topic: nothing to hold out
        train(tiny_ecb, tmp_path / "m.json")
    data = _two_topics(tiny_ecb)
    out = tmp_path / "m.json"
    result = train(data, out)
    saved = json.loads(out.read_text())
    assert saved["features"] == list(FEATURES) and saved["folds"] == 2
    assert saved["threshold"] == result["threshold"] and 0 < result["threshold"] < 1
    assert saved["subtopic"] == result["subtopic"] == load_model(out).subtopic
    assert 0.0 <= result["cross_validated_conll_f1"] <= 1.0
    assert load_model(out).weights == tuple(saved["weights"])
    cv = cross_validate(data, k=2)
    assert cv["n_mentions"] == 6 and [f["topics"] for f in cv["folds"]] == [["1"], ["2"]]
