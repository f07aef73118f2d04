import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    m = int(data[0])
    tokens = data[1 : 1 + m]
    value = [int(tokens[0])]
    left = [-1]
    right = [-1]
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
    q = int(data[1 + m])
    out = []
    idx = 2 + m
    for _ in range(q):
        u, v = int(data[idx]), int(data[idx + 1])
        idx += 2
        lo, hi = (u, v) if u < v else (v, u)
        node = 0
        # Go down while both codes are on the same side; the first split (or a match) is the answer.
        while True:
            x = value[node]
            if hi < x:
                node = left[node]
            elif lo > x:
                node = right[node]
            else:
                break
        out.append(value[node])
    sys.stdout.write("\n".join(map(str, out)) + "\n")


main()
