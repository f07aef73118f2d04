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


def case(calendars, day_start, day_end):
    return {"args": [calendars, day_start, day_end]}


def rand_calendar(rnd, count, lo, hi, max_len, max_gap):
    ranges, t = [], rnd.randint(lo, lo + max_gap)
    for _ in range(count):
        length = rnd.randint(1, max_len)
        if t + length > hi:
            break
        ranges.append([t, t + length])
        t += length + rnd.randint(0, max_gap)
    return ranges


def main():
    rnd = random.Random(5150)
    samples = [
        case([[[60, 120], [300, 360]], [[90, 150], [400, 420]], []], 0, 480),
        case([[[0, 100]], [[100, 200]]], 50, 200),
    ]
    hidden = [
        case([[]], 0, 1),                                          # nobody busy, tiny window
        case([[], [], []], 10, 20),                                # empty calendars
        case([[[0, 1000]]], 100, 200),                             # busy all day, range wider than window
        case([[[0, 100], [150, 160]], [[10, 20], [30, 40]]], 0, 200),  # one long range swallows others
        case([[[5, 10]], [[5, 10]], [[5, 10]]], 0, 15),            # identical ranges
        case([[[0, 10], [20, 30]], [[10, 20]]], 0, 30),            # back to back across people
        case([[[0, 5], [50, 60]], [[70, 80]]], 10, 40),            # nothing inside the window
        case([[[0, 10 ** 9]]], 0, 10 ** 9),                        # extremes, fully busy
        case([[[1, 2]], [[10 ** 9 - 2, 10 ** 9 - 1]]], 0, 10 ** 9),  # extremes, mostly free
        case([[[i, i + 1] for i in range(0, 40, 2)], [[i, i + 1] for i in range(1, 40, 4)]], 0, 40),
        case([rand_calendar(rnd, 30, 0, 1000, 40, 60) for _ in range(5)], 100, 900),
        case([rand_calendar(rnd, 200, 0, 10 ** 6, 3000, 5000) for _ in range(20)], 0, 10 ** 6),
        case([rand_calendar(rnd, 50, 0, 2000, 5, 30) for _ in range(40)], 500, 1500),
        # large: checking every boundary against every range is quadratic
        case([rand_calendar(rnd, 1000, 0, 10 ** 8, 500, 3000) for _ in range(60)], 0, 10 ** 8),
        case([rand_calendar(rnd, 35000, 0, 10 ** 7, 10, 150)], 0, 10 ** 7),
    ]
    write_all(samples, hidden, "solutions/accepted/heap_merge.py",
              "solutions/time_limit_exceeded/check_every_gap.py", "common_free_time", "function", 100000)


main()
