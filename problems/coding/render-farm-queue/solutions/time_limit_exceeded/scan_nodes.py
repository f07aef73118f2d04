import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    free_at = [0] * (m + 1)
    assigned = []
    for i in range(n):
        best = 1
        for node in range(2, m + 1):  # O(m) per job
            if free_at[node] < free_at[best]:
                best = node
        free_at[best] += int(data[2 + i])
        assigned.append(best)
    print(max(free_at))
    print(*assigned)


main()
