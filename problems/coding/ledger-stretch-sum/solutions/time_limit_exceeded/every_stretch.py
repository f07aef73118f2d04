# Tries every stretch ending on each day: O(n^2).
import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n, t = int(data[0]), int(data[1])
    a = [int(x) for x in data[2 : 2 + n]]
    for r in range(n):
        total = 0
        for l in range(r, -1, -1):
            total += a[l]
            if total == t:
                print(l + 1, r + 1)
                return
    print(-1)


main()
