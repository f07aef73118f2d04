import sys


def main() -> None:
    tokens = sys.stdin.buffer.read().split()
    m = int(tokens[0])
    tokens = tokens[1 : 1 + m]
    if not tokens or tokens[0] == b"null":
        print(0, 0)
        return
    # Nodes are numbered in level order, which is also the order tokens assign their children.
    left = [-1]
    right = [-1]
    count = 1
    parent_index = 0
    pos = 1
    while pos < len(tokens):
        for side in (left, right):
            if pos < len(tokens):
                if tokens[pos] != b"null":
                    side[parent_index] = count
                    left.append(-1)
                    right.append(-1)
                    count += 1
                pos += 1
        parent_index += 1
    # Children always have larger numbers than their parents: a reverse sweep is a post-order.
    height = [0] * count
    span = 0
    for v in range(count - 1, -1, -1):
        hl = height[left[v]] if left[v] >= 0 else 0
        hr = height[right[v]] if right[v] >= 0 else 0
        height[v] = 1 + max(hl, hr)
        if hl + hr > span:
            span = hl + hr
    print(height[0], span)


main()
