import sys
from collections import Counter


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n, target = int(data[0]), int(data[1])
    seen: Counter[int] = Counter()
    pairs = 0
    for token in data[2 : 2 + n]:
        value = int(token)
        pairs += seen[target - value]
        seen[value] += 1
    print(pairs)


main()
