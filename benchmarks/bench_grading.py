"""Grading speed: a bare-process baseline, sandbox overhead, job-to-verdict and burst throughput.

Run: .venv/bin/python -m benchmarks.bench_grading [--sandbox docker|local|both] [--burst 100]

Every figure is printed beside the baseline measured in the same run, since absolute timings on shared
machines drift. The baseline is what a judge with no isolation at all does: start a fresh `python3` per
test, straight from this process.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import statistics
import subprocess
import time
from collections.abc import Callable

from mockround.grading.job import JudgeJob, Limits, TestCase
from mockround.grading.judge import judge
from mockround.grading.local import LocalSandbox
from mockround.grading.sandbox import Sandbox
from mockround.grading.verdicts import Verdict

SOLUTION = "import sys\nnumbers = list(map(int, sys.stdin.read().split()))\nprint(sum(numbers))\n"
TESTS = [
    TestCase(
        name=f"t{index}",
        input=" ".join(map(str, range(index * 100))) + "\n",
        expected=f"{sum(range(index * 100))}\n",
    )
    for index in range(10)
]
JOB = JudgeJob(source=SOLUTION, language="python3", tests=TESTS, limits=Limits(time_seconds=2))
TRIVIAL = JudgeJob(
    source="print(1)\n", language="python3", tests=[TestCase(name="t", input="", expected="1\n")]
)


def median_seconds(action: Callable[[], object], runs: int) -> float:
    action()  # warm up caches (page cache, image layers)
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        samples.append(time.perf_counter() - started)
    return statistics.median(samples)


def bare_process(job: JudgeJob) -> None:
    """The baseline: one new interpreter per test, no isolation, no limits."""
    for test in job.tests:
        completed = subprocess.run(
            ["/usr/bin/python3", "-c", job.source], input=test.input.encode(), capture_output=True, check=True
        )
        assert completed.stdout.decode() == test.expected


def judged(sandbox: Sandbox, job: JudgeJob) -> Callable[[], None]:
    def run() -> None:
        result = judge(job, sandbox)
        assert result.verdict is Verdict.ACCEPTED, result

    return run


def burst(sandbox: Sandbox, submissions: int, concurrency: int) -> float:
    """Submissions per second when `submissions` arrive at once and `concurrency` sandboxes judge them."""
    started = time.perf_counter()
    with concurrent.futures.ThreadPoolExecutor(concurrency) as pool:
        for future in [pool.submit(judged(sandbox, JOB)) for _ in range(submissions)]:
            future.result()
    return submissions / (time.perf_counter() - started)


def build(name: str) -> Sandbox:
    if name == "docker":
        from mockround.grading.docker import DockerSandbox

        return DockerSandbox(image="mockround-sandbox:latest")
    return LocalSandbox()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sandbox", choices=["docker", "local", "both"], default="both")
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--burst", type=int, default=100)
    parser.add_argument("--concurrency", type=int, default=4)
    args = parser.parse_args()

    baseline_one = median_seconds(lambda: bare_process(TRIVIAL), args.runs)
    baseline_ten = median_seconds(lambda: bare_process(JOB), args.runs)
    print(f"baseline: bare process, 1 test   {baseline_one * 1000:8.1f} ms")
    print(f"baseline: bare process, 10 tests {baseline_ten * 1000:8.1f} ms")
    names = ["docker", "local"] if args.sandbox == "both" else [args.sandbox]
    for name in names:
        sandbox = build(name)
        one = median_seconds(judged(sandbox, TRIVIAL), args.runs)
        ten = median_seconds(judged(sandbox, JOB), args.runs)
        rate = burst(sandbox, args.burst, args.concurrency)
        print(
            f"{name}: sandbox overhead per submission  {(one - baseline_one) * 1000:8.1f} ms"
            f"  (1-test submission {one * 1000:.1f} ms = {one / baseline_one:.1f}x the bare process)"
        )
        print(
            f"{name}: job to verdict, 10-test Python   {ten * 1000:8.1f} ms"
            f"  ({ten / baseline_ten:.2f}x the bare 10-process baseline)"
        )
        print(
            f"{name}: burst of {args.burst}, {args.concurrency} at a time   {rate:8.2f} submissions/s"
            f"  (baseline equivalent {1 / baseline_ten:.2f}/s serial)"
        )


if __name__ == "__main__":
    main()
