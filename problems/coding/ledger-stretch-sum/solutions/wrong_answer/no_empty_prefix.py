# Forgets the empty prefix (sum 0 before day 1): misses stretches that start on day 1.
import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n, t = int(data[0]), int(data[1])
    last_seen = {}
    prefix = 0
    for day in range(1, n + 1):
        prefix += int(data[1 + day])
        if prefix - t in last_seen:
            print(last_seen[prefix - t] + 1, day)
            return
        last_seen[prefix] = day
    print(-1)


main()
