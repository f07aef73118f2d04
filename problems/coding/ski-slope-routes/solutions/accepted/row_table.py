import sys

MOD = 1_000_000_007


def main() -> None:
    lines = sys.stdin.read().split()
    r, c = int(lines[0]), int(lines[1])
    grid = lines[2: 2 + r]
    ways = [0] * c  # ways[j]: routes to cell (i, j) of the current row i
    ways[0] = 1
    for row in grid:
        left = 0
        for j in range(c):
            if row[j] == "#":
                left = 0
            else:
                left = (ways[j] + left) % MOD
            ways[j] = left
    print(ways[c - 1])


main()
