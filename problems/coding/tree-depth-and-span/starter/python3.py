import sys


def main() -> None:
    tokens = sys.stdin.read().split()
    m = int(tokens[0])
    values = tokens[1 : 1 + m]  # integers as strings, or "null"
    # Build the tree from the level-order tokens, then measure it.
    depth, span = 0, 0
    print(depth, span)


main()
