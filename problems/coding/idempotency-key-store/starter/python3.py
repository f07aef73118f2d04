class IdempotencyStore:
    def __init__(self, ttl: int) -> None:
        self.ttl = ttl

    def handle(self, key: str, payload_hash: str, t: int, response: str) -> list:
        # ["hit", stored response], ["conflict", None] or ["miss", response] (and store the key).
        return ["miss", response]

    def forget(self, key: str, t: int) -> bool:
        # Delete the key if it is live at t; say whether it was.
        return False

    def size(self, t: int) -> int:
        # The number of keys live at t.
        return 0
