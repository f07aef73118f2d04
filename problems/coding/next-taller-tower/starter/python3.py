import sys


def receivers(heights: list[int]) -> list[int]:
    # For each tower, the 1-based number of the nearest strictly taller tower to its east, or 0.
    return [0] * len(heights)


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    heights = [int(x) for x in data[1 : 1 + n]]
    print(" ".join(map(str, receivers(heights))))


main()
