# Correct counting, but forgets to reduce modulo 10^9 + 7: Python's big integers print the exact count.
import sys


def main() -> None:
    lines = sys.stdin.read().split()
    r, c = int(lines[0]), int(lines[1])
    grid = lines[2: 2 + r]
    ways = [0] * c
    ways[0] = 1
    for row in grid:
        left = 0
        for j in range(c):
            left = 0 if row[j] == "#" else ways[j] + left
            ways[j] = left
    print(ways[c - 1])


main()
