# Tries every token at every step without remembering results: correct, but exponential.
import sys

sys.setrecursionlimit(100000)


def fewest(amount, coins):
    if amount == 0:
        return 0
    best = -1
    for c in coins:
        if c <= amount:
            rest = fewest(amount - c, coins)
            if rest != -1 and (best == -1 or rest + 1 < best):
                best = rest + 1
    return best


def main() -> None:
    data = list(map(int, sys.stdin.read().split()))
    n, amount = data[0], data[1]
    print(fewest(amount, data[2: 2 + n]))


main()
