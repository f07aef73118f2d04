import sys


def main() -> None:
    data = sys.stdin.read().split()
    m = int(data[0])
    tokens = data[1 : 1 + m]
    value, left, right = [int(tokens[0])], [-1], [-1]
    parent, pos = 0, 1
    while pos < m:
        for side in (left, right):
            if pos < m:
                if tokens[pos] != "null":
                    side[parent] = len(value)
                    value.append(int(tokens[pos]))
                    left.append(-1)
                    right.append(-1)
                pos += 1
        parent += 1

    def path_to(target):
        """Search the whole tree (ignoring the ordering) for the root-to-target path: O(n)."""
        stack = [(0, [0])]
        while stack:
            node, path = stack.pop()
            if value[node] == target:
                return path
            for c in (left[node], right[node]):
                if c >= 0:
                    stack.append((c, path + [c]))
        return []

    q = int(data[1 + m])
    idx = 2 + m
    out = []
    for _ in range(q):
        pu, pv = path_to(int(data[idx])), path_to(int(data[idx + 1]))
        idx += 2
        common = 0
        for a, b in zip(pu, pv):
            if a != b:
                break
            common = a
        out.append(value[common])
    print("\n".join(map(str, out)))


main()
