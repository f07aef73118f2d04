"""Leave files for a later submission, then look for them.

Input `plant MARKER` writes marked files into the work folder, /tmp, /dev/shm and /var/tmp; `look
MARKER` (in the next submission) looks for them there and anywhere else it can walk."""

import os
import sys
from pathlib import Path

PLACES = (Path.cwd(), Path("/tmp"), Path("/dev/shm"), Path("/var/tmp"))
SKIP = {Path("/proc"), Path("/sys"), Path("/usr"), Path("/dev/pts")}

command, marker = sys.stdin.readline().split()
if command == "plant":
    for place in PLACES:
        try:
            (place / f"hostile-{marker}").write_text(marker)
        except OSError as error:
            print(f"{place}: {error.strerror}", file=sys.stderr)
    print("planted")
else:
    found = [str(place) for place in PLACES if (place / f"hostile-{marker}").exists()]
    for folder, subfolders, files in os.walk("/"):
        subfolders[:] = [name for name in subfolders if Path(folder, name) not in SKIP]
        found += [str(Path(folder, name)) for name in files if marker in name]
    print("blocked" if not found else "found " + " ".join(sorted(set(found))))
