# Scans every reading for every question: O(n * q).
import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n, q = int(data[0]), int(data[1])
    readings = list(map(int, data[2 : 2 + n]))
    out = []
    pos = 2 + n
    for _ in range(q):
        lo, hi = int(data[pos]), int(data[pos + 1])
        pos += 2
        count = 0
        for r in readings:
            if lo <= r <= hi:
                count += 1
        out.append(count)
    print("\n".join(map(str, out)))


main()
