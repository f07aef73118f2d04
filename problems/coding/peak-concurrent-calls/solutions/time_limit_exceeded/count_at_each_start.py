import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    calls = [(int(data[1 + 2 * i]), int(data[2 + 2 * i])) for i in range(n)]
    best, best_at = 0, 0
    for s, _ in calls:  # the peak is reached at some call's start
        active = sum(1 for a, b in calls if a <= s < b)
        if active > best or (active == best and s < best_at):
            best, best_at = active, s
    print(best, best_at)


main()
