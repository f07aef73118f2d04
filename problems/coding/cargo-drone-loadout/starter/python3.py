import sys


def main() -> None:
    data = list(map(int, sys.stdin.buffer.read().split()))
    n, cap = data[0], data[1]
    parcels = [(data[2 + 2 * i], data[3 + 2 * i]) for i in range(n)]  # (weight, value)
    # Write your solution here: print the largest total value within `cap` grams.
    print(0)


main()
