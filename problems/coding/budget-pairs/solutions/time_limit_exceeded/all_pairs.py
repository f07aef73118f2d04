# Checks every pair: O(n^2).
import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n, budget = int(data[0]), int(data[1])
    p = list(map(int, data[2 : 2 + n]))
    count = 0
    for i in range(n):
        for j in range(i + 1, n):
            if p[i] + p[j] <= budget:
                count += 1
    print(count)


main()
