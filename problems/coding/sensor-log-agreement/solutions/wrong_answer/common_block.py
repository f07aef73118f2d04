# Finds the longest common *contiguous* block (substring) instead of the longest common subsequence.
import sys


def main() -> None:
    a, b = sys.stdin.read().split()
    m = len(b)
    prev = [0] * (m + 1)
    best = 0
    for ch in a:
        cur = [0] * (m + 1)
        for j in range(m):
            if b[j] == ch:
                cur[j + 1] = prev[j] + 1
                best = max(best, cur[j + 1])
        prev = cur
    print(best)


main()
