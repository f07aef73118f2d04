class TTLCache:
    def __init__(self, capacity: int) -> None:
        self.capacity = capacity

    def get(self, key: str, t: int) -> int | None:
        # The value if key has an entry that has not expired at t (and mark it most recently used).
        return None

    def put(self, key: str, value: int, ttl: int, t: int) -> str | None:
        # Store the entry; return the key evicted to make room, or None.
        return None

    def size(self, t: int) -> int:
        # The number of entries that have not expired at t.
        return 0
