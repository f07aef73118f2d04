# Restarts a key's lifetime on every hit (a sliding TTL), which the statement rules out.
class IdempotencyStore:
    def __init__(self, ttl: int) -> None:
        self.ttl = ttl
        self.entries: dict[str, list] = {}  # key -> [hash, response, expires at]

    def _live(self, key: str, t: int):
        entry = self.entries.get(key)
        if entry is not None and t < entry[2]:
            return entry
        self.entries.pop(key, None)
        return None

    def handle(self, key: str, payload_hash: str, t: int, response: str) -> list:
        entry = self._live(key, t)
        if entry is not None:
            if entry[0] != payload_hash:
                return ["conflict", None]
            entry[2] = t + self.ttl
            return ["hit", entry[1]]
        self.entries[key] = [payload_hash, response, t + self.ttl]
        return ["miss", response]

    def forget(self, key: str, t: int) -> bool:
        if self._live(key, t) is not None:
            del self.entries[key]
            return True
        return False

    def size(self, t: int) -> int:
        for key in [k for k, e in self.entries.items() if e[2] <= t]:
            del self.entries[key]
        return len(self.entries)
