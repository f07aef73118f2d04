import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    events = []
    for i in range(n):
        events.append((int(data[1 + 2 * i]), 1))
        events.append((int(data[2 + 2 * i]), -1))
    # Starts before ends at the same time: a call that begins as another ends is counted as overlapping.
    events.sort(key=lambda ev: (ev[0], -ev[1]))
    current = best = 0
    best_at = 0
    for t, delta in events:
        current += delta
        if current > best:
            best, best_at = current, t
    print(best, best_at)


main()
