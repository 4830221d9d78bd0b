"""A small news-like corpus written for the dispute tests: four outlets report a dam burst, with
known contradictions (death tolls far apart, km against miles, a case opened against closed, a
denial of what another report asserts) and known non-contradictions (the same rumour twice, a
denial of another proposition, overlapping ranges), and later statements that overtake earlier
ones (a higher toll from the same outlet, a case to be dropped and then closed), and the
owner of the dam put in two countries at once, then in a third."""

from sitroom.model import Document

REPORTS = [
    ("harbor-1", "Harbor Wire", "2026-03-14T10:00:00Z",
     "A dam burst near the Bulgarian port of Varna on Saturday, flooding villages along the "
     "river. About 1,500 people were killed in the flood near Varna, the regional governor "
     "Petar Ivanov said. The floodwater from the Danube Hydro dam spread 150 km from the dam. "
     "Prosecutors in Varna opened a criminal case against the dam operator Danube Hydro on "
     "Saturday. Danube Hydro denied that its engineers had ignored warnings about cracks in the "
     "dam near Varna. Rumours that the dam near Varna had been sabotaged spread on social media. "
     "The owner of Danube Hydro, Stefan Dimitrov, arrived in Varna on Saturday morning."),
    ("blacksea-1", "Black Sea Daily", "2026-03-14T10:20:00Z",
     "Some 40 people died in the flood when a dam burst near Varna on Saturday, the regional "
     "governor Petar Ivanov said. The floodwater from the Danube Hydro dam spread 150 miles from "
     "the dam. Engineers at Danube Hydro ignored warnings about cracks in the dam near Varna, a "
     "former employee said. Rumours that the dam near Varna had been sabotaged spread on social "
     "media. The criminal case against Danube Hydro was closed by prosecutors in Varna on "
     "Saturday. Stefan Dimitrov is in Istanbul, his lawyer said."),
    ("coastal-1", "Coastal Times", "2026-03-14T10:30:00Z",
     "Danube Hydro denied that it had received state subsidies for the dam near Varna. The flood "
     "that followed the dam burst near Varna killed between 1,400 and 1,600 people, the governor "
     "Petar Ivanov said."),
    ("harbor-2", "Harbor Wire", "2026-03-15T09:00:00Z",
     "The death toll of the dam burst near Varna rose to 2,300, governor Petar Ivanov said on "
     "Sunday. The criminal case against Danube Hydro in Varna will be dropped, a prosecutor "
     "said."),
    ("coastal-2", "Coastal Times", "2026-03-16T09:00:00Z",
     "Prosecutors in Varna said the criminal case against Danube Hydro has been closed. Stefan "
     "Dimitrov arrived in Bucharest on Monday, his lawyer said."),
]


def documents() -> list[Document]:
    return [Document(id=i, text=t, outlet=o, published=p) for i, o, p, t in REPORTS]
