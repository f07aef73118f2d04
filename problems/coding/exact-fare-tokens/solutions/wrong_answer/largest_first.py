# Greedy: always pay with the largest token that still fits. Works for everyday coins, not in general.
import sys


def main() -> None:
    data = list(map(int, sys.stdin.read().split()))
    n, amount = data[0], data[1]
    coins = sorted(data[2: 2 + n], reverse=True)
    count = 0
    for c in coins:
        count += amount // c
        amount %= c
    print(count if amount == 0 else -1)


main()
