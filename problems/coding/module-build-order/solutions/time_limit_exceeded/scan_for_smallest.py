# Correct, but every step scans all modules for the smallest ready one: O(n^2).
import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    out = [[] for _ in range(n + 1)]
    indeg = [0] * (n + 1)
    for i in range(m):
        a, b = int(data[2 + 2 * i]), int(data[3 + 2 * i])
        out[a].append(b)
        indeg[b] += 1
    done = [False] * (n + 1)
    order = []
    for _ in range(n):
        pick = 0
        for v in range(1, n + 1):
            if not done[v] and indeg[v] == 0:
                pick = v
                break
        if pick == 0:
            break
        done[pick] = True
        order.append(pick)
        for w in out[pick]:
            indeg[w] -= 1
    print(" ".join(map(str, order)) if len(order) == n else "IMPOSSIBLE")


main()
