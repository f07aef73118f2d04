import sys


def main() -> None:
    data = sys.stdin.read().split()
    m = int(data[0])
    tokens = data[1 : 1 + m]  # integers as strings, or "null"
    q = int(data[1 + m])
    queries = [(int(data[2 + m + 2 * i]), int(data[3 + m + 2 * i])) for i in range(q)]
    # Build the tree, then answer each query.
    for u, v in queries:
        print(u)


main()
