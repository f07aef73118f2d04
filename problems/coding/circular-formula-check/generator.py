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


def repo(n, edges):
    return f"{n} {len(edges)}\n" + "".join(f"{a} {b}\n" for a, b in edges)


def case(repos):
    return f"{len(repos)}\n" + "".join(repos)


def dag(rnd, n, m, cycle_len=0, relabel=True):
    """m random edges from earlier to later cells in a hidden order (acyclic); then, with cycle_len,
    one extra edge closing a path of about that length through existing edges into a circle."""
    order = list(range(1, n + 1))
    if relabel:
        rnd.shuffle(order)
    edges = []
    for _ in range(m):
        i = rnd.randrange(n - 1)
        j = rnd.randint(i + 1, min(n - 1, i + 1 + max(1, n // 10)))
        edges.append((order[i], order[j]))
    if cycle_len:
        i = rnd.randrange(max(1, n - cycle_len))
        j = min(n - 1, i + cycle_len)
        for k in range(i, j):  # make sure the path i -> ... -> j exists
            edges.append((order[k], order[k + 1]))
        edges.append((order[j], order[i]))
        rnd.shuffle(edges)
    return repo(n, edges)


def main():
    rnd = random.Random(16180)
    samples = [case([repo(4, [(1, 2), (1, 3), (2, 4), (3, 4)]), repo(3, [(1, 2), (2, 3), (3, 1)]),
                     repo(5, [(4, 4), (1, 2)])])]
    hidden = [
        case([repo(1, [])]),                                       # one cell, no references
        case([repo(1, [(1, 1)]), repo(2, [(1, 2), (1, 2), (1, 2)]), repo(2, [(1, 2), (2, 1)])]),  # self loop, repeats, 2-circle
        case([repo(6, [])] + [repo(3, [(3, 2), (2, 1)])] + [repo(4, [(1, 2), (3, 4), (4, 3)])]),  # disconnected parts
        case([repo(5, [(1, 2), (1, 3), (1, 4), (1, 5), (2, 5), (3, 5), (4, 5), (2, 3), (3, 4)])]),  # dense but acyclic
        case([repo(6, [(1, 2), (2, 3), (3, 1), (4, 5), (5, 6)]), repo(6, [(4, 5), (5, 6), (1, 2), (2, 3), (3, 1)])]),
        case([dag(rnd, rnd.randint(2, 8), rnd.randint(0, 12), rnd.choice([0, 0, 2, 3])) for _ in range(300)]),
        case([dag(rnd, rnd.randint(5, 40), rnd.randint(5, 80), rnd.choice([0, 0, 5, 10])) for _ in range(100)]),
        case([dag(rnd, 500, 2000), dag(rnd, 500, 2000, 100), dag(rnd, 500, 600, 2), dag(rnd, 500, 1500)]),
        case([dag(rnd, 3000, 6000), dag(rnd, 3000, 6000, 2500)]),
        case([repo(1000, [(i, i + 1) for i in range(1, 1000)] + [(1000, 1)])]),  # one long circle
        case([repo(2000, [(1, i) for i in range(2, 2001)] + [(i, 2000) for i in range(2, 2000)])]),  # wide fan: shared target
        case([repo(1, [(1, 1)] * 5), repo(3, [])]),
        # large: a search from every cell is quadratic
        case([repo(50000, [(i, i + 1) for i in range(1, 50000)])]),
        case([dag(rnd, 50000, 80000)]),
        case([dag(rnd, 40000, 60000, 30000)]),
    ]
    write_all(samples, hidden, "solutions/accepted/kahn.py",
              "solutions/time_limit_exceeded/search_from_each.py", 30000)


main()
