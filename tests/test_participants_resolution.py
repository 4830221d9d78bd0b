"""Round 8 rules of resolution across reports (issue 14 item 2) and the ECB+ participant
mapping of gold mentions the picture has no actor for (eval/participants.py)."""

from __future__ import annotations

from sitroom.eval.participants import Participant, assign_participants
from sitroom.link.actors import resolve_actors
from sitroom.model import ActorMention, AnnotatedDoc, Document, Extraction, Sentence, Token


def _am(doc, start, text, kind, coref_of=None):
    return ActorMention(doc, start, start + len(text), 0, text, text, kind, coref_of=coref_of)


def _actor_of(res, doc, i=0):
    return res.mention_actor[(doc, i)]


def test_a_name_run_on_past_a_full_name_or_after_a_word_joins_the_full_name():
    d1 = Extraction("d1", actors=(_am("d1", 0, "Jane Okafor Checks Into Clinic", "person"),))
    d2 = Extraction("d2", actors=(_am("d2", 0, "Jane Okafor", "person"),))
    d3 = Extraction("d3", actors=(_am("d3", 0, "Tom Okafor", "person"),))
    d4 = Extraction("d4", actors=(_am("d4", 0, "Norwegian Jane Okafor", "person"),))
    res = resolve_actors([d1, d2, d3, d4])
    assert _actor_of(res, "d1") == _actor_of(res, "d2") == _actor_of(res, "d4")
    assert _actor_of(res, "d2") != _actor_of(res, "d3")


def test_a_full_name_tagged_as_a_body_in_one_report_is_the_person_of_the_others():
    d1 = Extraction("d1", actors=(_am("d1", 0, "Piotr Lisowski", "state"),))
    d2 = Extraction("d2", actors=(_am("d2", 0, "Piotr Lisowski", "person"),
                                  _am("d2", 40, "Lisowski", "person", coref_of=0)))
    d3 = Extraction("d3", actors=(_am("d3", 0, "Harbour Authority", "organisation"),))
    res = resolve_actors([d1, d2, d3])
    assert _actor_of(res, "d1") == _actor_of(res, "d2") != _actor_of(res, "d3")
    person = next(a for a in res.actors if a["id"] == _actor_of(res, "d1"))
    assert person["kind"] == "person"


def _doc(doc_id, words):
    """A one-sentence document of (text, lemma, pos, dep, head) words joined by spaces."""
    toks, at = [], 0
    for i, (w, lemma, pos, dep, head) in enumerate(words):
        toks.append(Token(i, w, at, " ", lemma, pos, pos, dep, head, "O", "", 0))
        at += len(w) + 1
    text = " ".join(w[0] for w in words) + "\n"
    return AnnotatedDoc(Document(id=doc_id, text=text), tuple(toks),
                        (Sentence(0, 0, len(toks), 0, len(text), text),), ())


def test_unmatched_gold_mentions_map_by_name_common_noun_and_who():
    a = _doc("a", [("Police", "police", "NOUN", "nsubj", 1),
                   ("questioned", "question", "VERB", "ROOT", 1),
                   ("Okafor", "okafor", "PROPN", "dobj", 1)])
    b = _doc("b", [("The", "the", "DET", "det", 1), ("man", "man", "NOUN", "nsubj", 2),
                   (",", ",", "PUNCT", "punct", 1), ("who", "who", "PRON", "nsubj", 4),
                   ("ran", "run", "VERB", "relcl", 1)])
    gold = [Participant("a:1", "a", 0, 6, "c1", False), Participant("a:2", "a", 18, 24, "c2", True),
            Participant("b:1", "b", 4, 7, "c3", True), Participant("b:2", "b", 10, 13, "c3", True)]
    rows = [{"report": "x", "start": 0, "end": 6, "text": "Okafor", "actor": "actor:okafor"}]
    assert assign_participants(gold, rows, [a, b], "actors") == [None] * 4
    assert assign_participants(gold, rows, [a, b], "names") == [None, "actor:okafor", None, None]
    assert assign_participants(gold, rows, [a, b]) == ["noun:police", "actor:okafor",
                                                       "noun:man", "noun:man"]
