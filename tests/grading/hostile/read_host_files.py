"""Read the host's files: /etc/shadow, root's SSH keys, the repository's files (its path is given as
input), and a file the test made on the host with a secret in it."""

import sys
from pathlib import Path

canary, repository = sys.stdin.read().split()
TARGETS = ("/etc/shadow", "/root/.ssh", "/root/.bash_history", f"{repository}/pyproject.toml", canary)
reached = []
for target in TARGETS:
    path = Path(target)
    try:
        if path.is_dir():
            list(path.iterdir())
        else:
            path.read_bytes()
    except OSError as error:
        print(f"{target}: {error.strerror}", file=sys.stderr)
        continue
    reached.append(target)
print("blocked" if not reached else "read " + " ".join(reached))
