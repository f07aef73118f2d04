# Treats a key as live up to and including s + ttl.
class IdempotencyStore:
    def __init__(self, ttl: int) -> None:
        self.ttl = ttl
        self.entries: dict[str, tuple[str, str, int]] = {}
        self.order: list[tuple[int, str, int]] = []
        self.head = 0

    def _live(self, key: str, t: int):
        entry = self.entries.get(key)
        if entry is not None and t <= entry[2] + self.ttl:
            return entry
        return None

    def handle(self, key: str, payload_hash: str, t: int, response: str) -> list:
        entry = self._live(key, t)
        if entry is not None:
            return ["hit", entry[1]] if entry[0] == payload_hash else ["conflict", None]
        self.entries[key] = (payload_hash, response, t)
        self.order.append((t, key, len(self.order)))
        return ["miss", response]

    def forget(self, key: str, t: int) -> bool:
        if self._live(key, t) is not None:
            del self.entries[key]
            return True
        return False

    def size(self, t: int) -> int:
        # Drop what has expired from the front, then count the live keys among the rest.
        while self.head < len(self.order) and self.order[self.head][0] + self.ttl < t:
            stored, key, _ = self.order[self.head]
            entry = self.entries.get(key)
            if entry is not None and entry[2] == stored:
                del self.entries[key]
            self.head += 1
        return len(self.entries)
