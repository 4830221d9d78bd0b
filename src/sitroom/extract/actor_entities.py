"""Actor mentions from named entities: persons with their titles and roles, bodies, states.

Used by :func:`sitroom.extract.actors.extract_actors`. A PERSON entity is a person (its title
words are its role: "Defense Minister Sergei Ivanov" -> name "Sergei Ivanov", role "Defense
Minister"; an appositive gives the role: "X, the chief of the Y force"); an ORG entity is an
organisation, or an armed group when a military word is part of its name; a GPE used as an actor
rather than as a location is a state (its government, when the gazetteer names the country); a
NORP used as a noun is a group. Names that are things, words, offices, places or media are left
out by the tests of :mod:`sitroom.extract.actor_filters` and :mod:`sitroom.extract.actor_places`.
"""

from __future__ import annotations

from collections import Counter

from ..lang.forms import name_form
from ..model import AnnotatedDoc, Entity
from .actor_base import (ACTOR_NOUN_LEMMAS, ACTOR_NOUNS, DETERMINERS, INSTITUTION_SUFFIXES, LED_GROUPS,
                         MEDIA_HOSTS,
                         MILITARY_WORDS, ORG_LOCATIVE_PREPS, PERSON_TITLES, POSSESSIVE, POSTING, QUOTES,
                         SPACED_DASHES, TITLE_WORDS, Cand, actor_noun_kind, clean_name, head_of,
                         hyphenated, lem_of, low, subtree_text, trim)
from .actor_chains import RULES, government_of, strip_nickname
from .actor_coref_epithets import epithet_person, skip_epithets, written_without
from .actor_filters import (KIND_NOUNS, NAME_HEADS, OFFICE_PREPS, adjectival_names, described_town, gone_to, home_of_person,
                            modifier_only, name_piece, named_thing, not_a_name, office, outside_quotes,
                            place_of, platform, quote_regions, quoted_title, t_appos_place,
                            thing_names)
from .actor_labels_roles import not_a_role, pageant_title_end, pageant_title_only
from .actor_labels import (PLACE_NAME_ENDS, PLACE_NAME_STARTS, common_acronym, contests_of, era,
                           example_place, fragment, is_region, listed_before_noun, made_thing,
                           PRODUCT_NOUNS, caption_label, paired_names, product, product_maker, product_name,
                           programme_name, region_owner, slogan, small_place, state_code,
                           title_piece, unit_or_page, won_district, word_or_belief, work_or_thing,
                           feature_names)
from .actor_places import (acts, alias_of_place, at_place, country_after_division, is_country,
                           is_locative, place_name, place_object, state_metonym, town_of, towns_named)
from .actor_labels_words import cut_title, holiday_name
from .actor_place_frames import office_town, resident_town
from .actor_place_sites import site_frame, site_names, town_frame
from .actor_venues import address, court_venue, incident_town
from .gazetteer import get_gazetteer
from .places import taken_place
from .plover import NOUNS as EVENT_NOUNS
from .time_lex import ZONES


_PEOPLE_NOUNS = frozenset(w for w, k in ACTOR_NOUNS.items() if k in ("person", "group", "armed_group"))


def _split_at_dashes(adoc: AnnotatedDoc) -> list[Entity]:
    """The entities of ``adoc``, each cut at a dash with spaces around it into the names on
    either side when the words on both sides of the dash are written alone elsewhere in the
    report ("Jane Doe - Smith's girlfriend - told", Doe and Smith named again: the tagger ran
    two names together across a dash; not "Strauss - Kahn", a name written with spaces)."""
    toks = adoc.tokens

    def alone(word: str) -> bool:  # written elsewhere with no dash beside it
        return any(t.text == word and not (t.i > 0 and toks[t.i - 1].text in SPACED_DASHES)
                   and not (t.i + 1 < len(toks) and toks[t.i + 1].text in SPACED_DASHES)
                   for t in toks)

    out: list[Entity] = []
    for e in adoc.ents:
        cuts = [k for k in range(e.start + 1, e.end - 1) if toks[k].text in SPACED_DASHES
                and toks[k - 1].ws and toks[k].ws and alone(toks[k - 1].text)
                and alone(toks[k + 1].text)]
        if not cuts:
            out.append(e)
            continue
        for a, b in zip([e.start] + [k + 1 for k in cuts], cuts + [e.end]):
            if a < b:
                sa, sb = adoc.char_span(a, b)
                out.append(Entity(adoc.text[sa:sb], e.label, a, b, sa, sb, e.sent))
    return out


