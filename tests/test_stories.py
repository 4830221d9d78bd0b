"""Stories: documents grouped by situation as they arrive, with stable ids."""

from __future__ import annotations

from sitroom.link.stories import Stories, assign_stories, merge_related, story_records

FLOOD = ("The river burst its banks in Ruse overnight and flooded the northern districts; the "
         "governor ordered an evacuation and rescue teams moved families to schools.")
FLOOD2 = ("Rescue teams evacuated more families from flooded streets in Ruse on Tuesday as the "
          "river kept rising; the governor said the northern districts remain under water.")
FLOOD3 = ("Water levels in Ruse began to fall on Wednesday; the governor said evacuated families "
          "from the flooded northern districts could return once rescue teams check the river.")
STRIKE = ("Dock workers in Varna went on strike over pay on Monday, halting cargo ships at the "
          "port; the union said talks with the port authority had broken down.")


def _docs(*ids, copy_of=None):
    return [{"id": d, "published": f"2024-05-0{i + 1}", "outlet": f"Outlet {d}", "title": None,
             "copy_of": (copy_of or {}).get(d)} for i, d in enumerate(ids)]


def test_documents_group_by_situation():
    texts = {"f1": FLOOD, "s1": STRIKE, "f2": FLOOD2}
    story_of = assign_stories(_docs("f1", "s1", "f2"), texts)
    assert story_of == {"f1": "story:f1", "s1": "story:s1", "f2": "story:f1"}


def test_a_new_document_joins_its_story_and_ids_stay_stable():
    texts = {"f1": FLOOD, "s1": STRIKE, "f2": FLOOD2, "f3": FLOOD3, "c1": FLOOD}
    before = assign_stories(_docs("f1", "s1", "f2"), texts)
    after = assign_stories(_docs("f1", "s1", "f2", "f3", "c1", copy_of={"c1": "f1"}), texts)
    assert {d: after[d] for d in before} == before
    assert after["f3"] == after["c1"] == "story:f1"
    # the incremental form gives the same as the batch one
    stories = Stories()
    for d in ("f1", "s1", "f2", "f3"):
        stories.add(d, texts[d])
    assert stories.add("c1", FLOOD, copy_of="f1") == "story:f1"
    assert stories.story_of == after


def test_story_records():
    docs = _docs("f1", "s1", "f2")
    recs = story_records(docs, {"f1": "story:f1", "s1": "story:s1", "f2": "story:f1"})
    assert recs[0] == {"id": "story:f1", "title": None, "docs": ["f1", "f2"],
                       "first": "2024-05-01", "last": "2024-05-03",
                       "outlets": ["Outlet f1", "Outlet f2"]}
    assert [r["id"] for r in recs] == ["story:f1", "story:s1"]


def test_a_short_message_joins_the_story_it_belongs_to():
    """Its average cosine to the story's reports is under the threshold (it shares few of
    their words); its cosine to the story's centroid is not."""
    texts = {"f1": FLOOD, "f2": FLOOD2, "f3": FLOOD3, "s1": STRIKE,
             "m1": "Ruse tonight: the water reached the cathedral steps. Share and pray for our "
                   "city."}
    story_of = assign_stories(_docs("f1", "f2", "f3", "s1", "m1"), texts)
    assert story_of["m1"] == "story:f1"


def test_stories_of_one_crisis_merge_on_shared_actors_places_and_time():
    """Stories (here one report each) that name the same two actors or places within two
    days are one story, with the first one's id; one naming them a month later, or sharing one
    entity only, stays apart."""
    docs = _docs("a", "b", "c", "d", "e")
    docs[3]["published"] = "2024-06-04"  # a month later
    terms = {"a": ["A_gov", "A_union", "P_1"], "b": ["A_gov", "P_1", "A_mayor"],
             "c": ["A_gov", "A_union"], "d": ["A_gov", "A_union", "P_1"], "e": ["A_gov"]}
    alone = {d: f"story:{d}" for d in terms}
    assert merge_related(docs, alone, terms) == {
        "a": "story:a", "b": "story:a", "c": "story:a", "d": "story:d", "e": "story:e"}
    # core entities are those of at least half a story's reports
    two = {"a": "story:a", "e": "story:a", "b": "story:b"}
    terms2 = {"a": ["A_x", "P_1"], "e": ["A_y", "P_2"], "b": ["A_x", "P_1"]}
    assert merge_related(docs, two, terms2)["b"] == "story:a"
    terms2["e"] = ["A_y"]
    assert merge_related(docs, two, terms2)["b"] == "story:a"
    assert merge_related(docs, two, terms2, shared=3)["b"] == "story:b"
