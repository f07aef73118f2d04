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


def case(k, initial, adds):
    return {"calls": [["ScoreBoard", [k, initial]]] + [["add", [s]] for s in adds]}


def main():
    rnd = random.Random(20261129)
    samples = [
        case(3, [50, 80], [70, 90, 80, 10]),
        case(2, [], [5, -3]),
    ]
    hidden = [
        case(1, [], [7]),                                          # minimal
        case(1, [3, 1, 2], [0, 5, 5, 4]),                          # k = 1: running maximum
        case(4, [], [1, 2, 3, 4, 5]),                              # None until k scores
        case(3, [9, 9, 9, 9], [9, 9, 1]),                          # all equal
        case(3, [10, 10], [10, 5, 10, 20]),                        # duplicates count separately
        case(5, [-5, -1, -9], [-3, -7, -2, -100, 0]),              # negatives
        case(2, [10 ** 9, -10 ** 9], [10 ** 9, -10 ** 9, 0]),      # extreme values
        case(6, [], list(range(1, 31))),                           # increasing stream
        case(6, [], list(range(30, 0, -1))),                       # decreasing stream
        case(10, [rnd.randint(1, 5) for _ in range(20)], [rnd.randint(1, 5) for _ in range(60)]),
        case(100, [], [rnd.randint(-50, 50) for _ in range(300)]),  # k reached mid-stream
        case(7, [rnd.randint(-10 ** 9, 10 ** 9) for _ in range(200)], [rnd.randint(-10 ** 9, 10 ** 9) for _ in range(400)]),
        case(50, [rnd.randint(0, 20) for _ in range(500)], [rnd.randint(0, 20) for _ in range(500)]),
        # large: a naive sort per call is quadratic
        case(15000, [rnd.randint(-10 ** 5, 10 ** 5) for _ in range(20000)],
             [rnd.randint(-10 ** 5, 10 ** 5) for _ in range(70000)]),
    ]
    write_all(samples, hidden, "solutions/accepted/min_heap.py",
              "solutions/time_limit_exceeded/sort_every_time.py", "ScoreBoard", "class", 50000)


main()
