"""The proof of a question bank: keyed options, explanations, distinct stems, and printed output that
agrees with the key, found by running each Python snippet in the sandbox.

A snippet that finishes proves the option whose text is its output (both trimmed of surrounding
whitespace, and of one pair of backticks around the option). A snippet that raises proves the option that
names the exception's type as a word ("It raises TypeError"); what it printed before does not count.
"""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path
from typing import Any

import yaml

from mockround.grading.job import JudgeJob, JudgeResult, Limits, TestCase
from mockround.grading.judge import UnsupportedJob, judge
from mockround.grading.sandbox import Sandbox, SandboxError
from mockround.grading.verdicts import Verdict
from mockround.problems.findings import Finding
from mockround.problems.loader import yaml_position
from mockround.problems.schema import Bank, ChoiceQuestion

SNIPPET_LIMITS = Limits(time_seconds=5.0, memory_mb=256, output_kb=64)
# The last line of a traceback: the exception's (qualified) type, then `: message` or nothing.
_EXCEPTION_LINE = re.compile(r"^([A-Za-z_][A-Za-z0-9_.]*)(?::\s.*|:?)$")


@dataclasses.dataclass(frozen=True)
class Snippet:
    """A question whose code is to be run: its bank file, the question and its index in the bank."""

    path: Path
    index: int
    question: ChoiceQuestion


def lint_bank_file(path: Path) -> list[Finding]:
    """Checks on the file as written, so that they hold even for a bank that does not load."""
    try:
        text = path.read_text(encoding="utf-8")
        raw: Any = yaml.safe_load(text)
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return []  # The loader reports why the file cannot be read.
    questions = raw.get("questions") if isinstance(raw, dict) else None
    if not isinstance(questions, list):
        return []
    findings = []
    stems: dict[str, tuple[str, int | None]] = {}
    for index, question in enumerate(questions):
        if not isinstance(question, dict):
            continue
        name = repr(question.get("id", f"number {index + 1}"))
        line, column = yaml_position(text, ("questions", index))

        def finding(message: str, line: int | None = line, column: int | None = column) -> Finding:
            return Finding(str(path), message, line=line, column=column)

        explanation = question.get("explanation")
        if not isinstance(explanation, str) or not explanation.strip():
            findings.append(
                finding(
                    f"question {name} has no explanation: add `explanation:` with why the keyed answer "
                    "is right (candidates read it with their results)"
                )
            )
        options = question.get("options")
        if isinstance(options, list):
            multiple = question.get("multiple") is True
            findings += [finding(message) for message in _option_problems(name, options, multiple)]
        stem = _normalised(question.get("prompt")) + "\n" + _normalised(question.get("code"))
        if stem.strip() and stem in stems:
            first, first_line = stems[stem]
            findings.append(
                finding(
                    f"question {name} has the same prompt and code as question {first} (line {first_line}): "
                    "delete one, or change its prompt or code so that the two ask different things"
                )
            )
        else:
            stems.setdefault(stem, (name, line))
    return findings


def _option_problems(name: str, options: list[Any], multiple: bool) -> list[str]:
    problems = []
    keyed = [o for o in options if isinstance(o, dict) and o.get("correct") is True]
    if not keyed:
        problems.append(f"question {name} has no keyed answer: add `correct: true` to the right option")
    elif len(keyed) > 1 and not multiple:
        problems.append(
            f"question {name} marks {len(keyed)} options `correct: true`: keep it on the one right option, "
            "or add `multiple: true` if all of them are right"
        )
    texts = [_normalised(o.get("text")) for o in options if isinstance(o, dict)]
    repeated = sorted({text for text in texts if texts.count(text) > 1 and text})
    if repeated:
        problems.append(f"question {name} offers the same option twice ({repeated[0]!r}): reword or drop one")
    return problems


def _normalised(value: object) -> str:
    return " ".join(str(value).split()).casefold() if value is not None else ""


def snippets(path: Path, bank: Bank) -> list[Snippet]:
    return [
        Snippet(path, index, question)
        for index, question in enumerate(bank.questions)
        if isinstance(question, ChoiceQuestion)
        and not question.multiple
        and question.code
        and question.code_language == "python"
        and question.check_output
    ]


def run_snippet(snippet: Snippet, sandbox: Sandbox) -> list[Finding]:
    """Run the snippet in the sandbox and hold the keyed option against what really happened."""
    assert snippet.question.code is not None
    job = JudgeJob(
        source=snippet.question.code,
        language="python3",
        tests=[TestCase(name="snippet", input="", expected="", sample=True)],
        limits=SNIPPET_LIMITS,
    )
    line, column = yaml_position(
        snippet.path.read_text(encoding="utf-8"), ("questions", snippet.index, "code")
    )
    try:
        result = judge(job, sandbox)
    except (SandboxError, UnsupportedJob) as exc:
        messages = [f"could not run the code of question {snippet.question.id!r}: {exc}"]
    else:
        messages = outcome_problems(snippet.question, result)
    return [Finding(str(snippet.path), message, line=line, column=column) for message in messages]


def outcome_problems(question: ChoiceQuestion, result: JudgeResult) -> list[str]:
    name = repr(question.id)
    keyed = question.options[question.correct_index].text
    test = result.tests[0] if result.tests else None
    if result.verdict in (Verdict.ACCEPTED, Verdict.WRONG_ANSWER) and test is not None:
        output = (test.output or "").strip()
        shown = output if len(output) <= 200 else output[:200] + "..."
        matching = [o.text for o in question.options if _option_text(o.text) == output]
        if _option_text(keyed) != output:
            fix = (
                f"mark the option {matching[0]!r} `correct: true`"
                if matching
                else f"change the keyed option's text to {shown!r}"
            )
            return [
                f"question {name}: the code prints {shown!r} but the keyed answer is {keyed!r}: {fix} "
                "(or set `check_output: false` if the options are not its output)"
            ]
        if len(matching) > 1:
            return [
                f"question {name}: more than one option is the code's output {shown!r}: reword the others"
            ]
        return []
    raised = _exception_type(result.message or (test.error if test else None) or "")
    if result.verdict in (Verdict.RUNTIME_ERROR, Verdict.COMPILATION_ERROR) and raised:
        short = raised.rsplit(".", 1)[-1]
        if re.search(rf"\b{re.escape(short)}\b", keyed):
            return []
        naming = [o.text for o in question.options if re.search(rf"\b{re.escape(short)}\b", o.text)]
        fix = (
            f"mark the option {naming[0]!r} `correct: true`"
            if naming
            else f"key an option that names it, such as 'It raises {short}'"
        )
        return [f"question {name}: the code raises {short} but the keyed answer is {keyed!r}: {fix}"]
    fix = (
        f"make it finish in under {SNIPPET_LIMITS.time_seconds:g} s"
        if result.verdict is Verdict.TIME_LIMIT
        else "make it finish normally, or end with an exception whose type an option names"
    )
    return [
        f"question {name}: the code did not finish cleanly ({result.verdict.label}) and raised no "
        f"exception: {fix}, or set `check_output: false`"
    ]


def _option_text(text: str) -> str:
    text = text.strip()
    if len(text) > 1 and text.startswith("`") and text.endswith("`"):
        text = text[1:-1].strip()
    return text


def _exception_type(stderr: str) -> str | None:
    """The exception a Python traceback ends with, from its last line."""
    lines = [line.strip() for line in stderr.splitlines() if line.strip() and line.strip() != "[... cut]"]
    match = _EXCEPTION_LINE.match(lines[-1]) if lines else None
    if match:
        return match.group(1)
    return None