def entity_mentions(adoc: AnnotatedDoc, chunk_of: dict[int, tuple[int, int]], taken: set[int]
                     ) -> list[Cand]:
    """Mentions from named entities; persons first so that their titles swallow
    mis-tagged words. Marks the tokens of person and organisation names in ``taken``."""
    toks = adoc.tokens
    cands: list[Cand] = []
    ents = sorted(_split_at_dashes(adoc), key=lambda e: (e.label != "PERSON", -e.start))
    # words of place names, hyphenated names included ("Stratford" of "Stratford-upon-Avon")
    place_words = {toks[i].text for e in adoc.ents
                   if e.label in ("GPE", "LOC", "FAC") or hyphenated(adoc, e.start, e.end)
                   for i in range(e.start, e.end)}
    # last words of full person names ("Jim Jordan" makes a later "Jordan" the person)
    surnames = {toks[e.end - 1].text for e in adoc.ents
                if e.label == "PERSON" and e.end - e.start > 1}
    org_seen = Counter(adoc.span_text(*trim(adoc, e.start, e.end)) for e in adoc.ents
                       if e.label == "ORG")
    # words the report writes in lower case: a capitalised one opening a sentence ("Secrecy
    # is ...", "Harsh?") is that word, not a name
    lower = {t.text for t in toks if t.text.islower()}
    person_names = {adoc.span_text(e.start, e.end) for e in adoc.ents if e.label == "PERSON"} | surnames
    openers = {next((k for k in range(snt.start, snt.end) if toks[k].pos not in ("PUNCT", "SPACE")),
                    snt.start) for snt in adoc.sents}
    things = (thing_names(adoc) | modifier_only(adoc, ACTOR_NOUN_LEMMAS | frozenset(EVENT_NOUNS))
              | {w.lower() for w in adjectival_names(adoc)})
    regions = quote_regions(adoc)
    outside = outside_quotes(adoc, regions)
    towns = towns_named(adoc)
    features = feature_names(adoc)
    sites = site_names(adoc)
    for e in ents:
        if e.label not in ("PERSON", "ORG", "GPE", "NORP"):
            continue
        s, en = trim(adoc, e.start, e.end)
        if any(i in taken for i in range(s, en)):
            continue
        if e.label != "NORP" and cut_title(adoc, s, en):
            # "LPD Lt. Name", "the X Police and Capt. Name": the title cut at its full stop is
            # no actor; the body's words before it, if any, stay the body (round 21); words
            # before a comma ("The X, Pres. Name") are no name run into the title: none stays
            k = en - 1
            while k > s and toks[k - 1].pos == "CCONJ":
                k -= 1
            taken.update(range(k, en))
            if k == s or toks[k - 1].pos == "PUNCT":
                taken.update(range(s, en))
                continue
            en = k
        if en - s == 1 and (toks[s].text.islower() or s in openers
                            and toks[s].text.lower() in lower):
            continue
        if e.label == "PERSON" and en - s >= 2 and s in openers and toks[s].text.endswith("ing") \
                and adoc.span_text(s + 1, en) in person_names:
            s += 1  # "Bashing Jones may be job one": a gerund opening the sentence, then the name
        if e.label in ("ORG", "GPE", "NORP") and (
                ep := epithet_person(adoc, s, en, person_names, surnames)) is not None:
            # "Honest Abe Moe" tagged as a body, "Abe Moe" named elsewhere: an epithet, a person
            n, en = ep
            cands.append(Cand(n, en, head_of(adoc, n, en), "person", clean_name(name_form(adoc, n, en))))
            taken.update(range(s, en))
            continue
        if e.label == "ORG" and (k := skip_epithets(adoc, s, en)) > s \
                and written_without(adoc, adoc.span_text(k, en), adoc.span_text(s, k)):
            s = k  # "the Failing Acme Times" ... "Acme Times": the body without its epithet
        if e.label == "PERSON" and en - s >= 2 and toks[en - 1].text[:1].isupper() \
                and toks[en - 1].text.lower() in PLACE_NAME_ENDS:
            continue  # "Ho Chi Minh City" tagged as a person: a place
        if en - s >= 2 and toks[s].text.lower() in PLACE_NAME_STARTS and toks[s].text[:1].isupper() \
                and toks[s + 1].text[:1].isupper() and not any(
                    toks[k].text.lower() in NAME_HEADS | INSTITUTION_SUFFIXES for k in range(s, en)):
            continue  # "Fort X", "Camp Y": a post, a camp, a mountain; no one acting
        if e.label == "ORG" and (maker := product_maker(adoc, s, en)) is not None:
            s, en = maker  # "X TV", "the Y X Watch dock": a product; "X" its maker
        led = _led_group(adoc, s, en) if e.label == "PERSON" or e.label == "ORG" and not (
            contests_of(adoc, s, en)) else None
        if led is not None:
            # "Sanders supporters", "the Trump campaign", "Smith's camp": a group named after
            # its leader or party is an actor of its own, never the one it is named after
            host, kind = led
            n = s
            while n < en - 1 and low(toks[n]) in TITLE_WORDS:
                n += 1
            cs, _ = trim(adoc, min(chunk_of.get(host, (s, en))[0], s), host + 1,
                         cut_possessive=False)
            cands.append(Cand(cs, host + 1, host, kind,
                              f"{clean_name(name_form(adoc, n, en))} {toks[host].text.lower()}"))
            taken.update(range(cs, host + 1))
            continue
        head = head_of(adoc, s, en)
        if features and adoc.span_text(s, en) in features:
            taken.update(range(s, en))
            continue  # "X technology" ... "X will allow the device to": a product's feature
        if (e.label != "NORP" or not get_gazetteer().is_demonym(adoc.span_text(s, en))) \
                and product_name(adoc, s, en, head, e.label):
            host = toks[head].head
            # nor is the product's noun an actor phrase ("the X streaming music service")
            taken.update(range(s, host + 1 if host >= en and lem_of(toks[host]) in PRODUCT_NOUNS else en))
            continue  # "its new 12-inch X", "the company's X system": a product
        if (e.label == "NORP" or en - s == 1 and get_gazetteer().is_demonym(toks[s].text)) and (
                toks[head_of(adoc, s, en)].tag not in ("NNS", "NNPS")
                or toks[head_of(adoc, s, en)].dep == "attr") and not acting_adjective(
                adoc, head_of(adoc, s, en)):
            continue  # "Chinese aggression", "was Mexican", "are Sunni Muslims": no one acting
        head = head_of(adoc, s, en)
        if not (e.label == "NORP" and acting_adjective(adoc, head)) and (
                not_a_name(adoc, s, en, head, ACTOR_NOUN_LEMMAS)):
            continue  # "Conceding that", "pro-Smith": a word, no actor
        if not (e.label == "NORP" and acting_adjective(adoc, head)) and (
                named_thing(adoc, s, en, head, e.label, things)
                or (e.label in ("ORG", "GPE", "NORP") or e.label == "PERSON" and en - s == 1)
                and name_piece(adoc, s, en, head)
                or quoted_title(adoc, s, en, regions, outside)):
            taken.update(range(s, en))  # nor is its head an actor phrase ("the 2017 X, made in Y")
            continue  # "the hallucinogen PCP", "a play called “X”": a thing, no actor
        if (era(adoc, s, en, head, e.label) or unit_or_page(adoc, s, en) or slogan(adoc, head)
                or fragment(adoc, s, en) or example_place(adoc, head)
                or e.label != "NORP" and word_or_belief(adoc, s, en)
                or small_place(adoc, s, en, head) or state_code(adoc, s, en, head)
                or e.label != "PERSON" and (won_district(adoc, s, en, head)
                                            or region_owner(adoc, s, en, head))
                or product(adoc, s, en, head, e.label, ACTOR_NOUN_LEMMAS)
                or made_thing(adoc, s, en, head, e.label)
                or work_or_thing(adoc, s, en)
                or e.label != "NORP" and caption_label(adoc, s, en)
                or e.label != "NORP" and listed_before_noun(adoc, s, en, _PEOPLE_NOUNS)
                or e.label == "ORG" and (programme_name(adoc, s, en) or common_acronym(adoc, s, en)
                                         or contests_of(adoc, s, en))
                or e.label != "NORP" and paired_names(adoc, s, en)
                or e.label == "ORG" and title_piece(adoc, s, en, TITLE_WORDS)
                or e.label != "NORP" and holiday_name(adoc, s, en)):
            taken.update(range(s, en))
            continue  # "since Reconstruction", "on A10", "win Ohio", "X's Day": no actor
        if ACTOR_NOUNS.get(lem_of(toks[head])) == "person" and en - s <= 3 and office(adoc, head):
            continue  # "elected President", "as Secretary of State": an office, no one
        if (s > 0 and toks[s - 1].text.lower() in OFFICE_PREPS and en < len(toks)
                and ACTOR_NOUNS.get(lem_of(toks[en])) == "person" and toks[en].pos == "NOUN"):
            continue  # "met X as Cabinet secretary": a word of an office
        if t_appos_place(adoc, head) or platform(adoc, s, en, head) or e.label == "PERSON" and \
                home_of_person(adoc, s, en, head) or e.label != "PERSON" and (
                gone_to(adoc, head) or place_of(adoc, s, en, head, e.label)
                or country_after_division(adoc, s, en, head)) or e.label != "NORP" and (
                place_object(adoc, s, en, head) or town_of(adoc, head)
                or adoc.span_text(s, en) in towns and not acts(adoc, head)) or (
                en - s == 1 and state_metonym(toks[s].text) and gone_to(adoc, head)):
            continue  # "a trip to X", "Caracas, X", "Senator Smith of X": a place
        if e.label != "NORP" and (office_town(adoc, s, en, head) or resident_town(adoc, s, en, head)):
            taken.update(range(s, en))
            continue  # "The mayor of X", "X man, 19, stabbed": a town (round 21)
        if e.label in ("ORG", "PERSON") and (e.label == "ORG" and adoc.span_text(s, en) in sites
                                             or site_frame(adoc, s, en, head, e.label)):
            continue  # "closed in X", "X Mayor Name", "taken to Y Hospital": a site (round 21)
        if e.label in ("ORG", "PERSON", "GPE") and (
                court_venue(adoc, s, en, head) or address(adoc, s, en) or incident_town(adoc, s, en, head)
                or e.label == "GPE" and town_frame(adoc, s, en)):
            taken.update(range(s, en))
            continue  # "appear in X Court", "201 Y St.", "in W cocaine case" (round 24)
        if e.label == "PERSON" and (hyphenated(adoc, s, en) or at_place(adoc, s, en)
                                    or en - s == 1 and toks[s].text in place_words
                                    or modifier_of_thing(adoc, head)):
            continue  # "Stratford-upon-Avon", "the coup in X", X named in a place: not a person
        if lem_of(toks[head]) in EVENT_NOUNS:
            continue  # "the Velvet Coup": an event named like an organisation
        if e.label in ("ORG", "GPE") and e.text.lower() in ZONES:
            continue  # "21:10 EET": a time zone
        if e.label == "ORG" and _medium(adoc, head):
            continue
        name = clean_name(name_form(adoc, s, en))
        if e.label in ("PERSON", "ORG") and taken_place(adoc, s, en, get_gazetteer()):
            continue  # "rebels entered Goma", "the army recaptured Kharkiv": a place
        if (e.label == "PERSON" and en - s == 1 and toks[s].text not in surnames
                and state_metonym(toks[s].text)):
            # "Kyiv would not cede territory" tagged as a person: the capital for its state's
            # government
            gov = government_of(toks[s].text)
            cands.append(Cand(s, en, head, "government" if gov else "state", gov or name))
            taken.update(range(s, en))
            continue
        if e.label == "PERSON":
            en = _nickname_end(adoc, en)
            s, n = _person(adoc, s, en, chunk_of)
            if (k := skip_epithets(adoc, s, en)) > s:
                s, n = k, max(n, k)  # "Crooked Jane Doe": the epithet is no name and no title
            n = pageant_title_end(adoc, s, n, en)  # "former Miss Universe Jane Doe" (round 18)
            if pageant_title_only(adoc, s, n, en):  # "the former Miss Universe": a role phrase
                text = adoc.span_text(s, en)
                cands.append(Cand(s, en, head, "person", text, text, definite_role=True))
                taken.update(range(s, en))
                continue
            title = adoc.span_text(s, n) if n > s else None
            # a body named before the title ("Apple CEO Steve Jobs") is its own mention when
            # the report names it elsewhere too (it keeps its place in the role); the
            # person's span keeps it (the whole phrase, "Apple CEO" included, is the
            # person's), its words are left to the body's own mention
            body_end = max((k + 1 for k in range(s, n) if toks[k].ent_type == "ORG"), default=s)
            own = body_end if s < body_end < n and org_seen[adoc.span_text(s, body_end)] > 1 else s
            role = _appositive_role(adoc, head, range(own, en)) or title
            full, nick = strip_nickname(clean_name(name_form(adoc, n, en)))
            cands.append(Cand(s, en, head, "person", full, role, nickname=nick))
            taken.update(range(own, en))
            continue
        if (e.label in ("ORG", "GPE", "NORP") and en - s >= 2 and low(toks[s]) in PERSON_TITLES
                and toks[s].text[:1].isupper()):
            # "General Smith" tagged as an organisation: a titled person
            n = s
            while n < en - 1 and low(toks[n]) in TITLE_WORDS:
                n += 1
            cands.append(Cand(s, en, head, "person", clean_name(name_form(adoc, n, en)),
                               adoc.span_text(s, n)))
            taken.update(range(s, en))
            continue
        if (e.label == "ORG" and toks[head].dep == "pobj"
                and toks[toks[head].head].text.lower() in ORG_LOCATIVE_PREPS):
            continue
        if (e.label in ("ORG", "NORP") or e.label == "PERSON" and en - s == 1
                and toks[s].text not in surnames) and not acts(adoc, head) and place_name(name):
            continue  # "drove towards Pazardzhik" tagged as a body: a place that does not act
        if e.label in ("ORG", "GPE") and ACTOR_NOUNS.get(toks[head].lemma.lower()) == "person":
            if toks[head].dep == "appos":
                continue  # a mis-tagged role: "X, the UN Relief Coordinator,"
            e_role = name
        else:
            e_role = None
        if e.label in ("ORG", "GPE") and (e_role or any(
                toks[c].dep == "appos" and ACTOR_NOUNS.get(toks[c].lemma.lower()) == "person"
                for c in adoc.children(head))):
            # a mis-tagged person with a role ("Kenzo Oshima, the UN coordinator")
            s = chunk_of.get(head, (s, en))[0] if not e_role else s
            s, en = trim(adoc, s, en)
            role = e_role or _appositive_role(adoc, head, range(s, en))
            cands.append(Cand(s, en, head, "person", clean_name(name_form(adoc, s, en)), role))
            taken.update(range(s, en))
            continue
        if e.label == "GPE" and (is_locative(adoc, head) or alias_of_place(adoc, s)):
            continue
        if e.label == "GPE" and not is_country(name) and (not acts(adoc, head)
                                                        or described_town(adoc, head)):
            continue  # "rallies in Columbus", "X has a long history of ...": a town as a place
        if (e.label in ("NORP", "GPE") and toks[head].dep in ("amod", "compound", "nmod")
                and lem_of(toks[toks[head].head]) not in EVENT_NOUNS):
            continue  # a modifier ("Russian forces"), unless of an event ("a U.S. request")
        if e.label == "ORG":
            if _name_opening(adoc, s, en, openers) < s:
                s -= 1
                name = clean_name(name_form(adoc, s, en))
            words = {t.text.lower() for t in toks[s:en]}
            kind = "armed_group" if words & MILITARY_WORDS else "organisation"
            taken.update(range(s, en))
        else:
            kind = "state" if e.label == "GPE" else "group"
        if kind in ("state", "organisation") and (gov := government_of(name)):
            # a country or its capital as an actor ("Ottawa said", "sanctions on Canada"):
            # the state's government
            kind, name = "government", gov
        elif e.label == "GPE" and is_region(name):
            # a state of a federation that acts ("Texas sued"): its government
            kind, name = "government", RULES["government_name"].format(name)
        elif e.label == "GPE" and place_name(name):
            continue  # a town that is neither a country nor its capital: a place
        cands.append(Cand(s, en, head, kind, name))

    return cands


