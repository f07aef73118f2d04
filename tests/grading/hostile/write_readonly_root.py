"""Try to write outside the work folder and /tmp: in the root and every system folder."""

import os
from pathlib import Path

FOLDERS = "/ /etc /usr /usr/bin /usr/lib /bin /lib /sbin /var /var/tmp /opt /srv /mnt /home /root /run /dev"
written = []
for folder in FOLDERS.split():
    path = Path(folder) / f"hostile-{os.getpid()}"
    try:
        path.write_text("x")
    except OSError:
        continue
    written.append(folder)
print("blocked" if not written else "wrote in " + " ".join(written))
