import sys


def is_search_tree(tokens: list[str]) -> bool:
    # tokens: the level-order serialisation (integers as strings, or "null").
    return True


def main() -> None:
    data = sys.stdin.read().split()
    t, idx = int(data[0]), 1
    for _ in range(t):
        m = int(data[idx])
        print("YES" if is_search_tree(data[idx + 1 : idx + 1 + m]) else "NO")
        idx += 1 + m


main()
