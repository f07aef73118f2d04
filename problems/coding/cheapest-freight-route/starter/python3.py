import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n, m, s, t = int(data[0]), int(data[1]), int(data[2]), int(data[3])
    lanes = [(int(data[4 + 3 * i]), int(data[5 + 3 * i]), int(data[6 + 3 * i])) for i in range(m)]
    # Write your solution here: print the cheapest cost from s to t, or -1.
    print(-1)


main()
