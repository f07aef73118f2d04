import sys


def smallest_capacity(weights: list[int], days: int) -> int:
    # Write your solution here.
    return 0


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n, d = int(data[0]), int(data[1])
    weights = [int(x) for x in data[2 : 2 + n]]
    print(smallest_capacity(weights, d))


main()
