# From every start, extends while the run has at most k letters: O(n^2) when k is large.
import sys


def main() -> None:
    data = sys.stdin.read().split()
    k, s = int(data[0]), data[1]
    n = len(s)
    best_len, best_start = 0, 0
    for start in range(n):
        seen = set()
        end = start
        while end < n:
            seen.add(s[end])
            if len(seen) > k:
                break
            end += 1
        if end - start > best_len:
            best_len, best_start = end - start, start
    print(best_len, best_start)


main()
