class SlidingWindowCounter:
    def __init__(self, limit: int, window: int) -> None:
        self.limit = limit
        self.window = window

    def allow(self, user: str, t: int) -> bool:
        # Allow (and record) when previous * (window - elapsed) / window + current < limit, exactly.
        return True
