import sys


def find_stretch(values: list[int], t: int) -> tuple[int, int] | None:
    # Return (l, r), 1-based, or None when no stretch adds up to t.
    return None


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n, t = int(data[0]), int(data[1])
    values = [int(x) for x in data[2 : 2 + n]]
    answer = find_stretch(values, t)
    print(-1 if answer is None else f"{answer[0]} {answer[1]}")


main()
