import sys


def main() -> None:
    lines = sys.stdin.buffer.read().split()
    rows, cols = int(lines[0]), int(lines[1])
    # Pad the grid with a wall column so that moving left or right never wraps to another row.
    width = cols + 1
    grid = bytearray(b"#" * (width * (rows + 2)))
    for r in range(rows):
        start = (r + 1) * width
        grid[start : start + cols] = lines[2 + r][:cols]
    start, end = grid.index(b"S"), grid.index(b"E")
    dist = [-1] * len(grid)
    dist[start] = 0
    frontier = [start]
    steps = 0
    moves = (1, -1, width, -width)
    while frontier and dist[end] < 0:
        steps += 1
        nxt = []
        for cell in frontier:
            for d in moves:
                v = cell + d
                if dist[v] < 0 and grid[v] != 35:  # 35 is '#'
                    dist[v] = steps
                    nxt.append(v)
        frontier = nxt
    print(dist[end])


main()
