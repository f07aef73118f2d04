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
    q = int(data[1 + m])
    idx = 2 + m
    for _ in range(q):
        u, v = int(data[idx]), int(data[idx + 1])
        idx += 2
        node, answer = 0, value[0]
        while node != -1:  # takes u as the smaller code without checking
            x = answer = value[node]
            if v < x:
                node = left[node]
            elif u > x:
                node = right[node]
            else:
                break
        print(answer)


main()
