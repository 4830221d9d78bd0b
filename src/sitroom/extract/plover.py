"""PLOVER ontology and the trigger lexicon used by :mod:`sitroom.extract.events`.

Built from the PLOVER manual (16 event types, their modes and quad classes, the ambiguity
rules) and the CAMEO-to-PLOVER table: the CAMEO category descriptions ("Impose embargo",
"Occupy territory", "Demobilize armed forces" ...) give the verbs and nouns below. A sense
is a pair (type, mode); the mode may be None.

Lexicon parts:

* :data:`VERBS`       verb lemma -> sense
* :data:`PHRASAL`     (verb lemma, particle or preposition) -> sense ("take over", "fire on")
* :data:`VERB_OBJECT` (verb lemma, object lemma) -> sense ("declare war", "open fire")
* :data:`NOUNS`       nominal trigger lemma -> sense ("seizure", "agreement", "coup")
* :data:`LIGHT_VERBS` verbs whose event is their object noun ("launch an attack")
* verb classes that turn a cooperative object into SANCTION ("halt aid") or a conflictual
  object into RETREAT/CONCEDE ("lift the curfew").

The tables are data, loaded once at import: the triggers in ``data/plover_triggers.tsv`` (one
sense a row: part, lemma, particle or object, type, mode), the ontology (quad classes, modes,
old type names), the word classes and the mode cues in ``data/lexicon/plover.json``.
"""

from __future__ import annotations

from importlib import resources

from .. import lexicon
from ..lang.words import senses
from ..lang.words import words as lang_words
from ..model import PLOVER_TYPES  # noqa: F401  (re-exported: the 16 types)

# quad classes as each type's section of the manual gives them (its summary table lists
# SANCTION under verbal conflict; the SANCTION section says material conflict)
QUAD_CLASS = lexicon.table("plover", "quad_class")

# the modes each type allows (manual tables), for validation in tests
MODES = lexicon.table("plover", "modes", tuples=True)

# old type names in gold records -> (current type, mode)
OLD_TYPES = lexicon.table("plover", "old_types", tuples=True)

Sense = tuple[str, "str | None"]


def _triggers() -> dict[str, dict]:
    """The trigger lexicon (``data/plover_triggers.tsv``, one sense a row) by part: verb and
    noun keyed by lemma, phrasal and verb_object by (verb lemma, particle or object)."""
    text = resources.files("sitroom").joinpath("data", "plover_triggers.tsv").read_text(
        encoding="utf-8")
    parts: dict[str, dict] = {"verb": {}, "phrasal": {}, "verb_object": {}, "noun": {}}
    lines = [x for x in text.splitlines() if x and not x.startswith("#")]
    for line in lines[1:]:
        part, lemma, other, typ, mode = line.split("\t")
        parts[part][(lemma, other) if other else lemma] = (typ, mode or None)
    return parts


_TRIGGERS = _triggers()

VERBS: dict[str, Sense] = dict(_TRIGGERS["verb"])
VERBS.update(senses("verbs"))  # other languages' trigger lemmas (data/lang/<xx>/)

PHRASAL: dict[tuple[str, str], Sense] = _TRIGGERS["phrasal"]

VERB_OBJECT: dict[tuple[str, str], Sense] = _TRIGGERS["verb_object"]

NOUNS: dict[str, Sense] = _TRIGGERS["noun"]
NOUNS.update(senses("nouns"))  # other languages' event nouns (data/lang/<xx>/plover_nouns.txt)

