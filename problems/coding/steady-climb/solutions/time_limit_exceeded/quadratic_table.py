# best[i]: the longest climb ending at checkpoint i, from every earlier checkpoint. Correct, O(n^2).
import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    h = [int(token) for token in data[1: 1 + n]]
    best = [1] * n
    for i in range(n):
        hi = h[i]
        top = 0
        for j in range(i):
            if h[j] < hi and best[j] > top:
                top = best[j]
        best[i] = top + 1
    print(max(best))


main()
