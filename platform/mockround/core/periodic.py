"""A job that runs every few seconds in a daemon thread until stopped, surviving its own failures."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from sqlalchemy.exc import SQLAlchemyError

log = logging.getLogger(__name__)


class Periodic:
    """Runs `work` every `every_seconds`; a database outage is a warning and the next round retries."""

    def __init__(self, name: str, work: Callable[[], object], every_seconds: float) -> None:
        self._name = name
        self._work = work
        self._every = every_seconds
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, name=f"mockround-{name}", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=10)

    def _loop(self) -> None:
        while not self._stop.wait(self._every):
            try:
                self._work()
            except SQLAlchemyError as exc:
                log.warning("%s failed, will try again: %s", self._name, exc.__class__.__name__)
            except Exception:
                log.exception("%s failed", self._name)
