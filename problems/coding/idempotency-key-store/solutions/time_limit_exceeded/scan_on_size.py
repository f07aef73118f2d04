# Correct, but size() looks at every key ever stored and counts the live ones.
class IdempotencyStore:
    def __init__(self, ttl: int) -> None:
        self.ttl = ttl
        self.entries: dict[str, tuple[str, str, int]] = {}

    def _live(self, key: str, t: int):
        entry = self.entries.get(key)
        if entry is not None and t < entry[2] + self.ttl:
            return entry
        return None

    def handle(self, key: str, payload_hash: str, t: int, response: str) -> list:
        entry = self._live(key, t)
        if entry is not None:
            return ["hit", entry[1]] if entry[0] == payload_hash else ["conflict", None]
        self.entries[key] = (payload_hash, response, t)
        return ["miss", response]

    def forget(self, key: str, t: int) -> bool:
        if self._live(key, t) is not None:
            del self.entries[key]
            return True
        return False

    def size(self, t: int) -> int:
        return sum(1 for entry in self.entries.values() if t < entry[2] + self.ttl)
