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


def case(m, durations):
    return f"{len(durations)} {m}\n{' '.join(map(str, durations))}\n"


def main():
    rnd = random.Random(4242)
    samples = [case(3, [4, 2, 3, 1, 5, 2]), case(5, [10, 20, 30])]
    big = 10 ** 9
    hidden = [
        case(1, [7]),                                              # minimal
        case(1, [3, 1, 4, 1, 5]),                                  # one node: runs everything
        case(4, [5, 5, 5, 5, 5, 5, 5, 5, 5]),                      # all equal: ties by node number
        case(10, [1, 2, 3]),                                       # more nodes than jobs
        case(3, list(range(1, 21))),                               # increasing durations
        case(3, list(range(20, 0, -1))),                           # decreasing durations
        case(2, [big] * 10),                                       # result beyond 2^32
        case(3, [rnd.choice([1, 2]) for _ in range(200)]),         # many ties
        case(7, [rnd.randint(1, 100) for _ in range(500)]),
        case(2, [rnd.randint(big // 2, big) for _ in range(5000)]),  # 32-bit overflow
        case(50, [rnd.randint(1, big) for _ in range(3000)]),
        case(300, [rnd.randint(1, 10) for _ in range(2000)]),
        # large: a scan over every node per job is far too slow
        case(50000, [rnd.randint(1, 10 ** 6) for _ in range(100000)]),
        case(100000, [rnd.randint(1, 1000) for _ in range(100000)]),
    ]
    write_all(samples, hidden, "solutions/accepted/heap.py",
              "solutions/time_limit_exceeded/scan_nodes.py", 60000)


main()
