import sys
from collections import deque


def has_cycle(n, edges):
    adj = [[] for _ in range(n + 1)]
    for a, b in edges:
        adj[a].append(b)
    # From every cell, search for a way back to itself: O(n * (n + m)).
    for s in range(1, n + 1):
        seen = [False] * (n + 1)
        queue = deque(adj[s])
        while queue:
            v = queue.popleft()
            if v == s:
                return True
            if not seen[v]:
                seen[v] = True
                queue.extend(adj[v])
    return False


def main() -> None:
    data = list(map(int, sys.stdin.read().split()))
    t, idx = data[0], 1
    for _ in range(t):
        n, m = data[idx], data[idx + 1]
        idx += 2
        edges = [(data[idx + 2 * i], data[idx + 2 * i + 1]) for i in range(m)]
        idx += 2 * m
        print("CIRCULAR" if has_cycle(n, edges) else "OK")


main()
