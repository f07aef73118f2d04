import sys


def main() -> None:
    a, b = sys.stdin.read().split()
    # Write your solution here: print the length of the longest common subsequence.
    print(0)


main()
