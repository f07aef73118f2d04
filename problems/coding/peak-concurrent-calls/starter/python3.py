import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    calls = [(int(data[1 + 2 * i]), int(data[2 + 2 * i])) for i in range(n)]
    # Write your solution here.
    peak, first_at = 0, 0
    print(peak, first_at)


main()
