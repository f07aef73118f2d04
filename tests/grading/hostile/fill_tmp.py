"""Fill /tmp with 4 MB files, up to 512 MB: a cap of the test's own, to spare the host when nothing
else stops it. Prints `blocked` when a write failed first."""

import sys
from pathlib import Path

CHUNK = b"\xa5" * (4 << 20)
written = 0
try:
    for n in range(128):
        (Path("/tmp") / f"hostile-fill-{n}").write_bytes(CHUNK)
        written += 4
except OSError as error:
    print(f"stopped after {written} MB: {error.strerror}", file=sys.stderr)
    print("blocked")
else:
    print(f"room: wrote {written} MB")
