import sys


def has_cycle(n: int, edges: list[tuple[int, int]]) -> bool:
    # edges: (a, b) pairs, "cell a reads cell b".
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
