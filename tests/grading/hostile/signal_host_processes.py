"""Send SIGKILL to the worker and to bystander processes on the host (their host pids are the input),
some running as the sandbox's own user, and to pid 1."""

import contextlib
import os
import signal
import sys

reached = []
for pid in map(int, sys.stdin.read().split()):
    try:
        os.kill(pid, signal.SIGKILL)
    except OSError as error:
        print(f"{pid}: {error.strerror}", file=sys.stderr)
        continue
    reached.append(str(pid))
with contextlib.suppress(OSError):
    os.kill(1, signal.SIGKILL)  # Its own init: protected inside its namespace; outside, the host's.
print("blocked" if not reached else "signalled " + " ".join(reached))
