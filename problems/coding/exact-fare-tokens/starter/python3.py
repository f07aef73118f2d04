import sys


def main() -> None:
    data = list(map(int, sys.stdin.read().split()))
    n, amount = data[0], data[1]
    coins = data[2: 2 + n]
    # Write your solution here: print the fewest tokens that make exactly `amount`, or -1.
    print(-1)


main()
