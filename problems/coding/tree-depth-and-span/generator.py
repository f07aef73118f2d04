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
from collections import deque


def serialise(n, left, right, values):
    """Level order with null markers, trailing nulls removed; node 0 is the root."""
    if n == 0:
        return ["null"]
    out, queue = [], deque([0])
    out.append(str(values[0]))
    while queue:
        v = queue.popleft()
        for c in (left[v], right[v]):
            if c is None:
                out.append("null")
            else:
                out.append(str(values[c]))
                queue.append(c)
    while out[-1] == "null":
        out.pop()
    return out


def case_tokens(tokens):
    return f"{len(tokens)}\n{' '.join(tokens)}\n"


def build(rnd, n, mode):
    """mode: 'random' attaches to a random free slot; 'deep' to one of the newest slots; 'left' a chain."""
    left, right = [None] * n, [None] * n
    slots = [] if n == 0 else [(0, 0), (0, 1)]
    for v in range(1, n):
        if mode == "random":
            i = rnd.randrange(len(slots))
        elif mode == "deep":
            i = len(slots) - 1 - rnd.randrange(min(3, len(slots)))
        elif mode == "left":
            i = len(slots) - 2
        else:  # zigzag
            i = len(slots) - 1 - (v % 2)
        slots[i], slots[-1] = slots[-1], slots[i]
        p, side = slots.pop()
        (left if side == 0 else right)[p] = v
        slots += [(v, 0), (v, 1)]
    hi = 10 ** 9 if n <= 5000 else 999
    values = [rnd.randint(-hi, hi) for _ in range(n)]
    return case_tokens(serialise(n, left, right, values))


def main():
    rnd = random.Random(8080)
    samples = [case_tokens("1 2 3 null 4".split()), case_tokens("1 2 null 3 4 5 null null 6 7 null".split())]
    hidden = [
        case_tokens(["null"]),                                     # empty tree
        case_tokens(["42"]),                                       # single node
        case_tokens("1 2".split()),                                # one edge
        case_tokens("5 5 5 5 5 5 5".split()),                      # perfect tree, equal values
        case_tokens("1 null 2 null 3 null 4 null 5".split()),      # right chain
        case_tokens("-1 -2 -3 null null -4 -5 -6 null null -7 -8".split()),  # negatives, span off the root
        case_tokens("1 2 3 4 5 null null 6 null null 7 8 null null 9 null null null null".split()),  # explicit trailing nulls
        build(rnd, 40, "random"),
        build(rnd, 300, "deep"),
        build(rnd, 1000, "random"),
        build(rnd, 2000, "zigzag"),
        build(rnd, 3000, "deep"),
        # large: a height computation per node is quadratic on deep trees
        build(rnd, 100000, "left"),
        build(rnd, 100000, "deep"),
        build(rnd, 50000, "random"),
    ]
    write_all(samples, hidden, "solutions/accepted/levels.py",
              "solutions/time_limit_exceeded/height_per_node.py", 50000)


main()
