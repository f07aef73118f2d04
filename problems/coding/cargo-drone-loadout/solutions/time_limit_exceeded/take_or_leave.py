# Tries both choices for every parcel: correct, but 2^n loads.
import sys


def main() -> None:
    data = list(map(int, sys.stdin.buffer.read().split()))
    n, cap = data[0], data[1]
    items = [(data[2 + 2 * i], data[3 + 2 * i]) for i in range(n)]

    def best(i, room):
        if i == n:
            return 0
        w, v = items[i]
        leave = best(i + 1, room)
        if w <= room:
            return max(leave, v + best(i + 1, room - w))
        return leave

    print(best(0, cap))


main()
