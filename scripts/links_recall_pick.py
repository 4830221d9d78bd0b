"""The recall sets of the links judgements (docs/judgements/links.md): a seeded draw of FNC-1
stories of 3 to 8 bodies, numbered as ``scripts/links_draw.py`` numbers them, with the
stories of earlier sets left out.

    PYTHONPATH=src python scripts/links_recall_pick.py --seed 1704 \\
        --leave-out 23 29 36 39 44 30 33 50 70 103 0 3 48 60 81     # round 17's set R4

Prints the number of stories, the size of the pool left, the stories drawn and their Body IDs.

With ``--stories`` (the files ``scripts/dispute_links.py --stories`` writes: the pipeline's own
stories of the PolNeAR and MEANTIME parts of batch F), the pool is those stories of at least
``--min-reports`` reports, in file order, numbered from 0; ``--n 0`` draws them all, so the
order of the draw is the order of reading (round 22's set R13):

    PYTHONPATH=src python scripts/links_recall_pick.py --seed 2407 --n 0 \
        --stories /tmp/r22disp/b0_pn_stories.jsonl /tmp/r22disp/b0_mt_stories.jsonl
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from links_draw import stories  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=Path("/work/shared/eval/stance-fnc1"),
                    help="the FNC-1 folder (bodies.csv, stances.csv)")
    ap.add_argument("--seed", type=int, required=True, help="the seed of random.Random")
    ap.add_argument("--leave-out", type=int, nargs="*", default=[],
                    help="story numbers of earlier sets")
    ap.add_argument("--n", type=int, default=5, help="how many stories to draw")
    ap.add_argument("--min-bodies", type=int, default=3)
    ap.add_argument("--max-bodies", type=int, default=8)
    ap.add_argument("--stories", type=Path, nargs="*", default=[],
                    help="draw from the pipeline's stories in these JSON-lines files instead")
    ap.add_argument("--min-reports", type=int, default=3,
                    help="with --stories: the fewest reports of a story of the pool")
    args = ap.parse_args()
    if args.stories:
        draw_stories(args)
        return
    st = stories(args.data)
    pool = [n for n, ids in enumerate(st) if args.min_bodies <= len(ids) <= args.max_bodies]
    left_out = set(args.leave_out)
    pool = [n for n in pool if n not in left_out]
    pick = sorted(random.Random(args.seed).sample(pool, args.n))
    print(len(st), len(pool), pick, [st[n] for n in pick])


def draw_stories(args: argparse.Namespace) -> None:
    """The draw from the pipeline's stories: one line per story drawn (its number in the pool,
    its id, its reports), in the order of the draw."""
    pool = []
    for path in args.stories:
        for line in path.read_text(encoding="utf-8").splitlines():
            story = json.loads(line)
            if len(story["docs"]) >= args.min_reports:
                pool.append(story)
    numbers = [n for n in range(len(pool)) if n not in set(args.leave_out)]
    pick = random.Random(args.seed).sample(numbers, args.n or len(numbers))
    print(len(pool), len(numbers))
    for n in pick:
        print(n, pool[n]["id"], len(pool[n]["docs"]), " ".join(pool[n]["docs"]))


if __name__ == "__main__":
    main()
