import sys


def longest_run(s: str, k: int) -> tuple[int, int]:
    # Return (length, start) of the first longest substring with at most k distinct letters.
    return 0, 0


def main() -> None:
    data = sys.stdin.read().split()
    k, s = int(data[0]), data[1]
    length, start = longest_run(s, k)
    print(length, start)


main()
