import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    h = [int(token) for token in data[1: 1 + n]]
    # Write your solution here: print the length of the longest strictly increasing subsequence.
    print(1)


main()
