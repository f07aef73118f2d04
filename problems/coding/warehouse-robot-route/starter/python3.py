import sys


def main() -> None:
    data = sys.stdin.read().split()
    rows, cols = int(data[0]), int(data[1])
    grid = data[2 : 2 + rows]  # grid[r][c] is one of . # S E
    # Write your solution here.
    print(-1)


main()
