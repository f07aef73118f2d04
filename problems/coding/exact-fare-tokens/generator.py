"""Writes tests/ for exact-fare-tokens. Seeded and deterministic: python3 generator.py"""

import random
from collections import deque
from pathlib import Path

HERE = Path(__file__).parent


def parse(text):
    data = list(map(int, text.split()))
    return data[1], data[2: 2 + data[0]]


def solve(text: str) -> str:
    amount, coins = parse(text)
    inf = amount + 1
    best = [0] + [inf] * amount
    for x in range(1, amount + 1):
        for c in coins:
            if c <= x and best[x - c] + 1 < best[x]:
                best[x] = best[x - c] + 1
    return f"{best[amount] if best[amount] <= amount else -1}\n"


def brute(text: str) -> str:  # breadth-first search over the amounts paid so far
    amount, coins = parse(text)
    seen = {0: 0}
    queue = deque([0])
    while queue:
        x = queue.popleft()
        if x == amount:
            return f"{seen[x]}\n"
        for c in coins:
            if x + c <= amount and x + c not in seen:
                seen[x + c] = seen[x] + 1
                queue.append(x + c)
    return "-1\n"


def fmt(amount, coins):
    return f"{len(coins)} {amount}\n{' '.join(map(str, coins))}\n"


def main():
    rng = random.Random(99)
    samples = [fmt(6, [1, 3, 4]), fmt(7, [2, 4]), fmt(0, [5])]
    hidden = [
        fmt(1, [1]),
        fmt(3, [2]),  # impossible
        fmt(5, [7, 9]),  # every token larger than the fare
        fmt(9, [9]),
        fmt(12, [5, 5, 5, 6, 6]),  # repeated values
        fmt(30, [25, 10, 1]),  # greedy takes 25 + 5*1 = 6; best is 3*10
        fmt(31, [2, 5, 10]),
        fmt(10000, [1]),  # one long chain
        fmt(9999, [2, 4, 6, 8, 10000]),  # large and impossible (all even)
    ]
    for i in range(8):
        coins = [rng.randint(3, 40) for _ in range(rng.randint(2, 6))]
        if i % 4 == 3:  # any fare at all
            amount = rng.randint(0, 400)
        else:  # a fare some combination makes
            amount = sum(rng.choice(coins) for _ in range(rng.randint(1, 12)))
        hidden.append(fmt(amount, coins))
    # large: 50 face values; greedy is wrong, the fewest count needs many mid-sized tokens
    coins = sorted(rng.sample(range(97, 10001), 47) + [1, 13, 41], reverse=True)
    hidden.append(fmt(10000, coins))
    coins = sorted({rng.randint(300, 900) for _ in range(50)})
    hidden.append(fmt(9973, coins))

    for folder in ("sample", "hidden"):
        d = HERE / "tests" / folder
        d.mkdir(parents=True, exist_ok=True)
        for f in d.iterdir():
            f.unlink()
    for kind, tests, width in (("sample", samples, 1), ("hidden", hidden, 2)):
        for i, text in enumerate(tests, 1):
            ans = solve(text)
            assert ans == brute(text), (kind, i, text, ans, brute(text))
            name = f"{i:0{width}d}"
            (HERE / "tests" / kind / f"{name}.in").write_text(text)
            (HERE / "tests" / kind / f"{name}.ans").write_text(ans)
    print(len(samples), "samples,", len(hidden), "hidden")


if __name__ == "__main__":
    main()
