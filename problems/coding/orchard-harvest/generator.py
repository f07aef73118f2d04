"""Writes tests/ for orchard-harvest. Seeded and deterministic: python3 generator.py"""

import itertools
import json
import random
from pathlib import Path

HERE = Path(__file__).parent


def solve(yields):
    take, skip = 0, 0  # best total with the last tree harvested / not harvested
    for y in yields:
        take, skip = skip + y, max(take, skip)
    return max(take, skip)


def brute(yields):
    n = len(yields)
    best = 0
    for mask in itertools.product((0, 1), repeat=n):
        if any(mask[i] and mask[i + 1] for i in range(n - 1)):
            continue
        best = max(best, sum(y for y, t in zip(yields, mask) if t))
    return best


def main():
    rng = random.Random(31337)
    samples = [[3, 10, 4, 2, 9], [5, 1, 1, 5]]
    hidden = [
        [],
        [7],
        [-7],
        [4, 9],
        [-4, -1, -7],
        [0, 0, 0, 0],
        [5, 5, 5, 5, 5],  # all equal, odd length
        [2, 1, 1, 2],  # best skips two in a row
        [10, -100, -100, 10, 1, 10],
        [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],  # sorted
        [10, 9, 8, 7, 6, 5, 4, 3, 2, 1],  # reverse sorted
        [-10000, 10000, -10000, 10000, 10000, -10000],
    ]
    for _ in range(6):
        hidden.append([rng.randint(-20, 30) for _ in range(rng.randint(5, 16))])
    hidden.append([rng.randint(-10000, 10000) for _ in range(100000)])  # large
    hidden.append([10000] * 100000)  # large, all maximal

    for folder in ("sample", "hidden"):
        d = HERE / "tests" / folder
        d.mkdir(parents=True, exist_ok=True)
        for f in d.iterdir():
            f.unlink()
    for kind, tests, width in (("sample", samples, 1), ("hidden", hidden, 2)):
        for i, yields in enumerate(tests, 1):
            ans = solve(yields)
            if len(yields) <= 16:
                assert ans == brute(yields), (kind, i, yields)
            name = f"{i:0{width}d}"
            (HERE / "tests" / kind / f"{name}.in").write_text(json.dumps({"args": [yields]}) + "\n")
            (HERE / "tests" / kind / f"{name}.ans").write_text(json.dumps(ans) + "\n")
    print(len(samples), "samples,", len(hidden), "hidden")


if __name__ == "__main__":
    main()
