"""Look for the worker's secret (the test sets MOCKROUND_TEST_SECRET in its own environment) in this
program's environment and in that of every process it can read."""

import contextlib
import os
import re
from pathlib import Path

SECRET = re.compile(rb"MOCKROUND_TEST_SECRET|mockround-test-secret-[0-9a-f]+")
found = set()
for key, value in os.environ.items():
    found.update(SECRET.findall(f"{key}={value}".encode()))
for entry in Path("/proc").iterdir():
    if entry.name.isdigit() or entry.name == "self":
        with contextlib.suppress(OSError):
            found.update(SECRET.findall((entry / "environ").read_bytes()))
print("blocked" if not found else "found " + " ".join(sorted(hit.decode() for hit in found)))
