# --- shared tail: drive a class/function solution module like the judge's harness does ---
import importlib.util
import json
import os
import random
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def load(relpath):
    spec = importlib.util.spec_from_file_location("m" + str(abs(hash(relpath))), os.path.join(HERE, relpath))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def drive(module, target, style, test):
    obj = getattr(module, target)
    if style == "function":
        return obj(*json.loads(json.dumps(test["args"])))
    calls = json.loads(json.dumps(test["calls"]))
    inst = obj(*calls[0][1])
    out = [None]
    for method, args in calls[1:]:
        out.append(getattr(inst, method)(*args))
    return out


def write_all(samples, hidden, accepted, brute, target, style, small_limit):
    for sub in ("sample", "hidden"):
        shutil.rmtree(os.path.join(HERE, "tests", sub), ignore_errors=True)
        os.makedirs(os.path.join(HERE, "tests", sub))
    good = load(accepted)
    slow = load(brute)
    for sub, tests, fmt in (("sample", samples, "{}"), ("hidden", hidden, "{:02d}")):
        for i, test in enumerate(tests, 1):
            text = json.dumps(test, separators=(", ", ": ") if len(json.dumps(test)) < 2000 else (",", ":"))
            answer = drive(good, target, style, test)
            if len(text) <= small_limit:
                other = drive(slow, target, style, test)
                assert json.dumps(other) == json.dumps(answer), (sub, i, answer, other)
            name = fmt.format(i)
            with open(os.path.join(HERE, "tests", sub, name + ".in"), "w") as f:
                f.write(text + "\n")
            with open(os.path.join(HERE, "tests", sub, name + ".ans"), "w") as f:
                f.write(json.dumps(answer) + "\n")
    print("wrote", len(samples), "samples and", len(hidden), "hidden tests")


def case(ops):
    """ops: a list of ints (record) and None (median)."""
    calls = [["MedianTracker", []]]
    for op in ops:
        calls.append(["median", []] if op is None else ["record", [op]])
    return {"calls": calls}


def every(values):
    ops = []
    for v in values:
        ops += [v, None]
    return ops


def main():
    rnd = random.Random(777)
    samples = [case([30, None, 10, None, 25, None, 11, None, 4, None])]
    hidden = [
        case([5, None]),                                           # minimal
        case([1, 2, None]),                                        # even count: a fraction
        case(every([7] * 12)),                                     # all equal
        case(every(list(range(1, 26)))),                           # increasing
        case(every(list(range(25, 0, -1)))),                       # decreasing
        case(every([0, 10 ** 9, 0, 10 ** 9, 1, 10 ** 9 - 1])),     # extremes
        case([3, 3, 4, 4, None, 1, 1, None, 9, None, None]),       # duplicates, repeated queries
        case(every([rnd.randint(0, 5) for _ in range(100)])),      # many ties
        case(every([rnd.randint(0, 10 ** 9) for _ in range(300)])),
        case([rnd.randint(0, 1000) for _ in range(999)] + [None]),  # one query at the end
        case([rnd.choice([None, rnd.randint(1, 99), rnd.randint(1, 99)]) if i else 50 for i in range(2000)]),
        case(every([i // 2 if i % 2 else 10 ** 9 - i for i in range(400)])),  # zig-zag
        # large: sorting on every query is quadratic
        case(every([rnd.randint(0, 10 ** 6) for _ in range(30000)])),
        case([rnd.randint(0, 10 ** 9) if i % 4 else None for i in range(1, 40001)]),
    ]
    write_all(samples, hidden, "solutions/accepted/two_heaps.py",
              "solutions/time_limit_exceeded/sort_on_query.py", "MedianTracker", "class", 100000)


main()
