# Updates the best on ties too (>= instead of >): reports the last longest substring, not the first.
import sys
from collections import defaultdict


def main() -> None:
    data = sys.stdin.read().split()
    k, s = int(data[0]), data[1]
    counts = defaultdict(int)
    left = 0
    best_len, best_start = 0, 0
    for right, ch in enumerate(s):
        counts[ch] += 1
        while len(counts) > k:
            counts[s[left]] -= 1
            if counts[s[left]] == 0:
                del counts[s[left]]
            left += 1
        if right - left + 1 >= best_len:
            best_len, best_start = right - left + 1, left
    print(best_len, best_start)


main()
