"""Framing per outlet: distinguishing terms (log-odds with an informative Dirichlet prior), tone
towards the main actors, and what an outlet leaves out. Tiny hand-built corpora."""

from __future__ import annotations

from sitroom.link.framing import (MIN_TERM_COUNT, MIN_WORDS, build_framing, log_odds, profiled,
                                  telling_omissions, telling_terms, terms_of, tone_counts,
                                  tone_score)
from sitroom.model import ActorMention, Extraction

SHARED = ("The brigade left the barracks on Friday and drove towards the capital. "
          "Police closed the motorway and the ministry held a meeting. ")
JUNTA = "The junta moved its armoured column. Junta officers blocked the road. "
CABINET = "The cabinet met again. Cabinet ministers discussed the budget. "


def _docs(*rows: tuple[str, str]) -> list[dict]:
    return [{"id": d, "outlet": o, "copy_of": None} for d, o in rows]


def test_terms_name_what_one_outlet_says_and_the_other_does_not():
    docs = _docs(("a1", "Harbour Times"), ("a2", "Harbour Times"), ("b1", "Coast Wire"),
                 ("b2", "Coast Wire"))
    texts = {"a1": SHARED + JUNTA * 5 + "UPDATE 09:00 CET: more. " * 5,
             "a2": SHARED + JUNTA * 5 + "Harbour Times (HT) reports.",
             "b1": SHARED + CABINET * 5, "b2": SHARED + CABINET * 5}
    framing = {f["outlet"]: f for f in build_framing(docs, [], texts, [], [])}
    assert list(framing) == ["Harbour Times", "Coast Wire"]
    ht, cw = framing["Harbour Times"], framing["Coast Wire"]
    assert ht["id"] == "framing:harbour-times" and ht["docs"] == ["a1", "a2"]
    assert ht["terms"][0]["term"] == "junta" and ht["terms"][0]["count"] == 20
    assert cw["terms"][0]["term"] == "cabinet"
    for f in (ht, cw):
        assert all(t["z"] > 1.96 for t in f["terms"])
        assert [t["z"] for t in f["terms"]] == sorted((t["z"] for t in f["terms"]), reverse=True)
    ht_terms = {t["term"] for t in ht["terms"]}
    assert {"junta officers", "armoured column"} <= ht_terms
    # shared words, the outlet's own name and initials, live-blog header words: not framing
    assert not ht_terms & {"cabinet", "brigade", "harbour", "times", "ht", "update", "cet"}


def test_one_outlet_has_no_terms_and_omits_nothing():
    f = build_framing(_docs(("a1", "Harbour Times")), [], {"a1": SHARED + JUNTA}, [], [])
    assert f[0]["terms"] == [] and f[0]["leaning"] == []
    assert f[0]["omits"] == {"actors": [], "claims": []}


def test_short_reports_lean_without_significance():
    # one short report each: a word used twice against a corpus this small is not
    # significant, but it is the direction each outlet's wording leans
    docs = _docs(("a1", "Harbour Times"), ("b1", "Coast Wire"))
    texts = {"a1": SHARED + JUNTA, "b1": SHARED + CABINET}
    framing = {f["outlet"]: f for f in build_framing(docs, [], texts, [], [])}
    ht, cw = framing["Harbour Times"], framing["Coast Wire"]
    assert ht["terms"] == [] and cw["terms"] == []
    assert ht["leaning"][0]["term"] == "junta" and ht["leaning"][0]["count"] == 2
    assert cw["leaning"][0]["term"] == "cabinet"
    for f in (ht, cw):
        assert all(0.5 < t["z"] <= 1.96 and t["count"] >= 2 for t in f["leaning"])
    assert not {t["term"] for t in ht["leaning"]} & {"brigade", "cabinet", "motorway"}


def test_terms_of_drops_stop_words_numbers_and_possessives():
    assert terms_of("The rebels seized 17 tanks") == ["rebels", "seized", "tanks",
                                                      "rebels seized"]
    assert terms_of("The general's convoy", skip=["convoy"]) == ["general"]


def test_log_odds_is_antisymmetric_for_two_groups():
    from collections import Counter
    z = log_odds({"a": Counter(x=8, y=2, z=5), "b": Counter(x=2, y=8, z=5)})
    assert z["a"]["x"] > 1 and z["b"]["x"] < -1
    assert abs(z["a"]["x"] + z["b"]["x"]) < 1e-9 and abs(z["a"]["z"]) < 1e-9


def test_tone_counts_and_negation():
    assert tone_counts("A brutal and criminal regime.") == (0, 2)
    assert tone_counts("The courageous, heroic defenders.") == (2, 0)
    assert tone_counts("The move was not legitimate.") == (0, 1)
    assert tone_counts("He was never a traitor.") == (1, 0)
    assert tone_counts("The government didn't fail; it was reckless.") == (0, 1)
    assert tone_counts("They acted to avoid bloodshed.") == (1, 0)
    assert tone_counts("The channel Free Plains said so.") == (0, 0)  # part of a name
    assert tone_counts("Their “legitimate” interests, a 'heroic' act.") == (0, 0)  # scare quotes
    assert tone_counts("He said: “It was heroic and brave.”") == (2, 0)
    assert tone_score(0, 0) == 0.0 and tone_score(3, 0) == 0.75 and tone_score(0, 1) == -0.5


