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

LO, HI = -2 ** 31, 2 ** 31 - 1


def shape(rnd, n, mode):
    """A binary tree shape on nodes 0..n-1 (0 is the root) as parent/left/right lists."""
    left, right, parent = [-1] * n, [-1] * n, [-1] * n
    slots = [(0, 0), (0, 1)] if n else []
    for v in range(1, n):
        if mode == "random":
            i = rnd.randrange(len(slots))
        elif mode == "deep":
            i = len(slots) - 1 - rnd.randrange(min(3, len(slots)))
        elif mode == "right":
            i = len(slots) - 1
        else:  # left chain
            i = len(slots) - 2
        slots[i], slots[-1] = slots[-1], slots[i]
        p, side = slots.pop()
        (left if side == 0 else right)[p] = v
        parent[v] = p
        slots += [(v, 0), (v, 1)]
    return left, right, parent


def valid_values(rnd, left, right, step=10):
    """Keys increasing along the in-order walk: a valid search tree of this shape."""
    n = len(left)
    order, stack, node = [], [], 0 if n else -1
    while stack or node != -1:
        while node != -1:
            stack.append(node)
            node = left[node]
        node = stack.pop()
        order.append(node)
        node = right[node]
    values = [0] * n
    key = rnd.randint(-step * n, 0)
    for v in order:
        values[v] = key
        key += step * rnd.randint(1, 3)
    return values


def bounds(v, values, parent, left):
    lo = hi = None
    child = v
    p = parent[v]
    while p != -1:
        if left[p] == child:
            hi = values[p] if hi is None else min(hi, values[p])
        else:
            lo = values[p] if lo is None else max(lo, values[p])
        child, p = p, parent[p]
    return lo, hi


def spoil(rnd, kind, values, left, right, parent):
    """Break a valid tree: 'swap' two keys, or give a leaf a key that only an ancestor (not its parent)
    forbids: 'far' (beyond the bound) or 'dup' (equal to an ancestor)."""
    n = len(values)
    if kind == "swap":
        a, b = rnd.sample(range(n), 2)
        values[a], values[b] = values[b], values[a]
        return True
    leaves = [v for v in range(n) if left[v] == -1 and right[v] == -1 and parent[v] != -1]
    rnd.shuffle(leaves)
    for v in leaves:
        p = parent[v]
        lo, hi = bounds(v, values, parent, left)
        if right[p] == v and hi is not None:
            values[v] = hi + 5 if kind == "far" else hi
            return True
        if left[p] == v and lo is not None:
            values[v] = lo - 5 if kind == "far" else lo
            return True
    return False


def serialise(values, left, right):
    if not values:
        return ["null"]
    out, queue = [str(values[0])], deque([0])
    while queue:
        v = queue.popleft()
        for c in (left[v], right[v]):
            out.append("null" if c == -1 else str(values[c]))
            if c != -1:
                queue.append(c)
    while out[-1] == "null":
        out.pop()
    return out


def tree(rnd, n, mode, kind=None, step=10):
    left, right, parent = shape(rnd, n, mode)
    values = valid_values(rnd, left, right, step)
    if kind:
        spoil(rnd, kind, values, left, right, parent)
    return serialise(values, left, right)


def case(trees):
    return f"{len(trees)}\n" + "".join(f"{len(t)}\n{' '.join(t)}\n" for t in trees)


def raw(*texts):
    return [t.split() for t in texts]


def main():
    rnd = random.Random(1234)
    samples = [case(raw("8 3 10 1 6 null 14", "8 3 10 1 9 null 14", "5 5 7", "null"))]
    kinds = [None, "swap", "far", "dup"]
    hidden = [
        case(raw("42")),                                           # a single node
        case(raw("null", "1 1", "1 null 1", "2 1 3", "2 3 1", "1 null 2", "2 1")),  # tiny trees, duplicates
        case(raw("-2147483648 null 2147483647", "2147483647 -2147483648", "0 -2147483648 2147483647",
                 "-2147483648 -2147483648", "2147483647 null 2147483647")),  # extreme keys
        case(raw("10 5 15 null null 6 20", "10 5 15 null null 11 20", "10 5 15 3 12", "10 5 15 3 7 null null 1 4 6 8")),
        case([tree(rnd, 30, "right"), tree(rnd, 30, "left"), tree(rnd, 30, "right", "dup"), tree(rnd, 30, "left", "far")]),
        case([tree(rnd, rnd.randint(2, 8), "random", rnd.choice(kinds)) for _ in range(300)]),
        case([tree(rnd, rnd.randint(3, 40), rnd.choice(["random", "deep"]), rnd.choice(kinds)) for _ in range(200)]),
        case([tree(rnd, 500, "random", k) for k in kinds] + [tree(rnd, 500, "deep", k) for k in kinds]),
        case([tree(rnd, 3, "random", None, step=1) for _ in range(50)]),  # consecutive keys
        case([tree(rnd, 2000, "deep", "far"), tree(rnd, 2000, "deep", "dup"), tree(rnd, 2000, "deep")]),
        case([tree(rnd, 5000, "random", "dup")]),
        case([tree(rnd, 5000, "random")]),
        # large: scanning each node's subtrees is quadratic on deep trees
        case([tree(rnd, 100000, "right", step=1)]),
        case([tree(rnd, 50000, "deep"), tree(rnd, 50000, "deep", "far")]),
    ]
    write_all(samples, hidden, "solutions/accepted/inorder.py",
              "solutions/time_limit_exceeded/scan_subtrees.py", 60000)


main()
