from linkkit import Sent, picture_of

from sitroom.link.actors import resolve_actors, skeleton, translit
from sitroom.link.picture import build_picture
from sitroom.model import ActorMention, EventMention, Extraction, PlaceMention, Quote


def am(doc, start, text, name, kind="person", coref_of=None, role=None):
    return ActorMention(doc, start, start + len(text), 0, text, name, kind, role, coref_of)


def test_transliteration_keys():
    assert skeleton("Yevgeny") == skeleton("Evgeny") == skeleton("Evgeniy")
    assert skeleton("Aleksandr") == skeleton("Alexander")
    assert translit("Zelenskyy") == translit("Zelensky")
    assert translit("Putin") != translit("Patin")
    assert translit("al-Jolani") == translit("al-Julani") and translit("Qadhafi") == translit("Qadafi")


def test_one_actor_across_spellings_surnames_titles_and_pronouns():
    d1 = Extraction("d1", actors=(
        am("d1", 0, "Aleksandr Volkov", "Aleksandr Volkov", role="commander"),
        am("d1", 30, "Volkov", "Volkov", coref_of=0),
        am("d1", 50, "he", "he", coref_of=1),
        am("d1", 60, "Marin", "Marin"),
        am("d1", 70, "the Northern Group", "Northern Group", "armed_group"),
    ))
    d2 = Extraction("d2", actors=(
        am("d2", 0, "Alexander Volkov", "Alexander Volkov"),
        am("d2", 40, "Defence Minister Ilya Marin", "Ilya Marin", role="Defence Minister"),
        am("d2", 80, "Northern", "Northern", "armed_group"),
        am("d2", 90, "Anna Volkova", "Anna Volkova"),
    ))
    res = resolve_actors([d1, d2])
    names = sorted((a["name"], tuple(a["aliases"]), tuple(a["docs"])) for a in res.actors)
    assert names == [
        ("Aleksandr Volkov", ("Alexander Volkov", "Volkov"), ("d1", "d2")),
        ("Anna Volkova", (), ("d2",)),
        ("Ilya Marin", ("Marin",), ("d1", "d2")),
        ("Northern Group", ("Northern",), ("d1", "d2")),
    ]
    assert res.mention_actor[("d1", 2)] == res.mention_actor[("d2", 0)]  # "he" -> Volkov
    marin = next(a for a in res.actors if a["name"] == "Ilya Marin")
    assert marin["roles"] == ["Defence Minister"]


def test_ambiguous_surname_is_not_merged():
    d1 = Extraction("d1", actors=(am("d1", 0, "Anna Berg", "Anna Berg"), am("d1", 20, "Jonas Berg", "Jonas Berg")))
    d2 = Extraction("d2", actors=(am("d2", 0, "Berg", "Berg"),))
    res = resolve_actors([d1, d2])
    assert sorted(a["name"] for a in res.actors) == ["Anna Berg", "Berg", "Jonas Berg"]


def test_picture_merges_the_same_event_from_two_reports_and_links_copies():
    t1 = "Rebels seized the port of Varna on Monday."
    t2 = "On Monday, rebel fighters took over Varna's port."
    p1 = PlaceMention("d1", 26, 31, 0, "Varna", "Varna", 43.2, 27.9, "BG", "city", 726050)
    p2 = PlaceMention("d2", 36, 41, 0, "Varna", "Varna", 43.2, 27.9, "BG", "city", 726050)
    e1 = EventMention("d1", 7, 13, 0, "seized", "ASSAULT", "seize", place=0, date="2024-05-06",
                      date_precision="day", date_source="text", sentence_text=t1)
    e2 = EventMention("d2", 30, 39, 0, "took over", "ASSAULT", "seize", place=0, date="2024-05-06",
                      date_precision="day", date_source="text", sentence_text=t2)
    e3 = EventMention("d2", 0, 2, 0, "x", "ACCUSE", None, sentence_text=t2)
    x1 = Extraction("d1", places=(p1,), events=(e1,), sentences=((0, len(t1)),),
                    quotes=(Quote("d1", 0, 6, 0, "Rebels", None, None, None),))
    x2 = Extraction("d2", places=(p2,), events=(e2, e3), sentences=((0, len(t2)),))
    x3 = Extraction("d3", places=(p1,), events=(e1,), sentences=((0, len(t1)),))
    docs = [{"id": "d1", "published": "2024-05-07", "copy_of": None},
            {"id": "d2", "published": "2024-05-07", "copy_of": None},
            {"id": "d3", "published": "2024-05-08", "copy_of": "d1"}]
    pic = build_picture(docs, [x1, x2, x3], {"d1": t1, "d2": t2, "d3": t1})
    assert [(e["type"], e["docs"]) for e in pic["events"]] == [("ASSAULT", ["d1", "d2"]), ("ACCUSE", ["d2"])]
    assert pic["events"][0]["place"] == "place:varna"
    assert pic["places"][0]["docs"] == ["d1", "d2"]  # the copy d3 is not counted again
    assert {(k["kind"], k["from"], k["to"]) for k in pic["links"] if k["kind"] != "same_story"} == {
        ("copy_of", "d3", "d1"), ("corroborates", "d2", pic["events"][0]["id"])}
    # one story; the copy joins its original's
    assert [(s["id"], s["docs"]) for s in pic["stories"]] == [("story:d1", ["d1", "d2", "d3"])]
    assert pic["events"][0]["evidence"][1] == {"doc": "d2", "start": 0, "end": len(t2), "text": t2,
                                                "sent": 0, "mark": [30, 39]}
    assert [t["event"] for t in pic["timeline"]] == [pic["events"][0]["id"], pic["events"][1]["id"]]