def _mention(doc: str, text: str, word: str, sent: int) -> ActorMention:
    start = text.index(word)
    return ActorMention(doc=doc, start=start, end=start + len(word), sent=sent, text=word,
                        name=word, kind="person")


def _extraction(doc: str, text: str, actor_words: list[str]) -> Extraction:
    """One extraction whose sentences are split on '. ' and whose actor mentions are the first
    occurrence of each word in ``actor_words`` (in the sentence that holds it)."""
    bounds, start = [], 0
    for part in text.split(". "):
        bounds.append((start, start + len(part) + 1))
        start += len(part) + 2
    mentions = []
    for w in actor_words:
        pos = text.index(w)
        sent = next(i for i, (s, e) in enumerate(bounds) if s <= pos < e)
        mentions.append(_mention(doc, text, w, sent))
    return Extraction(doc=doc, actors=tuple(mentions), sentences=tuple(bounds))


def test_tone_per_actor_has_the_sign_of_each_outlets_words():
    texts = {"a1": "Novak led a courageous and legitimate defence of the town. Ilic spoke.",
             "b1": "Novak led a brutal, criminal assault on the town. Ilic spoke.",
             "c1": "Ilic spoke. The weather was mild."}
    docs = _docs(("a1", "Harbour Times"), ("b1", "Coast Wire"), ("c1", "Valley News"))
    exs = [_extraction("a1", texts["a1"], ["Novak", "Ilic"]),
           _extraction("b1", texts["b1"], ["Novak", "Ilic"]),
           _extraction("c1", texts["c1"], ["Ilic"])]
    ids = {"Novak": "actor:novak", "Ilic": "actor:ilic"}
    mention_actor = {(ex.doc, i): ids[m.text] for ex in exs for i, m in enumerate(ex.actors)}
    actors = [{"id": "actor:ilic", "name": "Ilic", "kind": "person", "docs": ["a1", "b1", "c1"],
               "mentions": 3},
              {"id": "actor:novak", "name": "Novak", "kind": "person", "docs": ["a1", "b1"],
               "mentions": 2}]
    claims = [{"id": "claim:1", "outlets": {"Harbour Times": "reports", "Coast Wire": "corroborates"}},
              {"id": "claim:2", "outlets": {"Harbour Times": "reports"}}]
    f = {r["outlet"]: r for r in build_framing(docs, exs, texts, actors, claims, mention_actor)}
    tone = {o: {t["name"]: (t["tone"], t["n"]) for t in r["tone"]} for o, r in f.items()}
    assert tone["Harbour Times"] == {"Ilic": (0.0, 1), "Novak": (0.667, 1)}
    assert tone["Coast Wire"] == {"Ilic": (0.0, 1), "Novak": (-0.667, 1)}
    assert tone["Valley News"] == {"Ilic": (0.0, 1)}
    # Novak is named by both other outlets; claim:1 is carried by both others
    assert f["Valley News"]["omits"] == {"actors": ["actor:novak"], "claims": ["claim:1"]}
    assert f["Harbour Times"]["omits"] == {"actors": [], "claims": []}


def test_words_count_each_outlets_content_words_and_decide_its_panel():
    docs = _docs(("a1", "Harbour Times"), ("b1", "Coast Wire"))
    texts = {"a1": SHARED + JUNTA, "b1": SHARED + CABINET * 200}
    framing = {f["outlet"]: f for f in build_framing(docs, [], texts, [], [])}
    ht, cw = framing["Harbour Times"], framing["Coast Wire"]
    assert ht["words"] == len([t for t in terms_of(texts["a1"], {"harbour", "times", "ht"})
                               if " " not in t])
    assert ht["words"] < MIN_WORDS <= cw["words"]
    assert not profiled(ht) and profiled(cw)
    assert profiled({"outlet": "Old Picture"})  # a record without words keeps its panel


def test_only_terms_used_often_enough_tell():
    f = {"words": 2000, "terms": [{"term": "junta", "z": 3.0, "count": MIN_TERM_COUNT},
                                  {"term": "column", "z": 2.5, "count": MIN_TERM_COUNT - 1}],
         "leaning": [{"term": "road", "z": 1.0, "count": 2}]}
    assert [t["term"] for t in telling_terms(f)] == ["junta"]
    assert telling_terms(f, "leaning") == []
    del f["words"]  # an older picture: all of them
    assert len(telling_terms(f)) == 2


def test_an_omission_tells_when_half_the_other_outlets_carry_it_once_per_sentence():
    outlets = [f"O{i}" for i in range(7)]  # O0 and six others: three must carry it

    def claim(cid, text, carriers):
        return cid, {"id": cid, "text": text, "outlets": {o: "reports" for o in carriers}}

    claims = dict([claim("c1", "The bridge was closed.", outlets[1:4]),
                   claim("c2", "The bridge was closed.", outlets[4:7]),  # same words again
                   claim("c3", "Talks resumed.", outlets[1:3]),  # two of six: not enough
                   claim("c4", "The port reopened.", outlets[1:5]),
                   claim("c5", "The port reopened.", ["O0"])])  # O0 carries these words
    record = {"outlet": "O0", "words": 1500, "omits": {"claims": ["c1", "c2", "c3", "c4"]}}
    assert telling_omissions(record, claims, len(outlets)) == ["c1"]
    del record["words"]
    assert telling_omissions(record, claims, len(outlets)) == ["c1", "c2", "c3", "c4"]
