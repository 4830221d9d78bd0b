"""Stories: documents grouped by situation as they arrive, with stable ids."""

from __future__ import annotations

from sitroom.link.stories import Stories, assign_stories, story_records

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