# ---------------------------------------------------------------------------- events across reports

REBELS = ("Rebel fighters", "Rebel fighters", "armed_group")
REBELS2 = ("the rebel fighters", "rebel fighters", "armed_group")
ARMY = ("army units", "Army units", "armed_group")
ARMY_LEAD = ("Army units", "Army units", "armed_group")


def test_the_same_happening_in_other_words_and_another_type_is_one_event():
    a = Sent("Rebel fighters seized the port of Varna on Monday evening after a short battle.",
             actors=[REBELS], places=["Varna"],
             events=[("seized", "COERCE", {"actor": "Rebel fighters", "place": "Varna",
                                            "date": "2024-05-06TEV"})])
    b = Sent("On Monday the rebel fighters stormed Varna and took its port, witnesses said.",
             actors=[REBELS2], places=["Varna"],
             events=[("stormed", "ASSAULT", {"actor": "rebel fighters", "place": "Varna",
                                              "date": "2024-05-06"})])
    pic = picture_of(("d1", "2024-05-07", "Wire One", (a,)), ("d2", "2024-05-07", "Wire Two", (b,)))
    [ev] = pic["events"]
    assert ev["docs"] == ["d1", "d2"] and ev["types"] == ["ASSAULT", "COERCE"]
    assert ev["outlets"] == {"Wire One": "reports", "Wire Two": "corroborates"}
    assert not ev["disputed"] and ev["story"] == "story:d1"


def test_two_clashes_on_other_days_and_places_stay_apart():
    a = Sent("Rebel fighters clashed with army units in Varna on Monday.",
             actors=[REBELS, ARMY], places=["Varna"],
             events=[("clashed", "ASSAULT", {"actor": "Rebel fighters", "recipient": "Army units",
                                              "place": "Varna", "date": "2024-05-06"})])
    b = Sent("Rebel fighters clashed with army units in Burgas on Wednesday.",
             actors=[REBELS, ARMY], places=["Burgas"],
             events=[("clashed", "ASSAULT", {"actor": "Rebel fighters", "recipient": "Army units",
                                              "place": "Burgas", "date": "2024-05-08"})])
    pic = picture_of(("d1", "2024-05-06", "Wire One", (a,)), ("d2", "2024-05-08", "Wire Two", (b,)))
    assert sorted(tuple(e["docs"]) for e in pic["events"]) == [("d1",), ("d2",)]
    assert not [lk for lk in pic["links"] if lk["kind"] in ("corroborates", "contradicts")]


def test_same_day_but_morning_and_evening_or_other_actors_stay_apart():
    def clash(doc, actor, part):
        s = Sent(f"{actor[0]} attacked the checkpoint outside Ruse on Monday {part}.",
                 actors=[actor], places=["Ruse"],
                 events=[("attacked", "ASSAULT", {"actor": actor[1], "place": "Ruse",
                                                   "date": f"2024-05-06T{part[:2].upper()}"})])
        return (doc, "2024-05-07", f"Outlet {doc}", (s,))

    pic = picture_of(clash("d1", REBELS, "morning"), clash("d2", REBELS, "evening"))
    assert len(pic["events"]) == 2
    pic = picture_of(clash("d1", REBELS, "morning"), clash("d2", ARMY_LEAD, "morning"))
    assert len(pic["events"]) == 2


