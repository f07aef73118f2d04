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


def case(bookings):
    return f"{len(bookings)}\n" + "".join(f"{s} {e}\n" for s, e in bookings)


def rand_bookings(rnd, n, span, max_len):
    out = []
    for _ in range(n):
        s = rnd.randint(0, span - 1)
        out.append((s, min(span, s + rnd.randint(1, max_len))))
    return out


def main():
    rnd = random.Random(31337)
    samples = [case([(60, 90), (10, 30), (20, 40), (90, 95), (100, 120)]), case([(5, 50), (10, 20), (30, 40)])]
    hidden = [
        case([(0, 1)]),                                            # minimal
        case([(3, 7)] * 5),                                        # all identical
        case([(0, 10), (10, 20), (20, 30)]),                       # back to back chain
        case([(0, 10), (11, 20), (21, 30)]),                       # gaps of one minute
        case([(i, i + 1) for i in range(0, 40, 2)][::-1]),          # disjoint, reverse sorted
        case([(0, 10 ** 9), (5, 6), (10 ** 9 - 1, 10 ** 9)]),      # one huge booking contains the rest
        case([(1, 100), (2, 3), (4, 5), (150, 160), (99, 151)]),   # containment then bridge
        case([(i, i + 5) for i in range(50)]),                     # already sorted, all chained
        case(rand_bookings(rnd, 200, 1000, 10)),
        case(rand_bookings(rnd, 500, 10 ** 9, 10 ** 7)),
        case(rand_bookings(rnd, 2000, 100000, 40)),
        case(rand_bookings(rnd, 1000, 50, 50)),                    # heavy overlap
        # large: rescanning the blocks for each booking is quadratic (almost every booking is disjoint)
        case(rand_bookings(rnd, 40000, 10 ** 7, 30)),
        case([(2 * i, 2 * i + 1) for i in range(40000, 0, -1)]),
    ]
    write_all(samples, hidden, "solutions/accepted/sort_sweep.py",
              "solutions/time_limit_exceeded/rescan_blocks.py", 60000)


main()
