"""Does ``sitroom train events`` reproduce the shipped learned event filter?

usage: PYTHONPATH=src python scripts/check_event_model.py [--eval ../shared/eval]

Fits the filter on every label file exactly as ``sitroom train events`` does
(:func:`sitroom.training.events.fit_model`: the L2 strength and the threshold chosen by the
article-grouped cross-validation with the guard the model ships with, the weights fitted on all
the labels) and compares it with ``data/event_filter_model.json``: threshold, L2, guard, least
share of R, number of labels and every weight. Prints the differences and exits 1 when there is
one (round 19: a few minutes, most of it annotating the labelled documents, so it is a script
and not a test). Round 22: and with ``data/event_filter_model_precise.json``, the opt-in precise
filter ``sitroom train events --precise`` writes; exits 1 when it differs from the fit (the
default file differs while ``SHIP`` is False: the round-10 filter is kept). Round 23: and with
``data/event_filter_model_balanced.json``, the opt-in balanced filter (its guard adds the acts
told as done in the past), which ``--precise`` writes beside it; ``--blind`` prints its figures
too. "shipped" in the output is the default round-10 filter of ``data/event_filter_model.json``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from sitroom.extract.events_filter import BALANCED_NAME, PRECISE_NAME, _model, _model_file
from sitroom.training.events import (
    BALANCED_GUARD, L2S, MIN_R_RECALL, SHIP, _figures, _probs, coarse, draw_events, fit_model,
    labelled_events, leave_one_draw_out, model_differences, shipped_drops,
)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--eval", type=Path, default=Path("../shared/eval"))
    ap.add_argument("--blind", nargs="*", default=[],
                    help='headings of judged draw tables to score, e.g. "### AE (" "### AE0 ("')
    ap.add_argument("--judgements", type=Path, default=Path("docs/judgements/events.md"))
    ap.add_argument("--l2s", nargs="*", type=float, default=None,
                    help="round 22: the L2 grid of the fit (default training.events.L2S)")
    ap.add_argument("--min-recall", type=float, default=None,
                    help="round 22: the least share of R the CV keeps (default MIN_R_RECALL)")
    ap.add_argument("--held-out", action="store_true",
                    help="round 22: also print the fit's held-out figures by draw")
    args = ap.parse_args()
    from threadpoolctl import threadpool_limits  # type: ignore[import-untyped]  # with sklearn

    text = args.eval / "quotes-polnear" / "data" / "dev" / "text"
    labelled, _ = labelled_events(text)
    l2s = tuple(args.l2s) if args.l2s else L2S
    rec = args.min_recall if args.min_recall is not None else MIN_R_RECALL
    with threadpool_limits(1):
        fitted = fit_model(labelled, l2s, rec)
        balanced = fit_model(labelled, guard=BALANCED_GUARD)
        if args.held_out:
            lodo = leave_one_draw_out(labelled, (rec,), l2s, l2_recall=rec)
            for d, r in [("all", lodo["all"]), *sorted(lodo["draws"].items())]:
                s, m = r["shipped"], r[f"R>={rec}"]
                print(f"held out {d}: shipped {s['strict']:.3f} ({s['kept']}, {s['R_recall']:.2f})"
                      f" -> fitted {m['strict']:.3f} ({m['kept']}, {m['R_recall']:.2f})")
    diff = model_differences(fitted, _model())
    print(f"shipped: {SHIP}; labelled events: {len(labelled)}; fitted threshold "
          f"{fitted['threshold']}, L2 {fitted['l2']}; differences: {len(diff)}")
    for line in diff[:40]:
        print(" ", line)
    precise = model_differences(fitted, _model_file(PRECISE_NAME))
    print(f"precise ({PRECISE_NAME}): differences: {len(precise)}")
    for line in precise[:40]:
        print(" ", line)
    other = model_differences(balanced, _model_file(BALANCED_NAME))
    print(f"balanced ({BALANCED_NAME}): differences: {len(other)}")
    for line in other[:40]:
        print(" ", line)
    if args.blind:
        events = draw_events(text, args.judgements, args.blind)
        blind(events, fitted)
        blind(events, balanced, ("balanced",))
    sys.exit(1 if diff and SHIP or precise or other else 0)


def blind(events: list[dict], fitted: dict, only: tuple[str, ...] = ()) -> None:
    """The figures of the rules alone, the shipped filter and the fitted one on ``events``
    (``only``: the fitted one alone, under that name)."""
    import numpy as np

    labels = [e["label"] for e in events]
    shipped = np.array([not shipped_drops(e["features"]) for e in events])
    refit = _probs([coarse(e["features"]) for e in events], fitted["weights"],
                   tuple(fitted["guard"])) < fitted["threshold"]
    rows = [("rules alone", np.ones(len(events), dtype=bool)), ("shipped", shipped),
            ("fitted", refit)]
    for name, keep in ([(only[0], refit)] if only else rows):
        f = _figures(labels, keep)
        print(f"blind, {name}: strict {f['strict']:.3f}, kept {f['kept']} of {f['of']}, "
              f"R kept {f['R_recall']:.2f}")


if __name__ == "__main__":
    main()
