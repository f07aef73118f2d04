import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n, k = int(data[0]), int(data[1])
    p = list(map(int, data[2 : 2 + n]))
    window = sum(p[:k])
    best, best_start = window, 0
    for start in range(1, n - k + 1):
        window += p[start + k - 1] - p[start - 1]
        if window > best:
            best, best_start = window, start
    print(best, best_start + 1)


main()
