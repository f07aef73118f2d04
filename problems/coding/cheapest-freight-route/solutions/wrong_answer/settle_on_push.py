# Marks a depot as final the first time it is reached, not when it is popped: a later, cheaper
# route to it is ignored.
import heapq
import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n, m, s, t = int(data[0]), int(data[1]), int(data[2]), int(data[3])
    adj = [[] for _ in range(n + 1)]
    for i in range(m):
        u, v, w = int(data[4 + 3 * i]), int(data[5 + 3 * i]), int(data[6 + 3 * i])
        adj[u].append((v, w))
    dist = [-1] * (n + 1)
    dist[s] = 0
    heap = [(0, s)]
    while heap:
        d, u = heapq.heappop(heap)
        for v, w in adj[u]:
            if dist[v] == -1:
                dist[v] = d + w
                heapq.heappush(heap, (d + w, v))
    print(dist[t])


main()
