"""Writes tests/ for cheapest-freight-route. Seeded and deterministic: python3 generator.py"""

import heapq
import random
from pathlib import Path

HERE = Path(__file__).parent
INF = float("inf")


def parse(text):
    data = list(map(int, text.split()))
    n, m, s, t = data[:4]
    edges = [tuple(data[4 + 3 * i: 7 + 3 * i]) for i in range(m)]
    return n, s, t, edges


def solve(text: str) -> str:
    n, s, t, edges = parse(text)
    adj = [[] for _ in range(n + 1)]
    for u, v, w in edges:
        adj[u].append((v, w))
    dist = [INF] * (n + 1)
    dist[s] = 0
    heap = [(0, s)]
    while heap:
        d, u = heapq.heappop(heap)
        if d > dist[u]:
            continue
        for v, w in adj[u]:
            if d + w < dist[v]:
                dist[v] = d + w
                heapq.heappush(heap, (d + w, v))
    return f"{dist[t] if dist[t] < INF else -1}\n"


def brute(text: str) -> str:  # Bellman-Ford
    n, s, t, edges = parse(text)
    dist = [INF] * (n + 1)
    dist[s] = 0
    for _ in range(n):
        for u, v, w in edges:
            if dist[u] + w < dist[v]:
                dist[v] = dist[u] + w
    return f"{dist[t] if dist[t] < INF else -1}\n"


def fmt(n, s, t, edges):
    return f"{n} {len(edges)} {s} {t}\n" + "".join(f"{u} {v} {w}\n" for u, v, w in edges)


def rand_edges(rng, n, m, wmax):
    return [(rng.randint(1, n), rng.randint(1, n), rng.randint(0, wmax)) for _ in range(m)]


def main():
    rng = random.Random(4242)
    samples = [
        "4 5 1 4\n1 2 4\n1 3 1\n3 2 2\n2 4 5\n3 4 9\n",
        "3 2 3 1\n1 2 7\n2 3 7\n",
    ]
    hidden = []
    hidden.append(fmt(1, 1, 1, []))  # single depot, start is the destination
    hidden.append(fmt(2, 1, 2, []))  # no lanes
    hidden.append(fmt(3, 2, 2, [(1, 2, 5), (2, 3, 5)]))  # s == t
    hidden.append(fmt(2, 1, 2, [(1, 2, 9), (1, 2, 3), (1, 2, 7), (1, 1, 0)]))  # parallel lanes, self-loop
    hidden.append(fmt(3, 1, 3, [(1, 3, 10**9), (1, 2, 10**9), (2, 3, 10**9)]))  # max weights, 32-bit not enough later
    hidden.append(fmt(4, 1, 4, [(1, 2, 0), (2, 3, 0), (3, 4, 0), (1, 4, 1)]))  # zero-cost lanes
    # a decoy: few hops expensive, many hops cheap
    chain = [(i, i + 1, 1) for i in range(1, 10)] + [(1, 10, 100)]
    hidden.append(fmt(10, 1, 10, chain))
    # two disconnected halves
    hidden.append(fmt(6, 1, 6, [(1, 2, 3), (2, 3, 3), (3, 1, 3), (4, 5, 1), (5, 6, 1)]))
    # a node whose cheapest distance improves after it was first reached
    hidden.append(fmt(5, 1, 5, [(1, 2, 1), (1, 3, 10), (2, 3, 1), (3, 4, 1), (2, 4, 50), (4, 5, 1)]))
    for _ in range(6):  # small random
        n = rng.randint(2, 9)
        hidden.append(fmt(n, rng.randint(1, n), rng.randint(1, n), rand_edges(rng, n, rng.randint(0, 20), 20)))
    # large: long path of heavy lanes, sum exceeds 2^32
    n = 60000
    edges = rand_edges(rng, n, 80000, 10**9)
    path = list(range(2, n))
    rng.shuffle(path)
    path = [1] + path[:20000] + [n]
    edges += [(path[i], path[i + 1], rng.randint(0, 10**9)) for i in range(len(path) - 1)]
    rng.shuffle(edges)
    hidden.append(fmt(n, 1, n, edges))
    # large, unreachable target: n has no incoming lanes
    n = 20000
    edges = [e for e in rand_edges(rng, n, 25000, 1000) if e[1] != n]
    hidden.append(fmt(n, 1, n, edges))

    for folder in ("sample", "hidden"):
        d = HERE / "tests" / folder
        d.mkdir(parents=True, exist_ok=True)
        for f in d.iterdir():
            f.unlink()
    for kind, tests, width in (("sample", samples, 1), ("hidden", hidden, 2)):
        for i, text in enumerate(tests, 1):
            ans = solve(text)
            if len(text) < 2000:
                assert ans == brute(text), (kind, i, text, ans, brute(text))
            name = f"{i:0{width}d}"
            (HERE / "tests" / kind / f"{name}.in").write_text(text)
            (HERE / "tests" / kind / f"{name}.ans").write_text(ans)
    print(len(samples), "samples,", len(hidden), "hidden")


if __name__ == "__main__":
    main()
