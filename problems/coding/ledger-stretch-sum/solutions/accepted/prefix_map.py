import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n, t = int(data[0]), int(data[1])
    values = data[2 : 2 + n]
    # last_seen[p] = the latest day d (0 = before the first day) whose prefix sum is p.
    last_seen = {0: 0}
    prefix = 0
    for day in range(1, n + 1):
        prefix += int(values[day - 1])
        start = last_seen.get(prefix - t)
        if start is not None:
            print(start + 1, day)
            return
        last_seen[prefix] = day
    print(-1)


main()
