"""Search for the hidden test's expected output (`EXPECTED-` and 32 hex digits) everywhere it can look:
the filesystem, its environment, every process's command line and environment, its own memory and
live objects. It prints what it found, or `nothing`: it can only pass by finding it."""

import contextlib
import gc
import os
import re
import time
from pathlib import Path

EXPECTED = re.compile(rb"EXPECTED-[0-9a-f]{32}")
SKIP = {Path(name) for name in ("/proc", "/sys", "/usr", "/lib", "/lib64", "/bin", "/sbin", "/boot", "/dev")}
deadline = time.monotonic() + 1.0
found = set()


def search(blob):
    found.update(EXPECTED.findall(blob))


for folder, subfolders, files in os.walk("/"):
    subfolders[:] = [name for name in subfolders if Path(folder, name) not in SKIP]
    for name in files:
        path = Path(folder, name)
        try:
            if path.is_file() and path.stat().st_size < 1 << 20:
                search(path.read_bytes())
        except OSError:
            pass
    if time.monotonic() > deadline:
        break
search(repr(dict(os.environ)).encode())
for entry in Path("/proc").iterdir():
    for part in ("cmdline", "environ"):
        with contextlib.suppress(OSError):
            search((entry / part).read_bytes())
try:
    with Path("/proc/self/maps").open() as maps, Path("/proc/self/mem").open("rb", buffering=0) as mem:
        for line in maps:
            span, perms = line.split()[:2]
            start, end = (int(x, 16) for x in span.split("-"))
            if perms.startswith("r") and end - start < 1 << 28:
                try:
                    mem.seek(start)
                    search(mem.read(end - start))
                except OSError:
                    pass
except OSError:
    pass  # An undumpable process cannot open its own memory: its live objects are still searched.
for obj in gc.get_objects():
    if isinstance(obj, (str, bytes)):
        search(obj.encode() if isinstance(obj, str) else obj)
    elif isinstance(obj, dict):
        search(repr(obj).encode("utf-8", "replace"))
print(" ".join(sorted(hit.decode() for hit in found)) or "nothing")
