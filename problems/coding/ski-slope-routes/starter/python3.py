import sys


def main() -> None:
    lines = sys.stdin.read().split()
    r, c = int(lines[0]), int(lines[1])
    grid = lines[2: 2 + r]  # grid[i][j] is "." (open snow) or "#" (tree)
    # Write your solution here: print the number of routes modulo 1000000007.
    print(0)


main()
