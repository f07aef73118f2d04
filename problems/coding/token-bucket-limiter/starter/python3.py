class TokenBucket:
    def __init__(self, capacity: int, rate: int) -> None:
        self.capacity = capacity
        self.rate = rate  # tokens per second; t is in milliseconds

    def allow(self, user: str, t: int, cost: int) -> bool:
        # Refill up to t, then take cost tokens and return True if the bucket holds enough.
        return True

    def available(self, user: str, t: int) -> int:
        # Refill up to t and return the whole tokens in the bucket.
        return self.capacity