def _led_group(adoc: AnnotatedDoc, s: int, en: int) -> tuple[int, str] | None:
    """(token of the noun, kind) when the name [s, en) modifies, as a compound or a possessive,
    a noun of ``led_groups`` ("Sanders supporters", "the Trump campaign", "Smith's loyal
    backers"): the group named after the one named; else None (also for a noun of the plural
    ones in the singular: "an Olsen supporter" is one person described, the name a mention of
    Olsen)."""
    toks = adoc.tokens
    head = head_of(adoc, s, en)
    if toks[head].dep not in ("compound", "poss") or toks[head].head < en:
        return None
    host = toks[head].head
    t = toks[host]
    kind = LED_GROUPS["any"].get(lem_of(t)) or (
        LED_GROUPS["plural"].get(lem_of(t)) if t.tag in ("NNS", "NNPS") else None)
    if kind is None or not all(toks[k].text in POSSESSIVE or toks[k].head == host and toks[k].dep
                               in ("compound", "amod", "nummod", "case") for k in range(en, host)):
        return None
    return host, kind


def _nickname_end(adoc: AnnotatedDoc, end: int) -> int:
    """The end of a person's name that the tagger cut at a quoted nickname ('James E.' of
    'James E. “Jimmy” Doe'): a quote mark, one capitalised word, a quote mark and one or two
    capitalised proper nouns right after ``end`` are the rest of the name; else ``end``."""
    toks = adoc.tokens
    k = end
    if k + 3 >= len(toks) or toks[k].text not in QUOTES or toks[k + 2].text not in QUOTES:
        return end
    if not (toks[k + 1].text[:1].isupper() and toks[k + 1].text.replace(".", "").isalpha()):
        return end
    k += 3
    stop = k + 2
    while k < min(stop, len(toks)) and toks[k].pos == "PROPN" and toks[k].text[:1].isupper():
        k += 1
    return k if k > end + 3 else end


