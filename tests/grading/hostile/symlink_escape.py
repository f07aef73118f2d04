"""Plant symlinks to host paths in the work folder and /tmp, and write through them: to a file and a
folder the test made on the host (given as input), to /etc/shadow and to the root. The worker must
never follow them, not even when it removes the work folder."""

import sys
from pathlib import Path

canary, canary_folder = sys.stdin.read().split()
LINKS = {"x": canary, "shadow": "/etc/shadow", "folder": canary_folder, "root": "/"}
for place in (Path.cwd(), Path("/tmp")):
    for name, target in LINKS.items():
        try:
            (place / f"hostile-{name}").symlink_to(target)
        except OSError as error:
            print(f"{place}/{name}: {error.strerror}", file=sys.stderr)
for path, text in (("hostile-x", "pwned"), ("hostile-shadow", "pwned"), ("hostile-folder/planted", "pwned")):
    try:
        Path(path).write_text(text)
        print(f"wrote through {path}", file=sys.stderr)
    except OSError as error:
        print(f"{path}: {error.strerror}", file=sys.stderr)
print("planted")
