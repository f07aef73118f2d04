import sys


def main() -> None:
    data = list(map(int, sys.stdin.read().split()))
    n, amount = data[0], data[1]
    coins = sorted(set(data[2: 2 + n]))
    inf = amount + 1
    best = [0] + [inf] * amount  # best[x]: fewest tokens that make x
    for c in coins:
        for x in range(c, amount + 1):
            if best[x - c] + 1 < best[x]:
                best[x] = best[x - c] + 1
    print(best[amount] if best[amount] <= amount else -1)


main()