def _person(adoc: AnnotatedDoc, start: int, end: int, chunk_of: dict[int, tuple[int, int]]
            ) -> tuple[int, int]:
    """Extend a PERSON entity [start, end) leftwards over its title inside the noun chunk
    ("Defense Minister", "Lt. Col.", "Polish President"). Returns (span start, name start):
    the title is [span start, name start)."""
    cs = chunk_of.get(end - 1, (start, end))[0]
    s = start
    while s > cs:
        prev = adoc.tokens[s - 1]
        if prev.text.lower() in DETERMINERS or prev.dep == "poss" or prev.text in POSSESSIVE:
            break
        if not (prev.text[:1].isupper() or prev.text == "." or low(prev) in TITLE_WORDS):
            break
        s -= 1
    # the entity itself may begin with title words ("President Macron" as one entity)
    n = start
    while n < end - 1 and low(adoc.tokens[n]) in TITLE_WORDS and adoc.tokens[n].text[:1].isupper():
        n += 1
    return s, n


def _appositive_role(adoc: AnnotatedDoc, head: int, span: range) -> str | None:
    """Role of the person whose name has head ``head`` from an apposition: its appositive
    ("X, the chief of the Y force") or the role noun it is appositive to ("Y's leader, X")."""
    t = adoc.tokens[head]
    for c in adoc.children(head):
        ct = adoc.tokens[c]
        if (ct.dep == "appos" and c not in span and ct.ent_type != "PERSON" and ct.pos != "PROPN" or (
                ct.dep == "appos" and ct.lemma.lower() in ACTOR_NOUNS)) and not not_a_role(adoc, c):
            sub = adoc.subtree(c)
            # a role is a short noun phrase, not a clause or a quotation mis-attached
            if len(sub) <= 14 and not any(adoc.tokens[k].pos in ("VERB", "AUX") or
                                          adoc.tokens[k].text in QUOTES for k in sub):
                return subtree_text(adoc, c) or None
    if t.dep == "appos":
        h = adoc.tokens[t.head]
        if h.lemma.lower() in ACTOR_NOUNS and h.ent_type != "PERSON":
            return subtree_text(adoc, t.head, set(adoc.subtree(head))) or None
    return None


