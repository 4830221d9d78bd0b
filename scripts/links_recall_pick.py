"""The recall sets of the links judgements (docs/judgements/links.md): a seeded draw of FNC-1
stories of 3 to 8 bodies, numbered as ``scripts/links_draw.py`` numbers them, with the
stories of earlier sets left out.

    PYTHONPATH=src python scripts/links_recall_pick.py --seed 1704 \\
        --leave-out 23 29 36 39 44 30 33 50 70 103 0 3 48 60 81     # round 17's set R4

Prints the number of stories, the size of the pool left, the stories drawn and their Body IDs.
"""

from __future__ import annotations

import argparse
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
    args = ap.parse_args()
    st = stories(args.data)
    pool = [n for n, ids in enumerate(st) if args.min_bodies <= len(ids) <= args.max_bodies]
    left_out = set(args.leave_out)
    pool = [n for n in pool if n not in left_out]
    pick = sorted(random.Random(args.seed).sample(pool, args.n))
    print(len(st), len(pool), pick, [st[n] for n in pick])


if __name__ == "__main__":
    main()
