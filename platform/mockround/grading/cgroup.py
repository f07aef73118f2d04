"""A memory cgroup of its own for each local-sandbox run, where the server runs as root.

Bubblewrap has no memory limit of its own, and rlimits bound each process's address space, not what a
run takes in all: a compiler fed an endless file, a tmpfs filled, or many processes each under their
limit. A cgroup bounds the sum, page cache and tmpfs pages included, as the Docker sandbox's memory limit
does: past it the kernel's OOM killer stops the largest process of the run, never the server.

cgroup v1 (a `memory` hierarchy) and v2 (the unified hierarchy with the memory controller) are both
handled. Without root, or where the hierarchy is not writable, there is no cgroup and the sandbox says so.
"""

from __future__ import annotations

import contextlib
import logging
import os
import secrets
import signal
import time
from pathlib import Path

log = logging.getLogger(__name__)

ROOT = Path("/sys/fs/cgroup")
PARENT = "mockround-sandbox"


class MemoryCgroup:
    """One run's cgroup: made before the run, joined by the run's first process, removed after it."""

    def __init__(self, path: Path) -> None:
        self.path = path

    @classmethod
    def create(cls, limit_mb: int, root: Path = ROOT) -> MemoryCgroup | None:
        """A new cgroup limited to `limit_mb` of memory and no swap, or None where none can be made."""
        if os.geteuid() != 0:
            return None
        try:
            if (root / "memory" / "memory.limit_in_bytes").exists():
                return cls._create_v1(root / "memory", limit_mb)
            if "memory" in (root / "cgroup.controllers").read_text().split():
                return cls._create_v2(root, limit_mb)
        except OSError as exc:
            log.warning("no memory cgroup for the local sandbox: %s", exc)
        return None

    @classmethod
    def _create_v1(cls, hierarchy: Path, limit_mb: int) -> MemoryCgroup:
        parent = hierarchy / PARENT
        parent.mkdir(exist_ok=True)
        path = parent / secrets.token_hex(8)
        path.mkdir()
        limit = str(limit_mb << 20)
        (path / "memory.limit_in_bytes").write_text(limit)
        # Memory plus swap at the same figure: no swapping past the limit (absent without swap accounting).
        with contextlib.suppress(FileNotFoundError):
            (path / "memory.memsw.limit_in_bytes").write_text(limit)
        return cls(path)

    @classmethod
    def _create_v2(cls, root: Path, limit_mb: int) -> MemoryCgroup:
        parent = root / PARENT
        parent.mkdir(exist_ok=True)
        for level in (root, parent):
            if "memory" not in (level / "cgroup.subtree_control").read_text().split():
                (level / "cgroup.subtree_control").write_text("+memory")
        path = parent / secrets.token_hex(8)
        path.mkdir()
        (path / "memory.max").write_text(str(limit_mb << 20))
        with contextlib.suppress(FileNotFoundError):
            (path / "memory.swap.max").write_text("0")
        return cls(path)

    def join(self) -> None:
        """Move the calling process in; its children follow. Called between fork and exec, as root."""
        (self.path / "cgroup.procs").write_text("0")

    def remove(self) -> None:
        """Kill whatever is still inside, then remove the cgroup."""
        for _ in range(100):
            try:
                pids = [int(pid) for pid in (self.path / "cgroup.procs").read_text().split()]
            except FileNotFoundError:
                return
            if not pids:
                break
            for pid in pids:
                with contextlib.suppress(ProcessLookupError):
                    os.kill(pid, signal.SIGKILL)
            time.sleep(0.01)
        try:
            self.path.rmdir()
        except OSError as exc:
            log.warning("could not remove the sandbox cgroup %s: %s", self.path, exc)
