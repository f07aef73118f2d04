import sys


def days_needed(weights: list[int], capacity: int) -> int:
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
    lo, hi = max(weights), sum(weights)  # lo: the heaviest parcel must fit; hi: one day suffices
    while lo < hi:
        mid = (lo + hi) // 2
        if days_needed(weights, mid) <= d:
            hi = mid
        else:
            lo = mid + 1
    print(lo)


main()
