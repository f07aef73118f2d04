"""Writes tests/ for office-network-merges. Seeded and deterministic: python3 generator.py"""

import random
from pathlib import Path

HERE = Path(__file__).parent


def parse(text):
    data = list(map(int, text.split()))
    n, m = data[0], data[1]
    return n, [(data[2 + 2 * i], data[3 + 2 * i]) for i in range(m)]


def solve(text: str) -> str:
    n, cables = parse(text)
    parent = list(range(n + 1))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    count = n
    out = []
    for a, b in cables:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[ra] = rb
            count -= 1
        out.append(count)
    return "".join(f"{c}\n" for c in out)


def brute(text: str) -> str:  # flood fill after every cable
    n, cables = parse(text)
    adj = [[] for _ in range(n + 1)]
    out = []
    for a, b in cables:
        adj[a].append(b)
        adj[b].append(a)
        seen = [False] * (n + 1)
        comps = 0
        for s in range(1, n + 1):
            if not seen[s]:
                comps += 1
                stack = [s]
                seen[s] = True
                while stack:
                    u = stack.pop()
                    for v in adj[u]:
                        if not seen[v]:
                            seen[v] = True
                            stack.append(v)
        out.append(comps)
    return "".join(f"{c}\n" for c in out)


def fmt(n, cables):
    return f"{n} {len(cables)}\n" + "".join(f"{a} {b}\n" for a, b in cables)


def main():
    rng = random.Random(777)
    samples = ["5 4\n1 2\n3 4\n2 1\n4 2\n"]
    hidden = []
    hidden.append(fmt(1, [(1, 1)]))  # one machine, a loop
    hidden.append(fmt(2, [(1, 2), (2, 1), (1, 2)]))  # repeated cable
    hidden.append(fmt(3, [(2, 2), (3, 3), (1, 1)]))  # only loops
    hidden.append(fmt(6, [(1, 2), (2, 3), (3, 1), (4, 5), (5, 6), (6, 4), (1, 4)]))  # two triangles then a bridge
    hidden.append(fmt(6, [(i, i + 1) for i in range(1, 6)]))  # a chain
    hidden.append(fmt(6, [(1, i) for i in range(2, 7)] + [(i, i + 1) for i in range(2, 6)]))  # star then redundant
    hidden.append(fmt(10, [(1, 2), (3, 4), (5, 6), (7, 8), (9, 10), (2, 3), (6, 7), (4, 5), (8, 9), (10, 1)]))
    for _ in range(5):  # small random, many repeats
        n = rng.randint(2, 12)
        hidden.append(fmt(n, [(rng.randint(1, n), rng.randint(1, n)) for _ in range(rng.randint(1, 25))]))
    # medium random
    n = 300
    hidden.append(fmt(n, [(rng.randint(1, n), rng.randint(1, n)) for _ in range(400)]))
    # large: a long path laid in random order, then random cables (a naive relabel is O(n) per merge)
    n = 100000
    path = list(range(1, n + 1))
    rng.shuffle(path)
    cables = [(path[i], path[i + 1]) for i in range(0, n - 1, 2)]  # 50000 pairs first
    rest = [(path[i], path[i + 1]) for i in range(1, n - 1, 2)]
    rng.shuffle(rest)
    cables += rest[:40000]
    cables += [(rng.randint(1, n), rng.randint(1, n)) for _ in range(10000)]
    hidden.append(fmt(n, cables))
    # large, few machines, many redundant cables
    n = 1000
    hidden.append(fmt(n, [(rng.randint(1, n), rng.randint(1, n)) for _ in range(60000)]))

    for folder in ("sample", "hidden"):
        d = HERE / "tests" / folder
        d.mkdir(parents=True, exist_ok=True)
        for f in d.iterdir():
            f.unlink()
    for kind, tests, width in (("sample", samples, 1), ("hidden", hidden, 2)):
        for i, text in enumerate(tests, 1):
            ans = solve(text)
            if len(text) < 5000:
                assert ans == brute(text), (kind, i, text, ans, brute(text))
            name = f"{i:0{width}d}"
            (HERE / "tests" / kind / f"{name}.in").write_text(text)
            (HERE / "tests" / kind / f"{name}.ans").write_text(ans)
    print(len(samples), "samples,", len(hidden), "hidden")


if __name__ == "__main__":
    main()
