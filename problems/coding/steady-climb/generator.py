"""Writes tests/ for steady-climb. Seeded and deterministic: python3 generator.py"""

import bisect
import itertools
import random
from pathlib import Path

HERE = Path(__file__).parent


def solve(text: str) -> str:
    data = list(map(int, text.split()))
    tails = []  # tails[k]: the smallest last value of a climb of length k + 1
    for h in data[1: 1 + data[0]]:
        k = bisect.bisect_left(tails, h)
        if k == len(tails):
            tails.append(h)
        else:
            tails[k] = h
    return f"{len(tails)}\n"


def brute(text: str) -> str:  # quadratic table
    data = list(map(int, text.split()))
    h = data[1: 1 + data[0]]
    best = [1] * len(h)
    for i in range(len(h)):
        for j in range(i):
            if h[j] < h[i]:
                best[i] = max(best[i], best[j] + 1)
    return f"{max(best)}\n"


def fmt(h):
    return f"{len(h)}\n{' '.join(map(str, h))}\n"


def main():
    rng = random.Random(161803)
    samples = [fmt([120, 80, 95, 95, 140, 60, 150, 110]), fmt([7, 7, 7, 7, 7])]
    hidden = [
        fmt([5]),
        fmt([-1000000000]),
        fmt([3, 3]),
        fmt([1, 2]),
        fmt([2, 1]),
        fmt(list(range(1, 21))),  # sorted
        fmt(list(range(20, 0, -1))),  # reverse sorted
        fmt([1, 1, 2, 2, 3, 3, 4, 4]),  # sorted with duplicates
        fmt([-5, -10, -3, -3, 0, -1, 10**9, -10**9]),  # negatives and extremes
        fmt([10, 9, 2, 5, 3, 7, 101, 18, 4, 5, 6]),
    ]
    for _ in range(4):
        hidden.append(fmt([rng.randint(-5, 5) for _ in range(rng.randint(1, 30))]))
    hidden.append(fmt([rng.randint(-1000, 1000) for _ in range(1500)]))
    # large: random altitudes
    hidden.append(fmt([rng.randint(-10**9, 10**9) for _ in range(200000)]))
    # large: a slow climb with many repeated readings (non-strict counting overshoots)
    h = sorted(rng.randint(0, 2000) for _ in range(60000))
    hidden.append(fmt(h))
    # large: zig-zag
    hidden.append(fmt([(i // 2) * (1 if i % 2 == 0 else -1) for i in range(40000)]))

    for folder in ("sample", "hidden"):
        d = HERE / "tests" / folder
        d.mkdir(parents=True, exist_ok=True)
        for f in d.iterdir():
            f.unlink()
    for kind, tests, width in (("sample", samples, 1), ("hidden", hidden, 2)):
        for i, text in enumerate(tests, 1):
            ans = solve(text)
            if int(text.split()[0]) <= 2000:
                assert ans == brute(text), (kind, i, text, ans, brute(text))
            name = f"{i:0{width}d}"
            (HERE / "tests" / kind / f"{name}.in").write_text(text)
            (HERE / "tests" / kind / f"{name}.ans").write_text(ans)
    print(len(samples), "samples,", len(hidden), "hidden")


if __name__ == "__main__":
    main()
