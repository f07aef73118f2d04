"""Function-style problems in Python and JavaScript: a function with arguments, a class driven by calls."""

from __future__ import annotations

import json

import pytest

from mockround.grading.compare import Comparison
from mockround.grading.job import FunctionTarget, JudgeJob, Limits, ProblemKind, TestCase
from mockround.grading.judge import judge
from mockround.grading.sandbox import Sandbox
from mockround.grading.verdicts import Verdict

PAIRS = [
    TestCase(name="sample-1", input=json.dumps({"args": [[1, 5, 3, 3, 7], 6]}), expected="2", sample=True),
    TestCase(name="hidden-1", input=json.dumps({"args": [[1, 1, 1], 2]}), expected="3"),
    TestCase(name="hidden-2", input=json.dumps({"args": [[], 0]}), expected="0"),
]
LIMITER_CALLS = [
    ["Limiter", [2, 10]],
    ["allow", ["a", 0]],
    ["allow", ["a", 1]],
    ["allow", ["a", 2]],
    ["allow", ["a", 11]],
]
LIMITER = [
    TestCase(
        name="sample-1",
        input=json.dumps({"calls": LIMITER_CALLS}),
        expected="[null, true, true, false, true]",
        sample=True,
    )
]

SOLUTIONS = {
    ("python3", "count_pairs", "accepted"): (
        "from collections import Counter\n"
        "def count_pairs(values, target):\n"
        "    print('debugging output goes to stderr')\n"
        "    seen, pairs = Counter(), 0\n"
        "    for value in values:\n"
        "        pairs += seen[target - value]\n"
        "        seen[value] += 1\n"
        "    return pairs\n"
    ),
    ("python3", "count_pairs", "wrong_answer"): "def count_pairs(values, target):\n    return len(values)\n",
    (
        "python3",
        "count_pairs",
        "time_limit_exceeded",
    ): "def count_pairs(values, target):\n    while True:\n        pass\n",
    ("python3", "count_pairs", "compilation_error"): "def count_pairs(values, target:\n    return 0\n",
    ("javascript", "count_pairs", "accepted"): (
        "function count_pairs(values, target) {\n"
        "  console.log('debugging output goes to stderr');\n"
        "  const seen = new Map(); let pairs = 0;\n"
        "  for (const v of values) {\n"
        "    pairs += seen.get(target - v) || 0;\n"
        "    seen.set(v, (seen.get(v) || 0) + 1);\n"
        "  }\n"
        "  return pairs;\n"
        "}\n"
    ),
    (
        "javascript",
        "count_pairs",
        "wrong_answer",
    ): "function count_pairs(values, target) { return values.length; }\n",
    (
        "javascript",
        "count_pairs",
        "time_limit_exceeded",
    ): "function count_pairs(values, target) { for (;;) {} }\n",
    ("javascript", "count_pairs", "compilation_error"): "function count_pairs(values, target) { return 0;\n",
}
CLASSES = {
    "python3": (
        "class Limiter:\n"
        "    def __init__(self, limit, window):\n"
        "        self.limit, self.window, self.seen = limit, window, {}\n"
        "    def allow(self, user, t):\n"
        "        recent = [s for s in self.seen.get(user, []) if s > t - self.window]\n"
        "        allowed = len(recent) < self.limit\n"
        "        if allowed:\n"
        "            recent.append(t)\n"
        "        self.seen[user] = recent\n"
        "        return allowed\n"
    ),
    "javascript": (
        "class Limiter {\n"
        "  constructor(limit, window) { this.limit = limit; this.window = window; this.seen = {}; }\n"
        "  allow(user, t) {\n"
        "    const recent = (this.seen[user] || []).filter((s) => s > t - this.window);\n"
        "    const ok = recent.length < this.limit;\n"
        "    if (ok) recent.push(t);\n"
        "    this.seen[user] = recent;\n"
        "    return ok;\n"
        "  }\n"
        "}\n"
    ),
}


def job(language: str, source: str, tests: list[TestCase], target: FunctionTarget) -> JudgeJob:
    return JudgeJob(
        source=source,
        language=language,
        tests=tests,
        kind=ProblemKind.FUNCTION,
        function=target,
        comparison=Comparison.JSON,
        limits=Limits(time_seconds=0.5),
    )


@pytest.mark.parametrize(("language", "name", "expected"), sorted(SOLUTIONS))
def test_function_verdicts(sandbox: Sandbox, language: str, name: str, expected: str) -> None:
    source = SOLUTIONS[(language, name, expected)]
    result = judge(job(language, source, PAIRS, FunctionTarget(name=name)), sandbox)
    assert result.verdict == Verdict(expected), result
    if expected == "accepted":
        # What the candidate prints never mixes with the result.
        assert result.tests[0].output == "2\n"
        assert "debugging output" in (result.tests[0].error or "")
    if expected == "compilation_error":
        assert result.message


@pytest.mark.parametrize("language", ["python3", "javascript"])
def test_class_driven_by_calls(sandbox: Sandbox, language: str) -> None:
    result = judge(
        job(language, CLASSES[language], LIMITER, FunctionTarget(name="Limiter", style="class")), sandbox
    )
    assert result.verdict is Verdict.ACCEPTED, result


@pytest.mark.parametrize("language", ["python3", "javascript"])
def test_missing_target_is_a_runtime_error_that_says_so(sandbox: Sandbox, language: str) -> None:
    source = "def other():\n    pass\n" if language == "python3" else "function other() {}\n"
    result = judge(job(language, source, PAIRS[:1], FunctionTarget(name="count_pairs")), sandbox)
    assert result.verdict is Verdict.RUNTIME_ERROR
    assert "count_pairs" in (result.tests[0].error or "")
