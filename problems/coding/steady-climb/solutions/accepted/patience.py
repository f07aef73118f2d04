import bisect
import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    tails = []  # tails[k]: the lowest altitude a climb of k + 1 checkpoints can end at
    for token in data[1: 1 + n]:
        h = int(token)
        k = bisect.bisect_left(tails, h)
        if k == len(tails):
            tails.append(h)
        else:
            tails[k] = h
    print(len(tails))


main()
