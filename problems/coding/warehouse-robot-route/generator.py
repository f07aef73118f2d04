# --- shared tail: answers from the accepted solution, cross-checked against the brute force ---
import os
import random
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def run(relpath, text):
    return subprocess.run([sys.executable, os.path.join(HERE, relpath)], input=text,
                          capture_output=True, text=True, check=True).stdout


def write_all(samples, hidden, accepted, brute, small_limit):
    for sub in ("sample", "hidden"):
        shutil.rmtree(os.path.join(HERE, "tests", sub), ignore_errors=True)
        os.makedirs(os.path.join(HERE, "tests", sub))
    for sub, tests, fmt in (("sample", samples, "{}"), ("hidden", hidden, "{:02d}")):
        for i, text in enumerate(tests, 1):
            answer = run(accepted, text)
            if len(text) <= small_limit:
                other = run(brute, text)
                assert other.split() == answer.split(), (sub, i)
            name = fmt.format(i)
            with open(os.path.join(HERE, "tests", sub, name + ".in"), "w") as f:
                f.write(text)
            with open(os.path.join(HERE, "tests", sub, name + ".ans"), "w") as f:
                f.write(answer)
    print("wrote", len(samples), "samples and", len(hidden), "hidden tests")


def case(lines):
    return f"{len(lines)} {len(lines[0])}\n" + "".join(line + "\n" for line in lines)


def random_grid(rnd, rows, cols, wall, start=None, end=None):
    g = [["#" if rnd.random() < wall else "." for _ in range(cols)] for _ in range(rows)]
    s = start or (rnd.randrange(rows), rnd.randrange(cols))
    e = end
    while e is None or e == s:
        e = (rnd.randrange(rows), rnd.randrange(cols))
    g[s[0]][s[1]] = "S"
    g[e[0]][e[1]] = "E"
    return ["".join(row) for row in g]


def serpentine(rows, cols):
    """Open rows joined by a single gap, alternately at the right and the left end."""
    g = []
    for r in range(rows):
        if r % 2 == 0:
            g.append(["."] * cols)
        else:
            row = ["#"] * cols
            row[cols - 1 if r % 4 == 1 else 0] = "."
            g.append(row)
    g[0][0] = "S"
    last = rows - 1 if rows % 2 == 1 else rows - 2
    g[last][cols - 1 if (last // 2) % 2 == 0 else 0] = "E"
    return ["".join(row) for row in g]


def main():
    rnd = random.Random(2718)
    samples = [case(["S..#.", ".#...", ".#.#.", "...#E"]), case(["S#.", "##.", "..E"])]
    hidden = [
        case(["SE"]),                                              # minimal, adjacent
        case(["S", ".", ".", "E"]),                                # a single column
        case(["S#E"]),                                             # blocked in one row
        case(["S....", "####.", "E...."]),                         # forced detour
        case(["....", ".SE.", "...."]),                            # open grid
        case(["E#...", ".#.#.", ".#.#.", "...#S"]),                # around the walls
        case([".....", ".###.", ".#E#.", ".###.", "S...."]),       # E sealed in
        case(serpentine(9, 12)),
        case(random_grid(rnd, 30, 40, 0.25)),
        case(random_grid(rnd, 60, 60, 0.1)),                       # mostly open: DFS wanders
        case(random_grid(rnd, 50, 70, 0.45)),                      # dense shelves
        case(random_grid(rnd, 1, 500, 0.0, (0, 0), (0, 499))),     # one long row
        case(random_grid(rnd, 500, 1, 0.0, (499, 0), (0, 0))),     # one long column, upwards
        # large: sweeping the grid until nothing improves takes one sweep per turn of the maze
        case(serpentine(499, 500)),
        case(random_grid(rnd, 500, 500, 0.3, (0, 0), (499, 499))),
        case(random_grid(rnd, 500, 500, 0.05, (250, 250), (0, 499))),
    ]
    write_all(samples, hidden, "solutions/accepted/bfs.py",
              "solutions/time_limit_exceeded/relax_until_stable.py", 6000)


main()
