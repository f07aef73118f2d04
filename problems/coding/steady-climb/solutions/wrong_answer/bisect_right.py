# The patience method with bisect_right: a repeated altitude extends the climb, which counts the
# longest non-decreasing pick instead of a strictly increasing one.
import bisect
import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    tails = []
    for token in data[1: 1 + n]:
        h = int(token)
        k = bisect.bisect_right(tails, h)
        if k == len(tails):
            tails.append(h)
        else:
            tails[k] = h
    print(len(tails))


main()
