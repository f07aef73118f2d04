# Reads "at most b" as "less than b": misses pairs that cost exactly the budget.
import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n, budget = int(data[0]), int(data[1])
    p = list(map(int, data[2 : 2 + n]))
    count = 0
    lo, hi = 0, n - 1
    while lo < hi:
        if p[lo] + p[hi] < budget:
            count += hi - lo
            lo += 1
        else:
            hi -= 1
    print(count)


main()
