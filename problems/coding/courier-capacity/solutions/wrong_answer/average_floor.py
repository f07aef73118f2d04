# Starts the search at the average load, forgetting that the heaviest parcel must fit on its own:
# the day count below then lets a parcel heavier than the van through.
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
    lo, hi = (sum(weights) + d - 1) // d, sum(weights)
    while lo < hi:
        mid = (lo + hi) // 2
        if days_needed(weights, mid) <= d:
            hi = mid
        else:
            lo = mid + 1
    print(lo)


main()
