"""Create a System V shared memory segment keyed by the run's marker, fill 32 MB of it and leave it
behind: such a segment outlives its process unless its IPC namespace ends."""

import ctypes
import sys

IPC_CREAT = 0o1000
libc = ctypes.CDLL(None, use_errno=True)
libc.shmat.restype = ctypes.c_void_p
libc.shmat.argtypes = [ctypes.c_int, ctypes.c_void_p, ctypes.c_int]

key = int(sys.stdin.readline().strip()[:7], 16)
segment = libc.shmget(key, 32 << 20, IPC_CREAT | 0o600)
if segment < 0:
    print("blocked")
else:
    address = libc.shmat(segment, None, 0)
    if address not in (None, ctypes.c_void_p(-1).value):
        ctypes.memset(address, 0xA5, 32 << 20)
    print("created")
