"""Writes tests/ for ski-slope-routes. Seeded and deterministic: python3 generator.py"""

import random
import sys
from pathlib import Path

HERE = Path(__file__).parent
MOD = 1_000_000_007


def parse(text):
    lines = text.split("\n")
    r, c = map(int, lines[0].split())
    return r, c, lines[1: 1 + r]


def solve(text: str) -> str:
    r, c, grid = parse(text)
    ways = [0] * c
    for i in range(r):
        row = grid[i]
        for j in range(c):
            if row[j] == "#":
                ways[j] = 0
            elif i == 0 and j == 0:
                ways[j] = 1
            elif j > 0:
                ways[j] = (ways[j] + ways[j - 1]) % MOD
    return f"{ways[c - 1]}\n"


def brute(text: str) -> str:  # walk every route
    r, c, grid = parse(text)

    def count(i, j):
        if i >= r or j >= c or grid[i][j] == "#":
            return 0
        if i == r - 1 and j == c - 1:
            return 1
        return count(i + 1, j) + count(i, j + 1)

    return f"{count(0, 0) % MOD}\n"


def fmt(grid):
    return f"{len(grid)} {len(grid[0])}\n" + "".join(row + "\n" for row in grid)


def rand_grid(rng, r, c, density):
    grid = [["#" if rng.random() < density else "." for _ in range(c)] for _ in range(r)]
    grid[0][0] = grid[r - 1][c - 1] = "."
    return ["".join(row) for row in grid]


def main():
    rng = random.Random(1_000_000_007)
    samples = [fmt(["...", ".#.", "..."]), fmt([".#..", "...."])]
    hidden = [
        fmt(["."]),
        fmt(["#"]),
        fmt(["#..", "...", "..."]),  # start blocked
        fmt(["...", "...", "..#"]),  # goal blocked
        fmt(["." * 9]),  # one row
        fmt(["."] * 7),  # one column
        fmt(["..#.."]),  # one row, blocked
        fmt([".", ".", "#", "."]),  # one column, blocked
        fmt(["..#.", "....", "#...", "...."]),  # trees on the first row and first column
        fmt(["...#", "..#.", ".#..", "#..."]),  # a diagonal wall: no route
    ]
    for _ in range(5):
        r, c = rng.randint(2, 7), rng.randint(2, 7)
        hidden.append(fmt(rand_grid(rng, r, c, 0.2)))
    hidden.append(fmt(["." * 12] * 12))  # open grid: C(22, 11) routes
    # large: an open 1000 x 1000 floor (the count is far past the modulus)
    hidden.append(fmt(["." * 1000] * 1000))
    # large: sparse trees
    hidden.append(fmt(rand_grid(rng, 1000, 1000, 0.08)))

    for folder in ("sample", "hidden"):
        d = HERE / "tests" / folder
        d.mkdir(parents=True, exist_ok=True)
        for f in d.iterdir():
            f.unlink()
    for kind, tests, width in (("sample", samples, 1), ("hidden", hidden, 2)):
        for i, text in enumerate(tests, 1):
            ans = solve(text)
            r, c, _ = parse(text)
            if r + c <= 24:
                assert ans == brute(text), (kind, i, text, ans, brute(text))
            name = f"{i:0{width}d}"
            (HERE / "tests" / kind / f"{name}.in").write_text(text)
            (HERE / "tests" / kind / f"{name}.ans").write_text(ans)
    print(len(samples), "samples,", len(hidden), "hidden")


if __name__ == "__main__":
    main()
