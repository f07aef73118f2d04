import sys


def audit(tokens) -> bool:
    m = len(tokens)
    if m == 0 or tokens[0] == b"null":
        return True
    value, left, right = [int(tokens[0])], [-1], [-1]
    parent, pos = 0, 1
    while pos < m:
        for side in (left, right):
            if pos < m:
                if tokens[pos] != b"null":
                    side[parent] = len(value)
                    value.append(int(tokens[pos]))
                    left.append(-1)
                    right.append(-1)
                pos += 1
        parent += 1
    # Iterative in-order traversal: the keys must come out strictly increasing.
    stack, node, previous = [], 0, None
    while stack or node != -1:
        while node != -1:
            stack.append(node)
            node = left[node]
        node = stack.pop()
        if previous is not None and value[node] <= previous:
            return False
        previous = value[node]
        node = right[node]
    return True


def main() -> None:
    data = sys.stdin.buffer.read().split()
    t = int(data[0])
    idx = 1
    out = []
    for _ in range(t):
        m = int(data[idx])
        out.append("YES" if audit(data[idx + 1 : idx + 1 + m]) else "NO")
        idx += 1 + m
    print("\n".join(out))


main()
