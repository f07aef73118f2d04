# Scans east from every tower: O(n^2) when the towers get shorter eastwards.
import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    h = list(map(int, data[1 : 1 + n]))
    answer = [0] * n
    for i in range(n):
        for j in range(i + 1, n):
            if h[j] > h[i]:
                answer[i] = j + 1
                break
    print(" ".join(map(str, answer)))


main()