# verbs that carry the event of their direct object noun ("launch an attack")
LIGHT_VERBS = lexicon.words("plover", "light_verbs") | lang_words("light_verbs")  # + data/lang/<xx>/
# verbs that turn a cooperative object into SANCTION ("halt aid", "suspend talks")
REDUCE_VERBS = lexicon.words("plover", "reduce_verbs")
# verbs that turn a restrictive object into RETREAT or CONCEDE ("lift the curfew")
EASE_VERBS = lexicon.words("plover", "ease_verbs")
COOPERATIVE_OBJECTS = lexicon.words("plover", "cooperative_objects")
# (the manual's CONCEDE covers "removing curfews", "suspending protests"; CAMEO 085 and
# 0872 make lifted sanctions and blockades RETREAT)
RESTRICTIVE_OBJECTS = lexicon.table("plover", "restrictive_objects", tuples=True)
# "a state of emergency / siege" is martial law (manual, COERCE)
EMERGENCY_STATES = lexicon.words("plover", "emergency_states")
# verbs that improve relations: "upgraded diplomatic ties" is SUPPORT
IMPROVE_VERBS = lexicon.words("plover", "improve_verbs")
RELATION_OBJECTS = lexicon.words("plover", "relation_objects")
# verbs that build up forces: "strengthened its forces" is MOBILIZE
BUILDUP_VERBS = lexicon.words("plover", "buildup_verbs")
# "defend" is verbal support, except armed defence of a place; leaving one of these places
# (or a named one) is a withdrawal
DEFENDED_PLACES = lexicon.words("plover", "defended_places")
# light verbs of saying: "announced a ceasefire" is the ceasefire, "announced the mutiny"
# reports a use of force, which is no act of the announcer
ANNOUNCING_VERBS = lexicon.words("plover", "announcing_verbs")
# verbs of a demonstration that show or gather something when they take an object or a
# clause ("demonstrated his strength", "demonstrated that ...", "rallied support")
SHOWING_VERBS = lexicon.words("plover", "showing_verbs")
# verbs that put an emergency in force ("declared an emergency": COERCE martial-law)
IMPOSING_VERBS = lexicon.words("plover", "imposing_verbs")
ARMED_OBJECTS = lexicon.words("plover", "armed_objects")
SECURITY_OBJECTS = lexicon.words("plover", "security_objects")
# goods whose handing over is AID ("handed over 700 kg of medicine")
RELIEF_OBJECTS = lexicon.words("plover", "relief_objects")
GIVE_VERBS = lexicon.words("plover", "give_verbs")
DISPATCH_VERBS = lexicon.words("plover", "dispatch_verbs")
ADMIT_VERBS = lexicon.words("plover", "admit_verbs")
# verbs that stop someone else's protest (COERCE) vs call off one's own (CONCEDE)
PREVENT_VERBS = lexicon.words("plover", "prevent_verbs")
CANCEL_VERBS = lexicon.words("plover", "cancel_verbs")
# people sent to look into something: "dispatched inspectors" is ACCUSE investigate
INSPECTORS = lexicon.words("plover", "inspectors")
# verbs and adjectives that mark a complement as intended or future ("plan to", "ready to")
INTENT_WORDS = lexicon.words("plover", "intent_words")
FUTURE_AUX = lexicon.words("plover", "future_aux")
# types whose future (promised) form is recoded, per the manual: promised cooperation is
# AGREE; an announced withdrawal or resignation is CONCEDE (manual, RETREAT ambiguities),
# other promised yielding (release, access, disarming) AGREE (CAMEO 035x "express intent
# to yield"); intended force is THREATEN
FUTURE_RECODE = lexicon.table("plover", "future_recode")
FUTURE_CONCEDE_MODES = lexicon.words("plover", "future_concede_modes")
# modal auxiliaries that make a conflictual act hypothetical, hence a threat
HYPOTHETICAL_AUX = lexicon.words("plover", "hypothetical_aux")
# auxiliaries of obligation: "X said Y must do Z" is a REQUEST by X to Y
OBLIGATION_AUX = lexicon.words("plover", "obligation_aux")
COOPERATIVE_TYPES = lexicon.words("plover", "cooperative_types")
# verbs that take an event as complement and keep their own type ("threatened to shell")
COMPLEMENT_TYPES = lexicon.words("plover", "complement_types")


def threat_mode(typ: str, mode: str | None) -> str | None:
    """THREATEN mode for a threatened event of type ``typ`` / ``mode`` (the content)."""
    if typ == "ASSAULT" or typ == "MOBILIZE":
        return "violence"
    if typ == "COERCE":
        return {"seize": "territory", "arrest": "arrest", "deport": "expel"}.get(mode or "", "restrict")
    if typ == "SANCTION":
        return "expel" if mode == "expel" else "relations"
    if typ == "PROTEST":
        return "restrict"
    return None


def request_mode(typ: str | None, mode: str | None) -> str | None:
    """REQUEST/REJECT mode for requested or rejected content of type ``typ``."""
    if typ in ("AID", "COOPERATE", "SUPPORT"):
        return "assist"
    if typ in ("CONSULT", "AGREE"):
        return "meet"
    if typ in ("RETREAT", "CONCEDE"):
        return "change" if mode == "resign" else "yield"
    if typ is None or QUAD_CLASS[typ] == "verbal_conflict":
        return None  # "denied the accusations": no content to classify
    return "change"


# cue words (lemma, lower case) in an ASSAULT clause that set its mode
ASSAULT_MODE_CUES = lexicon.table("plover", "assault_mode_cues")
# MOBILIZE mode from the mobilised noun
MOBILIZE_MODE_CUES = lexicon.table("plover", "mobilize_mode_cues")
# SANCTION expel vs COERCE deport: expelled diplomats and missions are SANCTION
DIPLOMATIC_OBJECTS = lexicon.words("plover", "diplomatic_objects")
# actors whose conflictual acts are protest (riot, obstruction) rather than force
PROTESTER_NOUNS = lexicon.words("plover", "protester_nouns")
# what blocked access to is censored ("blocked access to social media")
MEDIA_WORDS = lexicon.words("plover", "media_words")
# PROTEST mode cues
PROTEST_MODE_CUES = lexicon.table("plover", "protest_mode_cues")


def fuzzy_sense(word: str) -> Sense | None:
    """Sense of the longest lexicon word (5 letters or more) contained in ``word``
    ("counter-offensive", "airlifted", "peace-keepers"), for texts without a parsed trigger."""
    w = word.lower()
    best: tuple[int, Sense] | None = None
    for table in (VERBS, NOUNS):
        for key, sense in table.items():
            if len(key) >= 5 and " " not in key and key in w and (best is None or len(key) > best[0]):
                best = (len(key), sense)
    return best[1] if best else None
