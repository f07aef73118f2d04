import sys


def has_cycle(n, edges):
    adj = [[] for _ in range(n + 1)]
    for a, b in edges:
        adj[a].append(b)
    seen = [False] * (n + 1)
    for s in range(1, n + 1):
        if seen[s]:
            continue
        seen[s] = True
        stack = [s]
        while stack:
            v = stack.pop()
            for w in adj[v]:
                if seen[w]:  # a node reached twice is taken for a circle, even when it is not
                    return True
                seen[w] = True
                stack.append(w)
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
