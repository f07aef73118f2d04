# Tries every capacity upwards from the heaviest parcel: correct, but the answer can be far away.
import sys


def days_needed(weights, capacity):
    days, load = 1, 0
    for w in weights:
        if load + w > capacity:
            days += 1
            load = 0
        load += w
    return days


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n, d = int(data[0]), int(data[1])
    weights = list(map(int, data[2 : 2 + n]))
    capacity = max(weights)
    while days_needed(weights, capacity) > d:
        capacity += 1
    print(capacity)


main()
