import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    rules = [(int(data[2 + 2 * i]), int(data[3 + 2 * i])) for i in range(m)]
    # Write your solution here: print the smallest compile order, or IMPOSSIBLE.
    print("IMPOSSIBLE")


main()
