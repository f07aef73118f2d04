"""Read the worker's /proc entries by its host pid (given as input): environment, command line,
status, open files, memory map and root."""

import sys
from pathlib import Path

pid = int(sys.stdin.readline())
reached = []
for entry in ("environ", "cmdline", "status", "maps", "fd", "cwd", "root/etc/hostname"):
    path = Path(f"/proc/{pid}/{entry}")
    try:
        if path.is_dir():
            list(path.iterdir())
        else:
            path.read_bytes()
    except OSError as error:
        print(f"{entry}: {error.strerror}", file=sys.stderr)
        continue
    reached.append(entry)
print("blocked" if not reached else "read " + " ".join(reached))
