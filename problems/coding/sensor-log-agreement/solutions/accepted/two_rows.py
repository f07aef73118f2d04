import sys


def main() -> None:
    a, b = sys.stdin.read().split()
    m = len(b)
    prev = [0] * (m + 1)  # prev[j]: answer for the letters of a so far and b[:j]
    for ch in a:
        cur = [0] * (m + 1)
        left = 0
        for j in range(m):
            if b[j] == ch:
                left = prev[j] + 1
            elif prev[j + 1] > left:
                left = prev[j + 1]
            cur[j + 1] = left
        prev = cur
    print(prev[m])


main()
