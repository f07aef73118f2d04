import sys


def count_pairs(prices: list[int], budget: int) -> int:
    # Write your solution here.
    return 0


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n, budget = int(data[0]), int(data[1])
    prices = [int(x) for x in data[2 : 2 + n]]
    print(count_pairs(prices, budget))


main()
