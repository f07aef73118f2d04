# Greedy: load parcels in order of value per gram while they fit. Optimal when boxes can be split,
# not for whole boxes.
import sys


def main() -> None:
    data = list(map(int, sys.stdin.buffer.read().split()))
    n, cap = data[0], data[1]
    items = [(data[2 + 2 * i], data[3 + 2 * i]) for i in range(n)]
    items.sort(key=lambda item: item[1] / item[0], reverse=True)
    total = 0
    for w, v in items:
        if w <= cap:
            cap -= w
            total += v
    print(total)


main()
