from collections import deque


class IdempotencyStore:
    """Keys in a dict; a FIFO of (expiry, key, generation) counts the live ones. With one ttl and
    non-decreasing times, keys expire in the order they were stored, so the queue is sorted."""

    def __init__(self, ttl: int) -> None:
        self.ttl = ttl
        self.entries: dict[str, tuple[str, str, int, int]] = {}  # key -> (hash, response, stored at, generation)
        self.expiries: deque[tuple[int, str, int]] = deque()
        self.generation = 0
        self.live = 0

    def _expire(self, t: int) -> None:
        while self.expiries and self.expiries[0][0] <= t:
            _, key, generation = self.expiries.popleft()
            entry = self.entries.get(key)
            if entry is not None and entry[3] == generation:  # not forgotten nor stored again since
                del self.entries[key]
                self.live -= 1

    def handle(self, key: str, payload_hash: str, t: int, response: str) -> list:
        self._expire(t)
        entry = self.entries.get(key)
        if entry is not None:
            return ["hit", entry[1]] if entry[0] == payload_hash else ["conflict", None]
        self.generation += 1
        self.entries[key] = (payload_hash, response, t, self.generation)
        self.expiries.append((t + self.ttl, key, self.generation))
        self.live += 1
        return ["miss", response]

    def forget(self, key: str, t: int) -> bool:
        self._expire(t)
        if key in self.entries:
            del self.entries[key]
            self.live -= 1
            return True
        return False

    def size(self, t: int) -> int:
        self._expire(t)
        return self.live
