"""Verdicts, and the one place where sandbox outcomes become verdicts."""

from __future__ import annotations

import enum

from mockround.grading.protocol import Outcome


class Verdict(enum.StrEnum):
    ACCEPTED = "accepted"
    WRONG_ANSWER = "wrong_answer"
    TIME_LIMIT = "time_limit_exceeded"
    MEMORY_LIMIT = "memory_limit_exceeded"
    RUNTIME_ERROR = "runtime_error"
    OUTPUT_LIMIT = "output_limit_exceeded"
    COMPILATION_ERROR = "compilation_error"
    INTERNAL_ERROR = "internal_error"

    @property
    def label(self) -> str:
        return _LABELS[self]

    @property
    def short(self) -> str:
        return _SHORT[self]


_LABELS = {
    Verdict.ACCEPTED: "Accepted",
    Verdict.WRONG_ANSWER: "Wrong Answer",
    Verdict.TIME_LIMIT: "Time Limit Exceeded",
    Verdict.MEMORY_LIMIT: "Memory Limit Exceeded",
    Verdict.RUNTIME_ERROR: "Runtime Error",
    Verdict.OUTPUT_LIMIT: "Output Limit Exceeded",
    Verdict.COMPILATION_ERROR: "Compilation Error",
    Verdict.INTERNAL_ERROR: "Internal Error",
}

_SHORT = {
    Verdict.ACCEPTED: "AC",
    Verdict.WRONG_ANSWER: "WA",
    Verdict.TIME_LIMIT: "TLE",
    Verdict.MEMORY_LIMIT: "MLE",
    Verdict.RUNTIME_ERROR: "RE",
    Verdict.OUTPUT_LIMIT: "OLE",
    Verdict.COMPILATION_ERROR: "CE",
    Verdict.INTERNAL_ERROR: "IE",
}

# Outcomes that decide a verdict without looking at the output. OK goes to the comparison.
_OUTCOME_VERDICTS = {
    Outcome.NONZERO_EXIT: Verdict.RUNTIME_ERROR,
    Outcome.SIGNALED: Verdict.RUNTIME_ERROR,
    Outcome.TIME_LIMIT: Verdict.TIME_LIMIT,
    Outcome.MEMORY_LIMIT: Verdict.MEMORY_LIMIT,
    Outcome.OUTPUT_LIMIT: Verdict.OUTPUT_LIMIT,
    Outcome.SPAWN_FAILED: Verdict.INTERNAL_ERROR,
}


def verdict_for_outcome(outcome: Outcome, output_matches: bool) -> Verdict:
    if outcome is Outcome.OK:
        return Verdict.ACCEPTED if output_matches else Verdict.WRONG_ANSWER
    return _OUTCOME_VERDICTS[outcome]


def overall_verdict(test_verdicts: list[Verdict]) -> Verdict:
    """A submission's verdict is that of its first failing test, in test order."""
    for verdict in test_verdicts:
        if verdict is not Verdict.ACCEPTED:
            return verdict
    return Verdict.ACCEPTED
