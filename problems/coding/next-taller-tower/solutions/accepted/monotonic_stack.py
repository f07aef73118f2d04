import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    h = list(map(int, data[1 : 1 + n]))
    answer = [0] * n
    waiting = []  # towers still looking for a taller one; their heights never increase bottom to top
    for j, height in enumerate(h):
        while waiting and h[waiting[-1]] < height:
            answer[waiting.pop()] = j + 1
        waiting.append(j)
    print(" ".join(map(str, answer)))


main()
