"""Leave a daemon behind: double fork, setsid, close its descriptors, ignore hang-ups, and re-execute
under a command line that carries the run's marker.

Input `spawn MARKER` starts it; `look MARKER` looks for it through /proc (a later test of the same
submission). The test looks for the marker on the host after the run."""

import os
import sys
from pathlib import Path

DAEMON = "import signal, time\nsignal.signal(signal.SIGHUP, signal.SIG_IGN)\nwhile True:\n    time.sleep(1)\n"

command, marker = sys.stdin.readline().split()
if command == "spawn":
    if os.fork() == 0:
        os.setsid()
        if os.fork() == 0:
            null = os.open("/dev/null", os.O_RDWR)
            for fd in (0, 1, 2):
                os.dup2(null, fd)
            os.execv(sys.executable, [sys.executable, "-c", DAEMON, f"hostile-{marker}"])
        os._exit(0)
    os.wait()
    print("spawned")
else:
    alive = []
    for entry in Path("/proc").iterdir():
        try:
            if entry.name.isdigit() and marker.encode() in (entry / "cmdline").read_bytes():
                alive.append(entry.name)
        except OSError:
            pass
    print("blocked" if not alive else "alive: " + " ".join(alive))
