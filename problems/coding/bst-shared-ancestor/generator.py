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


def bst_tokens(keys):
    """Insert keys in the given order into a BST; return its level-order tokens and its height."""
    left, right = {}, {}
    root = keys[0]
    height = 1
    for k in keys[1:]:
        node, depth = root, 1
        while True:
            depth += 1
            side = left if k < node else right
            if node in side:
                node = side[node]
            else:
                side[node] = k
                break
        height = max(height, depth)
    out, queue = [str(root)], deque([root])
    while queue:
        v = queue.popleft()
        for side in (left, right):
            c = side.get(v)
            out.append("null" if c is None else str(c))
            if c is not None:
                queue.append(c)
    while out[-1] == "null":
        out.pop()
    return out, height


def case(keys, queries):
    tokens, height = bst_tokens(keys)
    assert height <= 100 and len(set(keys)) == len(keys)
    return (f"{len(tokens)}\n{' '.join(tokens)}\n{len(queries)}\n"
            + "".join(f"{u} {v}\n" for u, v in queries))


def rand_case(rnd, keys, q, same=0.05):
    rnd.shuffle(keys)
    queries = []
    for _ in range(q):
        u = rnd.choice(keys)
        v = u if rnd.random() < same else rnd.choice(keys)
        queries.append((u, v))
    return case(keys, queries)


def main():
    rnd = random.Random(606)
    samples = [case([20, 10, 30, 5, 15, 40], [(5, 15), (15, 40), (10, 5), (30, 30)])]
    hidden = [
        case([7], [(7, 7)]),                                        # single node
        case([2, 1], [(1, 2), (2, 1), (1, 1)]),                     # two nodes, both orders
        case(list(range(1, 61)), [(1, 60), (60, 30), (45, 44), (59, 60)]),  # right chain (sorted insert)
        case(list(range(60, 0, -1)), [(1, 60), (30, 10), (2, 3)]),  # left chain
        case([0, -5, 5, -8, -3, 3, 8, -9, -7, -4, -1], [(-9, -1), (-1, -9), (-7, -4), (3, 8), (-3, -4), (-9, 8)]),
        case([10 ** 9, -10 ** 9, 0], [(-10 ** 9, 0), (0, 10 ** 9), (0, -10 ** 9)]),  # extremes
        case([50, 25, 75, 12, 37, 62, 87, 6, 18, 31, 43, 56, 68, 81, 93],  # perfect tree, ancestor pairs
             [(6, 12), (12, 6), (25, 43), (93, 75), (50, 6), (18, 31), (56, 93), (81, 87)]),
        rand_case(rnd, rnd.sample(range(1, 100), 30), 40),
        rand_case(rnd, rnd.sample(range(-10 ** 9, 10 ** 9), 500), 500),
        rand_case(rnd, rnd.sample(range(-1000, 1000), 1500), 1000, same=0.3),
        rand_case(rnd, rnd.sample(range(0, 10 ** 6), 3000), 2000),
        # large: searching the whole tree for each query is O(n) per query
        rand_case(rnd, rnd.sample(range(-10 ** 6, 10 ** 6), 50000), 50000),
        rand_case(rnd, rnd.sample(range(0, 10 ** 5), 40000), 30000),
    ]
    write_all(samples, hidden, "solutions/accepted/walk_down.py",
              "solutions/time_limit_exceeded/paths_from_root.py", 60000)


main()
