class TokenBucket:
    """Each bucket is [thousandths of a token, time of the last refill]: integers only."""

    def __init__(self, capacity: int, rate: int) -> None:
        self.full = capacity * 1000
        self.rate = rate  # tokens per second = thousandths of a token per millisecond
        self.buckets: dict[str, list[int]] = {}

    def _refill(self, user: str, t: int) -> list[int]:
        bucket = self.buckets.get(user)
        if bucket is None:
            bucket = self.buckets[user] = [self.full, t]
        else:
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
