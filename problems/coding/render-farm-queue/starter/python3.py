import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    durations = [int(x) for x in data[2 : 2 + n]]
    # Write your solution here.
    last = 0
    assigned = [1] * n
    print(last)
    print(*assigned)


main()
