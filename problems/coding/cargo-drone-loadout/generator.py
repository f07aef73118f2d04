"""Writes tests/ for cargo-drone-loadout. Seeded and deterministic: python3 generator.py"""

import random
from pathlib import Path

HERE = Path(__file__).parent


def parse(text):
    data = list(map(int, text.split()))
    n, cap = data[0], data[1]
    return cap, [(data[2 + 2 * i], data[3 + 2 * i]) for i in range(n)]


def solve(text: str) -> str:
    cap, items = parse(text)
    best = [0] * (cap + 1)
    for w, v in items:
        for c in range(cap, w - 1, -1):
            if best[c - w] + v > best[c]:
                best[c] = best[c - w] + v
    return f"{best[cap]}\n"


def brute(text: str) -> str:  # every subset
    cap, items = parse(text)
    best = 0
    for mask in range(1 << len(items)):
        w = sum(items[i][0] for i in range(len(items)) if mask >> i & 1)
        if w <= cap:
            best = max(best, sum(items[i][1] for i in range(len(items)) if mask >> i & 1))
    return f"{best}\n"


def fmt(cap, items):
    return f"{len(items)} {cap}\n" + "".join(f"{w} {v}\n" for w, v in items)


def main():
    rng = random.Random(8128)
    samples = [
        fmt(10, [(5, 10), (4, 40), (6, 30), (3, 50)]),
        fmt(50, [(10, 60), (20, 100), (30, 120)]),
    ]
    hidden = [
        fmt(1, [(1, 7)]),
        fmt(1, [(2, 7)]),  # nothing fits
        fmt(10, [(10, 5), (10, 6), (10, 4)]),  # exactly one fits: pick the best
        fmt(10, [(2, 3)] * 6),  # identical parcels: each only once
        fmt(7, [(3, 4), (4, 5), (2, 3), (5, 7)]),  # exact fill wins
        fmt(20000, [(20000, 10**9)] + [(200, 10**7)] * 99),  # one heavy parcel against 99 light ones
        fmt(20000, [(1, 10**9)] * 100),  # everything fits; the answer exceeds 32 bits
    ]
    for _ in range(6):
        n = rng.randint(1, 12)
        cap = rng.randint(1, 60)
        hidden.append(fmt(cap, [(rng.randint(1, 30), rng.randint(1, 100)) for _ in range(n)]))
    # large: 100 parcels, capacity 20000, values close to weights (greedy by ratio fails)
    items = []
    for _ in range(100):
        w = rng.randint(300, 1500)
        items.append((w, w * 1000 + rng.randint(-400, 400)))
    hidden.append(fmt(20000, items))
    # large: random values
    hidden.append(fmt(20000, [(rng.randint(1, 20000), rng.randint(1, 10**9)) for _ in range(100)]))
    # medium: 30 parcels (2^30 subsets)
    hidden.append(fmt(5000, [(rng.randint(100, 600), rng.randint(1, 10**6)) for _ in range(30)]))

    for folder in ("sample", "hidden"):
        d = HERE / "tests" / folder
        d.mkdir(parents=True, exist_ok=True)
        for f in d.iterdir():
            f.unlink()
    for kind, tests, width in (("sample", samples, 1), ("hidden", hidden, 2)):
        for i, text in enumerate(tests, 1):
            ans = solve(text)
            if int(text.split()[0]) <= 16:
                assert ans == brute(text), (kind, i, text, ans, brute(text))
            name = f"{i:0{width}d}"
            (HERE / "tests" / kind / f"{name}.in").write_text(text)
            (HERE / "tests" / kind / f"{name}.ans").write_text(ans)
    print(len(samples), "samples,", len(hidden), "hidden")


if __name__ == "__main__":
    main()
