import sys


def main() -> None:
    data = sys.stdin.read().split()
    k, s = int(data[0]), data[1]
    counts = [0] * 26
    codes = [ord(c) - 97 for c in s]
    distinct = 0
    left = 0
    best_len, best_start = 0, 0
    for right, code in enumerate(codes):
        if counts[code] == 0:
            distinct += 1
        counts[code] += 1
        while distinct > k:
            out = codes[left]
            counts[out] -= 1
            if counts[out] == 0:
                distinct -= 1
            left += 1
        if right - left + 1 > best_len:
            best_len, best_start = right - left + 1, left
    print(best_len, best_start)


main()
