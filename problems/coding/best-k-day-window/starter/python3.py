import sys


def best_run(profits: list[int], k: int) -> tuple[int, int]:
    # Return (largest total, 1-based first day of the earliest best run).
    return 0, 1


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n, k = int(data[0]), int(data[1])
    profits = [int(x) for x in data[2 : 2 + n]]
    total, start = best_run(profits, k)
    print(total, start)


main()
