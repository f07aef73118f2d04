# Kahn's algorithm with a plain FIFO queue: a valid order, but not always the smallest one.
import sys
from collections import deque


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    out = [[] for _ in range(n + 1)]
    indeg = [0] * (n + 1)
    for i in range(m):
        a, b = int(data[2 + 2 * i]), int(data[3 + 2 * i])
        out[a].append(b)
        indeg[b] += 1
    ready = deque(v for v in range(1, n + 1) if indeg[v] == 0)
    order = []
    while ready:
        v = ready.popleft()
        order.append(v)
        for w in out[v]:
            indeg[w] -= 1
            if indeg[w] == 0:
                ready.append(w)
    print(" ".join(map(str, order)) if len(order) == n else "IMPOSSIBLE")


main()
