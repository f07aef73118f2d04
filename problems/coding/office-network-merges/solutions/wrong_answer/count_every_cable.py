# Merges correctly but counts every cable between two different machines as a merge, even when the
# machines were already in the same network.
import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    parent = list(range(n + 1))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    networks = n
    out = []
    for i in range(m):
        a, b = int(data[2 + 2 * i]), int(data[3 + 2 * i])
        if a != b:
            parent[find(a)] = find(b)
            networks -= 1
        out.append(max(networks, 1))
    sys.stdout.write("\n".join(map(str, out)) + "\n")


main()
