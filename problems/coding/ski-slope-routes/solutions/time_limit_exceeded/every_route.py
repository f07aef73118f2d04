# Walks every route recursively: correct, but the number of routes grows exponentially.
import sys

sys.setrecursionlimit(10000)
MOD = 1_000_000_007


def main() -> None:
    lines = sys.stdin.read().split()
    r, c = int(lines[0]), int(lines[1])
    grid = lines[2: 2 + r]

    def count(i, j):
        if i >= r or j >= c or grid[i][j] == "#":
            return 0
        if i == r - 1 and j == c - 1:
            return 1
        return count(i + 1, j) + count(i, j + 1)

    print(count(0, 0) % MOD)


main()