def test_types_related_and_times():
    from sitroom.link.picture import types_related

    assert types_related("COERCE", "ASSAULT") and types_related("AGREE", "AGREE")
    assert not types_related("MOBILIZE", "REJECT") and not types_related("ACCUSE", "ASSAULT")


def test_a_place_tagged_as_a_body_in_one_report_is_the_same_actor():
    d1 = Extraction("d1", actors=(am("d1", 0, "Ruse", "Ruse", "state"),))
    d2 = Extraction("d2", actors=(am("d2", 14, "Ruse", "Ruse", "organisation"),
                                  am("d2", 30, "Ruse Port Authority", "Ruse Port Authority",
                                     "organisation")))
    d3 = Extraction("d3", actors=(am("d3", 0, "Ruse", "Ruse", "state"),))
    res = resolve_actors([d1, d2, d3])
    assert sorted((a["name"], a["kind"], tuple(a["docs"])) for a in res.actors) == [
        ("Ruse", "state", ("d1", "d2", "d3")),
        ("Ruse Port Authority", "organisation", ("d2",)),
    ]


def test_places_of_one_name_are_told_apart():
    from sitroom.link.picture import _distinct_names

    def pl(name, feature, cc):
        return {"name": name, "feature": feature, "country_code": cc, "aliases": []}

    places = [pl("Ruse", "city", "BG"), pl("Ruse", "admin1", "BG"), pl("Paris", "city", "FR"),
              pl("Paris", "city", "US"), pl("Varna", "city", "BG")]
    _distinct_names(places)
    assert [p["name"] for p in places] == ["Ruse", "Ruse (region)", "Paris", "Paris (US)",
                                           "Varna"]
    assert places[1]["aliases"] == ["Ruse"]


def test_every_full_name_of_an_entity_links_across_reports():
    d1 = Extraction("d1", actors=(am("d1", 0, "Ahmed Karimov", "Ahmed Karimov"),
                                  am("d1", 30, "Abu Salim Karimi", "Abu Salim Karimi",
                                     coref_of=0)))
    d2 = Extraction("d2", actors=(am("d2", 0, "Abu Salim Karimi", "Abu Salim Karimi"),))
    d3 = Extraction("d3", actors=(am("d3", 0, "Ahmed Karimov", "Ahmed Karimov"),))
    res = resolve_actors([d1, d2, d3])
    assert [tuple(a["docs"]) for a in res.actors] == [("d1", "d2", "d3")]


def test_an_outlet_named_in_a_report_is_an_outlet_not_an_actor_of_the_crisis(tmp_path):
    from sitroom.model import Document
    from sitroom.pipeline import analyze
    from sitroom.store import Store

    texts = {
        "a": ("The Harbour Gazette reported that Anna Keller, the mayor of Lyon, resigned on "
              "Monday.", "Harbour Gazette"),
        "b": ("Anna Keller resigned on Monday, her office said.", "Valley Wire"),
    }
    with Store(tmp_path / "s.db") as store:
        for i, (text, outlet) in texts.items():
            store.add_document(Document(id=i, text=text, content_hash="h" + i, outlet=outlet,
                                        published="2024-05-06"))
        analyze(store)
        kinds = {a["name"]: a["kind"] for a in store.picture("actors")}
    assert kinds.get("Harbour Gazette") == "outlet"
    assert kinds.get("Anna Keller") == "person"


def test_a_name_tagged_as_a_body_does_not_join_a_group_its_name_begins():
    # "Okafor's favourite TV doctor" (a group in a headline) begins with "Okafor", a body in the
    # same headline; the person Okafor of other reports must not take the group's name
    d1 = Extraction("d1", actors=(am("d1", 0, "Okafor's favourite TV doctor",
                                     "Okafor's favourite TV doctor", "group"),
                                  am("d1", 0, "Okafor", "Okafor", "organisation")))
    d2 = Extraction("d2", actors=(am("d2", 0, "Chidi Okafor", "Chidi Okafor"),
                                  am("d2", 40, "Okafor", "Okafor", coref_of=0)))
    d3 = Extraction("d3", actors=(am("d3", 0, "Okafor", "Okafor"),))
    res = resolve_actors([d1, d2, d3])
    assert sorted((a["name"], tuple(a["docs"])) for a in res.actors) == [
        ("Chidi Okafor", ("d1", "d2", "d3")),
        ("Okafor's favourite TV doctor", ("d1",)),
    ]
