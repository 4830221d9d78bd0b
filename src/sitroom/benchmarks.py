"""The benchmarks ``sitroom eval all`` runs (:mod:`sitroom.eval.suite`), as data: each one's
name in ``sitroom/data/quality.json``, the ``sitroom.eval`` module that scores it, its data under
the shared eval folder, its options and headline figures. Here, outside ``sitroom.eval``, so the
reports can name the headline figures without importing evaluation code."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Bench:
    name: str  # key in quality.json "figures"
    module: str  # sitroom.eval.<module>.evaluate
    data: str  # path under the eval folder
    headline: tuple[str, ...]  # result keys shown in the table ("a.b": key b of result a)
    options: dict[str, Any] = field(default_factory=dict)
    what: str = ""


BENCHES: tuple[Bench, ...] = (
    Bench("time", "time", "time-tempeval3/TBAQ-cleaned",
          ("strict_f1", "relaxed_f1", "value_f1", "type_f1"),
          what="TempEval-3 task A time expressions (TimeBank + AQUAINT)"),
    Bench("timeline", "timeline", "timeline-semeval2015/corpus_1", ("f1", "precision", "recall"),
          what="SemEval-2015 Task 4 track A timelines"),
    Bench("quotes", "quotes", "quotes-polnear/data",
          ("source_f1", "cue_f1", "content_f1"), what="PolNeAR attribution (dev)"),
    Bench("factuality_uw", "factuality", "factuality-uw", ("mae", "pearson_r"),
          {"format": "uw"}, what="UW event factuality (dev)"),
    Bench("factuality_meantime", "factuality", "factuality-meantime",
          ("certainty_acc", "polarity_acc"), {"format": "meantime"},
          what="MEANTIME event certainty and polarity"),
    Bench("events", "events", "events-plover/PLOVER_GSR_dev.json",
          ("type_acc", "actor_f1", "recipient_f1"), what="PLOVER gold records"),
    Bench("geo", "geo", "geo-lgl/lgl.xml", ("acc_161", "mean_error_km", "auc"),
          what="LGL toponym resolution (gold spans)"),
    Bench("coref", "coref", "coref-ecbplus", ("conll_f1", "muc_f1", "b3_f1", "ceafe_f1"),
          what="ECB+ cross-document event coreference"),
    Bench("stance", "stance", "stance-fnc1", ("relative_score", "fnc_score"), {"holdout": True},
          what="FNC-1 stance, held-out bodies (model trained on the other 80%)"),
    Bench("speakers", "speakers", "quotes-polnear/data", ("accuracy", "found"),
          what="PolNeAR dev quote speakers (the project's hand-checked gold)"),
    Bench("actors", "actors", "factuality-meantime",
          ("named.b3_f1", "named.coverage", "all.b3_f1"),
          what="MEANTIME actors across reports (B³ over gold PER/ORG mentions)"),
    Bench("participants", "participants", "coref-ecbplus", ("conll_f1", "within_conll_f1"),
          what="ECB+ participants: entity coreference of the actors"),
    Bench("anchoring", "anchoring", "factuality-meantime", ("day_acc",),
          what="MEANTIME events anchored to the right day"),
    Bench("stories", "stories", "coref-ecbplus", ("b3_f1", "purity", "inverse_purity"),
          {"part": "odd"}, what="ECB+ odd topics: the picture's stories (B-cubed over reports)"),
)
