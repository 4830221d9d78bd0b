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
"""

from __future__ import annotations

PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
    "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE",
    "COERCE", "ASSAULT",
)  # fmt: skip

QUAD_CLASS = {
    **dict.fromkeys(("AGREE", "CONSULT", "SUPPORT", "CONCEDE"), "verbal_cooperation"),
    **dict.fromkeys(("COOPERATE", "AID", "RETREAT"), "material_cooperation"),
    **dict.fromkeys(("REQUEST", "ACCUSE", "REJECT", "THREATEN"), "verbal_conflict"),
    **dict.fromkeys(("PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"),
                    "material_conflict"),
}

# the modes each type allows (manual tables), for validation in tests
MODES = {
    "CONSULT": ("visit", "third-party", "multilateral", "phone"),
    "RETREAT": ("withdraw", "release", "disarm", "ceasefire", "access", "resign"),
    "REQUEST": ("assist", "change", "yield", "meet"),
    "REJECT": ("assist", "change", "yield", "meet"),
    "ACCUSE": ("disapprove", "investigate", "allege"),
    "THREATEN": ("restrict", "arrest", "relations", "expel", "territory", "violence"),
    "PROTEST": ("demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"),
    "SANCTION": ("convict", "expel", "withdraw", "discontinue"),
    "MOBILIZE": ("troops", "weapons", "police", "militia"),
    "COERCE": ("seize", "restrict", "censor", "curfew", "martial-law", "arrest", "deport",
               "withhold", "misinformation", "cyber"),
    "ASSAULT": ("abduct", "beat", "torture", "sexual", "targeted", "destroy", "primitive",
                "firearms", "explosives", "suicide-attack", "aerial", "drone", "heavy-weapons",
                "crowd-control", "unconventional"),
}

# old type names in gold records -> (current type, mode)
OLD_TYPES = {"DEMAND": ("REQUEST", None), "DISAPPROVE": ("ACCUSE", "disapprove"),
             "INVESTIGATE": ("ACCUSE", "investigate"), "FIGHT": ("ASSAULT", None)}

Sense = tuple[str, "str | None"]


def _senses(spec: str) -> dict[str, Sense]:
    """Parse lines ``TYPE mode: word word ...`` (mode ``-`` for none)."""
    out: dict[str, Sense] = {}
    for line in spec.strip().splitlines():
        head, words = line.split(":", 1)
        typ, mode = head.split()
        for w in words.split():
            out[w.replace("_", " ")] = (typ, None if mode == "-" else mode)
    return out


VERBS: dict[str, Sense] = _senses("""
AGREE -: agree pledge promise offer commit consent propose broker accept volunteer reconcile invite settle guarantee
CONSULT -: meet negotiate consult discuss confer talk mediate
CONSULT visit: visit tour
CONSULT phone: telephone phone
SUPPORT -: support praise commend endorse welcome back approve recognize recognise ratify sign congratulate thank applaud hail laud defend sympathize reaffirm uphold
COOPERATE -: cooperate collaborate extradite coordinate partner
AID -: aid assist help donate supply provide grant deliver rescue fund finance lend shelter evacuate compensate airlift
CONCEDE -: concede yield pardon acquit relent apologize apologise regret amnesty reverse
RETREAT withdraw: retreat withdraw cede leave
RETREAT release: release free repatriate return
RETREAT disarm: disarm demobilize demobilise demilitarize surrender capitulate
RETREAT resign: resign abdicate quit
RETREAT access: allow permit
REQUEST -: request demand ask urge appeal plead petition seek order summon press implore insist
ACCUSE disapprove: condemn denounce criticize criticise blame complain decry deplore slam lambaste rebuke reprimand censure disapprove object chastise castigate
ACCUSE allege: accuse allege charge indict sue prosecute
ACCUSE investigate: investigate probe inquire
REJECT -: reject refuse decline dismiss rebuff veto oppose spurn defy deny resist disavow
THREATEN -: threaten warn menace
PROTEST demo: protest demonstrate rally march picket
PROTEST riot: riot
PROTEST boycott: boycott
PROTEST strike: walkout
SANCTION discontinue: sanction embargo suspend freeze cancel halt curtail cut reduce
SANCTION withdraw: sever recall
SANCTION convict: convict sentence
MOBILIZE troops: mobilize mobilise deploy amass mass station reinforce dispatch muster
COERCE arrest: arrest detain jail imprison
COERCE seize: seize confiscate raid occupy annex capture recapture retake overrun
COERCE deport: deport expel exile
COERCE restrict: restrict ban blockade besiege cordon curb disperse prohibit suppress repress
COERCE censor: censor
COERCE withhold: withhold
COERCE cyber: hack
ASSAULT -: attack assault strike hit target invade fight clash battle ambush storm pound raze
ASSAULT firearms: shoot gun
ASSAULT heavy-weapons: shell bombard
ASSAULT explosives: bomb explode detonate
ASSAULT targeted: kill murder assassinate execute massacre slaughter behead lynch
ASSAULT abduct: kidnap abduct hijack
ASSAULT torture: torture
ASSAULT sexual: rape
ASSAULT beat: beat abuse wound injure maim
ASSAULT primitive: stab burn torch
ASSAULT destroy: destroy demolish
""")

PHRASAL: dict[tuple[str, str], Sense] = {
    ("take", "over"): ("COERCE", "seize"),
    ("pull", "out"): ("RETREAT", "withdraw"), ("pull", "back"): ("RETREAT", "withdraw"),
    ("move", "out"): ("RETREAT", "withdraw"), ("back", "off"): ("RETREAT", "withdraw"),
    ("step", "down"): ("RETREAT", "resign"), ("back", "down"): ("CONCEDE", None),
    ("give", "in"): ("CONCEDE", None), ("give", "up"): ("CONCEDE", None),
    ("lay", "down"): ("RETREAT", "disarm"), ("hand", "over"): ("RETREAT", "release"),
    ("turn", "over"): ("RETREAT", "release"),
    ("crack", "down"): ("COERCE", "restrict"), ("round", "up"): ("COERCE", "arrest"),
    ("lock", "up"): ("COERCE", "arrest"),
    ("shut", "down"): ("COERCE", "withhold"), ("cut", "off"): ("COERCE", "withhold"),
    ("shut", "off"): ("COERCE", "withhold"),
    ("blow", "up"): ("ASSAULT", "explosives"), ("gun", "down"): ("ASSAULT", "firearms"),
    ("shoot", "down"): ("ASSAULT", "firearms"),
    ("fire", "on"): ("ASSAULT", "firearms"), ("fire", "at"): ("ASSAULT", "firearms"),
    ("fire", "upon"): ("ASSAULT", "firearms"), ("open", "up"): ("ASSAULT", "firearms"),
    ("call", "for"): ("REQUEST", None), ("call", "on"): ("REQUEST", None),
    ("call", "upon"): ("REQUEST", None), ("push", "for"): ("REQUEST", None),
    ("press", "for"): ("REQUEST", None), ("ask", "for"): ("REQUEST", None),
    ("appeal", "for"): ("REQUEST", None),
    ("lash", "out"): ("ACCUSE", "disapprove"), ("speak", "out"): ("ACCUSE", "disapprove"),
    ("break", "off"): ("SANCTION", "withdraw"), ("walk", "out"): ("SANCTION", "withdraw"),
    ("sit", "down"): ("CONSULT", None), ("meet", "with"): ("CONSULT", None),
    ("talk", "with"): ("CONSULT", None), ("speak", "with"): ("CONSULT", None),
    ("speak", "to"): ("CONSULT", None),
    ("move", "in"): ("MOBILIZE", "troops"), ("send", "in"): ("MOBILIZE", "troops"),
    ("stand", "by"): ("SUPPORT", None), ("side", "with"): ("SUPPORT", None),
}

VERB_OBJECT: dict[tuple[str, str], Sense] = {
    ("declare", "war"): ("THREATEN", "violence"),
    ("open", "fire"): ("ASSAULT", "firearms"), ("exchange", "fire"): ("ASSAULT", "firearms"),
    ("trade", "fire"): ("ASSAULT", "firearms"), ("return", "fire"): ("ASSAULT", "firearms"),
    ("exchange", "prisoner"): ("RETREAT", "release"),
    ("exchange", "information"): ("COOPERATE", None),
    ("share", "intelligence"): ("COOPERATE", None), ("share", "information"): ("COOPERATE", None),
    ("take", "control"): ("COERCE", "seize"), ("take", "power"): ("COERCE", "seize"),
    ("seize", "power"): ("COERCE", "seize"), ("take", "hostage"): ("ASSAULT", "abduct"),
    ("take", "prisoner"): ("ASSAULT", "abduct"),
    ("lay", "arm"): ("RETREAT", "disarm"), ("lay", "weapon"): ("RETREAT", "disarm"),
    ("hand", "weapon"): ("RETREAT", "disarm"), ("return", "weapon"): ("RETREAT", "disarm"),
    ("use", "force"): ("ASSAULT", None), ("use", "gas"): ("ASSAULT", "crowd-control"),
    ("throw", "stone"): ("PROTEST", "riot"), ("throw", "rock"): ("PROTEST", "riot"),
    ("block", "road"): ("PROTEST", "obstruct"), ("block", "street"): ("PROTEST", "obstruct"),
    ("block", "highway"): ("PROTEST", "obstruct"), ("block", "access"): ("PROTEST", "obstruct"),
    ("block", "entrance"): ("PROTEST", "obstruct"),
    ("close", "border"): ("COERCE", "restrict"), ("close", "embassy"): ("SANCTION", "withdraw"),
    ("raise", "alert"): ("MOBILIZE", "troops"), ("put", "alert"): ("MOBILIZE", "troops"),
    ("send", "troop"): ("MOBILIZE", "troops"), ("send", "force"): ("MOBILIZE", "troops"),
    ("send", "soldier"): ("MOBILIZE", "troops"), ("move", "troop"): ("MOBILIZE", "troops"),
    ("send", "aid"): ("AID", None), ("send", "help"): ("AID", None),
    ("cut", "electricity"): ("COERCE", "withhold"), ("cut", "power"): ("COERCE", "withhold"),
    ("hold", "election"): ("SUPPORT", None),
}

NOUNS: dict[str, Sense] = _senses("""
AGREE -: agreement deal accord pact treaty consensus compromise pledge promise offer commitment understanding settlement arrangement memorandum invitation proposal
CONSULT -: talk talks meeting summit negotiation consultation discussion dialogue conference welcome
CONSULT visit: visit trip
CONSULT phone: call
SUPPORT -: support praise endorsement recognition approval solidarity backing
COOPERATE -: cooperation collaboration extradition partnership exercise exercises manoeuvres maneuvers
AID -: aid assistance help donation asylum relief loan rescue compensation reparation reparations
CONCEDE -: concession pardon amnesty apology acquittal
RETREAT withdraw: retreat withdrawal pullout pullback
RETREAT release: release repatriation
RETREAT disarm: disarmament demobilization demobilisation surrender
RETREAT ceasefire: ceasefire cease-fire truce armistice
RETREAT resign: resignation
RETREAT access: access
REQUEST -: request demand appeal plea petition
ACCUSE disapprove: criticism condemnation complaint denunciation
ACCUSE allege: accusation allegation charge indictment lawsuit
ACCUSE investigate: investigation probe inquiry
REJECT -: rejection refusal veto
THREATEN -: threat ultimatum warning
PROTEST demo: demonstration rally march protest sit-in vigil
PROTEST riot: riot unrest
PROTEST strike: strike walkout
PROTEST boycott: boycott
SANCTION discontinue: sanction sanctions embargo suspension
SANCTION expel: expulsion
SANCTION convict: conviction verdict
MOBILIZE troops: mobilization mobilisation deployment buildup build-up reinforcement
COERCE arrest: arrest detention imprisonment
COERCE seize: seizure takeover occupation annexation raid capture
COERCE restrict: blockade siege crackdown ban restriction restrictions cordon
COERCE curfew: curfew
COERCE martial-law: martial_law
COERCE deport: deportation
COERCE censor: censorship blackout
COERCE cyber: cyberattack hack hacking
ASSAULT -: attack assault offensive invasion incursion clash clashes fighting fight battle war combat hostilities violence coup mutiny insurrection rebellion insurgency skirmish aggression atrocity atrocities
ASSAULT firearms: fire gunfire shooting shootout firefight
ASSAULT heavy-weapons: shelling bombardment artillery
ASSAULT aerial: airstrike air_strike air_raid
ASSAULT drone: drone_strike
ASSAULT explosives: bombing explosion blast bomb
ASSAULT suicide-attack: suicide_bombing suicide_attack
ASSAULT targeted: killing murder assassination massacre execution
ASSAULT abduct: kidnapping abduction hijacking
ASSAULT torture: torture
ASSAULT sexual: rape
ASSAULT destroy: destruction demolition
""")

# verbs that carry the event of their direct object noun ("launch an attack")
LIGHT_VERBS = frozenset(
    "launch stage carry conduct hold make issue give undertake reach mount begin start "
    "organize organise impose declare announce express voice lodge file bring level deliver "
    "pose step intensify escalate resume renew continue perform commit unleash initiate "
    "wage order conclude seal strike forge hammer enter call put use fire "
    "extend reimpose tighten lift impose".split()
)
# verbs that turn a cooperative object into SANCTION ("halt aid", "suspend talks")
REDUCE_VERBS = frozenset(
    "halt suspend cut reduce stop cancel freeze end break sever withdraw curtail "
    "terminate scrap prohibit block postpone".split()
)
# verbs that turn a restrictive object into RETREAT or CONCEDE ("lift the curfew")
EASE_VERBS = frozenset("lift ease end relax remove rescind suspend loosen revoke".split())
COOPERATIVE_OBJECTS = frozenset(
    "aid assistance talk talks negotiation relation relations tie ties visit meeting trade "
    "cooperation supply supplies funding export exports import imports help loan dialogue "
    "mediation summit contact".split()
)
RESTRICTIVE_OBJECTS = {
    "sanction": ("RETREAT", None), "sanctions": ("RETREAT", None), "embargo": ("RETREAT", None),
    "blockade": ("RETREAT", "withdraw"), "siege": ("RETREAT", "withdraw"),
    "curfew": ("RETREAT", None), "emergency": ("RETREAT", None), "law": ("RETREAT", None),
    "restriction": ("CONCEDE", None), "restrictions": ("CONCEDE", None),
    "ban": ("CONCEDE", None), "protest": ("CONCEDE", None), "strike": ("CONCEDE", None),
    "demonstration": ("CONCEDE", None),
}
# verbs and adjectives that mark a complement as intended or future ("plan to", "ready to")
INTENT_WORDS = frozenset(
    "plan intend prepare decide vow aim want hope expect seek ready willing prepared set "
    "poised determined going likely about announce consider mull".split()
)
FUTURE_AUX = frozenset({"will", "would", "shall", "'ll", "wo"})
# types whose future (promised) form is recoded, per the manual
FUTURE_RECODE = {
    "CONSULT": "AGREE", "SUPPORT": "AGREE", "COOPERATE": "AGREE", "AID": "AGREE",
    "RETREAT": "CONCEDE",
    "ASSAULT": "THREATEN", "COERCE": "THREATEN", "SANCTION": "THREATEN", "MOBILIZE": "THREATEN",
}
COOPERATIVE_TYPES = frozenset(
    {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"})
# verbs that take an event as complement and keep their own type ("threatened to shell")
COMPLEMENT_TYPES = frozenset({"AGREE", "REQUEST", "REJECT", "THREATEN", "ACCUSE"})


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
    if typ is None:
        return None
    return "change"


# cue words (lemma, lower case) in an ASSAULT clause that set its mode
ASSAULT_MODE_CUES: dict[str, str] = {
    **dict.fromkeys("artillery tank tanks rocket rockets missile missiles mortar mortars shell "
                    "shells howitzer grad".split(), "heavy-weapons"),
    **dict.fromkeys("aircraft airstrike jet jets warplane warplanes helicopter helicopters "
                    "bomber bombers air".split(), "aerial"),
    **dict.fromkeys("drone drones uav uavs".split(), "drone"),
    **dict.fromkeys("bomb bombs explosive explosives ied ieds mine mines grenade grenades "
                    "device".split(), "explosives"),
    **dict.fromkeys("suicide".split(), "suicide-attack"),
    **dict.fromkeys("gun guns rifle rifles gunfire gunmen gunman sniper bullet bullets "
                    "pistol".split(), "firearms"),
    **dict.fromkeys("knife knives machete machetes stone stones rock rocks arson".split(),
                    "primitive"),
    **dict.fromkeys("tear rubber cannon baton batons".split(), "crowd-control"),
    **dict.fromkeys("chemical nuclear biological radiological sarin".split(), "unconventional"),
    **dict.fromkeys("sexually sexual".split(), "sexual"),
}
# MOBILIZE mode from the mobilised noun
MOBILIZE_MODE_CUES: dict[str, str] = {
    **dict.fromkeys("police gendarmerie riot".split(), "police"),
    **dict.fromkeys("militia militias rebel rebels fighter fighters mercenary mercenaries "
                    "militant militants".split(), "militia"),
    **dict.fromkeys("missile missiles weapon weapons ship ships warship warships tank tanks "
                    "jet jets aircraft submarine submarines bomber bombers".split(), "weapons"),
}
# SANCTION expel vs COERCE deport: expelled diplomats and missions are SANCTION
DIPLOMATIC_OBJECTS = frozenset(
    "diplomat diplomats ambassador envoy envoys embassy observer observers inspector "
    "inspectors peacekeeper peacekeepers mission staff agency".split())
# PROTEST mode cues
PROTEST_MODE_CUES = {"hunger": "hunger", "general": "strike", "riot": "riot", "boycott": "boycott"}
