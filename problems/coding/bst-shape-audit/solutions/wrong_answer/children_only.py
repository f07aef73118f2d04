import sys


def audit(tokens) -> bool:
    m = len(tokens)
    if m == 0 or tokens[0] == "null":
        return True
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
    # Only compares each node with its own children.
    for v in range(len(value)):
        if left[v] != -1 and value[left[v]] >= value[v]:
            return False
        if right[v] != -1 and value[right[v]] <= value[v]:
            return False
    return True


def main() -> None:
    data = sys.stdin.read().split()
    t, idx = int(data[0]), 1
    for _ in range(t):
        m = int(data[idx])
        print("YES" if audit(data[idx + 1 : idx + 1 + m]) else "NO")
        idx += 1 + m


main()
