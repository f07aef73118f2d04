import sys


def has_cycle(n, edges_flat) -> bool:
    """Kahn's algorithm: repeatedly remove cells no other remaining cell reads; a circle never empties."""
    needed_by = [0] * (n + 1)
    adj = [[] for _ in range(n + 1)]
    for i in range(0, len(edges_flat), 2):
        a, b = edges_flat[i], edges_flat[i + 1]
        adj[a].append(b)
        needed_by[b] += 1
    ready = [v for v in range(1, n + 1) if needed_by[v] == 0]
    removed = 0
    while ready:
        v = ready.pop()
        removed += 1
        for w in adj[v]:
            needed_by[w] -= 1
            if needed_by[w] == 0:
                ready.append(w)
    return removed < n


def main() -> None:
    data = list(map(int, sys.stdin.buffer.read().split()))
    t, idx = data[0], 1
    out = []
    for _ in range(t):
        n, m = data[idx], data[idx + 1]
        idx += 2
        out.append("CIRCULAR" if has_cycle(n, data[idx : idx + 2 * m]) else "OK")
        idx += 2 * m
    print("\n".join(out))


main()
