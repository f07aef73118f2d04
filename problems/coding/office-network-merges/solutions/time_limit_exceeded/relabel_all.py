# Quick-find: every machine carries its network's label, and a merge relabels by scanning all
# machines. Correct, but O(n) per merge.
import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    label = list(range(n + 1))
    networks = n
    out = []
    for i in range(m):
        la, lb = label[int(data[2 + 2 * i])], label[int(data[3 + 2 * i])]
        if la != lb:
            for v in range(1, n + 1):
                if label[v] == lb:
                    label[v] = la
            networks -= 1
        out.append(networks)
    sys.stdout.write("\n".join(map(str, out)) + "\n")


main()
