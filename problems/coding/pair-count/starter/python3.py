import sys


def count_pairs(values: list[int], target: int) -> int:
    # Write your solution here.
    return 0


def main() -> None:
    data = sys.stdin.read().split()
    n, target = int(data[0]), int(data[1])
    values = [int(token) for token in data[2 : 2 + n]]
    print(count_pairs(values, target))


main()