def acting_adjective(adoc: AnnotatedDoc, i: int) -> bool:
    """A people's adjective on an act that is the subject of its clause ("Russian strikes killed
    five"): the state acts through that act."""
    t = adoc.tokens[i]
    if t.dep != "amod" or t.head == i:
        return False
    noun = adoc.tokens[t.head]
    return lem_of(noun) in EVENT_NOUNS and noun.dep in ("nsubj", "nsubjpass")


def modifier_of_thing(adoc: AnnotatedDoc, head: int) -> bool:
    """True when a name is a noun modifier of a common noun that is neither an actor nor an
    event ("a Trojan horse"), or a name before one of ``kind_nouns`` ("a X kind of Y"): a
    description, not a participant."""
    t = adoc.tokens[head]
    if head + 1 < len(adoc.tokens) and adoc.tokens[head + 1].text.lower() in KIND_NOUNS:
        return True  # "a X kind of marriage", however parsed
    if t.dep != "compound":
        return False
    h = adoc.tokens[t.head]
    return h.pos == "NOUN" and actor_noun_kind(h) is None and lem_of(h) not in EVENT_NOUNS


def _medium(adoc: AnnotatedDoc, head: int) -> bool:
    """True when the organisation at ``head`` is named as where something was posted: a
    modifier of a channel or account ("the Telegram channel"), or the object of "on"/"via"
    after a verb or noun of posting ("a video posted on Telegram", "a statement on X")."""
    toks = adoc.tokens
    t = toks[head]
    host = toks[t.head]
    if t.dep == "compound" and lem_of(host) in MEDIA_HOSTS:
        return True
    return (t.dep == "pobj" and host.text.lower() in ("on", "via")
            and lem_of(toks[host.head]) in POSTING)


def _name_opening(adoc: AnnotatedDoc, s: int, en: int, openers: set[int]) -> int:
    """The start of a body's name whose first capitalised word the tagger left out ("the
    Koch-backed Concerned Veterans for America"): a capitalised word with no entity of its
    own that hangs on the name, is no title and opens no sentence, after a word in lower
    case (not a title-case headline)."""
    toks = adoc.tokens
    k = s - 1
    if (k < 1 or toks[k].ent_type or not toks[k].text[:1].isupper() or k in openers
            or not s <= toks[k].head < en or low(toks[k]) in TITLE_WORDS
            or toks[k].pos not in ("PROPN", "ADJ", "VERB") or toks[k - 1].text[:1].isupper()):
        return s
    return k
