"""Ukrainian clauses rebuilt from the dictionary where the Russian tagger misread a finite
verb (lang/uk_clauses.py). The parses are the misreadings natasha's Russian models gave on
Ukrainian sentences, written as tables; the dictionary readings are given by hand, so the
tests say exactly which input each rule is about."""

from __future__ import annotations

from parsekit import parse

from sitroom.lang import uk_clauses

R = {  # the Ukrainian dictionary's readings (pymorphy3 grammemes), first reading first
    "Міністерство": ["NOUN inan neut nomn sing", "NOUN inan neut accs sing"],
    "оборони": ["NOUN femn gent inan sing", "NOUN inan nomn plur"],
    "відкидає": ["VERB impf sing 3per pres"],
    "звинувачення": ["NOUN inan neut nomn sing", "NOUN inan neut accs sing"],
    "у": ["PREP"],
    "затримці": ["NOUN femn inan loct sing"],
    "зарплат": ["NOUN femn gent inan plur"],
    "аеропорт": ["NOUN inan masc nomn sing", "NOUN inan masc accs sing"],
    "досі": ["ADVB"],
    "контролюють": ["VERB impf plur 3per pres"],
    "військові": ["ADJF nomn plur", "ADJF accs plur"],
    "а": ["CONJ"],
    "прем": ["VERB impf plur 1per pres"],
    "командиром": ["NOUN ablt anim masc sing"],
    "бригади": ["NOUN femn gent inan sing"],
    "Стефаном": ["NOUN Name ablt anim masc sing"],
    "з": ["PREP"],
    "уряд": ["NOUN inan masc nomn sing"],
    "веде": ["VERB impf sing 3per pres"],
    "переговори": ["NOUN inan nomn plur", "NOUN inan accs plur"],
}


def readings(word: str):
    return tuple(frozenset(r.split()) for r in R.get(word, ()))


def _deps(adoc, tokens):
    return {t.text: (t.pos, t.dep, tokens[t.head].text) for t in tokens}


def test_a_verb_read_as_a_modifier_gets_its_subject_and_object():
    adoc = parse('''
        Міністерство Міністерство PROPN NNP amod   оборони
        оборони      оборона      X     XX  dative звинувачення
        відкидає     відкидати    X     XX  amod   звинувачення
        звинувачення звинувачення NOUN  NN  ROOT   -
        у            у            ADP   IN  case   затримці
        затримці     затримка     NOUN  NN  amod   зарплат
        зарплат      зарплата     NOUN  NN  pobj   звинувачення
        .            .            PUNCT .   punct  звинувачення
    ''')
    out = uk_clauses.repair(list(adoc.tokens), [(0, len(adoc.tokens))], readings)
    got = _deps(adoc, out)
    assert got["відкидає"] == ("VERB", "ROOT", "відкидає")
    assert got["Міністерство"][1:] == ("nsubj", "відкидає")
    assert got["оборони"] == ("NOUN", "nmod", "Міністерство")
    assert got["звинувачення"][1:] == ("dobj", "відкидає")
    assert got["у"][1:] == ("case", "затримці")
    assert got["зарплат"][1:] == ("nmod", "затримці")
    assert "Tense=Pres" in out[2].morph


def test_the_subject_agrees_with_the_verb_so_an_object_may_come_first():
    """"а аеропорт досі контролюють військові": the plural verb's subject is the plural
    "військові" (an adjective used as a noun), the singular "аеропорт" its object."""
    adoc = parse('''
        а           а           CCONJ CC cc    військові
        аеропорт    аеропорт    NOUN  NN amod  військові
        досі        досі        ADJ   JJ amod  військові
        контролюють контролювати ADJ  JJ amod  військові
        військові   військовий  NOUN  NN ROOT  -
        .           .           PUNCT .  punct військові
    ''')
    out = uk_clauses.repair(list(adoc.tokens), [(0, len(adoc.tokens))], readings)
    got = _deps(adoc, out)
    assert got["військові"][1:] == ("nsubj", "контролюють")
    assert got["аеропорт"][1:] == ("dobj", "контролюють")
    assert got["досі"][1] == "advmod"


def test_a_name_after_its_title_is_the_participant():
    adoc = parse('''
        уряд       уряд      VERB  VB  acl    Стефаном
        веде       вести     ADJ   JJ  amod   переговори
        переговори переговори NOUN NN  dobj   уряд
        з          з         ADP   IN  case   командиром
        командиром командир  NOUN  NN  pobj   уряд
        бригади    бригада   NOUN  NN  nmod   командиром
        Стефаном   Стефан    PROPN NNP appos  бригади B-PERSON
        Златевим   Златев    PROPN NNP ROOT   -       I-PERSON
    ''')
    out = uk_clauses.repair(list(adoc.tokens), [(0, len(adoc.tokens))], readings)
    got = _deps(adoc, out)
    assert got["уряд"] == ("NOUN", "nsubj", "веде")
    assert got["переговори"][1:] == ("dobj", "веде")
    assert got["Златевим"][1:] == ("pobj", "веде")
    assert got["командиром"][1:] == ("compound", "Златевим")
    assert got["Стефаном"][1:] == ("compound", "Златевим")
    assert got["бригади"][1:] == ("nmod", "командиром")


def test_a_word_cut_at_an_apostrophe_is_not_a_verb():
    adoc = parse('''
        прем          прем          NOUN NN nmod  словами
        '             '             PUNCT . punct прем
        єр-міністерки єр-міністерка X    XX punct прем
        словами       слово         NOUN NN ROOT  -
    ''')
    tokens = [t if t.text != "прем" else t.__class__(**{**{f: getattr(t, f) for f in t.__slots__},
                                                          "ws": ""}) for t in adoc.tokens]
    assert uk_clauses.repair(tokens, [(0, len(tokens))], readings) == tokens


def test_an_accusative_the_parser_took_for_the_subject_is_the_object():
    """"Фотографію передали до музею" ("they handed the photograph to the museum"): the
    Russian parser tagged the verb right but made the accusative its subject."""
    R.update({"Фотографію": ["NOUN accs femn inan sing"], "передали": ["VERB perf plur past"],
              "до": ["PREP"], "музею": ["NOUN gent inan masc sing"]})
    adoc = parse('''
        Фотографію фотографія NOUN NN  nsubj передали
        передали   передати   VERB VBD ROOT  -
        до         до         ADP  IN  case  музею
        музею      музей      NOUN NN  pobj  передали
    ''')
    got = _deps(adoc, uk_clauses.repair(list(adoc.tokens), [(0, 4)], readings))
    assert got["Фотографію"][1:] == ("dobj", "передали")
    assert got["музею"][1:] == ("pobj", "передали")
