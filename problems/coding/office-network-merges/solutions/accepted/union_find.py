import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    parent = list(range(n + 1))
    size = [1] * (n + 1)

    def find(x: int) -> int:
        root = x
        while parent[root] != root:
            root = parent[root]
        while parent[x] != root:
            parent[x], x = root, parent[x]
        return root

    networks = n
    out = []
    for i in range(m):
        ra, rb = find(int(data[2 + 2 * i])), find(int(data[3 + 2 * i]))
        if ra != rb:
            if size[ra] < size[rb]:
                ra, rb = rb, ra
            parent[rb] = ra
            size[ra] += size[rb]
            networks -= 1
        out.append(networks)
    sys.stdout.write("\n".join(map(str, out)) + "\n")


main()
