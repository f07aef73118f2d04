"""Custom checkers: an author's Python program that judges one output, run outside the sandbox.

The checker is called as `python3 checker.py INPUT EXPECTED OUTPUT` (three file paths) in a fresh
temporary folder, with its own timeout. Exit 0 accepts, exit 1 rejects (its first line of stdout is the
reason, shown to no candidate); anything else, or a timeout, is a fault of the checker: Internal Error.
"""

from __future__ import annotations

import dataclasses
import subprocess
import sys
import tempfile
from pathlib import Path

CHECKER_TIMEOUT_SECONDS = 10.0
CHECKER_OUTPUT_BYTES = 4096


class CheckerFailed(Exception):
    """The checker itself failed: it crashed, timed out or answered with an unknown exit status."""


@dataclasses.dataclass(frozen=True)
class CheckerVerdict:
    accepted: bool
    message: str


def run_checker(source: str, test_input: bytes, expected: bytes, output: bytes) -> CheckerVerdict:
    with tempfile.TemporaryDirectory(prefix="mockround-checker-") as folder:
        root = Path(folder)
        paths = []
        for name, data in (("input", test_input), ("expected", expected), ("output", output)):
            path = root / name
            path.write_bytes(data)
            paths.append(str(path))
        (root / "checker.py").write_text(source, encoding="utf-8")
        try:
            completed = subprocess.run(
                [sys.executable, "-I", "checker.py", *paths],
                cwd=root,
                capture_output=True,
                timeout=CHECKER_TIMEOUT_SECONDS,
                env={"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"},
                check=False,
            )
        except subprocess.TimeoutExpired as exc:
            raise CheckerFailed(f"the checker ran for more than {CHECKER_TIMEOUT_SECONDS:g} s") from exc
    message = completed.stdout[:CHECKER_OUTPUT_BYTES].decode("utf-8", "replace").strip()
    if completed.returncode in (0, 1):
        return CheckerVerdict(
            accepted=completed.returncode == 0, message=message.splitlines()[0] if message else ""
        )
    stderr = completed.stderr[-CHECKER_OUTPUT_BYTES:].decode("utf-8", "replace")
    raise CheckerFailed(f"the checker exited with status {completed.returncode}: {stderr}")
