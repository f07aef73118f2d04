import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    events = []
    for i in range(n):
        events.append((int(data[1 + 2 * i]), 1))
        events.append((int(data[2 + 2 * i]), -1))
    # At equal times the end (-1) sorts before the start (+1): [s, e) ranges that touch do not overlap.
    events.sort()
    current = best = 0
    best_at = 0
    for t, delta in events:
        current += delta
        if current > best:
            best, best_at = current, t
    print(best, best_at)


main()
