# Keeps tokens as a float: small refills added one after another drift below the exact value.
class TokenBucket:
    def __init__(self, capacity: int, rate: int) -> None:
        self.capacity = capacity
        self.rate = rate
        self.buckets: dict[str, list[float]] = {}

    def _refill(self, user: str, t: int) -> list[float]:
        bucket = self.buckets.setdefault(user, [float(self.capacity), t])
        bucket[0] = min(self.capacity, bucket[0] + (t - bucket[1]) * self.rate / 1000)
        bucket[1] = t
        return bucket

    def allow(self, user: str, t: int, cost: int) -> bool:
        bucket = self._refill(user, t)
        if bucket[0] >= cost:
            bucket[0] -= cost
            return True
        return False

    def available(self, user: str, t: int) -> int:
        return int(self._refill(user, t)[0])
