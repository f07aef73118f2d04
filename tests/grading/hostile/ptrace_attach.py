"""Attach with ptrace (PTRACE_ATTACH and PTRACE_SEIZE) to the runner (its parent), to pid 1 and to the
worker's host pid (given as input), and open the runner's memory."""

import ctypes
import os
import sys
from pathlib import Path

PTRACE_ATTACH, PTRACE_DETACH, PTRACE_SEIZE = 16, 17, 0x4206
libc = ctypes.CDLL(None, use_errno=True)
libc.ptrace.argtypes = [ctypes.c_long, ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p]
libc.ptrace.restype = ctypes.c_long

worker = int(sys.stdin.readline())
reached = []
for name, pid in (("runner", os.getppid()), ("pid 1", 1), ("worker", worker)):
    for request in (PTRACE_ATTACH, PTRACE_SEIZE):
        if libc.ptrace(request, pid, None, None) == 0:
            reached.append(f"{name}:{request}")
            libc.ptrace(PTRACE_DETACH, pid, None, None)
        else:
            print(f"{name}: {os.strerror(ctypes.get_errno())}", file=sys.stderr)
    try:
        Path(f"/proc/{pid}/mem").open("rb").close()
        reached.append(f"{name}:mem")
    except OSError:
        pass
print("blocked" if not reached else "attached " + " ".join(reached))
