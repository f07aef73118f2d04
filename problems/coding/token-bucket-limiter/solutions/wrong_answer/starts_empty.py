# Creates a new user's bucket empty instead of full.
class TokenBucket:
    def __init__(self, capacity: int, rate: int) -> None:
        self.full = capacity * 1000
        self.rate = rate
        self.buckets: dict[str, list[int]] = {}

    def _refill(self, user: str, t: int) -> list[int]:
        bucket = self.buckets.setdefault(user, [0, t])
        bucket[0] = min(self.full, bucket[0] + self.rate * (t - bucket[1]))
        bucket[1] = t
        return bucket

    def allow(self, user: str, t: int, cost: int) -> bool:
        bucket = self._refill(user, t)
        if bucket[0] >= cost * 1000:
            bucket[0] -= cost * 1000
            return True
        return False

    def available(self, user: str, t: int) -> int:
        return self._refill(user, t)[0] // 1000
