import heapq
import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    # (time the node becomes idle, node number): the tuple order is exactly the dispatch rule.
    idle = [(0, node) for node in range(1, min(n, m) + 1)]
    assigned = []
    last = 0
    for i in range(n):
        free_at, node = idle[0]
        end = free_at + int(data[2 + i])
        heapq.heapreplace(idle, (end, node))
        assigned.append(node)
        if end > last:
            last = end
    sys.stdout.write(f"{last}\n{' '.join(map(str, assigned))}\n")


main()
