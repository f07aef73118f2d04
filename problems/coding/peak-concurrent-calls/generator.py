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


def case(calls):
    return f"{len(calls)}\n" + "".join(f"{s} {e}\n" for s, e in calls)


def rand_calls(rnd, n, span, max_len):
    out = []
    for _ in range(n):
        s = rnd.randint(0, span - 1)
        out.append((s, s + rnd.randint(1, max_len)))
    return out


def main():
    rnd = random.Random(99)
    samples = [case([(0, 30), (5, 10), (10, 20), (15, 25), (40, 50)]), case([(10, 20), (0, 10), (20, 30)])]
    hidden = [
        case([(7, 8)]),                                            # minimal
        case([(5, 9)] * 6),                                        # all identical
        case([(i, i + 1) for i in range(30)][::-1]),               # back to back, reverse order
        case([(0, 100), (10, 20), (30, 40), (50, 60)]),            # peak 2 reached several times: earliest
        case([(50, 60), (30, 40), (0, 100), (10, 20), (35, 36)]),  # peak 3 inside nested calls
        case([(0, 10 ** 9), (10 ** 9 - 1, 10 ** 9), (0, 1)]),      # extremes
        case([(i, 100 - i) for i in range(50)]),                   # nested: peak at the innermost start
        case([(0, 5), (5, 10), (3, 5), (5, 8), (4, 6)]),           # many ties at the same second
        case(rand_calls(rnd, 300, 1000, 50)),
        case(rand_calls(rnd, 2000, 10 ** 9 - 10 ** 6, 10 ** 6)),
        case(rand_calls(rnd, 3000, 200, 20)),                      # heavy overlap and ties
        case([(s, s + 10) for s in range(0, 20000, 10)]),          # a long back-to-back chain
        # large: counting at every start is quadratic
        case(rand_calls(rnd, 60000, 10 ** 7, 5000)),
        case([(i, 2 * 60000 - i) for i in range(60000)]),
    ]
    write_all(samples, hidden, "solutions/accepted/sweep.py",
              "solutions/time_limit_exceeded/count_at_each_start.py", 40000)


main()
