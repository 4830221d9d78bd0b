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

from ..lang.words import senses
from ..lang.words import words as lang_words
from ..model import PLOVER_TYPES  # noqa: F401  (re-exported: the 16 types)

# quad classes as each type's section of the manual gives them (its summary table lists
# SANCTION under verbal conflict; the SANCTION section says material conflict)
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
SUPPORT -: honour honor acclaim extol champion
AID -: rebuild reconstruct resettle subsidize subsidise sponsor
CONCEDE -: retract recant backtrack
RETREAT disarm: disband dismantle decommission
REQUEST -: beg entreat solicit
ACCUSE disapprove: blast scold reproach admonish
ACCUSE investigate: scrutinize scrutinise examine audit interrogate
REJECT -: repudiate renounce scorn
SANCTION discontinue: penalize penalise
MOBILIZE troops: recruit conscript
COERCE arrest: intern incarcerate
COERCE seize: requisition
ASSAULT destroy: incinerate obliterate
AGREE -: agree pledge promise offer commit consent propose broker accept volunteer reconcile invite
AGREE -: settle guarantee assure
CONSULT -: meet negotiate consult discuss confer talk mediate host convene
CONSULT visit: visit tour
CONSULT phone: telephone phone
SUPPORT -: apologize apologise support praise commend endorse welcome back approve recognize
SUPPORT -: recognise ratify sign congratulate thank applaud hail laud sympathize reaffirm uphold
SUPPORT -: forgive reassure salute vindicate
COOPERATE -: cooperate collaborate extradite coordinate partner trade invest
AID -: aid assist help donate supply provide grant deliver rescue fund finance lend shelter evacuate
AID -: compensate airlift contribute send protect
CONCEDE -: concede yield pardon acquit relent regret amnesty reverse accede comply restore reinstate
CONCEDE -: unban legalize legalise decriminalize readmit
RETREAT withdraw: retreat withdraw cede leave vacate abandon
RETREAT release: release free repatriate return
RETREAT disarm: disarm demobilize demobilise demilitarize surrender capitulate
RETREAT resign: resign abdicate quit
RETREAT access: allow permit
REQUEST -: request demand ask urge appeal plead petition seek order press implore insist pressure
REQUEST -: pressurize pressurise lobby exhort beseech
ACCUSE disapprove: summon condemn denounce criticize criticise blame complain decry deplore slam
ACCUSE disapprove: lambaste rebuke reprimand censure disapprove object chastise castigate assail
ACCUSE disapprove: berate chide fault disparage deride ridicule vilify defame denigrate
ACCUSE allege: accuse allege charge indict sue prosecute arraign
ACCUSE investigate: investigate probe inquire inspect
REJECT -: reject refuse decline dismiss rebuff veto oppose spurn defy deny resist disavow refute
REJECT -: dispute bar snub
THREATEN -: threaten warn menace
PROTEST demo: protest demonstrate rally march picket
PROTEST riot: riot
PROTEST boycott: boycott
PROTEST strike: walkout
SANCTION discontinue: sanction embargo suspend freeze cancel halt curtail
SANCTION withdraw: sever recall downgrade
SANCTION discontinue: blacklist
SANCTION convict: convict sentence
MOBILIZE troops: mobilize mobilise deploy amass mass station reinforce dispatch muster patrol
MOBILIZE troops: redeploy alert
COERCE arrest: arrest detain jail imprison
COERCE seize: seize confiscate raid occupy annex capture recapture retake overrun expropriate
COERCE seize: impound loot plunder pillage nationalize nationalise
COERCE deport: deport expel exile
COERCE restrict: restrict ban blockade besiege cordon curb disperse prohibit suppress repress outlaw
COERCE restrict: dissolve evict encircle surround harass intimidate persecute quell
COERCE censor: censor silence muzzle gag
COERCE withhold: withhold
COERCE cyber: hack
ASSAULT -: attack assault strike hit target invade fight clash battle ambush storm pound raze repel
ASSAULT -: repulse counterattack rout crush
ASSAULT firearms: shoot gun snipe strafe
ASSAULT heavy-weapons: shell bombard rocket torpedo
ASSAULT explosives: bomb explode detonate
ASSAULT -: kill murder slay poison
ASSAULT targeted: assassinate execute massacre slaughter behead lynch
ASSAULT abduct: kidnap abduct hijack
ASSAULT torture: torture
ASSAULT sexual: rape
ASSAULT beat: beat abuse wound injure maim bludgeon
ASSAULT primitive: stab burn torch stone firebomb
ASSAULT destroy: destroy demolish sabotage
""")
VERBS.update(senses("verbs"))  # other languages' trigger lemmas (data/lang/<xx>/)

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
    ("turn", "down"): ("REJECT", None), ("rule", "out"): ("REJECT", None),
    ("brush", "aside"): ("REJECT", None), ("brush", "off"): ("REJECT", None),
    ("force", "out"): ("COERCE", "deport"), ("kick", "out"): ("COERCE", "deport"),
    ("throw", "out"): ("COERCE", "deport"), ("seal", "off"): ("COERCE", "restrict"),
    ("hand", "back"): ("RETREAT", "release"), ("give", "back"): ("RETREAT", "release"),
    ("call", "off"): ("CONCEDE", None), ("break", "up"): ("COERCE", "restrict"),
    ("engage", "in"): ("ASSAULT", None), ("work", "with"): ("COOPERATE", None),
    ("build", "up"): ("MOBILIZE", "troops"), ("beef", "up"): ("MOBILIZE", "troops"),
    ("call", "up"): ("MOBILIZE", "troops"), ("mow", "down"): ("ASSAULT", "firearms"),
    ("sit", "in"): ("PROTEST", "demo"), ("walk", "off"): ("PROTEST", "strike"),
}

VERB_OBJECT: dict[tuple[str, str], Sense] = {
    ("declare", "war"): ("THREATEN", "violence"),
    ("open", "fire"): ("ASSAULT", "firearms"), ("exchange", "fire"): ("ASSAULT", "firearms"),
    ("trade", "fire"): ("ASSAULT", "firearms"), ("return", "fire"): ("ASSAULT", "firearms"),
    ("exchange", "prisoner"): ("RETREAT", "release"),
    ("exchange", "information"): ("COOPERATE", None),
    ("share", "intelligence"): ("COOPERATE", None), ("share", "information"): ("COOPERATE", None),
    ("share", "expertise"): ("COOPERATE", None), ("share", "technology"): ("COOPERATE", None),
    ("share", "data"): ("COOPERATE", None), ("share", "experience"): ("COOPERATE", None),
    ("share", "knowledge"): ("COOPERATE", None),
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
    ("test", "missile"): ("MOBILIZE", "weapons"), ("test", "weapon"): ("MOBILIZE", "weapons"),
    ("fire", "missile"): ("ASSAULT", "heavy-weapons"), ("fire", "rocket"): ("ASSAULT", "heavy-weapons"),
    ("take", "street"): ("PROTEST", "demo"), ("take", "custody"): ("COERCE", "arrest"),
    ("set", "fire"): ("ASSAULT", "primitive"), ("set", "ablaze"): ("ASSAULT", "primitive"),
    ("establish", "relation"): ("SUPPORT", None), ("establish", "tie"): ("SUPPORT", None),
    ("restore", "relation"): ("SUPPORT", None), ("restore", "tie"): ("SUPPORT", None),
    ("normalize", "relation"): ("SUPPORT", None), ("normalise", "relation"): ("SUPPORT", None),
    ("express", "support"): ("SUPPORT", None), ("express", "concern"): ("ACCUSE", "disapprove"),
    ("voice", "concern"): ("ACCUSE", "disapprove"), ("express", "regret"): ("CONCEDE", None),
    ("throw", "grenade"): ("ASSAULT", "explosives"), ("collect", "signature"): ("PROTEST", "demo"),
    ("gather", "signature"): ("PROTEST", "demo"), ("go", "strike"): ("PROTEST", "strike"),
    ("forgive", "debt"): ("AID", None), ("cancel", "debt"): ("AID", None),
    ("write", "debt"): ("AID", None), ("accept", "demand"): ("CONCEDE", None),
    ("meet", "demand"): ("CONCEDE", None), ("vow", "revenge"): ("THREATEN", "violence"),
    ("vow", "retaliation"): ("THREATEN", "violence"), ("join", "force"): ("COOPERATE", None),
    ("ban", "import"): ("SANCTION", "discontinue"), ("ban", "export"): ("SANCTION", "discontinue"),
    ("ban", "trade"): ("SANCTION", "discontinue"), ("ban", "flight"): ("SANCTION", "discontinue"),
    ("reopen", "border"): ("RETREAT", "access"), ("open", "border"): ("RETREAT", "access"),
    ("reopen", "crossing"): ("RETREAT", "access"), ("open", "corridor"): ("RETREAT", "access"),
    ("block", "resolution"): ("REJECT", None), ("barricade", "road"): ("PROTEST", "obstruct"),
    ("hurl", "stone"): ("PROTEST", "riot"), ("take", "arm"): ("ASSAULT", None),
}

NOUNS: dict[str, Sense] = _senses("""
SUPPORT -: condolence condolences congratulation congratulations tribute
AID -: subsidy
ACCUSE disapprove: censure rebuke reprimand
MOBILIZE troops: recruitment conscription
COERCE arrest: internment
COERCE seize: expropriation nationalisation nationalization
COERCE deport: eviction
ASSAULT -: bloodshed carnage onslaught
ASSAULT firearms: sniping strafing
ASSAULT primitive: stabbing
ASSAULT beat: beating
AGREE -: agreement deal accord pact treaty consensus compromise pledge promise offer commitment
AGREE -: understanding settlement arrangement memorandum invitation proposal readiness willingness
CONSULT -: talk talks meeting summit negotiation consultation discussion dialogue conference welcome
CONSULT -: mediation
CONSULT visit: visit trip
CONSULT phone: call
SUPPORT -: apologize apologise support praise endorsement recognition approval solidarity backing
COOPERATE -: cooperation collaboration extradition partnership exercise exercises manoeuvres
COOPERATE -: maneuvers investment
AID -: aid assistance help donation asylum relief loan rescue compensation reparation reparations
AID -: peacekeeping peace-keeping evacuation airlift airdrop
CONCEDE -: concession pardon amnesty apology acquittal
RETREAT withdraw: retreat withdrawal pullout pullback
RETREAT release: release repatriation prisoner_exchange prisoner_swap
RETREAT disarm: disarmament demobilization demobilisation surrender
RETREAT ceasefire: ceasefire cease-fire truce armistice
RETREAT resign: resignation
RETREAT access: access
REQUEST -: request demand appeal plea petition
ACCUSE disapprove: criticism condemnation complaint denunciation summons
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
MOBILIZE troops: mobilization mobilisation deployment buildup build-up reinforcement alert patrol
MOBILIZE troops: drill
MOBILIZE weapons: missile_test weapons_test nuclear_test
MOBILIZE troops: war_games wargames
COERCE arrest: arrest detention imprisonment
COERCE seize: seizure takeover occupation annexation raid capture looting confiscation
COERCE restrict: blockade siege crackdown ban restriction restrictions cordon persecution repression
COERCE restrict: suppression
COERCE curfew: curfew
COERCE martial-law: martial_law
COERCE deport: deportation
COERCE censor: censor silence muzzle gagship blackout
COERCE cyber: cyberattack hack hacking
ASSAULT -: cleansing genocide attack assault offensive invasion incursion clash clashes fighting
ASSAULT -: fight battle war combat hostilities violence coup mutiny insurrection rebellion
ASSAULT -: insurgency skirmish aggression atrocity atrocities reprisal retaliation counterattack
ASSAULT -: counteroffensive ambush violation
ASSAULT firearms: fire gunfire shooting shootout firefight
ASSAULT heavy-weapons: shelling bombardment artillery
ASSAULT aerial: airstrike air_strike air_raid
ASSAULT drone: drone_strike
ASSAULT explosives: bombing explosion blast bomb
ASSAULT suicide-attack: suicide_bombing suicide_attack
ASSAULT targeted: killing murder assassination massacre execution
ASSAULT abduct: kidnapping abduction hijacking hostage-taking
ASSAULT torture: torture
ASSAULT sexual: rape
ASSAULT destroy: destruction demolition sabotage
""")
NOUNS.update(senses("nouns"))  # other languages' event nouns (data/lang/<xx>/plover_nouns.txt)

# verbs that carry the event of their direct object noun ("launch an attack")
LIGHT_VERBS = frozenset(
    "launch stage carry conduct hold make issue give undertake reach mount begin start "
    "organize organise impose declare announce express voice lodge file bring level deliver "
    "pose step intensify escalate resume renew continue perform commit unleash initiate "
    "wage order conclude seal strike forge hammer enter call put use fire "
    "extend reimpose tighten lift grant observe respect".split()
) | lang_words("light_verbs")  # other languages' (data/lang/<xx>/light_verbs.txt)
# verbs that turn a cooperative object into SANCTION ("halt aid", "suspend talks")
REDUCE_VERBS = frozenset(
    "halt suspend cut reduce stop cancel freeze end break sever withdraw curtail "
    "terminate scrap prohibit block postpone".split()
)
# verbs that turn a restrictive object into RETREAT or CONCEDE ("lift the curfew")
EASE_VERBS = frozenset("lift ease end relax remove rescind suspend loosen revoke cancel abolish repeal "
                       "scrap drop overturn annul waive".split())
COOPERATIVE_OBJECTS = frozenset(
    "aid assistance talk talks negotiation relation relations tie ties visit meeting trade "
    "cooperation supply supplies funding export exports import imports help loan dialogue "
    "mediation summit contact".split()
)
# (the manual's CONCEDE covers "removing curfews", "suspending protests"; CAMEO 085 and
# 0872 make lifted sanctions and blockades RETREAT)
RESTRICTIVE_OBJECTS = {
    "sanction": ("RETREAT", None), "sanctions": ("RETREAT", None), "embargo": ("RETREAT", None),
    "blockade": ("RETREAT", "withdraw"), "siege": ("RETREAT", "withdraw"),
    "curfew": ("CONCEDE", None), "emergency": ("CONCEDE", None), "law": ("CONCEDE", None),
    "restriction": ("CONCEDE", None), "restrictions": ("CONCEDE", None),
    "ban": ("CONCEDE", None), "protest": ("CONCEDE", None), "strike": ("CONCEDE", None),
    "demonstration": ("CONCEDE", None), "measure": ("CONCEDE", None),
    "measures": ("CONCEDE", None), "control": ("CONCEDE", None), "controls": ("CONCEDE", None),
    "lockdown": ("CONCEDE", None), "state": ("CONCEDE", None),
}
# "a state of emergency / siege" is martial law (manual, COERCE)
EMERGENCY_STATES = frozenset("emergency siege".split())
# verbs that improve relations: "upgraded diplomatic ties" is SUPPORT
IMPROVE_VERBS = frozenset("upgrade improve strengthen expand restore establish normalize normalise "
                          "deepen resume boost".split())
RELATION_OBJECTS = frozenset("relation relations tie ties contact contacts".split())
# verbs that build up forces: "strengthened its forces" is MOBILIZE
BUILDUP_VERBS = frozenset("strengthen reinforce boost increase bolster build beef expand tighten "
                          "heighten step intensify".split())
# "defend" is verbal support, except armed defence of a place
DEFENDED_PLACES = frozenset("city town village territory border frontier capital base line lines "
                            "area region positions airport port".split())
ARMED_OBJECTS = frozenset("force forces troop troops army military soldier soldiers presence "
                          "garrison contingent unit units".split())
SECURITY_OBJECTS = frozenset("security patrol patrols police checkpoint checkpoints".split())
# goods whose handing over is AID ("handed over 700 kg of medicine")
RELIEF_OBJECTS = frozenset("medicine medicines food aid supplies supply equipment money fund funds "
                           "tent tents blanket blankets water fuel grain vaccine vaccines".split())
GIVE_VERBS = frozenset("hand give deliver send ship bring airlift fly".split())
DISPATCH_VERBS = frozenset("send dispatch deploy".split())
ADMIT_VERBS = frozenset("receive admit allow accept welcome permit".split())
# verbs that stop someone else's protest (COERCE) vs call off one's own (CONCEDE)
PREVENT_VERBS = frozenset("prevent ban forbid disperse block stop suppress outlaw prohibit".split())
CANCEL_VERBS = frozenset("call cancel suspend end halt postpone abandon".split())
# people sent to look into something: "dispatched inspectors" is ACCUSE investigate
INSPECTORS = frozenset("inspector inspectors investigator investigators monitor monitors "
                       "observer observers".split())
# verbs and adjectives that mark a complement as intended or future ("plan to", "ready to")
INTENT_WORDS = frozenset(
    "plan intend prepare decide vow aim want hope expect seek ready willing prepared set "
    "poised determined going likely about announce consider mull".split()
)
FUTURE_AUX = frozenset({"will", "would", "shall", "'ll", "wo"})
# types whose future (promised) form is recoded, per the manual: promised cooperation is
# AGREE; an announced withdrawal or resignation is CONCEDE (manual, RETREAT ambiguities),
# other promised yielding (release, access, disarming) AGREE (CAMEO 035x "express intent
# to yield"); intended force is THREATEN
FUTURE_RECODE = {
    "CONSULT": "AGREE", "SUPPORT": "AGREE", "COOPERATE": "AGREE", "AID": "AGREE",
    "RETREAT": "AGREE",
    "ASSAULT": "THREATEN", "COERCE": "THREATEN", "SANCTION": "THREATEN", "MOBILIZE": "THREATEN",
}
FUTURE_CONCEDE_MODES = frozenset({"withdraw", "resign"})  # RETREAT modes recoded CONCEDE
# modal auxiliaries that make a conflictual act hypothetical, hence a threat
HYPOTHETICAL_AUX = frozenset({"may", "might", "could"})
# auxiliaries of obligation: "X said Y must do Z" is a REQUEST by X to Y
OBLIGATION_AUX = frozenset({"must", "should"})
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
    if typ is None or QUAD_CLASS[typ] == "verbal_conflict":
        return None  # "denied the accusations": no content to classify
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
# actors whose conflictual acts are protest (riot, obstruction) rather than force
PROTESTER_NOUNS = frozenset(
    "protester protesters demonstrator demonstrators student students worker workers "
    "crowd crowds rioter rioters activist activists youth youths marcher marchers".split())
# what blocked access to is censored ("blocked access to social media")
MEDIA_WORDS = frozenset("media medium internet website websites site sites newspaper newspapers "
                        "broadcaster channel channels telegram twitter facebook youtube "
                        "network press".split())
# PROTEST mode cues
PROTEST_MODE_CUES = {"hunger": "hunger", "general": "strike", "riot": "riot", "boycott": "boycott"}


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
