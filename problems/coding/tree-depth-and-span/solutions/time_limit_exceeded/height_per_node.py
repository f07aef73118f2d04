import sys
from collections import deque


def main() -> None:
    tokens = sys.stdin.read().split()[1:]
    if not tokens or tokens[0] == "null":
        print(0, 0)
        return
    left, right = {}, {}
    queue = deque([0])
    pos, count = 1, 1
    while queue and pos < len(tokens):
        node = queue.popleft()
        for side in (left, right):
            if pos < len(tokens) and tokens[pos] != "null":
                side[node] = count
                queue.append(count)
                count += 1
            pos += 1

    def height(start):  # a fresh traversal every time: O(n) per call
        if start is None:
            return 0
        best, stack = 0, [(start, 1)]
        while stack:
            v, d = stack.pop()
            best = max(best, d)
            for c in (left.get(v), right.get(v)):
                if c is not None:
                    stack.append((c, d + 1))
        return best

    span = max(height(left.get(v)) + height(right.get(v)) for v in range(count))
    print(height(0), span)


main()
