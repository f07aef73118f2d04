"""A forked Python test's time whatever ran before it: a large test alone and after another large test.

Run: .venv/bin/python -m benchmarks.bench_test_order [--sandbox docker|local|both] [--runs 10]

The problem is learning-streaks, whose hidden test 15 (2.2 MB of JSON) is the largest of the bank; its
accepted Python solution is judged on test 15 alone (the baseline) and on tests 16 and 15 in that order,
and the CPU time of test 15 is compared. A judge whose tests did not depend on each other would show the
same figure for both.
"""

from __future__ import annotations

import argparse
import statistics
from pathlib import Path

from benchmarks.bench_grading import build
from mockround.grading.judge import judge
from mockround.problems.loader import load_problem

FOLDER = Path(__file__).resolve().parents[1] / "problems/coding/learning-streaks"
SOLUTION = (FOLDER / "solutions/accepted/sorted_days.py").read_text(encoding="utf-8")


def test_15_ms(sandbox_name: str, order: list[str], runs: int) -> float:
    problem = load_problem(FOLDER)
    tests = {test.name: test for test in problem.tests}
    job = problem.job(SOLUTION, "python3", [tests[name] for name in order])
    sandbox = build(sandbox_name)
    samples = []
    for _ in range(runs + 1):  # the first warms caches up
        result = judge(job, sandbox)
        samples.append(next(t.time_ms for t in result.tests if t.name == "hidden-15"))
    return statistics.median(samples[1:])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sandbox", choices=["docker", "local", "both"], default="both")
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    for name in ["local", "docker"] if args.sandbox == "both" else [args.sandbox]:
        alone = test_15_ms(name, ["hidden-15"], args.runs)
        after = test_15_ms(name, ["hidden-16", "hidden-15"], args.runs)
        print(
            f"{name}: test 15 after test 16 {after:.0f} ms; "
            f"alone (baseline) {alone:.0f} ms; {after / alone:.2f}x"
        )


if __name__ == "__main__":
    main()
