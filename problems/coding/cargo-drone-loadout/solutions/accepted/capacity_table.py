import sys


def main() -> None:
    data = list(map(int, sys.stdin.buffer.read().split()))
    n, cap = data[0], data[1]
    best = [0] * (cap + 1)  # best[c]: the most value within c grams, using the parcels seen so far
    for i in range(n):
        w, v = data[2 + 2 * i], data[3 + 2 * i]
        if w > cap:
            continue
        # Downwards, so that best[c - w] still excludes this parcel.
        for c in range(cap, w - 1, -1):
            candidate = best[c - w] + v
            if candidate > best[c]:
                best[c] = candidate
    print(best[cap])


main()
