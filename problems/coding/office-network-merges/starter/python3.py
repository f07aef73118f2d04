import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    cables = [(int(data[2 + 2 * i]), int(data[3 + 2 * i])) for i in range(m)]
    # Write your solution here: after each cable, print the number of networks.
    for a, b in cables:
        print(n)


main()
