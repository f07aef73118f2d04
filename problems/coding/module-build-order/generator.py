"""Writes tests/ for module-build-order. Seeded and deterministic: python3 generator.py"""

import heapq
import itertools
import random
from pathlib import Path

HERE = Path(__file__).parent


def solve(text: str) -> str:
    data = list(map(int, text.split()))
    n, m = data[0], data[1]
    out = [[] for _ in range(n + 1)]
    indeg = [0] * (n + 1)
    for i in range(m):
        a, b = data[2 + 2 * i], data[3 + 2 * i]
        out[a].append(b)
        indeg[b] += 1
    heap = [v for v in range(1, n + 1) if indeg[v] == 0]
    heapq.heapify(heap)
    order = []
    while heap:
        v = heapq.heappop(heap)
        order.append(v)
        for w in out[v]:
            indeg[w] -= 1
            if indeg[w] == 0:
                heapq.heappush(heap, w)
    return (" ".join(map(str, order)) if len(order) == n else "IMPOSSIBLE") + "\n"


def brute(text: str) -> str:
    data = list(map(int, text.split()))
    n, m = data[0], data[1]
    rules = [(data[2 + 2 * i], data[3 + 2 * i]) for i in range(m)]
    for perm in itertools.permutations(range(1, n + 1)):  # lexicographic order
        pos = {v: i for i, v in enumerate(perm)}
        if all(pos[a] < pos[b] for a, b in rules):
            return " ".join(map(str, perm)) + "\n"
    return "IMPOSSIBLE\n"


def fmt(n, edges):
    return f"{n} {len(edges)}\n" + "".join(f"{a} {b}\n" for a, b in edges)


def random_dag(rng, n, m, allow_cycle=False):
    perm = list(range(1, n + 1))
    rng.shuffle(perm)
    edges = []
    for _ in range(m):
        i, j = rng.sample(range(n), 2)
        if i > j and not allow_cycle:
            i, j = j, i
        edges.append((perm[i], perm[j]))
    return edges


def main():
    rng = random.Random(20261129)
    samples = [
        "5 4\n3 1\n3 2\n2 4\n5 4\n",
        "3 3\n1 2\n2 3\n3 1\n",
    ]
    hidden = []
    hidden.append(fmt(1, []))  # a single module, no rules
    hidden.append(fmt(6, []))  # no rules: 1..n
    hidden.append(fmt(2, [(1, 2), (2, 1)]))  # two-module cycle
    hidden.append(fmt(5, [(5, 4), (4, 3), (3, 2), (2, 1)]))  # reverse chain
    hidden.append(fmt(4, [(1, 2), (1, 2), (2, 3), (1, 2)]))  # repeated rules
    hidden.append(fmt(7, [(6, 1), (7, 2), (4, 3), (5, 3)]))  # ready set changes
    hidden.append(fmt(6, [(1, 2), (2, 3), (4, 5), (5, 6), (6, 4)]))  # cycle in one component only
    for _ in range(4):  # small random DAGs
        n = rng.randint(3, 7)
        hidden.append(fmt(n, random_dag(rng, n, rng.randint(0, 10))))
    for _ in range(2):  # small random graphs, maybe cyclic
        n = rng.randint(3, 7)
        hidden.append(fmt(n, random_dag(rng, n, rng.randint(2, 8), allow_cycle=True)))
    # medium: FIFO order and smallest order differ a lot
    hidden.append(fmt(2000, random_dag(rng, 2000, 3000)))
    # large DAG: n = m = 100000 (an O(n^2) scan for the next ready module times out)
    n = 100000
    hidden.append(fmt(n, random_dag(rng, n, 100000)))
    # long chain from n down to 1 plus a rule that closes it into a cycle
    n = 40000
    edges = [(v + 1, v) for v in range(1, n)]
    edges.append((1, n))
    hidden.append(fmt(n, edges))

    for folder in ("sample", "hidden"):
        d = HERE / "tests" / folder
        d.mkdir(parents=True, exist_ok=True)
        for f in d.iterdir():
            f.unlink()
    for kind, tests, width in (("sample", samples, 1), ("hidden", hidden, 2)):
        for i, text in enumerate(tests, 1):
            ans = solve(text)
            if len(text) < 200:
                assert ans == brute(text), (kind, i, text, ans, brute(text))
            name = f"{i:0{width}d}"
            (HERE / "tests" / kind / f"{name}.in").write_text(text)
            (HERE / "tests" / kind / f"{name}.ans").write_text(ans)
    print(len(samples), "samples,", len(hidden), "hidden")


if __name__ == "__main__":
    main()
