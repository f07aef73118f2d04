"""Take every process slot and keep them: a daemon outside the test's process group forks sleeping
children without end, retrying whenever a slot frees. Later tests of the submission still need one.

Input `take MARKER` starts the daemon (re-executed with the marker in its command line) and answers
once the slots are all taken; any other input only answers."""

import os
import sys
import time

if len(sys.argv) > 1:  # The daemon.
    while True:
        try:
            if os.fork() == 0:
                time.sleep(3600)
                os._exit(0)
        except OSError:
            time.sleep(0.001)

command, marker = sys.stdin.readline().split()
if command == "take":
    if os.fork() == 0:
        os.setsid()
        null = os.open("/dev/null", os.O_RDWR)
        for fd in (0, 1, 2):
            os.dup2(null, fd)
        os.execv(sys.executable, [sys.executable, __file__, f"hostile-{marker}"])
    deadline = time.monotonic() + 1.0
    while time.monotonic() < deadline:
        try:
            pid = os.fork()
        except OSError:
            break  # Every slot is taken.
        if pid == 0:
            os._exit(0)
        os.waitpid(pid, 0)
        time.sleep(0.01)
print("blocked")
