"""Fork without end. It first re-executes itself with the run's marker in its command line, so that the
test can look on the host for any survivor by that marker."""

import contextlib
import os
import sys

if len(sys.argv) < 2:
    marker = sys.stdin.readline().strip()
    os.execv(sys.executable, [sys.executable, __file__, f"hostile-{marker}"])

while True:
    with contextlib.suppress(OSError):
        os.fork()
