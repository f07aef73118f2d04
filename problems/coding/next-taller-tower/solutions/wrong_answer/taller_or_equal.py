# Pops on "taller or equal": a tower of the same height wrongly picks up the signal.
import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    h = list(map(int, data[1 : 1 + n]))
    answer = [0] * n
    stack = []
    for j in range(n):
        while stack and h[stack[-1]] <= h[j]:
            answer[stack.pop()] = j + 1
        stack.append(j)
    print(" ".join(map(str, answer)))


main()
